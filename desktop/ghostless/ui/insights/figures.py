"""Each chart as plain data: categories, series, a reading in words and the table behind it.

Built from :class:`ghostless.core.insights.Insights` without Qt, so what a chart
shows can be compared with ``ghostless stats --json`` value for value; its words
come from the gettext catalogue, as the command line's do (babel.cfg reads it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ghostless.core.i18n import _
from ghostless.core.insights import (
    OUTCOME_GROUPS,
    Insights,
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


OUTCOME_COLORS = {
    "declined": "#8a8f98",
    "accepted": "#3f9b5a",
    "no_response": "#e0922f",
    "closed_politely": "#3b82c4",
    "blocked": "#d0453e",
}


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
            Series(_("Median"), tuple(float(r.median_hours) for r in rows), kind.value, "#3b82c4"),
            Series(
                _("9 in 10 within"), tuple(float(r.p90_hours) for r in rows), kind.value, "#8e5bb5"
            ),
        ),
        limit=Series(
            _("Due by the playbook"), tuple(float(r.due_hours) for r in rows), None, "#d0453e"
        ),
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
            Series(_("On time"), tuple(float(r.on_time) for r in rows), "on_time", "#3f9b5a"),
            Series(_("Late"), tuple(float(r.late) for r in rows), "late", "#e0922f"),
            Series(_("Still owed"), tuple(float(r.owed) for r in rows), "owed", "#d0453e"),
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
        series=(
            Series(_("Loops waiting on me"), tuple(float(b.loops) for b in bands), None, "#e0922f"),
        ),
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
            Series(_("Gone quiet"), tuple(float(q.quiet) for q in rows), None, "#e0922f"),
            Series(
                "My other loops with them",
                tuple(float(q.loops - q.quiet) for q in rows),
                None,
                "#8a8f98",
            ),
        ),
        headers=(_("Organisation"), _("Gone quiet"), _("All my loops"), _("Share")),
        rows=tuple((q.org, q.quiet, q.loops, q.share) for q in figures.quiet),
        value_title=_("loops"),
    )


def outcomes_chart(figures: Insights) -> ChartData:
    rows = figures.outcomes
    return ChartData(
        key="outcomes",
        title=_("How my loops ended, by quarter"),
        reading=reading_outcomes(rows),
        style="stacked",
        categories=tuple(o.quarter for o in rows),
        series=tuple(
            Series(_(label), tuple(float(o.count(key)) for o in rows), key, OUTCOME_COLORS[key])
            for key, label in OUTCOME_GROUPS
        ),
        headers=(_("Quarter"), *(_(label) for _key, label in OUTCOME_GROUPS)),
        rows=tuple((o.quarter, *o.counts) for o in rows),
        value_title=_("loops"),
    )
