"""Snooze reachable wherever a loop is shown: the Loops toolbar, the Loop menu, the loop
list's context menu and the tray; a snoozed loop says until when in the list and the
pane; an event dated far ahead is asked about before it is saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QSettings, Qt
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind
from ghostless.core.planner import SnoozePreset
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.app import Shell
from ghostless.ui.common.accessible import plain
from ghostless.ui.loops.event_dialog import EventDialog
from ghostless.ui.loops.loop_table_model import LoopColumn
from ghostless.ui.main_window import MainWindow
from ghostless.ui.reminders.reminder_dialogs import SnoozeDialog
from ghostless.ui.reminders.tray import TRAY_SNOOZE_PRESETS
from tests.ui.test_main_window import select
from tests.ui.test_today import press_ok
from tests.ui.test_undo_window import state


def _preset(menu: QMenu, preset: SnoozePreset) -> None:
    next(a for a in menu.actions() if a.data() == preset.value).trigger()


def test_snooze_is_in_the_loops_toolbar_loop_menu_and_context_menu(
    example_window: MainWindow,
) -> None:
    window = example_window
    select(window, "Priya Raman")
    snooze = window.window_actions.snooze
    assert snooze.isEnabled()
    assert snooze.menu() is window.snooze_wiring.menu
    toolbar = window.findChild(QToolBar, "actions_toolbar")
    assert toolbar is not None
    assert snooze in toolbar.actions()
    button = toolbar.widgetForAction(snooze)
    assert isinstance(button, QToolButton)
    assert button.popupMode() is QToolButton.ToolButtonPopupMode.InstantPopup
    loop_menu = next(m for m in window.menuBar().actions() if m.text() == "&Loop").menu()
    assert loop_menu is not None
    assert snooze in loop_menu.actions()
    assert snooze in window.loop_table.actions()  # the list's context menu
    assert window.loop_table.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu
    assert "Ctrl+Shift+S" in snooze.toolTip()


def test_snoozing_from_the_loops_menu_shows_in_the_next_column_and_the_pane(
    example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    window = example_window
    select(window, "Priya Raman")
    before = state(data_dir)
    menu = window.snooze_wiring.menu
    menu.aboutToShow.emit()
    _preset(menu, SnoozePreset.TOMORROW_MORNING)
    row = window.loop_table.currentIndex().row()
    cell = window.loop_model.index(row, LoopColumn.NEXT)
    assert cell.data() == "reply snoozed until tomorrow 09:00"
    assert "snoozed until" in cell.data(Qt.ItemDataRole.ToolTipRole)
    pane = window.detail_pane
    assert pane.status_label.text() == "Open · snoozed until Sat 21 Nov 2026, 09:00"
    assert "Remind me now" in pane.owed_label.text()
    # The pane's link brings it back, and Ctrl+Z would too.
    pane.owed_label.linkActivated.emit("unsnooze:")
    cell = window.loop_model.index(window.loop_table.currentIndex().row(), LoopColumn.NEXT)
    assert "snoozed" not in cell.data()
    assert pane.status_label.text() == "Open"
    window.undo_controls.undo()  # the unsnooze
    window.undo_controls.undo()  # the snooze
    assert state(data_dir) == before


def test_ctrl_shift_s_on_loops_opens_the_menu_and_it_holds_this_loop_only(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    window = example_window
    select(window, "Mei Chen")
    window.loop_table.setFocus()
    qtbot.keyClick(
        window.loop_table,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    menu = window.snooze_wiring.menu
    assert menu.isVisible()
    assert window.snooze_wiring.loop_ids() == [window.current_loop().id]  # type: ignore[union-attr]
    menu.close()


def test_pick_a_time_for_the_loop_asks_before_a_date_years_away(
    qtbot: QtBot, example_window: MainWindow, data_dir: Path
) -> None:
    window = example_window
    select(window, "Priya Raman")
    menu = window.snooze_wiring.menu
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if plain(a.text()) == "Pick a time…").trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, SnoozeDialog)
    before = state(data_dir)
    dialog.when_edit.setDateTime(QDateTime(2999, 1, 1, 9, 0, 0))
    press_ok(qtbot, dialog)
    question = dialog.question
    assert question is not None
    assert "years away" in question.text()
    assert dialog.isVisible()  # nothing saved: still open
    assert state(data_dir) == before
    back = next(b for b in question.buttons() if b.text() == "No, let me fix it")
    back.click()
    assert state(data_dir) == before
    press_ok(qtbot, dialog)
    assert dialog.question is not None
    keep = next(b for b in dialog.question.buttons() if b.text() == "Yes, save it")
    keep.click()
    assert not dialog.isVisible()
    assert state(data_dir) != before


def test_a_message_logged_in_2099_is_asked_about_first(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger, data_dir: Path
) -> None:
    window = example_window
    select(window, "Priya Raman")
    loop = window.current_loop()
    assert loop is not None
    window.window_actions.log_received.trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, EventDialog)
    dialog.when_edit.setDateTime(QDateTime(2099, 1, 1, 10, 0, 0))
    before = state(data_dir)
    press_ok(qtbot, dialog)
    assert dialog.question is not None
    assert "72 years from now" in dialog.question.text()
    assert state(data_dir) == before
    keep = next(b for b in dialog.question.buttons() if b.text() == "Yes, save it")
    keep.click()
    last = examples.events(loop.id)[-1]
    assert (last.kind, last.at) == (EventKind.RECEIVED, datetime(2099, 1, 1, 9, 0, tzinfo=UTC))


@pytest.fixture
def shell(qtbot: QtBot, examples: Ledger, settings: QSettings) -> Iterator[Shell]:
    made = Shell(examples, settings, tray_available=True)
    yield made
    if made.window is not None:
        made.window.keep_running_in_tray = False
        made.window.close()
        made.window.deleteLater()
    made.scheduler.stop()
    made.deleteLater()


def test_the_tray_snoozes_one_loop_by_a_preset_or_a_picked_time(
    shell: Shell, examples: Ledger, clock: FixedClock
) -> None:
    tray = shell.tray
    assert tray is not None
    tray.menu.aboutToShow.emit()  # the lines are read as the menu opens
    entry = next(a for a in tray.menu.actions() if a.text() == "Snooze…")
    loops = entry.menu()
    assert loops is not None
    first = tray.snapshot.owed[0]
    per_loop = loops.actions()[0].menu()
    assert per_loop is not None
    texts = [a.text() for a in per_loop.actions() if a.text()]
    assert texts == [p.label for p in TRAY_SNOOZE_PRESETS] + ["Pick a time…"]
    per_loop.actions()[0].trigger()  # for an hour
    agenda = ReminderService(examples).loop_agenda(first.loop.id)
    assert agenda[0].snoozed_until == clock.now() + timedelta(hours=1)
    tray.menu.aboutToShow.emit()
    assert tray.snapshot.owed
    assert first.loop.id not in {o.loop.id for o in tray.snapshot.owed}
    # Pick a time opens the window's dialog for that loop.
    second = tray.snapshot.owed[0].loop.id
    entry = next(a for a in tray.menu.actions() if a.text() == "Snooze…")
    per_loop = entry.menu().actions()[0].menu()  # type: ignore[union-attr]
    next(a for a in per_loop.actions() if plain(a.text()) == "Pick a time…").trigger()
    window = shell.window
    assert window is not None
    dialog = window.commands.last_dialog
    assert isinstance(dialog, SnoozeDialog)
    assert dialog.isVisible()
    name = examples.loop(second).contact_name
    assert any(name in label.text() for label in dialog.findChildren(QLabel))
    dialog.reject()
