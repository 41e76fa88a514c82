"""Every number the playbooks use, as one frozen value with DOMAIN.md's defaults.

The table in shared/DOMAIN.md gives the figures; where it gives none (a
reminder before a limit it names, say) the default is Ghostless's own choice
and the field's ``metadata["source"]`` says so. Units are in the field names:
``_hours`` are real elapsed hours, ``_days`` are calendar days on the user's
clock, ``_working_days`` skip days outside working hours.

Settings are stored as JSON key/values: :meth:`Settings.to_dict` writes plain
JSON values and :meth:`Settings.from_dict` reads them back, ignoring keys it
does not know (written by a newer Ghostless, or retired) so that a settings
file never stops the app from starting. A bad value raises
:class:`~ghostless.core.errors.InputError` naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ghostless.core.errors import InputError
from ghostless.core.i18n import LANGUAGE_CODE, N_, _, npgettext
from ghostless.core.working_hours import DAY_NAMES, WorkingHours

#: The draft checker's default word limit (DOMAIN.md: "warn above ~120 words").
#: Kept here, not imported from the checker, so loading the settings at start-up
#: does not load the checker's patterns.
DEFAULT_WORD_LIMIT = 120


def draft_checks() -> frozenset[str]:
    """The draft checker's checks, by name; any of them may be switched off."""
    from ghostless.core.draft_checker import FindingKind

    return frozenset(kind.value for kind in FindingKind)


_HOURS_MAX = 24 * 365
_DAYS_MAX = 365

#: Playbook groups, in the order the Settings dialog shows them.
GROUPS: tuple[str, ...] = (
    N_("Replies"),
    N_("Deciding to decline"),
    N_("Interviews"),
    N_("Job offers"),
    N_("Help, calls and meetings"),
    N_("Introductions"),
    N_("Promises"),
    N_("Silence"),
    N_("Working hours and time"),
    N_("Snooze"),
    N_("Draft checker"),
    N_("Mail"),
    N_("Language"),
)

#: What each group covers, one line under its heading.
GROUP_HELP = {
    "Replies": N_(
        "A recruiter's message, a collaboration proposal, or any message waiting for your answer."
    ),
    "Deciding to decline": N_("After you decide to say no: a clear, short no within days."),
    "Interviews": N_("Before an interview, the thank-you after it, and the one follow-up."),
    "Job offers": N_("Answering an offer by its deadline."),
    "Help, calls and meetings": N_("Thanks for help, advice or a call."),
    "Introductions": N_(
        "Reaching out to someone you were introduced to, and telling the referrer how it went."
    ),
    "Promises": N_("What you promised, and one nudge about what was promised to you."),
    "Silence": N_("Long silences, on either side."),
    "Working hours and time": N_("When reminders arrive and how reply windows are counted."),
    "Snooze": N_("What the snooze choices mean."),
    "Draft checker": N_("What the checker beside your drafts looks for."),
    "Mail": N_("How Ghostless reads your mail accounts (read-only: nothing there is changed)."),
    "Language": N_("The language of the window, the command line, the templates and the checker."),
}

_UNITS = {
    "h": N_("hours"),
    "d": N_("days"),
    "wd": N_("working days"),
    "w": N_("weeks"),
    "words": N_("words"),
    "min": N_("minutes"),
}


def _number(
    default: int, low: int, high: int, source: str, label: str, *, group: str, unit: str, help: str
) -> Any:
    metadata = {
        "min": low,
        "max": high,
        "source": source,
        "label": label,
        "group": group,
        "unit": _UNITS[unit],
        "help": help,
    }
    return field(default=default, metadata=metadata)


