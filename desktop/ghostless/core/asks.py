"""Asks and answers: when the turn passed to me in a loop, and when it passed back.

Kept apart from :mod:`ghostless.core.insights` because every write to a loop
derives them (``ghostless.store.asks``), so they load at start-up while the
charts' statistics do not.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from ghostless.core.models import EventKind, LoopKind, Turn
from ghostless.core.turns import turn_after

_HOUR = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Ask:
    """When the turn passed to me, and when (if ever) it passed back."""

    asked_at: datetime
    answered_at: datetime | None


def asks_of(kind: LoopKind, events: Iterable[tuple[EventKind, datetime]]) -> list[Ask]:
    """Every ask in one loop's record, oldest first; events may come in any order.

    Events at the same instant keep the order they come in (the store gives
    them in the order they were written).
    """
    asks: list[Ask] = []
    turn, asked = Turn.NOBODY, None
    for event_kind, at in sorted(events, key=lambda item: item[1]):
        handed = turn_after(kind, event_kind)
        if handed is None or handed is turn:
            continue
        if handed is Turn.MINE:
            asked = at
        elif asked is not None:
            asks.append(Ask(asked, at))
            asked = None
        turn = handed
    if asked is not None:
        asks.append(Ask(asked, None))
    return asks


def reply_hours(ask: Ask) -> int | None:
    """Whole hours from the ask to its answer, rounded up; None while unanswered."""
    if ask.answered_at is None:
        return None
    return math.ceil((ask.answered_at - ask.asked_at) / _HOUR)
