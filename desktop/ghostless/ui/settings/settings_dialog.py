"""Settings: every playbook figure, working hours, time zone, snooze times, the draft
checker, and this computer's choices (notifications, away mode, start at login).

The pages are built from the settings' own declarations
(:data:`ghostless.core.settings.SPECS`): one page per group, one row per
setting with its unit, a one-line explanation, its default and a reset. OK
checks every value and saves them in one transaction through
:class:`~ghostless.services.settings.SettingsService`, which recomputes every
follow-up window (with a progress bar) and keeps what it replaced, so "Undo
last change" can put it back. A bad value is shown under its field, its page
is brought forward, and nothing is saved. Notifications and start at login
belong to this computer, not to the ledger: they stay in window.ini and the
platform's login entry.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QLocale, QSettings, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ghostless import APP_NAME
from ghostless.core.draft_checker import FindingKind
from ghostless.core.errors import InputError
from ghostless.core.i18n import _
from ghostless.core.settings import GROUP_HELP, GROUPS, SPECS, SettingSpec, spec_of
from ghostless.core.working_hours import DAY_NAMES
from ghostless.services import language
from ghostless.services.autostart import AutostartEntry, set_enabled
from ghostless.services.reminders import ReminderService
from ghostless.services.settings import SettingsService
from ghostless.ui.common.accessible import name
from ghostless.ui.common.edits import on_edit
from ghostless.ui.common.form_dialog import error_label
from ghostless.ui.common.tab_order import tab_buttons_as_shown
from ghostless.ui.common.text_colours import error_style

THIS_COMPUTER = "This computer"
_GREY = "color: palette(placeholder-text);"


def _flag(settings: QSettings, key: str) -> bool:
    value = settings.value(key)
    return True if value is None else str(value).lower() == "true"


def _check_label(kind: FindingKind) -> str:
    from ghostless.ui.wizard.draft_editor import RULE_LABELS, rule_label

    return rule_label(kind) if kind in RULE_LABELS else kind.value.replace("_", " ").capitalize()


class SettingsDialog(QDialog):
    """Every setting, a page per group; OK applies them all at once.

    Signals:
        applied(): the settings were saved (the app recomputes and re-plans).
        away_requested(bool): away mode was turned on or off here.

    Attributes:
        group_list, pages: the groups on the left, a page per group on the right.
        editors: the editor of each setting, by its key.
        reset_buttons: each setting's "back to the default" button, by its key.
        day_checks, start_edit, end_edit, weekends_check, respect_check: working hours.
        native_check, bar_check, away_check, login_check: this computer's choices.
        defaults_button, undo_button: every setting back to its default; undo the
            last change saved (from here or the command line).
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
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app} settings").format(app=APP_NAME))
        self._reminders = reminders
        self._service = SettingsService(reminders.ledger)
        self._autostart = autostart
        self._window_settings = window_settings
        self._values = self._service.values()
        self.editors: dict[str, QWidget] = {}
        self.reset_buttons: dict[str, QToolButton] = {}
        self._errors: dict[str, QLabel] = {}
        self._page_of: dict[str, int] = {}

        self.group_list = QListWidget()
        name(self.group_list, self.tr("Settings pages"))
        self.group_list.setFixedWidth(190)
        self.pages = QStackedWidget()
        forms: dict[str, QFormLayout] = {}
        for group in (*GROUPS, THIS_COMPUTER):
            forms[group] = self._add_page(group)
        for spec in SPECS:
            self._add_setting(forms[spec.group], spec)
        self._add_this_computer(forms[THIS_COMPUTER])
        self.group_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.group_list.setCurrentRow(0)

        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.defaults_button = QPushButton(self.tr("Restore all defaults"))
        self.defaults_button.setToolTip(
            self.tr("Put every setting on every page back to its default")
        )
        self.undo_button = QPushButton(self.tr("Undo last change"))
        self.undo_button.setToolTip(
            self.tr("Go back to the settings before the last change was saved")
        )
        self.undo_button.setEnabled(self._service.can_undo())
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(self._on_defaults_button_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)

        body = QHBoxLayout()
        body.addWidget(self.group_list)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        tab_buttons_as_shown(self.buttons)  # once in the dialog: Tab keeps it
        self.resize(820, 600)

    # -- building ----------------------------------------------------------------
    def add_page(self, title: str, page: QWidget) -> None:
        """A page of its own (Sync): it acts on its own buttons, not on OK."""
        self.group_list.addItem(title)
        scroll = QScrollArea()
        name(scroll, title)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, which scroll in
        scroll.setWidget(page)
        self.pages.addWidget(scroll)

    def _add_page(self, group: str) -> QFormLayout:
        title = _(group) if group != THIS_COMPUTER else self.tr("This computer")
        self.group_list.addItem(title)
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        heading = QLabel(f"<b>{title}</b>")
        form.addRow(heading)
        about = QLabel(
            _(GROUP_HELP[group])
            if group in GROUP_HELP
            else self.tr("Choices kept on this computer only.")
        )
        about.setWordWrap(True)
        form.addRow(about)
        scroll = QScrollArea()
        name(scroll, title)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, which scroll in
        scroll.setWidget(page)
        self.pages.addWidget(scroll)
        return form

    def _add_setting(self, form: QFormLayout, spec: SettingSpec) -> None:
        editor = self._editor(spec)
        self.editors[spec.key] = editor
        self._page_of[spec.key] = GROUPS.index(spec.group)
        reset = QToolButton()
        reset.setText(self.tr("Default"))
        reset.setToolTip(
            self.tr("Back to the default: {value}").format(value=spec.describe(spec.default))
        )
        reset.clicked.connect(lambda _=False, key=spec.key: self.set_value(key, spec_default(key)))
        self.reset_buttons[spec.key] = reset
        # Read beside the field, "Default" alone would not say which setting it resets.
        name(reset, self.tr("%s: back to the default") % spec.title, reset.toolTip())
        name(editor, spec.title, spec.explanation)
        help_label = QLabel(
            self.tr("{help} Default: {value}.").format(
                help=spec.explanation, value=spec.describe(spec.default)
            )
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet(_GREY)
        error = error_label()
        self._errors[spec.key] = error
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(
            editor, 1 if spec.kind in ("zone", "days", "checks", "flag", "language") else 0
        )
        row.addStretch(0 if spec.kind in ("zone", "days", "checks", "flag", "language") else 1)
        row.addWidget(reset)
        column.addLayout(row)
        column.addWidget(help_label)
        column.addWidget(error)
        label = "" if spec.kind in ("flag", "checks") else spec.title
        form.addRow(label, holder)
        self.set_value(spec.key, self._values[spec.key])
        self._connect_changes(spec.key, editor)

    def _editor(self, spec: SettingSpec) -> QWidget:
        if spec.kind == "number":
            spin = QSpinBox()
            spin.setRange(spec.low or 0, spec.high or 0)
            spin.setSuffix(" " + _(spec.unit))
            spin.setAccelerated(True)
            spin.setMaximumWidth(180)
            return spin
        if spec.kind == "flag":
            check = QCheckBox(spec.title)
            if spec.key == "respect_working_hours":
                self.respect_check = check
            elif spec.key == "deliver_on_weekends":
                self.weekends_check = check
            return check
        if spec.kind == "time":
            edit = QTimeEdit()
            edit.setDisplayFormat("HH:mm")
            edit.setMaximumWidth(120)
            if spec.key == "working_start":
                self.start_edit = edit
            elif spec.key == "working_end":
                self.end_edit = edit
            return edit
        if spec.kind == "days":
            days = QWidget()
            row = QHBoxLayout(days)
            row.setContentsMargins(0, 0, 0, 0)
            # The system's language names the days: Mon..Sun, Mo..So.
            locale = QLocale()
            self.day_checks = [
                QCheckBox(locale.dayName(day, QLocale.FormatType.ShortFormat))
                for day in range(1, 8)
            ]
            for day, check in enumerate(self.day_checks, start=1):
                name(check, locale.dayName(day))
            for check in self.day_checks:
                row.addWidget(check)
            return days
        if spec.kind == "language":
            combo = QComboBox()
            combo.addItem(self.tr("The system's language"), "")
            for code in sorted({"en", *language.available()}):
                # Each language named in itself: a reader finds their own.
                own = QLocale(code).nativeLanguageName()
                combo.addItem(own[:1].upper() + own[1:] or code, code)
            return combo
        if spec.kind == "zone":
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItem("", "")
            combo.setItemText(0, self.tr("The system's zone"))
            for zone in sorted(available_timezones()):
                combo.addItem(zone, zone)
            return combo
        checks = QWidget()
        column = QVBoxLayout(checks)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Look for:")))
        self.checker_checks: dict[str, QCheckBox] = {}
        for kind in FindingKind:
            box = QCheckBox(_check_label(kind))
            self.checker_checks[kind.value] = box
            column.addWidget(box)
        return checks

    def _connect_changes(self, key: str, editor: QWidget) -> None:
        def changed() -> None:
            self._refresh_reset(key)
            self._errors[key].hide()

        on_edit(editor, changed)
        self._refresh_reset(key)

    def _add_this_computer(self, form: QFormLayout) -> None:
        prefs = self._window_settings
        self.native_check = QCheckBox(self.tr("Desktop notifications"))
        self.native_check.setChecked(_flag(prefs, "notifications/native"))
        self.bar_check = QCheckBox(self.tr("Reminders bar in the window"))
        self.bar_check.setChecked(_flag(prefs, "notifications/bar"))
        self.away_check = QCheckBox(self.tr("I'm away: pause every reminder"))
        self._was_away = self._reminders.away() is not None
        self.away_check.setChecked(self._was_away)
        self.login_check = QCheckBox(
            self.tr("Start {app} at login, in the tray").format(app=APP_NAME)
        )
        self._was_login = self._autostart.enabled()
        self.login_check.setChecked(self._was_login)
        for key, check in (
            ("native", self.native_check),
            ("bar", self.bar_check),
            ("away", self.away_check),
            ("start_at_login", self.login_check),
        ):
            error = error_label()
            self._errors[key] = error
            self._page_of[key] = len(GROUPS)
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(check)
            column.addWidget(error)
            form.addRow(holder)

    # -- values ------------------------------------------------------------------
    def value(self, key: str) -> object:
        """What the editor of ``key`` holds, as the setting's JSON value."""
        editor = self.editors[key]
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QTimeEdit):
            return editor.time().toString("HH:mm")
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            text = editor.currentText().strip()
            return (
                data
                if data is not None and editor.itemText(editor.currentIndex()) == text
                else text
            )
        if key == "working_days":
            return [
                DAY_NAMES[day] for day, check in enumerate(self.day_checks) if check.isChecked()
            ]
        return sorted(name for name, box in self.checker_checks.items() if not box.isChecked())

    def set_value(self, key: str, value: object) -> None:
        editor = self.editors[key]
        if isinstance(editor, QSpinBox) and isinstance(value, int):
            editor.setValue(value)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QTimeEdit):
            editor.setTime(QTime.fromString(str(value), "HH:mm"))
        elif isinstance(editor, QComboBox):
            index = editor.findData(str(value or ""))
            if index >= 0:
                editor.setCurrentIndex(index)
            else:
                editor.setEditText(str(value))
        elif key == "working_days" and isinstance(value, list):
            for day, check in enumerate(self.day_checks):
                check.setChecked(DAY_NAMES[day] in value)
        elif isinstance(value, list):
            for name, box in self.checker_checks.items():
                box.setChecked(name not in value)
        self._refresh_reset(key)

    def _refresh_reset(self, key: str) -> None:
        button = self.reset_buttons.get(key)
        if button is not None:
            button.setEnabled(self.value(key) != spec_default(key))

    def changes(self) -> dict[str, object]:
        """The settings whose editors differ from what is saved, by their keys."""
        return {
            spec.key: self.value(spec.key)
            for spec in SPECS
            if self.value(spec.key) != self._values[spec.key]
        }

    # -- errors --------------------------------------------------------------------
    def field_error(self, key: str) -> str:
        """The message shown under setting ``key`` ("" when none)."""
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def _show_error(self, message: str, key: str | None) -> None:
        label = self._errors.get(key or "")
        if label is None or key is None:
            self.error_label.setText(message)
            self.error_label.show()
            return
        self.group_list.setCurrentRow(self._page_of[key])
        label.setText(message.removeprefix(f"{key}: "))
        label.show()
        editor = self.editors.get(key)
        if editor is not None:
            editor.setFocus()

    def _clear_errors(self) -> None:
        for label in (self.error_label, *self._errors.values()):
            label.clear()
            label.hide()
        self.error_label.setStyleSheet(error_style())

    # -- saving --------------------------------------------------------------------
    def accept(self) -> None:
        self._clear_errors()
        try:
            self.submit()
        except InputError as exc:
            self._show_error(str(exc), exc.field)
            return
        super().accept()

    def submit(self) -> None:
        changes = self.changes()
        if changes:
            # Saved at once; what is owed is worked out again on a thread (the
            # ``applied`` signal starts it), so the window stays in use.
            self._service.update(changes, recompute=False)
            self._values = self._service.values()
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

    def _on_defaults_button_clicked(self) -> None:
        """Every editor back to its default; nothing is saved until OK."""
        for spec in SPECS:
            self.set_value(spec.key, spec.default)

    def _on_undo_button_clicked(self) -> None:
        """Put back the settings before the last change, saved at once; clicking
        again redoes it."""
        self._clear_errors()
        changes = self._service.undo_preview()
        try:
            self._service.undo(recompute=False)
        except InputError as exc:
            self._show_error(str(exc), None)
            return
        self._values = self._service.values()
        for spec in SPECS:
            self.set_value(spec.key, self._values[spec.key])
        said = ", ".join(
            f"{spec_of(key).title} {spec_of(key).describe(back)}" for key, _now, back in changes
        )
        self.error_label.setStyleSheet("")
        self.error_label.setText(
            self.tr("Saved: back to the earlier settings ({changes}).").format(changes=said)
        )
        self.error_label.show()
        self.undo_button.setText(self.tr("Redo the change"))
        self.applied.emit()


def spec_default(key: str) -> object:
    return spec_of(key).default
