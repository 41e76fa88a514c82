"""A tab's place in a QTabWidget, holding a page built the first time it is needed.

The window shows one tab at start; the others (a table, its model, a pane and
the modules behind them) are built when first shown, or when a menu, a key or
a write reaches for them first. The holder keeps the tab's index and title
from the start, so the tab bar, menus and shortcuts are all there at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class TabHolder(QWidget):
    """An empty page until :meth:`hold` is given the real one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.page: QWidget | None = None

    def hold(self, page: QWidget) -> None:
        self.page = page
        self._column.addWidget(page)
        # Its size now, not at the next layout pass: what is laid out right after
        # (a splitter's restored sizes) is laid out at the size it will be shown.
        page.setGeometry(self.contentsRect())
        page.show()  # now, not at the layout's queued show: a key may reach it at once
