"""The figures behind the Insights charts and ``ghostless stats``, as pure functions.

The store counts with ``GROUP BY`` (see ``ghostless.store.insights``) and hands
the counts here, so the window and the command line compute every figure with
the same code, and nothing loads the whole record into Python.

The words used below:

* An **ask** is the moment the turn passed to me (a message received, a
  meeting held, a promise I made: :func:`ghostless.core.turns.turn_after`).
  Further events that keep the turn with me do not start a new ask: two
  messages in a row are one wait, as in the playbooks.
* It is **answered** when the turn passes back to them (usually a message I
  sent). The reply time is counted in whole hours, rounded up.
* An ask is **on time** when answered within the playbook's due time for the
  loop's kind (:func:`due_hours`), **late** when answered after it, and **still
  owed** while unanswered in an open loop. An unanswered ask in a closed loop is
  not counted: the loop was ended in another way.

Months and quarters are calendar months in UTC, as ``2026-03`` and ``2026-Q1``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import NamedTuple

from ghostless.core.asks import Ask, asks_of, reply_hours
from ghostless.core.i18n import N_, _, ngettext
from ghostless.core.models import LoopKind, Outcome
from ghostless.core.settings import Settings
from ghostless.core.working_hours import day_start, first_working_day_from, local_date

__all__ = ["Ask", "asks_of", "reply_hours"]  # re-exported: the words of this module

#: How many organisations the "went quiet" figure lists, most quiet loops first.
QUIET_LIMIT = 10


def due_hours(kind: LoopKind, settings: Settings) -> int:
    """The playbook's due time for an answer in a loop of this kind, in hours.

    Day-counted rules are turned into hours at their latest: "due the next
    working day" is 48 hours (the end of the next day), "due day 2" is 72.
    """
    if kind is LoopKind.HELP_RECEIVED:
        return settings.help_thanks_due_hours
    if kind in (LoopKind.INTERVIEW_SCHEDULED, LoopKind.INTERVIEW_HELD):
        return 24 * (settings.thank_you_due_working_days + 1)
    if kind is LoopKind.NETWORKING_CALL:
        return 24 * (settings.meeting_thanks_due_days + 1)
    if kind is LoopKind.INTRODUCTION:
        return 24 * (settings.intro_reach_out_due_days + 1)
    return settings.reply_due_hours


# -- the counts the store gives ---------------------------------------------------
class AskCount(NamedTuple):
    """How many ``asks`` of one month and loop kind were answered in ``hours``
    (None: still owed).

    A named tuple, not a dataclass: the store hands over tens of thousands of
    these each time the Insights tab opens, and tuples are made three times faster.
    """

    month: str
    kind: LoopKind
    hours: int | None
    asks: int


#: Loop kinds by their stored text; a dictionary look-up costs less than ``LoopKind(text)``.
KINDS: dict[str, LoopKind] = {kind.value: kind for kind in LoopKind}


@dataclass(frozen=True, slots=True)
class OutcomeCount:
    """How many loops closed in one month with one outcome (None: archived without one)."""

    month: str
    outcome: Outcome | None
    count: int


@dataclass(frozen=True, slots=True)
class OrgCount:
    """An organisation's quiet loops (open, their turn, silent past the window) and all loops."""

    org: str
    quiet: int
    loops: int


# -- the figures ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ReplyTime:
    """My reply time in one month for one kind of loop, against the playbook's due time."""

    month: str
    kind: LoopKind
    median_hours: int
    p90_hours: int
    answered: int
    due_hours: int


@dataclass(frozen=True, slots=True)
class Punctuality:
    """One month's asks: answered on time, answered late, and still owed."""

    month: str
    on_time: int
    late: int
    owed: int


@dataclass(frozen=True, slots=True)
class AgeBand:
    """How many loops have waited on me for an age within ``[low_days, high_days)``."""

    label: str
    low_days: int
    high_days: int | None
    loops: int


@dataclass(frozen=True, slots=True)
class QuietOrg:
    """An organisation whose side went quiet, and the share of my loops with it that did."""

    org: str
    quiet: int
    loops: int

    @property
    def share(self) -> float:
        return self.quiet / self.loops if self.loops else 0.0


