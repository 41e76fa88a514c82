"""Where the app's reminders go: the native chain, or only the window's bar, as window.ini says."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from ghostless.core.errors import GhostlessError
from ghostless.core.models import Loop
from ghostless.core.planner import Delivery
from ghostless.services.ledger import Ledger
from ghostless.ui.lifecycle.opening import flag

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from ghostless.ui.main_window import MainWindow
    from ghostless.ui.reminders.notifier import Notifier

#: window.ini keys: native notifications, and the reminders bar of the window.
NATIVE_NOTIFICATIONS_KEY = "notifications/native"
REMINDERS_BAR_KEY = "notifications/bar"


class BarNotifier:
    """The last resort and in-app record: the reminders bar of the (possibly hidden) window."""

    def __init__(self, settings: QSettings, window: Callable[[], MainWindow]) -> None:
        self._settings, self._window = settings, window

    def notify(self, delivery: Delivery) -> None:
        if flag(self._settings, REMINDERS_BAR_KEY):
            self._window().notifier.notify(delivery)


class PreferredNotifier:
    """The chain, or only the bar when native notifications are turned off (window.ini).

    The chain is made by ``make_chain`` when the first delivery needs it.
    """

    def __init__(
        self, settings: QSettings, make_chain: Callable[[], Notifier], bar: Notifier
    ) -> None:
        self._settings, self._make_chain, self._bar = settings, make_chain, bar
        self._chain: Notifier | None = None

    def notify(self, delivery: Delivery) -> None:
        if flag(self._settings, NATIVE_NOTIFICATIONS_KEY):
            if self._chain is None:
                self._chain = self._make_chain()
            self._chain.notify(delivery)
        else:
            self._bar.notify(delivery)


def app_notifier(
    settings: QSettings,
    ledger: Ledger,
    window: Callable[[], MainWindow],
    *,
    tray_icon: QSystemTrayIcon | None,
    on_open: Callable[[int], None],
    on_snooze: Callable[[int], None],
    on_show_all: Callable[[], None],
    parent: QObject,
    loops_of: Callable[[Collection[int]], Mapping[int, Loop]] | None = None,
) -> Notifier:
    """Where the app's deliveries go: the notification chain, ending in the window's bar."""
    bar = BarNotifier(settings, window)

    def build_chain() -> Notifier:
        # Built for the first delivery, not at start: the chain and its backends
        # (D-Bus, plyer, tray messages) have nothing to do before then.
        from ghostless.ui.reminders.notify_chain import build_notifier

        return build_notifier(
            tray_icon=tray_icon,
            last_resort=bar,
            on_open=on_open,
            on_snooze=on_snooze,
            on_show_all=on_show_all,
            zone=ledger.zone,
            clock=ledger.clock,
            loop_of=lambda loop_id: _loop_or_none(ledger, loop_id),
            loops_of=loops_of,
            parent=parent,
        )

    return PreferredNotifier(settings, build_chain, bar)


def _loop_or_none(ledger: Ledger, loop_id: int) -> Loop | None:
    try:
        return ledger.loop(loop_id)
    except GhostlessError:
        return None
