"""The settings dialog: working hours saved at once, errors beside their field."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTime
from pytestqt.qtbot import QtBot

from ghostless.services.autostart import AUTOSTART_FLAG, LaunchAgent, WindowsRunKey, XdgAutostart
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.app import Shell
from ghostless.ui.settings_dialog import SettingsDialog


class FakeEntry:
    def __init__(self, on: bool = False, fails: bool = False) -> None:
        self.on, self.fails = on, fails

    def enabled(self) -> bool:
        return self.on

    def enable(self) -> None:
        if self.fails:
            raise PermissionError("read-only folder")
        self.on = True

    def disable(self) -> None:
        self.on = False


def _dialog(qtbot: QtBot, ledger: Ledger, settings: QSettings, entry: FakeEntry) -> SettingsDialog:
    dialog = SettingsDialog(ReminderService(ledger), entry, settings)
    qtbot.addWidget(dialog)
    return dialog


def test_working_hours_notifications_and_login_are_saved(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    entry = FakeEntry()
    dialog = _dialog(qtbot, ledger, settings, entry)
    dialog.start_edit.setTime(QTime(8, 30))
    dialog.end_edit.setTime(QTime(16, 0))
    dialog.day_checks[4].setChecked(False)  # Fridays off
    dialog.weekends_check.setChecked(True)
    dialog.native_check.setChecked(False)
    dialog.login_check.setChecked(True)
    with qtbot.waitSignal(dialog.applied):
        dialog.accept()
    hours = ReminderService(ledger).settings().working_hours
    assert (hours.start, hours.end, hours.days, hours.weekends) == (
        time(8, 30),
        time(16, 0),
        (0, 1, 2, 3),
        True,
    )
    assert settings.value("notifications/native") == "false"
    assert settings.value("notifications/bar") == "true"
    assert entry.on
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_an_error_is_shown_beside_its_field_and_nothing_saved(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    dialog = _dialog(qtbot, ledger, settings, FakeEntry())
    dialog.show()
    for check in dialog.day_checks:
        check.setChecked(False)
    dialog.accept()
    assert "working day" in dialog.field_error("working_days")
    assert ReminderService(ledger).settings().working_hours.days == (0, 1, 2, 3, 4)
    assert dialog.isVisible()


def test_a_login_entry_that_cannot_be_written_is_said_beside_its_box(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    dialog = _dialog(qtbot, ledger, settings, FakeEntry(fails=True))
    dialog.show()
    dialog.login_check.setChecked(True)
    dialog.accept()
    assert "read-only folder" in dialog.field_error("start_at_login")


def test_settings_take_effect_at_once(qtbot: QtBot, examples: Ledger, settings: QSettings) -> None:
    shell = Shell(examples, settings, tray_available=True)
    shell.scheduler.start()
    before = shell.scheduler.next_wakeup_at
    dialog = shell.open_settings()
    dialog.respect_check.setChecked(False)  # every reminder at its moment
    with qtbot.waitSignal(shell.scheduler.schedule_changed):
        dialog.accept()
    assert not shell.reminders.needs_refresh()  # windows recomputed
    assert shell.reminders.settings().working_hours.enabled is False
    assert shell.scheduler.next_wakeup_at != before or before is None
    shell.scheduler.stop()


def test_away_from_the_dialog(qtbot: QtBot, examples: Ledger, settings: QSettings) -> None:
    shell = Shell(examples, settings, tray_available=True)
    dialog = shell.open_settings()
    dialog.away_check.setChecked(True)
    dialog.accept()
    assert shell.reminders.away() is not None
    assert shell.tray is not None
    assert shell.tray.away_action.isChecked()


def test_start_at_login_names_the_folder_this_session_runs_on(
    qtbot: QtBot, examples: Ledger, settings: QSettings, tmp_path: Path
) -> None:
    shell = Shell(examples, settings, tray_available=False, data_dir=tmp_path / "elsewhere")
    dialog = shell.open_settings()
    entry = dialog._autostart
    assert isinstance(entry, XdgAutostart | WindowsRunKey | LaunchAgent)
    assert entry.command[-3:] == ["--data-dir", str(tmp_path / "elsewhere"), AUTOSTART_FLAG]
    dialog.reject()
