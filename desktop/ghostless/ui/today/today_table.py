"""Today's list as the keyboard sees it: Home and End go to the first and last line
(with or without Ctrl) and select it, and the selected line is drawn muted while
the list does not have the focus, so the user can tell where the keys go."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

from ghostless.ui.common.elided_tips import ElidedTipDelegate
from ghostless.ui.common.readable_palette import show_focus
from ghostless.ui.loops.loop_table_view import LoopTableView

_Index = QModelIndex | QPersistentModelIndex
_TOP_AND_BOTTOM = {
    Qt.Key.Key_Home: QAbstractItemView.CursorAction.MoveHome,
    Qt.Key.Key_End: QAbstractItemView.CursorAction.MoveEnd,
}


class TodayTable(LoopTableView):
    """The Today list: whole lines selected, Home/End to the ends, focus shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegate(ElidedTipDelegate(self))
        # The selection in the desktop's highlight only while the list has the keys,
        # a readable tint without them (one rule for every list: readable_palette).
        show_focus(self)
        # Tab leaves the list (to the buttons), as in any list of lines; a table
        # would walk it cell by cell, and the user thought the keys were lost.
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A table's Home and End move along the row, which a list of whole lines
        # does not have; Ctrl+Home would only move the focus frame. Both go to the
        # first or last line and select it alone (Shift still extends).
        action = _TOP_AND_BOTTOM.get(Qt.Key(event.key()))
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if action is None or shift or self.model() is None or not self.model().rowCount():
            super().keyPressEvent(event)
            return
        row = (
            0 if action is QAbstractItemView.CursorAction.MoveHome else self.model().rowCount() - 1
        )
        self.select_only(row)
        event.accept()

    def select_only(self, row: int) -> None:
        """Make ``row`` the current line, selected alone, and scroll it into view.

        Not ``QTableView.selectRow``: with several rows selectable it reads the
        keyboard's modifiers, and a Ctrl held down would toggle the row off instead.
        """
        index = self.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.scrollTo(index)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        show_focus(self)  # the selection's colour says where the keys go

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        show_focus(self)
