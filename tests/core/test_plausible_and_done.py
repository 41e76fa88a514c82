"""Dates asked about before saving (core.plausible), and what "done" records (core.done)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.done import done_meaning
from ghostless.core.models import EventKind, Outcome
from ghostless.core.plausible import odd_event_time, odd_snooze
from ghostless.core.windows import Action, FollowUpWindow
from tests.conftest import FRIDAY

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("ahead", "odd"),
    [
        (timedelta(hours=1), False),
        (timedelta(days=365), False),
        (timedelta(days=366), True),
        (datetime(2999, 1, 1, tzinfo=UTC) - FRIDAY, True),
    ],
)
def test_a_snooze_beyond_a_year_is_odd(ahead: timedelta, odd: bool) -> None:
    message = odd_snooze(FRIDAY + ahead, FRIDAY, BERLIN)
    assert (message is not None) is odd
    if message:
        assert message.startswith("snooze: ")
        assert "away" in message


@pytest.mark.parametrize(
    ("offset", "words"),
    [
        (timedelta(minutes=-5), None),
        (timedelta(hours=20), None),  # a clock a little off, a time typed in another zone
        (timedelta(days=2), "2 days from now"),
        (datetime(2099, 1, 1, 10, tzinfo=UTC) - FRIDAY, "72 years from now"),
        (timedelta(days=-400), None),  # last year's conversation, logged late
        (datetime(1926, 11, 20, tzinfo=UTC) - FRIDAY, "100 years ago"),
    ],
)
def test_an_event_in_the_future_or_decades_back_is_odd(
    offset: timedelta, words: str | None
) -> None:
    message = odd_event_time(FRIDAY + offset, FRIDAY, BERLIN)
    if words is None:
        assert message is None
    else:
        assert message is not None
        assert message.startswith("time: ")
        assert words in message


def _window(action: Action, anchor: datetime) -> FollowUpWindow:
    from ghostless.core.windows import Rule, Timing

    return FollowUpWindow(
        loop_id=1,
        rule=next(iter(Rule)),
        action=action,
        timing=next(iter(Timing)),
        anchor=anchor,
        since=anchor,
        opens_at=anchor,
        due_at=anchor,
        overdue_at=anchor,
        reminders=(),
        key="k",
    )


def test_done_is_the_message_sent_for_most_items() -> None:
    done = done_meaning(_window(Action.THANK_YOU, FRIDAY - timedelta(hours=3)), FRIDAY)
    assert (done.event, done.at, done.outcome) == (EventKind.SENT, FRIDAY, None)
    assert done.note == "logged as a message sent"


def test_done_on_still_going_once_the_interview_began_is_the_interview_held() -> None:
    interview = FRIDAY - timedelta(hours=1)
    done = done_meaning(_window(Action.CONFIRM_ATTENDING, interview), FRIDAY)
    assert (done.event, done.at) == (EventKind.MEETING, interview)
    # Before the interview, done means the confirmation was sent.
    early = done_meaning(_window(Action.CONFIRM_ATTENDING, FRIDAY + timedelta(days=1)), FRIDAY)
    assert early.event is EventKind.SENT


def test_done_on_the_offer_to_close_a_silent_loop_closes_it() -> None:
    done = done_meaning(_window(Action.OFFER_CLOSE, FRIDAY - timedelta(days=30)), FRIDAY)
    assert (done.event, done.outcome) == (None, Outcome.NO_RESPONSE)
    assert replace(done, at=FRIDAY).note == "closed as no response"
