"""What a follow-up task changed elsewhere means on the loop (core.task_sync)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from ghostless.core.models import EventKind, Outcome
from ghostless.core.task_sync import Effect, RemoteTask, decide
from ghostless.core.windows import Action, FollowUpWindow, Rule, Timing

NOW = datetime(2026, 11, 20, 14, tzinfo=UTC)
DUE = NOW + timedelta(hours=10)


def _window(rule: Rule = Rule.REPLY, action: Action = Action.REPLY, **kw: object) -> FollowUpWindow:
    base = FollowUpWindow(
        loop_id=1, rule=rule, action=action, timing=Timing.ELAPSED,
        anchor=NOW - timedelta(hours=20), since=NOW - timedelta(hours=20),
        opens_at=NOW, due_at=DUE, overdue_at=DUE + timedelta(days=1), reminders=(), key="k",
    )  # fmt: skip
    return replace(base, **kw)  # type: ignore[arg-type]


def test_done_elsewhere_is_a_message_sent_when_it_was_done_never_later_than_now() -> None:
    done = NOW - timedelta(hours=1)
    decision = decide(_window(), RemoteTask(True, done, DUE), sent_due=DUE, now=NOW)
    assert (decision.effect, decision.event, decision.at) == (
        Effect.LOG_EVENT,
        EventKind.SENT,
        done,
    )
    future = decide(
        _window(), RemoteTask(True, NOW + timedelta(days=9), DUE), sent_due=DUE, now=NOW
    )
    assert future.at == NOW


def test_an_offer_to_close_closes_and_still_going_after_the_interview_means_held() -> None:
    closing = decide(
        _window(Rule.OFFER_CLOSE, Action.OFFER_CLOSE), RemoteTask(True, NOW, None),
        sent_due=DUE, now=NOW,
    )  # fmt: skip
    assert (closing.effect, closing.outcome) == (Effect.CLOSE, Outcome.NO_RESPONSE)
    interview = NOW - timedelta(hours=2)
    check = _window(Rule.STILL_GOING, Action.CONFIRM_ATTENDING, anchor=interview,
                    expires_at=interview)  # fmt: skip
    held = decide(check, RemoteTask(True, NOW, None), sent_due=DUE, now=NOW)
    assert (held.effect, held.event, held.at) == (Effect.LOG_EVENT, EventKind.MEETING, interview)


def test_nothing_is_recorded_for_an_item_no_longer_owed_or_expired() -> None:
    assert decide(None, RemoteTask(True, NOW, DUE), sent_due=DUE, now=NOW).effect is Effect.NOTHING
    expired = _window(expires_at=NOW - timedelta(minutes=1))
    assert (
        decide(expired, RemoteTask(True, NOW, DUE), sent_due=DUE, now=NOW).effect is Effect.NOTHING
    )
    assert decide(None, None, sent_due=DUE, now=NOW).effect is Effect.NOTHING


def test_a_later_due_date_snoozes_an_earlier_one_does_not() -> None:
    later = DUE + timedelta(days=2)
    snooze = decide(_window(), RemoteTask(False, None, later), sent_due=DUE, now=NOW)
    assert (snooze.effect, snooze.until) == (Effect.SNOOZE, later)
    earlier = DUE - timedelta(hours=5)
    assert decide(_window(), RemoteTask(False, None, earlier), sent_due=DUE, now=NOW).effect is (
        Effect.NOTHING
    )


def test_deleting_dismisses_only_what_may_be_dismissed() -> None:
    tell = _window(Rule.TELL_DEADLINE, Action.TELL_DEADLINE)
    assert decide(tell, None, sent_due=DUE, now=NOW).effect is Effect.DISMISS
    assert decide(_window(), None, sent_due=DUE, now=NOW).effect is Effect.PUT_BACK
