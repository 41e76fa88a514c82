"""Adding or editing a contact."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ghostless.core.models import Contact
from ghostless.core.validation import ContactInput
from ghostless.services.ledger import Ledger
from ghostless.ui.form_dialog import FormDialog


class ContactDialog(FormDialog):
    """Name, e-mail, organisation, role, phone, profile link and notes of one person.

    Attributes:
        contact_id: the contact written, once the dialog was accepted (else None).
    """

    def __init__(self, ledger: Ledger, contact: Contact | None, parent: QWidget | None) -> None:
        super().__init__("Edit contact" if contact else "New contact", parent)
        self._ledger = ledger
        self._editing = contact
        self.contact_id: int | None = contact.id if contact else None
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("Full name")
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText("name@example.com")
        self.org_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText("Recruiter, hiring manager, former colleague…")
        self.phone_edit = QLineEdit()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://www.linkedin.com/in/…")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.add_field("name", "&Name", self.name_edit)
        self.add_field("email", "&E-mail", self.email_edit)
        self.add_field("org", "&Organisation", self.org_edit)
        self.add_field("role", "&Role", self.role_edit)
        self.add_field("phone", "&Phone", self.phone_edit)
        self.add_field("url", "Profile &link", self.url_edit)
        self.add_field("notes", "No&tes", self.notes_edit)
        if contact:
            self.name_edit.setText(contact.name)
            self.email_edit.setText(contact.email)
            self.org_edit.setText(contact.org)
            self.role_edit.setText(contact.role)
            self.phone_edit.setText(contact.phone)
            self.url_edit.setText(contact.url)
            self.notes_edit.setPlainText(contact.notes)

    def submit(self) -> None:
        fields = ContactInput(
            name=self.name_edit.text(),
            email=self.email_edit.text(),
            org=self.org_edit.text(),
            role=self.role_edit.text(),
            phone=self.phone_edit.text(),
            url=self.url_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )
        if self._editing is None:
            self.contact_id = self._ledger.add_contact(**fields)
        else:
            # Tags are not edited here yet; keep the ones the contact has.
            fields["tags"] = self._editing.tags
            self._ledger.update_contact(self._editing.id, **fields)
