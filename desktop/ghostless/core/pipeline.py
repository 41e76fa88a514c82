"""The job-search pipeline: each job loop's stage, and what moving it to another logs.

A loop's stage follows from its kind, whether it is open, and whose turn it is
(after the interview, a thank-you sent hands the turn to them: now I wait). So the
board needs no state of its own, and moving a card is the event and the change of
kind that make the loop be at the new stage: nothing is recorded that the user
did not say happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ghostless.core.errors import InputError
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Turn


class Stage(StrEnum):
    """The columns of the board, in order."""

    OUTREACH = "outreach"
    SCHEDULED = "interview_scheduled"
    HELD = "interview_held"
    WAITING = "waiting"
    OFFER = "offer"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def order(self) -> int:
        return list(Stage).index(self)


_LABELS = {
    Stage.OUTREACH: "Outreach",
    Stage.SCHEDULED: "Interview scheduled",
    Stage.HELD: "Interview held",
    Stage.WAITING: "Waiting",
    Stage.OFFER: "Offer",
    Stage.CLOSED: "Closed",
}

#: The kind of loop at each open stage.
STAGE_KIND = {
    Stage.OUTREACH: LoopKind.RECRUITER_OUTREACH,
    Stage.SCHEDULED: LoopKind.INTERVIEW_SCHEDULED,
    Stage.HELD: LoopKind.INTERVIEW_HELD,
    Stage.WAITING: LoopKind.INTERVIEW_HELD,
    Stage.OFFER: LoopKind.JOB_OFFER,
}


def stage_of(kind: LoopKind, status: LoopStatus, turn: Turn) -> Stage | None:
    """The board column of a loop; None for a loop that is not part of a job search."""
    if kind not in STAGE_KIND.values():
        return None
    if status is not LoopStatus.OPEN:
        return Stage.CLOSED
    if kind is LoopKind.INTERVIEW_HELD:
        return Stage.WAITING if turn is Turn.THEIRS else Stage.HELD
    return next(stage for stage, k in STAGE_KIND.items() if k is kind)


@dataclass(frozen=True, slots=True)
class Move:
    """What moving a card does: the loop's new kind (None: unchanged), the event
    logged, with its text. Closing goes through the close path, with an outcome."""

    kind: LoopKind | None
    event: EventKind
    text: str


#: The event that puts a loop at each open stage, and the words it is logged with.
_ARRIVAL = {
    Stage.OUTREACH: (EventKind.RECEIVED, "Moved to outreach on the pipeline board."),
    Stage.SCHEDULED: (EventKind.NOTE, "Interview scheduled (pipeline board)."),
    Stage.HELD: (EventKind.MEETING, "Interview held (pipeline board)."),
    Stage.WAITING: (EventKind.SENT, "Thank-you sent after the interview (pipeline board)."),
    Stage.OFFER: (EventKind.RECEIVED, "Offer received (pipeline board)."),
}


def move_to(current: Stage, target: Stage, kind: LoopKind) -> Move:
    """What moving a card from ``current`` to ``target`` logs.

    Cards move forward only: going back would mean saying that something that
    happened did not. A closed card is reopened in the loop itself.
    """
    if target is current:
        raise InputError(f"stage: the loop is already at {target.label.lower()}", field="stage")
    if target is Stage.CLOSED:
        raise InputError(
            "stage: close the loop with an outcome to move it to closed", field="stage"
        )
    if current is Stage.CLOSED:
        raise InputError("stage: reopen a closed loop before moving it", field="stage")
    if target.order < current.order:
        raise InputError(
            f"stage: a card moves forward only ({current.label.lower()} is past "
            f"{target.label.lower()}); log what happened in the loop instead",
            field="stage",
        )
    event, text = _ARRIVAL[target]
    new_kind = STAGE_KIND[target]
    return Move(kind=None if new_kind is kind else new_kind, event=event, text=text)


def parse_stage(text: str) -> Stage:
    cleaned = text.strip().lower().replace("-", "_").replace(" ", "_")
    for stage in Stage:
        if cleaned in (stage.value, stage.name.lower()):
            return stage
    names = ", ".join(stage.value for stage in Stage)
    raise InputError(f"stage: {text!r} is not a stage; one of {names}", field="stage")
