"""plyer as a fallback notification backend, only where it is trustworthy.

plyer 2.1.0 picks its implementation at import time and hides failures:

* Linux: only its dbus-python path (``NotifyDbus``) is used, and only when
  dbus-python happens to be importable. Its ``notify-send`` path sends
  never-expiring notifications and ignores the exit code, so it is refused.
* Windows: its balloon (a second, temporary tray icon). Its errors happen in
  a thread and are lost, so "delivered" means only "handed over"; the text is
  cut to the balloon's 63/255 limits first, since longer text makes ctypes
  raise inside that thread.
* macOS: never (pyobjus, a deprecated API, open bugs).
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from typing import Any

from ghostless import APP_NAME
from ghostless.core.notices import FREEDESKTOP, WINDOWS_BALLOON, Notice
from ghostless.services.notify import PLYER

logger = logging.getLogger(__name__)

#: Seconds plyer shows a notification (its Windows balloon sleeps this long).
TIMEOUT_S = 10


class PlyerNotifications:
    """The plyer backend; ``platform`` is a ``sys.platform`` value (for tests)."""

    def __init__(self, platform: str | None = None, app_icon: str = "") -> None:
        self._platform = platform or sys.platform
        self._app_icon = app_icon  # plyer: "" (never None) on Linux, a .ico on Windows

    @property
    def name(self) -> str:
        return PLYER

    def available(self) -> bool:
        if self._platform.startswith("linux"):
            return _linux_dbus_path() is not None
        return self._platform == "win32"

    def send(self, notice: Notice) -> bool:
        if not self.available():
            return False
        limits = WINDOWS_BALLOON if self._platform == "win32" else FREEDESKTOP
        notice = notice.fitted(limits)
        try:
            if self._platform.startswith("linux"):
                implementation = _linux_dbus_path()
                if implementation is None:
                    return False
                implementation.notify(
                    title=notice.summary,
                    message=notice.body,
                    app_name=APP_NAME,
                    app_icon=self._app_icon,
                    timeout=TIMEOUT_S,
                )
            else:
                from plyer import notification

                notification.notify(
                    title=notice.summary,
                    message=notice.body,
                    app_name=APP_NAME,
                    app_icon=self._app_icon,
                    timeout=TIMEOUT_S,
                )
        except Exception as exc:  # noqa: BLE001 - plyer raises anything; it did not deliver
            logger.warning("plyer notification not delivered: %s", exc)
            return False
        return True


def _linux_dbus_path() -> Any:
    """plyer's dbus-python implementation, or None when dbus-python is not importable.

    Looked for before asking plyer, whose fallback (notify-send) would warn and be used.
    """
    try:
        if importlib.util.find_spec("dbus") is None:
            return None
        from plyer.platforms.linux import notification

        implementation = notification.instance()
    except Exception:  # noqa: BLE001 - missing or broken: not available
        return None
    # A Flatpak gets plyer's portal path, which breaks on an apostrophe: refused too.
    if type(implementation).__name__ != "NotifyDbus":
        return None
    return implementation
