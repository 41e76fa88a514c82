"""The wizard's first two steps: pause and assess, and the draft."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ghostless.core.disengage import (
    Reason,
    Situation,
    Step,
    WizardState,
    draft_intent,
    note_for,
    reason_needed,
)
from ghostless.ui.common.accessible import name
from ghostless.ui.wizard.draft_editor import DraftEditor

if TYPE_CHECKING:
    from ghostless.ui.wizard.wizard import DisengageWizard
from ghostless.ui.wizard.page_base import (
    REASON_HINTS,
    SITUATION_HINTS,
    WizardPage,
    note_label,
    radio_group,
    wizard_keys,
)


class AssessPage(WizardPage):
    """Step 1: why I have not answered, and whether an exception applies."""

    step = Step.ASSESS

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Pause and assess"))
        reasons = {reason: reason.label for reason in Reason}
        keys = wizard_keys()  # one Alt+letter each across both groups
        self.reason_group, self.reason_buttons, reason_column = radio_group(
            self, reasons, REASON_HINTS, keys
        )
        situations = {situation: situation.label for situation in Situation}
        self.situation_group, self.situation_buttons, situation_column = radio_group(
            self, situations, SITUATION_HINTS, keys
        )
        reason_column.addStretch(1)
        situation_column.addStretch(1)
        reason_box = QGroupBox(self.tr("Why haven't I answered?"))
        reason_box.setLayout(reason_column)
        self.reason_box = reason_box
        situation_box = QGroupBox(self.tr("Does one of these apply?"))
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
        return self.tr("There is no wrong answer; it picks the path.")

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
        needed = reason_needed(self.host.state.situation)
        self.reason_box.setEnabled(needed)
        self.reason_box.setTitle(
            self.tr("Why haven't I answered?")
            if needed
            else self.tr("Why haven't I answered? (not needed here)")
        )
        text = note_for(self.host.state)
        self.note.setText(
            f"<b>{escape(text)}</b>"
            if self.host.state.situation is Situation.SAFETY
            else escape(text)
        )
        self.note.setVisible(bool(text))

    def isComplete(self) -> bool:
        state = self.host.state
        if state.situation is None:
            return False
        return state.reason is not None or not reason_needed(state.situation)

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
        self.setTitle(self.tr("Draft"))
        self.note = note_label()
        self.late_label = QLabel()
        self.late_label.setWordWrap(True)
        self.apology_button = QPushButton(self.tr("Add an apology &opener"))
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
        self.softer_check = QCheckBox(self.tr("&Softer wording"))
        self.softer_check.setToolTip(self.tr("The same answer, wrapped in more warmth"))
        self.manage_button = QPushButton(self.tr("My &templates…"))
        self.checker_button = QPushButton(self.tr("Checker se&ttings…"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("your name, to sign with"))
        self.subject_edit = QLineEdit()
        self.editor = DraftEditor(host.checker_options)
        grid = QGridLayout()
        for row, (text, widget) in enumerate(
            (
                (self.tr("Te&mplate"), self.template_combo),
                (self.tr("Sign &as"), self.name_edit),
                (self.tr("S&ubject"), self.subject_edit),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            name(widget, text)  # a buddy alone does not name a combo box on Linux
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
        return self.tr("A few plain sentences. The checker reads it as you type.")

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
                self.tr(
                    "Your answer is past its polite window. "
                    "One short apology at the start is enough."
                )
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
        self.editor.contact = host.contact.name  # the greeting is checked against it
        self.editor.set_intent(draft_intent(host.state))

    def show_state(self) -> None:
        """Show the draft as it is now: a later step may have changed it (one draft everywhere)."""
        state = self.host.state
        was_loading, self._loading = self._loading, True
        try:
            index = self.template_combo.findData(state.template_key)
            if index >= 0:
                self.template_combo.setCurrentIndex(index)
            if self.subject_edit.text() != state.draft_subject:
                self.subject_edit.setText(state.draft_subject)
            if self.editor.text() != state.draft_body:
                self.editor.set_text(state.draft_body)  # one undoable edit
        finally:
            self._loading = was_loading

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