#: Outcomes grouped the way the outcomes chart shows them.
OUTCOME_GROUPS: tuple[tuple[str, str], ...] = (
    ("declined", N_("Declined")),
    ("accepted", N_("Accepted")),
    ("no_response", N_("No response")),
    ("closed_politely", N_("Closed politely")),
    ("blocked", N_("Blocked")),
)
_OUTCOME_GROUP = {
    Outcome.DECLINED: "declined",
    Outcome.ACCEPTED: "accepted",
    Outcome.NO_RESPONSE: "no_response",
    Outcome.BLOCKED: "blocked",
    Outcome.REPLIED: "closed_politely",
    Outcome.COMPLETED: "closed_politely",
    Outcome.THANKED: "closed_politely",
    Outcome.WITHDRAWN: "closed_politely",
}


def outcome_group(outcome: Outcome | None) -> str:
    """The outcomes chart's group of an outcome; archived loops without one were
    put away quietly, so they count as closed politely."""
    return "closed_politely" if outcome is None else _OUTCOME_GROUP[outcome]


def outcomes_in_group(group: str) -> tuple[Outcome | None, ...]:
    """The outcomes (None: none) of one group of the outcomes chart."""
    return tuple(o for o in (*Outcome, None) if outcome_group(o) == group)


@dataclass(frozen=True, slots=True)
class QuarterOutcomes:
    """How the loops closed in one quarter ended, by group (see :data:`OUTCOME_GROUPS`)."""

    quarter: str
    counts: tuple[int, ...]

    def count(self, group: str) -> int:
        return self.counts[[key for key, _label in OUTCOME_GROUPS].index(group)]


def nearest_rank(histogram: Sequence[tuple[int, int]], fraction: float) -> int:
    """The nearest-rank quantile of values given as ``(value, count)`` pairs.

    The smallest value whose cumulative count reaches ``ceil(fraction * n)``
    (at least 1): the median of 1, 2, 3, 4 is 2, their 90th percentile 4.
    """
    return nearest_ranks(histogram, (fraction,))[0]


def nearest_ranks(histogram: Sequence[tuple[int, int]], fractions: Sequence[float]) -> list[int]:
    """Several nearest-rank quantiles (``fractions`` in increasing order) in one pass."""
    ordered = sorted(histogram)
    total = sum(count for _value, count in ordered)
    if total <= 0:
        raise ValueError("no values")
    ranks = [max(1, math.ceil(fraction * total)) for fraction in fractions]
    found: list[int] = []
    seen = 0
    for value, count in ordered:
        seen += count
        while len(found) < len(ranks) and seen >= ranks[len(found)]:
            found.append(value)
        if len(found) == len(ranks):
            return found
    raise AssertionError("unreachable: the ranks add up to the total")


def reply_times(counts: Iterable[AskCount], settings: Settings) -> list[ReplyTime]:
    """Median and 90th percentile reply time per month and kind, for answered asks."""
    groups: dict[tuple[str, LoopKind], list[tuple[int, int]]] = defaultdict(list)
    for month, kind, hours, count in counts:
        if hours is not None and count > 0:
            groups[(month, kind)].append((hours, count))
    due = {kind: due_hours(kind, settings) for kind in LoopKind}
    times: list[ReplyTime] = []
    for (month, kind), hist in sorted(groups.items()):
        median, p90 = nearest_ranks(hist, (0.5, 0.9))
        answered = sum(count for _h, count in hist)
        times.append(ReplyTime(month, kind, median, p90, answered, due[kind]))
    return times


def punctuality(counts: Iterable[AskCount], settings: Settings) -> list[Punctuality]:
    """On time, late and still owed per month of the ask."""
    due = {kind: due_hours(kind, settings) for kind in LoopKind}
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for month, kind, hours, count in counts:
        cell = tally[month]
        if hours is None:
            cell[2] += count
        elif hours <= due[kind]:
            cell[0] += count
        else:
            cell[1] += count
    return [Punctuality(month, *cell) for month, cell in sorted(tally.items())]


def age_bands(settings: Settings) -> list[tuple[str, int, int | None]]:
    """The age bands of "what I owe now": label, from day, to day (None: no end).

    The last band starts where the playbooks stop calling a silence repairable
    with a short apology.
    """
    repair = 7 * settings.repair_threshold_weeks
    return [
        (_("Under a day"), 0, 1),
        (_("1–2 days"), 1, 3),
        (_("3–6 days"), 3, 7),
        (_("1–2 weeks"), 7, 14),
        (_("2–{weeks} weeks").format(weeks=settings.repair_threshold_weeks), 14, repair),
        (_("Over {weeks} weeks").format(weeks=settings.repair_threshold_weeks), repair, None),
    ]


