"""Settings: DOMAIN.md's figures as defaults, checked, and stored as JSON key/values."""

from __future__ import annotations

import dataclasses
import json
from datetime import time

import pytest

from ghostless.core.errors import InputError
from ghostless.core.settings import NUMBER_FIELDS, Settings
from ghostless.core.working_hours import WorkingHours


def test_defaults_are_the_figures_of_the_playbook_table() -> None:
    s = Settings()
    assert (s.reply_remind_hours, s.reply_due_hours, s.reply_overdue_hours) == (24, 48, 72)
    assert (s.decline_due_hours, s.decline_overdue_hours) == (48, 72)
    assert (s.interview_check_hours_before, s.interview_cancel_hours_before) == (48, 24)
    assert s.thank_you_due_working_days == 1
    assert (s.follow_up_remind_days, s.follow_up_due_days) == (5, 7)
    assert s.close_after_silence_days == 30
    assert (s.offer_first_reminder_days, s.offer_last_reminder_days) == (3, 1)
    assert s.help_thanks_due_hours == 24
    assert (s.intro_reach_out_due_days, s.intro_outcome_due_days) == (2, 3)
    assert (s.promise_nudge_remind_days, s.promise_nudge_due_days) == (5, 7)
    assert s.meeting_thanks_due_days == 1
    assert s.repair_threshold_weeks == 6


def test_default_working_hours_are_weekdays_nine_to_six() -> None:
    hours = Settings().working_hours
    assert hours.days == (0, 1, 2, 3, 4)
    assert (hours.start, hours.end) == (time(9), time(18))
    assert not hours.weekends
    assert hours.enabled
    assert hours.working_days == frozenset(range(5))


def test_weekends_flag_adds_saturday_and_sunday() -> None:
    assert WorkingHours(weekends=True).working_days == frozenset(range(7))


def test_every_number_says_where_its_default_comes_from() -> None:
    for spec in dataclasses.fields(Settings):
        if spec.name in NUMBER_FIELDS:
            assert spec.metadata["source"] in ("DOMAIN", "Ghostless"), spec.name
            assert spec.metadata["label"], spec.name


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reply_due_hours": -1}, "reply_due_hours"),
        ({"reply_due_hours": 10, "reply_remind_hours": 24}, "reply_due_hours"),
        ({"reply_overdue_hours": 47}, "reply_overdue_hours"),
        ({"follow_up_due_days": 4}, "follow_up_due_days"),
        ({"offer_last_reminder_days": 4}, "offer_first_reminder_days"),
        ({"interview_cancel_hours_before": 49}, "interview_check_hours_before"),
        ({"close_after_silence_days": 0}, "close_after_silence_days"),
        ({"repair_threshold_weeks": 500}, "repair_threshold_weeks"),
        ({"help_thanks_due_hours": True}, "help_thanks_due_hours"),
        ({"snooze_evening": "19:00"}, "snooze_evening"),
    ],
)
def test_a_bad_value_is_refused_naming_its_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        Settings(**changes)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}:")


@pytest.mark.parametrize(
    ("hours", "field"),
    [
        ({"days": ()}, "working_days"),
        ({"days": (7,)}, "working_days"),
        ({"start": time(18), "end": time(9)}, "working_end"),
        ({"start": time(9), "end": time(9)}, "working_end"),
    ],
)
def test_bad_working_hours_are_refused_naming_the_field(
    hours: dict[str, object], field: str
) -> None:
    with pytest.raises(InputError) as caught:
        WorkingHours(**hours)
    assert caught.value.field == field


def test_no_working_day_is_fine_when_weekends_are_on() -> None:
    assert WorkingHours(days=(), weekends=True).working_days == frozenset({5, 6})


def test_replace_checks_again() -> None:
    with pytest.raises(InputError):
        dataclasses.replace(Settings(), follow_up_remind_days=9)


def test_round_trip_through_json_text() -> None:
    custom = Settings(
        reply_remind_hours=12,
        follow_up_due_days=10,
        working_hours=WorkingHours(days=(0, 2, 4), start=time(8, 30), end=time(16), weekends=True),
        snooze_evening=time(20, 15),
    )
    text = json.dumps(custom.to_dict())
    assert Settings.from_dict(json.loads(text)) == custom


def test_to_dict_writes_plain_json_values() -> None:
    data = Settings().to_dict()
    assert data["working_days"] == ["mon", "tue", "wed", "thu", "fri"]
    assert data["working_start"] == "09:00"
    assert data["reply_due_hours"] == 48
    assert data["deliver_on_weekends"] is False


def test_unknown_keys_are_ignored_and_missing_keys_keep_defaults() -> None:
    loaded = Settings.from_dict({"reply_due_hours": 50, "from_a_newer_version": [1, 2]})
    assert loaded == dataclasses.replace(Settings(), reply_due_hours=50)


def test_values_may_come_as_text() -> None:
    loaded = Settings.from_dict(
        {
            "reply_remind_hours": "12",
            "working_days": "mon, wednesday,fri",
            "deliver_on_weekends": "yes",
            "respect_working_hours": "off",
            "working_end": "17:30",
        }
    )
    assert loaded.reply_remind_hours == 12
    assert loaded.working_hours.days == (0, 2, 4)
    assert loaded.working_hours.weekends
    assert not loaded.working_hours.enabled
    assert loaded.working_hours.end == time(17, 30)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("reply_due_hours", "two days"),
        ("reply_due_hours", 1.5),
        ("working_days", ["mon", "someday"]),
        ("working_days", 5),
        ("working_start", "9 o'clock"),
        ("deliver_on_weekends", "maybe"),
        ("snooze_morning", 9),
    ],
)
def test_bad_stored_values_name_their_key(key: str, value: object) -> None:
    with pytest.raises(InputError) as caught:
        Settings.from_dict({key: value})
    assert caught.value.field == key


def test_the_draft_checkers_defaults_are_the_settings_defaults() -> None:
    from ghostless.core import draft_checker
    from ghostless.core.settings import DEFAULT_WORD_LIMIT, draft_checks

    assert DEFAULT_WORD_LIMIT == draft_checker.DEFAULT_WORD_LIMIT
    assert draft_checks() == {kind.value for kind in draft_checker.FindingKind}


def test_every_setting_is_declared_with_a_group_a_label_and_an_explanation() -> None:
    from ghostless.core.settings import GROUP_HELP, GROUPS, SPECS

    assert {spec.key for spec in SPECS} == set(Settings().to_dict())
    for spec in SPECS:
        assert spec.group in GROUPS
        assert spec.label
        assert spec.help.endswith(".")
        if spec.kind == "number":
            assert spec.unit
            assert spec.low is not None
            assert spec.high is not None
    assert set(GROUP_HELP) == set(GROUPS)
