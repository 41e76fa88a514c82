"""The draft editor: the message, checked live, with what the checker found beside it.

Every keystroke runs the pure :func:`ghostless.core.draft_checker.check` (a
few milliseconds for a short message) and marks each finding's words in the
text (extra selections, so the user's own undo history is untouched). A
missing template field (``[role?]``) is listed in plain words.

Where a finding has a safe fix, it is one click away in three places: a
button beside the highlight when the cursor is in it or the finding is
picked in the list, a button per fix next to the list, and the right-click
menu on the highlight. A fix is one edit block, so one Ctrl+Z undoes it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.draft_checker import (
    CheckOptions,
    Finding,
    FindingKind,
    Fix,
    Intent,
    check,
)
from ghostless.core.draft_checker import word_count as count_words
from ghostless.core.i18n import _
from ghostless.core.templates import PLACEHOLDERS, unfilled_fields
from ghostless.ui.common.text_colours import error_style, text_colours
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP
from ghostless.ui.wizard.prefs import MAX_WORD_LIMIT, MIN_WORD_LIMIT

#: What each rule is called where the user switches it off.
RULE_LABELS = {
    FindingKind.TOO_LONG: QT_TRANSLATE_NOOP("RuleLabels", "Too long"),
    FindingKind.VAGUE_PROMISE: QT_TRANSLATE_NOOP(
        "RuleLabels", "Vague promises (“let's keep in touch”)"
    ),
    FindingKind.OVER_APOLOGY: QT_TRANSLATE_NOOP("RuleLabels", "Apologising more than once"),
    FindingKind.OVER_JUSTIFICATION: QT_TRANSLATE_NOOP("RuleLabels", "Explaining too much"),
    FindingKind.FALSE_HOPE: QT_TRANSLATE_NOOP(
        "RuleLabels", "False hope in a message that closes the door"
    ),
    FindingKind.NO_THANKS: QT_TRANSLATE_NOOP("RuleLabels", "No thanks"),
    FindingKind.NO_CLEAR_NO: QT_TRANSLATE_NOOP("RuleLabels", "Never actually says no"),
    FindingKind.PLACEHOLDER: QT_TRANSLATE_NOOP("RuleLabels", "Fields left to fill in ([role?])"),
    FindingKind.WRONG_NAME: QT_TRANSLATE_NOOP("RuleLabels", "A greeting that names someone else"),
}


def rule_label(kind: FindingKind) -> str:
    """What a rule is called, in the user's language."""
    return QCoreApplication.translate("RuleLabels", RULE_LABELS[kind])


HIGHLIGHT = QColor("#ffe3bf")
#: The words on the highlight: it is pale in every palette, so its text is dark in every one.
HIGHLIGHT_TEXT = QColor("#212529")
UNDERLINE = QColor("#e8590c")
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2


def document_position(text: str, index: int) -> int:
    """A Python string index as a QTextDocument position (which counts UTF-16 units)."""
    index = max(0, min(index, len(text)))
    return len(text[:index].encode("utf-16-le")) // 2


def missing_fields(*texts: str) -> list[str]:
    """The template fields still marked ``[name?]`` in ``texts``, in order, once each."""
    return unfilled_fields(*texts)


