"""The app's notifier against dunst: a delivery goes out natively, a click comes back."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.planner import Delivery
from ghostless.services.notify import DBUS
from ghostless.services.notify_dbus import OPEN, SNOOZE_HOUR, DbusNotifications
from ghostless.ui.reminders.notify_chain import build_notifier
from tests.integration.conftest import BusMonitor, dunstctl, wait_until
from tests.integration.test_dbus_notifications import DEADLINE, _emit_action_invoked
from tests.ui.test_notify_chain import Bar, Calls, _loop_of, _pending

NOW = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


def test_a_delivery_reaches_dunst_and_its_actions_come_back(
    qtbot: QtBot, dunst: str, notify_monitor: BusMonitor
) -> None:
    bar, calls = Bar(), Calls()
    notifier = build_notifier(
        tray_icon=None,
        last_resort=bar,
        on_open=calls.opened.append,
        on_snooze=calls.snoozed.append,
        zone=ZoneInfo("Europe/Berlin"),
        clock=FixedClock(NOW),
        loop_of=_loop_of,
        platform="linux",
        dbus_address=dunst,
    )
    try:
        assert notifier.first_usable() == DBUS
        with qtbot.waitSignal(notifier.notice_sent) as sent:
            notifier.notify(Delivery(NOW, (_pending(1),)))
        assert sent.args is not None
        assert sent.args[1] == DBUS
        assert len(bar.deliveries) == 1  # the in-window record, too
        wait_until(
            lambda: bool(notify_monitor.notify_calls("Priya Raman is waiting on you")),
            "the Notify call",
            DEADLINE,
        )
        (backend,) = [b for b in notifier.chain.backends if b.name == DBUS]
        assert isinstance(backend, DbusNotifications)
        (notification_id,) = backend.sent_ids()
        _emit_action_invoked(dunst, notification_id, SNOOZE_HOUR)
        qtbot.waitUntil(lambda: calls.snoozed == [1], timeout=int(DEADLINE * 1000))
        _emit_action_invoked(dunst, notification_id, OPEN)
        qtbot.waitUntil(lambda: calls.opened == [1], timeout=int(DEADLINE * 1000))
    finally:
        notifier.close()
        dunstctl(dunst, "close-all")
