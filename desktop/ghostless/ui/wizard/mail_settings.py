"""Mail settings: the SMTP server in window.ini, its password in the system keyring only.

Certificates are always verified (see :mod:`ghostless.services.mailer`); the
dialog offers implicit TLS (port 465) and STARTTLS (port 587), never plain
SMTP. When the keyring cannot be used, it says so and saves no password
anywhere: copying the message or the mail client still work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ghostless.core.errors import GhostlessError
from ghostless.services.mailer import DEFAULT_PORTS, Security, SmtpSettings
from ghostless.services.secrets import SecretStore, SecretsUnavailable
from ghostless.ui.common.accessible import name
from ghostless.ui.common.text_colours import error_style
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP
from ghostless.ui.wizard.prefs import set_smtp_settings, smtp_settings

SECURITY_LABELS = {
    Security.IMPLICIT_TLS: QT_TRANSLATE_NOOP("MailSettingsDialog", "TLS (port 465)"),
    Security.STARTTLS: QT_TRANSLATE_NOOP("MailSettingsDialog", "STARTTLS (port 587)"),
}
NO_KEYRING = QT_TRANSLATE_NOOP(
    "MailSettingsDialog",
    "The system's password store (keyring) is not available, so Ghostless cannot keep "
    "your mail password: it never stores passwords anywhere else. Copy the message or "
    "open it in your mail client instead.",
)


def no_keyring() -> str:
    """Why mail cannot be sent from here, in the user's language."""
    return QCoreApplication.translate("MailSettingsDialog", NO_KEYRING)


class MailSettingsDialog(QDialog):
    """Where to send from; OK saves the server to window.ini and the password to the keyring.

    Attributes:
        error_label: why the settings were not saved (an empty field, no keyring).
        keyring_failed: the password could not be kept: the keyring is unavailable.
    """

    def __init__(
        self, settings: QSettings, secrets: SecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail settings"))
        self._settings = settings
        self._secrets = secrets
        self.keyring_failed = False
        current = smtp_settings(settings)
        self.host_edit = QLineEdit(current.host if current else "")
        self.host_edit.setPlaceholderText("smtp.example.com")
        self.security_combo = QComboBox()
        for security, label in SECURITY_LABELS.items():
            self.security_combo.addItem(self.tr(label), security.value)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(current.port if current else DEFAULT_PORTS[Security.IMPLICIT_TLS])
        if current and current.security in SECURITY_LABELS:
            self.security_combo.setCurrentIndex(list(SECURITY_LABELS).index(current.security))
        self.username_edit = QLineEdit(current.username if current else "")
        self.from_edit = QLineEdit(current.from_address if current else "")
        self.from_edit.setPlaceholderText("you@example.com")
        self.from_name_edit = QLineEdit(current.from_name if current else "")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("unchanged") if current else self.tr("kept in the system keyring")
        )
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(error_style())
        self.error_label.hide()
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "The server's certificate is always checked. The password goes to your "
                "system keyring, never to a file."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("&Server"), self.host_edit)
        form.addRow(self.tr("S&ecurity"), self.security_combo)
        name(self.security_combo, self.tr("Security"))
        form.addRow(self.tr("&Port"), self.port_spin)
        form.addRow(self.tr("&User name"), self.username_edit)
        form.addRow(self.tr("Pass&word"), self.password_edit)
        form.addRow(self.tr("&From address"), self.from_edit)
        form.addRow(self.tr("From &name"), self.from_name_edit)
        form.addRow(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.security_combo.currentIndexChanged.connect(self._on_security_combo_changed)

    def security(self) -> Security:
        return Security(self.security_combo.currentData())

    def _on_security_combo_changed(self) -> None:
        self.port_spin.setValue(DEFAULT_PORTS[self.security()])

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        host = self.host_edit.text().strip()
        sender = self.from_edit.text().strip()
        if not host:
            self._fail("Enter the mail server's name.")
            return
        if "@" not in sender:
            self._fail("Enter the address your messages come from.")
            return
        smtp = SmtpSettings(
            host=host,
            port=self.port_spin.value(),
            security=self.security(),
            username=self.username_edit.text().strip(),
            from_address=sender,
            from_name=self.from_name_edit.text().strip(),
        )
        password = self.password_edit.text()
        if password:
            try:
                self._secrets.set(smtp.secret_key, password)
            except SecretsUnavailable:
                self.keyring_failed = True
                self.password_edit.clear()
                self._fail(no_keyring())
                return
            except GhostlessError as exc:
                self._fail(str(exc))
                return
        set_smtp_settings(self._settings, smtp)
        super().accept()
