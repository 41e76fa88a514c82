"""Tab through a dialog's buttons in the order they are shown.

A QDialogButtonBox places its buttons by the platform's convention (Help and
Reset left, then actions, then Cancel and OK in the desktop's order), but Tab
visits them in the order they were added: a button added after OK and Cancel,
though shown left of them, would come last. The box's layout holds them in the
order shown, so the Tab order is taken from there.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


def tab_buttons_as_shown(box: QDialogButtonBox) -> None:
    """Make Tab visit ``box``'s buttons left to right, as they are laid out."""
    layout = box.layout()
    if layout is None:
        return
    items = (layout.itemAt(index) for index in range(layout.count()))
    shown = [
        widget
        for item in items
        if item is not None and isinstance(widget := item.widget(), QAbstractButton)
    ]
    for before, after in pairwise(shown):
        QWidget.setTabOrder(before, after)
