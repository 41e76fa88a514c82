"""Esc clears a filter; the selected loop is kept across tabs and restarts."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ghostless.services.ledger import Ledger, store_of
from ghostless.ui.app import build_main_window
from ghostless.ui.main_window import CONTACTS_TAB, LOOPS_TAB, TODAY_TAB, MainWindow
from tests.ui.test_main_window import type_in_filter


def _focused(qtbot: QtBot, window: MainWindow, widget: object) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    widget.setFocus()  # type: ignore[attr-defined]
    QApplication.processEvents()


def test_esc_in_the_loop_filter_clears_it_then_goes_back_to_the_list(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    window = example_window
    window.tabs.setCurrentIndex(LOOPS_TAB)
    everything = window.loop_model.rowCount()
    _focused(qtbot, window, window.filter_edit)
    type_in_filter(qtbot, window, "priya")
    assert window.loop_model.rowCount() < everything
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)
    assert window.filter_edit.text() == ""
    assert window.loop_model.rowCount() == everything
    assert window.filter_edit.hasFocus()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)
    assert window.loop_table.hasFocus()


def test_esc_in_the_contact_filter_clears_it(qtbot: QtBot, example_window: MainWindow) -> None:
    window = example_window
    window.tabs.setCurrentIndex(CONTACTS_TAB)
    page = window.contacts_page
    everything = page.contact_model.rowCount()
    _focused(qtbot, window, page.filter_edit)
    qtbot.keyClicks(page.filter_edit, "priya")
    assert page.contact_model.rowCount() < everything
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)
    assert page.filter_edit.text() == ""
    assert page.contact_model.rowCount() == everything
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)
    assert page.contact_table.hasFocus()


def _select_row(window: MainWindow, row: int) -> int:
    window.tabs.setCurrentIndex(LOOPS_TAB)
    window.loop_table.selectRow(row)
    loop = window.current_loop()
    assert loop is not None
    return loop.id


def test_the_selected_loop_stays_across_tabs_and_writes(
    example_window: MainWindow, examples: Ledger
) -> None:
    window = example_window
    chosen = _select_row(window, 3)
    for tab in (CONTACTS_TAB, TODAY_TAB, LOOPS_TAB):
        window.tabs.setCurrentIndex(tab)
    current = window.current_loop()
    assert current is not None
    assert current.id == chosen
    assert window.detail_pane.loop is not None
    assert window.detail_pane.loop.id == chosen
    # A write made on another tab reads the lists again; the selection stays.
    window.tabs.setCurrentIndex(CONTACTS_TAB)
    window.commands.records_changed.emit(0)
    current = window.current_loop()
    assert current is not None
    assert current.id == chosen


def test_the_selected_loop_is_remembered_across_restarts(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger, settings: QSettings
) -> None:
    chosen = _select_row(example_window, 4)
    assert chosen != example_window.loop_model.loop_at(0).id  # not the default
    example_window.close()  # saves the layout
    again = build_main_window(examples, settings)
    qtbot.addWidget(again)
    try:
        current = again.current_loop()
        assert current is not None
        assert current.id == chosen
        assert again.detail_pane.loop is not None
        assert again.detail_pane.loop.id == chosen
        # Deleted since: the top loop, as on a first start.
        examples.delete_loop(chosen)
        again.close()
        third = build_main_window(examples, settings)
        qtbot.addWidget(third)
        top = third.loop_model.loop_at(0)
        assert third.current_loop() == top
        third.close()
    finally:
        again.close()


def test_keys_typed_faster_than_the_filter_runs_make_one_query_for_the_last(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger
) -> None:
    """Five keys arrive before the window gets to them: the list is read once, for
    "priya", and shows her loop as soon as the queued keys are handled."""
    window = example_window
    window.tabs.setCurrentIndex(LOOPS_TAB)
    statements: list[str] = []
    store_of(examples).conn.set_trace_callback(statements.append)
    try:
        qtbot.keyClicks(window.filter_edit, "priya")  # sent at once, no event loop between
        assert window.loops_tab.filter_pending
        qtbot.waitUntil(lambda: not window.loops_tab.filter_pending, timeout=1000)
    finally:
        store_of(examples).conn.set_trace_callback(None)
    searches = [sql for sql in statements if "FROM loops JOIN contacts" in sql and "LIKE" in sql]
    assert len(searches) == 1
    assert "%priya%" in searches[0]
    rows = [window.loop_model.loop_at(row) for row in range(window.loop_model.rowCount())]
    assert [loop.contact_name for loop in rows if loop is not None] == ["Priya Raman"]
    assert window.status_label.text() == "1 of 7 open loops match “priya”"


def test_an_action_right_after_fast_typing_acts_on_the_loop_the_typing_selected(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    """A key that acts on the selection, queued behind the typing, sees the filtered list."""
    window = example_window
    window.tabs.setCurrentIndex(LOOPS_TAB)
    qtbot.keyClicks(window.filter_edit, "priya")
    loop = window.current_loop()  # asked before the event loop ran
    assert loop is not None
    assert loop.contact_name == "Priya Raman"
    assert not window.loops_tab.filter_pending


def test_a_longer_word_matching_the_same_loops_leaves_the_list_as_it_is(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    """Typing "priy" then "a" finds the same loop: the second key resets nothing, so the
    table is not painted again; a word finding other loops does reset it."""
    window = example_window
    window.tabs.setCurrentIndex(LOOPS_TAB)
    type_in_filter(qtbot, window, "priy")
    shown = window.current_loop()
    assert shown is not None
    resets: list[bool] = []
    window.loop_model.modelReset.connect(lambda: resets.append(True))
    type_in_filter(qtbot, window, "a")
    assert resets == []
    assert window.current_loop() == shown
    assert window.status_label.text() == "1 of 7 open loops match “priya”"
    window.filter_edit.clear()
    assert resets == [True]
    assert window.loop_model.rowCount() == 7
