"""Whose turn it is follows from the record alone."""

from datetime import UTC, datetime, timedelta

import pytest

from ghostless.core.models import EventKind, LoopKind, LoopStatus, Turn
from ghostless.core.turns import TRIGGER_EVENT, turn_of

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def test_message_received_makes_it_my_turn() -> None:
    state = turn_of(LoopKind.RECRUITER_OUTREACH, LoopStatus.OPEN, [(EventKind.RECEIVED, at(0))])
    assert (state.turn, state.since) == (Turn.MINE, at(0))


def test_message_sent_makes_it_theirs_since_the_reply() -> None:
    events = [(EventKind.RECEIVED, at(0)), (EventKind.SENT, at(5))]
    state = turn_of(LoopKind.RECRUITER_OUTREACH, LoopStatus.OPEN, events)
    assert (state.turn, state.since, state.last_event_at) == (Turn.THEIRS, at(5), at(5))


def test_events_count_in_time_order_not_insertion_order() -> None:
    events = [(EventKind.SENT, at(5)), (EventKind.RECEIVED, at(0))]
    assert turn_of(LoopKind.OTHER, LoopStatus.OPEN, events).turn is Turn.THEIRS


def test_a_note_leaves_the_turn_and_its_start_alone() -> None:
    events = [(EventKind.RECEIVED, at(0)), (EventKind.NOTE, at(3))]
    state = turn_of(LoopKind.OTHER, LoopStatus.OPEN, events)
    assert (state.turn, state.since, state.last_event_at) == (Turn.MINE, at(0), at(3))


def test_two_messages_in_a_row_keep_the_wait_from_the_first() -> None:
    events = [(EventKind.RECEIVED, at(0)), (EventKind.RECEIVED, at(24))]
    assert turn_of(LoopKind.OTHER, LoopStatus.OPEN, events).since == at(0)


@pytest.mark.parametrize("status", [LoopStatus.CLOSED, LoopStatus.ARCHIVED])
def test_closing_makes_it_nobodys(status: LoopStatus) -> None:
    state = turn_of(LoopKind.OTHER, status, [(EventKind.RECEIVED, at(0))])
    assert (state.turn, state.since) == (Turn.NOBODY, None)


def test_a_promise_made_to_me_leaves_the_move_with_them() -> None:
    state = turn_of(LoopKind.PROMISE_THEIRS, LoopStatus.OPEN, [(EventKind.PROMISE, at(0))])
    assert state.turn is Turn.THEIRS


def test_every_kind_has_a_trigger_that_gives_someone_the_turn() -> None:
    for kind in LoopKind:
        state = turn_of(kind, LoopStatus.OPEN, [(TRIGGER_EVENT[kind], at(0))])
        assert state.turn is not Turn.NOBODY, kind
