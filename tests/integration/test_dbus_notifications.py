"""The D-Bus backend against a real notification daemon (dunst) on a private bus."""

from __future__ import annotations

import json
import subprocess
import threading

import pytest

from ghostless.core.notices import Notice
from ghostless.services.notify_dbus import (
    CLOSED,
    SNOOZE_HOUR,
    DbusNotifications,
    NotificationAction,
)
from tests.integration.conftest import BusMonitor, dunstctl, wait_until

DEADLINE = 10.0


class Actions:
    """Collects what the backend reports, from its listening thread."""

    def __init__(self) -> None:
        self.seen: list[NotificationAction] = []
        self._lock = threading.Lock()

    def __call__(self, action: NotificationAction) -> None:
        with self._lock:
            self.seen.append(action)

    def of(self, kind: str) -> list[NotificationAction]:
        with self._lock:
            return [a for a in self.seen if a.action == kind]


def _emit_action_invoked(address: str, notification_id: int, action: str) -> None:
    """What the server sends when the user picks an action (dunst needs a mouse for it)."""
    from jeepney import DBusAddress, new_signal
    from jeepney.io.blocking import open_dbus_connection

    emitter = DBusAddress(
        "/org/freedesktop/Notifications", interface="org.freedesktop.Notifications"
    )
    with open_dbus_connection(bus=address) as connection:
        connection.send(new_signal(emitter, "ActionInvoked", "us", (notification_id, action)))


def test_dunst_receives_the_notice(dunst: str, notify_monitor: BusMonitor) -> None:
    actions = Actions()
    backend = DbusNotifications(bus=dunst, on_action=actions)
    notice = Notice(
        "Priya Raman is waiting on you", "Reply · overdue 2 days & more <soon>", (7,), urgent=True
    )
    try:
        assert backend.available()
        assert backend.send(notice)
        wait_until(
            lambda: len(notify_monitor.notify_calls("Priya Raman is waiting on you")) == 1,
            "the Notify call on the bus",
            DEADLINE,
        )
        call = notify_monitor.notify_calls("Priya Raman is waiting on you")[0]
        print(call)
        assert 'string "Ghostless"' in call
        assert 'string "default"' in call
        assert 'string "snooze-1h"' in call
        assert 'string "Snooze 1 hour"' in call
        assert '"urgency"' in call
        assert "int32 -1" in call
        # dunst shows it; once closed it is in dunst's history, with our app name.
        assert dunstctl(dunst, "count", "displayed").strip() == "1"
        (notification_id,) = backend.sent_ids()
        _emit_action_invoked(dunst, notification_id, SNOOZE_HOUR)
        wait_until(lambda: bool(actions.of(SNOOZE_HOUR)), "ActionInvoked reported", DEADLINE)
        assert actions.of(SNOOZE_HOUR) == [NotificationAction(notification_id, (7,), SNOOZE_HOUR)]
        dunstctl(dunst, "close")  # as the user closing it (close-all sends no signal)
        wait_until(lambda: bool(actions.of(CLOSED)), "NotificationClosed reported", DEADLINE)
        assert actions.of(CLOSED)[0].loop_ids == (7,)
        assert backend.sent_ids() == {}
        history = json.loads(dunstctl(dunst, "history"))
        entries = [e for group in history["data"] for e in group]
        print(json.dumps(entries[:1], indent=1))
        ours = [e for e in entries if e["summary"]["data"] == "Priya Raman is waiting on you"]
        assert len(ours) == 1
        assert ours[0]["appname"]["data"] == "Ghostless"
        assert "Reply · overdue 2 days" in ours[0]["body"]["data"]
    finally:
        backend.close()


def test_a_digest_has_only_the_open_action(dunst: str, notify_monitor: BusMonitor) -> None:
    backend = DbusNotifications(bus=dunst)
    try:
        assert backend.send(Notice("3 reminders: A, B and C", "A: Reply", (1, 2, 3)))
        wait_until(
            lambda: bool(notify_monitor.notify_calls("3 reminders: A, B and C")),
            "the Notify call",
            DEADLINE,
        )
        call = notify_monitor.notify_calls("3 reminders: A, B and C")[0]
        assert 'string "default"' in call
        assert "snooze-1h" not in call
    finally:
        backend.close()
        dunstctl(dunst, "close-all")


def test_no_notification_server_means_not_delivered(lone_bus: tuple[object, str]) -> None:
    _process, address = lone_bus
    backend = DbusNotifications(bus=address)
    assert not backend.available()
    assert backend.send(Notice("Priya", "Reply", (1,))) is False


def test_a_bus_that_goes_away_means_not_delivered(
    lone_bus: tuple[subprocess.Popen[bytes], str],
) -> None:
    process, address = lone_bus
    backend = DbusNotifications(bus=address, reply_timeout=2.0)
    assert backend.available() is False  # connected, nobody serves notifications
    process.terminate()
    process.wait(timeout=5)
    assert backend.send(Notice("Priya", "Reply", (1,))) is False
    assert backend.available() is False


@pytest.mark.parametrize("markup", ["<b>", "&amp;"])
def test_markup_in_names_is_shown_as_text(
    dunst: str, notify_monitor: BusMonitor, markup: str
) -> None:
    backend = DbusNotifications(bus=dunst)
    try:
        assert backend.send(Notice(f"M{markup} is waiting on you", f"Reply {markup}", (1,)))
        wait_until(lambda: bool(notify_monitor.notify_calls(f"M{markup}")), "Notify", DEADLINE)
        call = notify_monitor.notify_calls(f"M{markup}")[0]
        escaped = markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert f"Reply {escaped}" in call  # escaped: dunst says body-markup
    finally:
        backend.close()
        dunstctl(dunst, "close-all")


def test_the_self_check_names_the_daemon(dunst: str) -> None:
    from ghostless.services.selfcheck import check_notifications

    line = check_notifications("linux", bus=dunst)
    print(line)
    assert line.ok
    assert line.value.startswith("freedesktop notifications over D-Bus (dunst 1.9")
