"""Undo and correction in the window: Ctrl+Z, Ctrl+Shift+Z, the status bar link, and
events corrected or deleted from the record. Every undo leaves the store as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, LoopStatus, Outcome
from ghostless.services.ledger import Ledger
from ghostless.services.paths import database_path
from ghostless.ui.commands import ConfirmBox
from ghostless.ui.loops.event_dialog import EventDialog
from ghostless.ui.main_window import LOOPS_TAB, MainWindow
from tests.helpers.storefiles import record
from tests.ui.test_main_window import select


def state(data_dir: Path) -> list[str]:
    """The store's rows but the undo history's (sorted: see tests/services/test_undo.py)."""
    return record(database_path(data_dir))


def test_ctrl_z_takes_back_an_archive_and_ctrl_shift_z_does_it_again(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    window = example_window
    window.tabs.setCurrentIndex(LOOPS_TAB)
    select(window, "Mei Chen")
    loop = window.current_loop()
    assert loop is not None
    before = state(data_dir)
    window.window_actions.archive_loop.trigger()
    archived = state(data_dir)
    controls = window.undo_controls
    assert controls.link_label.isVisibleTo(window)
    assert "Archived the loop with Mei Chen." in controls.link_label.text()
    assert "Done:" not in controls.link_label.text()
    assert "Undo" in controls.link_label.text()
    assert window.loop_model.row_of(loop.id) is None
    window.loop_table.setFocus()
    qtbot.keyClick(window.loop_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(data_dir) == before
    assert window.loop_model.row_of(loop.id) is not None  # the list follows at once
    assert "Undid “archive the loop with Mei Chen”." in controls.link_label.text()
    qtbot.keyClick(
        window.loop_table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert state(data_dir) == archived
    assert examples.loop(loop.id).status is LoopStatus.ARCHIVED
    controls.hide_timer.timeout.emit()  # a few seconds later
    assert not controls.link_label.isVisibleTo(window)


def test_the_status_bar_link_undoes_a_snooze(
    example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    window = example_window
    select(window, "Priya Raman")
    loop = window.current_loop()
    assert loop is not None
    before = state(data_dir)
    menu = window.commands.snooze_menu(loop.id, window)
    menu.actions()[0].trigger()
    assert state(data_dir) != before
    controls = window.undo_controls
    assert "Snoozed the loop with Priya Raman until " in controls.link_label.text()
    controls.link_label.linkActivated.emit("undo")
    assert state(data_dir) == before


def test_an_event_is_corrected_from_the_record_and_undo_brings_it_back(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    window = example_window
    window.tabs.setCurrentIndex(LOOPS_TAB)
    select(window, "Jonas Berg")
    loop = window.current_loop()
    assert loop is not None
    pane = window.detail_pane
    before = state(data_dir)
    pane.timeline_view.setCurrentIndex(pane.timeline_model.index(0, 0))  # newest: "sent"
    pane.edit_event_action.trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, EventDialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(EventKind.NOTE.value))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert [e.kind for e in examples.events(loop.id)][-1] is EventKind.NOTE
    newest = pane.timeline_model.event_at(0)
    assert newest is not None
    assert newest.kind is EventKind.NOTE  # the pane followed at once
    window.undo_controls.undo_action.trigger()
    assert state(data_dir) == before


def test_an_event_is_deleted_only_after_confirmation_and_comes_back_with_undo(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    window = example_window
    window.tabs.setCurrentIndex(LOOPS_TAB)
    select(window, "Jonas Berg")
    loop = window.current_loop()
    assert loop is not None
    pane = window.detail_pane
    before = state(data_dir)
    pane.timeline_view.setCurrentIndex(pane.timeline_model.index(0, 0))
    pane.delete_event_action.trigger()
    box = window.commands.last_prompt
    assert isinstance(box, ConfirmBox)
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    assert state(data_dir) == before
    pane.delete_event_action.trigger()
    box = window.commands.last_prompt
    assert isinstance(box, ConfirmBox)
    qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)
    assert len(examples.events(loop.id)) == 1
    assert pane.timeline_model.rowCount() == 1
    window.undo_controls.undo_action.trigger()
    assert state(data_dir) == before
    assert pane.timeline_model.rowCount() == 2


def test_a_step_made_by_another_process_is_undone_from_the_window(
    example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    window = example_window
    loop_id = next(x.id for x in examples.list_loops() if x.contact_name == "Mei Chen")
    before = state(data_dir)
    other = Ledger.open(data_dir, FixedClock(examples.clock.now()), examples.zone)
    try:
        other.close_loop(loop_id, Outcome.DECLINED)
    finally:
        other.close()
    window.external_writes.check()
    assert "Mei Chen" in window.undo_controls.undo_action.text()
    window.undo_controls.undo_action.trigger()
    assert state(data_dir) == before
    assert window.loop_model.row_of(loop_id) is not None


def test_a_long_name_in_the_undo_link_does_not_widen_the_window(
    example_window: MainWindow, examples: Ledger
) -> None:
    window = example_window
    long_name = "Maximiliane " + "Bartholomew-" * 15 + "Okonkwo"
    examples.add_contact(name=long_name)
    window.commands.records_changed.emit(0)
    controls = window.undo_controls
    assert "…" in controls.link_label.text()
    assert long_name in controls.link_label.toolTip()
    assert controls.link_label.sizeHint().width() < 700


def test_ctrl_z_in_a_text_field_undoes_the_typing_not_the_store(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    window = example_window
    select(window, "Mei Chen")
    window.window_actions.archive_loop.trigger()
    archived = state(data_dir)
    window.filter_edit.setFocus()
    qtbot.keyClicks(window.filter_edit, "zz")
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(data_dir) == archived