def owed_by_age(days_waiting: Iterable[tuple[int, int]], settings: Settings) -> list[AgeBand]:
    """Loops waiting on me, from ``(whole days waited, loops)`` counts, in age bands."""
    bands = age_bands(settings)
    totals = [0] * len(bands)
    for days, count in days_waiting:
        for index, (_label, low, high) in enumerate(bands):
            if days >= low and (high is None or days < high):
                totals[index] += count
                break
    return [
        AgeBand(label, low, high, total)
        for (label, low, high), total in zip(bands, totals, strict=True)
    ]


def quiet_orgs(counts: Iterable[OrgCount], limit: int = QUIET_LIMIT) -> list[QuietOrg]:
    """The organisations with the most loops gone quiet on me, most first, then by name."""
    found = [QuietOrg(row.org, row.quiet, row.loops) for row in counts if row.quiet > 0]
    found.sort(key=lambda org: (-org.quiet, -org.share, org.org.casefold()))
    return found[:limit]


def quarter_of(month: str) -> str:
    """``2026-05`` is in ``2026-Q2``."""
    year, number = month.split("-")
    return f"{year}-Q{(int(number) - 1) // 3 + 1}"


def outcomes_by_quarter(counts: Iterable[OutcomeCount]) -> list[QuarterOutcomes]:
    """How closed loops ended, per quarter of closing."""
    keys = [key for key, _label in OUTCOME_GROUPS]
    tally: dict[str, list[int]] = defaultdict(lambda: [0] * len(keys))
    for row in counts:
        tally[quarter_of(row.month)][keys.index(outcome_group(row.outcome))] += row.count
    return [QuarterOutcomes(quarter, tuple(cells)) for quarter, cells in sorted(tally.items())]


@dataclass(frozen=True, slots=True)
class Insights:
    """Every figure of the Insights tab, as ``ghostless stats`` prints them."""

    since: datetime | None
    reply_times: list[ReplyTime]
    punctuality: list[Punctuality]
    owed_by_age: list[AgeBand]
    quiet: list[QuietOrg]
    outcomes: list[QuarterOutcomes]

    def to_json(self) -> dict[str, object]:
        return {
            "since": self.since.isoformat() if self.since else None,
            "reply_times": [
                {
                    "month": r.month,
                    "kind": r.kind.value,
                    "median_hours": r.median_hours,
                    "p90_hours": r.p90_hours,
                    "answered": r.answered,
                    "due_hours": r.due_hours,
                }
                for r in self.reply_times
            ],
            "punctuality": [
                {"month": p.month, "on_time": p.on_time, "late": p.late, "owed": p.owed}
                for p in self.punctuality
            ],
            "owed_by_age": [
                {"age": b.label, "from_days": b.low_days, "to_days": b.high_days, "loops": b.loops}
                for b in self.owed_by_age
            ],
            "quiet": [
                {
                    "organisation": q.org,
                    "quiet": q.quiet,
                    "loops": q.loops,
                    "share": round(q.share, 4),
                }
                for q in self.quiet
            ],
            "outcomes": [
                {
                    "quarter": o.quarter,
                    **dict(zip((k for k, _ in OUTCOME_GROUPS), o.counts, strict=True)),
                }
                for o in self.outcomes
            ],
        }


def build_insights(
    *,
    since: datetime | None,
    asks: Sequence[AskCount],
    days_waiting: Sequence[tuple[int, int]],
    orgs: Sequence[OrgCount],
    outcomes: Sequence[OutcomeCount],
    settings: Settings,
) -> Insights:
    """Every figure from the store's counts."""
    return Insights(
        since=since,
        reply_times=reply_times(asks, settings),
        punctuality=punctuality(asks, settings),
        owed_by_age=owed_by_age(days_waiting, settings),
        quiet=quiet_orgs(orgs),
        outcomes=outcomes_by_quarter(outcomes),
    )


# -- readings in words ------------------------------------------------------------
def _hours_words(hours: float) -> str:
    if hours < 48:
        return _("{hours} h").format(hours=round(hours))
    days = round(hours / 24, 1)
    shown = str(int(days)) if days == int(days) else _number(days)
    return _("{days} days").format(days=shown)


def _number(value: float) -> str:
    """One decimal, with the decimal sign of the language ("1.5", "1,5")."""
    return f"{value:.1f}".replace(".", _("."))


