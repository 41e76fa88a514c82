"""The real tray path: the app's StatusNotifierItem and its menu, clicked over D-Bus.

Under Xvfb and a private session bus, a fake StatusNotifierWatcher makes Qt
export the tray icon as a StatusNotifierItem; the test reads its menu as a
tray host would (com.canonical.dbusmenu GetLayout), clicks "Snooze all for an
hour" (Event "clicked") and checks the store: every owed reminder is snoozed
an hour. The app is the real one, started as a process on a data folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from ghostless.core.clock import SystemClock
from ghostless.services.examples import load_examples
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.services.zone import local_zone
from ghostless.ui.reminders.tray import SNOOZE_ALL_TEXT, snapshot_of
from tests.integration.conftest import START_DEADLINE, read_line, stop, wait_until

WATCHER_SCRIPT = Path(__file__).with_name("fake_sni_watcher.py")
DBUSMENU = "com.canonical.dbusmenu"


@pytest.fixture
def sni_watcher(session_bus: str) -> Iterator[subprocess.Popen[bytes]]:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": session_bus}
    process = subprocess.Popen(
        [sys.executable, str(WATCHER_SCRIPT)], env=env, stdout=subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        line = read_line(process.stdout.fileno(), time.monotonic() + START_DEADLINE, "watcher")
        assert line == "ready"
        yield process
    finally:
        stop(process)


def _call(address: str, service: str, path: str, interface: str, name: str, sig: str, body: Any):
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    target = DBusAddress(path, bus_name=service, interface=interface)
    with open_dbus_connection(bus=address) as connection:
        reply = connection.send_and_get_reply(new_method_call(target, name, sig, body), timeout=5)
    return reply.body


def _labels(layout: Any) -> dict[str, int]:
    """Every entry's label and id in a GetLayout tree ``(id, props, children)``."""
    found: dict[str, int] = {}
    item_id, props, children = layout
    if "label" in props:
        found[str(props["label"][1])] = item_id
    for child in children:
        found |= _labels(child[1])
    return found


def test_snooze_all_clicked_in_the_tray_menu_snoozes_every_owed_loop(
    tmp_path: Path, session_bus: str, xvfb_display: str, sni_watcher: subprocess.Popen[bytes]
) -> None:
    data_dir = tmp_path / "data"
    ledger = Ledger.open(data_dir, SystemClock(), local_zone())
    load_examples(ledger)
    owed = {o.loop.id for o in snapshot_of(ReminderService(ledger).agenda(), away=False).owed}
    ledger.close()
    assert owed, "the examples owe something now"

    env = {k: v for k, v in os.environ.items() if not k.startswith("GHOSTLESS_")}
    env |= {
        "DISPLAY": xvfb_display,
        "DBUS_SESSION_BUS_ADDRESS": session_bus,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "ghostless", "--data-dir", str(data_dir), "--autostart"],
        env=env,
        stderr=subprocess.PIPE,
    )
    try:
        assert sni_watcher.stdout is not None
        service = read_line(
            sni_watcher.stdout.fileno(), time.monotonic() + START_DEADLINE, "tray registration"
        )
        bus_name = service.split("/")[0] if service.startswith(":") else service
        item = "org.kde.StatusNotifierItem"
        props = "org.freedesktop.DBus.Properties"
        (menu_path,) = _call(session_bus, bus_name, "/StatusNotifierItem", props, "Get", "ss",
                             (item, "Menu"))  # fmt: skip
        assert menu_path[1] == "/MenuBar"
        _call(session_bus, bus_name, "/MenuBar", DBUSMENU, "AboutToShow", "i", (0,))
        _revision, layout = _call(
            session_bus, bus_name, "/MenuBar", DBUSMENU, "GetLayout", "iias", (0, -1, ["label"])
        )
        labels = _labels(layout)
        assert SNOOZE_ALL_TEXT in labels, labels
        assert "Quit Ghostless" in labels
        _call(session_bus, bus_name, "/MenuBar", DBUSMENU, "Event", "isvu",
              (labels[SNOOZE_ALL_TEXT], "clicked", ("i", 0), 0))  # fmt: skip

        check = Ledger.open(data_dir, SystemClock(), local_zone())
        try:
            service_ = ReminderService(check)
            clicked_at = check.clock.now()
            # What "an hour" can snooze: loops with a reminder by then (outside working
            # hours the next ones may already be later than that, and stay as they are).
            expected = {
                w.loop_id
                for w in service_.plan(owed).windows
                for r in w.reminders
                if r.at <= clicked_at + timedelta(hours=1)
            }
            assert expected

            def snoozed() -> set[int]:
                return {o.loop.id for o in service_.agenda() if o.snoozed_until is not None}

            wait_until(lambda: expected <= snoozed(), "the owed loops snoozed", 10)
            for o in service_.agenda():
                if o.loop.id in expected and o.snoozed_until is not None:
                    left = o.snoozed_until - clicked_at
                    assert timedelta(minutes=55) < left <= timedelta(hours=1, minutes=1)
        finally:
            check.close()
        assert app.poll() is None
    finally:
        stop(app)
