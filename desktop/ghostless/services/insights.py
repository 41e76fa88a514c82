"""How the user keeps their word: the figures of the Insights tab and ``ghostless stats``.

The store counts (``ghostless.store.insights``) and the core turns the counts
into figures (``ghostless.core.insights``); the window and the command line
both ask this service, so they always show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ghostless.core.insights import Insights, age_bands, build_insights
from ghostless.core.models import Loop, LoopKind
from ghostless.core.settings import Settings
from ghostless.services.ledger import Ledger, store_of
from ghostless.store.insights import LOOPS_LIMIT, InsightsReader
from ghostless.store.settings import SettingsRepository

__all__ = ["LOOPS_LIMIT", "InsightsService", "Pick"]


@dataclass(frozen=True, slots=True)
class Pick:
    """One bar or point of a chart, to list the loops behind it.

    ``chart`` is one of ``reply_times``, ``punctuality``, ``owed_by_age``,
    ``quiet``, ``outcomes``; ``key`` the month, quarter, age band label or
    organisation; ``series`` the loop kind, the punctuality category (on_time,
    late, owed) or the outcome group, where the chart has several.
    """

    chart: str
    key: str
    series: str | None = None


class InsightsService:
    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self._reader = InsightsReader(store_of(ledger))
        self._settings = SettingsRepository(store_of(ledger))

    def settings(self) -> Settings:
        return self._settings.load()

    def insights(self, since: datetime | None = None, now: datetime | None = None) -> Insights:
        """Every figure, for asks and closings from ``since`` on (None: all of the record)."""
        now = now or self.ledger.clock.now()
        settings = self.settings()
        counts = self._reader.counts(now, since, settings)
        return build_insights(
            since=since,
            asks=counts.asks,
            days_waiting=counts.days_waiting,
            orgs=counts.orgs,
            outcomes=counts.outcomes,
            settings=settings,
        )

    def loops_behind(
        self, pick: Pick, since: datetime | None = None, now: datetime | None = None
    ) -> list[Loop]:
        """The loops a bar or point counts (at most :data:`LOOPS_LIMIT`)."""
        now = now or self.ledger.clock.now()
        settings = self.settings()
        reader = self._reader
        if pick.chart == "reply_times":
            kind = LoopKind(pick.series) if pick.series else None
            return reader.loops_asked(
                pick.key, kind=kind, category=None, since=since, settings=settings
            )
        if pick.chart == "punctuality":
            return reader.loops_asked(
                pick.key, kind=None, category=pick.series, since=since, settings=settings
            )
        if pick.chart == "owed_by_age":
            for label, low, high in age_bands(settings):
                if label == pick.key:
                    return reader.loops_waiting(now, low, high)
            return []
        if pick.chart == "quiet":
            return reader.loops_quiet(now, settings.close_after_silence_days, pick.key)
        if pick.chart == "outcomes":
            return reader.loops_closed(pick.key, pick.series or "", since)
        raise ValueError(f"no chart named {pick.chart!r}")
