"""The pipeline board over a real store: the SQL stage rule equals the core's, and every
move is an event in the loop's record, undone with its change of kind."""

from __future__ import annotations

from datetime import timedelta

from ghostless.core.models import EventKind, LoopKind, Outcome
from ghostless.core.pipeline import Stage, stage_of
from ghostless.core.queries import LoopQuery
from ghostless.services.ledger import Ledger
from ghostless.services.pipeline import PipelineService
from ghostless.services.reminders import ReminderService


def _loops(ledger: Ledger) -> dict[str, int]:
    now = ledger.clock.now()
    contact = ledger.add_contact(name="Priya", org="Northwind")
    ids = {}
    for name, kind in (
        ("outreach", LoopKind.RECRUITER_OUTREACH),
        ("scheduled", LoopKind.INTERVIEW_SCHEDULED),
        ("held", LoopKind.INTERVIEW_HELD),
        ("waiting", LoopKind.INTERVIEW_HELD),
        ("offer", LoopKind.JOB_OFFER),
        ("closed", LoopKind.JOB_OFFER),
        ("help", LoopKind.HELP_RECEIVED),
    ):
        ids[name] = ledger.add_loop(
            contact_id=contact, kind=kind, subject=name, at=now - timedelta(days=2)
        )
    ledger.log_event(ids["waiting"], EventKind.SENT, at=now - timedelta(days=1))
    ledger.close_loop(ids["closed"], Outcome.DECLINED)
    return ids


def test_the_board_puts_each_job_loop_in_its_column_with_what_it_owes(ledger: Ledger) -> None:
    ids = _loops(ledger)
    columns = PipelineService(ReminderService(ledger)).board()
    placed = {column.stage: [card.loop.id for card in column.cards] for column in columns}
    assert placed == {
        Stage.OUTREACH: [ids["outreach"]],
        Stage.SCHEDULED: [ids["scheduled"]],
        Stage.HELD: [ids["held"]],
        Stage.WAITING: [ids["waiting"]],
        Stage.OFFER: [ids["offer"]],
        Stage.CLOSED: [ids["closed"]],
    }
    assert [column.total for column in columns] == [1, 1, 1, 1, 1, 1]
    # The SQL rule and the core's agree on every loop of the record.
    for loop in ledger.list_loops(LoopQuery(include_closed=True)):
        stage = stage_of(loop.kind, loop.status, loop.turn)
        found = [column.stage for column in columns if loop.id in placed[column.stage]]
        assert found == ([] if stage is None else [stage])
    outreach = next(c for c in columns if c.stage is Stage.OUTREACH).cards[0]
    assert outreach.owed is not None
    assert outreach.owed.window.action.label.startswith("Reply")
    held = next(c for c in columns if c.stage is Stage.HELD).cards[0]
    assert held.owed is not None
    assert "thank" in held.owed.window.action.label.lower()


def test_a_move_is_logged_as_an_event_and_undone_with_its_kind(ledger: Ledger) -> None:
    ids = _loops(ledger)
    service = PipelineService(ReminderService(ledger))
    loop_id = ids["outreach"]
    before = ledger.events(loop_id)
    done = service.move(loop_id, Stage.HELD)
    after = ledger.events(loop_id)
    assert len(after) == len(before) + 1
    assert after[-1].id == done.event_id
    assert after[-1].kind is EventKind.MEETING
    assert after[-1].at == ledger.clock.now()
    assert ledger.loop(loop_id).kind is LoopKind.INTERVIEW_HELD
    assert service.stage(loop_id) is Stage.HELD
    service.move(loop_id, Stage.WAITING)  # the thank-you, sent
    assert service.stage(loop_id) is Stage.WAITING
    assert ledger.events(loop_id)[-1].kind is EventKind.SENT
    last = service.move(loop_id, Stage.OFFER)
    service.undo(last)
    assert service.stage(loop_id) is Stage.WAITING
    assert ledger.loop(loop_id).kind is LoopKind.INTERVIEW_HELD
    assert [e.kind for e in ledger.events(loop_id)][-1] is EventKind.SENT
