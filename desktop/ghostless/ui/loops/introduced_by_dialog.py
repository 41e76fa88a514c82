"""Linking a loop to the person who introduced the user, from the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ghostless.core.errors import InputError
from ghostless.core.models import Loop
from ghostless.services.ledger import Ledger
from ghostless.ui.common.form_dialog import FormDialog
from ghostless.ui.loops.contact_picker import NEW_CONTACT, NO_CONTACT, ContactPicker


class IntroducedByDialog(FormDialog):
    """Who vouched for the user in this loop; OK links the loop to their introduction
    (found, or recorded when there is none), which satisfies its reach-out.

    Attributes:
        introducer_picker: the person, found by typing part of their name.
    """

    def __init__(self, ledger: Ledger, loop: Loop, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("IntroducedByDialog", "Introduced by: {subject}").format(
                subject=loop.subject
            ),
            parent,
        )
        self._ledger = ledger
        self._loop = loop
        about = QLabel(
            self.tr(
                "Who introduced you to this person or vouched for you? When this loop "
                "closes, Ghostless reminds you to thank them and tell them how it went."
            )
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        self.introducer_picker = ContactPicker(ledger)
        self.introducer_picker.line_edit.setPlaceholderText(self.tr("Type part of their name"))
        self.add_field("introduced_by", self.tr("&Introduced by"), self.introducer_picker)
        self.introducer_picker.setFocus()

    def submit(self) -> None:
        link_introducer(self._ledger, self._loop.id, self.introducer_picker)


def link_introducer(ledger: Ledger, loop_id: int, picker: ContactPicker) -> None:
    """Link ``loop_id`` to the person chosen in ``picker``: a contact, or a new one
    named as typed (the picker offers "New contact…" for a name it does not know)."""
    chosen = picker.contact_id()
    if chosen == NEW_CONTACT:
        name = picker.model.text.strip()
        if not name:
            raise InputError(
                QCoreApplication.translate(
                    "IntroducedByDialog", "introduced_by: type the name of the person"
                ),
                field="introduced_by",
            )
        ledger.introducer_named(loop_id, name)
    elif chosen == NO_CONTACT:
        raise InputError(
            QCoreApplication.translate(
                "IntroducedByDialog",
                "introduced_by: pick someone from the list, or type a new name and choose "
                "“New contact…”",
            ),
            field="introduced_by",
        )
    else:
        ledger.introduced_by_contact(loop_id, chosen)
