"""The draft editor: the message, checked live, with what the checker found beside it.

Every keystroke runs the pure :func:`ghostless.core.draft_checker.check` (well
under a millisecond for a short message) and marks each finding's words in
the text (extra selections, so the user's own undo history is untouched). A
missing template field (``[role?]``) is listed in plain words.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.draft_checker import CheckOptions, Finding, FindingKind, Intent, check
from ghostless.core.draft_checker import word_count as count_words
from ghostless.core.templates import PLACEHOLDERS
from ghostless.ui.wizard.prefs import MAX_WORD_LIMIT, MIN_WORD_LIMIT

#: What each rule is called where the user switches it off.
RULE_LABELS = {
    FindingKind.TOO_LONG: "Too long",
    FindingKind.VAGUE_PROMISE: "Vague promises (“let's keep in touch”)",
    FindingKind.OVER_APOLOGY: "Apologising more than once",
    FindingKind.OVER_JUSTIFICATION: "Explaining too much",
    FindingKind.FALSE_HOPE: "False hope in a message that closes the door",
    FindingKind.NO_THANKS: "No thanks",
    FindingKind.NO_CLEAR_NO: "Never actually says no",
}
_MISSING_MARK = re.compile(r"\[(" + "|".join(PLACEHOLDERS) + r")\?\]")
HIGHLIGHT = QColor("#ffe3bf")
UNDERLINE = QColor("#e8590c")
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def missing_fields(*texts: str) -> list[str]:
    """The template fields still marked ``[name?]`` in ``texts``, in order, once each."""
    found: dict[str, None] = {}
    for text in texts:
        for match in _MISSING_MARK.finditer(text):
            found.setdefault(match.group(1), None)
    return list(found)


def missing_text(names: list[str]) -> str:
    if not names:
        return ""
    parts = [f"<b>[{escape(n)}?]</b> {escape(PLACEHOLDERS[n])}" for n in names]
    return "Fill in before sending: " + "; ".join(parts)


class DraftEditor(QWidget):
    """A plain-text editor with the live checker's findings.

    Signals:
        text_changed(): the draft's text changed (typing or a template).

    Attributes:
        edit: the text.
        findings_list: one line per finding: why, then what to do.
        count_label: the word count against the limit.
        missing_label: the fields the template could not fill.
        findings: what the checker found in the current text.
    """

    text_changed = Signal()

    def __init__(self, options: CheckOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.intent = Intent.DECLINE
        self.findings: list[Finding] = []
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName("Message")
        self.count_label = QLabel()
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #c92a2a;")
        self.findings_list = QListWidget()
        self.findings_list.setWordWrap(True)
        self.findings_list.setAccessibleName("What the checker found")
        self.findings_heading = QLabel()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.edit, 3)
        column.addWidget(self.count_label)
        column.addWidget(self.missing_label)
        column.addWidget(self.findings_heading)
        column.addWidget(self.findings_list, 2)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.findings_list.currentItemChanged.connect(self._on_findings_list_current_changed)
        self.recheck()

    # -- the text ------------------------------------------------------------
    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the whole text as one undoable edit (Ctrl+Z brings the old text back)."""
        if text == self.text():
            return
        cursor = QTextCursor(self.edit.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def set_intent(self, intent: Intent) -> None:
        self.intent = intent
        self.recheck()

    def set_options(self, options: CheckOptions) -> None:
        self.options = options
        self.recheck()

    # -- checking ------------------------------------------------------------
    def recheck(self) -> None:
        text = self.text()
        self.findings = check(text, self.intent, self.options)
        self._highlight(text)
        self._list_findings()
        words = count_words(text)
        limit = self.options.word_limit
        over = words > limit and self.options.enabled(FindingKind.TOO_LONG)
        colour = "#c92a2a" if over else "#495057"
        self.count_label.setText(f"<span style='color:{colour}'>{words} / {limit} words</span>")
        self.missing_label.setText(missing_text(missing_fields(text)))
        self.missing_label.setVisible(bool(self.missing_label.text()))

    def _highlight(self, text: str) -> None:
        selections = []
        for finding in self.findings:
            if finding.end <= finding.start:
                continue  # something missing: listed, nothing to mark
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(HIGHLIGHT)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(UNDERLINE)
            fmt.setToolTip(f"{finding.message}. {finding.suggestion}")
            selection.format = fmt
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(min(finding.start, len(text)))
            cursor.setPosition(min(finding.end, len(text)), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.edit.setExtraSelections(selections)

    def _list_findings(self) -> None:
        self.findings_list.clear()
        text = self.text()
        for finding in self.findings:
            quoted = text[finding.start : finding.end].strip()
            if len(quoted) > 40:
                quoted = quoted[:38] + "…"
            head = f"“{quoted}”: " if quoted else ""
            item = QListWidgetItem(
                f"{head}{finding.message[:1].upper()}{finding.message[1:]}.\n→ {finding.suggestion}"
            )
            item.setData(FINDING_ROLE, (finding.start, finding.end))
            item.setToolTip(RULE_LABELS[finding.finding])
            self.findings_list.addItem(item)
        count = len(self.findings)
        self.findings_heading.setText(
            "<b>Draft checker</b>: looks good"
            if not count
            else f"<b>Draft checker</b>: {count} thing{'s' if count != 1 else ''} to look at"
        )

    def _on_edit_text_changed(self) -> None:
        self.recheck()
        self.text_changed.emit()

    def _on_findings_list_current_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        start, end = item.data(FINDING_ROLE)
        if end <= start:
            return
        cursor = self.edit.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)


class CheckerSettingsDialog(QDialog):
    """Switch checker rules off and change the word limit."""

    def __init__(self, options: CheckOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Draft checker settings")
        self.checks: dict[FindingKind, QCheckBox] = {}
        form = QFormLayout(self)
        form.addRow(QLabel("Look for:"))
        for kind, label in RULE_LABELS.items():
            box = QCheckBox(label)
            box.setChecked(options.enabled(kind))
            self.checks[kind] = box
            form.addRow(box)
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(MIN_WORD_LIMIT, MAX_WORD_LIMIT)
        self.limit_spin.setValue(options.word_limit)
        self.limit_spin.setSuffix(" words")
        form.addRow("Too long &above", self.limit_spin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._base = options

    def options(self) -> CheckOptions:
        disabled = frozenset(kind for kind, box in self.checks.items() if not box.isChecked())
        return CheckOptions(
            disabled=disabled,
            word_limit=self.limit_spin.value(),
            justification_limit=self._base.justification_limit,
        )
