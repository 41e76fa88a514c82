"""A one-line label that cuts long text with "…" and shows it whole in a tooltip.

A QLabel asks for the width of its whole text, so a 200-character name would
widen the window past the screen; this one asks for a few characters at least.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: The narrowest an elided label asks to be, in average characters.
ELIDED_MIN_CHARS = 8


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" to the room it has; the whole text in its tooltip.

    Its minimum width is a few characters, so a long name never widens the window.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._elide()

    def is_elided(self) -> bool:
        return self.text() != self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * ELIDED_MIN_CHARS, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _shown_for(self, width: int) -> str:
        return self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)

    def _elide(self) -> None:
        shown = self._shown_for(max(self.width(), 1))
        if shown != self.text():
            super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
