"""The loop list's view: a table that says, in its middle, why it is empty."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTableView, QWidget

from ghostless.ui.common.accessible import ValueLabel

#: The link in the placeholder that turns on "Show closed".
SHOW_CLOSED_LINK = "show-closed"


class LoopTableView(QTableView):
    """A table view with a centred message over its empty viewport.

    Attributes:
        placeholder_label: the message (hidden while the table has rows); its
            ``linkActivated`` says "show-closed" when the user asks for closed loops.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder_label = ValueLabel(self.viewport())
        self.placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder_label.setWordWrap(True)
        self.placeholder_label.setTextFormat(Qt.TextFormat.RichText)
        self.placeholder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.placeholder_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder_label.hide()

    def placeholder_text(self) -> str:
        """The message as plain text ("" when none is shown)."""
        label = self.placeholder_label
        if label.isHidden():
            return ""
        # QLabel keeps the HTML; its plain text is what a reader sees.
        document = QTextDocument()
        document.setHtml(label.text())
        return document.toPlainText()

    def set_placeholder(self, text: str, *, closed_count: int = 0) -> None:
        """Show ``text`` (and a link to the closed loops, if any) in the middle; "" hides it."""
        label = self.placeholder_label
        if not text:
            label.hide()
            return
        html = f"<p style='font-size: large'>{escape(text)}</p>"
        if closed_count > 0:
            noun = "loop" if closed_count == 1 else "loops"
            html += (
                f"<p>{closed_count:,} closed {noun} · "
                f"<a href='{SHOW_CLOSED_LINK}'>Show closed</a></p>"
            )
        label.setText(html)
        self._place_placeholder()
        label.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_placeholder()

    def _place_placeholder(self) -> None:
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        self.placeholder_label.setGeometry(area)
