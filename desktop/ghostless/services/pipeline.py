"""The job-search pipeline board: columns of job loops by stage, and moving a card.

A move is one transaction: the loop's new kind (if the stage needs another) and
the event that puts it at the new stage, logged through the ledger's usual write
path, so the turn, the follow-up windows and the Insights counts follow. Undo
takes both back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ghostless.core.agenda import urgency
from ghostless.core.errors import InputError
from ghostless.core.models import Loop, LoopKind
from ghostless.core.pipeline import Opportunity, Stage, group_opportunities, move_to, stage_of
from ghostless.services.ledger import store_of
from ghostless.services.reminders import Owed, ReminderService
from ghostless.store.pipeline import PipelineReader

__all__ = ["Card", "Column", "MoveDone", "PipelineService"]

#: Cards shown per column; the column says how many more there are.
COLUMN_LIMIT = 50


@dataclass(frozen=True, slots=True)
class Card:
    """One opportunity on the board (a role at an organisation), standing for its job
    loops: ``loop`` is the lead loop a move moves, ``owed`` the most urgent thing owed
    on any of its open loops (None: nothing)."""

    loop: Loop
    stage: Stage
    owed: Owed | None
    org: str = ""
    role: str = ""
    loop_ids: tuple[int, ...] = ()


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
        """Every column, its count of opportunities and its first ``limit`` cards, with
        what each owes. Grouping needs every job loop's subject, read light in one
        query; full records and windows are read only for the cards shown."""
        by_stage: dict[Stage, list[Opportunity]] = {stage: [] for stage in Stage}
        for opportunity in group_opportunities(self._reader.job_loops()):
            by_stage[opportunity.stage].append(opportunity)
        # The closed column: the latest closed first.
        by_stage[Stage.CLOSED].sort(
            key=lambda o: max((loop.closed_at, loop.loop_id) for loop in o.loops), reverse=True
        )
        shown = {stage: found[:limit] for stage, found in by_stage.items()}
        ids = [i for found in shown.values() for o in found for i in o.loop_ids]
        loops = self._reader.loops(ids)
        open_ids = [i for i in ids if loops[i].is_open]
        owed = self.reminders.next_windows(open_ids, now)
        return [
            Column(
                stage,
                len(by_stage[stage]),
                [self._card(o, stage, loops, owed) for o in shown[stage]],
            )
            for stage in Stage
        ]

    @staticmethod
    def _card(
        opportunity: Opportunity, stage: Stage, loops: dict[int, Loop], owed: dict[int, Owed]
    ) -> Card:
        lines = [owed[i] for i in opportunity.loop_ids if i in owed]
        first = min(lines, key=lambda line: urgency(line.item)) if lines else None
        return Card(
            loops[opportunity.lead],
            stage,
            first,
            org=opportunity.org,
            role=opportunity.role,
            loop_ids=tuple(opportunity.loop_ids),
        )

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
