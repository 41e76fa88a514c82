"""Settings: working hours, notifications, away mode and start at login.

OK applies everything at once: working hours go to the store through
:meth:`ReminderService.update_settings` (every window is then recomputed and
the scheduler re-plans, see :class:`ghostless.ui.app.Shell`); the notification
choices are window preferences in window.ini; start at login writes or removes
the platform's entry. A bad value is shown under its field and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTimeEdit, QWidget

from ghostless import APP_NAME
from ghostless.core.errors import InputError
from ghostless.core.working_hours import DAY_NAMES
from ghostless.services.autostart import AutostartEntry, set_enabled
from ghostless.services.reminders import ReminderService
from ghostless.ui.form_dialog import FormDialog

_DAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _flag(settings: QSettings, key: str) -> bool:
    value = settings.value(key)
    return True if value is None else str(value).lower() == "true"


class SettingsDialog(FormDialog):
    """The settings a user changes; OK applies them at once.

    Signals:
        applied(): the settings were saved (the app recomputes and re-plans).
        away_requested(bool): away mode was turned on or off here.

    Attributes:
        day_checks: one checkbox a weekday, Monday first.
        start_edit, end_edit: the working day's start and end.
        weekends_check: deliver on Saturdays and Sundays too.
        respect_check: hold reminders until working hours.
        native_check, bar_check: native notifications, the in-window bar.
        away_check: away mode.
        login_check: start at login.
    """

    applied = Signal()
    away_requested = Signal(bool)

    def __init__(
        self,
        reminders: ReminderService,
        autostart: AutostartEntry,
        window_settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(f"{APP_NAME} settings", parent)
        self._reminders = reminders
        self._autostart = autostart
        self._window_settings = window_settings
        settings = reminders.settings()
        hours = settings.working_hours

        self.respect_check = QCheckBox("Hold reminders until working hours")
        self.respect_check.setChecked(hours.enabled)
        self.add_field("respect_working_hours", "", self.respect_check)
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.day_checks: list[QCheckBox] = []
        for number, label in enumerate(_DAY_LABELS):
            check = QCheckBox(label)
            check.setChecked(number in hours.days)
            row.addWidget(check)
            self.day_checks.append(check)
        self.add_field("working_days", "Working &days", days)
        self.start_edit = QTimeEdit(QTime(hours.start.hour, hours.start.minute))
        self.start_edit.setDisplayFormat("HH:mm")
        self.add_field("working_start", "&Start", self.start_edit)
        self.end_edit = QTimeEdit(QTime(hours.end.hour, hours.end.minute))
        self.end_edit.setDisplayFormat("HH:mm")
        self.add_field("working_end", "&End", self.end_edit)
        self.weekends_check = QCheckBox("Deliver on weekends too, at the same hours")
        self.weekends_check.setChecked(hours.weekends)
        self.add_field("deliver_on_weekends", "", self.weekends_check)

        self.form.addRow(_heading("Notifications"))
        self.native_check = QCheckBox("Desktop notifications")
        self.native_check.setChecked(_flag(window_settings, "notifications/native"))
        self.add_field("native", "", self.native_check)
        self.bar_check = QCheckBox("Reminders bar in the window")
        self.bar_check.setChecked(_flag(window_settings, "notifications/bar"))
        self.add_field("bar", "", self.bar_check)

        self.form.addRow(_heading("Pausing and starting"))
        self.away_check = QCheckBox("I'm away: pause every reminder")
        self._was_away = reminders.away() is not None
        self.away_check.setChecked(self._was_away)
        self.add_field("away", "", self.away_check)
        self.login_check = QCheckBox(f"Start {APP_NAME} at login, in the tray")
        self._was_login = autostart.enabled()
        self.login_check.setChecked(self._was_login)
        self.add_field("start_at_login", "", self.login_check)

    def changes(self) -> dict[str, object]:
        """The working-hours settings as entered, by their JSON keys."""
        return {
            "respect_working_hours": self.respect_check.isChecked(),
            "working_days": [
                DAY_NAMES[day] for day, check in enumerate(self.day_checks) if check.isChecked()
            ],
            "working_start": self.start_edit.time().toString("HH:mm"),
            "working_end": self.end_edit.time().toString("HH:mm"),
            "deliver_on_weekends": self.weekends_check.isChecked(),
        }

    def submit(self) -> None:
        self._reminders.update_settings(self.changes())  # InputError keeps the dialog open
        prefs = self._window_settings
        prefs.setValue("notifications/native", "true" if self.native_check.isChecked() else "false")
        prefs.setValue("notifications/bar", "true" if self.bar_check.isChecked() else "false")
        prefs.sync()
        login = self.login_check.isChecked()
        if login != self._was_login:
            try:
                set_enabled(self._autostart, login)
            except OSError as exc:
                raise InputError(
                    f"start_at_login: could not change the login entry ({exc})",
                    field="start_at_login",
                ) from exc
            self._was_login = login
        self.applied.emit()
        away = self.away_check.isChecked()
        if away != self._was_away:
            self._was_away = away
            self.away_requested.emit(away)


def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setContentsMargins(0, 8, 0, 0)
    return label
