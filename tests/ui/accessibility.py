"""What a screen reader is told: every focusable widget's name, read through QAccessible."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QStatusBar,
    QToolBar,
    QWidget,
)

from ghostless.ui.lifecycle.recovery_dialog import RecoveryDialog


def describe(widget: QWidget) -> str:
    """The widget as a failure line: its class, its parents' classes and its window's title."""
    chain = []
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    where = " < ".join(chain[:3])
    title = widget.window().windowTitle()
    return f"{type(widget).__name__} {widget.objectName()} < {where} in {title!r} #{id(widget)}"


def accessible_name(widget: QWidget) -> str:
    """What a screen reader names ``widget``; a spin box's or a combo box's text field
    and a scroll area's viewport are read as part of their parent."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox) or (
        isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget
    ):
        widget = parent
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return ""
    return face.text(QAccessible.Text.Name).strip()


def _read_without_focus(widget: QWidget) -> bool:
    """A part a screen reader lists though it takes no focus: an icon in a label, the
    status bar, a line edit's clear button, a tool bar's "more" button."""
    parent = widget.parentWidget()
    if isinstance(widget, QLabel):
        return not widget.text() and not widget.pixmap().isNull()
    if isinstance(widget, QStatusBar):
        return True
    return isinstance(widget, QAbstractButton) and isinstance(parent, QLineEdit | QToolBar)


def _named_by_value(widget: QWidget) -> bool:
    """A combo box a screen reader names by the choice it shows, not by what it chooses.

    On Linux (AT-SPI) Qt gives a combo box without an accessible name its current
    text as its name, even with a label whose buddy it is (the label is only a
    relation, which Orca does not read on Tab): it needs a name of its own.
    """
    return isinstance(widget, QComboBox) and not widget.isEditable() and not widget.accessibleName()


def nameless(root: QWidget) -> list[str]:
    """Every widget under ``root`` (and ``root``) a screen reader cannot name.

    That is a widget that takes focus and has no accessible name (a focusable empty
    label too), a part read without focus (an icon, the status bar, a clear button)
    with none, and a combo box named only by its current choice.

    Hidden widgets count too: a page not shown now is shown later, and a wizard
    page not yet reached is still a page the user will reach. Pop-up lists (a
    combo box's, a completer's) are read as part of the field that opens them.
    """
    missing = []
    for widget in (root, *root.findChildren(QWidget)):
        if widget.window().windowType() == Qt.WindowType.Popup:
            continue
        if _named_by_value(widget):
            missing.append(f"named by its value: {describe(widget)}")
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not _read_without_focus(widget):
            continue
        if not accessible_name(widget):
            missing.append(describe(widget))
    return missing


def recovery_dialog(data_dir: Path, zone: tzinfo) -> RecoveryDialog:
    """The dialog shown when the database is empty and no backup exists."""
    from ghostless.core.clock import FixedClock
    from ghostless.core.errors import StoreDamaged
    from tests.conftest import FRIDAY

    error = StoreDamaged(
        "the database is empty",
        path=data_dir / "ghostless.db",
        problem="the file is empty",
        kind="empty",
        backups=(),
    )
    return RecoveryDialog(error, data_dir, FixedClock(FRIDAY), zone)


def same_names(root: QWidget) -> list[str]:
    """Buttons a screen reader cannot tell apart: focusable buttons side by side (in one
    row, or in rows next to each other) with the same name, as three rows of "Open"."""
    groups: dict[int, list[QAbstractButton]] = {}
    for button in root.findChildren(QAbstractButton):
        if button.focusPolicy() == Qt.FocusPolicy.NoFocus or button.parentWidget() is None:
            continue
        row = button.parentWidget()
        above = row.parentWidget() if row is not None else None
        groups.setdefault(id(above if above is not None else row), []).append(button)
    repeated = []
    for buttons in groups.values():
        seen: dict[str, QAbstractButton] = {}
        for button in buttons:
            name = accessible_name(button)
            if name in seen:
                repeated.append(f"{name!r}: {describe(button)}")
            seen.setdefault(name, button)
    return repeated
