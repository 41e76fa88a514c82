"""The wizard's state machine: the path each answer picks, and remembering it."""

from __future__ import annotations

from datetime import date

import pytest

from ghostless.core.disengage import (
    SAFETY_NOTE,
    AfterSend,
    Boundary,
    Delivery,
    Reason,
    Situation,
    Step,
    WizardState,
    default_outcome,
    draft_intent,
    next_step,
    note_for,
    path,
)
from ghostless.core.draft_checker import Intent
from ghostless.core.errors import InputError
from ghostless.core.models import Outcome


def assessed(situation: Situation, reason: Reason = Reason.OVERLOAD) -> WizardState:
    return WizardState(loop_id=7).with_(reason=reason, situation=situation)


def test_the_usual_path_is_assess_draft_boundary_send() -> None:
    state = WizardState(loop_id=7)
    assert next_step(state) is Step.ASSESS
    state = state.with_(reason=Reason.DISINTEREST)
    assert next_step(state) is Step.ASSESS
    state = state.with_(situation=Situation.NONE)
    assert next_step(state) is Step.DRAFT
    assert draft_intent(state) is Intent.DECLINE
    state = state.with_(draft_body="Thanks, but I'll pass.")
    assert next_step(state) is Step.BOUNDARY
    state = state.with_(boundary=Boundary.NOT_NOW, check_in=date(2027, 3, 1))
    assert next_step(state) is Step.SEND
    assert draft_intent(state) is Intent.NOT_NOW
    assert default_outcome(state) is Outcome.DECLINED
    state = state.with_(delivery=Delivery.COPIED, sent=True)
    assert next_step(state) is Step.DONE
    assert path(state) == [Step.ASSESS, Step.DRAFT, Step.BOUNDARY, Step.SEND]


def test_safety_goes_straight_to_blocking_and_says_no_reply_is_owed() -> None:
    state = assessed(Situation.SAFETY, Reason.AVOIDING)
    assert next_step(state) is Step.BLOCK
    assert path(state) == [Step.ASSESS, Step.BLOCK]
    assert "no reply" in note_for(state).lower()
    assert note_for(state) == SAFETY_NOTE
    assert "safety" in SAFETY_NOTE.lower()
    assert default_outcome(state) is Outcome.BLOCKED
    # Even a draft typed by habit does not put a message on this path.
    assert next_step(state.with_(draft_body="Hi")) is Step.BLOCK
    assert next_step(state.with_(flags_confirmed=True)) is Step.DONE


def test_spam_offers_mute_or_block() -> None:
    state = assessed(Situation.SPAM)
    assert next_step(state) is Step.MUTE_OR_BLOCK
    assert default_outcome(state.with_(after=AfterSend.BLOCK)) is Outcome.BLOCKED
    assert next_step(state.with_(flags_confirmed=True)) is Step.DONE


def test_crisis_is_away_mode_with_an_optional_step_back_message() -> None:
    state = assessed(Situation.CRISIS)
    assert next_step(state) is Step.AWAY
    assert next_step(state.with_(away_confirmed=True)) is Step.DONE
    wants = state.with_(away_confirmed=True, wants_message=True)
    assert next_step(wants) is Step.DRAFT
    assert draft_intent(wants) is Intent.STEP_BACK
    assert next_step(wants.with_(draft_body="I need to step back for now.")) is Step.SEND
    assert default_outcome(wants) is Outcome.WITHDRAWN
    assert path(wants) == [Step.ASSESS, Step.AWAY, Step.DRAFT, Step.SEND]


def test_power_dynamic_offers_a_minimal_acknowledgment_or_quiet() -> None:
    state = assessed(Situation.POWER)
    assert next_step(state) is Step.DRAFT
    assert draft_intent(state) is Intent.STEP_BACK
    assert next_step(state.with_(draft_body="I need to step back for now.")) is Step.SEND
    assert next_step(state.with_(quiet_confirmed=True)) is Step.DONE


def test_state_round_trips_through_json() -> None:
    state = assessed(Situation.NONE).with_(
        template_key="builtin:not_now_check_in", directness="softer", draft_subject="Re: x",
        draft_body="Thanks — not now, ünïcode.", boundary=Boundary.NOT_NOW,
        check_in=date(2027, 1, 15), delivery=Delivery.SMTP, after=AfterSend.MUTE,
        outcome=Outcome.DECLINED,
    )  # fmt: skip
    assert WizardState.from_json(state.to_json()) == state
    assert WizardState.from_json(WizardState(loop_id=1).to_json()) == WizardState(loop_id=1)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"version": 99, "loop_id": 1}',
        '{"version": 1}',
        '{"version": 1, "loop_id": 1, "reason": "boredom"}',
        '{"version": 1, "loop_id": 1, "check_in": "2027-01-01"}',
        "[]",
    ],
)
def test_unusable_remembered_state_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError):
        WizardState.from_json(text)


def test_answers_are_checked() -> None:
    with pytest.raises(InputError):
        WizardState(loop_id=1).with_(directness="loud")
    with pytest.raises(InputError):
        WizardState(loop_id=1).with_(boundary=Boundary.CLOSE_DOOR, check_in=date(2027, 1, 1))
