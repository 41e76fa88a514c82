"""The Pipeline tab: columns by stage, moves by drop and by keyboard logged as events,
Undo, a move to Closed through the close dialog; every column model passes the tester."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ghostless.core.models import EventKind, LoopKind
from ghostless.core.pipeline import Stage
from ghostless.services.ledger import Ledger
from ghostless.ui.loops.close_dialog import CloseDialog
from ghostless.ui.main_window import PIPELINE_TAB, MainWindow
from ghostless.ui.pipeline.model import LOOP_ID_ROLE, LOOP_MIME
from ghostless.ui.pipeline.page import PipelinePage


def _board(window: MainWindow) -> PipelinePage:
    window.tabs.setCurrentIndex(PIPELINE_TAB)
    page = window.pipeline_tab.page
    assert page is not None
    return page


def _ids(page: PipelinePage, stage: Stage) -> list[int]:
    model = page.models[stage]
    return [model.index(row, 0).data(LOOP_ID_ROLE) for row in range(model.rowCount())]


def test_the_board_shows_job_loops_by_stage_with_what_each_owes(
    example_window: MainWindow, examples: Ledger, qtmodeltester: ModelTester
) -> None:
    page = _board(example_window)
    shown = {stage: _ids(page, stage) for stage in Stage}
    for stage, ids in shown.items():
        for loop_id in ids:
            assert page.service.stage(loop_id) is stage
    assert any(shown.values())
    first = next(stage for stage in Stage if shown[stage])
    text = page.models[first].index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert len(text.splitlines()) == 2  # who and what, then what is owed and by when
    assert page.headers[first].text().startswith(f"<b>{first.label}</b> (")
    for model in page.models.values():
        qtmodeltester.check(model)


def _outreach(ledger: Ledger) -> int:
    contact = ledger.add_contact(name="Priya Raman", org="Northwind")
    return ledger.add_loop(
        contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Backend role"
    )


def test_dropping_a_card_on_a_later_column_logs_the_event_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    loop_id = _outreach(ledger)
    page = _board(window)
    page.reload()
    assert _ids(page, Stage.OUTREACH) == [loop_id]
    data = page.models[Stage.OUTREACH].mimeData([page.models[Stage.OUTREACH].index(0, 0)])
    assert data.hasFormat(LOOP_MIME)
    target = page.models[Stage.HELD]
    assert target.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    target.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: _ids(page, Stage.HELD) == [loop_id])
    assert _ids(page, Stage.OUTREACH) == []
    assert ledger.events(loop_id)[-1].kind is EventKind.MEETING
    assert ledger.loop(loop_id).kind is LoopKind.INTERVIEW_HELD
    assert window.tabs.currentIndex() == PIPELINE_TAB  # the window stays on the board
    page.undo_button.click()
    assert _ids(page, Stage.OUTREACH) == [loop_id]
    assert [e.kind for e in ledger.events(loop_id)] == [EventKind.RECEIVED]
    assert ledger.loop(loop_id).kind is LoopKind.RECRUITER_OUTREACH


def test_ctrl_right_moves_the_selected_card_one_stage_on(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    loop_id = _outreach(ledger)
    page = _board(window)
    page.reload()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = page.views[Stage.OUTREACH]
    view.setCurrentIndex(page.models[Stage.OUTREACH].index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _ids(page, Stage.SCHEDULED) == [loop_id]
    assert ledger.events(loop_id)[-1].kind is EventKind.NOTE
    # Focus follows the card, so the next press moves it on again.
    qtbot.keyClick(
        page.views[Stage.SCHEDULED], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    assert _ids(page, Stage.HELD) == [loop_id]


def test_a_move_back_is_refused_with_a_warning_and_changes_nothing(
    window: MainWindow, ledger: Ledger
) -> None:
    loop_id = _outreach(ledger)
    page = _board(window)
    page.move_card(loop_id, Stage.OFFER)
    events = ledger.events(loop_id)
    assert page.move_card(loop_id, Stage.OUTREACH) is None
    assert "forward only" in window.commands.last_prompt.text()  # type: ignore[union-attr]
    assert ledger.events(loop_id) == events


def test_a_move_to_closed_opens_the_close_dialog_for_its_outcome(
    window: MainWindow, ledger: Ledger
) -> None:
    loop_id = _outreach(ledger)
    page = _board(window)
    page.move_card(loop_id, Stage.CLOSED)
    assert isinstance(window.commands.last_dialog, CloseDialog)
    assert ledger.loop(loop_id).is_open  # nothing closed until the user picks an outcome


def test_loops_about_one_role_show_as_one_card_that_says_how_many(
    window: MainWindow, ledger: Ledger
) -> None:
    recruiter = ledger.add_contact(name="Priya Raman", org="Northwind")
    manager = ledger.add_contact(name="Tomas Berg", org="Northwind")
    first = ledger.add_loop(
        contact_id=recruiter, kind=LoopKind.RECRUITER_OUTREACH, subject="Backend developer"
    )
    second = ledger.add_loop(
        contact_id=manager,
        kind=LoopKind.INTERVIEW_SCHEDULED,
        subject="Interview for the senior backend developer role",
    )
    page = _board(window)
    assert _ids(page, Stage.OUTREACH) == []
    assert _ids(page, Stage.SCHEDULED) == [second]
    index = page.models[Stage.SCHEDULED].index(0, 0)
    who, _owed = index.data(Qt.ItemDataRole.DisplayRole).splitlines()
    assert who == "Northwind – Interview for the senior backend developer role (2 loops)"
    loops, moved = index.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0].split("; ")
    assert set(loops.removeprefix("Loops ").split(", ")) == {str(first), str(second)}
    assert moved == f"a move moves loop {second}"
    assert "(1)" in page.headers[Stage.SCHEDULED].text()
