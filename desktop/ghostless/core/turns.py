"""Whose turn it is, derived from a loop's record and nothing else.

A message received makes it my turn, a message sent makes it theirs, and a
closed loop is nobody's. Meetings, promises and notes follow the loop's kind
(after a meeting something is owed by me: thanks, follow-through; a promise
made to me leaves the move with them), so the rule stays in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ghostless.core.models import EventKind, LoopKind, LoopStatus, Turn

#: The event each kind of loop starts with: what happened that opened it.
TRIGGER_EVENT: dict[LoopKind, EventKind] = {
    LoopKind.RECRUITER_OUTREACH: EventKind.RECEIVED,
    LoopKind.INTERVIEW_SCHEDULED: EventKind.MEETING,
    LoopKind.INTERVIEW_HELD: EventKind.MEETING,
    LoopKind.JOB_OFFER: EventKind.RECEIVED,
    LoopKind.HELP_RECEIVED: EventKind.RECEIVED,
    LoopKind.INTRODUCTION: EventKind.RECEIVED,
    LoopKind.PROMISE_MINE: EventKind.PROMISE,
    LoopKind.PROMISE_THEIRS: EventKind.PROMISE,
    LoopKind.NETWORKING_CALL: EventKind.MEETING,
    LoopKind.COLLABORATION_PROPOSAL: EventKind.RECEIVED,
    LoopKind.OTHER: EventKind.RECEIVED,
}


def turn_after(kind: LoopKind, event: EventKind) -> Turn | None:
    """The turn an event hands over, or None when the event leaves it as it was."""
    if event is EventKind.RECEIVED:
        return Turn.MINE
    if event is EventKind.SENT:
        return Turn.THEIRS
    if event is EventKind.MEETING:
        return Turn.MINE
    if event is EventKind.PROMISE:
        return Turn.THEIRS if kind is LoopKind.PROMISE_THEIRS else Turn.MINE
    return None


@dataclass(frozen=True, slots=True)
class TurnState:
    """The derived state of a loop: whose turn, since when, and its last entry."""

    turn: Turn
    since: datetime | None
    last_event_at: datetime | None


def turn_of(
    kind: LoopKind,
    status: LoopStatus,
    events: Iterable[tuple[EventKind, datetime]],
) -> TurnState:
    """Derive the turn from the record; events may come in any order."""
    ordered = sorted(events, key=lambda item: item[1])
    turn, since = Turn.NOBODY, None
    for event_kind, at in ordered:
        handed = turn_after(kind, event_kind)
        if handed is not None and handed is not turn:
            turn, since = handed, at
    last = ordered[-1][1] if ordered else None
    if status is not LoopStatus.OPEN:
        return TurnState(Turn.NOBODY, None, last)
    return TurnState(turn, since, last)
