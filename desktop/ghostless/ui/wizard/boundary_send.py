"""The wizard's last two steps: set a boundary, and send and close."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
)

from ghostless.core.disengage import (
    AfterSend,
    Boundary,
    Delivery,
    Situation,
    Step,
    WizardState,
    default_outcome,
    draft_intent,
)
from ghostless.core.draft_checker import check
from ghostless.core.models import Outcome
from ghostless.core.templates import remove_unfilled
from ghostless.ui.wizard.draft_editor import missing_fields, missing_text

if TYPE_CHECKING:
    from ghostless.ui.wizard.wizard import DisengageWizard
from ghostless.ui.common.accessible import mnemonic_letter, name, with_mnemonic
from ghostless.ui.common.text_colours import error_style
from ghostless.ui.wizard.page_base import (
    AFTER_LABELS,
    BOUNDARY_HINTS,
    CHECK_IN_DAYS,
    DELIVERY_LABELS,
    FINISH_LABELS,
    WizardPage,
    note_label,
    radio_group,
    to_qdate,
    wizard_keys,
)


class BoundaryPage(WizardPage):
    """Step 3: close the door, not now (with a check-in day), or step back."""

    step = Step.BOUNDARY

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Set a boundary"))
        labels = {boundary: boundary.label for boundary in Boundary}
        self.group, self.buttons, choices = radio_group(self, labels, BOUNDARY_HINTS)
        self.check_in_check = QCheckBox(self.tr("&Remind me to check in on"))
        self.check_in_edit = QDateEdit()
        name(self.check_in_edit, self.tr("Check-in date"))
        self.check_in_edit.setCalendarPopup(True)
        self.check_in_edit.setDisplayFormat("ddd d MMM yyyy")
        check_in_row = QHBoxLayout()
        check_in_row.setContentsMargins(24, 0, 0, 0)
        check_in_row.addWidget(self.check_in_check)
        check_in_row.addWidget(self.check_in_edit)
        check_in_row.addStretch(1)
        choices.insertLayout(4, check_in_row)  # under "not now" and its hint
        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        self.use_template_button = QPushButton(self.tr("Use it instead"))
        self.use_template_button.hide()
        self.keep_draft_button = QPushButton(self.tr("Keep my draft"))
        self.keep_draft_button.setToolTip(self.tr("Go back to the draft you had before"))
        self.keep_draft_button.hide()
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_label, 1)
        template_row.addWidget(self.use_template_button)
        template_row.addWidget(self.keep_draft_button)
        self.preview = QPlainTextEdit()
        name(self.preview, self.tr("Message with the boundary"))
        self.preview.setReadOnly(True)
        self.checker_label = QLabel()
        self.checker_label.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addLayout(choices)
        column.addLayout(template_row)
        column.addWidget(self.preview, 1)
        column.addWidget(self.checker_label)
        self._suggested: str | None = None
        #: The draft before "Use it instead" (template, subject, body, auto body), for undo.
        self._previous: tuple[str | None, str, str, str] | None = None
        self.group.idClicked.connect(self._on_group_clicked)
        self.check_in_check.toggled.connect(self._on_check_in_changed)
        self.check_in_edit.dateChanged.connect(self._on_check_in_changed)
        self.use_template_button.clicked.connect(self.use_suggested)
        self.keep_draft_button.clicked.connect(self.keep_draft)

    def subtitle(self) -> str:
        return self.tr("How does this message leave things? No false hope.")

    def initializePage(self) -> None:
        super().initializePage()
        state = self.host.state
        today = self.host.today()
        default = state.check_in or today + timedelta(days=CHECK_IN_DAYS)
        self.check_in_edit.blockSignals(True)
        self.check_in_edit.setMinimumDate(to_qdate(today + timedelta(days=1)))
        self.check_in_edit.setDate(to_qdate(default))
        self.check_in_edit.blockSignals(False)
        self.check_in_check.blockSignals(True)
        self.check_in_check.setChecked(state.check_in is not None)
        self.check_in_check.blockSignals(False)
        boundary = state.boundary or self.host.boundary_of_template()
        self.choose(boundary)

    def choose(self, boundary: Boundary) -> None:
        self.buttons[boundary].setChecked(True)
        self._on_group_clicked(list(Boundary).index(boundary))

    def _on_group_clicked(self, index: int) -> None:
        boundary = list(Boundary)[index]
        not_now = boundary is Boundary.NOT_NOW
        self.check_in_check.setEnabled(not_now)
        self.check_in_edit.setEnabled(not_now and self.check_in_check.isChecked())
        self.set_state(boundary=boundary, check_in=self._check_in() if not_now else None)
        self._resuggest()

    def _check_in(self) -> date | None:
        if not self.check_in_check.isChecked():
            return None
        picked = self.check_in_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def _on_check_in_changed(self) -> None:
        not_now = self.host.state.boundary is Boundary.NOT_NOW
        self.check_in_edit.setEnabled(not_now and self.check_in_check.isChecked())
        if not_now and self._check_in() != self.host.state.check_in:
            self.set_state(check_in=self._check_in())
            if self.host.state.draft_body == self.host.auto_body and self.host.uses_date():
                self.host.rerender()  # $date follows the check-in day
        self._show_draft()

    def _resuggest(self) -> None:
        """The best template for this boundary; used at once unless the draft was edited."""
        suggestions = self.host.suggestions()
        best = suggestions[0] if suggestions else None
        self._suggested = best.key if best else None
        state = self.host.state
        self.use_template_button.hide()
        self.keep_draft_button.hide()
        self._previous = None
        if best is None or best.key == state.template_key:
            self.template_label.setText("")
        elif state.draft_body == self.host.auto_body:
            self.host.rerender(best.key)
            self.template_label.setText(
                f"The draft now starts from “{escape(best.title)}”, which fits this boundary."
            )
        else:
            self.template_label.setText(
                f"“{escape(best.title)}” fits this boundary better; your edited draft is kept."
            )
            self.use_template_button.setText(self.tr("Use it instead"))
            self.use_template_button.show()
        self._show_draft()

    def use_suggested(self) -> None:
        """Move the edited draft to the suggested template, keeping what the user filled in."""
        if not self._suggested:
            return
        state, host = self.host.state, self.host
        self._previous = (state.template_key, state.draft_subject, state.draft_body,
                          host.auto_body)  # fmt: skip
        host.move_to_template(self._suggested)
        self.use_template_button.hide()
        self.keep_draft_button.show()
        self.template_label.setText(
            self.tr(
                "The draft now starts from the suggested template, with what you filled in. "
                "Other changes you made are not in it: Keep my draft brings them back."
            )
        )
        self._show_draft()

    def keep_draft(self) -> None:
        """Undo "Use it instead": the user's own draft comes back as it was."""
        if self._previous is None:
            return
        self.host.restore_draft(*self._previous)
        self._previous = None
        self.keep_draft_button.hide()
        self.use_template_button.show()
        self.template_label.setText(self.tr("Your own draft is back."))
        self._show_draft()

    def _show_draft(self) -> None:
        state = self.host.state
        self.preview.setPlainText(state.draft_body)
        findings = check(state.draft_body, draft_intent(state), self.host.checker_options,
                         contact=self.host.contact.name)  # fmt: skip
        # One bullet per finding: a phrase found twice is one thing to change.
        messages = list(dict.fromkeys(finding.message for finding in findings))
        if messages:
            lines = "".join(f"<li>{escape(message)}</li>" for message in messages[:4])
            read_as = state.boundary.label.lower() if state.boundary else self.tr("a decline")
            self.checker_label.setText(
                self.tr(
                    "The checker, reading it as “{read_as}”:<ul style='margin:0'>{lines}</ul>"
                    "Go back to edit it."
                ).format(read_as=read_as, lines=lines)
            )
        else:
            self.checker_label.setText(
                self.tr("The checker finds nothing to change for this boundary.")
            )

    def isComplete(self) -> bool:
        return self.host.state.boundary is not None

    def projected(self, state: WizardState) -> WizardState:
        return state.with_(sent=False)


