"""Closing a loop: how did the conversation end?"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ghostless.core.models import Loop, Outcome
from ghostless.services.ledger import Ledger
from ghostless.ui.common.form_dialog import FormDialog
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

#: A line under the picker, so each outcome is chosen for what it means.
OUTCOME_HINTS = {
    Outcome.REPLIED: QT_TRANSLATE_NOOP(
        "CloseDialog", "I answered and nothing more is owed on either side."
    ),
    Outcome.DECLINED: QT_TRANSLATE_NOOP("CloseDialog", "I said a clear, polite no."),
    Outcome.ACCEPTED: QT_TRANSLATE_NOOP(
        "CloseDialog", "I said yes: an offer, a proposal, an invitation."
    ),
    Outcome.COMPLETED: QT_TRANSLATE_NOOP("CloseDialog", "What was promised or asked is done."),
    Outcome.THANKED: QT_TRANSLATE_NOOP(
        "CloseDialog", "I thanked them; the conversation is complete."
    ),
    Outcome.NO_RESPONSE: QT_TRANSLATE_NOOP(
        "CloseDialog", "They went quiet after my last message; I stopped waiting."
    ),
    Outcome.WITHDRAWN: QT_TRANSLATE_NOOP("CloseDialog", "I stepped back from the process."),
    Outcome.BLOCKED: QT_TRANSLATE_NOOP(
        "CloseDialog", "No reply is owed: this contact was unsafe or abusive."
    ),
}


class CloseDialog(FormDialog):
    """Picks the outcome a loop is closed with; its record stays."""

    def __init__(self, ledger: Ledger, loop: Loop, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CloseDialog", "Close loop"), parent)
        self._ledger = ledger
        self._loop = loop
        about = QLabel(
            self.tr("<b>{contact_name}</b> · {subject}").format(
                contact_name=loop.contact_name, subject=loop.subject
            )
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        self.outcome_combo = QComboBox()
        for outcome in Outcome:
            self.outcome_combo.addItem(outcome.label, outcome.value)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.add_field("outcome", self.tr("&Outcome"), self.outcome_combo)
        self.form.addRow("", self.hint_label)
        self.outcome_combo.currentIndexChanged.connect(self._on_outcome_combo_changed)
        self._on_outcome_combo_changed()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Close loop"))

    def outcome(self) -> Outcome:
        return Outcome(self.outcome_combo.currentData())

    def set_outcome(self, outcome: Outcome) -> None:
        self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(outcome.value))

    def _on_outcome_combo_changed(self) -> None:
        self.hint_label.setText(self.tr(OUTCOME_HINTS[self.outcome()]))

    def submit(self) -> None:
        self._ledger.close_loop(self._loop.id, self.outcome())
