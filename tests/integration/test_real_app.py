"""The real app, as a user runs it, against a real notification daemon.

``python -m ghostless --data-dir D`` runs on Xvfb with a private session bus
where dunst serves notifications. A loop went overdue while Ghostless was
closed: on start the reminder must reach dunst exactly once; after a SIGTERM
and a second start it must not come again (the store recorded the delivery),
while a reminder that came due in between does come.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, timedelta
from pathlib import Path
from typing import IO

from ghostless.core.clock import FixedClock, SystemClock
from ghostless.core.models import LoopKind
from ghostless.services.ledger import Ledger
from tests.integration.conftest import BusMonitor, wait_until

#: How long the app may take from start to the Notify call reaching the daemon.
DELIVERY_DEADLINE = 20.0
#: How long to keep counting after the first Notify, for a duplicate.
DUPLICATE_WINDOW = 3.0
FIRST, SECOND = "Priya Raman", "Jonas Weber"


def _overdue_loop(data_dir: Path, name: str, days_ago: int) -> None:
    """A recruiter wrote to me ``days_ago`` days ago and I never answered."""
    then = SystemClock().now() - timedelta(days=days_ago)
    ledger = Ledger.open(data_dir, FixedClock(then), UTC)
    try:
        contact_id = ledger.add_contact(name=name, org="Acme", role="Recruiter", email="")
        ledger.add_loop(
            contact_id=contact_id,
            kind=LoopKind.RECRUITER_OUTREACH,
            subject=f"A role for you ({name})",
            at=then,
            text="Would you be open to a chat?",
        )
    finally:
        ledger.close()


def _start_app(
    data_dir: Path, home: Path, display: str, bus: str, log: IO[bytes]
) -> subprocess.Popen[bytes]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("GHOSTLESS_EXIT_WHEN_READY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(
        DISPLAY=display,
        DBUS_SESSION_BUS_ADDRESS=bus,
        QT_QPA_PLATFORM="xcb",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_RUNTIME_DIR=str(home / "run"),
        TZ="UTC",
    )
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    return subprocess.Popen(
        [sys.executable, "-m", "ghostless", "--data-dir", str(data_dir)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def _terminate(app: subprocess.Popen[bytes]) -> int:
    app.send_signal(signal.SIGTERM)
    try:
        return app.wait(timeout=15)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait(timeout=5)
        raise


def _ours(monitor: BusMonitor, name: str) -> list[str]:
    return [call for call in monitor.notify_calls(name) if 'string "Ghostless"' in call]


def test_the_app_notifies_an_overdue_reminder_once_across_restarts(
    dunst: str, xvfb_display: str, notify_monitor: BusMonitor, tmp_path: Path
) -> None:
    data_dir, home = tmp_path / "data", tmp_path / "home"
    home.mkdir()
    _overdue_loop(data_dir, FIRST, days_ago=10)
    log_path = tmp_path / "app.log"
    with log_path.open("wb") as log:
        app = _start_app(data_dir, home, xvfb_display, dunst, log)
        try:
            wait_until(
                lambda: bool(_ours(notify_monitor, FIRST)) or app.poll() is not None,
                f"a Notify naming {FIRST}",
                DELIVERY_DEADLINE,
            )
            assert app.poll() is None, log_path.read_text()
            # Count a while longer: a second Notify would be a duplicate.
            deadline = time.monotonic() + DUPLICATE_WINDOW
            while time.monotonic() < deadline and len(_ours(notify_monitor, FIRST)) == 1:
                time.sleep(0.1)
            first_run = _ours(notify_monitor, FIRST)
            print(first_run[0])
            assert len(first_run) == 1, first_run
        finally:
            code = _terminate(app)
        print(f"first run ended with {code} after SIGTERM")
        # SIGTERM (a logout) quits the event loop: a clean exit, not a kill.
        assert code == 0

        # Meanwhile another loop went overdue; the second start notifies it, not the first.
        _overdue_loop(data_dir, SECOND, days_ago=5)
        app = _start_app(data_dir, home, xvfb_display, dunst, log)
        try:
            wait_until(
                lambda: bool(_ours(notify_monitor, SECOND)) or app.poll() is not None,
                f"a Notify naming {SECOND}",
                DELIVERY_DEADLINE,
            )
            assert app.poll() is None, log_path.read_text()
            deadline = time.monotonic() + DUPLICATE_WINDOW
            while time.monotonic() < deadline and len(_ours(notify_monitor, FIRST)) == 1:
                time.sleep(0.1)
            print(_ours(notify_monitor, SECOND)[0])
            assert len(_ours(notify_monitor, SECOND)) == 1
            assert len(_ours(notify_monitor, FIRST)) == 1, "the first reminder came again"
        finally:
            code = _terminate(app)
        print(f"second run ended with {code} after SIGTERM")
        assert code == 0
