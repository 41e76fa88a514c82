"""Native notifications on Linux: ``org.freedesktop.Notifications`` over D-Bus, with jeepney.

jeepney is pure Python (it comes with keyring), so this needs no compiler and
no tray: a stock GNOME desktop without a tray extension still shows these.

One connection is kept open, wrapped in jeepney's threading router: its
receiver thread takes the replies and the signals. Servers send
``ActionInvoked`` and ``NotificationClosed`` to the connection that sent the
notification (dunst and GNOME Shell address them to it), so the same
connection must both send and listen. Sending happens on the caller's thread
with a short reply timeout; a bus or a notification server that has gone
away makes :meth:`DbusNotifications.send` return False (and reconnect next
time), never raise. Clicks and actions are reported, with the loop ids of
the notice, through ``on_action`` on the receiver thread; the UI marshals
that to its own thread.
"""

from __future__ import annotations

import contextlib
import html
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ghostless import APP_ID, APP_NAME
from ghostless.core.notices import FREEDESKTOP, Notice
from ghostless.services.notify import DBUS

logger = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
#: The action keys; "default" is what a click on the notification itself sends.
OPEN = "default"
SNOOZE_HOUR = "snooze-1h"
CLOSED = "closed"
#: Urgency hint values (a byte): low, normal, critical.
URGENCY_NORMAL = 1
#: How long a reply may take before the server counts as gone (seconds).
REPLY_TIMEOUT = 2.0


@dataclass(frozen=True, slots=True)
class NotificationAction:
    """The user did something with a notification we sent.

    Attributes:
        notification_id: the server's id for it.
        loop_ids: the loops of its notice (one, or a digest's).
        action: :data:`OPEN` (a click), :data:`SNOOZE_HOUR`, or :data:`CLOSED`
            (dismissed, expired or closed by the server).
    """

    notification_id: int
    loop_ids: tuple[int, ...]
    action: str


def _bus_object() -> Any:
    from jeepney import DBusAddress

    return DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )


def _notifications_object() -> Any:
    from jeepney import DBusAddress

    return DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)


class _Callback:
    """A stand-in for a filter queue: the router "puts" each matching message here."""

    def __init__(self, handle: Callable[[Any], None]) -> None:
        self._handle = handle

    def put_nowait(self, message: Any) -> None:
        self._handle(message)


def _router_class() -> Any:
    """jeepney's threading router, whose receiver thread ends quietly when the bus goes away.

    (jeepney's own lets the ConnectionResetError escape the thread.)
    """
    from jeepney.io.threading import DBusRouter

    class QuietRouter(DBusRouter):  # type: ignore[misc]
        def _receiver(self) -> None:
            try:
                super()._receiver()
            except (OSError, ValueError) as exc:
                logger.info("D-Bus connection lost: %s", exc)

    return QuietRouter


