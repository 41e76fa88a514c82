"""Settings ▸ Sync: the server, the user, a test connection, the calendar and the
address book to use, and a status line saying when it last synced and what changed.

Everything that talks to the server runs in the background (see
:mod:`ghostless.ui.sync.runner`); the page only shows what came back. The
password goes to the keyring, never to the database or window.ini.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.errors import GhostlessError
from ghostless.core.wording import absolute_text
from ghostless.services import dav_phone_tasks, dav_sync
from ghostless.ui.common.accessible import name
from ghostless.ui.common.text_colours import error_style
from ghostless.ui.sync.runner import SyncRunner

_GREY = "color: palette(placeholder-text);"


class SyncPage(QWidget):
    """The Sync page of the settings.

    Attributes:
        url_edit, user_edit, password_edit, ca_edit: the account.
        test_button: log in and list the calendars and address books.
        calendar_combo, book_combo: pick one, or type a name to create it.
        every_task_radio, urgent_tasks_radio, urgent_spin: tasks on the phone, every
            owed item or only the N most urgent (kept at once; the next sync honours it).
        save_button: keep the account (password to the keyring) and sync.
        sync_button, off_button: sync now; stop syncing (nothing is deleted).
        status_label: the last sync, or what went wrong.
    """

    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://dav.example.com/")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("kept in the system keyring"))
        self.ca_edit = QLineEdit()
        self.ca_edit.setPlaceholderText(self.tr("only for a server with its own certificate"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.calendar_combo = QComboBox()
        self.calendar_combo.setEditable(True)
        self.calendar_combo.addItem(dav_sync.DEFAULT_CALENDAR)
        self.book_combo = QComboBox()
        self.book_combo.setEditable(True)
        self.book_combo.addItem(dav_sync.DEFAULT_ADDRESS_BOOK)
        self.every_task_radio = QRadioButton(self.tr("&every owed item"))
        self.urgent_tasks_radio = QRadioButton(self.tr("&only the"))
        self.urgent_spin = QSpinBox()
        self.urgent_spin.setRange(1, dav_phone_tasks.MOST)
        self.urgent_spin.setValue(dav_phone_tasks.SUGGESTED_LIMIT)
        self.urgent_spin.setSuffix(self.tr(" most urgent"))
        name(self.urgent_spin, self.tr("How many of the most urgent owed items"))
        choice = QButtonGroup(self)
        choice.addButton(self.every_task_radio)
        choice.addButton(self.urgent_tasks_radio)
        self.save_button = QPushButton(self.tr("Save and sync"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.off_button = QPushButton(self.tr("Turn sync off"))
        self.off_button.setToolTip(
            self.tr("Stop syncing; nothing here or on the server is deleted")
        )
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.conflict_list = QListWidget()
        name(self.conflict_list, self.tr("Changes to settle"))
        self.conflict_list.setToolTip(
            self.tr("Changes two desktops made too close together to tell which came last")
        )
        self.keep_mine_button = QPushButton(self.tr("Keep this desktop's"))
        self.take_theirs_button = QPushButton(self.tr("Take the other's"))

        about = QLabel(
            self.tr(
                "Your follow-ups become tasks on your own calendar server (Nextcloud, "
                "Fastmail, iCloud, Radicale…), so your phone reminds you too. Ticking "
                "a task done there logs it here; moving its date snoozes it."
            )
        )
        about.setWordWrap(True)
        about.setStyleSheet(_GREY)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.url_edit)
        form.addRow(self.tr("User"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("CA file"), ca_row)
        name(self.ca_edit, self.tr("CA file"))
        form.addRow("", self.test_button)
        form.addRow(self.tr("Calendar"), self.calendar_combo)
        form.addRow(self.tr("Address book"), self.book_combo)
        tasks_row = QHBoxLayout()
        tasks_row.addWidget(self.every_task_radio)
        tasks_row.addWidget(self.urgent_tasks_radio)
        tasks_row.addWidget(self.urgent_spin)
        tasks_row.addStretch(1)
        form.addRow(self.tr("Tasks on the phone"), tasks_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        buttons.addWidget(self.off_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Sync</b>")))
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.status_label)
        self.conflict_heading = QLabel(self.tr("<b>To settle</b>"))
        layout.addWidget(self.conflict_heading)
        layout.addWidget(self.conflict_list)
        settle_row = QHBoxLayout()
        settle_row.addWidget(self.keep_mine_button)
        settle_row.addWidget(self.take_theirs_button)
        settle_row.addStretch(1)
        layout.addLayout(settle_row)
        layout.addStretch(1)
        self.keep_mine_button.clicked.connect(lambda: self._settle(take_theirs=False))
        self.take_theirs_button.clicked.connect(lambda: self._settle(take_theirs=True))

        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.off_button.clicked.connect(self._on_off_button_clicked)
        self.runner.finished.connect(self._on_runner_finished)
        self.load()
        # Connected once the kept choice is shown, so showing it saves nothing.
        self.every_task_radio.toggled.connect(self._on_phone_tasks_changed)
        self.urgent_spin.valueChanged.connect(self._on_phone_tasks_changed)

    # -- showing what is kept --------------------------------------------------------
    def load(self) -> None:
        """Show the account and the last sync (a local read: no server is asked)."""
        status = dav_sync.status(self.runner.ledger)
        self._show_phone_tasks(dav_phone_tasks.phone_tasks(self.runner.ledger))
        self._show_conflicts(list(status.get("conflicts", [])))
        enabled = bool(status.get("enabled"))
        self.sync_button.setEnabled(enabled)
        self.off_button.setEnabled(enabled)
        if not enabled:
            self.status_label.setText(self.tr("Sync is off."))
            return
        self.url_edit.setText(status["url"])
        self.user_edit.setText(status["user"])
        self.calendar_combo.setCurrentText(status["calendar"])
        self.book_combo.setCurrentText(status["address_book"])
        last = status.get("last_sync")
        self._show_report(None if last is None else dav_sync.SyncReport(**last))

    def _show_phone_tasks(self, limit: int | None) -> None:
        self.every_task_radio.setChecked(limit is None)
        self.urgent_tasks_radio.setChecked(limit is not None)
        if limit is not None:
            self.urgent_spin.setValue(limit)
        self.urgent_spin.setEnabled(limit is not None)

    def _show_conflicts(self, conflicts: list[dict[str, str]]) -> None:
        self.conflict_list.clear()
        for item in conflicts:
            line = QListWidgetItem(
                self.tr(
                    "Loop {loop_id}, {field}: here “{mine}”, on another desktop “{theirs}”"
                ).format(
                    loop_id=item["loop_id"],
                    field=item["field"],
                    mine=item["mine"],
                    theirs=item["theirs"],
                )
            )
            line.setData(Qt.ItemDataRole.UserRole, (int(item["loop_id"]), item["field"]))
            self.conflict_list.addItem(line)
        for widget in (self.conflict_heading, self.conflict_list, self.keep_mine_button,
                       self.take_theirs_button):  # fmt: skip
            widget.setVisible(bool(conflicts))
        if conflicts:
            self.conflict_list.setCurrentRow(0)

    def _settle(self, *, take_theirs: bool) -> None:
        from ghostless.services.ledger_sync import settle

        current = self.conflict_list.currentItem()
        if current is None:
            return
        loop_id, field = current.data(Qt.ItemDataRole.UserRole)
        try:
            kept = settle(self.runner.ledger, loop_id, field, take_theirs=take_theirs)
        except GhostlessError as exc:
            self._say(str(exc), error=True)
            return
        self._say(
            self.tr(
                "Loop {loop_id}: {field} is now “{kept}”; the other desktops take it next sync."
            ).format(loop_id=loop_id, field=field, kept=kept)
        )
        self.load()

    def _show_report(self, report: dav_sync.SyncReport | None) -> None:
        if report is None:
            self.status_label.setText(self.tr("Not synced yet."))
            self.status_label.setStyleSheet("")
            return
        when = absolute_text(datetime.fromisoformat(report.at), self.runner.zone)
        verb = self.tr("Last synced") if report.ok else self.tr("Last sync failed")
        self.status_label.setText(
            self.tr("{verb} {when}: {summary}").format(
                verb=verb, when=when, summary=report.summary()
            )
        )
        self.status_label.setStyleSheet("" if report.ok else error_style())

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(error_style() if error else _GREY)

    def _busy(self, busy: bool) -> None:
        for button in (self.test_button, self.save_button):
            button.setEnabled(not busy)

    # -- the user's actions ----------------------------------------------------------
    def _account_fields(self) -> tuple[str, str, str, Path | None]:
        ca = self.ca_edit.text().strip()
        return (self.url_edit.text().strip(), self.user_edit.text().strip(),
                self.password_edit.text(), Path(ca) if ca else None)  # fmt: skip

    def _on_phone_tasks_changed(self) -> None:
        urgent = self.urgent_tasks_radio.isChecked()
        self.urgent_spin.setEnabled(urgent)
        limit = self.urgent_spin.value() if urgent else None
        try:
            dav_phone_tasks.set_phone_tasks(self.runner.ledger, limit)
        except GhostlessError as exc:
            self._say(str(exc), error=True)
            return
        later = self.tr(" The next sync makes it so.") if self.sync_button.isEnabled() else ""
        self._say(
            self.tr("Tasks on the phone: {choice}.").format(choice=dav_phone_tasks.describe(limit))
            + later
        )

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), "", self.tr("PEM (*.pem *.crt)")
        )
        if path:
            self.ca_edit.setText(path)

    def _on_test_button_clicked(self) -> None:
        url, user, password, ca = self._account_fields()
        self._busy(True)
        self._say("Connecting…")
        self.runner.run(lambda: dav_sync.probe(url, user, password, ca), self._on_probe_done)

    def _on_probe_done(self, found: Any) -> None:
        self._busy(False)
        if isinstance(found, GhostlessError):
            self._say(str(found), error=True)
            return
        for combo, collections, default in (
            (self.calendar_combo, found.calendars, dav_sync.DEFAULT_CALENDAR),
            (self.book_combo, found.address_books, dav_sync.DEFAULT_ADDRESS_BOOK),
        ):
            current = combo.currentText()
            combo.clear()
            names = [c.name for c in collections]
            combo.addItems(names if default in names else [*names, default])
            combo.setCurrentText(current)
        self._say(
            f"Connected: {len(found.calendars)} calendars, {len(found.address_books)} address "
            "books. Pick one of each, or type a new name to create it."
        )

    def _on_save_button_clicked(self) -> None:
        url, user, password, ca = self._account_fields()
        calendar, book = self.calendar_combo.currentText(), self.book_combo.currentText()
        secrets = self.runner.secrets
        self._busy(True)
        self._say("Connecting…")

        def work(ledger: Any) -> dav_sync.SyncAccount:
            return dav_sync.setup(ledger, secrets, url=url, user=user, password=password,
                                  ca_file=ca, calendar=calendar, address_book=book)  # fmt: skip

        self.runner.on_folder(work, self._on_saved)

    def _on_saved(self, result: Any) -> None:
        self._busy(False)
        if isinstance(result, GhostlessError):
            self._say(str(result), error=True)
            return
        self.password_edit.clear()
        self._say(
            self.tr("Saved: tasks go to “{calendar_name}”. Syncing…").format(
                calendar_name=result.calendar_name
            )
        )
        self.sync_button.setEnabled(True)
        self.off_button.setEnabled(True)
        self.runner.sync_now()

    def _on_sync_button_clicked(self) -> None:
        if self.runner.sync_now():
            self._say(self.tr("Syncing…"))

    def _on_off_button_clicked(self) -> None:
        """Local only (the preference, the record of tasks written, the keyring entry)."""
        try:
            dav_sync.turn_off(self.runner.ledger, self.runner.secrets)
        except GhostlessError as exc:
            self._say(str(exc), error=True)
            return
        self._say(self.tr("Sync is off. Nothing here or on the server was deleted."))
        self.load()

    def _on_runner_finished(self, report: dav_sync.SyncReport) -> None:
        self._say("")
        self._show_report(report)
        self._show_conflicts(list(dav_sync.conflicts(self.runner.ledger)))
