"""Dark palettes as desktops set them, for tests (and screenshots) of the dark look.

Qt's offscreen and bare xcb platforms ignore the desktop's colour scheme, so a
dark desktop is played by setting its palette on the application, as a
platform theme (KDE, GNOME through the portal) does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole

#: The dark palette many Qt apps ship with Fusion.
FUSION_DARK = {
    Role.Window: "#353535",
    Role.WindowText: "#ffffff",
    Role.Base: "#2a2a2a",
    Role.AlternateBase: "#424242",
    Role.Text: "#ffffff",
    Role.Button: "#353535",
    Role.ButtonText: "#ffffff",
    Role.Link: "#2a82da",
    Role.Highlight: "#2a82da",
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#9a9a9a",
    Role.ToolTipBase: "#2a2a2a",
    Role.ToolTipText: "#ffffff",
}

#: KDE Plasma's Breeze Dark: a near-black window and a bright blue link.
BREEZE_DARK = {
    Role.Window: "#202326",
    Role.WindowText: "#fcfcfc",
    Role.Base: "#141618",
    Role.AlternateBase: "#1d1f22",
    Role.Text: "#fcfcfc",
    Role.Button: "#292c30",
    Role.ButtonText: "#fcfcfc",
    Role.Link: "#1d99f3",
    Role.Highlight: "#3daee9",
    Role.HighlightedText: "#fcfcfc",
    Role.PlaceholderText: "#a1a9b1",
    Role.ToolTipBase: "#292c30",
    Role.ToolTipText: "#fcfcfc",
}

DARK_PALETTES = {"fusion-dark": FUSION_DARK, "breeze-dark": BREEZE_DARK}

#: A high-contrast desktop (as Windows' "High Contrast Black" and GNOME's HighContrastInverse):
#: pure black and white, a yellow link, a cyan highlight with black text.
HIGH_CONTRAST = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#000000",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.Link: "#ffff00",
    Role.Highlight: "#1aebff",
    Role.HighlightedText: "#000000",
    Role.PlaceholderText: "#c0c0c0",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
}

#: Every palette the window is checked in besides the default light one.
OTHER_PALETTES = {**DARK_PALETTES, "high-contrast": HIGH_CONTRAST}


#: Greyed text of disabled controls, as both themes draw it.
DISABLED_TEXT = "#7f7f7f"


def palette_of(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette


@contextmanager
def app_palette(palette: QPalette) -> Iterator[QPalette]:
    """The application wears ``palette`` inside the block, and its own again after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(palette)
    try:
        yield palette
    finally:
        app.setPalette(before)
