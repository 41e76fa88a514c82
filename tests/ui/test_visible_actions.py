"""Every action acts on what the visible tab shows, or is off; the Contacts tab's own
actions: edit, their loops, merge two, delete (saying what goes, after asking)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ghostless.services.ledger import Ledger
from ghostless.services.paths import database_path
from ghostless.ui.commands import ConfirmBox
from ghostless.ui.contact_actions.loops_dialog import ContactLoopsDialog
from ghostless.ui.contact_actions.merge_box import MergeBox
from ghostless.ui.main_window import CONTACTS_TAB, LOOPS_TAB, TODAY_TAB, MainWindow
from tests.helpers.storefiles import record
from tests.ui.test_main_window import select


def state(data_dir: Path) -> list[str]:
    return record(database_path(data_dir))


def contacts_tab_with(window: MainWindow, *names: str) -> list[int]:
    window.tabs.setCurrentIndex(CONTACTS_TAB)
    page = window.contacts_page
    ids = [
        contact.id
        for row in range(page.contact_model.rowCount())
        if (contact := page.contact_model.contact_at(row)) is not None and contact.name in names
    ]
    page.select_contacts(ids)
    return ids


def test_del_on_contacts_never_touches_the_loop_selected_on_loops(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    window = example_window
    select(window, "Jonas Berg")  # a loop selected on Loops, then hidden
    hidden = window.current_loop()
    assert hidden is not None
    contacts_tab_with(window, "Mei Chen")
    before = state(data_dir)
    # Loop actions are off on Contacts: Ctrl+R ("received") and Del cannot reach it.
    for action in window.window_actions.loop_actions():
        assert not action.isEnabled(), action.text()
    table = window.contacts_page.contact_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    box = window.commands.last_prompt
    assert isinstance(box, ConfirmBox)
    assert "Mei Chen" in box.text()
    assert "Jonas" not in box.text() + box.informativeText()
    assert "1 loop(s)" in box.informativeText()  # what would go with her
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    assert state(data_dir) == before
    assert examples.loop(hidden.id).subject == hidden.subject


def test_deleting_a_contact_takes_their_loops_only_after_confirming_and_undo_brings_them(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    window = example_window
    (mei,) = contacts_tab_with(window, "Mei Chen")
    before = state(data_dir)
    window.window_actions.delete_contact.trigger()
    box = window.commands.last_prompt
    assert isinstance(box, ConfirmBox)
    qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)
    assert all(loop.contact_id != mei for loop in examples.list_loops())
    assert window.contacts_page.contact_model.row_of(mei) is None
    window.undo_controls.undo_action.trigger()
    assert state(data_dir) == before


def test_their_loops_open_in_the_loops_tab(example_window: MainWindow) -> None:
    window = example_window
    contacts_tab_with(window, "Priya Raman")
    window.window_actions.contact_loops.trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, ContactLoopsDialog)
    assert dialog.list_widget.count() == 1
    dialog.open_button.click()
    assert window.tabs.currentIndex() == LOOPS_TAB
    shown = window.current_loop()
    assert shown is not None
    assert shown.contact_name == "Priya Raman"


def test_two_contacts_merge_into_the_one_kept_in_one_undoable_step(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    window = example_window
    window.tabs.setCurrentIndex(CONTACTS_TAB)
    contacts_tab_with(window, "Priya Raman")
    assert not window.window_actions.merge_contacts.isEnabled()  # one is not two
    priya, tomasz = contacts_tab_with(window, "Priya Raman", "Tomasz Nowak")
    assert window.window_actions.merge_contacts.isEnabled()
    assert not window.window_actions.delete_contact.isEnabled()  # delete is for one
    before = state(data_dir)
    window.window_actions.merge_contacts.trigger()
    box = window.commands.last_prompt
    assert isinstance(box, MergeBox)
    qtbot.mouseClick(box.keep_buttons[priya], Qt.MouseButton.LeftButton)
    loops = examples.loops_with(priya)
    assert {loop.contact_name for loop in loops} == {"Priya Raman"}
    assert len(loops) == 2
    window.undo_controls.undo_action.trigger()
    assert state(data_dir) == before
    assert len(examples.loops_with(tomasz)) == 1


def test_on_today_the_actions_follow_todays_selection(
    example_window: MainWindow, examples: Ledger
) -> None:
    window = example_window
    select(window, "Jonas Berg")  # the Loops tab's selection
    window.tabs.setCurrentIndex(TODAY_TAB)
    window.today_page.refresh()  # as after the first paint
    owed = window.today_page.selected()
    assert owed is not None
    assert owed.loop.contact_name != "Jonas Berg"
    window.window_actions.log_sent.trigger()
    dialog = window.commands.last_dialog
    assert dialog is not None
    assert owed.loop.contact_name in dialog.windowTitle()
    dialog.reject()
    window.today_page.table.clearSelection()
    for action in window.window_actions.loop_actions():
        assert not action.isEnabled(), action.text()


def test_the_tabs_are_ctrl_1_2_3_in_their_order(qtbot: QtBot, example_window: MainWindow) -> None:
    window = example_window
    for key, tab in ((Qt.Key.Key_3, CONTACTS_TAB), (Qt.Key.Key_2, LOOPS_TAB),
                     (Qt.Key.Key_1, TODAY_TAB)):  # fmt: skip
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == tab
