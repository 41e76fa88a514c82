"""Setting, changing or clearing a loop's deadline from the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ghostless.core.models import Loop
from ghostless.services.ledger import Ledger
from ghostless.ui.common.form_dialog import FormDialog
from ghostless.ui.loops.deadline_edit import DeadlineEdit


class DeadlineDialog(FormDialog):
    """One typed deadline; OK saves it (an empty line clears it).

    Attributes:
        deadline_edit: where the time is typed, with what it is understood as.
    """

    def __init__(self, ledger: Ledger, loop: Loop, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("DeadlineDialog", "Deadline: {subject}").format(
                subject=loop.subject
            ),
            parent,
        )
        self._ledger = ledger
        self._loop = loop
        current = ledger.follow_up_fields(loop.id).deadline
        self.deadline_edit = DeadlineEdit(ledger, current)
        self.add_field("deadline", self.tr("&Deadline"), self.deadline_edit)
        self.deadline_edit.setFocus()

    def submit(self) -> None:
        self._ledger.set_deadline(self._loop.id, self.deadline_edit.deadline())
