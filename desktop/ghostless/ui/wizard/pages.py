"""The wizard's pages. Each loads from and writes to the wizard's one :class:`WizardState`.

A page holds no business rules: which page comes next is
:func:`ghostless.core.disengage.next_step`, the draft comes from
:mod:`ghostless.core.templates` and is read by the draft checker, and the
wizard's ``accept()`` hands the answers to the services once. Each page's
:meth:`WizardPage.projected` says what the answers will be once it is done
(its own step taken, later ones not yet), which is what ``next_step`` reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ghostless.core.disengage import (
    AfterSend,
    Boundary,
    Delivery,
    Reason,
    Situation,
    Step,
    WizardState,
    default_outcome,
    draft_intent,
    note_for,
)
from ghostless.core.draft_checker import check
from ghostless.core.models import Outcome
from ghostless.core.planner import AwayReason
from ghostless.ui.reminder_dialogs import AWAY_HINTS
from ghostless.ui.wizard.draft_editor import DraftEditor, missing_fields, missing_text

if TYPE_CHECKING:
    from ghostless.ui.wizard.wizard import DisengageWizard

REASON_HINTS = {
    Reason.AVOIDING: "It feels awkward, or the answer is bad news. A short, kind message ends it.",
    Reason.OVERLOAD: "Too much at once. A two-line answer now beats a perfect one never.",
    Reason.DISINTEREST: "It isn't for you. Saying so is a kindness: they can move on.",
}
SITUATION_HINTS = {
    Situation.NONE: "The usual way: draft a short answer, set a boundary, send and close.",
    Situation.SAFETY: "Harassment, threats, inappropriate messages or manipulation. No reply "
    "is owed: block them.",
    Situation.SPAM: "No job details, unpaid work, pressure, or writing after a clear no. No "
    "reply is owed: mute or block.",
    Situation.CRISIS: "Illness, bereavement or burnout. Away mode pauses every reminder.",
    Situation.POWER: "Someone senior demanding time or favours as “mentorship”. A one-line "
    "acknowledgment is enough.",
}
BOUNDARY_HINTS = {
    Boundary.CLOSE_DOOR: "A clear no. Nothing is left open, nothing to follow up.",
    Boundary.NOT_NOW: "Honest only if you mean it. Pick a day to check in and Ghostless "
    "reminds you then.",
    Boundary.STEP_BACK: "You are stepping away from this for now, without an answer on the "
    "matter itself.",
}
DELIVERY_LABELS = {
    Delivery.COPIED: "&Copy to the clipboard (LinkedIn, chat)",
    Delivery.MAIL_CLIENT: "Open in my &mail client",
    Delivery.SMTP: "Send from &Ghostless (SMTP)",
}
AFTER_LABELS = {
    AfterSend.NOTHING: "Nothing more",
    AfterSend.MUTE: "Mute them (no more reminders about them)",
    AfterSend.BLOCK: "Block them",
}
FINISH_LABELS = {
    Delivery.COPIED: "Copy and close",
    Delivery.MAIL_CLIENT: "Open mail and close",
    Delivery.SMTP: "Send and close",
}
CHECK_IN_DAYS = 90
_V = TypeVar("_V")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setIndent(24)
    label.setStyleSheet("color: #6c757d;")
    return label


def note_label(*, strong: bool = False) -> QLabel:
    """A framed note: the plain words a short path starts with."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)  # the notes are escaped HTML
    label.setFrameShape(QFrame.Shape.StyledPanel)
    colour = (
        "#fff5f5; border: 1px solid #ffa8a8" if strong else "#f1f3f5; border: 1px solid #ced4da"
    )
    label.setStyleSheet(
        f"QLabel {{ background: {colour}; border-radius: 4px; padding: 8px; color: #212529; }}"
    )
    return label


class WizardPage(QWizardPage):
    """A page over the wizard's state."""

    step: Step

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__()
        self.host = host

    def projected(self, state: WizardState) -> WizardState:
        """The answers once this page is done: its own step taken, later ones not yet."""
        return state

    def set_state(self, **changes: object) -> None:
        self.host.update_state(**changes)
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.setSubTitle(self.host.step_text(self.step, self.subtitle()))

    def subtitle(self) -> str:
        return ""


def _radio_group(
    parent: QWidget, labels: Mapping[_V, str], hints: Mapping[_V, str] | None = None
) -> tuple[QButtonGroup, dict[_V, QRadioButton], QVBoxLayout]:
    """Radio buttons, one per value, each with its hint under it; ids follow the order."""
    group = QButtonGroup(parent)
    buttons: dict[_V, QRadioButton] = {}
    column = QVBoxLayout()
    for index, (value, label) in enumerate(labels.items()):
        button = QRadioButton(label)
        group.addButton(button, index)
        buttons[value] = button
        column.addWidget(button)
        if hints and value in hints:
            column.addWidget(_hint(hints[value]))
    return group, buttons, column


