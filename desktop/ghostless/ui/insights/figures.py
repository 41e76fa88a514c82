"""Each chart as plain data: categories, series, a reading in words and the table behind it.

Built from :class:`ghostless.core.insights.Insights` without Qt, so what a chart
shows can be compared with ``ghostless stats --json`` value for value; its words
come from the gettext catalogue, as the command line's do (babel.cfg reads it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

from ghostless.core.i18n import _
from ghostless.core.insights import (
    OUTCOME_GROUPS,
    Insights,
    QuarterOutcomes,
    reading_outcomes,
    reading_owed,
    reading_punctuality,
    reading_quiet,
    reading_reply_times,
)
from ghostless.core.models import LoopKind
from ghostless.ui.insights.table import Cell


@dataclass(frozen=True, slots=True)
class Series:
    """One named row of values over the chart's categories; ``pick`` names it in a
    :class:`ghostless.services.insights.Pick` (None: the chart has one series)."""

    label: str
    values: tuple[float, ...]
    pick: str | None = None
    #: A colour that reads on light and dark backgrounds, and says what it means
    #: (green on time, amber late, red owed); empty: the theme's.
    color: str = ""


@dataclass(frozen=True, slots=True)
class ChartData:
    """What one chart draws. ``style`` is ``lines``, ``bars``, ``stacked`` or ``hstacked``;
    ``limit`` is a line drawn over the series (the playbook's due time)."""

    key: str
    title: str
    reading: str
    style: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    value_title: str = ""
    limit: Series | None = None
    notes: tuple[str, ...] = field(default=())


#: The charts' colours, each readable on light and dark and saying the same thing
#: in every chart: green went well, amber waits or was late, red is owed or due.
GREEN, AMBER, RED = "#3f9b5a", "#e0922f", "#d0453e"
BLUE, PURPLE, GREY = "#3b82c4", "#8e5bb5", "#8a8f98"

OUTCOME_COLORS = {
    "declined": GREY,
    "accepted": GREEN,
    "no_response": AMBER,
    "closed_politely": BLUE,
    "blocked": RED,
}

_Row = TypeVar("_Row")


def _series(
    label: str, rows: Sequence[_Row], value: Callable[[_Row], float], pick: str | None, color: str
) -> Series:
    """A series that is one column of the chart's rows."""
    return Series(label, tuple(float(value(row)) for row in rows), pick, color)


def reply_kinds(figures: Insights) -> list[LoopKind]:
    """The loop kinds with answered asks, the most answered first."""
    answered: dict[LoopKind, int] = {}
    for row in figures.reply_times:
        answered[row.kind] = answered.get(row.kind, 0) + row.answered
    return sorted(answered, key=lambda kind: (-answered[kind], kind.value))


def reply_times_chart(figures: Insights, kind: LoopKind) -> ChartData:
    rows = [r for r in figures.reply_times if r.kind is kind]
    months = tuple(r.month for r in rows)
    return ChartData(
        key="reply_times",
        title=_("My reply time: {kind}").format(kind=kind.label.lower(), Kind=kind.label),
        reading=reading_reply_times(figures.reply_times, kind),
        style="lines",
        categories=months,
        series=(
            _series(_("Median"), rows, lambda r: r.median_hours, kind.value, BLUE),
            _series(_("9 in 10 within"), rows, lambda r: r.p90_hours, kind.value, PURPLE),
        ),
        limit=_series(_("Due by the playbook"), rows, lambda r: r.due_hours, None, RED),
        headers=(
            _("Month"),
            _("Median hours"),
            _("90% within hours"),
            _("Due hours"),
            _("Answered"),
        ),
        rows=tuple((r.month, r.median_hours, r.p90_hours, r.due_hours, r.answered) for r in rows),
        value_title=_("hours"),
    )


def punctuality_chart(figures: Insights) -> ChartData:
    rows = figures.punctuality
    return ChartData(
        key="punctuality",
        title=_("On time, late and still owed, by month asked"),
        reading=reading_punctuality(rows),
        style="stacked",
        categories=tuple(r.month for r in rows),
        series=(
            _series(_("On time"), rows, lambda r: r.on_time, "on_time", GREEN),
            _series(_("Late"), rows, lambda r: r.late, "late", AMBER),
            _series(_("Still owed"), rows, lambda r: r.owed, "owed", RED),
        ),
        headers=(_("Month"), _("On time"), _("Late"), _("Still owed")),
        rows=tuple((r.month, r.on_time, r.late, r.owed) for r in rows),
        value_title=_("answers"),
    )


def owed_chart(figures: Insights) -> ChartData:
    bands = figures.owed_by_age
    return ChartData(
        key="owed_by_age",
        title=_("What I owe now, by how long it has waited"),
        reading=reading_owed(bands),
        style="bars",
        categories=tuple(b.label for b in bands),
        series=(_series(_("Loops waiting on me"), bands, lambda b: b.loops, None, AMBER),),
        headers=(_("Waited"), _("Loops")),
        rows=tuple((b.label, b.loops) for b in bands),
        value_title=_("loops"),
    )


def quiet_chart(figures: Insights) -> ChartData:
    # Most quiet at the top: a horizontal chart draws its first category at the bottom.
    rows = list(reversed(figures.quiet))
    return ChartData(
        key="quiet",
        title=_("Who went quiet on me, by organisation"),
        reading=reading_quiet(figures.quiet),
        style="hstacked",
        categories=tuple(q.org for q in rows),
        series=(
            _series(_("Gone quiet"), rows, lambda q: q.quiet, None, AMBER),
            _series(_("My other loops with them"), rows, lambda q: q.loops - q.quiet, None, GREY),
        ),
        headers=(_("Organisation"), _("Gone quiet"), _("All my loops"), _("Share")),
        rows=tuple((q.org, q.quiet, q.loops, q.share) for q in figures.quiet),
        value_title=_("loops"),
    )


def _count(row: QuarterOutcomes, key: str) -> int:
    return row.count(key)


def outcomes_chart(figures: Insights) -> ChartData:
    rows = figures.outcomes
    return ChartData(
        key="outcomes",
        title=_("How my loops ended, by quarter"),
        reading=reading_outcomes(rows),
        style="stacked",
        categories=tuple(o.quarter for o in rows),
        series=tuple(
            _series(_(label), rows, partial(_count, key=key), key, OUTCOME_COLORS[key])
            for key, label in OUTCOME_GROUPS
        ),
        headers=(_("Quarter"), *(_(label) for _key, label in OUTCOME_GROUPS)),
        rows=tuple((o.quarter, *o.counts) for o in rows),
        value_title=_("loops"),
    )