def missing_text(names: list[str]) -> str:
    if not names:
        return ""
    parts = [f"<b>[{escape(n)}?]</b> {escape(_(PLACEHOLDERS[n]))}" for n in names]
    return QCoreApplication.translate("DraftEditor", "Fill in before sending: {fields}").format(
        fields="; ".join(parts)
    )


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
        fix_button: the fix of the current finding, beside its highlight.
        fix_buttons: one button per finding with a fix, beside the list.
        contact: who the draft is to (a greeting naming someone else is flagged).
    """

    text_changed = Signal()

    def __init__(self, options: CheckOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.intent = Intent.DECLINE
        self.contact: str | None = None
        self.findings: list[Finding] = []
        self.fix_buttons: list[QPushButton] = []
        self._current: int | None = None
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Message"))
        self.count_label = QLabel()
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(error_style())
        self.findings_list = QListWidget()
        self.findings_list.setWordWrap(True)
        self.findings_list.setSpacing(3)
        self.findings_list.setAccessibleName(self.tr("What the checker found"))
        self.findings_heading = QLabel()
        # The fix of the current finding floats beside its words in the text.
        self.fix_button = QPushButton(self.tr("Fix"), self.edit.viewport())
        self.fix_button.setObjectName("fixBesideHighlight")
        self.fix_button.setStyleSheet(
            "QPushButton#fixBesideHighlight { background: #fff4e6; border: 1px solid #e8590c;"
            " border-radius: 3px; padding: 1px 6px; color: #212529; }"
        )
        self.fix_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.fix_button.hide()
        self.fix_button.clicked.connect(self._on_fix_button_clicked)
        # Ctrl+. applies the fix beside the highlight, as in an editor's quick fix.
        self.fix_shortcut = QShortcut(QKeySequence("Ctrl+."), self.edit)
        self.fix_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.fix_shortcut.activated.connect(self._on_fix_button_clicked)
        self.fixes_column = QVBoxLayout()
        self.fixes_column.setContentsMargins(0, 0, 0, 0)
        fixes_box = QWidget()
        fixes_box.setLayout(self.fixes_column)
        self.fixes_heading = QLabel(self.tr("<b>Fix it for me</b>"))
        findings_row = QHBoxLayout()
        findings_row.addWidget(self.findings_list, 3)
        fixes_side = QVBoxLayout()
        fixes_side.addWidget(self.fixes_heading)
        fixes_side.addWidget(fixes_box)
        fixes_side.addStretch(1)
        findings_row.addLayout(fixes_side, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.edit, 3)
        column.addWidget(self.count_label)
        column.addWidget(self.missing_label)
        column.addWidget(self.findings_heading)
        column.addLayout(findings_row, 2)
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.edit.customContextMenuRequested.connect(self._on_edit_context_menu)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.cursorPositionChanged.connect(self._on_edit_cursor_moved)
        self.edit.verticalScrollBar().valueChanged.connect(self._on_edit_scrolled)
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

    def set_contact(self, name: str | None) -> None:
        self.contact = (name or "").strip() or None
        self.recheck()

    # -- fixing --------------------------------------------------------------
    def apply_fix(self, fix: Fix) -> None:
        """Make ``fix``'s edit as one undoable step (one Ctrl+Z brings the text back)."""
        text = self.text()
        if fix.end > len(text) or fix.apply(text) == text:
            return
        cursor = QTextCursor(self.edit.document())
        cursor.beginEditBlock()
        cursor.setPosition(document_position(text, fix.start))
        cursor.setPosition(document_position(text, fix.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(fix.replacement)
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)
        self.edit.setFocus()

    def fix_finding(self, index: int) -> None:
        """Apply the fix of ``findings[index]``, if it has one."""
        if 0 <= index < len(self.findings):
            fix = self.findings[index].fix
            if fix is not None:
                self.apply_fix(fix)

    # -- checking ------------------------------------------------------------
    def recheck(self) -> None:
        text = self.text()
        self.findings = check(text, self.intent, self.options, contact=self.contact)
        self._current = None
        self._highlight(text)
        self._list_findings()
        self._list_fixes()
        self._place_fix_button()
        words = count_words(text)
        limit = self.options.word_limit
        over = words > limit and self.options.enabled(FindingKind.TOO_LONG)
        colours = text_colours()
        colour = colours.error if over else colours.note
        self.count_label.setText(
            self.tr("<span style='color:{colour}'>{words} / {limit} words</span>").format(
                colour=colour, words=words, limit=limit
            )
        )
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
            fmt.setForeground(HIGHLIGHT_TEXT)  # a fixed pair: the palette's text may be white
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(UNDERLINE)
            fix = (
                self.tr(" Right-click: {fix}.").format(fix=finding.fix.label) if finding.fix else ""
            )
            fmt.setToolTip(f"{finding.message}. {finding.suggestion}{fix}")
            selection.format = fmt
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(document_position(text, finding.start))
            cursor.setPosition(document_position(text, finding.end),
                               QTextCursor.MoveMode.KeepAnchor)  # fmt: skip
            selection.cursor = cursor
            selections.append(selection)
        self.edit.setExtraSelections(selections)

    def _list_findings(self) -> None:
        self.findings_list.clear()
        text = self.text()
        for index, finding in enumerate(self.findings):
            quoted = text[finding.start : finding.end].strip()
            if len(quoted) > 40:
                quoted = quoted[:38] + "…"
            head = f"“{quoted}”: " if quoted else ""
            item = QListWidgetItem(
                f"{head}{finding.message[:1].upper()}{finding.message[1:]}.\n→ {finding.suggestion}"
            )
            item.setData(FINDING_ROLE, (finding.start, finding.end))
            item.setData(INDEX_ROLE, index)
            item.setToolTip(rule_label(finding.finding))
            self.findings_list.addItem(item)
        count = len(self.findings)
        self.findings_heading.setText(
            self.tr("<b>Draft checker</b>: looks good")
            if not count
            else self.tr("<b>Draft checker</b>: 1 thing to look at")
            if count == 1
            else self.tr("<b>Draft checker</b>: {count} things to look at").format(count=count)
        )

    def _list_fixes(self) -> None:
        """One button per finding with a fix, next to the list."""
        for button in self.fix_buttons:
            self.fixes_column.removeWidget(button)
            button.deleteLater()
        self.fix_buttons = []
        text = self.text()
        for index, finding in enumerate(self.findings):
            if finding.fix is None:
                continue
            button = QPushButton(finding.fix.label)
            quoted = " ".join(text[finding.start : finding.end].split())
            button.setToolTip(f"{rule_label(finding.finding)}: “{quoted}”" if quoted else
                              rule_label(finding.finding))  # fmt: skip
            button.clicked.connect(lambda _=False, i=index: self.fix_finding(i))
            self.fixes_column.addWidget(button)
            button.show()  # now, not at the next turn of the event loop
            self.fix_buttons.append(button)
        self.fixes_heading.setVisible(bool(self.fix_buttons))

    def _finding_at(self, position: int) -> int | None:
        """The index of the fixable finding whose words hold ``position`` (a str index)."""
        for index, finding in enumerate(self.findings):
            if finding.fix is not None and finding.start <= position <= finding.end > finding.start:
                return index
        return None

    def _place_fix_button(self) -> None:
        """Show the current finding's fix just below the end of its highlight."""
        index = self._current
        finding = self.findings[index] if index is not None else None
        if finding is None or finding.fix is None or finding.end <= finding.start:
            self.fix_button.hide()
            return
        text = self.text()
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(document_position(text, finding.end))
        rect = self.edit.cursorRect(cursor)
        self.fix_button.setText(finding.fix.label)
        self.fix_button.setToolTip(f"{finding.message}. {finding.suggestion} (Ctrl+.)")
        self.fix_button.setAccessibleDescription(f"{finding.message}. {finding.suggestion}")
        self.fix_button.adjustSize()
        viewport = self.edit.viewport().rect()
        if not viewport.intersects(rect):
            self.fix_button.hide()  # its words are scrolled out of sight
            return
        x = min(rect.right() + 4, max(viewport.right() - self.fix_button.width(), 0))
        y = rect.bottom() + 2
        if y + self.fix_button.height() > viewport.bottom():
            y = max(rect.top() - self.fix_button.height() - 2, 0)
        self.fix_button.move(QPoint(x, y))
        self.fix_button.show()
        self.fix_button.raise_()

    def _on_edit_scrolled(self) -> None:
        self._place_fix_button()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_fix_button()

    def _on_fix_button_clicked(self) -> None:
        if self._current is not None and self.fix_button.isVisible():
            self.fix_finding(self._current)

    def _on_edit_cursor_moved(self) -> None:
        text = self.text()
        position = self.edit.textCursor().position()
        index = len(text.encode("utf-16-le")[: position * 2].decode("utf-16-le", "ignore"))
        found = self._finding_at(index)
        if found is not None or not self.findings_list.hasFocus():
            self._current = found
            self._place_fix_button()

    def _on_edit_context_menu(self, point: QPoint) -> None:
        menu = self.edit.createStandardContextMenu(point)
        cursor = self.edit.cursorForPosition(point)
        text = self.text()
        index = len(text.encode("utf-16-le")[: cursor.position() * 2].decode("utf-16-le", "ignore"))
        found = self._finding_at(index)
        if found is not None:
            fix = self.findings[found].fix
            assert fix is not None
            first = menu.actions()[0] if menu.actions() else None
            action = menu.addAction(fix.label)
            action.triggered.connect(lambda _=False, i=found: self.fix_finding(i))
            if first is not None:
                menu.insertAction(first, action)
                menu.insertSeparator(first)
        menu.exec(self.edit.viewport().mapToGlobal(point))

    def _on_edit_text_changed(self) -> None:
        self.recheck()
        self.text_changed.emit()

    def _on_findings_list_current_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        start, end = item.data(FINDING_ROLE)
        self._current = int(item.data(INDEX_ROLE))
        if end > start:
            text = self.text()
            cursor = self.edit.textCursor()
            cursor.setPosition(document_position(text, start))
            cursor.setPosition(document_position(text, end), QTextCursor.MoveMode.KeepAnchor)
            self.edit.setTextCursor(cursor)
        self._place_fix_button()


class CheckerSettingsDialog(QDialog):
    """Switch checker rules off and change the word limit."""

    def __init__(self, options: CheckOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft checker settings"))
        self.checks: dict[FindingKind, QCheckBox] = {}
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Look for:")))
        for kind in RULE_LABELS:
            box = QCheckBox(rule_label(kind))
            box.setChecked(options.enabled(kind))
            self.checks[kind] = box
            form.addRow(box)
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(MIN_WORD_LIMIT, MAX_WORD_LIMIT)
        self.limit_spin.setValue(options.word_limit)
        self.limit_spin.setSuffix(self.tr(" words"))
        form.addRow(self.tr("Too long &above"), self.limit_spin)
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
