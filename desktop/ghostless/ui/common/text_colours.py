"""The colours Ghostless draws text in, one set for a light palette and one for a dark.

Each set lists the backgrounds its text lands on (the palette's base, alternate
rows and window, as the common desktop themes paint them) and every colour in
it reaches WCAG AA (4.5:1) against each of them; tests/ui/test_contrast.py
computes it. The loop colours of lists and labels (``STATUS_COLOURS`` and
``TURN_COLOURS`` in :mod:`ghostless.ui.common.icons`) start from the light set
and are worked out against the palette in use (:mod:`ghostless.ui.common.theme`).
Text the app draws on a background it sets itself (the banners
and notes) is listed in :data:`FIXED_PAIRS`, the same in both palettes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ghostless.core.models import Turn
from ghostless.core.planner import Status
from ghostless.ui.common.theme import TEXT_CONTRAST, contrast, is_dark

#: WCAG 2 AA for body text.
AA = TEXT_CONTRAST


@dataclass(frozen=True)
class TextColours:
    """Text colours for one palette, and the backgrounds they must read on."""

    backgrounds: tuple[str, ...]
    turn: dict[Turn, str]
    status: dict[Status, str]
    error: str
    note: str

    def turn_colour(self, turn: Turn) -> QColor:
        return QColor(self.turn[turn])

    def status_colour(self, status: Status) -> QColor:
        return QColor(self.status[status])


#: Fusion's light palette (base, alternate rows, window) and the lighter greys of other themes.
LIGHT = TextColours(
    backgrounds=("#ffffff", "#f7f7f7", "#efefef", "#e9e9e9"),
    turn={Turn.MINE: "#b8400b", Turn.THEIRS: "#1864ab", Turn.NOBODY: "#5c636a"},
    status={
        Status.UPCOMING: "#5c636a",
        Status.OPEN: "#1864ab",
        Status.DUE: "#9c5700",
        Status.OVERDUE: "#b42318",
    },
    error="#b42318",
    note="#495057",
)

#: Dark palettes: Adwaita's and Breeze's bases, Fusion's dark window, and a lighter panel.
DARK = TextColours(
    backgrounds=("#1e1e1e", "#242424", "#2a2a2a", "#353535", "#3c3c3c"),
    turn={Turn.MINE: "#ffa94d", Turn.THEIRS: "#74c0fc", Turn.NOBODY: "#adb5bd"},
    status={
        Status.UPCOMING: "#adb5bd",
        Status.OPEN: "#74c0fc",
        Status.DUE: "#ffc078",
        Status.OVERDUE: "#ffa8a8",
    },
    error="#ffa8a8",
    note="#ced4da",
)

#: (text, background) pairs the app sets together: banners, notes, the fix button.
FIXED_PAIRS = (
    ("#212529", "#fff4e6"),  # reminders bar, a note on the draft page, the fix button
    ("#212529", "#f3f0ff"),  # away banner
    ("#212529", "#fff5f5"),  # a strong note
    ("#212529", "#f1f3f5"),  # a note
    ("#212529", "#ffe3bf"),  # a finding's highlight in the draft
)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two colours written ``#rrggbb``, from 1 to 21."""
    return contrast(QColor(first), QColor(second))


def text_colours(palette: QPalette | None = None) -> TextColours:
    """The set for ``palette`` (the application's when None)."""
    return DARK if is_dark(palette or QGuiApplication.palette()) else LIGHT


def error_style(*, bold: bool = False) -> str:
    """A style sheet for a message that says what went wrong."""
    weight = " font-weight: bold;" if bold else ""
    return f"color: {text_colours().error};{weight}"
