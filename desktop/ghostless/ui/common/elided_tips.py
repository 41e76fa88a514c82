"""Tooltips with the whole text of a list cell that was cut with "…".

Views cut long cells (``textElideMode``); a 200-character name or subject is
then only readable whole in a tooltip. This delegate shows the cell's own text
as its tooltip when, and only when, it does not fit; a model's own tooltip
(say, a window's dates) wins.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

_Index = QModelIndex | QPersistentModelIndex


class ElidedTipDelegate(QStyledItemDelegate):
    """Paints as usual; a cell cut short shows its whole text in a tooltip.

    A selected cell is written in the palette's highlighted-text colour even when
    the model colours it (overdue in red, my turn in orange): those colours are
    chosen against the list's background, not the selection's, and an orange on a
    high-contrast yellow selection cannot be read.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        # Imported as cut_text does; a selected cell is painted with the first frame, so
        # QStyle is made by then anyway (a few ms of the start-up figures).
        from PySide6.QtWidgets import QStyle

        if option.state & QStyle.StateFlag.State_Selected:
            palette = option.widget.palette() if option.widget is not None else option.palette
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                option.palette.setColor(
                    group,
                    QPalette.ColorRole.Text,
                    palette.color(group, QPalette.ColorRole.HighlightedText),
                )
                option.palette.setColor(
                    group,
                    QPalette.ColorRole.HighlightedText,
                    palette.color(group, QPalette.ColorRole.HighlightedText),
                )

    def cut_text(self, option: QStyleOptionViewItem, index: _Index) -> str | None:
        """The cell's whole text when it does not fit ``option.rect``, else None."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return None
        # Here, not at the top: importing QStyle makes its ~20 Python enums (some
        # 5 ms of start-up); the first tooltip can afford them.
        from PySide6.QtWidgets import QStyle

        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        room = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemText, option, option.widget
        ).width()
        # The style leaves a margin on each side of the text.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget)
        needed = option.fontMetrics.horizontalAdvance(text) + 2 * (margin + 1)
        return text if needed > room else None

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            own = index.data(Qt.ItemDataRole.ToolTipRole)
            if not own:
                whole = self.cut_text(QStyleOptionViewItem(option), index)
                if whole is not None:
                    QToolTip.showText(event.globalPos(), whole, view)
                    return True
        return super().helpEvent(event, view, option, index)


def tip_cut_cells(view: QAbstractItemView) -> ElidedTipDelegate:
    """Give ``view`` the delegate (kept alive by the view, its parent)."""
    delegate = ElidedTipDelegate(view)
    view.setItemDelegate(delegate)
    return delegate