class AssessPage(WizardPage):
    """Step 1: why I have not answered, and whether an exception applies."""

    step = Step.ASSESS

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle("Pause and assess")
        reasons = {reason: reason.label for reason in Reason}
        self.reason_group, self.reason_buttons, reason_column = _radio_group(
            self, reasons, REASON_HINTS
        )
        situations = {situation: situation.label for situation in Situation}
        self.situation_group, self.situation_buttons, situation_column = _radio_group(
            self, situations, SITUATION_HINTS
        )
        reason_column.addStretch(1)
        situation_column.addStretch(1)
        reason_box = QGroupBox("Why haven't I answered?")
        reason_box.setLayout(reason_column)
        situation_box = QGroupBox("Does one of these apply?")
        situation_box.setLayout(situation_column)
        self.note = note_label(strong=True)
        self.note.hide()
        row = QHBoxLayout()
        row.addWidget(reason_box, 1)
        row.addWidget(situation_box, 1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.note)
        column.addStretch(1)
        self.reason_group.idClicked.connect(self._on_reason_group_clicked)
        self.situation_group.idClicked.connect(self._on_situation_group_clicked)

    def subtitle(self) -> str:
        return "There is no wrong answer; it picks the path."

    def initializePage(self) -> None:
        super().initializePage()
        state = self.host.state
        if state.reason is not None:
            self.reason_buttons[state.reason].setChecked(True)
        if state.situation is None:
            self.set_state(situation=Situation.NONE)
        self.situation_buttons[self.host.state.situation or Situation.NONE].setChecked(True)
        self._show_note()

    def choose(self, reason: Reason | None = None, situation: Situation | None = None) -> None:
        """Pick answers as a click would (for tests and resuming)."""
        if reason is not None:
            self.reason_buttons[reason].click()
        if situation is not None:
            self.situation_buttons[situation].click()

    def _on_reason_group_clicked(self, index: int) -> None:
        self.set_state(reason=list(Reason)[index])

    def _on_situation_group_clicked(self, index: int) -> None:
        self.set_state(situation=list(Situation)[index])
        self._show_note()

    def _show_note(self) -> None:
        text = note_for(self.host.state)
        self.note.setText(
            f"<b>{escape(text)}</b>"
            if self.host.state.situation is Situation.SAFETY
            else escape(text)
        )
        self.note.setVisible(bool(text))

    def isComplete(self) -> bool:
        return self.host.state.reason is not None and self.host.state.situation is not None

    def projected(self, state: WizardState) -> WizardState:
        return state.with_(
            draft_body="",
            boundary=None,
            check_in=None,
            flags_confirmed=False,
            away_confirmed=False,
            quiet_confirmed=False,
            sent=False,
        )


