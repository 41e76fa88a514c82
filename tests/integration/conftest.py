"""The real parts, started for real: a private D-Bus session bus, Xvfb and dunst.

Each is started once per session, on a bus and a display of its own (never the
developer's), and stopped by its process id at teardown. A missing program
skips the tests that need it, with the reason, except under
``GHOSTLESS_REQUIRE_INTEGRATION=1`` (set by ``.ci/run``), where it fails them:
CI must run these every time.

Waiting is only ever for a daemon to report (its address, its display, its
name on the bus, a message seen on the bus), always against a deadline.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.integration.private_bus import PRIVATE_BUS_CONFIG

REQUIRE_ENV = "GHOSTLESS_REQUIRE_INTEGRATION"
#: How long a daemon may take to come up and say so.
START_DEADLINE = 15.0
NOTIFICATIONS = "org.freedesktop.Notifications"

_DUNSTRC = """[global]
    monitor = 0
    follow = none
    font = Monospace 8
    history_length = 100
    idle_threshold = 0
    show_indicators = no
    sticky_history = yes
    markup = full

[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
"""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.integration)


def require(program: str) -> str:
    """The path of ``program``; skips (or, when required, fails) if it is not installed."""
    path = shutil.which(program)
    if path is None:
        reason = f"{program} is not installed (Debian: see SYSTEM_PACKAGES in .ci/run)"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {reason}")
        pytest.skip(reason)
    return path


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop ``process`` by its id: SIGTERM, then SIGKILL if it lingers."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    for stream in (process.stdout, process.stderr, process.stdin):
        if stream is not None:
            stream.close()


def read_line(fd: int, deadline: float, what: str) -> str:
    """One line from ``fd``, waiting until ``deadline`` (time.monotonic) for it."""
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0:
            pytest.fail(f"{what} did not report within {START_DEADLINE} s (got {data!r})")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 256)
            if not chunk:
                pytest.fail(f"{what} exited before reporting (got {data!r})")
            data += chunk
    return data.decode().strip()


def wait_until(condition: Callable[[], bool], what: str, deadline_s: float) -> None:
    """Poll ``condition`` until it holds; fail naming ``what`` after ``deadline_s``."""
    deadline = time.monotonic() + deadline_s
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not happen within {deadline_s} s")
        time.sleep(0.05)


def name_has_owner(address: str, name: str) -> bool:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    with open_dbus_connection(bus=address) as connection:
        reply = connection.send_and_get_reply(
            new_method_call(bus, "NameHasOwner", "s", (name,)), timeout=2
        )
    return bool(reply.body[0])


def start_bus(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A private session bus in ``folder``: the process and its address."""
    program = require("dbus-daemon")
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "session.conf"
    config.write_text(PRIVATE_BUS_CONFIG.format(folder=folder))
    process = subprocess.Popen(
        [program, f"--config-file={config}", "--print-address=1", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # as root: "Failed to set fd limit", harmless
    )
    assert process.stdout is not None
    try:
        address = read_line(
            process.stdout.fileno(), time.monotonic() + START_DEADLINE, "dbus-daemon"
        )
    except BaseException:
        stop(process)
        raise
    return process, address


@pytest.fixture(scope="session")
def session_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a private D-Bus session bus (no service activation)."""
    process, address = start_bus(tmp_path_factory.mktemp("bus"))
    yield address
    stop(process)


@pytest.fixture
def lone_bus(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """A bus of this test's own, with no notification server on it; the process too."""
    process, address = start_bus(tmp_path / "bus")
    yield process, address
    stop(process)


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """A virtual X display (":N", a free number picked by Xvfb itself)."""
    program = require("Xvfb")
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [program, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        number = read_line(read_end, time.monotonic() + START_DEADLINE, "Xvfb")
    except BaseException:
        stop(process)
        raise
    finally:
        os.close(read_end)
    yield f":{number}"
    stop(process)


@pytest.fixture(scope="session")
def dunst(
    session_bus: str, xvfb_display: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """dunst on the private bus and display, owning org.freedesktop.Notifications.

    Yields the bus address.
    """
    program = require("dunst")
    require("dunstctl")
    folder = tmp_path_factory.mktemp("dunst")
    rc = folder / "dunstrc"
    rc.write_text(_DUNSTRC)
    env = {
        **os.environ,
        "DISPLAY": xvfb_display,
        "DBUS_SESSION_BUS_ADDRESS": session_bus,
        "HOME": str(folder),
        "XDG_CONFIG_HOME": str(folder),
    }
    env.pop("WAYLAND_DISPLAY", None)
    log = (folder / "dunst.log").open("wb")
    process = subprocess.Popen(
        [program, "-config", str(rc)], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        wait_until(
            lambda: process.poll() is not None or name_has_owner(session_bus, NOTIFICATIONS),
            "dunst taking org.freedesktop.Notifications",
            START_DEADLINE,
        )
        if process.poll() is not None:
            pytest.fail(f"dunst exited: {(folder / 'dunst.log').read_text()[-2000:]}")
    except BaseException:
        stop(process)
        log.close()
        raise
    yield session_bus
    stop(process)
    log.close()


def dunstctl(address: str, *args: str) -> str:
    """Run ``dunstctl`` against the dunst on ``address``; its output."""
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
    done = subprocess.run(
        [require("dunstctl"), *args], env=env, capture_output=True, text=True, timeout=10
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


_HEADER = re.compile(r"^(method call|method return|signal|error) ")


@dataclass
class BusMonitor:
    """``dbus-monitor`` on a bus, watching Notify calls; the calls it has seen so far.

    Each call is the text dbus-monitor printed for it (header and arguments).
    """

    process: subprocess.Popen[bytes]
    ready: threading.Event = field(default_factory=threading.Event)
    blocks: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _read(self) -> None:
        assert self.process.stdout is not None
        current: list[str] = []
        for raw in self.process.stdout:
            line = raw.decode(errors="replace").rstrip("\n")
            self.ready.set()
            if _HEADER.match(line) and current:
                self._keep(current)
                current = []
            current.append(line)
            if not _HEADER.match(line) and line.startswith("   int32"):
                # Notify's last argument (expire_timeout): the call is complete.
                self._keep(current)
                current = []
        if current:
            self._keep(current)

    def _keep(self, lines: list[str]) -> None:
        if lines and "member=Notify" in lines[0]:
            with self._lock:
                self.blocks.append("\n".join(lines))

    def notify_calls(self, containing: str = "") -> list[str]:
        with self._lock:
            return [block for block in self.blocks if containing in block]


@pytest.fixture
def notify_monitor(session_bus: str) -> Iterator[BusMonitor]:
    """Watches every Notify call made on the private bus from now on."""
    program = require("dbus-monitor")
    process = subprocess.Popen(
        [
            program,
            "--address",
            session_bus,
            f"type='method_call',interface='{NOTIFICATIONS}',member='Notify'",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    monitor = BusMonitor(process)
    reader = threading.Thread(target=monitor._read, daemon=True)
    reader.start()
    # dbus-monitor prints its own NameAcquired/NameLost once it is monitoring.
    if not monitor.ready.wait(START_DEADLINE):
        stop(process)
        pytest.fail("dbus-monitor did not start monitoring")
    yield monitor
    stop(process)
    reader.join(timeout=5)