@dataclass(frozen=True, slots=True)
class Settings:
    """The playbook figures, working hours, snooze presets and the draft checker's limits.

    Every whole-number field declares its range, unit, group, label and a one-line
    help in its metadata: the Settings dialog and ``ghostless settings`` are built
    from these declarations (see :data:`SPECS`).
    """

    # Recruiter outreach, collaboration proposals, and any message awaiting my reply.
    reply_remind_hours: int = _number(
        24,
        0,
        _HOURS_MAX,
        "DOMAIN",
        N_("Remind after"),
        group=N_("Replies"),
        unit="h",
        help=N_("How long after a message arrives the first reminder comes."),
    )
    reply_due_hours: int = _number(
        48,
        1,
        _HOURS_MAX,
        "DOMAIN",
        N_("Due after"),
        group=N_("Replies"),
        unit="h",
        help=N_("When a reply stops being prompt and becomes due."),
    )
    reply_overdue_hours: int = _number(
        72,
        1,
        _HOURS_MAX,
        "DOMAIN",
        N_("Overdue after"),
        group=N_("Replies"),
        unit="h",
        help=N_("When silence turns into ghosting."),
    )
    # A message I decided to decline.
    decline_remind_hours: int = _number(
        24,
        0,
        _HOURS_MAX,
        "Ghostless",
        N_("Remind after"),
        group=N_("Deciding to decline"),
        unit="h",
        help=N_("How long after deciding to say no the first reminder comes."),
    )
    decline_due_hours: int = _number(
        48,
        1,
        _HOURS_MAX,
        "DOMAIN",
        N_("Due after"),
        group=N_("Deciding to decline"),
        unit="h",
        help=N_("A clear no is due this long after deciding."),
    )
    decline_overdue_hours: int = _number(
        72,
        1,
        _HOURS_MAX,
        "DOMAIN",
        N_("Overdue after"),
        group=N_("Deciding to decline"),
        unit="h",
        help=N_("After this the decision has become silence."),
    )
    # Interview scheduled.
    interview_check_hours_before: int = _number(
        48,
        1,
        _HOURS_MAX,
        "DOMAIN",
        N_("Ask 'still going?' before"),
        group=N_("Interviews"),
        unit="h",
        help=N_("How long before an interview to check that you still mean to attend."),
    )
    interview_cancel_hours_before: int = _number(
        24,
        0,
        _HOURS_MAX,
        "DOMAIN",
        N_("Cancel at the latest before"),
        group=N_("Interviews"),
        unit="h",
        help=N_("A cancellation or new date is due this long before the interview."),
    )
    # Interview held: the thank-you note.
    thank_you_remind_hours: int = _number(
        2,
        0,
        48,
        "Ghostless",
        N_("Thank-you: remind after"),
        group=N_("Interviews"),
        unit="h",
        help=N_("How long after an interview to remind you of the thank-you note."),
    )
    thank_you_due_working_days: int = _number(
        1,
        0,
        14,
        "DOMAIN",
        N_("Thank-you: due on working day"),
        group=N_("Interviews"),
        unit="wd",
        help=N_("0 means the same day, 1 the next working day."),
    )
    # Waiting after the interview: one follow-up only.
    follow_up_remind_days: int = _number(
        5,
        1,
        _DAYS_MAX,
        "DOMAIN",
        N_("Follow-up: remind on day"),
        group=N_("Interviews"),
        unit="d",
        help=N_("Days after your thank-you with no answer before the one follow-up is suggested."),
    )
    follow_up_due_days: int = _number(
        7,
        1,
        _DAYS_MAX,
        "DOMAIN",
        N_("Follow-up: due on day"),
        group=N_("Interviews"),
        unit="d",
        help=N_("The one follow-up is due on this day; after it, the ball is in their court."),
    )
    close_after_silence_days: int = _number(
        30,
        1,
        _DAYS_MAX,
        "DOMAIN",
        N_("Offer to close after"),
        group=N_("Silence"),
        unit="d",
        help=N_("Days of silence from the other side before offering to close as 'no response'."),
    )
    # Job offer.
    offer_first_reminder_days: int = _number(
        3,
        0,
        _DAYS_MAX,
        "DOMAIN",
        N_("First reminder before the deadline"),
        group=N_("Job offers"),
        unit="d",
        help=N_("Days before an offer's answer-by date for the first reminder."),
    )
    offer_last_reminder_days: int = _number(
        1,
        0,
        _DAYS_MAX,
        "DOMAIN",
        N_("Last reminder before the deadline"),
        group=N_("Job offers"),
        unit="d",
        help=N_("Days before the answer-by date for the last reminder; due from then."),
    )
    # Help given to me.
    help_thanks_remind_hours: int = _number(
        12,
        0,
        _HOURS_MAX,
        "Ghostless",
        N_("Thanks for help: remind after"),
        group=N_("Help, calls and meetings"),
        unit="h",
        help=N_("How long after someone helped you the reminder to thank them comes."),
    )
    help_thanks_due_hours: int = _number(
        24,
        1,
        _HOURS_MAX,
        "DOMAIN",
        N_("Thanks for help: due after"),
        group=N_("Help, calls and meetings"),
        unit="h",
        help=N_("Thanks for help are due this soon."),
    )
    help_thanks_overdue_hours: int = _number(
        48,
        1,
        _HOURS_MAX,
        "Ghostless",
        N_("Thanks for help: overdue after"),
        group=N_("Help, calls and meetings"),
        unit="h",
        help=N_("After this the thanks are late."),
    )
    # Introduction / referral.
    intro_reach_out_remind_days: int = _number(
        1,
        0,
        _DAYS_MAX,
        "Ghostless",
        N_("Reach out: remind on day"),
        group=N_("Introductions"),
        unit="d",
        help=N_("Days after an introduction to remind you to contact the person."),
    )
    intro_reach_out_due_days: int = _number(
        2,
        0,
        _DAYS_MAX,
        "DOMAIN",
        N_("Reach out: due on day"),
        group=N_("Introductions"),
        unit="d",
        help=N_("Reaching out to the person you were introduced to is due on this day."),
    )
    intro_outcome_remind_days: int = _number(
        1,
        0,
        _DAYS_MAX,
        "Ghostless",
        N_("Tell the referrer: remind on day"),
        group=N_("Introductions"),
        unit="d",
        help=N_("Days after the introduced conversation ends to remind you to report back."),
    )
    intro_outcome_due_days: int = _number(
        3,
        0,
        _DAYS_MAX,
        "DOMAIN",
        N_("Tell the referrer: due on day"),
        group=N_("Introductions"),
        unit="d",
        help=N_("Thanking the referrer and telling them the outcome is due on this day."),
    )
    # Promises.
    promise_remind_days_before: int = _number(
        1,
        0,
        _DAYS_MAX,
        "Ghostless",
        N_("Promise I made: remind before the date"),
        group=N_("Promises"),
        unit="d",
        help=N_("Days before a promised date to remind you."),
    )
    promise_nudge_remind_days: int = _number(
        5,
        1,
        _DAYS_MAX,
        "DOMAIN",
        N_("Promise to me: remind to nudge on day"),
        group=N_("Promises"),
        unit="d",
        help=N_("Days after their promised date (or promise) before one nudge is suggested."),
    )
    promise_nudge_due_days: int = _number(
        7,
        1,
        _DAYS_MAX,
        "DOMAIN",
        N_("Promise to me: nudge due on day"),
        group=N_("Promises"),
        unit="d",
        help=N_("The one polite nudge is due on this day."),
    )
    # Informational interview / networking call, and any other meeting.
    meeting_thanks_remind_hours: int = _number(
        2,
        0,
        48,
        "Ghostless",
        N_("Meeting thanks: remind after"),
        group=N_("Help, calls and meetings"),
        unit="h",
        help=N_("How long after a call or meeting to remind you to say thanks."),
    )
    meeting_thanks_due_days: int = _number(
        1,
        0,
        _DAYS_MAX,
        "DOMAIN",
        N_("Meeting thanks: due on day"),
        group=N_("Help, calls and meetings"),
        unit="d",
        help=N_("0 means the same day, 1 the next day."),
    )
    # Silence I caused.
    repair_threshold_weeks: int = _number(
        6,
        1,
        104,
        "DOMAIN",
        N_("A short apology repairs silence for"),
        group=N_("Silence"),
        unit="w",
        help=N_(
            "Counted from when an item went overdue; later, re-engage only with a real purpose."
        ),
    )
    # The draft checker.
    draft_word_limit: int = _number(
        DEFAULT_WORD_LIMIT,
        20,
        1000,
        "DOMAIN",
        N_("Warn when a draft is longer than"),
        group=N_("Draft checker"),
        unit="words",
        help=N_("A decline should fit in a few sentences."),
    )
    draft_checks_off: frozenset[str] = frozenset()
    # Mail accounts (issue 14): how far back the first sync reads, how often to sync.
    mail_first_sync_days: int = _number(
        60,
        1,
        3650,
        "Ghostless",
        N_("First sync reads back"),
        group=N_("Mail"),
        unit="d",
        help=N_("How many days of mail the first sync of an account reads (headers only)."),
    )
    mail_sync_minutes: int = _number(
        15,
        5,
        24 * 60,
        "Ghostless",
        N_("Sync every"),
        group=N_("Mail"),
        unit="min",
        help=N_("How often the mail accounts are checked for new messages while Ghostless runs."),
    )
    # When reminders are delivered, how reply windows count, and the snooze presets.
    working_hours: WorkingHours = field(default_factory=WorkingHours)
    count_working_days: bool = True
    time_zone: str = ""
    #: A language code ("de"), or empty for the system's (issue 19).
    language: str = ""
    snooze_evening: time = time(19, 0)
    snooze_morning: time = time(9, 0)

    def __post_init__(self) -> None:
        for spec in fields(self):
            if "min" not in spec.metadata:
                continue
            value = getattr(self, spec.name)
            if type(value) is not int:
                raise InputError(f"{spec.name}: expected a whole number", field=spec.name)
            low, high = spec.metadata["min"], spec.metadata["max"]
            if not low <= value <= high:
                raise InputError(f"{spec.name}: {value} is outside {low}..{high}", field=spec.name)
        for earlier, later in ORDER_PAIRS:
            if getattr(self, earlier) > getattr(self, later):
                raise InputError(
                    f"{later}: {_said(self, later)} is less than {_said(self, earlier)}; "
                    "raise the one or lower the other",
                    field=later,
                )
        if not isinstance(self.working_hours, WorkingHours):
            raise InputError("working_hours: expected working hours", field="working_hours")
        for name in ("snooze_evening", "snooze_morning"):
            value = getattr(self, name)
            if not isinstance(value, time) or value.tzinfo is not None:
                raise InputError(f"{name}: expected a local time of day like 19:00", field=name)
        if not isinstance(self.count_working_days, bool):
            raise InputError("count_working_days: expected yes or no", field="count_working_days")
        _check_zone(self.time_zone)
        _check_language(self.language)
        if self.draft_checks_off:
            known = draft_checks()
            unknown = sorted(set(self.draft_checks_off) - known)
            if unknown:
                raise InputError(
                    f"draft_checks_off: {unknown[0]!r} is not a check ({', '.join(sorted(known))})",
                    field="draft_checks_off",
                )
        object.__setattr__(self, "draft_checks_off", frozenset(self.draft_checks_off))

    @property
    def repair_after(self) -> timedelta:
        """How long after an item went overdue a short apology still repairs it."""
        return timedelta(weeks=self.repair_threshold_weeks)

    # -- JSON key/values -----------------------------------------------------
    def to_dict(self) -> dict[str, object]:
        """Plain JSON values, one key per setting."""
        data: dict[str, object] = {name: getattr(self, name) for name in NUMBER_FIELDS}
        hours = self.working_hours
        data["working_days"] = [DAY_NAMES[day] for day in hours.days]
        data["working_start"] = _time_text(hours.start)
        data["working_end"] = _time_text(hours.end)
        data["deliver_on_weekends"] = hours.weekends
        data["respect_working_hours"] = hours.enabled
        data["count_working_days"] = self.count_working_days
        data["time_zone"] = self.time_zone
        data["language"] = self.language
        data["snooze_evening"] = _time_text(self.snooze_evening)
        data["snooze_morning"] = _time_text(self.snooze_morning)
        data["draft_checks_off"] = sorted(self.draft_checks_off)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Settings:
        """Read settings written by :meth:`to_dict`; missing keys keep their default.

        Unknown keys are ignored. Numbers may come as JSON numbers or as text.
        """
        default = cls()
        numbers = {name: _parse_int(data[name], name) for name in NUMBER_FIELDS if name in data}
        hours = default.working_hours
        working = WorkingHours(
            days=_parse_days(data["working_days"]) if "working_days" in data else hours.days,
            start=_parse_time(data.get("working_start"), "working_start", hours.start),
            end=_parse_time(data.get("working_end"), "working_end", hours.end),
            weekends=_parse_bool(data.get("deliver_on_weekends"), "deliver_on_weekends", False),
            enabled=_parse_bool(data.get("respect_working_hours"), "respect_working_hours", True),
        )
        return cls(
            **numbers,
            working_hours=working,
            count_working_days=_parse_bool(
                data.get("count_working_days"), "count_working_days", default.count_working_days
            ),
            time_zone=_parse_zone(data.get("time_zone")),
            language=_parse_language(data.get("language")),
            draft_checks_off=_parse_names(data.get("draft_checks_off"), "draft_checks_off"),
            snooze_evening=_parse_time(
                data.get("snooze_evening"), "snooze_evening", default.snooze_evening
            ),
            snooze_morning=_parse_time(
                data.get("snooze_morning"), "snooze_morning", default.snooze_morning
            ),
        )