class DraftPage(WizardPage):
    """Step 2: a template, the text, and the checker beside it."""

    step = Step.DRAFT

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle("Draft")
        self.note = note_label()
        self.late_label = QLabel()
        self.late_label.setWordWrap(True)
        self.apology_button = QPushButton("Add an apology &opener")
        late_row = QHBoxLayout()
        late_row.addWidget(self.late_label, 1)
        late_row.addWidget(self.apology_button)
        self.late_frame = QFrame()
        self.late_frame.setLayout(late_row)
        self.late_frame.setStyleSheet(
            "QFrame { background: #fff4e6; border-radius: 4px; } QLabel { color: #212529; }"
        )
        self.template_combo = QComboBox()
        self.template_combo.setMinimumContentsLength(28)
        self.softer_check = QCheckBox("&Softer wording")
        self.softer_check.setToolTip("The same answer, wrapped in more warmth")
        self.manage_button = QPushButton("My &templates…")
        self.checker_button = QPushButton("Checker se&ttings…")
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("your name, to sign with")
        self.subject_edit = QLineEdit()
        self.editor = DraftEditor(host.checker_options)
        grid = QGridLayout()
        for row, (text, widget) in enumerate(
            (
                ("Te&mplate", self.template_combo),
                ("Sign &as", self.name_edit),
                ("S&ubject", self.subject_edit),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
        grid.addWidget(self.template_combo, 0, 1)
        grid.addWidget(self.softer_check, 0, 2)
        grid.addWidget(self.manage_button, 0, 3)
        grid.addWidget(self.name_edit, 1, 1)
        grid.addWidget(self.checker_button, 1, 3)
        grid.addWidget(self.subject_edit, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(self.late_frame)
        column.addLayout(grid)
        column.addWidget(self.editor, 1)
        self._loading = False
        self.template_combo.currentIndexChanged.connect(self._on_template_combo_changed)
        self.softer_check.toggled.connect(self._on_softer_check_toggled)
        self.editor.text_changed.connect(self._on_editor_text_changed)
        self.subject_edit.textEdited.connect(self._on_subject_edit_edited)
        self.name_edit.editingFinished.connect(self._on_name_edit_finished)
        self.apology_button.clicked.connect(self.add_apology)
        self.manage_button.clicked.connect(lambda: self.host.manage_templates())
        self.checker_button.clicked.connect(lambda: self.host.checker_settings())

    def subtitle(self) -> str:
        return "A few plain sentences. The checker reads it as you type."

    def initializePage(self) -> None:
        super().initializePage()
        host, state = self.host, self.host.state
        self._loading = True
        try:
            text = note_for(state)
            self.note.setText(escape(text))
            self.note.setVisible(bool(text))
            self.late_frame.setVisible(host.late)
            self.late_label.setText(
                "Your answer is past its polite window. One short apology at the start is enough."
            )
            self.apology_button.setEnabled(True)
            self.name_edit.setText(host.my_name)
            self.softer_check.setChecked(state.directness == "softer")
            self.fill_templates()
            if state.draft_body.strip():
                self.editor.edit.setPlainText(state.draft_body)
                self.subject_edit.setText(state.draft_subject)
            else:
                self.apply_template(self.current_key())
        finally:
            self._loading = False
        self.editor.set_intent(draft_intent(host.state))

    def fill_templates(self) -> None:
        """The templates that fit this loop and path, best first."""
        combo = self.template_combo
        was_loading, self._loading = self._loading, True
        combo.clear()
        for template in self.host.suggestions():
            combo.addItem(template.title, template.key)
        index = combo.findData(self.host.state.template_key)
        combo.setCurrentIndex(max(index, 0))
        self._loading = was_loading

    def current_key(self) -> str | None:
        key = self.template_combo.currentData()
        return str(key) if key else None

    def apply_template(self, key: str | None) -> None:
        """Put the template's text in the editor (one undoable edit)."""
        rendered = self.host.render_template(key)
        if rendered is None:
            return
        self.subject_edit.setText(rendered.subject)
        self.editor.set_text(rendered.body)
        self.set_state(
            template_key=key, draft_subject=rendered.subject, draft_body=self.editor.text()
        )
        self.host.auto_body = self.editor.text()

    def add_apology(self) -> None:
        self.editor.set_text(self.host.with_apology(self.editor.text()))
        self.apology_button.setEnabled(False)

    def _on_template_combo_changed(self) -> None:
        if not self._loading:
            self.apply_template(self.current_key())

    def _on_softer_check_toggled(self, softer: bool) -> None:
        self.set_state(directness="softer" if softer else "direct")
        if not self._loading:
            self.apply_template(self.current_key())

    def _on_editor_text_changed(self) -> None:
        self.set_state(draft_body=self.editor.text())

    def _on_subject_edit_edited(self, text: str) -> None:
        self.set_state(draft_subject=text)

    def _on_name_edit_finished(self) -> None:
        name = self.name_edit.text().strip()
        self.host.set_my_name(name)
        if name and "[my_name?]" in self.editor.text():
            self.editor.set_text(self.editor.text().replace("[my_name?]", name))

    def isComplete(self) -> bool:
        return bool(self.host.state.draft_body.strip())

    def projected(self, state: WizardState) -> WizardState:
        return state.with_(boundary=None, check_in=None, sent=False)


class BoundaryPage(WizardPage):
    """Step 3: close the door, not now (with a check-in day), or step back."""

    step = Step.BOUNDARY

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle("Set a boundary")
        labels = {boundary: f"&{boundary.label}" for boundary in Boundary}
        self.group, self.buttons, choices = _radio_group(self, labels, BOUNDARY_HINTS)
        self.check_in_check = QCheckBox("&Remind me to check in on")
        self.check_in_edit = QDateEdit()
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
        self.use_template_button = QPushButton()
        self.use_template_button.hide()
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_label, 1)
        template_row.addWidget(self.use_template_button)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.checker_label = QLabel()
        self.checker_label.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addLayout(choices)
        column.addLayout(template_row)
        column.addWidget(self.preview, 1)
        column.addWidget(self.checker_label)
        self._suggested: str | None = None
        self.group.idClicked.connect(self._on_group_clicked)
        self.check_in_check.toggled.connect(self._on_check_in_changed)
        self.check_in_edit.dateChanged.connect(self._on_check_in_changed)
        self.use_template_button.clicked.connect(self.use_suggested)

    def subtitle(self) -> str:
        return "How does this message leave things? No false hope."

    def initializePage(self) -> None:
        super().initializePage()
        state = self.host.state
        today = self.host.today()
        default = state.check_in or today + timedelta(days=CHECK_IN_DAYS)
        self.check_in_edit.blockSignals(True)
        self.check_in_edit.setMinimumDate(_qdate(today + timedelta(days=1)))
        self.check_in_edit.setDate(_qdate(default))
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
            self.use_template_button.setText("Use it instead")
            self.use_template_button.show()
        self._show_draft()

    def use_suggested(self) -> None:
        if self._suggested:
            self.host.rerender(self._suggested)
            self.use_template_button.hide()
            self.template_label.setText("The draft now starts from the suggested template.")
            self._show_draft()

    def _show_draft(self) -> None:
        state = self.host.state
        self.preview.setPlainText(state.draft_body)
        findings = check(state.draft_body, draft_intent(state), self.host.checker_options)
        if findings:
            lines = "".join(f"<li>{escape(f.message)}</li>" for f in findings[:4])
            read_as = state.boundary.label.lower() if state.boundary else "a decline"
            self.checker_label.setText(
                f"The checker, reading it as “{read_as}”:<ul style='margin:0'>{lines}</ul>"
                "Go back to edit it."
            )
        else:
            self.checker_label.setText("The checker finds nothing to change for this boundary.")

    def isComplete(self) -> bool:
        return self.host.state.boundary is not None

    def projected(self, state: WizardState) -> WizardState:
        return state.with_(sent=False)


class SendPage(WizardPage):
    """Step 4: how it goes out, what happens to the contact, and the outcome."""

    step = Step.SEND

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle("Send and close")
        self.to_label = QLabel()
        self.to_label.setWordWrap(True)
        self.delivery_group, self.delivery_buttons, how = _radio_group(self, DELIVERY_LABELS)
        self.mail_settings_button = QPushButton("Mail settings…")
        self.smtp_label = QLabel()
        self.smtp_label.setWordWrap(True)
        smtp_row = QHBoxLayout()
        smtp_row.setContentsMargins(24, 0, 0, 0)
        smtp_row.addWidget(self.smtp_label, 1)
        smtp_row.addWidget(self.mail_settings_button)
        how.addLayout(smtp_row)
        how_box = QGroupBox("Send it")
        how_box.setLayout(how)
        self.after_group, self.after_buttons, after = _radio_group(self, AFTER_LABELS)
        after_box = QGroupBox("Afterwards")
        after_box.setLayout(after)
        self.outcome_combo = QComboBox()
        for outcome in Outcome:
            self.outcome_combo.addItem(outcome.label, outcome.value)
        outcome_row = QHBoxLayout()
        outcome_label = QLabel("Close the loop as")
        outcome_label.setBuddy(self.outcome_combo)
        outcome_row.addWidget(outcome_label)
        outcome_row.addWidget(self.outcome_combo)
        outcome_row.addStretch(1)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #c92a2a;")
        column = QVBoxLayout(self)
        column.addWidget(self.to_label)
        column.addWidget(how_box)
        column.addWidget(after_box)
        column.addLayout(outcome_row)
        column.addWidget(self.missing_label)
        column.addWidget(self.summary_label)
        column.addStretch(1)
        self.delivery_group.idClicked.connect(self._on_delivery_group_clicked)
        self.after_group.idClicked.connect(self._on_after_group_clicked)
        self.outcome_combo.activated.connect(self._on_outcome_combo_activated)
        self.mail_settings_button.clicked.connect(lambda: self.host.mail_settings())

    def subtitle(self) -> str:
        return "Send it your way. Ghostless records it and closes the loop: no more reminders."

    def initializePage(self) -> None:
        super().initializePage()
        host, state = self.host, self.host.state
        contact = host.contact
        to = (
            f"{escape(contact.name)} &lt;{escape(contact.email)}&gt;"
            if contact.email
            else (f"{escape(contact.name)} (no e-mail address: copy the message)")
        )
        self.to_label.setText(f"<b>To</b> {to}")
        self.delivery_buttons[Delivery.MAIL_CLIENT].setEnabled(bool(contact.email))
        self.refresh_smtp()
        delivery = state.delivery
        if delivery is None or not self.delivery_buttons[delivery].isEnabled():
            delivery = Delivery.MAIL_CLIENT if contact.email else Delivery.COPIED
        self.choose_delivery(delivery)
        self.after_buttons[state.after].setChecked(True)
        missing = missing_fields(state.draft_subject, state.draft_body)
        self.missing_label.setText(missing_text(missing))
        self.missing_label.setVisible(bool(missing))
        self._show_outcome()

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
        self.setButtonText(QWizard.WizardButton.FinishButton, FINISH_LABELS[delivery])

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
            "The message is recorded as sent and the loop closes as "
            f"<b>{closes_as}</b>; it will not remind you again."
        ]
        if state.check_in is not None:
            lines.append(f"A reminder to check in comes on {state.check_in:%A %d %B %Y}.")
        if state.situation is Situation.CRISIS:
            lines.append("Away mode then pauses every other reminder.")
        self.summary_label.setText(" ".join(lines))

    def isComplete(self) -> bool:
        state = self.host.state
        if state.delivery is None:
            return False
        return state.delivery is not Delivery.SMTP or self.smtp_ready

    def projected(self, state: WizardState) -> WizardState:
        return state.with_(sent=True)


class BlockPage(WizardPage):
    """Safety: block, no reply owed, said plainly."""

    step = Step.BLOCK

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle("Block: no reply is owed")
        self.note = note_label(strong=True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText("What happened (only you see this)")
        effects = QLabel(
            "<ul style='margin-left:-20px'><li>The loop closes as <b>blocked</b>.</li>"
            "<li>Every reminder about this person stops.</li>"
            "<li>The record is kept, in case you need it later.</li></ul>"
        )
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(effects)
        row = QHBoxLayout()
        label = QLabel("&Reason")
        label.setBuddy(self.reason_edit)
        row.addWidget(label)
        row.addWidget(self.reason_edit, 1)
        column.addLayout(row)
        column.addStretch(1)
        self.setButtonText(QWizard.WizardButton.FinishButton, "Block")
        self.reason_edit.textChanged.connect(self.host.set_block_reason)

    def subtitle(self) -> str:
        return "Safety comes before etiquette."

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
        self.setTitle("Mute or block: no reply is owed")
        self.note = note_label()
        labels = {
            AfterSend.MUTE: AFTER_LABELS[AfterSend.MUTE],
            AfterSend.BLOCK: AFTER_LABELS[AfterSend.BLOCK],
        }
        self.group, self.buttons, choices = _radio_group(
            self,
            labels,
            {
                AfterSend.MUTE: "The loop closes as “no response”; they can still be found.",
                AfterSend.BLOCK: "The loop closes as blocked; anything new from them stays quiet.",
            },
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText("What they did (only you see this)")
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addLayout(choices)
        row = QHBoxLayout()
        label = QLabel("&Reason")
        label.setBuddy(self.reason_edit)
        row.addWidget(label)
        row.addWidget(self.reason_edit, 1)
        column.addLayout(row)
        column.addStretch(1)
        self.group.idClicked.connect(self._on_group_clicked)
        self.reason_edit.textChanged.connect(self.host.set_block_reason)

    def subtitle(self) -> str:
        return "Spam and scams get no answer."

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
        self.setButtonText(QWizard.WizardButton.FinishButton, "Mute" if index == 0 else "Block")

    def projected(self, state: WizardState) -> WizardState:
        return state.with_(flags_confirmed=True)


class AwayPage(WizardPage):
    """A crisis: away mode, and optionally a short step-back message."""

    step = Step.AWAY

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle("Look after yourself first")
        self.note = note_label()
        self.reason_combo = QComboBox()
        for reason in AwayReason:
            self.reason_combo.addItem(reason.label, reason.value)
        self.reason_hint = _hint("")
        self.message_check = QCheckBox("Also send this person a short note that I'm stepping back")
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        row = QHBoxLayout()
        label = QLabel("I'm away because of")
        label.setBuddy(self.reason_combo)
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
        return "Away mode pauses every reminder; nothing is lost."

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
        self.setButtonText(QWizard.WizardButton.FinishButton, "Turn on away mode")

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
        self.setTitle("You don't owe them your time")
        self.note = note_label()
        labels = {
            False: "Send a one-line &acknowledgment (“I need to step back for now”)",
            True: "Step away &quietly: close the loop without a message",
        }
        self.group, self.buttons, choices = _radio_group(self, labels)
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addLayout(choices)
        column.addStretch(1)
        self.buttons[False].setChecked(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, "Close quietly")
        self.group.idClicked.connect(lambda _id: self.completeChanged.emit())

    def subtitle(self) -> str:
        return "A minimal acknowledgment is enough; silence is allowed too."

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
