"""The main window: empty state, the loop list and its filter, actions, and its layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ghostless.core.models import EventKind, Loop, LoopKind, LoopStatus, Outcome, Turn
from ghostless.services.ledger import Ledger, contacts_of, store_of
from ghostless.ui.app import build_main_window, window_settings
from ghostless.ui.commands import ConfirmBox
from ghostless.ui.common.form_dialog import FormDialog
from ghostless.ui.contacts.contact_dialog import ContactDialog
from ghostless.ui.loops.close_dialog import CloseDialog
from ghostless.ui.loops.event_dialog import EventDialog
from ghostless.ui.loops.loop_dialog import LoopDialog
from ghostless.ui.loops.loop_table_model import FIRST_BATCH
from ghostless.ui.loops.loop_table_view import SHOW_CLOSED_LINK
from ghostless.ui.main_window import CONTACTS_TAB, LOOPS_TAB, TODAY_TAB, MainWindow

#: More loops than a page holds.
BATCH_SIZE = 200


def press_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def select(window: MainWindow, contact_name: str) -> None:
    """Select the loop with ``contact_name`` on the Loops tab, shown (actions follow it)."""
    window.tabs.setCurrentIndex(LOOPS_TAB)
    for row in range(window.loop_model.rowCount()):
        loop = window.loop_model.loop_at(row)
        if loop is not None and loop.contact_name == contact_name:
            window.loop_table.selectRow(row)
            return
    raise AssertionError(f"no loop with {contact_name} in the table")


def type_in_filter(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type into the loop filter as a person does, and let the window catch up: keys
    typed faster than it filters are applied together, once the queued events are."""
    qtbot.keyClicks(window.filter_edit, text)
    qtbot.waitUntil(lambda: not window.loops_tab.filter_pending, timeout=1000)


def test_empty_ledger_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.empty_page
    assert window.empty_page.add_first_button.text() == "Add my first loop"
    assert window.loop_model.rowCount() == 0
    assert not window.window_actions.delete_loop.isEnabled()


