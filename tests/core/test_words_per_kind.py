"""Words that fit the loop: what is owed, the reminder's first line, the new loop's hint,
and the safety paths, which ask nothing that does not apply."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ghostless.core.disengage import Situation, Step, WizardState, next_step
from ghostless.core.models import LoopKind
from ghostless.core.notices import notice_for
from ghostless.core.planner import Delivery
from ghostless.core.windows import Action, Rule
from ghostless.core.wording import FIRST_EVENT_HINTS, HEADLINES, reminder_headline
from tests.core.test_notices import BERLIN, NOW, _pending
from tests.core.test_playbooks import MEETING, RECEIVED, SENT, facts, nov, plan


def test_a_later_message_in_a_help_loop_owes_an_answer_not_recruiter_advice() -> None:
    windows = plan(
        facts(LoopKind.HELP_RECEIVED, (RECEIVED, nov(16, 10)), (SENT, nov(16, 12)),
              (RECEIVED, nov(18, 9)))
    )  # fmt: skip
    reply = windows[Rule.REPLY]
    assert reply.action is Action.ANSWER
    assert "fit" not in reply.label


@pytest.mark.parametrize("kind", [LoopKind.RECRUITER_OUTREACH, LoopKind.COLLABORATION_PROPOSAL])
def test_an_opportunity_still_says_a_no_is_an_answer(kind: LoopKind) -> None:
    windows = plan(facts(kind, (RECEIVED, nov(16, 10)), (SENT, nov(16, 12)), (RECEIVED, nov(18))))
    assert windows[Rule.REPLY].action is Action.REPLY
    assert "not a fit" in windows[Rule.REPLY].label


@pytest.mark.parametrize(
    "kind", [LoopKind.NETWORKING_CALL, LoopKind.INTRODUCTION, LoopKind.OTHER,
             LoopKind.PROMISE_THEIRS]
)  # fmt: skip
def test_outside_a_job_search_no_message_gets_the_fit_advice(kind: LoopKind) -> None:
    windows = plan(facts(kind, (MEETING, nov(10)), (RECEIVED, nov(18, 9))))
    reply = windows.get(Rule.REPLY)
    assert reply is not None
    assert "fit" not in reply.label


def test_a_thank_you_reminder_does_not_say_someone_is_waiting() -> None:
    pending = _pending(7, due_in=timedelta(hours=3), action=Action.THANK_YOU)
    notice = notice_for(Delivery(NOW, (pending,)), {7: "Sofia Rossi"}, BERLIN)
    assert notice is not None
    assert "waiting" not in notice.summary
    assert notice.summary == "Thank Sofia Rossi for the interview"


def test_only_a_message_someone_waits_on_says_they_wait() -> None:
    waiting = {action for action in Action if "waiting" in reminder_headline("X", action)}
    assert waiting == {Action.REPLY, Action.ANSWER, Action.ANSWER_PROPOSAL, Action.ANSWER_OFFER}
    assert set(HEADLINES) == set(Action)


def test_the_first_event_hint_fits_each_kind() -> None:
    assert set(FIRST_EVENT_HINTS) == set(LoopKind)
    assert len(set(FIRST_EVENT_HINTS.values())) == len(LoopKind)
    assert not any(hint.startswith("Message received") for hint in FIRST_EVENT_HINTS.values())
    assert "promised" in FIRST_EVENT_HINTS[LoopKind.PROMISE_MINE]


@pytest.mark.parametrize(
    ("situation", "step"),
    [(Situation.SAFETY, Step.BLOCK), (Situation.SPAM, Step.MUTE_OR_BLOCK),
     (Situation.CRISIS, Step.AWAY)],
)  # fmt: skip
def test_an_exception_goes_through_without_asking_why_i_have_not_answered(
    situation: Situation, step: Step
) -> None:
    assert next_step(WizardState(1, situation=situation)) is step


def test_the_usual_path_still_asks_why() -> None:
    assert next_step(WizardState(1, situation=Situation.NONE)) is Step.ASSESS