#: The whole-number settings, in declaration order.
NUMBER_FIELDS: tuple[str, ...] = tuple(
    spec.name for spec in fields(Settings) if "min" in spec.metadata
)

#: Pairs that must not be out of order: (earlier or smaller, later or larger).
ORDER_PAIRS: tuple[tuple[str, str], ...] = (
    ("reply_remind_hours", "reply_due_hours"),
    ("reply_due_hours", "reply_overdue_hours"),
    ("decline_remind_hours", "decline_due_hours"),
    ("decline_due_hours", "decline_overdue_hours"),
    ("interview_cancel_hours_before", "interview_check_hours_before"),
    ("follow_up_remind_days", "follow_up_due_days"),
    ("offer_last_reminder_days", "offer_first_reminder_days"),
    ("help_thanks_remind_hours", "help_thanks_due_hours"),
    ("help_thanks_due_hours", "help_thanks_overdue_hours"),
    ("intro_reach_out_remind_days", "intro_reach_out_due_days"),
    ("intro_outcome_remind_days", "intro_outcome_due_days"),
    ("promise_nudge_remind_days", "promise_nudge_due_days"),
)


def _check_zone(name: object) -> None:
    if not isinstance(name, str):
        raise InputError("time_zone: expected a zone name like Europe/Berlin", field="time_zone")
    if not name:
        return  # the system's zone
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(
            f"time_zone: {name!r} is not a known zone (like Europe/Berlin)", field="time_zone"
        ) from None


