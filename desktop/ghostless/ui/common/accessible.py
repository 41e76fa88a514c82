"""What a screen reader says about a control: its accessible name and description.

Qt names buttons, check boxes and labels from their text, and a field from a
``QLabel`` whose buddy it is; every other control (tables, lists, fields in a
holder widget, icon-only buttons) is named here, in words a listener needs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QToolButton,
    QWidget,
)


def plain(label: str) -> str:
    """A label's text as a name: no mnemonic ampersand, no trailing colon."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def name(widget: QWidget, text: str, description: str | None = None) -> None:
    """Name ``widget`` (and say more in ``description``, when that helps)."""
    widget.setAccessibleName(plain(text))
    if description is not None:
        widget.setAccessibleDescription(description)


def mnemonic_letter(text: str) -> str | None:
    """The Alt+letter of ``text`` (lower case), or None."""
    shown = text.replace("&&", "")
    at = shown.find("&")
    return shown[at + 1].lower() if 0 <= at < len(shown) - 1 else None


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with an Alt+letter mnemonic no other control in ``taken`` uses.

    The first free initial of a word is preferred, then any free letter; the letter
    joins ``taken``. Text that has a mnemonic keeps it. Works for any language, so
    a translation never needs its own ampersands in generated labels.
    """
    given = mnemonic_letter(text)
    if given is not None:
        taken.add(given)
        return text
    starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or text[i - 1] in _WORD_GAP)]
    for at in (*starts, *(i for i, c in enumerate(text) if c.isalnum())):
        letter = text[at].lower()
        if letter not in taken:
            taken.add(letter)
            return f"{text[:at]}&{text[at:]}"
    return text


_WORD_GAP = " -/(“\"'"


def name_field(field: QWidget, label: str, *, rename: bool = False) -> None:
    """Name a form field, and the focusable parts of a compound field that have no
    name (all of them again when ``rename``: the row's label changed)."""
    text = plain(label)
    if not text:
        return
    if rename or not field.accessibleName():
        field.setAccessibleName(text)
    for part in field.findChildren(QWidget):
        if not part.focusPolicy().value or _inner(part):
            continue
        if rename or not part.accessibleName():
            part.setAccessibleName(text)


def name_form(form: QFormLayout) -> None:
    """Name every field of ``form`` after the label of its row."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        text = label.widget()
        widget = field.widget()
        if isinstance(text, QLabel) and widget is not None:
            name_field(widget, text.text())


def _inner(part: QWidget) -> bool:
    """A scroll area's viewport: read as part of its scroll area."""
    parent = part.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is part


def name_clear_button(edit: QLineEdit) -> None:
    """Name a line edit's clear button (Qt draws it as a nameless button)."""
    edit.setClearButtonEnabled(True)
    for action in edit.findChildren(QAction):
        if action.objectName() == "_q_qlineeditclearaction":
            action.setText(QCoreApplication.translate("Accessible", "Clear the text"))
            action.setToolTip(QCoreApplication.translate("Accessible", "Clear the text"))
    for button in edit.findChildren(QToolButton):
        if not button.accessibleName():
            button.setAccessibleName(QCoreApplication.translate("Accessible", "Clear the text"))


def name_overflow_button(toolbar: QToolBar) -> None:
    """Name the "»" button a tool bar shows when its actions do not fit."""
    for button in toolbar.findChildren(QToolButton, "qt_toolbar_ext_button"):
        button.setAccessibleName(QCoreApplication.translate("Accessible", "More actions"))


class ValueLabel(QLabel):
    """A label the keyboard reaches (to select its text or follow its links) only while it
    says something: an empty one would be a stop with nothing for a screen reader to read."""

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:
        super().setTextInteractionFlags(flags)
        self._focus_when_said()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._focus_when_said()

    def clear(self) -> None:
        super().clear()
        self._focus_when_said()

    def _focus_when_said(self) -> None:
        flags = self.textInteractionFlags()
        keyboard = (
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        if not self.text():
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        elif flags & keyboard:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif flags & Qt.TextInteractionFlag.TextSelectableByMouse:
            self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)


def name_message_icon(box: QMessageBox) -> QMessageBox:
    """Name a message box's icon by what it means (Qt leaves the picture nameless)."""
    meanings = {
        QMessageBox.Icon.Information: QCoreApplication.translate("Accessible", "Information"),
        QMessageBox.Icon.Warning: QCoreApplication.translate("Accessible", "Warning"),
        QMessageBox.Icon.Critical: QCoreApplication.translate("Accessible", "Error"),
        QMessageBox.Icon.Question: QCoreApplication.translate("Accessible", "Question"),
    }
    label = box.findChild(QLabel, "qt_msgboxex_icon_label")
    if label is not None and box.icon() in meanings:
        label.setAccessibleName(meanings[box.icon()])
    return box
