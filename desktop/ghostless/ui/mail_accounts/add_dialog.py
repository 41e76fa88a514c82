"""Adding an IMAP account: what to type, a real login off the GUI thread, then kept.

OK checks the fields first (an error shows under its field), then logs in on
a worker thread while the dialog says so; only a login the server accepted
over verified TLS is kept, its password in the system keyring.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ghostless.core.errors import GhostlessError
from ghostless.services.mail_accounts import AccountCheck, MailAccount, MailAccounts, NewAccount
from ghostless.services.mail_imap import Endpoint
from ghostless.ui.common.form_dialog import FormDialog

logger = logging.getLogger(__name__)


class LoginCheck(QThread):
    """One test login on a worker thread (no database: the network only)."""

    passed = Signal(object)  # AccountCheck
    refused = Signal(str)

    def __init__(
        self, accounts: MailAccounts, endpoint: Endpoint, password: str, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._endpoint = endpoint
        self._password = password

    def run(self) -> None:
        try:
            found = self._accounts.check(self._endpoint, self._password)
        except GhostlessError as exc:
            self.refused.emit(str(exc))
            return
        except Exception as exc:  # a bug: said, not raised out of a worker thread
            logger.exception("login check failed")
            self.refused.emit(f"The login check failed unexpectedly ({type(exc).__name__})")
            return
        self.passed.emit(found)


class AddAccountDialog(FormDialog):
    """Server, user, password, STARTTLS, CA file and the user's own addresses.

    Signals:
        added(MailAccount): the account was kept.
    """

    added = Signal(object)

    def __init__(self, accounts: MailAccounts, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("AddAccountDialog", "Add a mail account"), parent
        )
        self.setMinimumWidth(560)
        self._accounts = accounts
        self._plan: NewAccount | None = None
        self._check: LoginCheck | None = None
        self.account: MailAccount | None = None
        self._closing = False
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText(self.tr("imap.example.org (port 993), or host:port"))
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setToolTip(
            self.tr("Kept only in the system keyring; some providers want an app password here")
        )
        self.starttls_check = QCheckBox(self.tr("Use STARTTLS (port 143) instead of TLS"))
        self.ca_edit = QLineEdit()
        self.ca_edit.setPlaceholderText(self.tr("empty: trust what this computer trusts"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_edit, 1)
        ca_layout.addWidget(browse)
        self.me_edit = QLineEdit()
        self.me_edit.setPlaceholderText(
            self.tr("you@example.org, you@work.example (default: the user)")
        )
        self.add_field("imap", self.tr("Server:"), self.server_edit)
        self.add_field("user", self.tr("User:"), self.user_edit)
        self.add_field("password", self.tr("Password:"), self.password_edit)
        self.add_field("starttls", "", self.starttls_check)
        self.add_field("ca_file", self.tr("Certificate authority:"), ca_row)
        self.add_field("me", self.tr("My addresses:"), self.me_edit)
        self._fields["ca_file"] = self.ca_edit
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Log in and add"))

    @property
    def checking(self) -> bool:
        return self._check is not None

    def submit(self) -> None:
        """Check the fields, then start the login; the dialog stays open meanwhile."""
        me = [part for part in self.me_edit.text().replace(";", ",").split(",") if part.strip()]
        self._plan = self._accounts.prepare(
            server=self.server_edit.text(),
            username=self.user_edit.text(),
            password=self.password_edit.text(),
            ca_file=self.ca_edit.text(),
            starttls=self.starttls_check.isChecked(),
            me=[part.strip() for part in me],
        )
        check = LoginCheck(self._accounts, self._plan.endpoint, self.password_edit.text(), self)
        check.passed.connect(self._on_check_passed)
        check.refused.connect(self._on_check_refused)
        check.finished.connect(self._on_check_finished)
        self._check = check
        self._set_busy(True)
        check.start()

    def accept(self) -> None:
        if self._check is not None:
            return
        self.clear_errors()
        try:
            self.submit()
        except GhostlessError as exc:
            self.show_error(str(exc), getattr(exc, "field", None))

    def done(self, result: int) -> None:
        self._closing = True  # a login that succeeds after Cancel keeps nothing
        if self._check is not None:
            # A QThread deleted while it runs aborts the app; a login times out on
            # its own, and nothing is kept when the dialog was cancelled.
            self._check.wait()
        super().done(result)

    def _on_check_finished(self) -> None:
        check, self._check = self._check, None
        if check is not None:
            check.deleteLater()
        self._set_busy(False)
        if self.account is not None and not self._closing:
            super(FormDialog, self).accept()  # kept: close, past FormDialog's submit

    def _set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.ok_button.setText(self.tr("Logging in…") if busy else self.tr("Log in and add"))

    def _on_check_passed(self, found: AccountCheck) -> None:
        if self._closing:
            return
        assert self._plan is not None
        try:
            self.account = self._accounts.keep(self._plan, self.password_edit.text(), found)
        except GhostlessError as exc:
            self.show_error(str(exc), getattr(exc, "field", None))
            return
        self.added.emit(self.account)

    def _on_check_refused(self, message: str) -> None:
        self.show_error(message)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate authority file"),
            "",
            self.tr("Certificates (*.pem *.crt);;All files (*)"),
        )
        if path:
            self.ca_edit.setText(path)
