"""Triage from the keyboard on Today: every key, several lines at once, undo of each
action (the store as it was), and the odd snooze date asked about first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, Loop
from ghostless.core.planner import SnoozePreset
from ghostless.services.ledger import Ledger
from ghostless.ui.commands import ConfirmBox
from ghostless.ui.common.accessible import plain
from ghostless.ui.loops.event_dialog import EventDialog
from ghostless.ui.main_window import LOOPS_TAB, TODAY_TAB, MainWindow
from ghostless.ui.today.today_page import TodayPage
from ghostless.ui.triage.keys import KEYS_HINT
from ghostless.ui.triage.snooze_menu import UNSNOOZE_TEXT, typed_time_action
from ghostless.ui.wizard.wizard import DisengageWizard
from tests.ui.test_today import press_ok
from tests.ui.test_undo_window import state


def _today(window: MainWindow) -> TodayPage:
    window.start_scheduler()
    window.tabs.setCurrentIndex(TODAY_TAB)
    page = window.today_page
    page.table.setFocus()
    return page


def _select_rows(page: TodayPage, *rows: int) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        index = page.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(index, flags)
    selection.setCurrentIndex(
        page.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def _loop_at(page: TodayPage, row: int) -> Loop:
    owed = page.model.owed_at(row)
    assert owed is not None
    return owed.loop


def _line(page: TodayPage, row: int) -> tuple[int, str]:
    owed = page.model.owed_at(row)
    assert owed is not None
    return (owed.loop.id, owed.window.key)


def _reach_out(page: TodayPage, row: int) -> bool:
    owed = page.model.owed_at(row)
    return owed is not None and owed.window.action.value == "reach_out"


def _now_ids(page: TodayPage) -> list[int]:
    return [_loop_at(page, row).id for row in range(page.model.now_count)]


def test_arrows_move_and_enter_opens_the_loop(qtbot: QtBot, example_window: MainWindow) -> None:
    page = _today(example_window)
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 2
    third = _loop_at(page, 2)
    assert page.selected() is not None
    assert page.selected().loop.id == third.id
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert example_window.tabs.currentIndex() == LOOPS_TAB
    current = example_window.current_loop()
    assert current is not None
    assert current.id == third.id


def test_r_and_e_open_the_log_dialog_with_the_right_kind(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    page = _today(example_window)
    page.select_row(1)
    for key, kind in ((Qt.Key.Key_R, EventKind.RECEIVED), (Qt.Key.Key_E, EventKind.SENT)):
        qtbot.keyClick(page.table, key)
        dialog = example_window.commands.last_dialog
        assert isinstance(dialog, EventDialog)
        assert dialog.kind() is kind
        assert dialog.isVisible()
        dialog.reject()
        page.table.setFocus()


def test_e_on_three_lines_logs_one_message_on_each_as_one_undo_step(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    page = _today(example_window)
    loops = [_loop_at(page, row) for row in (0, 1, 2)]
    _select_rows(page, 0, 1, 2)
    before = state(data_dir)
    qtbot.keyClick(page.table, Qt.Key.Key_E)
    dialog = example_window.commands.last_dialog
    assert isinstance(dialog, EventDialog)
    assert dialog.windowTitle() == "Log: 3 loops"
    dialog.text_edit.setPlainText("Thanks, I will answer properly on Monday.")
    press_ok(qtbot, dialog)
    for loop in loops:
        last = examples.events(loop.id)[-1]
        assert (last.kind, last.text) == (
            EventKind.SENT,
            "Thanks, I will answer properly on Monday.",
        )
    assert examples.history.undo_label() == "log a sent message on 3 loops"
    example_window.undo_controls.undo_action.trigger()
    assert state(data_dir) == before


def test_s_opens_the_snooze_menu_and_a_preset_snoozes_every_selected_line(
    qtbot: QtBot, example_window: MainWindow, data_dir: Path
) -> None:
    page = _today(example_window)
    chosen = [_loop_at(page, row).id for row in (0, 1)]
    _select_rows(page, 0, 1)
    before = state(data_dir)
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    menu = page.last_snooze_menu
    assert isinstance(menu, QMenu)
    assert menu.isVisible()
    assert menu.title() == "Snooze 2 loops"
    hour = next(a for a in menu.actions() if a.data() == SnoozePreset.HOUR.value)
    hour.trigger()
    menu.close()
    assert not set(chosen) & set(_now_ids(page))
    # Both are listed as snoozed, with when they come back.
    snoozed = [page.model.row_of(loop_id) for loop_id in chosen]
    for row in snoozed:
        assert row is not None
        assert page.model.index(row, 0).data().startswith("Snoozed")
        assert page.model.index(row, 3).data().startswith("snoozed until today 16:00")
    assert "Snoozed 2 loops until " in example_window.undo_controls.link_label.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(data_dir) == before
    assert set(chosen) <= set(_now_ids(page))


def test_a_time_typed_in_the_snooze_menu_snoozes_until_then(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    page = _today(example_window)
    loop = _loop_at(page, 0)
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    menu = page.last_snooze_menu
    assert menu is not None
    typed = typed_time_action(menu)
    assert typed is not None
    qtbot.keyClicks(typed.edit, "monday 10am")
    qtbot.keyClick(typed.edit, Qt.Key.Key_Return)
    row = page.model.row_of(loop.id)
    assert row is not None
    assert page.model.index(row, 3).data().startswith("snoozed until Mon 10:00")
    # A snoozed line's menu offers to bring it back now.
    page.select_row(row)
    again = page.snooze_menu()
    assert again is not None
    unsnooze = next(a for a in again.actions() if plain(a.text()) == UNSNOOZE_TEXT)
    unsnooze.trigger()
    again.deleteLater()
    assert loop.id in _now_ids(page)


def test_a_snooze_to_2999_is_asked_about_and_saved_only_if_meant(
    qtbot: QtBot, example_window: MainWindow, data_dir: Path
) -> None:
    page = _today(example_window)
    loop = _loop_at(page, 0)
    page.select_row(0)
    before = state(data_dir)
    menu = page.popup_snooze_menu()
    assert menu is not None
    typed = typed_time_action(menu)
    assert typed is not None
    qtbot.keyClicks(typed.edit, "1 January 2999")
    qtbot.keyClick(typed.edit, Qt.Key.Key_Return)
    box = example_window.commands.last_prompt
    assert isinstance(box, ConfirmBox)
    assert "973 years away" in box.text() or "972 years away" in box.text()
    assert state(data_dir) == before  # nothing written while it asks
    box.cancel_button.click()
    assert state(data_dir) == before
    assert loop.id in _now_ids(page)
    # Asked again, and this time meant.
    menu = page.popup_snooze_menu()
    assert menu is not None
    typed = typed_time_action(menu)
    assert typed is not None
    qtbot.keyClicks(typed.edit, "1 January 2999")
    qtbot.keyClick(typed.edit, Qt.Key.Key_Return)
    box = example_window.commands.last_prompt
    assert isinstance(box, ConfirmBox)
    box.confirm_button.click()
    assert loop.id not in _now_ids(page)


def test_a_snooze_into_the_past_is_refused_with_a_message(
    qtbot: QtBot, example_window: MainWindow, data_dir: Path
) -> None:
    page = _today(example_window)
    page.select_row(0)
    before = state(data_dir)
    menu = page.popup_snooze_menu()
    assert menu is not None
    typed = typed_time_action(menu)
    assert typed is not None
    qtbot.keyClicks(typed.edit, "yesterday")
    qtbot.keyClick(typed.edit, Qt.Key.Key_Return)
    prompt = example_window.commands.last_prompt
    assert prompt is not None
    assert "is not in the future" in prompt.text()
    assert state(data_dir) == before


def test_d_starts_close_politely_on_the_line_with_the_focus(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    page = _today(example_window)
    loop = _loop_at(page, 1)
    page.select_row(1)
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    wizard = example_window.commands.last_dialog
    assert isinstance(wizard, DisengageWizard)
    assert loop.contact_name in wizard.windowTitle() or wizard.isVisible()
    wizard.reject()


def test_x_marks_every_selected_line_done_and_ctrl_z_takes_it_back(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    page = _today(example_window)
    rows = [row for row in range(page.model.now_count) if not _reach_out(page, row)][:3]
    chosen = [_loop_at(page, row) for row in rows]
    lines = {_line(page, row) for row in rows}
    _select_rows(page, *rows)
    before = state(data_dir)
    qtbot.keyClick(page.table, Qt.Key.Key_X)
    for loop in chosen:
        assert examples.events(loop.id)[-1].text.startswith("Marked done: ")
    assert not lines & {_line(page, row) for row in range(page.model.rowCount())}
    assert "Marked 3 items done." in example_window.undo_controls.link_label.text()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(data_dir) == before
    assert lines <= {_line(page, row) for row in range(page.model.rowCount())}


def test_x_on_a_reach_out_says_what_settles_it_and_writes_nothing(
    qtbot: QtBot, example_window: MainWindow, data_dir: Path
) -> None:
    page = _today(example_window)
    reach_out = next(row for row in range(page.model.rowCount()) if _reach_out(page, row))
    _select_rows(page, 0, reach_out)
    before = state(data_dir)
    qtbot.keyClick(page.table, Qt.Key.Key_X)
    # Said under the list, not in a box that would take the next keys.
    assert example_window.commands.last_prompt is None
    assert "a new loop with the person you were introduced to settles it" in (
        page.note_label.text()
    )
    assert state(data_dir) == before


def test_the_keys_do_nothing_while_typing_elsewhere(
    qtbot: QtBot, example_window: MainWindow, data_dir: Path
) -> None:
    page = _today(example_window)
    page.select_row(0)
    before = state(data_dir)
    example_window.tabs.setCurrentIndex(LOOPS_TAB)
    example_window.filter_edit.setFocus()
    qtbot.keyClicks(example_window.filter_edit, "xdsre")
    assert example_window.filter_edit.text() == "xdsre"
    assert state(data_dir) == before


def test_the_keys_are_shown_in_the_hint_tooltips_and_context_menu(
    example_window: MainWindow,
) -> None:
    page = _today(example_window)
    assert page.keys_label.text() == KEYS_HINT
    for key in ("Enter open", "R received", "E sent", "S snooze", "D close politely", "X done"):
        assert key in KEYS_HINT
    assert page.done_button.toolTip().endswith("(X)")
    assert page.log_sent_button.toolTip().endswith("(E)")
    assert page.snooze_button.toolTip().endswith("(S)")
    shortcuts = {a.text(): a.shortcut().toString() for a in page.keys.all()}
    assert shortcuts["Log message &received…"] == "R"
    assert shortcuts["Mark &done"] == "X"


def test_today_model_with_snoozed_lines_passes_the_model_tester(
    qtmodeltester: ModelTester, example_window: MainWindow, clock: FixedClock
) -> None:
    page = _today(example_window)
    _select_rows(page, 0, 1)
    page.keys.snooze.trigger()
    menu = page.last_snooze_menu
    assert menu is not None
    next(a for a in menu.actions() if a.data() == SnoozePreset.HOUR.value).trigger()
    menu.close()
    qtmodeltester.check(page.model)
