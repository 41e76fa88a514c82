"""Adding or editing a contact, with every address it has."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from ghostless.core.cadence import cadence_words, parse_cadence
from ghostless.core.errors import InputError
from ghostless.core.models import Address, AddressKind, Contact
from ghostless.core.validation import ContactInput, clean_address
from ghostless.services.keep_in_touch import KeepInTouchService
from ghostless.services.ledger import Ledger
from ghostless.ui.common.form_dialog import FormDialog
from ghostless.ui.contacts.address_table import AddressTable


class _Primary(QWidget):
    """The primary address of one kind: the value, and its label beside it."""

    def __init__(self, placeholder: str) -> None:
        super().__init__()
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(placeholder)
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("Label"))
        self.label_edit.setMaximumWidth(120)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.label_edit)


class ContactDialog(FormDialog):
    """Name, organisation, role, notes, and every e-mail address, phone and profile link.

    The primary address of each kind has its own field (with a label beside it);
    any further ones are rows of the "More addresses" table.

    Attributes:
        contact_id: the contact written, once the dialog was accepted (else None).
        email_edit, phone_edit, url_edit: the primary address of each kind.
        email_label_edit, phone_label_edit, url_label_edit: their labels.
        more_addresses: the further addresses.
    """

    def __init__(self, ledger: Ledger, contact: Contact | None, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("ContactDialog", "Edit contact")
            if contact
            else QCoreApplication.translate("ContactDialog", "New contact"),
            parent,
        )
        self.setMinimumWidth(560)
        self._ledger = ledger
        self._editing = contact
        self.contact_id: int | None = contact.id if contact else None
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Full name"))
        email = _Primary("name@example.com")
        phone = _Primary("")
        url = _Primary("https://www.linkedin.com/in/…")
        self._primary = {AddressKind.EMAIL: email, AddressKind.PHONE: phone, AddressKind.URL: url}
        self.email_edit, self.email_label_edit = email.value_edit, email.label_edit
        self.phone_edit, self.phone_label_edit = phone.value_edit, phone.label_edit
        self.url_edit, self.url_label_edit = url.value_edit, url.label_edit
        self.org_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("Recruiter, hiring manager, former colleague…"))
        self.more_addresses = AddressTable()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.keep_edit = QLineEdit()
        self.keep_edit.setPlaceholderText(self.tr("e.g. 3 months; empty: only as their tags say"))
        self.keep_edit.setToolTip(
            self.tr(
                "When nothing has happened with this person for this long, a "
                "keep-in-touch item appears on Today. Any message or meeting with them "
                "starts it again."
            )
        )
        self.add_field("name", self.tr("&Name"), self.name_edit)
        self.add_field("email", self.tr("&E-mail"), email)
        self.add_field("org", self.tr("&Organisation"), self.org_edit)
        self.add_field("role", self.tr("&Role"), self.role_edit)
        self.add_field("phone", self.tr("&Phone"), phone)
        self.add_field("url", self.tr("Profile &link"), url)
        self.add_field("addresses", self.tr("&More addresses"), self.more_addresses)
        self.add_field("notes", self.tr("No&tes"), self.notes_edit)
        self.add_field("keep_in_touch", self.tr("&Keep in touch every"), self.keep_edit)
        self.more_addresses.primary_button.clicked.connect(self._on_make_primary_clicked)
        if contact:
            self.name_edit.setText(contact.name)
            self.org_edit.setText(contact.org)
            self.role_edit.setText(contact.role)
            self.notes_edit.setPlainText(contact.notes)
            days = KeepInTouchService(ledger).contact_cadence(contact.id)
            if days is not None:
                self.keep_edit.setText(cadence_words(days).removeprefix("every "))
            shown: set[AddressKind] = set()
            for address in contact.addresses:
                if address.primary and address.kind not in shown:
                    shown.add(address.kind)
                    self._primary[address.kind].value_edit.setText(address.value)
                    self._primary[address.kind].label_edit.setText(address.label)
                else:
                    self.more_addresses.add_row(address)
            own = {
                AddressKind.EMAIL: contact.email,
                AddressKind.PHONE: contact.phone,
                AddressKind.URL: contact.url,
            }
            for kind, value in own.items():
                if kind not in shown and value:  # a contact read without its addresses
                    self._primary[kind].value_edit.setText(value)

    def _on_make_primary_clicked(self) -> None:
        row = self.more_addresses.selected_row()
        if row is None:
            return
        chosen = self.more_addresses.address_at(row)
        primary = self._primary[chosen.kind]
        previous = Address(chosen.kind, primary.value_edit.text(), primary.label_edit.text())
        primary.value_edit.setText(chosen.value)
        primary.label_edit.setText(chosen.label)
        if previous.value.strip():
            self.more_addresses.set_row(row, previous)
        else:
            self.more_addresses.remove_row(row)

    def addresses(self) -> list[Address]:
        """Every address typed in: the primary ones, then the table's rows.

        A bad row raises InputError naming the table and the row, so the
        message appears under it rather than under a primary field.
        """
        found = [
            Address(kind, edits.value_edit.text(), edits.label_edit.text(), True)
            for kind, edits in self._primary.items()
            if edits.value_edit.text().strip()
        ]
        for row, address in self.more_addresses.addresses():
            try:
                found.append(clean_address(address))
            except InputError as exc:
                raise InputError(f"addresses: row {row + 1}: {exc}", field="addresses") from None
        return found

    def submit(self) -> None:
        fields = ContactInput(
            name=self.name_edit.text(),
            org=self.org_edit.text(),
            role=self.role_edit.text(),
            notes=self.notes_edit.toPlainText(),
            addresses=self.addresses(),
        )
        days = parse_cadence(self.keep_edit.text(), field="keep_in_touch")
        with self._ledger.transaction():
            if self._editing is None:
                self.contact_id = self._ledger.add_contact(**fields)
            else:
                # Tags are not edited here yet; keep the ones the contact has.
                fields["tags"] = self._editing.tags
                self._ledger.update_contact(self._editing.id, **fields)
            keep = KeepInTouchService(self._ledger)
            assert self.contact_id is not None
            if keep.contact_cadence(self.contact_id) != days:
                keep.set_contact(self.contact_id, days)
