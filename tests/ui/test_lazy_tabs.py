"""Tabs built on first need (issue 12): only Today is built at start; Loops and
Contacts are built the first time they are shown, or reached by a key, a menu or
a write, and then work as if they had been there all along."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ghostless.core.models import LoopKind, Outcome
from ghostless.core.queries import LoopQuery
from ghostless.services.ledger import Ledger
from ghostless.ui.app import build_main_window, window_settings
from ghostless.ui.main_window import CONTACTS_TAB, LOOPS_TAB, TODAY_TAB, MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def started(qtbot: QtBot, examples: Ledger, settings: QSettings) -> Iterator[MainWindow]:
    """The window as a start shows it: on Today, the other tabs not built yet."""
    window = build_main_window(examples, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QApplication.processEvents()
    assert window.tabs.currentIndex() == TODAY_TAB
    assert window.loops_holder.page is None
    assert window.contacts_holder.page is None
    yield window
    window.close()


def test_the_start_shows_today_and_counts_the_loops_without_building_the_others(
    started: MainWindow,
) -> None:
    assert started.status_label.text() == "7 open loops"
    assert started.tabs.tabText(LOOPS_TAB) == "Loops"
    assert started.tabs.tabText(CONTACTS_TAB) == "Contacts"
    started.today_page.refresh()
    assert started.today_page.model.rowCount() > 0
    assert started.loops_holder.page is None


def test_ctrl_f_before_the_loops_tab_was_shown_builds_it_and_filters(
    qtbot: QtBot, started: MainWindow, qtmodeltester: ModelTester
) -> None:
    QTest.keyClick(started, Qt.Key.Key_F, CTRL)
    assert started.tabs.currentIndex() == LOOPS_TAB
    assert started.loops_holder.page is started.loops_tab
    assert QApplication.focusWidget() is started.filter_edit
    QTest.keyClicks(started.filter_edit, "Priya")
    # Keys typed faster than the list filters are applied together, a turn later.
    qtbot.waitUntil(lambda: not started.loops_tab.filter_pending, timeout=1000)
    assert started.loop_model.rowCount() == 1
    assert started.current_loop() is not None
    assert started.detail_pane.loop is not None
    assert "match" in started.status_label.text()
    qtmodeltester.check(started.loop_model)


def test_the_view_menu_reaches_contacts_before_they_were_shown(
    started: MainWindow, qtmodeltester: ModelTester
) -> None:
    started.window_actions.show_contacts.trigger()
    page = started.contacts_page
    assert started.contacts_holder.page is page
    assert page.isVisible()
    assert page.contact_model.rowCount() == 7
    page.contact_table.selectRow(0)
    assert started.window_actions.edit_contact.isEnabled()  # the contact actions follow it
    assert started.window_actions.contact_loops in page.contact_table.actions()
    qtmodeltester.check(page.contact_model)


def test_show_closed_from_the_menu_builds_the_loops_tab_and_lists_them(
    started: MainWindow, examples: Ledger
) -> None:
    examples.close_loop(examples.list_loops(LoopQuery())[0].id, Outcome.REPLIED)
    started.window_actions.show_closed.trigger()
    assert started.show_closed_check.isChecked()
    started.tabs.setCurrentIndex(LOOPS_TAB)
    assert started.loop_model.rowCount() == 7  # six open and the closed one
    assert started.status_label.text() == "7 loops, 6 of them open"


def test_opening_a_loop_from_a_notification_builds_the_tab_and_selects_it(
    started: MainWindow, examples: Ledger
) -> None:
    last = max(loop.id for loop in examples.list_loops(LoopQuery()))
    assert started.open_loop(last)
    assert started.tabs.currentIndex() == LOOPS_TAB
    selected = started.current_loop()
    assert selected is not None
    assert selected.id == last
    assert started.window_actions.snooze in started.loop_table.actions()  # its context menu


def test_a_loop_added_from_today_is_shown_in_the_loops_tab_built_for_it(
    started: MainWindow, examples: Ledger
) -> None:
    contact = examples.add_contact(name="Nadia Lee")
    loop_id = examples.add_loop(contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="x")
    started.commands.records_changed.emit(loop_id)
    assert started.tabs.currentIndex() == LOOPS_TAB
    selected = started.current_loop()
    assert selected is not None
    assert selected.id == loop_id
    assert started.status_label.text() == "8 open loops"


def test_a_write_while_the_tabs_are_not_built_recounts_without_building_them(
    started: MainWindow, examples: Ledger
) -> None:
    contact = examples.add_contact(name="Nadia Lee")
    examples.add_loop(contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="x")
    started.commands.records_changed.emit(0)
    assert started.status_label.text() == "8 open loops"
    assert started.loops_holder.page is None
    assert started.contacts_holder.page is None


def test_a_layout_kept_is_not_lost_by_a_run_that_never_showed_the_loops_tab(
    qtbot: QtBot, examples: Ledger, data_dir: Path
) -> None:
    first = build_main_window(examples, window_settings(data_dir))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.tabs.setCurrentIndex(LOOPS_TAB)
    first.show_closed_check.setChecked(True)
    first.tabs.setCurrentIndex(TODAY_TAB)
    first.close()

    second = build_main_window(examples, window_settings(data_dir))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.loops_holder.page is None
    assert second.window_actions.show_closed.isChecked()  # the menu says so before the tab
    second.close()  # never built: what was kept stays

    third = build_main_window(examples, window_settings(data_dir))
    qtbot.addWidget(third)
    assert third.show_closed_check.isChecked()
    third.close()