def reading_reply_times(rows: Sequence[ReplyTime], kind: LoopKind) -> str:
    """One line: in how many months my median reply met the playbook, and the latest month."""
    mine = [r for r in rows if r.kind is kind]
    if not mine:
        # {kind} is the kind in lower case, as English puts it; {Kind} as named.
        return _("No answered {kind} loops yet.").format(kind=kind.label.lower(), Kind=kind.label)
    met = sum(1 for r in mine if r.median_hours <= r.due_hours)
    last = mine[-1]
    return ngettext(
        "Your median {kind} reply came within the playbook's {due} in {met} of {count} "
        "month; in {month}, half within {median}, nine in ten within {p90}.",
        "Your median {kind} reply came within the playbook's {due} in {met} of {count} "
        "months; in {month}, half within {median}, nine in ten within {p90}.",
        len(mine),
    ).format(
        kind=kind.label.lower(),
        Kind=kind.label,
        due=_hours_words(last.due_hours),
        met=met,
        count=len(mine),
        month=last.month,
        median=_hours_words(last.median_hours),
        p90=_hours_words(last.p90_hours),
    )


def reading_punctuality(rows: Sequence[Punctuality]) -> str:
    if not rows:
        return _("Nothing has been asked of you yet.")
    on_time = sum(r.on_time for r in rows)
    answered = on_time + sum(r.late for r in rows)
    share = f"{round(100 * on_time / answered)}%" if answered else _("None")
    owed = sum(r.owed for r in rows)
    return ngettext(
        "{share} of your {answered} answers came on time; {owed} ask is still waiting for one.",
        "{share} of your {answered} answers came on time; {owed} asks are still waiting for one.",
        owed,
    ).format(share=share, answered=answered, owed=owed)


def reading_owed(bands: Sequence[AgeBand]) -> str:
    total = sum(b.loops for b in bands)
    if not total:
        return _("You owe nobody an answer right now.")
    oldest = next(b for b in reversed(bands) if b.loops)
    return ngettext(
        "You owe {total} answer; {oldest} of them has waited {band}.",
        "You owe {total} answers; {oldest} of them have waited {band}.",
        total,
    ).format(total=total, oldest=oldest.loops, band=oldest.label.lower())


def reading_quiet(rows: Sequence[QuietOrg]) -> str:
    if not rows:
        return _("Nobody has gone quiet on you past the playbook's window.")
    top = rows[0]
    return _(
        "{org} went quiet most: {quiet} of your {loops} loops with them ({share}%) are "
        "waiting past the window."
    ).format(org=top.org, quiet=top.quiet, loops=top.loops, share=round(100 * top.share))


def reading_outcomes(rows: Sequence[QuarterOutcomes]) -> str:
    if not rows:
        return _("No loop has been closed yet.")
    last = rows[-1]
    total = sum(last.counts)
    label, count = max(
        ((label, last.count(key)) for key, label in OUTCOME_GROUPS), key=lambda item: item[1]
    )
    return _("In {quarter} you closed {total} loops; most often: {outcome} ({count}).").format(
        quarter=last.quarter, total=total, outcome=_(label).lower(), count=count
    )


# -- the weekly review ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class WeekReview:
    """The past week in one line: answers given on time and late, and what is owed now."""

    on_time: int
    late: int
    owed: int

    @property
    def text(self) -> str:
        return _("This week: {on_time} answered on time, {late} late, {owed} still owed.").format(
            on_time=self.on_time, late=self.late, owed=self.owed
        )


def week_review(
    answered: Iterable[tuple[LoopKind, int, int]], owed: int, settings: Settings
) -> WeekReview:
    """From ``(kind, hours to answer, answers)`` counts of the week's answers."""
    due = {kind: due_hours(kind, settings) for kind in LoopKind}
    on_time = late = 0
    for kind, hours, count in answered:
        if hours <= due[kind]:
            on_time += count
        else:
            late += count
    return WeekReview(on_time, late, owed)


def review_due_at(
    last: datetime | None, now: datetime, settings: Settings, zone: tzinfo
) -> datetime:
    """When the next weekly review is due: the start of working hours on the first
    working day of the week after ``last``'s (of this week, before the first review)."""
    hours = settings.working_hours
    since = last if last is not None else now - timedelta(weeks=1)
    day = local_date(since, zone)
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=1)
    return day_start(first_working_day_from(monday, hours), hours, zone)
