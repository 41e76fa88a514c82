"""The job-search pipeline board: columns of job loops by stage, and moving a card.

A move is one transaction: the loop's new kind (if the stage needs another) and
the event that puts it at the new stage, logged through the ledger's usual write
path, so the turn, the follow-up windows and the Insights counts follow. Undo
takes both back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ghostless.core.errors import InputError
from ghostless.core.models import Loop, LoopKind
from ghostless.core.pipeline import Stage, move_to, stage_of
from ghostless.services.ledger import store_of
from ghostless.services.reminders import Owed, ReminderService
from ghostless.store.pipeline import PipelineReader

__all__ = ["Card", "Column", "MoveDone", "PipelineService"]

#: Cards shown per column; the column says how many more there are.
COLUMN_LIMIT = 50


@dataclass(frozen=True, slots=True)
class Card:
    """One job loop on the board, with the first thing owed on it (None: nothing)."""

    loop: Loop
    stage: Stage
    owed: Owed | None


@dataclass(frozen=True, slots=True)
class Column:
    stage: Stage
    total: int
    cards: list[Card]


@dataclass(frozen=True, slots=True)
class MoveDone:
    """A move made, with what undoing it needs."""

    loop_id: int
    event_id: int
    kind_before: LoopKind
    moved_from: Stage
    moved_to: Stage


class PipelineService:
    def __init__(self, reminders: ReminderService) -> None:
        self.reminders = reminders
        self.ledger = reminders.ledger
        self._reader = PipelineReader(store_of(self.ledger))

    def board(self, limit: int = COLUMN_LIMIT, now: datetime | None = None) -> list[Column]:
        """Every column, its count and its first ``limit`` cards, with what each owes."""
        counts = self._reader.counts()
        loops = {stage: self._reader.cards(stage, limit) for stage in Stage}
        ids = [loop.id for stage_loops in loops.values() for loop in stage_loops if loop.is_open]
        owed = self.reminders.next_windows(ids, now)
        return [
            Column(
                stage,
                counts[stage],
                [Card(loop, stage, owed.get(loop.id)) for loop in loops[stage]],
            )
            for stage in Stage
        ]

    def stage(self, loop_id: int) -> Stage | None:
        loop = self.ledger.loop(loop_id)
        return stage_of(loop.kind, loop.status, loop.turn)

    def move(self, loop_id: int, target: Stage) -> MoveDone:
        """Move a job loop's card forward to ``target``, logging the event that does it."""
        loop = self.ledger.loop(loop_id)
        current = stage_of(loop.kind, loop.status, loop.turn)
        if current is None:
            raise InputError(
                f"loop {loop_id}: a {loop.kind.label.lower()} loop is not part of the job search",
                field="loop",
            )
        move = move_to(current, target, loop.kind)
        with self.ledger.transaction():
            if move.kind is not None:
                self.ledger.update_loop(
                    loop_id,
                    contact_id=loop.contact_id,
                    kind=move.kind,
                    subject=loop.subject,
                    notes=loop.notes,
                )
            event_id = self.ledger.log_event(loop_id, move.event, text=move.text)
        return MoveDone(loop_id, event_id, loop.kind, current, target)

    def undo(self, done: MoveDone) -> None:
        """Take a move back: its event, and the kind the loop had."""
        loop = self.ledger.loop(done.loop_id)
        with self.ledger.transaction():
            self.ledger.delete_event(done.event_id)
            if loop.kind is not done.kind_before:
                self.ledger.update_loop(
                    done.loop_id,
                    contact_id=loop.contact_id,
                    kind=done.kind_before,
                    subject=loop.subject,
                    notes=loop.notes,
                )
