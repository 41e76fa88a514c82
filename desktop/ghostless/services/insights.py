"""How the user keeps their word: the figures of the Insights tab and ``ghostless stats``.

The store counts (``ghostless.store.insights``) and the core turns the counts
into figures (``ghostless.core.insights``); the window and the command line
both ask this service, so they always show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ghostless.core.insights import (
    Insights,
    WeekReview,
    age_bands,
    build_insights,
    review_due_at,
    week_review,
)
from ghostless.core.models import Loop, LoopKind
from ghostless.core.settings import Settings
from ghostless.core.timeparse import from_utc_text, to_utc_text
from ghostless.services.ledger import Ledger, store_of
from ghostless.store.insights import LOOPS_LIMIT, InsightsReader
from ghostless.store.preferences import PreferenceRepository
from ghostless.store.reminders import AwayRepository
from ghostless.store.settings import SettingsRepository

#: Preferences: whether the weekly review is on, and when the last one was shown.
REVIEW_KEY = "weekly_review"
REVIEW_LAST_KEY = "weekly_review_last"

__all__ = ["LOOPS_LIMIT", "InsightsService", "Pick", "WeekReview"]


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
        self._preferences = PreferenceRepository(store_of(ledger))

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

    # -- the weekly review -------------------------------------------------------
    def week(self, now: datetime | None = None) -> WeekReview:
        """The seven days before ``now``: answers on time and late, and what is owed now."""
        now = now or self.ledger.clock.now()
        answered = self._reader.answered_between(now - timedelta(days=7), now)
        return week_review(answered, self._reader.owed_now(), self.settings())

    def review_enabled(self) -> bool:
        """Off unless the user turned it on: it tells nothing that is owed, so it is asked for."""
        return self._preferences.get(REVIEW_KEY) is True

    def set_review_enabled(self, enabled: bool) -> None:
        self._preferences.set(REVIEW_KEY, True if enabled else None)

    def review_due(self, now: datetime | None = None) -> WeekReview | None:
        """This week's review if it is on and due now, else None. Nothing is due while
        away: reminders pause, and so does this."""
        now = now or self.ledger.clock.now()
        if not self.review_enabled():
            return None
        if AwayRepository(store_of(self.ledger)).current() is not None:
            return None
        last_text = self._preferences.get(REVIEW_LAST_KEY)
        last = from_utc_text(last_text) if isinstance(last_text, str) else None
        if now < review_due_at(last, now, self.settings(), self.ledger.zone):
            return None
        return self.week(now)

    def mark_reviewed(self, now: datetime | None = None) -> None:
        """Remember that this week's review was shown."""
        self._preferences.set(REVIEW_LAST_KEY, to_utc_text(now or self.ledger.clock.now()))