class DbusNotifications:
    """The freedesktop notification backend.

    Args:
        bus: ``"SESSION"`` (from ``DBUS_SESSION_BUS_ADDRESS``) or a bus address.
        on_action: called, on the connection's receiver thread, when the user
            clicks a notification we sent, picks one of its actions, or it closes.
        app_icon: an icon name or an absolute path ("" for none).
        expire_timeout_ms: how long the server shows it (-1: the server decides).
        reply_timeout: seconds a reply may take before the server counts as gone.
    """

    def __init__(
        self,
        *,
        bus: str = "SESSION",
        on_action: Callable[[NotificationAction], None] | None = None,
        app_icon: str = "",
        expire_timeout_ms: int = -1,
        reply_timeout: float = REPLY_TIMEOUT,
    ) -> None:
        self._bus = bus
        self._on_action = on_action
        self._app_icon = app_icon
        self._expire_timeout_ms = expire_timeout_ms
        self._reply_timeout = reply_timeout
        self._router: Any = None
        self._connection: Any = None
        self._filters: list[Any] = []
        self._sent: dict[int, tuple[int, ...]] = {}
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return DBUS

    # -- the port --------------------------------------------------------------
    def available(self) -> bool:
        """A session bus answers, and a notification server runs or can be started on it."""
        try:
            if self._call(_bus_object(), "NameHasOwner", "s", (SERVICE,))[0]:
                return True
            activatable = self._call(_bus_object(), "ListActivatableNames")[0]
            return SERVICE in activatable
        except Exception as exc:  # noqa: BLE001 - no bus, a broken bus: not available
            logger.info("D-Bus notifications unavailable: %s", exc)
            self.close()
            return False

    def send(self, notice: Notice) -> bool:
        """Notify; True once the server returned an id for it."""
        try:
            return self._send(notice)
        except Exception as exc:  # noqa: BLE001 - the bus or the server went away: not delivered
            logger.warning("D-Bus notification not delivered: %s", exc)
            self.close()
            return False

    # -- details ---------------------------------------------------------------
    def server_information(self) -> tuple[str, str] | None:
        """The notification server's name and version, or None when there is none."""
        try:
            name, _vendor, version, _spec = self._call(
                _notifications_object(), "GetServerInformation"
            )
        except Exception as exc:  # noqa: BLE001 - asked only to describe it
            logger.info("no notification server information: %s", exc)
            self.close()
            return None
        return str(name), str(version)

    def sent_ids(self) -> dict[int, tuple[int, ...]]:
        """The notifications sent and not yet closed, with their loops."""
        with self._lock:
            return dict(self._sent)

    def close(self) -> None:
        """Stop listening and close the connection (the next call opens a new one)."""
        router, self._router = self._router, None
        connection, self._connection = self._connection, None
        filters, self._filters = self._filters, []
        for handle in filters:
            with contextlib.suppress(Exception):
                handle.close()
        if router is not None:
            with contextlib.suppress(Exception):
                router.close()
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.close()

    def _send(self, notice: Notice) -> bool:
        capabilities = set(self._call(_notifications_object(), "GetCapabilities")[0])
        notice = notice.fitted(FREEDESKTOP)
        body = notice.body
        if "body-markup" in capabilities:
            body = html.escape(body, quote=False)
        actions: list[str] = []
        if "actions" in capabilities:
            actions = [OPEN, "Open"]
            if not notice.digest:
                actions += [SNOOZE_HOUR, "Snooze 1 hour"]
        hints = {"urgency": ("y", URGENCY_NORMAL), "desktop-entry": ("s", APP_ID)}
        (notification_id,) = self._call(
            _notifications_object(),
            "Notify",
            "susssasa{sv}i",
            (
                APP_NAME,
                0,
                self._app_icon,
                notice.summary,
                body,
                actions,
                hints,
                self._expire_timeout_ms,
            ),
        )
        with self._lock:
            self._sent[int(notification_id)] = notice.loop_ids
        logger.info("notification %s sent over D-Bus", notification_id)
        return True

    def _router_now(self) -> Any:
        """The open router, opening it (and listening for signals) first if needed."""
        if self._router is not None and self._router._rcv_thread.is_alive():
            return self._router
        self.close()
        from jeepney import MatchRule
        from jeepney.io.threading import open_dbus_connection

        connection = open_dbus_connection(bus=self._bus)
        router = _router_class()(connection)
        self._connection, self._router = connection, router
        for member in ("ActionInvoked", "NotificationClosed"):
            rule = MatchRule(type="signal", interface=INTERFACE, member=member, path=PATH)
            self._filters.append(router.filter(rule, queue=_Callback(self._handle)))
            # Servers that broadcast their signals reach us through the match rule;
            # those that address them to the sender reach us anyway.
            self._call(_bus_object(), "AddMatch", "s", (rule.serialise(),))
        return router

    def _call(
        self, address: Any, method: str, signature: str | None = None, body: tuple[object, ...] = ()
    ) -> Any:
        from jeepney import new_method_call
        from jeepney.wrappers import unwrap_msg

        router = self._router_now()
        message = new_method_call(address, method, signature, body)
        return unwrap_msg(router.send_and_get_reply(message, timeout=self._reply_timeout))

    # -- what comes back ---------------------------------------------------------
    def _handle(self, message: Any) -> None:
        """On the receiver thread: a signal from the notification server."""
        from jeepney import HeaderFields

        member = message.header.fields.get(HeaderFields.member)
        if member == "ActionInvoked":
            notification_id, action = int(message.body[0]), str(message.body[1])
            with self._lock:
                loop_ids = self._sent.get(notification_id)
        elif member == "NotificationClosed":
            notification_id, action = int(message.body[0]), CLOSED
            with self._lock:
                loop_ids = self._sent.pop(notification_id, None)
        else:
            return
        if loop_ids is None or self._on_action is None:
            return  # another application's notification, or nobody to tell
        try:
            self._on_action(NotificationAction(notification_id, loop_ids, action))
        except Exception:
            logger.exception("handling notification action %s failed", action)
