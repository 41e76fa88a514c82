"""Opening a loop (or editing one): who with, what kind, about what, and since when.

The contact can be picked from the list or typed in on the spot; a new
contact and its first loop are written in one transaction, so a mistake in
the loop's fields leaves no stray contact behind.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ghostless.core.models import Loop, LoopKind
from ghostless.core.turns import TRIGGER_EVENT
from ghostless.services.ledger import Ledger
from ghostless.ui.form_dialog import FormDialog
from ghostless.ui.local_time import from_wall_clock, instant_edit

#: The contact combo's first entry: type a new person in instead of picking one.
NEW_CONTACT = -1


class LoopDialog(FormDialog):
    """The fields of a loop; a new loop also records its first event.

    Attributes:
        loop_id: the loop written, once the dialog was accepted (else None).
    """

    def __init__(
        self,
        ledger: Ledger,
        loop: Loop | None = None,
        *,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Edit loop" if loop else "New loop", parent)
        self._ledger = ledger
        self._editing = loop
        self.loop_id: int | None = loop.id if loop else None

        self.contact_combo = QComboBox()
        self.contact_combo.addItem("New contact…", NEW_CONTACT)
        for contact in ledger.contacts.search():
            shown = f"{contact.name} ({contact.org})" if contact.org else contact.name
            self.contact_combo.addItem(shown, contact.id)
        self.new_name_edit = QLineEdit()
        self.new_name_edit.setPlaceholderText("Who is this conversation with?")
        self.new_org_edit = QLineEdit()
        self.new_email_edit = QLineEdit()
        self.new_email_edit.setPlaceholderText("optional")
        self.kind_combo = QComboBox()
        for kind in LoopKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.subject_edit = QLineEdit()
        self.subject_edit.setPlaceholderText("What is it about? e.g. Senior backend role")
        self.when_edit = instant_edit(ledger.clock.now(), ledger.zone)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(70)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)

        self.add_field("contact", "&Contact", self.contact_combo)
        self.add_field("name", "  Name", self.new_name_edit)
        self.add_field("org", "  Organisation", self.new_org_edit)
        self.add_field("email", "  E-mail", self.new_email_edit)
        self.add_field("kind", "&Kind", self.kind_combo)
        self.add_field("subject", "&Subject", self.subject_edit)
        self.add_field("time", "&When", self.when_edit)
        self.add_field("text", "&What happened", self.text_edit)
        self.add_field("notes", "N&otes", self.notes_edit)

        self.contact_combo.currentIndexChanged.connect(self._on_contact_combo_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        if loop:
            self._fill_from(loop)
        elif contact_id is not None:
            self.select_contact(contact_id)
        elif self.contact_combo.count() > 1:
            self.contact_combo.setCurrentIndex(1)
        self._on_contact_combo_changed()
        self._on_kind_combo_changed()

    def _fill_from(self, loop: Loop) -> None:
        self.select_contact(loop.contact_id)
        self.set_kind(loop.kind)
        self.subject_edit.setText(loop.subject)
        self.notes_edit.setPlainText(loop.notes)
        # The first event is part of the record now; it is edited there, not here.
        self.set_field_visible("time", False)
        self.set_field_visible("text", False)

    def select_contact(self, contact_id: int) -> None:
        index = self.contact_combo.findData(contact_id)
        if index >= 0:
            self.contact_combo.setCurrentIndex(index)

    def set_kind(self, kind: LoopKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def kind(self) -> LoopKind:
        return LoopKind(self.kind_combo.currentData())

    def _on_contact_combo_changed(self) -> None:
        creating = self.contact_combo.currentData() == NEW_CONTACT
        for name in ("name", "org", "email"):
            self.set_field_visible(name, creating)
        self.adjustSize()

    def _on_kind_combo_changed(self) -> None:
        trigger = TRIGGER_EVENT[self.kind()]
        self.text_edit.setPlaceholderText(f"{trigger.label}: what was said or agreed (optional)")

    def submit(self) -> None:
        ledger = self._ledger
        # One transaction: an error in the loop's fields also undoes the new contact.
        with ledger.store.write():
            contact_id = int(self.contact_combo.currentData())
            if contact_id == NEW_CONTACT:
                contact_id = ledger.add_contact(
                    name=self.new_name_edit.text(),
                    org=self.new_org_edit.text(),
                    email=self.new_email_edit.text(),
                )
            if self._editing is None:
                loop_id = ledger.add_loop(
                    contact_id=contact_id,
                    kind=self.kind(),
                    subject=self.subject_edit.text(),
                    at=from_wall_clock(self.when_edit.dateTime(), ledger.zone),
                    text=self.text_edit.toPlainText(),
                    notes=self.notes_edit.toPlainText(),
                )
            else:
                loop_id = self._editing.id
                ledger.update_loop(
                    self._editing.id,
                    contact_id=contact_id,
                    kind=self.kind(),
                    subject=self.subject_edit.text(),
                    notes=self.notes_edit.toPlainText(),
                )
        self.loop_id = loop_id
