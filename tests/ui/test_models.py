"""Every item model passes Qt's model tester, with rows in it, and loads in batches."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from ghostless.core.models import EventKind, Loop, LoopKind, Outcome, Turn
from ghostless.core.queries import LoopQuery
from ghostless.services.ledger import Ledger, store_of
from ghostless.ui.contacts.contact_table_model import CONTACT_ROLE, ContactColumn, ContactTableModel
from ghostless.ui.loops.loop_table_model import (
    FIRST_BATCH,
    LOOP_ROLE,
    LoopColumn,
    LoopTableModel,
)
from ghostless.ui.loops.timeline_model import EVENT_ROLE, TimelineModel


def _add_many_loops(ledger: Ledger, count: int) -> None:
    now = ledger.clock.now()
    with store_of(ledger).write():
        contact_id = ledger.add_contact(name="Zoë Many", org="Bulk Ltd")
        for number in range(count):
            ledger.add_loop(
                contact_id=contact_id,
                kind=LoopKind.RECRUITER_OUTREACH,
                subject=f"Role number {number}",
                at=now - timedelta(minutes=number),
            )


def _cells(model: LoopTableModel, row: int) -> list[object]:
    return [model.index(row, column).data() for column in LoopColumn]


def test_loop_model_passes_the_model_tester(qtmodeltester: ModelTester, examples: Ledger) -> None:
    model = LoopTableModel(examples)
    model.set_query(LoopQuery())
    assert model.rowCount() == 7
    qtmodeltester.check(model)


def test_loop_model_with_closed_loops_passes_the_model_tester(
    qtmodeltester: ModelTester, examples: Ledger
) -> None:
    first = examples.list_loops()[0]
    examples.close_loop(first.id, Outcome.DECLINED)
    model = LoopTableModel(examples)
    model.set_query(LoopQuery(include_closed=True))
    qtmodeltester.check(model)
    closed_row = model.row_of(first.id)
    assert closed_row is not None
    assert _cells(model, closed_row)[LoopColumn.TURN] == "Declined"
    assert _cells(model, closed_row)[LoopColumn.WAITING] == ""


def test_loop_model_shows_urgency_order_and_turn_at_a_glance(examples: Ledger) -> None:
    model = LoopTableModel(examples)
    model.set_query(LoopQuery())
    turns = [model.index(row, 0).data(LOOP_ROLE).turn for row in range(model.rowCount())]
    assert turns == sorted(turns, key=lambda turn: turn.rank)
    top = _cells(model, 0)
    # The longest wait on me comes first: the promise to Diego, 75 hours ago.
    assert top[LoopColumn.CONTACT] == "Diego Alvarez"
    assert top[LoopColumn.TURN] == "My turn"
    assert top[LoopColumn.WAITING] == "3 days"
    turn_cell = model.index(0, LoopColumn.TURN)
    assert not turn_cell.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert turn_cell.data(Qt.ItemDataRole.FontRole).bold()


def test_loop_model_reads_a_page_then_counts_and_reads_what_is_shown(
    qtmodeltester: ModelTester, ledger: Ledger
) -> None:
    total = FIRST_BATCH * 20 + 7
    _add_many_loops(ledger, total)
    model = LoopTableModel(ledger)
    model.set_query(LoopQuery())
    assert model.rowCount() == FIRST_BATCH  # about a screenful first, nothing counted
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # scrolled past it: counted once
    assert model.rowCount() == total
    assert not model.canFetchMore(QModelIndex())
    assert len(model.loaded_rows()) == FIRST_BATCH  # the other pages wait to be shown
    last = model.loop_at(total - 1)  # a jump to the end reads one page
    assert last == ledger.list_loops()[-1]
    assert len(model.loaded_rows()) == 2 * FIRST_BATCH - (FIRST_BATCH - 7)
    assert model.row_of(ledger.list_loops()[600].id) == 600  # one indexed query
    qtmodeltester.check(model)
    assert len(model.loaded_rows()) <= LoopTableModel.KEEP * FIRST_BATCH  # memory stays bounded


def test_loop_model_refresh_keeps_the_length_it_had(ledger: Ledger) -> None:
    _add_many_loops(ledger, FIRST_BATCH + 10)
    model = LoopTableModel(ledger)
    model.set_query(LoopQuery())
    model.fetchMore(QModelIndex())
    model.refresh()
    assert model.rowCount() == FIRST_BATCH + 10


def test_loop_model_filters_in_sql(examples: Ledger) -> None:
    model = LoopTableModel(examples)
    model.set_query(LoopQuery(text="interview"))
    subjects = {model.index(row, LoopColumn.SUBJECT).data() for row in range(model.rowCount())}
    assert subjects == {"Second-round interview", "Panel interview, data platform"}


def test_timeline_model_passes_the_model_tester(
    qtmodeltester: ModelTester, examples: Ledger
) -> None:
    loop = next(loop for loop in examples.list_loops() if loop.contact_name == "Jonas Berg")
    examples.log_event(loop.id, EventKind.NOTE, text="Asked Sam about the venue.")
    model = TimelineModel(examples.zone)
    model.set_events(examples.events(loop.id))
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    newest = model.index(0).data(EVENT_ROLE)
    assert newest.kind is EventKind.NOTE
    assert model.index(0).data().startswith("Note · Fri 20 Nov 2026, 15:00")
    assert not model.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()


def test_contact_model_passes_the_model_tester(
    qtmodeltester: ModelTester, examples: Ledger
) -> None:
    model = ContactTableModel(examples)
    model.set_filter("")
    assert model.rowCount() == 7
    qtmodeltester.check(model)
    first = model.index(0, ContactColumn.NAME)
    assert first.data() == "Amara Okafor"
    assert first.data(CONTACT_ROLE).org == "Fieldstone Labs"
    assert model.index(0, ContactColumn.OPEN_LOOPS).data() == "1"


def test_contact_model_filters_and_fetches_in_batches(
    qtmodeltester: ModelTester, ledger: Ledger
) -> None:
    with store_of(ledger).write():
        for number in range(250):
            ledger.add_contact(name=f"Person {number:03}", org="Acme" if number % 2 else "Umbra")
    model = ContactTableModel(ledger)
    model.set_filter("umbra")
    assert model.rowCount() == 125
    model.set_filter("")
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    assert model.rowCount() == 250


def test_a_loop_waiting_on_them_is_drawn_differently(examples: Ledger) -> None:
    model = LoopTableModel(examples)
    model.set_query(LoopQuery())
    rows = range(model.rowCount())
    theirs = next(row for row in rows if model.index(row, 0).data(LOOP_ROLE).turn is Turn.THEIRS)
    mine = next(row for row in rows if model.index(row, 0).data(LOOP_ROLE).turn is Turn.MINE)
    colour = Qt.ItemDataRole.ForegroundRole
    assert model.index(theirs, LoopColumn.TURN).data(colour) != model.index(
        mine, LoopColumn.TURN
    ).data(colour)
    assert model.index(theirs, LoopColumn.TURN).data(Qt.ItemDataRole.FontRole) is None
    loop: Loop = model.index(theirs, 0).data(LOOP_ROLE)
    assert "Waiting on them since" in model.index(theirs, LoopColumn.WAITING).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert loop.turn is Turn.THEIRS
