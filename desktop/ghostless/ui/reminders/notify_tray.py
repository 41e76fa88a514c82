"""Qt's tray message as a notification backend: ``QSystemTrayIcon.showMessage``.

Windows turns it into a toast from the app's own icon; on Linux with a
StatusNotifierItem host Qt sends it over D-Bus, with only an XEmbed tray it
draws its own balloon; on macOS it needs the app bundle. It needs the tray
icon to be visible: with no tray at all there is no message, so the backend
is unavailable then. A click on the message opens the loop of the last notice
shown (Qt reports no more than "the message was clicked").
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from ghostless.core.notices import MACOS, WINDOWS_BALLOON, Limits, Notice
from ghostless.services.notify import TRAY

#: The tray icon's dynamic property naming who showed its last message.
MESSAGE_OWNER = "ghostless_message_owner"

logger = logging.getLogger(__name__)

#: How long the message stays (Windows and most Linux trays honour it).
MESSAGE_MS = 10_000


class TrayMessageNotifications(QObject):
    """Shows notices with the app's tray icon.

    Args:
        tray_icon: the app's icon (owned by the tray module, not by this).
        on_click: called with the notice last shown when its message is clicked.
        limits: the text limits (the Windows balloon's by default, the tightest).
    """

    def __init__(
        self,
        tray_icon: QSystemTrayIcon,
        on_click: Callable[[Notice], None],
        limits: Limits = WINDOWS_BALLOON,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray_icon = tray_icon
        self._on_click = on_click
        self._limits = limits
        self.last_notice: Notice | None = None
        tray_icon.messageClicked.connect(self._on_tray_icon_message_clicked)

    @property
    def name(self) -> str:
        return TRAY

    def available(self) -> bool:
        return (
            QSystemTrayIcon.isSystemTrayAvailable()
            and QSystemTrayIcon.supportsMessages()
            and self._tray_icon.isVisible()
        )

    def send(self, notice: Notice) -> bool:
        if not self.available():
            return False
        fitted = notice.fitted(self._limits)
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if notice.urgent
            else QSystemTrayIcon.MessageIcon.Information
        )
        self._tray_icon.showMessage(fitted.summary, fitted.body, icon, MESSAGE_MS)
        self._tray_icon.setProperty(MESSAGE_OWNER, TRAY)
        self.last_notice = notice
        return True

    def _on_tray_icon_message_clicked(self) -> None:
        # The icon shows other messages too (the weekly review): a click on one of
        # those is not a click on the last reminder.
        if self.last_notice is not None and self._tray_icon.property(MESSAGE_OWNER) == TRAY:
            self._on_click(self.last_notice)


def tray_limits(platform: str) -> Limits:
    """The text limits of a tray message on ``platform`` (a ``sys.platform`` value)."""
    return MACOS if platform == "darwin" else WINDOWS_BALLOON
