"""Merging two contacts who are one person: which one to keep, asked plainly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ghostless.core.models import Contact
from ghostless.ui.common.accessible import name_message_icon


class MergeBox(QMessageBox):
    """ "Merge these two?" with one button per contact to keep, and Cancel.

    Attributes:
        keep_buttons: the button that keeps each contact, by contact id.
    """

    def __init__(
        self, first: Contact, second: Contact, counts: dict[int, int], parent: QWidget
    ) -> None:
        super().__init__(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MergeBox", "Merge contacts"),
            "",
            parent=parent,
        )
        name_message_icon(self)
        self.setText(
            self.tr("Merge {first} and {second} into one contact?").format(
                first=first.name, second=second.name
            )
        )
        self.setInformativeText(
            self.tr(
                "Every loop, with its record, and every address moves to the one you "
                "keep, in one step. ({first}: {first_loops} loop(s); {second}: "
                "{second_loops} loop(s).) Undo (Ctrl+Z) separates them again."
            ).format(
                first=first.name,
                first_loops=counts.get(first.id, 0),
                second=second.name,
                second_loops=counts.get(second.id, 0),
            )
        )
        self.keep_buttons = {
            contact.id: self.addButton(self.tr("Keep {name}").format(name=_short(contact.name)),
                                       QMessageBox.ButtonRole.AcceptRole)
            for contact in (first, second)
        }  # fmt: skip
        for contact in (first, second):  # the full name where the button shortened it
            self.keep_buttons[contact.id].setToolTip(
                self.tr("Keep {name}").format(name=contact.name)
            )
        self.setDefaultButton(self.addButton(QMessageBox.StandardButton.Cancel))


def _short(name: str, limit: int = 40) -> str:
    """A name short enough for a button (a long one would stretch the box off-screen)."""
    return name if len(name) <= limit else name[: limit - 1] + "…"
