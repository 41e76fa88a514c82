"""Which Qt platform plugin Ghostless would use here, without crashing when none fits."""

from __future__ import annotations

import os
import sys


def qt_platform() -> tuple[str, bool]:
    """The platform name and whether a window can be shown with it."""
    requested = os.environ.get("QT_QPA_PLATFORM", "")
    if (
        sys.platform.startswith("linux")
        and not requested
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        return (
            "none: no DISPLAY or WAYLAND_DISPLAY (set QT_QPA_PLATFORM=offscreen for tests)",
            False,
        )
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["ghostless-self-check"])
    name = app.platformName() if isinstance(app, QGuiApplication) else "unknown"
    return f"{name} (PySide6 {pyside_version})", name != "offscreen" or bool(requested)
