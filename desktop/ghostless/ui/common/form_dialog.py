"""The base of every editing dialog: labelled fields, and errors shown where they belong.

A dialog writes through the ledger when the user presses OK. If the core
refuses the input (InputError naming a field), the message appears under that
field, the field takes the focus, the dialog stays open and nothing is written.
Dialogs are opened with ``open()``, never ``exec()``, so tests can fill them in
and press OK without a nested event loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.errors import ConfirmationRequired, GhostlessError, InputError
from ghostless.core.models import Loop
from ghostless.ui.common.accessible import name_field, name_message_icon
from ghostless.ui.common.edits import on_edit
from ghostless.ui.common.text_colours import error_style

#: Loops named at the top of a dialog acting on several; the rest are counted.
MAX_NAMED = 5


def about_loops(loops: Sequence[Loop]) -> QLabel:
    """Who and what a dialog acts on: each loop's person and subject, a few at most."""
    lines = [f"<b>{escape(each.contact_name)}</b> · {escape(each.subject)}"
             for each in loops[:MAX_NAMED]]  # fmt: skip
    if len(loops) > MAX_NAMED:
        lines.append(f"and {len(loops) - MAX_NAMED} more")
    label = QLabel("<br>".join(lines))
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """A hidden, wrapping label in the error colour: the message under a field."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(error_style())
    label.hide()
    return label


class FormDialog(QDialog):
    """A form whose :meth:`submit` writes the input; subclasses add fields and submit.

    Attributes:
        form: the layout fields are added to.
        buttons: OK and Cancel; OK calls :meth:`accept`.
        error_label: problems that belong to no single field (a locked database).
        confirmed: the user has said yes to the question the input raised (a date
            years away); :meth:`submit` passes it on, so the second try goes through.
        question: that question while it is open (tests answer it), else None.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter makes a new line in a text box: Ctrl+Enter presses OK from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {}
        self._field_errors: dict[str, QLabel] = {}
        self._hidden: set[str] = set()
        self.confirmed = False
        self.question: QMessageBox | None = None

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        """Add a row for ``widget``; ``name`` is the field InputError uses for it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = error_label()
        column.addWidget(error)
        self.form.addRow(label, holder)
        name_field(widget, label)  # the row's label names the field, not its holder
        row_label = self.form.labelForField(holder)
        if isinstance(row_label, QLabel):
            row_label.setBuddy(widget)  # its mnemonic (Alt+letter) focuses the field itself
        self._fields[name] = widget
        self._field_errors[name] = error
        self._clear_on_edit(name, widget)

    def _clear_on_edit(self, name: str, widget: QWidget) -> None:
        """The message under a field goes as soon as the user changes that field: it was
        about the old value (OK checks the new one again)."""

        on_edit(widget, self._field_errors[name].hide)

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def set_field_visible(self, name: str, visible: bool) -> None:
        holder = self._fields[name].parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, visible)
            if visible:
                self._hidden.discard(name)
            else:
                self._hidden.add(name)

    def field_visible(self, name: str) -> bool:
        """Whether the field's row is shown (whether or not the dialog itself is)."""
        return name not in self._hidden

    def set_field_label(self, name: str, text: str) -> None:
        holder = self._fields[name].parentWidget()
        label = self.form.labelForField(holder) if holder is not None else None
        if isinstance(label, QLabel):
            label.setText(text)
            name_field(self._fields[name], text, rename=True)

    # -- errors --------------------------------------------------------------
    def field_error(self, name: str) -> str:
        """The message shown under field ``name`` ("" when none)."""
        label = self._field_errors[name]
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in (self.error_label, *self._field_errors.values()):
            label.clear()
            label.hide()
        for widget in self._fields.values():
            widget.setAccessibleDescription("")

    def show_error(self, message: str, field: str | None = None) -> None:
        label = self._field_errors.get(field) if field else None
        if label is None or not self._fields[field or ""].isVisibleTo(self):
            self.error_label.setText(message)
            self.error_label.show()
            return
        # The core prefixes messages with the field name; beside the field it is noise.
        label.setText(message.removeprefix(f"{field}: "))
        label.show()
        # A screen reader says the problem when the field takes the focus.
        self._fields[field or ""].setAccessibleDescription(label.text())
        self._fields[field or ""].setFocus()

    # -- submitting ----------------------------------------------------------
    def submit(self) -> None:
        """Write the input through the ledger; raise InputError to keep the dialog open."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.submit()
        except InputError as exc:
            self.show_error(str(exc), exc.field)
            return
        except ConfirmationRequired as exc:
            self._ask(str(exc))
            return
        except GhostlessError as exc:  # a store problem: say so, keep what was typed
            self.show_error(str(exc))
            return
        super().accept()

    def _ask(self, message: str) -> None:
        """The input looks like a slip (a year mistyped): say why, and save only if the
        user says it is meant; otherwise they are back in the form to fix it."""
        field, _, why = message.partition(": ")
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), "", parent=self)
        box.setText(f"{why[:1].upper()}{why[1:]}.")
        box.setInformativeText(QCoreApplication.translate("FormDialog", "Is that what you meant?"))
        keep = box.addButton(
            QCoreApplication.translate("FormDialog", "Yes, save it"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        back = box.addButton(
            QCoreApplication.translate("FormDialog", "No, let me fix it"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name_message_icon(box)

        def on_clicked(button: QAbstractButton) -> None:
            self.question = None
            if button is keep:
                self.confirmed = True
                self.accept()
            elif field in self._fields:
                self._fields[field].setFocus()

        box.buttonClicked.connect(on_clicked)
        self.question = box
        box.open()
