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
    # One role each: loops about different roles are different opportunities.
    for name, kind, role in (
        ("outreach", LoopKind.RECRUITER_OUTREACH, "Data engineer"),
        ("scheduled", LoopKind.INTERVIEW_SCHEDULED, "Platform lead"),
        ("held", LoopKind.INTERVIEW_HELD, "Site reliability engineer"),
        ("waiting", LoopKind.INTERVIEW_HELD, "Backend developer"),
        ("offer", LoopKind.JOB_OFFER, "Staff analyst"),
        ("closed", LoopKind.JOB_OFFER, "Product designer"),
        ("help", LoopKind.HELP_RECEIVED, "A reference"),
    ):
        ids[name] = ledger.add_loop(
            contact_id=contact, kind=kind, subject=role, at=now - timedelta(days=2)
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


def test_loops_about_one_role_at_one_organisation_are_one_card_at_the_furthest_stage(
    ledger: Ledger,
) -> None:
    now = ledger.clock.now()
    recruiter = ledger.add_contact(name="Sam Recruiter", org="Contoso")
    manager = ledger.add_contact(name="Ines Manager", org="Contoso")
    other = ledger.add_contact(name="Lee", org="Fabrikam")
    outreach = ledger.add_loop(
        contact_id=recruiter,
        kind=LoopKind.RECRUITER_OUTREACH,
        subject="Senior data engineer",
        at=now - timedelta(days=9),
    )
    interview = ledger.add_loop(
        contact_id=manager,
        kind=LoopKind.INTERVIEW_HELD,
        subject="Interview: data engineer (second round)",
        at=now - timedelta(days=2),
    )
    unrelated = ledger.add_loop(
        contact_id=recruiter,
        kind=LoopKind.RECRUITER_OUTREACH,
        subject="Marketing manager",
        at=now - timedelta(days=3),
    )
    elsewhere = ledger.add_loop(
        contact_id=other,
        kind=LoopKind.RECRUITER_OUTREACH,
        subject="Senior data engineer",
        at=now - timedelta(days=1),
    )
    service = PipelineService(ReminderService(ledger))
    columns = {column.stage: column for column in service.board()}
    held = columns[Stage.HELD]
    assert held.total == 1
    card = held.cards[0]
    assert set(card.loop_ids) == {outreach, interview}
    assert card.loop.id == interview  # the lead loop: the one at the card's stage
    assert card.org == "Contoso"
    assert card.role == "Senior data engineer"  # the subject that names the role best
    # What is owed: the most urgent line of any of its loops. Both are overdue; the
    # reply to the outreach fell due first, so it comes first, as in the agenda.
    assert card.owed is not None
    assert card.owed.loop.id == outreach
    assert card.owed.window.action.label.startswith("Reply")
    outreach_column = columns[Stage.OUTREACH]
    assert outreach_column.total == 2
    assert {c.loop.id for c in outreach_column.cards} == {unrelated, elsewhere}
    # Moving the card moves its lead loop.
    done = service.move(card.loop.id, Stage.WAITING)
    assert done.loop_id == interview
    columns = {column.stage: column for column in service.board()}
    assert [set(c.loop_ids) for c in columns[Stage.WAITING].cards] == [{outreach, interview}]
    assert columns[Stage.HELD].total == 0
