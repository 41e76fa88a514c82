"""What is owed, in words: short action names, due times relative to now, reminder lines.

Times are shown in the user's zone (the ledger's), relative to the instant the
caller passes in: "16:30" today, "tomorrow 09:00", "Thu 16:30" within the
week, "Thu 3 Dec" beyond it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import TypeVar

from ghostless.core.agenda import Repair
from ghostless.core.i18n import N_, _, ngettext
from ghostless.core.models import LoopKind
from ghostless.core.planner import Status
from ghostless.core.timeparse import describe_wait
from ghostless.core.windows import Action, FollowUpWindow

#: Read through :func:`_`: every name is marked for the catalogue.
_DAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
_MONTHS = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)

_K = TypeVar("_K")


class _Words(dict[_K, str]):
    """A table of words read in the user's language (each value marked with N_)."""

    def __getitem__(self, key: _K) -> str:
        return _(super().__getitem__(key))


#: What is owed, in a word or two, for a table cell ("reply due Thu 16:30").
ACTION_NOUNS = _Words(
    {
        Action.REPLY: N_("reply"),
        Action.ANSWER: N_("answer"),
        Action.ANSWER_PROPOSAL: N_("answer"),
        Action.DECLINE: N_("decline"),
        Action.CONFIRM_ATTENDING: N_("still going?"),
        Action.THANK_YOU: N_("thank-you"),
        Action.FOLLOW_UP: N_("follow-up"),
        Action.ANSWER_OFFER: N_("offer answer"),
        Action.THANKS: N_("thanks"),
        Action.REACH_OUT: N_("reach-out"),
        Action.TELL_REFERRER: N_("note to referrer"),
        Action.KEEP_PROMISE: N_("promise"),
        Action.NUDGE: N_("nudge"),
        Action.OFFER_CLOSE: N_("close?"),
        Action.TELL_DEADLINE: N_("offer deadline note"),
        Action.KEEP_IN_TOUCH: N_("keep in touch"),
    }
)

#: Repair advice in a few words, for a table cell beside the overdue time.
REPAIR_WORDS = _Words(
    {
        Repair.APOLOGY: N_("a short apology still repairs it"),
        Repair.PURPOSE: N_("re-engage only with a real reason"),
    }
)

STATUS_LABELS = _Words(
    {
        Status.UPCOMING: N_("Upcoming"),
        Status.OPEN: N_("Open"),
        Status.DUE: N_("Due"),
        Status.OVERDUE: N_("Overdue"),
    }
)


def when_text(instant: datetime, now: datetime, zone: tzinfo, *, always_time: bool = False) -> str:
    """``instant`` in words relative to ``now``, on the user's clock.

    Beyond the coming week only the date is given, unless ``always_time``.
    """
    local, today = instant.astimezone(zone), now.astimezone(zone).date()
    days = (local.date() - today).days
    clock = f"{local:%H:%M}"
    if days == 0:
        return _("today {clock}").format(clock=clock)
    if days == 1:
        return _("tomorrow {clock}").format(clock=clock)
    if days == -1:
        return _("yesterday {clock}").format(clock=clock)
    if 1 < days < 7:
        return f"{_(_DAYS[local.weekday()])} {clock}"
    text = date_words(local)
    if local.year != today.year:
        text = f"{text} {local.year}"
    return f"{text} {clock}" if always_time else text


def date_words(local: datetime) -> str:
    """ "Thu 3 Dec", in the order and words of the user's language ("Do., 3. Dez.")."""
    return _("{weekday} {day} {month}").format(
        weekday=_(_DAYS[local.weekday()]), day=local.day, month=_(_MONTHS[local.month - 1])
    )


def absolute_text(instant: datetime, zone: tzinfo) -> str:
    """An instant that stays true in a file read later: "Thu 3 Dec 2026 17:00"."""
    local = instant.astimezone(zone)
    return f"{date_words(local)} {local.year} {local:%H:%M}"


