"""The app's notifier: every delivery goes on the in-window list and out to the desktop.

:func:`build_notifier` puts together, for this OS, the chain of native
backends (:mod:`ghostless.services.notify`) and returns a :class:`Notifier`
the scheduler's deliveries go to. Each delivery:

1. always goes to the in-window list (the reminders bar): that list is the
   record of reminders delivered and not yet handled, whatever happened on
   the desktop (a toast expires, a daemon drops it, the user is away);
2. is shown natively by the first backend that delivers it: Linux — D-Bus
   notifications (no tray needed), plyer where dbus-python exists, Qt's tray
   message; Windows — tray message, plyer; macOS — tray message;
3. when none delivers, the last resort makes the window ask for attention
   and puts the count on the tray icon's tooltip.

A click on a native notification opens its loop; "Snooze 1 hour" snoozes it.
D-Bus reports those on its own thread; a queued signal brings them here.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Collection, Mapping
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ghostless import APP_NAME
from ghostless.core.clock import Clock
from ghostless.core.models import Loop
from ghostless.core.notices import Notice, notice_for
from ghostless.core.planner import Delivery
from ghostless.services.notify import (
    DBUS,
    PLYER,
    TRAY,
    NotificationBackend,
    NotifierChain,
)
from ghostless.services.notify_dbus import (
    OPEN,
    SNOOZE_HOUR,
    DbusNotifications,
    NotificationAction,
)
from ghostless.services.notify_plyer import PlyerNotifications
from ghostless.ui.common.icons import resources_dir
from ghostless.ui.reminders.notifier import Notifier
from ghostless.ui.reminders.notify_tray import TrayMessageNotifications, tray_limits

logger = logging.getLogger(__name__)


class ChainNotifier(QObject):
    """A :class:`~ghostless.ui.reminders.notifier.Notifier`: the in-window list, then the
    native chain.

    Signals:
        notice_sent(object, str): a :class:`Notice` and the backend that carried it
            (:data:`ghostless.services.notify.LAST_RESORT` when none did).

    Attributes:
        chain: the native backends, in order, and the last resort.
        last_notice: the last notice built (None before the first).
        last_sent_at: when it was sent, by the app's clock.
    """

    notice_sent = Signal(object, str)
    _action_received = Signal(object, str)

    def __init__(
        self,
        *,
        in_window: Notifier,
        loop_of: Callable[[int], Loop | None],
        on_open: Callable[[int], None],
        on_snooze: Callable[[int], None],
        zone: tzinfo,
        clock: Clock,
        tray_icon: QSystemTrayIcon | None = None,
        on_show_all: Callable[[], None] | None = None,
        parent: QObject | None = None,
        loops_of: Callable[[Collection[int]], Mapping[int, Loop]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._in_window = in_window
        self._loop_of = loop_of
        #: The loops of many ids in one read (a catch-up names hundreds), where given.
        self._loops_of = loops_of
        self._on_open = on_open
        self._on_snooze = on_snooze
        self._on_show_all = on_show_all
        self._zone = zone
        self._clock = clock
        self._tray_icon = tray_icon
        self.chain = NotifierChain((), self._last_resort)
        self.last_notice: Notice | None = None
        self.last_sent_at: datetime | None = None
        self._closers: list[Callable[[], None]] = []
        self._action_received.connect(self._on_action_received)

    def use_backends(
        self, platform: str, backends: Mapping[str, NotificationBackend]
    ) -> NotifierChain:
        """Set the chain for ``platform`` from the backends given by name."""
        self.chain = NotifierChain.for_platform(platform, backends, self._last_resort)
        for backend in backends.values():
            close = getattr(backend, "close", None)
            if callable(close):
                self._closers.append(close)
        return self.chain

    # -- the port --------------------------------------------------------------
    def notify(self, delivery: Delivery) -> None:
        """Record ``delivery`` on the in-window list and show it natively; never raises."""
        self._in_window.notify(delivery)
        loop_ids = list(dict.fromkeys(pending.window.loop_id for pending in delivery.items))
        if self._loops_of is not None:
            found = self._loops_of(loop_ids)
            loop_of: Callable[[int], Loop | None] = found.get
        else:
            loop_of = self._loop_of
        names: dict[int, str] = {}
        for loop_id in loop_ids:
            loop = loop_of(loop_id)
            if loop is not None:
                names[loop_id] = loop.contact_name or "Someone"
        notice = notice_for(delivery, names, self._zone)
        if notice is None:
            return
        self.last_notice = notice
        self.last_sent_at = self._clock.now()
        carried_by = self.chain.send(notice)
        self.notice_sent.emit(notice, carried_by)

    def first_usable(self) -> str | None:
        """The backend that would carry the next notice here (None: the window only)."""
        return self.chain.first_usable()

    def close(self) -> None:
        """Stop listening for clicks (the D-Bus thread) and close connections."""
        for close in self._closers:
            close()
        self._closers.clear()

    # -- what comes back -------------------------------------------------------
    def dbus_action(self, action: NotificationAction) -> None:
        """For the D-Bus backend's thread: hand the action to the GUI thread."""
        self._action_received.emit(action.loop_ids, action.action)

    def tray_clicked(self, notice: Notice) -> None:
        self._on_action_received(notice.loop_ids, OPEN)

    def _on_action_received(self, loop_ids: tuple[int, ...], action: str) -> None:
        if not loop_ids:
            return
        if action == OPEN:
            if len(loop_ids) > 1 and self._on_show_all is not None:
                self._on_show_all()
            else:
                self._on_open(loop_ids[0])
        elif action == SNOOZE_HOUR:
            self._on_snooze(loop_ids[0])

    def _last_resort(self, notice: Notice) -> None:
        """No native notification: the window asks for attention, the tray icon says why."""
        if self._tray_icon is not None:
            self._tray_icon.setToolTip(f"{APP_NAME} — {notice.summary}")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            for widget in app.topLevelWidgets():
                if widget.isWindow() and widget.isVisible():
                    QApplication.alert(widget)


