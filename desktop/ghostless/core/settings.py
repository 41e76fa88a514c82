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

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import time
from typing import Any

from ghostless.core.errors import InputError
from ghostless.core.working_hours import DAY_NAMES, WorkingHours

_HOURS_MAX = 24 * 365
_DAYS_MAX = 365


def _number(default: int, low: int, high: int, source: str, label: str) -> Any:
    metadata = {"min": low, "max": high, "source": source, "label": label}
    return field(default=default, metadata=metadata)


@dataclass(frozen=True, slots=True)
class Settings:
    """The playbook figures, working hours and snooze presets."""

    # Recruiter outreach, collaboration proposals, and any message awaiting my reply.
    reply_remind_hours: int = _number(24, 0, _HOURS_MAX, "DOMAIN", "Reply: remind after (h)")
    reply_due_hours: int = _number(48, 1, _HOURS_MAX, "DOMAIN", "Reply: due after (h)")
    reply_overdue_hours: int = _number(72, 1, _HOURS_MAX, "DOMAIN", "Reply: overdue after (h)")
    # A message I decided to decline.
    decline_remind_hours: int = _number(24, 0, _HOURS_MAX, "Ghostless", "Decline: remind after (h)")
    decline_due_hours: int = _number(48, 1, _HOURS_MAX, "DOMAIN", "Decline: due after (h)")
    decline_overdue_hours: int = _number(72, 1, _HOURS_MAX, "DOMAIN", "Decline: overdue after (h)")
    # Interview scheduled.
    interview_check_hours_before: int = _number(
        48, 1, _HOURS_MAX, "DOMAIN", "Interview: ask 'still going?' before (h)"
    )
    interview_cancel_hours_before: int = _number(
        24, 0, _HOURS_MAX, "DOMAIN", "Interview: cancel at the latest before (h)"
    )
    # Interview held: the thank-you note.
    thank_you_remind_hours: int = _number(
        2, 0, 48, "Ghostless", "Thank-you: remind after the interview (h)"
    )
    thank_you_due_working_days: int = _number(
        1, 0, 14, "DOMAIN", "Thank-you: due on working day (0 = same day)"
    )
    # Waiting after the interview: one follow-up only.
    follow_up_remind_days: int = _number(5, 1, _DAYS_MAX, "DOMAIN", "Follow-up: remind on day")
    follow_up_due_days: int = _number(7, 1, _DAYS_MAX, "DOMAIN", "Follow-up: due on day")
    close_after_silence_days: int = _number(
        30, 1, _DAYS_MAX, "DOMAIN", "Offer to close after days of silence"
    )
    # Job offer.
    offer_first_reminder_days: int = _number(
        3, 0, _DAYS_MAX, "DOMAIN", "Offer: first reminder, days before the deadline"
    )
    offer_last_reminder_days: int = _number(
        1, 0, _DAYS_MAX, "DOMAIN", "Offer: last reminder, days before the deadline"
    )
    # Help given to me.
    help_thanks_remind_hours: int = _number(
        12, 0, _HOURS_MAX, "Ghostless", "Thanks for help: remind after (h)"
    )
    help_thanks_due_hours: int = _number(
        24, 1, _HOURS_MAX, "DOMAIN", "Thanks for help: due after (h)"
    )
    help_thanks_overdue_hours: int = _number(
        48, 1, _HOURS_MAX, "Ghostless", "Thanks for help: overdue after (h)"
    )
    # Introduction / referral.
    intro_reach_out_remind_days: int = _number(
        1, 0, _DAYS_MAX, "Ghostless", "Introduction: remind to reach out on day"
    )
    intro_reach_out_due_days: int = _number(
        2, 0, _DAYS_MAX, "DOMAIN", "Introduction: reach-out due on day"
    )
    intro_outcome_remind_days: int = _number(
        1, 0, _DAYS_MAX, "Ghostless", "Introduction: remind to tell the referrer on day"
    )
    intro_outcome_due_days: int = _number(
        3, 0, _DAYS_MAX, "DOMAIN", "Introduction: outcome note due on day"
    )
    # Promises.
    promise_remind_days_before: int = _number(
        1, 0, _DAYS_MAX, "Ghostless", "Promise I made: remind days before the date"
    )
    promise_nudge_remind_days: int = _number(
        5, 1, _DAYS_MAX, "DOMAIN", "Promise made to me: remind to nudge on day"
    )
    promise_nudge_due_days: int = _number(
        7, 1, _DAYS_MAX, "DOMAIN", "Promise made to me: nudge due on day"
    )
    # Informational interview / networking call, and any other meeting.
    meeting_thanks_remind_hours: int = _number(
        2, 0, 48, "Ghostless", "Meeting thanks: remind after the meeting (h)"
    )
    meeting_thanks_due_days: int = _number(
        1, 0, _DAYS_MAX, "DOMAIN", "Meeting thanks: due on day (1 = next day)"
    )
    # Silence I caused.
    repair_threshold_weeks: int = _number(
        6, 1, 104, "DOMAIN", "Repair: a short apology works for (weeks)"
    )
    # When reminders are delivered, and the snooze presets.
    working_hours: WorkingHours = field(default_factory=WorkingHours)
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
        for earlier, later in _ORDER:
            if getattr(self, earlier) > getattr(self, later):
                raise InputError(
                    f"{later}: {getattr(self, later)} comes before {earlier} "
                    f"({getattr(self, earlier)})",
                    field=later,
                )
        if not isinstance(self.working_hours, WorkingHours):
            raise InputError("working_hours: expected working hours", field="working_hours")
        for name in ("snooze_evening", "snooze_morning"):
            value = getattr(self, name)
            if not isinstance(value, time) or value.tzinfo is not None:
                raise InputError(f"{name}: expected a local time of day like 19:00", field=name)

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
        data["snooze_evening"] = _time_text(self.snooze_evening)
        data["snooze_morning"] = _time_text(self.snooze_morning)
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
_ORDER: tuple[tuple[str, str], ...] = (
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


def _time_text(value: time) -> str:
    return value.strftime("%H:%M")


def _parse_int(value: object, name: str) -> int:
    if type(value) is int:
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
        return int(value.strip())
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
