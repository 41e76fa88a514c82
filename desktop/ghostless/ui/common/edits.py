"""Noticing that the user changed a field, whatever kind of field it is.

A form clears the message under a field once it is edited, and the settings
update their "Reset" link as values change: both need "call this when the
field, or any control inside it, changes", which Qt spells with a different
signal for each kind of control.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


def on_edit(widget: QWidget, changed: Callable[[], None]) -> None:
    """Call ``changed()`` whenever ``widget`` or a control inside it changes value.

    Typed text (``textEdited``; an editable combo box's too), a picked item, a
    date or time, a number, a ticked box. A control may call it twice for one
    change (a combo box and its text): ``changed`` must not mind.
    """

    def call(*_args: object) -> None:
        changed()

    for each in [widget, *widget.findChildren(QWidget)]:
        if isinstance(each, QLineEdit):
            each.textEdited.connect(call)
        elif isinstance(each, QPlainTextEdit):
            each.textChanged.connect(call)
        elif isinstance(each, QComboBox):
            each.currentIndexChanged.connect(call)
        elif isinstance(each, QDateTimeEdit):
            each.dateTimeChanged.connect(call)
        elif isinstance(each, QSpinBox | QDoubleSpinBox):
            each.valueChanged.connect(call)
        elif isinstance(each, QAbstractSpinBox):
            each.editingFinished.connect(call)
        elif isinstance(each, QAbstractButton):
            each.toggled.connect(call)
