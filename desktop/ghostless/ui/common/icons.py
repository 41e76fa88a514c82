"""Icons and colours that show a loop's state at a glance, drawn for the palette.

The SVGs live in ``resources/icons`` at the top of the source tree (PyInstaller
copies that folder next to the executable, see build.spec); compiling them into
a Qt resource module can replace this lookup later without changing callers.

They are drawn for a light window. On the palette in use (see
:mod:`ghostless.ui.common.theme`) each colour of an icon is redrawn: the neutral grey
ink becomes the palette's text colour on a dark window, pale fills become a dark
tint of their hue, and coloured strokes are lightened or darkened until they
stand out 3:1 from the window (WCAG's non-text contrast). Qt's own SVG engine
draws the result, at any size and greyed when disabled.

An icon handed out is not one drawing but a :class:`PaletteIconEngine`: each time
Qt paints it (a table cell, a toolbar button, a menu entry) it takes the drawing
for the palette in use then, so icons already on screen follow a live switch
between light and dark without their owners setting them again. A ``QLabel``
holds a pixmap, not an icon: :class:`IconLabel` redraws its own.
"""

from __future__ import annotations

import atexit
import logging
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from ghostless.core.models import EventKind, LoopStatus, Turn
from ghostless.core.planner import Status
from ghostless.ui.common.digest import sha256_hex
from ghostless.ui.common.text_colours import DARK, LIGHT
from ghostless.ui.common.theme import (
    GRAPHIC_CONTRAST,
    app_palette,
    follow_palette,
    is_dark,
    mix,
    readable,
    text_colour,
)

logger = logging.getLogger(__name__)

_Key = TypeVar("_Key")


class PaletteColours(Mapping[_Key, QColor]):
    """Colours for text: the hand-picked set for a light or a dark palette, each made
    readable (WCAG AA) on the palette in use when asked (a desktop theme's own
    greys may differ from those text_colours.py checks against)."""

    def __init__(self, authored: Mapping[_Key, QColor], dark: Mapping[_Key, QColor]) -> None:
        self.authored = dict(authored)
        self.dark = dict(dark)

    def __getitem__(self, key: _Key) -> QColor:
        palette = app_palette()
        chosen = self.dark if is_dark(palette) else self.authored
        return text_colour(chosen[key], palette)

    def __iter__(self) -> Iterator[_Key]:
        return iter(self.authored)

    def __len__(self) -> int:
        return len(self.authored)


#: Orange asks for action, blue is calm waiting, grey is done (text_colours.py's sets).
TURN_COLOURS: PaletteColours[Turn] = PaletteColours(
    {turn: QColor(colour) for turn, colour in LIGHT.turn.items()},
    {turn: QColor(colour) for turn, colour in DARK.turn.items()},
)


#: A window's status: grey before it opens, blue while open, amber when due, red overdue.
STATUS_COLOURS: PaletteColours[Status] = PaletteColours(
    {status: QColor(colour) for status, colour in LIGHT.status.items()},
    {status: QColor(colour) for status, colour in DARK.status.items()},
)

#: Drawn as authored: the app's own mark, and the tray's pictures (they sit on the
#: panel, whose colours are not the window's; see tray.py for its light and dark bars).
AS_AUTHORED = ("app", "tray-")
#: A colour this light (HSL) is a fill behind the ink, not the ink.
FILL_LIGHTNESS = 0.85
#: A colour this grey is the neutral ink the palette's text colour replaces.
NEUTRAL_SATURATION = 0.15
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def resources_dir() -> Path | None:
    """The ``resources`` folder: beside a frozen build, else at the source tree's top."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(__file__).resolve().parents[4] / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    return None


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``, drawn for the palette in use whenever
    it is painted (see :class:`PaletteIconEngine`).

    An empty icon (and a log line) if the file is missing.
    """
    return _live_icon(name)


@cache
def _live_icon(name: str) -> QIcon:
    drawn = drawn_icon(name, app_palette())
    if drawn.isNull() or name.startswith(AS_AUTHORED):
        return drawn
    return QIcon(PaletteIconEngine(name))


def drawn_icon(name: str, palette: QPalette) -> QIcon:
    """The icon ``name`` drawn once for ``palette``: a fixed picture, not following it."""
    return _icon_for(
        name,
        palette.color(QPalette.ColorRole.Window).name(),
        palette.color(QPalette.ColorRole.WindowText).name(),
    )


