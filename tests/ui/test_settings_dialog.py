"""The settings dialog: working hours saved at once, errors beside their field."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from ghostless.core.settings import GROUPS, SPECS, Settings
from ghostless.services.autostart import AUTOSTART_FLAG, LaunchAgent, WindowsRunKey, XdgAutostart
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.services.settings import SettingsService
from ghostless.ui.app import Shell
from ghostless.ui.settings.settings_dialog import SettingsDialog


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
    dialog = shell.settings_opener.open()
    dialog.respect_check.setChecked(False)  # every reminder at its moment
    with qtbot.waitSignal(shell.scheduler.schedule_changed):
        dialog.accept()
    assert not shell.reminders.needs_refresh()  # windows recomputed
    assert shell.reminders.settings().working_hours.enabled is False
    assert shell.scheduler.next_wakeup_at != before or before is None
    window = shell.window
    assert window is not None  # the dialog's parent
    # The window's views re-read in turns after the recompute: done before the store closes.
    qtbot.waitUntil(lambda: not window.delivery_start.settling, timeout=5_000)
    shell.scheduler.stop()


def test_away_from_the_dialog(qtbot: QtBot, examples: Ledger, settings: QSettings) -> None:
    shell = Shell(examples, settings, tray_available=True)
    dialog = shell.settings_opener.open()
    dialog.away_check.setChecked(True)
    dialog.accept()
    assert shell.reminders.away() is not None
    assert shell.tray is not None
    assert shell.tray.away_action.isChecked()


def test_start_at_login_names_the_folder_this_session_runs_on(
    qtbot: QtBot, examples: Ledger, settings: QSettings, tmp_path: Path
) -> None:
    shell = Shell(examples, settings, tray_available=False, data_dir=tmp_path / "elsewhere")
    dialog = shell.settings_opener.open()
    entry = dialog._autostart
    assert isinstance(entry, XdgAutostart | WindowsRunKey | LaunchAgent)
    assert entry.command[-3:] == ["--data-dir", str(tmp_path / "elsewhere"), AUTOSTART_FLAG]
    dialog.reject()


def test_every_setting_has_a_page_a_default_and_a_reset(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    dialog = _dialog(qtbot, ledger, settings, FakeEntry())
    assert set(dialog.editors) == {spec.key for spec in SPECS}
    assert dialog.group_list.count() == len(GROUPS) + 1  # and "This computer"
    spin = dialog.editors["reply_due_hours"]
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum(), spin.suffix()) == (1, 24 * 365, " hours")
    reset = dialog.reset_buttons["reply_due_hours"]
    assert not reset.isEnabled()
    spin.setValue(36)
    assert reset.isEnabled()
    reset.click()
    assert spin.value() == 48
    assert not reset.isEnabled()


def test_a_change_recomputes_and_can_be_undone(
    qtbot: QtBot, examples: Ledger, settings: QSettings
) -> None:
    service = ReminderService(examples)
    due_before = {o.window.key: o.window.due_at for o in service.agenda()}
    dialog = _dialog(qtbot, examples, settings, FakeEntry())
    dialog.editors["reply_due_hours"].setValue(30)  # type: ignore[attr-defined]
    dialog.editors["count_working_days"].setChecked(False)  # type: ignore[attr-defined]
    dialog.checker_checks["no_thanks"].setChecked(False)
    dialog.editors["draft_word_limit"].setValue(90)  # type: ignore[attr-defined]
    assert dialog.changes() == {
        "reply_due_hours": 30,
        "count_working_days": False,
        "draft_word_limit": 90,
        "draft_checks_off": ["no_thanks"],
    }
    with qtbot.waitSignal(dialog.applied):
        dialog.accept()
    now = SettingsService(examples).current()
    assert (now.reply_due_hours, now.count_working_days, now.draft_word_limit) == (30, False, 90)
    # Saved at once, the windows only marked stale: the app works them out on a
    # thread when ``applied`` arrives (tests/ui/test_recompute.py); this reader
    # refreshes them itself before it reads.
    assert service.needs_refresh()
    assert {o.window.key: o.window.due_at for o in service.agenda()} != due_before
    assert SettingsService(examples).checker_options().word_limit == 90

    again = _dialog(qtbot, examples, settings, FakeEntry())
    assert again.undo_button.isEnabled()
    with qtbot.waitSignal(again.applied):
        again.undo_button.click()
    assert SettingsService(examples).current().reply_due_hours == 48
    assert again.editors["reply_due_hours"].value() == 48  # type: ignore[attr-defined]
    assert {o.window.key: o.window.due_at for o in service.agenda()} == due_before


def test_values_out_of_order_are_refused_beside_their_field_and_nothing_saved(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    dialog = _dialog(qtbot, ledger, settings, FakeEntry())
    dialog.show()
    before = SettingsService(ledger).values()
    dialog.editors["reply_overdue_hours"].setValue(10)  # type: ignore[attr-defined]
    dialog.accept()
    assert "less than 'Due after' (48 hours)" in dialog.field_error("reply_overdue_hours")
    assert dialog.pages.currentIndex() == GROUPS.index("Replies")
    assert dialog.isVisible()
    assert SettingsService(ledger).values() == before
    dialog.editors["time_zone"].setEditText("Mars/Olympus")  # type: ignore[attr-defined]
    dialog.editors["reply_overdue_hours"].setValue(72)  # type: ignore[attr-defined]
    dialog.accept()
    assert "not a known zone" in dialog.field_error("time_zone")
    assert SettingsService(ledger).values() == before


def test_restore_all_defaults_fills_the_editors_and_saves_on_ok(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    SettingsService(ledger).update({"reply_due_hours": 40, "snooze_evening": "20:00"})
    dialog = _dialog(qtbot, ledger, settings, FakeEntry())
    dialog.defaults_button.click()
    assert SettingsService(ledger).current().reply_due_hours == 40  # not yet
    dialog.accept()
    assert SettingsService(ledger).values() == Settings().to_dict()
