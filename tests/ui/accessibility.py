"""What a screen reader is told: every focusable widget's name, read through QAccessible."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QLabel, QWidget

from ghostless.ui.lifecycle.recovery_dialog import RecoveryDialog


def describe(widget: QWidget) -> str:
    """The widget as a failure line: its class, its parents' classes and its window's title."""
    chain = []
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    where = " < ".join(chain[:3])
    return f"{type(widget).__name__} < {where} in {widget.window().windowTitle()!r} #{id(widget)}"


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


def nameless(root: QWidget) -> list[str]:
    """Every widget under ``root`` (and ``root``) that takes focus and has no accessible name.

    Hidden widgets count too: a page not shown now is shown later, and a wizard
    page not yet reached is still a page the user will reach. Pop-up lists (a
    combo box's, a completer's) are read as part of the field that opens them.
    """
    missing = []
    for widget in (root, *root.findChildren(QWidget)):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.window().windowType() == Qt.WindowType.Popup:
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue  # a label's name is its text: an empty one is hidden and never focused
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