class PaletteIconEngine(QIconEngine):
    """Paints icon ``name`` as drawn for the application's palette at the time of painting.

    Qt asks an icon's engine for pixels at each paint, so a view, a toolbar or a
    menu shows the dark drawing as soon as the palette turns dark, with no one
    calling ``setIcon`` again. The drawings themselves are made once per palette
    (:func:`drawn_icon`); this only picks one.
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _now(self) -> QIcon:
        return drawn_icon(self.name, app_palette())

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._now().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._now().pixmap(size, mode, state)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._now().pixmap(size, scale, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self._now().actualSize(size, mode, state)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return self._now().availableSizes(mode, state)

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.name)

    def key(self) -> str:
        return "ghostless-palette"


class IconLabel(QLabel):
    """A label showing ``picture`` at ``size``, drawn again when the palette changes.

    A label keeps the pixmap it was given; this one asks its icon for a new one
    on the application's palette signal (a label inside a style-sheeted banner is
    not sent the palette events).
    """

    def __init__(self, picture: QIcon, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = QSize(size, size)
        self._picture = QIcon()
        self.set_icon(picture)
        follow_palette(self._on_app_palette_changed)

    def set_icon(self, picture: QIcon) -> None:
        self._picture = picture
        self._redraw()

    def _on_app_palette_changed(self, _palette: QPalette) -> None:
        self._redraw()

    def _redraw(self) -> None:
        self.setPixmap(self._picture.pixmap(self._size))


@cache
def _icon_for(name: str, window: str, text: str) -> QIcon:
    folder = resources_dir()
    path = folder / "icons" / f"{name}.svg" if folder else None
    if path is None or not path.is_file():
        logger.warning("icon %s.svg not found; showing none", name)
        return QIcon()
    if name.startswith(AS_AUTHORED):
        return QIcon(str(path))
    authored = path.read_text(encoding="utf-8")
    drawn = svg_for_palette(authored, QColor(window), QColor(text))
    return QIcon(str(path) if drawn == authored else _drawn_file(name, drawn))


def svg_for_palette(svg: str, window: QColor, text: QColor) -> str:
    """``svg`` with each colour redrawn to stand out from ``window`` (the palette's)."""
    dark = is_dark_window(window)
    return _HEX.sub(lambda found: ink_for(QColor(found.group(0)), window, text, dark=dark), svg)


def is_dark_window(window: QColor) -> bool:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, window)
    return is_dark(palette)


def ink_for(colour: QColor, window: QColor, text: QColor, *, dark: bool) -> str:
    """One colour of an icon, redrawn for a ``window`` of that colour (a hex name)."""
    saturation, lightness = colour.hslSaturationF(), colour.lightnessF()
    if lightness >= FILL_LIGHTNESS:
        if not dark:
            return colour.name()
        # A pale fill on a dark window: the same hue, as dark as the window, a touch tinted.
        hue = max(colour.hslHueF(), 0.0)
        deep = QColor.fromHslF(hue, saturation, 1.0 - lightness)
        return mix(window, deep, 0.5).name()
    if dark and saturation < NEUTRAL_SATURATION:
        colour = text  # the grey ink: the palette's own text colour
    return readable(colour, window, ratio=GRAPHIC_CONTRAST).name()


@cache
def _drawn_folder() -> Path:
    # One private folder per run, removed at exit: Qt's SVG engine reads files,
    # and drawing there keeps its sizes, HiDPI and disabled looks for free.
    folder = Path(tempfile.mkdtemp(prefix="ghostless-icons-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _drawn_file(name: str, svg: str) -> str:
    digest = sha256_hex(svg.encode())[:12]
    path = _drawn_folder() / f"{name}-{digest}.svg"
    if not path.exists():
        path.write_text(svg, encoding="utf-8")
    return str(path)


def app_icon() -> QIcon:
    return icon("app")


def turn_icon(turn: Turn) -> QIcon:
    return icon(
        {Turn.MINE: "turn-mine", Turn.THEIRS: "turn-theirs", Turn.NOBODY: "turn-closed"}[turn]
    )


def status_turn(status: LoopStatus, turn: Turn) -> Turn:
    """The turn to draw: a closed or archived loop is nobody's whatever its record says."""
    return turn if status is LoopStatus.OPEN else Turn.NOBODY


def event_icon(kind: EventKind) -> QIcon:
    return icon(f"event-{kind.value}")


def status_icon(status: Status) -> QIcon:
    """The icon of a window's status; its shape differs too, not only its colour."""
    return icon(f"status-{status.value}")
