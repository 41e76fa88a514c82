"""The tray: its three states, its counts, its menu, and what each entry does."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.planner import Status
from ghostless.services.backup import BACKUP_DIR, DAILY_PREFIX
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.reminders import Owed, ReminderService
from ghostless.ui.app import Shell, window_settings
from ghostless.ui.reminders.no_tray_note import NO_TRAY_NOTED_KEY
from ghostless.ui.reminders.tray import (
    MAX_MENU_ITEMS,
    SNOOZE_ALL_TEXT,
    TrayController,
    TraySnapshot,
    TrayState,
    snapshot_of,
    tray_icon_name,
)


def _owed_now(ledger: Ledger) -> list[Owed]:
    return list(snapshot_of(ReminderService(ledger).agenda(), away=False).owed)


def test_counts_and_states() -> None:
    assert TraySnapshot().state is TrayState.IDLE
    assert TraySnapshot().tooltip() == "Ghostless: Nothing owed now"
    assert TraySnapshot(away=True).tooltip().endswith("(reminders paused: away)")


def test_the_example_loops_make_the_tray_say_what_is_owed(examples: Ledger) -> None:
    owed = _owed_now(examples)
    assert owed, "the examples owe something on the test's Friday"
    snapshot = TraySnapshot(tuple(owed))
    overdue = sum(1 for o in owed if o.status is Status.OVERDUE)
    assert snapshot.overdue == overdue
    expected = f"{len(owed)} owed now" + (f", {overdue} overdue" if overdue else "")
    assert snapshot.counts_text() == expected
    assert snapshot.state is (TrayState.OVERDUE if overdue else TrayState.OWED)


def test_each_state_has_its_own_picture_and_a_template_for_macos(qtbot: QtBot) -> None:
    tray = TrayController(TraySnapshot, template=False)
    names = {tray_icon_name(state, template=False) for state in TrayState}
    assert names == {"tray-idle", "tray-owed", "tray-overdue"}
    for state in TrayState:
        assert not tray.state_icon(state).isNull()
        assert not tray.state_icon(state).isMask()
    mac = TrayController(TraySnapshot, template=True)
    for state in TrayState:
        picture = mac.state_icon(state)
        assert not picture.isNull()
        assert picture.isMask()


def test_the_menu_lists_what_is_owed_then_the_commands(qtbot: QtBot, examples: Ledger) -> None:
    owed = _owed_now(examples)
    tray = TrayController(lambda: TraySnapshot(tuple(owed)))
    tray.menu.aboutToShow.emit()  # rebuilt from a fresh snapshot as it opens
    texts = tray.menu_texts()
    shown = min(len(owed), MAX_MENU_ITEMS)
    assert texts[0] == TraySnapshot(tuple(owed)).counts_text()
    assert texts[1 : 1 + shown] == [
        f"{o.loop.contact_name}: {o.window.label}".replace("&", "&&") for o in owed[:shown]
    ]
    assert texts[-8:] == [
        "",
        SNOOZE_ALL_TEXT,
        "I'm away (pause reminders)",
        "",
        "Open Ghostless",
        "Settings…",
        "",
        "Quit Ghostless",
    ]
    assert tray.icon.toolTip().startswith("Ghostless: ")
    with qtbot.waitSignal(tray.open_loop_requested) as opened:
        tray.owed_actions[1].trigger()
    assert opened.args == [owed[0].loop.id]


def test_close_politely_lists_the_owed_loops_and_asks_for_the_wizard(
    qtbot: QtBot, examples: Ledger
) -> None:
    owed = _owed_now(examples)
    tray = TrayController(lambda: TraySnapshot(tuple(owed)))
    tray.menu.aboutToShow.emit()
    (polite,) = [a for a in tray.menu.actions() if a.text() == "Close politely…"]
    submenu = polite.menu()
    assert submenu is not None
    entries = submenu.actions()
    assert [a.text() for a in entries] == [
        f"{o.loop.contact_name}: {o.loop.subject}".replace("&", "&&") for o in owed[:MAX_MENU_ITEMS]
    ]
    with qtbot.waitSignal(tray.disengage_requested) as asked:
        entries[0].trigger()
    assert asked.args == [owed[0].loop.id]


def test_the_tray_opens_the_wizard_on_the_loop(qtbot: QtBot, shell: Shell) -> None:
    assert shell.tray is not None
    shell.tray.menu.aboutToShow.emit()  # the lines are read as the menu opens
    loop_id = shell.tray.snapshot.owed[0].loop.id
    shell.disengage(loop_id)
    window = shell.window
    assert window is not None
    wizard = window.commands.last_dialog
    assert wizard is not None
    assert wizard.isVisible()
    wizard.reject()


def test_nothing_owed_disables_snooze_all(qtbot: QtBot) -> None:
    tray = TrayController(TraySnapshot)
    tray.refresh()
    assert not tray.snooze_all_action.isEnabled()
    assert tray.menu_texts()[0] == "Nothing owed now"


@pytest.fixture
def shell(qtbot: QtBot, examples: Ledger, settings: QSettings) -> Iterator[Shell]:
    made = Shell(examples, settings, tray_available=True)
    made.tray_was_quit = False
    yield made
    if made.window is not None:
        made.window.keep_running_in_tray = False
        made.window.close()
        made.window.deleteLater()
    made.scheduler.stop()
    made.deleteLater()


def test_snooze_all_from_the_tray_snoozes_every_owed_loop_an_hour(
    shell: Shell, examples: Ledger, clock: FixedClock
) -> None:
    assert shell.tray is not None
    owed_ids = {o.loop.id for o in _owed_now(examples)}
    shell.tray.refresh()
    shell.tray.snooze_all_action.trigger()
    agenda = ReminderService(examples).agenda()
    in_an_hour = clock.now() + timedelta(hours=1)
    snoozed = {o.loop.id for o in agenda if o.snoozed_until == in_an_hour}
    assert snoozed == owed_ids
    assert snapshot_of(agenda, away=False).owed == ()
    assert shell.tray.snapshot.state is TrayState.IDLE
    assert shell.tray.icon.toolTip() == "Ghostless: Nothing owed now"


def test_away_from_the_tray_pauses_and_shows_it(shell: Shell) -> None:
    assert shell.tray is not None
    shell.tray.away_action.trigger()
    assert shell.reminders.away() is not None
    assert shell.tray.away_action.isChecked()
    assert "paused" in shell.tray.icon.toolTip()


def test_an_owed_entry_opens_the_window_at_its_loop(qtbot: QtBot, shell: Shell) -> None:
    assert shell.tray is not None
    assert shell.window is None
    shell.tray.menu.aboutToShow.emit()  # the lines are read as the menu opens
    entry = shell.tray.owed_actions[1]
    entry.trigger()
    window = shell.window
    assert window is not None
    assert window.isVisible()
    current = window.current_loop()
    assert current is not None
    assert entry.text().startswith(current.contact_name.replace("&", "&&"))


def test_closing_the_window_leaves_the_app_in_the_tray(qtbot: QtBot, shell: Shell) -> None:
    window = shell.show_window()
    qtbot.waitExposed(window)
    shell.scheduler.start()
    window.close()
    assert not window.isVisible()
    assert shell.scheduler.running  # reminders keep coming
    assert shell.scheduler.timer.isActive()


def test_without_a_tray_the_app_says_so_once(
    qtbot: QtBot, examples: Ledger, settings: QSettings
) -> None:
    shell = Shell(examples, settings, tray_available=False)
    assert shell.tray is None
    window = shell.show_window()
    assert not window.keep_running_in_tray  # closing it quits
    box = shell.note_no_tray_once()
    assert isinstance(box, QMessageBox)
    assert "no system tray" in box.text()
    box.close()
    assert settings.value(NO_TRAY_NOTED_KEY) == "true"
    assert shell.note_no_tray_once() is None
    window.close()
    assert QApplication.quitOnLastWindowClosed()


def test_starting_makes_todays_backup_once(qtbot: QtBot, shell: Shell, data_dir: Path) -> None:
    with qtbot.waitSignal(shell.background.daily_backup.finished, timeout=30_000):
        shell.background.run()
    with qtbot.waitSignal(shell.background.daily_backup.finished, timeout=30_000) as again:
        shell.background.run()  # a second start the same day keeps the one copy
    assert again.args == [None]
    copies = sorted((data_dir / BACKUP_DIR).glob(f"{DAILY_PREFIX}*.sqlite3"))
    assert [c.name for c in copies] == [f"{DAILY_PREFIX}2026-11-20.sqlite3"]
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600


def test_the_file_menu_offers_the_transfers(qtbot: QtBot, shell: Shell) -> None:
    window = shell.show_window()
    (file_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts[2:9] == [
        "&Import contacts…",
        "Export ca&lendar…",
        "Export &JSON…",
        "Export contacts as C&SV…",
        "Export contacts as &vCard…",
        "&Back up…",
        "&Restore…",
    ]


def test_window_settings_are_readable_by_the_user_only(data_dir: Path, ledger: Ledger) -> None:
    settings = window_settings(data_dir)
    settings.setValue("wizard/draft", "Hi Priya, I'm going to pass.")
    settings.sync()
    path = data_dir / "window.ini"
    assert "going to pass" in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_weekly_review_starts_with_the_shell_and_its_click_opens_insights(
    shell: Shell, examples: Ledger
) -> None:
    from ghostless.services.insights import InsightsService
    from ghostless.ui.main_window import INSIGHTS_TAB

    InsightsService(examples).set_review_enabled(True)
    shell.start()
    shell.background.run()  # a moment after the start-up work
    review = shell.background.weekly_review
    assert review is not None
    assert review.timer.isActive()
    # Due at once: the first review of a store never reviewed.
    assert InsightsService(examples).review_due() is None
    review.open_requested.emit()
    assert shell.window is not None
    assert shell.window.tabs.currentIndex() == INSIGHTS_TAB
    review.timer.stop()


def test_a_refresh_reads_the_counts_and_the_menu_lines_wait_for_the_menu(
    qtbot: QtBot, shell: Shell, examples: Ledger
) -> None:
    """A scheduler tick or a write refreshes the icon and tooltip with two counts; the
    lines (a query and their text) are read only as the menu is about to show."""
    tray = shell.tray
    assert tray is not None
    store = store_of(examples)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        tray.refresh()
        counted = list(statements)
        tray.menu.aboutToShow.emit()
    finally:
        store.conn.set_trace_callback(None)
    owed = _owed_now(examples)
    assert owed
    assert tray.icon.toolTip().startswith(f"Ghostless: {len(owed)} owed now")
    assert not [sql for sql in counted if "FROM loops" in sql]  # no line read for the refresh
    assert len(statements) > len(counted)  # the menu's lines were read as it opened
    assert [a.text() for a in tray.owed_actions[1 : 1 + len(owed[:MAX_MENU_ITEMS])]] == [
        f"{o.loop.contact_name}: {o.window.label}".replace("&", "&&") for o in owed[:MAX_MENU_ITEMS]
    ]
