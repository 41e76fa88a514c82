"""The text of a notification: who, what and by when, within each platform's limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ghostless.core.notices import (
    ELLIPSIS,
    FREEDESKTOP,
    WINDOWS_BALLOON,
    Notice,
    clip,
    notice_for,
    utf16_len,
)
from ghostless.core.planner import Delivery, Pending
from ghostless.core.windows import Action, FollowUpWindow, Reminder, Rule, Timing

NOW = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def _pending(
    loop_id: int,
    *,
    due_in: timedelta,
    action: Action = Action.REPLY,
    waiting: bool = False,
    tag: str = "a",
) -> Pending:
    due = NOW + due_in
    reminder = Reminder(f"{loop_id}:{tag}", due - timedelta(hours=2), due - timedelta(hours=2))
    window = FollowUpWindow(
        loop_id=loop_id,
        rule=Rule.REPLY,
        action=action,
        timing=Timing.ELAPSED,
        anchor=due - timedelta(days=2),
        since=due - timedelta(days=2),
        opens_at=due - timedelta(days=1),
        due_at=due,
        overdue_at=due + timedelta(hours=1),
        reminders=(reminder,),
        key=f"{loop_id}:{tag}",
        waiting=waiting,
    )
    return Pending(window, reminder, reminder.key, NOW)  # delivered on time


def test_one_reminder_names_the_person_what_and_when() -> None:
    delivery = Delivery(NOW, (_pending(7, due_in=timedelta(hours=3)),))
    notice = notice_for(delivery, {7: "Priya Raman"}, BERLIN)
    assert notice is not None
    assert notice.summary == "Priya Raman is waiting on you"
    assert notice.body == f"{Action.REPLY.label} · due today 18:00"
    assert notice.loop_ids == (7,)
    assert notice.loop_id == 7
    assert not notice.digest
    assert not notice.urgent


def test_overdue_is_urgent_and_says_how_late() -> None:
    delivery = Delivery(NOW, (_pending(7, due_in=-timedelta(days=2)),))
    notice = notice_for(delivery, {7: "Priya Raman"}, BERLIN)
    assert notice is not None
    assert notice.urgent
    assert notice.body.endswith("overdue 1 day")


def test_waiting_on_them_reads_as_a_follow_up() -> None:
    pending = _pending(3, due_in=timedelta(hours=1), action=Action.NUDGE, waiting=True)
    notice = notice_for(Delivery(NOW, (pending,)), {3: "Ana"}, BERLIN)
    assert notice is not None
    assert notice.summary == "Follow up with Ana"


def test_a_digest_says_how_many_names_the_first_few_most_urgent_first() -> None:
    items = (
        _pending(1, due_in=timedelta(hours=5)),
        _pending(2, due_in=-timedelta(days=1)),
        _pending(3, due_in=timedelta(hours=1)),
        _pending(4, due_in=timedelta(hours=8)),
        _pending(5, due_in=timedelta(hours=9)),
    )
    names = {1: "A One", 2: "B Two", 3: "C Three", 4: "D Four", 5: "E Five"}
    notice = notice_for(Delivery(NOW, items), names, BERLIN)
    assert notice is not None
    assert notice.digest
    assert notice.loop_ids == (2, 3, 1, 4, 5)
    assert notice.summary == "Reminders for 5 loops: B Two, C Three, A One and 2 more"
    lines = notice.body.split("\n")
    assert [line.split(":")[0] for line in lines[:3]] == ["B Two", "C Three", "A One"]
    assert lines[3] == "and 2 more in Ghostless"


def test_a_catch_up_digest_says_so_and_counts_them() -> None:
    late = NOW + timedelta(days=3)
    items = (_pending(1, due_in=timedelta(hours=5)), _pending(2, due_in=timedelta(hours=6)))
    notice = notice_for(Delivery(late, items, catch_up=True), {1: "A", 2: "B"}, BERLIN)
    assert notice is not None
    assert notice.catch_up
    assert notice.summary == "2 reminders came while Ghostless was closed"
    assert notice.body.splitlines()[0].startswith("A: Reply")


def test_late_reminders_are_no_catch_up_unless_the_watcher_says_so() -> None:
    # Late because the loop was entered afterwards (the examples): nothing was missed.
    late = NOW + timedelta(days=3)
    items = (_pending(1, due_in=timedelta(hours=5)), _pending(2, due_in=timedelta(hours=6)))
    notice = notice_for(Delivery(late, items), {1: "A", 2: "B"}, BERLIN)
    assert notice is not None
    assert not notice.catch_up
    assert notice.summary == "Reminders for 2 loops: A and B"


def test_one_missed_reminder_says_it_came_while_closed() -> None:
    late = NOW + timedelta(days=3)
    items = (_pending(1, due_in=timedelta(hours=5)),)
    notice = notice_for(Delivery(late, items, catch_up=True), {1: "A"}, BERLIN)
    assert notice is not None
    assert notice.summary == "1 reminder came while Ghostless was closed"
    assert notice.body.startswith("A: Reply")


def test_a_loop_twice_in_a_delivery_is_listed_once() -> None:
    items = (
        _pending(1, due_in=timedelta(hours=5), tag="a"),
        _pending(1, due_in=-timedelta(days=1), tag="b"),
    )
    notice = notice_for(Delivery(NOW, items), {1: "A"}, BERLIN)
    assert notice is not None
    assert notice.loop_ids == (1,)
    assert "overdue" in notice.body


def test_loops_gone_since_are_left_out() -> None:
    items = (_pending(1, due_in=timedelta(hours=5)), _pending(2, due_in=timedelta(hours=6)))
    notice = notice_for(Delivery(NOW, items), {2: "B"}, BERLIN)
    assert notice is not None
    assert notice.loop_ids == (2,)
    assert notice_for(Delivery(NOW, items), {}, BERLIN) is None


def test_a_notice_names_a_loop() -> None:
    with pytest.raises(ValueError, match="at least one loop"):
        Notice("s", "b", ())


def test_clip_leaves_short_text_alone_and_cuts_long_text_on_a_word() -> None:
    assert clip("short", 10) == "short"
    cut = clip("Priya Raman is waiting on you about the role", 20)
    assert cut == "Priya Raman is…"
    assert utf16_len(cut) <= 20


def test_clip_counts_utf16_units_and_never_splits_a_surrogate_pair() -> None:
    text = "🎉" * 40  # 80 UTF-16 units
    cut = clip(text, 63)
    assert utf16_len(cut) <= 63
    assert cut.endswith(ELLIPSIS)
    cut.encode("utf-8")  # a lone surrogate would not encode


def test_fitted_to_a_windows_balloon() -> None:
    notice = Notice("x" * 100, "word " * 100, (1,))
    fitted = notice.fitted(WINDOWS_BALLOON)
    assert utf16_len(fitted.summary) <= 63
    assert utf16_len(fitted.body) <= 255
    assert fitted.body.endswith(ELLIPSIS)
    assert fitted.loop_ids == (1,)


@given(st.text(min_size=0, max_size=600), st.sampled_from([FREEDESKTOP, WINDOWS_BALLOON]))
def test_fitted_text_is_always_within_the_limits(text: str, limits: object) -> None:
    assert isinstance(limits, type(FREEDESKTOP))
    fitted = Notice(text, text, (1,)).fitted(limits)
    assert utf16_len(fitted.summary) <= limits.summary
    assert utf16_len(fitted.body) <= limits.body
    if utf16_len(text) <= limits.body:
        assert fitted.body == text