def _parse_zone(value: object) -> str:
    if value is None:
        return ""
    name = value.strip() if isinstance(value, str) else value
    _check_zone(name)
    return str(name)


def _check_language(code: object) -> None:
    if not isinstance(code, str) or (code and not LANGUAGE_CODE.match(code)):
        raise InputError(
            f"language: {code!r} is not a language code like de or pt_BR (empty: the system's)",
            field="language",
        )


def _parse_language(value: object) -> str:
    if value is None:
        return ""
    code = value.strip() if isinstance(value, str) else value
    _check_language(code)
    return str(code)


def _parse_names(value: object, name: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        items: list[object] = [part for part in value.replace(" ", ",").split(",") if part]
    elif isinstance(value, list | tuple | set | frozenset):
        items = list(value)
    else:
        raise InputError(f"{name}: {value!r} is not a list of names", field=name)
    return frozenset(str(item).strip() for item in items)


def _time_text(value: time) -> str:
    return value.strftime("%H:%M")


def _said(settings: Settings, name: str) -> str:
    """A setting as a sentence names it: "'Due after' (36 hours)"."""
    spec = next(f for f in fields(settings) if f.name == name)
    return (
        f"'{spec.metadata['label']}' ({quantity(getattr(settings, name), spec.metadata['unit'])})"
    )


def quantity(value: object, unit: str) -> str:
    """ "1 day", "2 days", "1 working day": the unit in the singular for one."""
    if value == 1 and unit.endswith("s"):
        unit = unit[:-1]
    return f"{value} {unit}"


#: "36", "36 hours", "36h", "7 days", "1 working day": a number with its unit said.
_NUMBER = re.compile(r"^\s*([+-]?\d+)\s*(?:[a-z][a-z ]*)?\s*$", re.IGNORECASE)


def _parse_int(value: object, name: str) -> int:
    if type(value) is int:
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    found = _NUMBER.match(value) if isinstance(value, str) else None
    if found is not None:
        return int(found.group(1))
    raise InputError(f"{name}: {value!r} is not a whole number", field=name)


def _parse_bool(value: object, name: str, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _BOOL_WORDS:
        return _BOOL_WORDS[value.strip().lower()]
    raise InputError(f"{name}: {value!r} is not yes or no", field=name)


_BOOL_WORDS = {"true": True, "yes": True, "on": True, "1": True}
_BOOL_WORDS |= {"false": False, "no": False, "off": False, "0": False}


def _parse_time(value: object, name: str, default: time) -> time:
    if value is None:
        return default
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            parsed = time.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            if parsed.tzinfo is None:
                return parsed
    raise InputError(f"{name}: {value!r} is not a time of day like 09:00", field=name)


def _parse_days(value: object) -> tuple[int, ...]:
    items: list[object]
    if isinstance(value, str):
        items = [part for part in value.replace(" ", ",").split(",") if part]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        raise InputError(f"working_days: {value!r} is not a list of days", field="working_days")
    days: list[int] = []
    for item in items:
        if isinstance(item, str) and item.strip().lower()[:3] in DAY_NAMES:
            days.append(DAY_NAMES.index(item.strip().lower()[:3]))
        elif type(item) is int and 0 <= item <= 6:
            days.append(item)
        else:
            raise InputError(
                f"working_days: {item!r} is not a day (mon, tue, ... sun)", field="working_days"
            )
    return tuple(days)


# -- declarations for the Settings dialog and the command line ----------------
@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One setting as the user sees it: its JSON key, where it belongs, what it means.

    ``kind`` tells how it is entered: ``number`` (whole, ``low``..``high`` in
    ``unit``), ``flag`` (yes or no), ``time`` (a time of day), ``days`` (weekday
    names), ``zone`` (an IANA zone name, empty for the system's), ``language``
    (a language code, empty for the system's) or ``checks``
    (names of draft checks switched off).
    """

    key: str
    group: str
    label: str
    kind: str
    help: str
    unit: str = ""
    low: int | None = None
    high: int | None = None

    @property
    def default(self) -> object:
        return _DEFAULTS[self.key]

    def describe(self, value: object) -> str:
        """A value as the command line prints it: "48 hours", "yes", "mon, tue" (in the
        user's language: "48 Stunden", "ja")."""
        if self.kind == "number" and isinstance(value, int):
            return _SAID_UNITS[self.unit](value).format(count=value)
        if self.kind == "flag":
            return _("yes") if value else _("no")
        if isinstance(value, list | tuple):
            return ", ".join(str(item) for item in value) or _("none")
        if self.kind in ("zone", "language") and not value:
            return _("the system's")
        return str(value)

    @property
    def title(self) -> str:
        """The label, in the user's language."""
        return _(self.label)

    @property
    def explanation(self) -> str:
        """The one-line help, in the user's language."""
        return _(self.help)


#: Each unit with its number, singular and plural, in the user's language.
_SAID_UNITS: dict[str, Callable[[int], str]] = {
    "hours": lambda n: npgettext("setting", "{count} hour", "{count} hours", n),
    "days": lambda n: npgettext("setting", "{count} day", "{count} days", n),
    "working days": lambda n: npgettext(
        "setting", "{count} working day", "{count} working days", n
    ),
    "weeks": lambda n: npgettext("setting", "{count} week", "{count} weeks", n),
    "words": lambda n: npgettext("setting", "{count} word", "{count} words", n),
    "minutes": lambda n: npgettext("setting", "{count} minute", "{count} minutes", n),
}


_TIME = N_("Working hours and time")
_OTHER_SPECS = (
    SettingSpec(
        "count_working_days",
        _TIME,
        N_("Count reply windows in working days"),
        "flag",
        N_(
            "Hour-based reply windows skip weekends and days off, and a message that arrives "
            "after hours starts counting the next working morning."
        ),
    ),
    SettingSpec(
        "respect_working_hours",
        _TIME,
        N_("Hold reminders until working hours"),
        "flag",
        N_("A reminder that falls outside working hours waits for the next start."),
    ),
    SettingSpec(
        "working_days",
        _TIME,
        N_("Working days"),
        "days",
        N_("The days you answer professional mail."),
    ),
    SettingSpec(
        "working_start",
        _TIME,
        N_("Working day starts"),
        "time",
        N_("Reminders held overnight arrive at this time."),
    ),
    SettingSpec(
        "working_end",
        _TIME,
        N_("Working day ends"),
        "time",
        N_("Items due 'on a day' are overdue when the working day ends."),
    ),
    SettingSpec(
        "deliver_on_weekends",
        _TIME,
        N_("Deliver on weekends too"),
        "flag",
        N_("Saturdays and Sundays count as working days, at the same hours."),
    ),
    SettingSpec(
        "time_zone",
        _TIME,
        N_("Time zone"),
        "zone",
        N_("Empty means the system's zone; set one so every device and terminal agrees."),
    ),
    SettingSpec(
        "language",
        N_("Language"),
        N_("Language"),
        "language",
        N_(
            "Empty means the system's language. Takes effect when Ghostless starts again; "
            "'ghostless --language de' or GHOSTLESS_LANG=de choose for one run."
        ),
    ),
    SettingSpec(
        "snooze_morning",
        N_("Snooze"),
        N_("'Tomorrow morning' means"),
        "time",
        N_("The time a snooze until tomorrow morning ends."),
    ),
    SettingSpec(
        "snooze_evening",
        N_("Snooze"),
        N_("'This evening' means"),
        "time",
        N_("The time a snooze until this evening ends."),
    ),
    SettingSpec(
        "draft_checks_off",
        N_("Draft checker"),
        N_("Checks switched off"),
        "checks",
        N_("The draft checker stays quiet about these."),
    ),
)


def _number_specs() -> tuple[SettingSpec, ...]:
    return tuple(
        SettingSpec(
            spec.name,
            spec.metadata["group"],
            spec.metadata["label"],
            "number",
            spec.metadata["help"],
            spec.metadata["unit"],
            spec.metadata["min"],
            spec.metadata["max"],
        )
        for spec in fields(Settings)
        if "min" in spec.metadata
    )


#: Every setting, grouped in the order of :data:`GROUPS`, as declared above.
SPECS: tuple[SettingSpec, ...] = tuple(
    sorted(_number_specs() + _OTHER_SPECS, key=lambda spec: GROUPS.index(spec.group))
)
SPECS_BY_KEY = {spec.key: spec for spec in SPECS}
_DEFAULTS = Settings().to_dict()


def spec_of(key: str) -> SettingSpec:
    """The declaration of a setting, or InputError naming the unknown key."""
    found = SPECS_BY_KEY.get(key)
    if found is None:
        raise InputError(f"{key}: not a setting (see 'ghostless settings list')", field=key)
    return found