def span_text(span: timedelta) -> str:
    """A length of time in its largest whole unit: "40 minutes", "3 hours", "2 days"."""
    minutes = max(0, int(span.total_seconds() // 60))
    for size, words in _UNITS:
        if minutes >= size:
            count = minutes // size
            return words(count).format(count=count)
    return _("a moment")


#: Each unit in the singular or plural the user's language needs for a count (German
#: writes them in the case "seit {span}" takes: "seit 2 Tagen").
_UNITS: tuple[tuple[int, Callable[[int], str]], ...] = (
    (7 * 24 * 60, lambda count: ngettext("{count} week", "{count} weeks", count)),
    (24 * 60, lambda count: ngettext("{count} day", "{count} days", count)),
    (60, lambda count: ngettext("{count} hour", "{count} hours", count)),
    (1, lambda count: ngettext("{count} minute", "{count} minutes", count)),
)


def next_text(window: FollowUpWindow, status: Status, now: datetime, zone: tzinfo) -> str:
    """The loop table's "Next" cell: "reply due Thu 16:30", "thank-you overdue 2 days"."""
    noun = ACTION_NOUNS[window.action]
    if status is Status.UPCOMING:
        return _("{noun} from {when}").format(noun=noun, when=when_text(window.opens_at, now, zone))
    if status is Status.OPEN:
        return _("{noun} due {when}").format(noun=noun, when=when_text(window.due_at, now, zone))
    if status is Status.DUE:
        return _("{noun} due now").format(noun=noun)
    late = now - window.overdue_at
    if late < timedelta(minutes=1):
        return _("{noun} overdue now").format(noun=noun)
    return _("{noun} overdue {span}").format(noun=noun, span=span_text(late))


def snoozed_next_text(window: FollowUpWindow, until: datetime, now: datetime, zone: tzinfo) -> str:
    """The "Next" cell of a snoozed item: "reply snoozed until Mon 09:00"."""
    return f"{ACTION_NOUNS[window.action]} snoozed until {when_text(until, now, zone)}"


def due_words(window: FollowUpWindow, status: Status, now: datetime, zone: tzinfo) -> str:
    """When, for the Today view: "due tomorrow 09:00", "overdue since Wed 12:00 (2 days)"."""
    if status is Status.UPCOMING:
        return _("opens {when}").format(when=when_text(window.opens_at, now, zone))
    if status is Status.OPEN:
        return _("due {when}").format(when=when_text(window.due_at, now, zone))
    if status is Status.DUE:
        return _("due now · overdue {when}").format(when=when_text(window.overdue_at, now, zone))
    return overdue_text(window, now, zone)


def overdue_text(window: FollowUpWindow, now: datetime, zone: tzinfo) -> str:
    """ "overdue 3 hours", or "overdue since 17:30" in its first minute."""
    late = now - window.overdue_at
    if late < timedelta(minutes=1):
        return _("overdue since {when}").format(when=when_text(window.overdue_at, now, zone))
    return _("overdue {span}").format(span=span_text(late))


def window_line(window: FollowUpWindow, status: Status, now: datetime, zone: tzinfo) -> str:
    """A window in full for the detail pane: opens, due and overdue instants."""
    parts = [
        _("opens {when}").format(when=when_text(window.opens_at, now, zone, always_time=True)),
        _("due {when}").format(when=when_text(window.due_at, now, zone, always_time=True)),
    ]
    if window.overdue_at > window.due_at:
        overdue = when_text(window.overdue_at, now, zone, always_time=True)
        parts.append(_("overdue {when}").format(when=overdue))
    return f"{STATUS_LABELS[status]}: {window.label} — {', '.join(parts)}"


def names_text(names: Sequence[str], shown: int = 3) -> str:
    """ "A", "A and B", "A, B and C", "A, B, C and 2 more"."""
    if len(names) <= 1:
        return "".join(names)
    if len(names) <= shown:
        return _("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
    return _("{names} and {count} more").format(
        names=", ".join(names[:shown]), count=len(names) - shown
    )


#: One reminder's headline by what is owed: only a message someone is waiting
#: on says they wait; a thank-you or a promise says what to do ({name} is filled in).
HEADLINES = _Words(
    {
        Action.REPLY: N_("{name} is waiting on you"),
        Action.ANSWER: N_("{name} is waiting on you"),
        Action.ANSWER_PROPOSAL: N_("{name} is waiting for your answer"),
        Action.DECLINE: N_("Tell {name} your no"),
        Action.CONFIRM_ATTENDING: N_("Interview with {name}: still going?"),
        Action.THANK_YOU: N_("Thank {name} for the interview"),
        Action.FOLLOW_UP: N_("Follow up with {name}"),
        Action.ANSWER_OFFER: N_("{name} is waiting for your answer to the offer"),
        Action.THANKS: N_("Thank {name}"),
        Action.REACH_OUT: N_("Reach out: an introduction from {name}"),
        Action.TELL_REFERRER: N_("Tell {name} how it turned out"),
        Action.KEEP_PROMISE: N_("Your promise to {name}"),
        Action.NUDGE: N_("Follow up with {name}"),
        Action.OFFER_CLOSE: N_("Still nothing from {name}: close it?"),
        Action.TELL_DEADLINE: N_("Tell {name} about your offer deadline"),
        Action.KEEP_IN_TOUCH: N_("Time to get back in touch with {name}"),
    }
)

#: What to write when a loop of each kind begins ("What happened" in the new-loop dialog).
FIRST_EVENT_HINTS = {
    LoopKind.RECRUITER_OUTREACH: N_("What the recruiter wrote, in short (optional)"),
    LoopKind.INTERVIEW_SCHEDULED: N_("When, with whom, and anything to prepare (optional)"),
    LoopKind.INTERVIEW_HELD: N_("How it went and whom you met (optional)"),
    LoopKind.JOB_OFFER: N_("The offer in short: role, terms, answer-by date (optional)"),
    LoopKind.HELP_RECEIVED: N_("What they did for you: advice, an answer, their story (optional)"),
    LoopKind.INTRODUCTION: N_("Whom they introduced you to, and why (optional)"),
    LoopKind.PROMISE_MINE: N_("What you promised, and by when (optional)"),
    LoopKind.PROMISE_THEIRS: N_("What they promised, and by when (optional)"),
    LoopKind.NETWORKING_CALL: N_("What you talked about, and anything you offered (optional)"),
    LoopKind.COLLABORATION_PROPOSAL: N_("What they propose (optional)"),
    LoopKind.OTHER: N_("What was said or agreed (optional)"),
}


def reminder_headline(name: str, action: Action) -> str:
    """One reminder's first line, in words that fit what is owed."""
    return HEADLINES[action].format(name=name)


def reminders_headline(names: Sequence[str], *, catch_up: bool = False) -> str:
    """The reminders bar's headline: one reminder, or how many and whose (a digest).

    A catch-up counts them only (see :func:`missed_headline`): the bar and the
    notification say the same number in the same words.
    """
    if catch_up:
        return missed_headline(len(names))
    if len(names) == 1:
        return _("{name} is waiting on you").format(name=names[0])
    # Counted in loops, one per loop just reminded about: Today counts every line
    # owed now (several per loop at times, reminded earlier or not), so the bar says
    # "loops" where Today says "things" (a new user saw 19 here and 28 there).
    return ngettext(
        "Reminders for {count} loop: {names}", "Reminders for {count} loops: {names}", len(names)
    ).format(count=len(names), names=names_text(names))


def missed_headline(count: int) -> str:
    """ "3 reminders came while Ghostless was closed" (closed, or the machine asleep)."""
    return ngettext(
        "{count} reminder came while Ghostless was closed",
        "{count} reminders came while Ghostless was closed",
        count,
    ).format(count=count)


def relative_words(instant: datetime, now: datetime) -> str:
    """ "in 3 h", "2 days ago", or "now" within a minute."""
    seconds = (instant - now).total_seconds()
    if abs(seconds) < 60:
        return _("now")
    if seconds > 0:
        return _("in {span}").format(span=describe_wait(seconds))
    return _("{span} ago").format(span=describe_wait(-seconds))


def when_words(instant: datetime, now: datetime, zone: tzinfo) -> str:
    """An instant in full, for the command line.

    "tomorrow 16:30 (in 23 h)", "Sun 22 Nov 16:30 (2 days ago)",
    "Mon 4 Jan 2027 16:30 (in 5 weeks)".
    """
    return WhenWords(now, zone)(instant)


class WhenWords:
    """:func:`when_words` for many instants seen from one ``now`` (``ghostless due``
    writes tens of thousands): today's date, the words for the days next to it, those
    of each date met and of each instant met are worked out once (windows fall on the
    same few working-hour marks: 30,000 loops' agenda names under 2,000 instants)."""

    __slots__ = ("_dates", "_near", "_said", "now", "today", "zone")

    def __init__(self, now: datetime, zone: tzinfo) -> None:
        self.now, self.zone, self.today = now, zone, now.astimezone(zone).date()
        self._near = tuple(_(words) for words in _NEAR_DAYS)
        #: Each date met beyond the days next to today, in words (with its year
        #: when not this year's): a listing meets the same few hundred again and again.
        self._dates: dict[date, str] = {}
        self._said: dict[datetime, str] = {}

    def __call__(self, instant: datetime) -> str:
        said = self._said.get(instant)
        if said is None:
            said = self._said[instant] = self._words(instant)
        return said

    def _words(self, instant: datetime) -> str:
        local, today = instant.astimezone(self.zone), self.today
        on = local.date()
        days = (on - today).days
        # No strftime: it takes 2 µs a call.
        clock = f"{local.hour:02d}:{local.minute:02d}"
        if -1 <= days <= 1:
            day = self._near[days + 1].format(clock=clock)
        else:
            words = self._dates.get(on)
            if words is None:
                words = date_words(local)
                if local.year != today.year:
                    words = f"{words} {local.year}"
                self._dates[on] = words
            day = f"{words} {clock}"
        # relative_words(), written out: two calls fewer for each of tens of thousands.
        seconds = (instant - self.now).total_seconds()
        if abs(seconds) < 60:
            return f"{day} (now)"
        if seconds > 0:
            return f"{day} (in {describe_wait(seconds)})"
        return f"{day} ({describe_wait(-seconds)} ago)"


#: The days next to today, by their distance from it (-1, 0, 1), as :func:`when_text` says them.
_NEAR_DAYS = (N_("yesterday {clock}"), N_("today {clock}"), N_("tomorrow {clock}"))
