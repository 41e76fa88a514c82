"""Which Qt platform plugin Ghostless would use here, without crashing when none fits.

Run as ``python -m ghostless.ui.lifecycle.platform_probe`` by
:func:`ghostless.services.qt_check.probe_in_child`: it opens a Qt application
and prints one JSON line. If Qt aborts (a platform plugin that cannot load),
only this child dies, and the parent reads why from its error output.
"""

from __future__ import annotations

import json
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


def main() -> int:
    name, ok = qt_platform()
    platform = name.split(" ", 1)[0].rstrip(":")
    # The parent reads this line: a child's report, not output for a user.
    sys.stdout.write(json.dumps({"ok": ok, "platform": platform, "detail": name}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
