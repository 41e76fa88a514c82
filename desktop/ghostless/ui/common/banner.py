"""Banners across the top of a window, in colours worked out from the palette.

A banner is the window's colour tinted with an accent (orange for reminders,
violet for away mode), its text and links readable on that tint (WCAG AA); on a
dark palette it is a dark tint, never a light box. A change of the desktop's
palette while the app runs restyles it. Its long lines are
:class:`~ghostless.ui.common.elided_label.ElidedLabel`: a banner never widens the window.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget

from ghostless.ui.common.theme import LINK_BUTTON, BannerColours, banner_colours, follow_palette


def link_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A button a banner draws as a link: reached with Tab, read as a button, pressed with Space."""
    button = QPushButton(text, parent)
    button.setObjectName(LINK_BUTTON)
    button.setFlat(True)
    return button


class Banner(QFrame):
    """A frame named ``object_name``, tinted with ``accent`` on the palette in use.

    Attributes:
        colours: the colours it wears now.
    """

    def __init__(self, object_name: str, accent: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._accent = QColor(accent)
        self.colours: BannerColours = banner_colours(self._accent)
        self._restyle()
        # The desktop switched light and dark: work the colours out again.
        follow_palette(self._on_app_palette_changed)

    def _on_app_palette_changed(self, _palette: QPalette) -> None:
        self._restyle()

    def _restyle(self) -> None:
        colours = banner_colours(self._accent)
        if colours == self.colours and self.styleSheet():
            return
        self.colours = colours
        self.setStyleSheet(colours.style_sheet(self.objectName()))
        # Links in rich-text labels take the Link role, which a style sheet leaves alone.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Link, colours.link)
        self.setPalette(palette)
        self._colour_links()

    def showEvent(self, event: QShowEvent) -> None:
        self._colour_links()
        super().showEvent(event)

    def _colour_links(self) -> None:
        """Each label's links in the banner's link colour: a label under a style sheet
        takes its palette from the application, not from the banner."""
        for label in self.findChildren(QLabel):
            palette = label.palette()
            if palette.color(QPalette.ColorRole.Link) != self.colours.link:
                palette.setColor(QPalette.ColorRole.Link, self.colours.link)
                label.setPalette(palette)
