"""The job-search pipeline's stages and moves (no store)."""

from __future__ import annotations

import pytest

from ghostless.core.errors import InputError
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Turn
from ghostless.core.pipeline import (
    JobLoop,
    Stage,
    group_opportunities,
    move_to,
    parse_stage,
    role_words,
    stage_of,
)


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


def _job(loop_id: int, org: str, subject: str, stage: Stage, closed_at: str = "") -> JobLoop:
    return JobLoop(loop_id, org, subject, stage, closed_at)


def test_role_words_leave_out_stage_words_and_the_organisation() -> None:
    assert role_words("Re: Interview for the Data Engineer role at Acme", "Acme") == {
        "data",
        "engineer",
    }
    assert role_words("Thank you for your time!", "Acme") == frozenset()


def test_loops_group_by_organisation_and_role() -> None:
    rows = [
        _job(1, "Acme", "Interview: senior data engineer", Stage.SCHEDULED),
        _job(2, "Acme", "Data engineer", Stage.OUTREACH),
        _job(3, "ACME ", "Offer - Senior Data Engineer", Stage.OFFER),
        _job(4, "Acme", "Product manager", Stage.OUTREACH),
        _job(5, "Globex", "Data engineer", Stage.OUTREACH),
    ]
    found = group_opportunities(rows)
    assert [o.loop_ids for o in found] == [[1, 2, 3], [4], [5]]
    first = found[0]
    assert first.stage is Stage.OFFER
    assert first.lead == 3
    assert first.role == "Interview: senior data engineer"


def test_a_subject_without_role_words_joins_only_an_unambiguous_opportunity() -> None:
    one = group_opportunities(
        [
            _job(1, "Acme", "Data engineer", Stage.OUTREACH),
            _job(2, "Acme", "Interview", Stage.SCHEDULED),
        ]
    )
    assert [o.loop_ids for o in one] == [[1, 2]]
    assert one[0].stage is Stage.SCHEDULED
    two = group_opportunities(
        [
            _job(1, "Acme", "Data engineer", Stage.OUTREACH),
            _job(2, "Acme", "Product manager", Stage.OUTREACH),
            _job(3, "Acme", "Interview", Stage.SCHEDULED),
        ]
    )
    assert [o.loop_ids for o in two] == [[1], [2], [3]]


def test_an_opportunity_is_closed_once_all_its_loops_are() -> None:
    rows = [
        _job(1, "Acme", "Data engineer", Stage.CLOSED, "2026-01-02T00:00:00+00:00"),
        _job(2, "Acme", "Data engineer offer", Stage.CLOSED, "2026-03-02T00:00:00+00:00"),
    ]
    (closed,) = group_opportunities(rows)
    assert closed.stage is Stage.CLOSED
    assert closed.lead == 2  # the loop closed last
    reopened = group_opportunities([*rows, _job(3, "Acme", "Data engineer", Stage.HELD)])
    assert reopened[0].stage is Stage.HELD
    assert reopened[0].lead == 3
