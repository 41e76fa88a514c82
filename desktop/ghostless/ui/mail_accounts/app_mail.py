"""The app's mail accounts: its one background mail sync and the accounts dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ghostless.services.ledger import Ledger

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

    from ghostless.services.secrets import SecretStore
    from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner

#: How long a mail account's problem stays in the window's status bar.
MAIL_PROBLEM_SHOWN_MS = 60_000


class AppMail:
    """The background mail sync (built on first need) and the accounts dialog.

    Attributes:
        sync: the background mail sync, once built by :meth:`runner`.
        secrets: the keyring it reads passwords from (None: the system's).
        dialog: the mail accounts dialog while open.
    """

    def __init__(
        self,
        ledger: Ledger,
        *,
        window: Callable[[], QMainWindow | None],
        parent_widget: Callable[[], QWidget | None],
        parent: QObject,
    ) -> None:
        self._ledger, self._window, self._parent_widget = ledger, window, parent_widget
        self._parent = parent
        self.sync: MailSyncRunner | None = None
        self.dialog: QDialog | None = None
        self.secrets: SecretStore | None = None

    def runner(self) -> MailSyncRunner:
        """The background mail sync, built on first need (after the first paint)."""
        if self.sync is None:
            from ghostless.services.secrets import KeyringSecretStore
            from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner

            secrets = self.secrets if self.secrets is not None else KeyringSecretStore()
            self.sync = MailSyncRunner(self._ledger, secrets, parent=self._parent)
            self.sync.problem.connect(self._on_sync_problem)
        return self.sync

    def open_accounts(self) -> QDialog:
        from ghostless.services.mail_accounts import MailAccounts
        from ghostless.ui.mail_accounts.accounts_dialog import MailAccountsDialog

        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        runner = self.runner()
        parent = self._parent_widget()
        dialog = MailAccountsDialog(
            MailAccounts(self._ledger, runner.secrets), runner.secrets, runner, parent
        )
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def stop(self) -> None:
        if self.sync is not None:
            self.sync.stop()

    def _on_sync_problem(self, message: str) -> None:
        # Said where the user looks, without a modal box every interval; the
        # accounts dialog lists it too, and the next tick tries again.
        window = self._window()
        if window is not None:
            window.statusBar().showMessage(message, MAIL_PROBLEM_SHOWN_MS)