class SendPage(WizardPage):
    """Step 4: how it goes out, what happens to the contact, and the outcome."""

    step = Step.SEND

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Send and close"))
        self.to_label = QLabel()
        self.to_label.setWordWrap(True)
        #: The page's Alt+letters: the wizard's, "I sent it", "Leave them out", the choices.
        own = (self.tr("I &sent it"), self.tr("&Leave them out"), self.tr("It did &not go out"))
        self.keys = keys = wizard_keys() | {mnemonic_letter(text) or "" for text in own}
        self.delivery_group, self.delivery_buttons, how = radio_group(
            self, DELIVERY_LABELS, None, keys
        )
        self.mail_settings_button = QPushButton(self.tr("Mail settings…"))
        self.smtp_label = QLabel()
        self.smtp_label.setWordWrap(True)
        smtp_row = QHBoxLayout()
        smtp_row.setContentsMargins(24, 0, 0, 0)
        smtp_row.addWidget(self.smtp_label, 1)
        smtp_row.addWidget(self.mail_settings_button)
        how.addLayout(smtp_row)
        how_box = QGroupBox(self.tr("Send it"))
        how_box.setLayout(how)
        self.after_group, self.after_buttons, after = radio_group(self, AFTER_LABELS, None, keys)
        after_box = QGroupBox(self.tr("Afterwards"))
        after_box.setLayout(after)
        self.outcome_combo = QComboBox()
        for outcome in Outcome:
            self.outcome_combo.addItem(outcome.label, outcome.value)
        outcome_row = QHBoxLayout()
        outcome_label = QLabel(self.tr("Close the loop as"))
        outcome_label.setBuddy(self.outcome_combo)
        name(self.outcome_combo, outcome_label.text())  # else it is read by its choice
        outcome_row.addWidget(outcome_label)
        outcome_row.addWidget(self.outcome_combo)
        outcome_row.addStretch(1)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(error_style())
        self.remove_missing_button = QPushButton(self.tr("&Leave them out"))
        self.remove_missing_button.setToolTip(
            self.tr("Take the unfilled [field?] marks out of the message, as they are")
        )
        missing_row = QHBoxLayout()
        missing_row.addWidget(self.missing_label, 1)
        missing_row.addWidget(self.remove_missing_button)
        # After copying or opening the mail client: the message has not gone out
        # yet. It is recorded only once the user says it was sent.
        self.handover_label = note_label()
        self.not_sent_button = QPushButton(self.tr("It did &not go out"))
        handover_row = QHBoxLayout()
        handover_row.addWidget(self.handover_label, 1)
        handover_row.addWidget(self.not_sent_button)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(error_style(bold=True))
        column = QVBoxLayout(self)
        column.addWidget(self.to_label)
        column.addWidget(how_box)
        column.addWidget(after_box)
        column.addLayout(outcome_row)
        column.addLayout(missing_row)
        column.addWidget(self.problem_label)
        column.addLayout(handover_row)
        column.addWidget(self.summary_label)
        column.addStretch(1)
        self.awaiting: Delivery | None = None
        self.delivery_group.idClicked.connect(self._on_delivery_group_clicked)
        self.remove_missing_button.clicked.connect(self.leave_out_missing)
        self.not_sent_button.clicked.connect(self.not_sent)
        self.after_group.idClicked.connect(self._on_after_group_clicked)
        self.outcome_combo.activated.connect(self._on_outcome_combo_activated)
        self.mail_settings_button.clicked.connect(lambda: self.host.mail_settings())

    def subtitle(self) -> str:
        return self.tr(
            "Send it your way. Ghostless records it and closes the loop: no more reminders."
        )

    def initializePage(self) -> None:
        super().initializePage()
        host, state = self.host, self.host.state
        contact = host.contact
        to = (
            f"{escape(contact.name)} &lt;{escape(contact.email)}&gt;"
            if contact.email
            else (f"{escape(contact.name)} (no e-mail address: copy the message)")
        )
        self.to_label.setText(self.tr("<b>To</b> {to}").format(to=to))
        self.delivery_buttons[Delivery.MAIL_CLIENT].setEnabled(bool(contact.email))
        self.refresh_smtp()
        delivery = state.delivery
        if delivery is None or not self.delivery_buttons[delivery].isEnabled():
            delivery = Delivery.MAIL_CLIENT if contact.email else Delivery.COPIED
        self.choose_delivery(delivery)
        self.after_buttons[state.after].setChecked(True)
        self.not_sent()
        self._show_missing()
        self._show_outcome()

    def _show_missing(self) -> None:
        state = self.host.state
        missing = missing_fields(state.draft_subject, state.draft_body)
        text = missing_text(missing)
        if text:
            text += ". Go back to fill them in, or leave them out."
        self.missing_label.setText(text)
        self.missing_label.setVisible(bool(missing))
        self.remove_missing_button.setVisible(bool(missing))
        self.completeChanged.emit()

    def leave_out_missing(self) -> None:
        """The user chose to send without the unfilled fields: take the marks out."""
        state = self.host.state
        self.set_state(
            draft_subject=" ".join(remove_unfilled(state.draft_subject).split()),
            draft_body=remove_unfilled(state.draft_body),
        )
        self._show_missing()

    def show_problem(self, message: str) -> None:
        """Say in the page why nothing went out (and nothing was recorded)."""
        self.problem_label.setText(
            self.tr("{problem}. Nothing was recorded.").format(
                problem=f"{message[:1].upper()}{message[1:]}"
            )
        )
        self.problem_label.show()

    def await_confirmation(self, delivery: Delivery) -> None:
        """The message was copied or handed to the mail client: wait for "I sent it"."""
        self.awaiting = delivery
        self.problem_label.hide()
        if delivery is Delivery.COPIED:
            text = (
                "The message is on the clipboard. Paste it where you write to them and send "
                "it, then press <b>I sent it</b>. Nothing is recorded until then."
            )
        else:
            text = (
                "Your mail client should now show the message. Send it from there, then "
                "press <b>I sent it</b>. If no mail client opened, press <b>It did not go "
                "out</b> and copy the message instead."
            )
        self.handover_label.setText(text)
        self.handover_label.show()
        self.not_sent_button.show()
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("I &sent it"))

    def not_sent(self) -> None:
        """Back to choosing how it goes out: nothing was recorded."""
        self.awaiting = None
        self.handover_label.hide()
        self.not_sent_button.hide()
        self.problem_label.hide()
        delivery = self.host.state.delivery
        if delivery is not None:
            self.setButtonText(
                QWizard.WizardButton.FinishButton,
                with_mnemonic(
                    QCoreApplication.translate("page_base", FINISH_LABELS[delivery]), set(self.keys)
                ),
            )

    def refresh_smtp(self) -> None:
        """Say whether sending from Ghostless can work: set up, and a usable keyring."""
        ready, why = self.host.smtp_status()
        self.smtp_ready = ready
        self.smtp_label.setText(why)
        button = self.delivery_buttons[Delivery.SMTP]
        button.setEnabled(ready or self.host.keyring_usable)
        if not button.isEnabled() and button.isChecked():
            self.choose_delivery(
                Delivery.MAIL_CLIENT if self.host.contact.email else Delivery.COPIED
            )
        self.completeChanged.emit()

    def choose_delivery(self, delivery: Delivery) -> None:
        self.delivery_buttons[delivery].setChecked(True)
        self._on_delivery_group_clicked(list(Delivery).index(delivery))

    def choose_after(self, after: AfterSend) -> None:
        self.after_buttons[after].click()

    def _on_delivery_group_clicked(self, index: int) -> None:
        delivery = list(Delivery)[index]
        self.set_state(delivery=delivery)
        self.not_sent()

    def _on_after_group_clicked(self, index: int) -> None:
        self.set_state(after=list(AfterSend)[index])
        self._show_outcome()

    def _on_outcome_combo_activated(self) -> None:
        self.set_state(outcome=Outcome(str(self.outcome_combo.currentData())))
        self._show_outcome()

    def _show_outcome(self) -> None:
        state = self.host.state
        outcome = default_outcome(state)
        self.outcome_combo.setCurrentIndex(list(Outcome).index(outcome))
        closes_as = escape(outcome.label.lower())
        lines = [
            "Once it has gone out, the message is recorded as sent and the loop closes as "
            f"<b>{closes_as}</b>; it will not remind you again."
        ]
        if state.check_in is not None:
            lines.append(f"A reminder to check in comes on {state.check_in:%A %d %B %Y}.")
        if state.situation is Situation.CRISIS:
            lines.append("Away mode then pauses every other reminder.")
        self.summary_label.setText(" ".join(lines))

    def isComplete(self) -> bool:
        state = self.host.state
        if state.delivery is None or missing_fields(state.draft_subject, state.draft_body):
            return False
        return state.delivery is not Delivery.SMTP or self.smtp_ready

    def projected(self, state: WizardState) -> WizardState:
        return state.with_(sent=True)
