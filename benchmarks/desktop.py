"""A private desktop for the benchmarks: Xvfb, a D-Bus session bus and a tray host.

Started by the benchmark itself, never the user's: Xvfb on a display number it
picks (``-displayfd``), a session bus of its own, and the fake
StatusNotifierWatcher of the integration tests (Qt then exports a tray icon as
a StatusNotifierItem; the watcher counts the registrations). Everything
started here is stopped by its process id on the way out.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from tests.integration.private_bus import PRIVATE_BUS_CONFIG

WATCHER = Path(__file__).resolve().parents[1] / "tests" / "integration" / "fake_sni_watcher.py"
START_DEADLINE = 15.0


class Unavailable(RuntimeError):
    """The private desktop could not be set up; the message says why."""


def isolated_env(root: Path) -> dict[str, str]:
    """The environment every case shares: config folders of our own, compiled modules
    cached (in ``root``, not the source tree), no GHOSTLESS_ settings from outside.

    An installed app runs from compiled modules; this machine sets
    PYTHONDONTWRITEBYTECODE, which would make Ghostless (not the one-file floor)
    compile itself on every start. The warm-up run fills this cache. It sets
    PYTHONUNBUFFERED too, which makes every write of a command a system call.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("GHOSTLESS_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONUNBUFFERED", None)  # set on this machine; no installed app runs with it
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM") or "offscreen"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = root / "xdg" / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    return env


@contextlib.contextmanager
def private_desktop(folder: Path) -> Iterator[tuple[dict[str, str], list[str]]]:
    """Xvfb, a private session bus and the fake StatusNotifierWatcher on both.

    Yields the environment for the children (display, bus, xcb) and the list the
    watcher's registrations are appended to as they come. Everything started here
    is stopped by its process id on the way out.
    """
    for program in ("Xvfb", "dbus-daemon"):
        if shutil.which(program) is None:
            raise Unavailable(
                f"{program} is not installed (Debian: see SYSTEM_PACKAGES in .ci/run)"
            )
    folder.mkdir(parents=True, exist_ok=True)
    started: list[subprocess.Popen[bytes]] = []
    try:
        display = _start_xvfb(started)
        address = _start_bus(folder, started)
        env = {"DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "xcb"}
        registered = _start_watcher(env, started)
        yield env, registered
    finally:
        for process in reversed(started):
            _stop(process)


def _start_xvfb(started: list[subprocess.Popen[bytes]]) -> str:
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    started.append(process)
    os.close(write_end)
    try:
        return f":{_read_line(read_end, 'Xvfb')}"
    finally:
        os.close(read_end)


def _start_bus(folder: Path, started: list[subprocess.Popen[bytes]]) -> str:
    config = folder / "session.conf"
    config.write_text(PRIVATE_BUS_CONFIG.format(folder=folder))
    process = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--print-address=1", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    started.append(process)
    assert process.stdout is not None
    return _read_line(process.stdout.fileno(), "dbus-daemon")


def _start_watcher(env: dict[str, str], started: list[subprocess.Popen[bytes]]) -> list[str]:
    process = subprocess.Popen(
        [sys.executable, str(WATCHER)],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    started.append(process)
    assert process.stdout is not None
    line = _read_line(process.stdout.fileno(), "the fake StatusNotifierWatcher")
    if line != "ready":
        raise Unavailable(f"the fake StatusNotifierWatcher said {line!r}")
    registered: list[str] = []
    stdout = process.stdout

    def collect() -> None:
        with contextlib.suppress(ValueError, OSError):  # closed when the watcher is stopped
            for raw in stdout:
                registered.append(raw.decode(errors="replace").strip())

    threading.Thread(target=collect, daemon=True).start()
    return registered


def _read_line(fd: int, what: str) -> str:
    data = b""
    deadline = time.monotonic() + START_DEADLINE
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0:
            raise Unavailable(f"{what} did not start within {START_DEADLINE:.0f} s")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 256)
            if not chunk:
                raise Unavailable(f"{what} exited before it was ready")
            data += chunk
    return data.decode().strip()


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
