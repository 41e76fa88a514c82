"""Colours that follow the palette: readable text, banner colours, dark or light.

Ghostless draws no theme of its own: the desktop's palette (light or dark) is the
background, and every colour we add is worked out against it. A colour that does
not stand out enough is moved in lightness, keeping its hue, until it does:
WCAG 2.x asks 4.5:1 for text and 3:1 for the parts of an icon that carry its
meaning (https://www.w3.org/TR/WCAG21/#contrast-minimum, #non-text-contrast).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: WCAG AA: ordinary text against its background.
TEXT_CONTRAST = 4.5
#: WCAG AA: the strokes of icons and other graphics.
GRAPHIC_CONTRAST = 3.0

#: Banner tones: the accent each banner is tinted with.
REMINDER_ACCENT = QColor("#f08c00")
AWAY_ACCENT = QColor("#7048e8")
LATE_ACCENT = QColor("#e8590c")


def app_palette() -> QPalette:
    """The application's palette (the desktop's, unless a test set another)."""
    return QGuiApplication.palette()


def follow_palette(slot: Callable[[QPalette], None]) -> None:
    """Call ``slot`` with the new palette whenever the application's changes.

    The desktop switching light and dark changes it while the app runs (Qt follows
    the platform's colour scheme). The application's signal reaches every owner,
    where a widget inside a style-sheeted parent is not sent the palette events.
    A slot that is a method of a QObject is let go with it.
    """
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.paletteChanged.connect(slot)


def is_dark(palette: QPalette) -> bool:
    """A dark palette: its window darker than mid-grey."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 (same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(base: QColor, tint: QColor, amount: float) -> QColor:
    """``amount`` of ``tint`` over ``base`` (0: base, 1: tint), opaque."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def readable(colour: QColor, *backgrounds: QColor, ratio: float = TEXT_CONTRAST) -> QColor:
    """``colour``, made lighter or darker (same hue) until it stands out from every background.

    Lighter on dark backgrounds, darker on light ones; at the end of the range
    it is white or black, which reaches 4.5:1 on any single background.
    """
    if not backgrounds or min(contrast(colour, b) for b in backgrounds) >= ratio:
        return QColor(colour)
    lighter = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    hue = max(colour.hslHueF(), 0.0)  # a grey's hue is -1
    saturation, lightness = colour.hslSaturationF(), colour.lightnessF()
    step = 0.02 if lighter else -0.02
    candidate = QColor(colour)
    while 0.0 <= lightness <= 1.0:
        lightness += step
        candidate = QColor.fromHslF(hue, saturation, min(max(lightness, 0.0), 1.0))
        if min(contrast(candidate, b) for b in backgrounds) >= ratio:
            return candidate
    return candidate


def backgrounds(palette: QPalette) -> tuple[QColor, ...]:
    """Where text of ours lands: the window, the lists and their alternate rows."""
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    return tuple(palette.color(role) for role in roles)


def text_colour(colour: QColor, palette: QPalette | None = None) -> QColor:
    """``colour`` as text on the palette's window and lists, readable (AA) on each."""
    on = backgrounds(palette or app_palette())
    # Asked for every cell a list paints: worked out once per colour and palette.
    return QColor.fromRgba(_readable_rgba(colour.rgba(), tuple(b.rgba() for b in on)))


@cache
def _readable_rgba(colour: int, on: tuple[int, ...]) -> int:
    return readable(QColor.fromRgba(colour), *(QColor.fromRgba(b) for b in on)).rgba()


#: The object name of a banner's button drawn as a link.
LINK_BUTTON = "bannerLink"


@dataclass(frozen=True, slots=True)
class BannerColours:
    """A banner's colours: a tint of the window, its border, and its text and links."""

    background: QColor
    border: QColor
    text: QColor
    link: QColor

    def style_sheet(self, object_name: str) -> str:
        return (
            f"#{object_name} {{ background: {self.background.name()};"
            f" border: 1px solid {self.border.name()}; border-radius: 4px; }}"
            f"#{object_name} QLabel {{ color: {self.text.name()}; }}"
            # A link that takes the focus: a flat button drawn as a link, framed when focused.
            f"#{object_name} QPushButton#{LINK_BUTTON} {{ color: {self.link.name()};"
            " background: transparent; border: 1px solid transparent; border-radius: 3px;"
            " padding: 0px 2px; text-decoration: underline; }"
            f"#{object_name} QPushButton#{LINK_BUTTON}:focus"
            f" {{ border-color: {self.text.name()}; }}"
        )


def banner_colours(accent: QColor, palette: QPalette | None = None) -> BannerColours:
    """The window's colour tinted with ``accent``, with text and links readable on it."""
    palette = palette or app_palette()
    window = palette.color(QPalette.ColorRole.Window)
    dark = is_dark(palette)
    background = mix(window, accent, 0.22 if dark else 0.12)
    border = mix(window, accent, 0.6)
    text = readable(palette.color(QPalette.ColorRole.WindowText), background)
    link = readable(palette.color(QPalette.ColorRole.Link), background)
    return BannerColours(background, border, text, link)
