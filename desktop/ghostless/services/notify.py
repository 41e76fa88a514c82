"""The notification port: backends that each say whether they delivered, tried in order.

A :class:`NotificationBackend` shows a :class:`~ghostless.core.notices.Notice`
natively (freedesktop notifications over D-Bus, Qt's tray message, plyer) and
returns True only when it handed the notice over. :class:`NotifierChain`
tries its backends in order, logs each one that is unavailable or fails, and
falls through to the next; when none delivers it calls the last resort the UI
gives it (the in-window list and the tray icon's state), which cannot fail.
A backend must never raise into the scheduler: the chain catches and logs
anything that escapes one anyway.

The order per OS (see :func:`chain_order`):

* Linux: D-Bus (jeepney; needs no tray, so a stock GNOME desktop gets native
  notifications), then plyer only where dbus-python happens to be importable,
  then Qt's tray message.
* Windows: Qt's tray message (the app's own icon), then plyer's balloon.
* macOS: Qt's tray message only; plyer is never used there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from ghostless.core.notices import Notice

logger = logging.getLogger(__name__)

DBUS = "freedesktop notifications over D-Bus"
PLYER = "plyer"
TRAY = "Qt tray message"
#: What :meth:`NotifierChain.send` returns when only the last resort showed the notice.
LAST_RESORT = "the Ghostless window"


class NotificationBackend(Protocol):
    """One way of showing a notice on the desktop."""

    @property
    def name(self) -> str: ...

    def available(self) -> bool:
        """Whether it can work here now (cheap; no notification is shown)."""
        ...

    def send(self, notice: Notice) -> bool:
        """Show ``notice``; True if it was handed over, False (never an exception) if not."""
        ...


def chain_order(platform: str) -> tuple[str, ...]:
    """The backend names to try, in order, on ``platform`` (a ``sys.platform`` value)."""
    if platform.startswith("linux") or platform.startswith("freebsd"):
        return (DBUS, PLYER, TRAY)
    if platform == "win32":
        return (TRAY, PLYER)
    if platform == "darwin":
        return (TRAY,)
    return (TRAY,)


class NotifierChain:
    """Tries each backend in order until one delivers; the last resort otherwise.

    Attributes:
        backends: the backends, in the order they are tried.
        last_delivered_by: the name of the backend that carried the last notice
            (:data:`LAST_RESORT` when none did; None before the first).
    """

    def __init__(
        self,
        backends: Sequence[NotificationBackend],
        last_resort: Callable[[Notice], None],
    ) -> None:
        self.backends = tuple(backends)
        self._last_resort = last_resort
        self.last_delivered_by: str | None = None

    @classmethod
    def for_platform(
        cls,
        platform: str,
        available: Mapping[str, NotificationBackend],
        last_resort: Callable[[Notice], None],
    ) -> NotifierChain:
        """The chain of :func:`chain_order` for ``platform``, from the backends given by name.

        A name with no backend in ``available`` is left out (a tray message with
        no tray icon, say).
        """
        ordered = [available[name] for name in chain_order(platform) if name in available]
        return cls(ordered, last_resort)

    def first_usable(self) -> str | None:
        """The name of the first backend available now (None: only the last resort)."""
        for backend in self.backends:
            if _available(backend):
                return backend.name
        return None

    def send(self, notice: Notice) -> str:
        """Show ``notice`` with the first backend that delivers it; that backend's name.

        Never raises: a backend that raises counts as one that did not deliver.
        """
        for backend in self.backends:
            if not _available(backend):
                logger.info("notification: %s not available here, trying the next", backend.name)
                continue
            try:
                delivered = backend.send(notice)
            except Exception:
                logger.exception("notification: %s failed, trying the next", backend.name)
                continue
            if delivered:
                logger.info("notification delivered by %s", backend.name)
                self.last_delivered_by = backend.name
                return backend.name
            logger.warning("notification: %s did not deliver, trying the next", backend.name)
        try:
            self._last_resort(notice)
        except Exception:
            logger.exception("notification: the last resort failed too")
        logger.info("notification left to %s", LAST_RESORT)
        self.last_delivered_by = LAST_RESORT
        return LAST_RESORT


def _available(backend: NotificationBackend) -> bool:
    try:
        return backend.available()
    except Exception:
        logger.exception("notification: asking %s whether it is available failed", backend.name)
        return False
