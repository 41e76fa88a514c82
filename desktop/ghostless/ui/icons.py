"""Icons and colours that show a loop's state at a glance.

The SVGs live in ``resources/icons`` at the top of the source tree (PyInstaller
copies that folder next to the executable, see build.spec); compiling them into
a Qt resource module can replace this lookup later without changing callers.
"""

from __future__ import annotations

import logging
import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QColor, QIcon

from ghostless.core.models import EventKind, LoopStatus, Turn
from ghostless.core.planner import Status
from ghostless.ui.text_colours import LIGHT

logger = logging.getLogger(__name__)

#: Orange asks for action, blue is calm waiting, grey is done (the light palette's;
#: ``text_colours()`` gives the set for the palette in use).
TURN_COLOURS = {turn: QColor(colour) for turn, colour in LIGHT.turn.items()}


#: A window's status: grey before it opens, blue while open, amber when due, red overdue.
STATUS_COLOURS = {status: QColor(colour) for status, colour in LIGHT.status.items()}


def resources_dir() -> Path | None:
    """The ``resources`` folder: beside a frozen build, else at the source tree's top."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(__file__).resolve().parents[3] / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    return None


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon (and a log line) if missing."""
    folder = resources_dir()
    path = folder / "icons" / f"{name}.svg" if folder else None
    if path is None or not path.is_file():
        logger.warning("icon %s.svg not found; showing none", name)
        return QIcon()
    return QIcon(str(path))


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