def _app_icon_path() -> str:
    folder = resources_dir()
    path = folder / "icons" / "app.svg" if folder else None
    return str(path) if path is not None and path.is_file() else ""


def build_notifier(
    *,
    tray_icon: QSystemTrayIcon | None,
    last_resort: Notifier,
    on_open: Callable[[int], None],
    on_snooze: Callable[[int], None],
    zone: tzinfo,
    clock: Clock,
    loop_of: Callable[[int], Loop | None],
    on_show_all: Callable[[], None] | None = None,
    platform: str | None = None,
    dbus_address: str = "SESSION",
    parent: QObject | None = None,
    loops_of: Callable[[Collection[int]], Mapping[int, Loop]] | None = None,
) -> ChainNotifier:
    """The app's notifier for this OS.

    Args:
        tray_icon: the app's tray icon (None: no tray; tray messages are skipped).
        last_resort: the in-window list; it receives every delivery.
        on_open: show this loop (a click on a notification).
        on_snooze: snooze this loop for an hour (the notification's action).
        zone: the user's zone, for "due tomorrow 09:00".
        clock: the app's clock.
        loop_of: the loop of an id (None once deleted), for the contact's name.
        loops_of: the loops of many ids that still exist, in one read (used instead
            of ``loop_of`` when given: a catch-up after a recompute names hundreds).
        on_show_all: what a click on a digest does (the Today view); None: open
            its most urgent loop.
        platform: a ``sys.platform`` value (tests); this machine's by default.
        dbus_address: the session bus (tests pass a private one).
    """
    platform = platform or sys.platform
    notifier = ChainNotifier(
        in_window=last_resort,
        loop_of=loop_of,
        loops_of=loops_of,
        on_open=on_open,
        on_snooze=on_snooze,
        zone=zone,
        clock=clock,
        tray_icon=tray_icon,
        on_show_all=on_show_all,
        parent=parent,
    )
    backends: dict[str, NotificationBackend] = {}
    if platform.startswith("linux"):
        backends[DBUS] = DbusNotifications(
            bus=dbus_address, on_action=notifier.dbus_action, app_icon=_app_icon_path()
        )
    if platform.startswith("linux") or platform == "win32":
        backends[PLYER] = PlyerNotifications(platform)
    if tray_icon is not None:
        backends[TRAY] = TrayMessageNotifications(
            tray_icon, notifier.tray_clicked, tray_limits(platform), notifier
        )
    notifier.use_backends(platform, backends)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(notifier.close)
    return notifier
