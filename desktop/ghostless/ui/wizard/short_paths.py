"""The exceptions' short paths: block, mute or block, away, and a quiet step back."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWizard,
)

from ghostless.core.disengage import (
    AfterSend,
    Step,
    WizardState,
    note_for,
)
from ghostless.core.planner import AwayReason
from ghostless.ui.common.accessible import name, with_mnemonic
from ghostless.ui.reminders.reminder_dialogs import AWAY_HINTS

if TYPE_CHECKING:
    from ghostless.ui.wizard.wizard import DisengageWizard
from ghostless.ui.wizard.page_base import (
    AFTER_LABELS,
    WizardPage,
    hint_label,
    labelled_row,
    note_label,
    radio_group,
    wizard_keys,
)


class BlockPage(WizardPage):
    """Safety: block, no reply owed, said plainly."""

    step = Step.BLOCK

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Block: no reply is owed"))
        self.note = note_label(strong=True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("What happened (only you see this)"))
        effects = QLabel(
            self.tr(
                "<ul style='margin-left:-20px'><li>The loop closes as <b>blocked</b>.</li>"
                "<li>Every reminder about this person stops.</li>"
                "<li>The record is kept, in case you need it later.</li></ul>"
            )
        )
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(effects)
        column.addLayout(labelled_row(self.tr("&Reason"), self.reason_edit))
        column.addStretch(1)
        self.setButtonText(
            QWizard.WizardButton.FinishButton, with_mnemonic(self.tr("Block"), wizard_keys())
        )
        self.reason_edit.textChanged.connect(self.host.set_block_reason)

    def subtitle(self) -> str:
        return self.tr("Safety comes before etiquette.")

    def initializePage(self) -> None:
        super().initializePage()
        self.note.setText(f"<b>{escape(note_for(self.host.state))}</b>")
        self.set_state(after=AfterSend.BLOCK)

    def projected(self, state: WizardState) -> WizardState:
        return state.with_(after=AfterSend.BLOCK, flags_confirmed=True)


class MuteOrBlockPage(WizardPage):
    """Spam or scam: no reply owed; mute or block."""

    step = Step.MUTE_OR_BLOCK

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Mute or block: no reply is owed"))
        self.note = note_label()
        labels = {
            AfterSend.MUTE: AFTER_LABELS[AfterSend.MUTE],
            AfterSend.BLOCK: AFTER_LABELS[AfterSend.BLOCK],
        }
        self.group, self.buttons, choices = radio_group(
            self,
            labels,
            {
                AfterSend.MUTE: self.tr(
                    "The loop closes as “no response”; they can still be found."
                ),
                AfterSend.BLOCK: self.tr(
                    "The loop closes as blocked; anything new from them stays quiet."
                ),
            },
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("What they did (only you see this)"))
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addLayout(choices)
        column.addLayout(labelled_row(self.tr("&Reason"), self.reason_edit))
        column.addStretch(1)
        self.group.idClicked.connect(self._on_group_clicked)
        self.reason_edit.textChanged.connect(self.host.set_block_reason)

    def subtitle(self) -> str:
        return self.tr("Spam and scams get no answer.")

    def initializePage(self) -> None:
        super().initializePage()
        self.note.setText(escape(note_for(self.host.state)))
        after = self.host.state.after
        self.choose(after if after is not AfterSend.NOTHING else AfterSend.MUTE)

    def choose(self, after: AfterSend) -> None:
        self.buttons[after].setChecked(True)
        self._on_group_clicked(0 if after is AfterSend.MUTE else 1)

    def _on_group_clicked(self, index: int) -> None:
        after = AfterSend.MUTE if index == 0 else AfterSend.BLOCK
        self.set_state(after=after)
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            with_mnemonic(self.tr("Mute") if index == 0 else self.tr("Block"), wizard_keys()),
        )

    def projected(self, state: WizardState) -> WizardState:
        return state.with_(flags_confirmed=True)


class AwayPage(WizardPage):
    """A crisis: away mode, and optionally a short step-back message."""

    step = Step.AWAY

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Look after yourself first"))
        self.note = note_label()
        self.reason_combo = QComboBox()
        for reason in AwayReason:
            self.reason_combo.addItem(reason.label, reason.value)
        self.reason_hint = hint_label("")
        self.message_check = QCheckBox(
            self.tr("Also send this person a short note that I'm stepping back")
        )
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        row = QHBoxLayout()
        label = QLabel(self.tr("I'm away because of"))
        label.setBuddy(self.reason_combo)
        name(self.reason_combo, label.text())
        row.addWidget(label)
        row.addWidget(self.reason_combo)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.reason_hint)
        column.addWidget(self.message_check)
        column.addStretch(1)
        self.reason_combo.currentIndexChanged.connect(self._on_reason_combo_changed)
        self.message_check.toggled.connect(self._on_message_check_toggled)

    def subtitle(self) -> str:
        return self.tr("Away mode pauses every reminder; nothing is lost.")

    def initializePage(self) -> None:
        super().initializePage()
        self.note.setText(escape(note_for(self.host.state)))
        self.reason_combo.setCurrentIndex(list(AwayReason).index(self.host.away_reason))
        self._on_reason_combo_changed()
        self.message_check.setChecked(self.host.state.wants_message)
        self._finish_text()

    def _on_reason_combo_changed(self) -> None:
        reason = AwayReason(str(self.reason_combo.currentData()))
        self.host.away_reason = reason
        self.reason_hint.setText(AWAY_HINTS[reason])

    def _on_message_check_toggled(self, checked: bool) -> None:
        self.set_state(wants_message=checked)
        self._finish_text()

    def _finish_text(self) -> None:
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            with_mnemonic(self.tr("Turn on away mode"), wizard_keys()),
        )

    def validatePage(self) -> bool:
        self.set_state(away_confirmed=True)  # taken at the finish, with the message if any
        return True

    def projected(self, state: WizardState) -> WizardState:
        return state.with_(away_confirmed=True, draft_body="", sent=False)


class QuietPage(WizardPage):
    """An exploitative power dynamic: a minimal acknowledgment, or stepping away quietly."""

    step = Step.QUIET

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle(self.tr("You don't owe them your time"))
        self.note = note_label()
        labels = {
            False: self.tr("Send a one-line &acknowledgment (“I need to step back for now”)"),
            True: self.tr("Step away &quietly: close the loop without a message"),
        }
        self.group, self.buttons, choices = radio_group(self, labels)
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addLayout(choices)
        column.addStretch(1)
        self.buttons[False].setChecked(True)
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            with_mnemonic(self.tr("Close quietly"), wizard_keys()),
        )
        self.group.idClicked.connect(lambda _id: self.completeChanged.emit())

    def subtitle(self) -> str:
        return self.tr("A minimal acknowledgment is enough; silence is allowed too.")

    def initializePage(self) -> None:
        super().initializePage()
        self.note.setText(escape(note_for(self.host.state)))
        self.buttons[self.host.state.quiet_confirmed].setChecked(True)

    def choose(self, quietly: bool) -> None:
        self.buttons[quietly].click()

    def quietly(self) -> bool:
        return self.buttons[True].isChecked()

    def projected(self, state: WizardState) -> WizardState:
        return state.with_(quiet_confirmed=self.quietly(), draft_body="", sent=False)