def test_load_example_loops_shows_the_table(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    qtbot.mouseClick(window.empty_page.load_examples_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.tabs
    assert window.loop_model.rowCount() == 7
    assert window.status_label.text() == "7 open loops"
    assert window.contacts_page.contact_model.rowCount() == 7
    # The most urgent loop is selected and shown in full.
    assert window.current_loop() == window.loop_model.loop_at(0)
    assert window.detail_pane.turn_label.text().startswith("My turn")
    assert window.detail_pane.timeline_model.rowCount() == 1


def test_add_my_first_loop_from_the_welcome_page(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    qtbot.mouseClick(window.empty_page.add_first_button, Qt.MouseButton.LeftButton)
    dialog = window.commands.last_dialog
    assert isinstance(dialog, LoopDialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.new_name_edit, "Mei Chen")
    qtbot.keyClicks(dialog.subject_edit, "Offer: Staff engineer")
    press_ok(qtbot, dialog)
    assert window.stack.currentWidget() is window.tabs
    loop = window.current_loop()
    assert loop is not None
    assert loop.subject == "Offer: Staff engineer"


def test_contact_loop_events_and_closing_through_the_window(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    contact_dialog = window.commands.new_contact()
    qtbot.keyClicks(contact_dialog.name_edit, "Tomasz Nowak")
    qtbot.keyClicks(contact_dialog.org_edit, "Lumen Analytics")
    press_ok(qtbot, contact_dialog)
    (tomasz,) = ledger.search_contacts()
    assert window.contacts_page.contact_model.rowCount() == 1

    loop_dialog = window.commands.new_loop(contact_id=tomasz.id)
    assert loop_dialog.contact_picker.contact_id() == tomasz.id
    loop_dialog.set_kind(LoopKind.RECRUITER_OUTREACH)
    qtbot.keyClicks(loop_dialog.subject_edit, "Platform team lead")
    press_ok(qtbot, loop_dialog)
    loop = window.current_loop()
    assert loop is not None
    assert loop.subject == "Platform team lead"
    assert loop.turn is Turn.MINE

    window.window_actions.log_sent.trigger()
    sent = window.commands.last_dialog
    assert isinstance(sent, EventDialog)
    assert sent.kind() is EventKind.SENT
    qtbot.keyClicks(sent.text_edit, "Happy to talk on Tuesday.")
    press_ok(qtbot, sent)
    assert ledger.loop(loop.id).turn is Turn.THEIRS
    assert window.loop_model.index(0, 4).data() == "Their turn"

    window.window_actions.log_received.trigger()
    received = window.commands.last_dialog
    assert isinstance(received, EventDialog)
    assert received.kind() is EventKind.RECEIVED
    press_ok(qtbot, received)
    assert ledger.loop(loop.id).turn is Turn.MINE
    assert window.detail_pane.timeline_model.rowCount() == 3

    window.window_actions.close_loop.trigger()
    closing = window.commands.last_dialog
    assert isinstance(closing, CloseDialog)
    closing.set_outcome(Outcome.DECLINED)
    press_ok(qtbot, closing)
    closed = ledger.loop(loop.id)
    assert (closed.status, closed.outcome) == (LoopStatus.CLOSED, Outcome.DECLINED)
    assert window.loop_model.rowCount() == 0
    assert window.status_label.text() == "0 open loops"

    window.show_closed_check.setChecked(True)
    assert window.loop_model.rowCount() == 1
    window.loop_table.selectRow(0)
    assert window.window_actions.reopen_loop.isEnabled()
    assert not window.window_actions.close_loop.isEnabled()
    window.window_actions.reopen_loop.trigger()
    assert ledger.loop(loop.id).is_open


def test_filter_narrows_the_table_as_you_type(qtbot: QtBot, example_window: MainWindow) -> None:
    window = example_window
    type_in_filter(qtbot, window, "int")
    # "int": both interviews, and the introduction.
    assert window.loop_model.rowCount() == 3
    assert window.status_label.text() == "3 of 7 open loops match “int”"
    type_in_filter(qtbot, window, "erview panel")
    assert window.loop_model.rowCount() == 1
    shown = window.current_loop()
    assert shown is not None
    assert shown.contact_name == "Sofia Rossi"
    window.filter_edit.clear()
    assert window.loop_model.rowCount() == 7
    assert window.status_label.text() == "7 open loops"


def test_ctrl_f_focuses_the_filter(qtbot: QtBot, example_window: MainWindow) -> None:
    window = example_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.loop_table.setFocus()
    qtbot.keyClick(window.loop_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_edit.hasFocus()


def test_ctrl_f_on_today_finds_among_the_loops(qtbot: QtBot, example_window: MainWindow) -> None:
    window = example_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentIndex(TODAY_TAB)
    qtbot.keyClick(window.today_page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    # Today has no filter of its own: the Loops tab comes up with its filter focused.
    assert window.tabs.currentIndex() == LOOPS_TAB
    assert window.filter_edit.hasFocus()


def test_delete_asks_and_cancel_keeps_the_loop(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger
) -> None:
    window = example_window
    select(window, "Jonas Berg")  # their turn: no unanswered message
    loop = window.current_loop()
    assert loop is not None
    window.window_actions.delete_loop.trigger()
    box = window.commands.last_prompt
    assert isinstance(box, ConfirmBox)
    assert box.isVisible()
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    assert examples.loop(loop.id).subject == loop.subject

    box = window.commands.delete_loop(loop)
    qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)
    assert examples.count_loops() == 6
    assert window.loop_model.row_of(loop.id) is None
    assert window.current_loop() is not None  # the next loop takes its place


def test_deleting_an_unanswered_message_asks_a_second_time(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger
) -> None:
    window = example_window
    select(window, "Priya Raman")  # her message waits on my answer
    loop = window.current_loop()
    assert loop is not None
    first = window.commands.delete_loop(loop)
    qtbot.mouseClick(first.confirm_button, Qt.MouseButton.LeftButton)
    second = window.commands.last_prompt
    assert isinstance(second, ConfirmBox)
    assert second is not first
    assert "waiting for your answer" in second.text()
    assert examples.count_loops() == 7
    qtbot.mouseClick(second.confirm_button, Qt.MouseButton.LeftButton)
    assert examples.count_loops() == 6


def test_archive_hides_the_loop_until_closed_ones_are_shown(
    example_window: MainWindow, examples: Ledger
) -> None:
    window = example_window
    select(window, "Mei Chen")
    loop = window.current_loop()
    assert loop is not None
    window.window_actions.archive_loop.trigger()
    assert examples.loop(loop.id).status is LoopStatus.ARCHIVED
    assert window.loop_model.row_of(loop.id) is None
    window.window_actions.show_closed.trigger()
    assert window.show_closed_check.isChecked()
    assert window.select_loop(loop.id)
    assert window.status_label.text() == "7 loops, 6 of them open"
    assert not window.window_actions.archive_loop.isEnabled()


def test_contacts_tab_edits_and_starts_loops(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger
) -> None:
    window = example_window
    window.window_actions.show_contacts.trigger()
    page = window.contacts_page
    qtbot.keyClicks(page.filter_edit, "harbor")
    assert page.contact_model.rowCount() == 1
    page.contact_table.selectRow(0)
    page.edit_selected()
    editing = window.commands.last_dialog
    assert isinstance(editing, ContactDialog)
    editing.role_edit.setText("Head of talent")
    press_ok(qtbot, editing)
    assert contacts_of(examples).search("harbor")[0].role == "Head of talent"

    page.new_loop_with_selected()
    starting = window.commands.last_dialog
    assert isinstance(starting, LoopDialog)
    qtbot.keyClicks(starting.subject_edit, "Relocation question")
    press_ok(qtbot, starting)
    assert window.tabs.currentIndex() == LOOPS_TAB
    started = window.current_loop()
    assert started is not None
    assert started.subject == "Relocation question"
    assert page.contact_model.index(0, 4).data() == "2"


def test_layout_is_remembered_across_windows(
    qtbot: QtBot, examples: Ledger, data_dir: Path
) -> None:
    first = build_main_window(examples, window_settings(data_dir))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(760, 540)  # inside the offscreen screen (800 × 600)
    first.tabs.setCurrentIndex(LOOPS_TAB)  # the splitter is laid out while shown
    first.splitter.setSizes([480, 280])
    sizes = first.splitter.sizes()
    first.tabs.setCurrentIndex(CONTACTS_TAB)
    first.show_closed_check.setChecked(True)
    first.close()
    assert (data_dir / "window.ini").is_file()

    second = build_main_window(examples, window_settings(data_dir))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (760, 540)
    assert second.tabs.currentIndex() == CONTACTS_TAB
    assert second.show_closed_check.isChecked()
    second.tabs.setCurrentIndex(LOOPS_TAB)
    qtbot.waitUntil(lambda: second.splitter.sizes() == sizes)
    second.close()


def test_settings_file_is_an_ini_in_the_data_folder(settings: QSettings, data_dir: Path) -> None:
    assert settings.format() is QSettings.Format.IniFormat
    assert Path(settings.fileName()) == data_dir / "window.ini"


def test_a_filter_with_many_matches_counts_them_after_a_pause(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    contact_id = ledger.add_contact(name="Ada")
    with store_of(ledger).write():
        for number in range(BATCH_SIZE + 5):
            ledger.add_loop(contact_id=contact_id, kind=LoopKind.OTHER, subject=f"Talk {number}")
    window.commands.records_changed.emit(0)
    type_in_filter(qtbot, window, "talk")
    assert window.loop_model.rowCount() == FIRST_BATCH
    assert window.status_label.text().startswith(f"{FIRST_BATCH}+ of")
    qtbot.waitUntil(lambda: window.status_label.text().startswith(f"{BATCH_SIZE + 5} of"))


def test_loop_actions_follow_the_selected_loop(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger
) -> None:
    window, actions = example_window, example_window.window_actions
    select(window, "Mei Chen")
    loop = window.current_loop()
    assert loop is not None
    # An open loop: log, close and archive, but nothing to reopen.
    assert actions.log_received.isEnabled()
    assert actions.log_sent.isEnabled()
    assert actions.close_loop.isEnabled()
    assert not actions.reopen_loop.isEnabled()
    # Closed: reopen it, but no more received or sent messages and no closing again.
    examples.close_loop(loop.id, Outcome.DECLINED)
    window.commands.records_changed.emit(0)
    window.show_closed_check.setChecked(True)
    assert window.select_loop(loop.id)
    assert actions.reopen_loop.isEnabled()
    assert not actions.close_loop.isEnabled()
    assert not actions.log_received.isEnabled()
    assert not actions.log_sent.isEnabled()
    # No selection (a filter nothing matches): every loop action is off.
    type_in_filter(qtbot, window, "zqxjv")
    assert window.current_loop() is None
    assert window.detail_pane.loop is None
    for action in actions.loop_actions():
        assert not action.isEnabled(), action.text()


def test_closing_the_last_open_loop_leaves_no_action_enabled_and_says_why(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    ada = ledger.add_contact(name="Ada")
    loop_id = ledger.add_loop(contact_id=ada, kind=LoopKind.OTHER, subject="Lunch")
    window.commands.records_changed.emit(loop_id)
    assert window.loop_table.placeholder_text() == ""
    window.window_actions.close_loop.trigger()
    closing = window.commands.last_dialog
    assert isinstance(closing, CloseDialog)
    press_ok(qtbot, closing)
    assert window.loop_model.rowCount() == 0
    assert window.current_loop() is None
    for action in window.window_actions.loop_actions():
        assert not action.isEnabled(), action.text()
    # Not a blank table: the view says nobody waits, and offers the closed loop.
    placeholder = window.loop_table.placeholder_label
    assert placeholder.isVisible()
    text = window.loop_table.placeholder_text()
    assert "Nobody is waiting on you" in text
    assert "1 closed loop" in text
    assert "Show closed" in text
    placeholder.linkActivated.emit(SHOW_CLOSED_LINK)
    assert window.show_closed_check.isChecked()
    assert window.loop_model.rowCount() == 1
    assert not placeholder.isVisible()
    assert window.loop_table.placeholder_text() == ""


def test_a_filter_matching_nothing_says_so_in_the_table(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    window = example_window
    type_in_filter(qtbot, window, "zqxjv")
    assert window.loop_table.placeholder_text() == "No open loop matches “zqxjv”."
    window.filter_edit.clear()
    assert window.loop_table.placeholder_text() == ""


def test_the_pane_is_not_read_again_while_the_selected_loop_stays(
    qtbot: QtBot, example_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = example_window
    selected = window.current_loop()
    assert selected is not None
    shown: list[int | None] = []
    original = window.detail_pane.show_loop

    def counting_show_loop(loop: Loop | None) -> None:
        shown.append(loop.id if loop else None)
        original(loop)

    monkeypatch.setattr(window.detail_pane, "show_loop", counting_show_loop)
    reads: list[int] = []
    read_loop = window.ledger.loop

    def counting_loop(loop_id: int) -> Loop:
        reads.append(loop_id)
        return read_loop(loop_id)

    monkeypatch.setattr(window.ledger, "loop", counting_loop)
    # Every keystroke re-runs the filter and re-selects the same loop: no reload.
    words = selected.contact_name.split()[0].lower()
    type_in_filter(qtbot, window, words)
    assert window.current_loop() == selected
    # A trailing space leaves the words as they were: the query is not even run again.
    resets: list[bool] = []
    window.loop_model.modelReset.connect(lambda: resets.append(True))
    type_in_filter(qtbot, window, " ")
    assert resets == []
    assert (shown, reads) == ([], [])
    window.filter_edit.clear()  # the whole list again; the same loop stays selected
    assert window.current_loop() == selected
    assert (shown, reads) == ([], [])
    # Picking another loop does show it, once.
    window.loop_table.selectRow(1)
    other = window.current_loop()
    assert other is not None
    assert other.id != selected.id
    assert (shown, reads) == ([other.id], [other.id])
    # A write shows the same loop again: it may have changed.
    window.commands.records_changed.emit(other.id)
    assert shown == [other.id, other.id]


def test_while_typing_the_pane_follows_the_selection_after_a_pause(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    window = example_window
    window.tabs.setCurrentIndex(LOOPS_TAB)  # the actions follow the list on show
    first = window.current_loop()
    assert first is not None
    assert window.detail_pane.loop == first
    # Typing narrows the list to another loop: the list and the actions follow at
    # once, the pane only once typing pauses (each keystroke pays for the list alone).
    type_in_filter(qtbot, window, "panel")
    selected = window.current_loop()
    assert selected is not None
    assert selected.contact_name == "Sofia Rossi"
    assert window.detail_pane.loop == first
    assert window.window_actions.log_sent.isEnabled()
    qtbot.waitUntil(lambda: window.detail_pane.loop == selected, timeout=2000)
    # Clicking another loop is not typing: the pane shows it straight away.
    window.filter_edit.clear()
    qtbot.waitUntil(lambda: window.detail_pane.loop == window.current_loop(), timeout=2000)
    window.loop_table.selectRow(2)
    assert window.detail_pane.loop == window.current_loop()
