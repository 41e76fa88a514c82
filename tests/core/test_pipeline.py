"""The job-search pipeline's stages and moves (no store)."""

from __future__ import annotations

import pytest

from ghostless.core.errors import InputError
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Turn
from ghostless.core.pipeline import Stage, move_to, parse_stage, stage_of


def test_the_stage_follows_kind_status_and_turn() -> None:
    open_ = LoopStatus.OPEN
    assert stage_of(LoopKind.RECRUITER_OUTREACH, open_, Turn.MINE) is Stage.OUTREACH
    assert stage_of(LoopKind.INTERVIEW_SCHEDULED, open_, Turn.MINE) is Stage.SCHEDULED
    assert stage_of(LoopKind.INTERVIEW_HELD, open_, Turn.MINE) is Stage.HELD
    # The thank-you sent hands the turn to them: now I wait.
    assert stage_of(LoopKind.INTERVIEW_HELD, open_, Turn.THEIRS) is Stage.WAITING
    assert stage_of(LoopKind.JOB_OFFER, open_, Turn.MINE) is Stage.OFFER
    assert stage_of(LoopKind.JOB_OFFER, LoopStatus.ARCHIVED, Turn.NOBODY) is Stage.CLOSED
    assert stage_of(LoopKind.HELP_RECEIVED, open_, Turn.MINE) is None


def test_a_move_logs_the_event_that_puts_the_loop_at_its_new_stage() -> None:
    held = move_to(Stage.OUTREACH, Stage.HELD, LoopKind.RECRUITER_OUTREACH)
    assert (held.kind, held.event) == (LoopKind.INTERVIEW_HELD, EventKind.MEETING)
    waiting = move_to(Stage.HELD, Stage.WAITING, LoopKind.INTERVIEW_HELD)
    assert (waiting.kind, waiting.event) == (None, EventKind.SENT)
    offer = move_to(Stage.WAITING, Stage.OFFER, LoopKind.INTERVIEW_HELD)
    assert (offer.kind, offer.event) == (LoopKind.JOB_OFFER, EventKind.RECEIVED)


@pytest.mark.parametrize(
    ("current", "target", "words"),
    [
        (Stage.HELD, Stage.OUTREACH, "forward only"),
        (Stage.OFFER, Stage.CLOSED, "close the loop with an outcome"),
        (Stage.CLOSED, Stage.OFFER, "reopen"),
        (Stage.OFFER, Stage.OFFER, "already at offer"),
    ],
)
def test_moves_that_would_record_what_did_not_happen_are_refused(
    current: Stage, target: Stage, words: str
) -> None:
    with pytest.raises(InputError, match=words):
        move_to(current, target, LoopKind.JOB_OFFER)


def test_stages_are_read_by_value_or_name() -> None:
    assert parse_stage("Interview-Held") is Stage.HELD
    assert parse_stage("scheduled") is Stage.SCHEDULED
    with pytest.raises(InputError, match="stage: 'later' is not a stage"):
        parse_stage("later")
