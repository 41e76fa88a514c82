"""Mail accounts: the list, add, test the connection, remove, and sync now (with cancel).

Everything that waits on a server runs off the GUI thread: the test login on
a :class:`LoginCheck`, the sync in the shared :class:`MailSyncRunner`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.errors import GhostlessError
from ghostless.services.imap_sync import endpoint_of, imap_key
from ghostless.services.mail_accounts import AccountCheck, MailAccount, MailAccounts
from ghostless.services.mail_sync_run import MailSyncReport
from ghostless.services.secrets import SecretStore
from ghostless.ui.common.accessible import name
from ghostless.ui.common.local_time import short_local
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP
from ghostless.ui.mail_accounts.add_dialog import AddAccountDialog, LoginCheck
from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner

_COLUMNS = (
    QT_TRANSLATE_NOOP("MailAccountsDialog", "Account"),
    QT_TRANSLATE_NOOP("MailAccountsDialog", "My addresses"),
    QT_TRANSLATE_NOOP("MailAccountsDialog", "Sent folder"),
    QT_TRANSLATE_NOOP("MailAccountsDialog", "Last sync"),
    QT_TRANSLATE_NOOP("MailAccountsDialog", "Problem"),
)


class MailAccountsDialog(QDialog):
    """The IMAP accounts Ghostless reads, read-only."""

    def __init__(
        self,
        accounts: MailAccounts,
        secrets: SecretStore,
        runner: MailSyncRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail accounts"))
        self.resize(820, 360)
        self._accounts = accounts
        self._zone = accounts.zone
        self._secrets = secrets
        self._runner = runner
        self._check: LoginCheck | None = None
        self.add_dialog: AddAccountDialog | None = None
        intro = QLabel(
            self.tr(
                "Ghostless reads the headers of new mail in your inbox and Sent folder "
                "to see who is waiting for a reply. It never changes anything on the "
                "server."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(_COLUMNS))
        name(self.table, self.tr("Mail accounts"))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in _COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add…"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.cancel_button = QPushButton(self.tr("Stop sync"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.test_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        self._connect()
        self.reload()
        self._on_runner_running_changed(runner.running)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.cancel_button.clicked.connect(self._runner.cancel)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._runner.running_changed.connect(self._on_runner_running_changed)
        self._runner.progressed.connect(self.status_label.setText)
        self._runner.synced.connect(self._on_runner_synced)
        self._runner.problem.connect(self._on_runner_problem)

    # -- the list ------------------------------------------------------------
    def reload(self) -> None:
        shown = self._accounts.list()
        self.table.setRowCount(len(shown))
        for row, account in enumerate(shown):
            name = f"{account.username} on {account.host}:{account.port}"
            synced = account.last_sync_at
            cells = (
                name,
                ", ".join(account.addresses),
                account.sent_folder or "none found",
                short_local(datetime.fromisoformat(synced), self._zone) if synced else "never",
                # The row names the account already.
                account.last_error.removeprefix(f"{name}: "),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, account.id)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> MailAccount | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return (
            self._accounts.get(int(item.data(Qt.ItemDataRole.UserRole)))
            if item is not None
            else None
        )

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.test_button.setEnabled(chosen and self._check is None)
        self.remove_button.setEnabled(chosen)

    # -- actions -------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        dialog = AddAccountDialog(self._accounts, self)
        dialog.added.connect(self._on_add_dialog_added)
        self.add_dialog = dialog
        dialog.open()

    def _on_add_dialog_added(self, account: MailAccount) -> None:
        self.reload()
        self.status_label.setText(
            self.tr("Added {label}. Reading its recent mail…").format(label=account.label)
        )
        self._runner.sync_now()

    def _on_test_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        password = None
        try:
            password = self._secrets.get(imap_key(account))
        except GhostlessError as exc:
            self.status_label.setText(str(exc))
            return
        if password is None:
            self.status_label.setText(
                self.tr(
                    "{label}: no password in the system keyring; remove the account "
                    "and add it again"
                ).format(label=account.label)
            )
            return
        check = LoginCheck(self._accounts, endpoint_of(account), password, self)
        check.passed.connect(self._on_check_passed)
        check.refused.connect(self._on_check_refused)
        check.finished.connect(self._on_check_finished)
        self._check = check
        self.status_label.setText(self.tr("Logging in to {label}…").format(label=account.label))
        self._update_buttons()
        check.start()

    def _on_check_finished(self) -> None:
        check, self._check = self._check, None
        if check is not None:
            check.deleteLater()
        self._update_buttons()

    def _on_check_passed(self, found: AccountCheck) -> None:
        sent = (
            self.tr("Sent folder: {folder}").format(folder=found.sent_folder)
            if found.sent_folder
            else self.tr("no Sent folder found")
        )
        self.status_label.setText(self.tr("The connection works ({sent}).").format(sent=sent))

    def _on_check_refused(self, message: str) -> None:
        self.status_label.setText(message)

    def _on_remove_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the account?"),
            self.tr(
                "Forget {label} and its password in the keyring? Nothing on the server "
                "changes; you can add it again at any time."
            ).format(label=account.label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove(account.id)

    def remove(self, account_id: int) -> None:
        try:
            removed = self._accounts.remove(account_id)
        except GhostlessError as exc:
            self.status_label.setText(str(exc))
            return
        self.reload()
        self.status_label.setText(
            self.tr("Removed {label} (add it again to undo).").format(label=removed.label)
        )

    def _on_sync_button_clicked(self) -> None:
        if not self._accounts.list():
            self.status_label.setText(self.tr("Add an account first."))
            return
        self._runner.sync_now()

    # -- the runner ----------------------------------------------------------
    def _on_runner_running_changed(self, running: bool) -> None:
        self.sync_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if running:
            self.status_label.setText(self.tr("Syncing…"))

    def _on_runner_synced(self, report: MailSyncReport) -> None:
        self.reload()
        if report.problems:
            return  # the problem is shown already
        self.status_label.setText(
            (
                self.tr("Stopped: {read} message(s) read, {new} new, {logged} logged in loops.")
                if report.cancelled
                else self.tr("Synced: {read} message(s) read, {new} new, {logged} logged in loops.")
            ).format(
                read=QLocale().toString(report.read),
                new=QLocale().toString(report.new_messages),
                logged=QLocale().toString(report.logged_events),
            )
        )

    def _on_runner_problem(self, message: str) -> None:
        self.reload()
        self.status_label.setText(message)

    def done(self, result: int) -> None:
        if self._check is not None:
            self._check.wait()
        super().done(result)
