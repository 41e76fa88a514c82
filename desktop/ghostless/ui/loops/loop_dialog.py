"""Opening a loop (or editing one): who with, what kind, about what, and since when.

The contact is found by typing part of a name (the picker asks the store for
a few matches, never loads the whole address book) or typed in on the spot; a
new contact and its first loop are written in one transaction, so a mistake
in the loop's fields leaves no stray contact behind.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ghostless.core.errors import InputError
from ghostless.core.i18n import _
from ghostless.core.models import Loop, LoopKind
from ghostless.core.wording import FIRST_EVENT_HINTS
from ghostless.services.ledger import FollowUpFields, Ledger
from ghostless.ui.common.form_dialog import FormDialog
from ghostless.ui.common.local_time import from_wall_clock, instant_edit
from ghostless.ui.loops.contact_picker import NEW_CONTACT, NO_CONTACT, ContactPicker
from ghostless.ui.loops.deadline_edit import DeadlineEdit, deadline_label
from ghostless.ui.loops.introduced_by_dialog import link_introducer

__all__ = ["NEW_CONTACT", "NO_CONTACT", "LoopDialog"]


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
        super().__init__(
            QCoreApplication.translate("LoopDialog", "Edit loop")
            if loop
            else QCoreApplication.translate("LoopDialog", "New loop"),
            parent,
        )
        self._ledger = ledger
        self._editing = loop
        self.loop_id: int | None = loop.id if loop else None

        self.contact_picker = ContactPicker(ledger)
        self.new_name_edit = QLineEdit()
        self.new_name_edit.setPlaceholderText(self.tr("Who is this conversation with?"))
        self.new_org_edit = QLineEdit()
        self.new_email_edit = QLineEdit()
        self.new_email_edit.setPlaceholderText(self.tr("optional"))
        self.kind_combo = QComboBox()
        for kind in LoopKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.subject_edit = QLineEdit()
        self.subject_edit.setPlaceholderText(self.tr("What is it about? e.g. Senior backend role"))
        self.when_edit = instant_edit(ledger.clock.now(), ledger.zone)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(70)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)
        fields = ledger.follow_up_fields(loop.id) if loop else None
        self.deadline_edit = DeadlineEdit(ledger, fields.deadline if fields else None)
        self.introducer_picker = ContactPicker(ledger)
        self.introducer_picker.line_edit.setPlaceholderText(
            self.tr("Optional: who introduced you or vouched for you")
        )
        self._introducer = self._introducer_of(fields)
        if self._introducer is not None:
            self.introducer_picker.select_contact(self._introducer)

        self.add_field("contact", self.tr("&Contact"), self.contact_picker)
        self.add_field("name", self.tr("  Name"), self.new_name_edit)
        self.add_field("org", self.tr("  Organisation"), self.new_org_edit)
        self.add_field("email", self.tr("  E-mail"), self.new_email_edit)
        self.add_field("kind", self.tr("&Kind"), self.kind_combo)
        self.add_field("subject", self.tr("&Subject"), self.subject_edit)
        self.add_field("time", self.tr("&When"), self.when_edit)
        self.add_field("text", self.tr("&What happened"), self.text_edit)
        self.add_field("deadline", self.tr("&Deadline"), self.deadline_edit)
        self.add_field("introduced_by", self.tr("&Introduced by"), self.introducer_picker)
        self.add_field("notes", self.tr("N&otes"), self.notes_edit)

        self.contact_picker.contact_changed.connect(self._on_contact_picker_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        if loop:
            self._fill_from(loop)
        elif contact_id is not None:
            self.select_contact(contact_id)
        if self.contact_picker.contact_id() == NO_CONTACT and ledger.contact_count() == 0:
            self.contact_picker.choose_new_contact()  # nobody to pick yet
        self._on_contact_picker_changed()
        self._on_kind_combo_changed()
        # Start where the user types next: the subject once the contact is known.
        known = self.contact_picker.contact_id() > 0
        first = self.subject_edit if known else self.contact_picker
        if self.contact_picker.contact_id() == NEW_CONTACT:
            first = self.new_name_edit
        first.setFocus()

    def _fill_from(self, loop: Loop) -> None:
        self.select_contact(loop.contact_id)
        self.set_kind(loop.kind)
        self.subject_edit.setText(loop.subject)
        self.notes_edit.setPlainText(loop.notes)
        # The first event is part of the record now; it is edited there, not here.
        self.set_field_visible("time", False)
        self.set_field_visible("text", False)

    def select_contact(self, contact_id: int) -> None:
        self.contact_picker.select_contact(contact_id)

    def contact_id(self) -> int:
        """The chosen contact's id, NEW_CONTACT or NO_CONTACT."""
        return self.contact_picker.contact_id()

    def set_kind(self, kind: LoopKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def kind(self) -> LoopKind:
        return LoopKind(self.kind_combo.currentData())

    def _on_contact_picker_changed(self) -> None:
        creating = self.contact_picker.contact_id() == NEW_CONTACT
        if creating and not self.new_name_edit.text():
            # What was typed to search is most likely the new person's name.
            typed = self.contact_picker.model.text.strip()
            self.new_name_edit.setText(typed)
            if self.contact_picker.line_edit.hasFocus():
                self.new_name_edit.setFocus()
        for name in ("name", "org", "email"):
            self.set_field_visible(name, creating)
        self.adjustSize()

    def _introducer_of(self, fields: FollowUpFields | None) -> int | None:
        if fields is None or fields.introduced_by is None:
            return None
        return self._ledger.loop(fields.introduced_by).contact_id

    def _on_kind_combo_changed(self) -> None:
        kind = self.kind()
        self.text_edit.setPlaceholderText(_(FIRST_EVENT_HINTS[kind]))
        label = deadline_label(kind)
        self.set_field_visible(
            "deadline", label is not None or self.deadline_edit.line_edit.text() != ""
        )
        self.set_field_label("deadline", label or self.tr("&Deadline"))
        self.set_field_visible("introduced_by", kind is not LoopKind.INTRODUCTION)

    def submit(self) -> None:
        ledger = self._ledger
        # One transaction: an error in the loop's fields also undoes the new contact.
        with ledger.transaction():
            contact_id = self.contact_picker.contact_id()
            if contact_id == NO_CONTACT:
                raise InputError(
                    self.tr("contact: pick someone from the list, or “New contact…” to add them"),
                    field="contact",
                )
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
            if self.field_visible("deadline"):
                deadline = self.deadline_edit.deadline()
                if self._editing is not None or deadline is not None:
                    ledger.set_deadline(loop_id, deadline)
            self._save_introducer(loop_id)
        self.loop_id = loop_id

    def _save_introducer(self, loop_id: int) -> None:
        if not self.field_visible("introduced_by"):
            return
        chosen = self.introducer_picker.contact_id()
        if chosen == NO_CONTACT and not self.introducer_picker.typed_text().strip():
            if self._introducer is not None:
                self._ledger.set_introduced_by(loop_id, None)
        elif chosen != self._introducer:
            link_introducer(self._ledger, loop_id, self.introducer_picker)
