"""Tray-only start-up and resident memory: the "Tray and memory" section.

Tray start-up: ``ghostless --data-dir D --autostart`` (D the 30,000-loop store)
with ``GHOSTLESS_EXIT_WHEN_READY=1`` quits once its tray icon is shown; the floor
is :mod:`benchmarks.bare_tray`, which shows a tray icon and quits the same way.
A tray needs a host, which the offscreen platform lacks, so both run on xcb
under a private Xvfb with a private D-Bus session bus and the fake
StatusNotifierWatcher of the integration tests (Qt then exports each icon as a
StatusNotifierItem; the watcher counts the registrations, so a run that quit
before its icon reached the host shows). Missing Xvfb or dbus-daemon: the
figures say "not measured" and why.

Memory: the peak resident set (the kernel's ``VmHWM``, read through a small
launcher: see :mod:`benchmarks.memory`) of Ghostless showing its main window on the store,
against the bare PySide6 window, offscreen, spawned alike.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.integration.private_bus import PRIVATE_BUS_CONFIG

from benchmarks.memory import Sampled, run_interleaved, sample_memory
from benchmarks.report import Figure, Report, summary
from benchmarks.startup import BARE_WINDOW, isolated_env

SECTION = "Tray and memory"
BARE_TRAY = Path(__file__).resolve().parent / "bare_tray.py"
WATCHER = Path(__file__).resolve().parents[1] / "tests" / "integration" / "fake_sni_watcher.py"
TRAY_GOAL = 1.2
MEMORY_GOAL = 1.5
MEMORY_RUNS = 5
START_DEADLINE = 15.0


class Unavailable(RuntimeError):
    """The private desktop could not be set up; the message says why."""


def tray_and_memory(report: Report, root: Path, store_dir: Path, runs: int) -> None:
    tray_startup(report, root, store_dir, runs)
    memory(report, root, store_dir)


# -- tray start-up ------------------------------------------------------------------
def tray_startup(report: Report, root: Path, store_dir: Path, runs: int) -> None:
    python = sys.executable
    floor = Sampled("bare PySide6 tray icon (floor)", [python, str(BARE_TRAY)])
    app = Sampled(
        "Ghostless --autostart, 30,000 loops",
        [python, "-m", "ghostless", "--data-dir", str(store_dir), "--autostart"],
    )
    print(f"Tray start-up under Xvfb: warm-up + {runs} interleaved runs each…", flush=True)
    try:
        with private_desktop(root / "desktop") as (desktop_env, registered):
            env = with_bytecode_cache(isolated_env(root), root) | desktop_env
            run_interleaved([floor, app], env, runs)
            expected = 2 * (runs + 1) - len(floor.failures) - len(app.failures)
            _wait_for(lambda: len(registered) >= expected, 2.0)
            seen = len(registered)
            sample_memory([floor, app], env, MEMORY_RUNS)
    except Unavailable as why:
        report.add(
            Figure(
                SECTION,
                "tray start-up, ratio of medians, Ghostless / floor",
                None,
                "×",
                f"≤ {TRAY_GOAL:.1f}×",
                note=f"not measured: {why}",
                digits=2,
            )
        )
        return
    for case in (floor, app):
        stats = summary(case.seconds)
        report.add(Figure(SECTION, f"{case.name}, median", stats.get("median_ms"), "ms"))
        report.add(Figure(SECTION, f"{case.name}, p90", stats.get("p90_ms"), "ms"))
        if case.failures:
            report.problems.append(
                f"tray start-up, {case.name}: {len(case.failures)} failed run(s); "
                f"first: {case.failures[0]}"
            )
    ratio = _ratio(app.seconds, floor.seconds)
    report.add(
        Figure(
            SECTION,
            "tray start-up, ratio of medians, Ghostless / floor",
            ratio,
            "×",
            f"≤ {TRAY_GOAL:.1f}×",
            ratio is not None and ratio <= TRAY_GOAL,
            note=f"tray icons that reached the host (StatusNotifierItem registered): "
            f"{seen} of {expected} runs",
            digits=2,
        )
    )
    if seen < expected:
        report.problems.append(
            f"tray start-up: only {seen} of {expected} runs registered a tray icon before quitting"
        )
    tray_peak = _ratio([float(k) for k in app.peak_kib], [float(k) for k in floor.peak_kib])
    report.add(
        Figure(
            SECTION,
            "tray only, peak RSS, Ghostless (median)",
            statistics.median(app.peak_kib) / 1024 if app.peak_kib else None,
            "MB",
            note=f"{tray_peak:.2f}× the bare tray icon" if tray_peak else "",
        )
    )
    report.details["tray_startup"] = {
        case.name: {"samples_s": case.seconds, "peak_kib": case.peak_kib, "failures": case.failures}
        for case in (floor, app)
    }


# -- memory -------------------------------------------------------------------------
def memory(report: Report, root: Path, store_dir: Path, runs: int = MEMORY_RUNS) -> None:
    python = sys.executable
    floor = Sampled("bare PySide6 window (floor)", [python, str(BARE_WINDOW)])
    app = Sampled(
        "Ghostless window, 30,000 loops", [python, "-m", "ghostless", "--data-dir", str(store_dir)]
    )
    print(f"Memory: peak RSS, warm-up + {runs} interleaved runs each, offscreen…", flush=True)
    env = with_bytecode_cache(isolated_env(root), root)
    env["QT_QPA_PLATFORM"] = "offscreen"
    sample_memory([floor, app], env, 1)  # warm-up: compiled modules cached
    floor.peak_kib.clear()
    app.peak_kib.clear()
    sample_memory([floor, app], env, runs)
    for case in (floor, app):
        report.add(
            Figure(
                SECTION,
                f"peak RSS, {case.name}, median",
                statistics.median(case.peak_kib) / 1024 if case.peak_kib else None,
                "MB",
            )
        )
        if case.failures:
            report.problems.append(
                f"memory, {case.name}: {len(case.failures)} failed run(s); "
                f"first: {case.failures[0]}"
            )
    ratio = _ratio([float(k) for k in app.peak_kib], [float(k) for k in floor.peak_kib])
    report.add(
        Figure(
            SECTION,
            "peak RSS, ratio of medians, Ghostless / floor",
            ratio,
            "×",
            f"≤ {MEMORY_GOAL:.1f}×",
            ratio is not None and ratio <= MEMORY_GOAL,
            digits=2,
        )
    )
    report.details["memory"] = {
        case.name: {"peak_kib": case.peak_kib, "failures": case.failures} for case in (floor, app)
    }


def with_bytecode_cache(env: dict[str, str], root: Path) -> dict[str, str]:
    """``env`` with compiled modules cached (in ``root``, not the source tree).

    Under ``PYTHONDONTWRITEBYTECODE=1`` every run would compile Ghostless's ~100
    modules afresh (about 80 ms here) while the one-file floor compiles nothing;
    an installed app runs from cached bytecode, so the warm-up run writes it.
    """
    cached = dict(env)
    cached.pop("PYTHONDONTWRITEBYTECODE", None)
    cached["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    return cached


def _ratio(values: list[float], floor: list[float]) -> float | None:
    if not values or not floor:
        return None
    return statistics.median(values) / statistics.median(floor)


def _wait_for(condition: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)


# -- the private desktop: Xvfb, a session bus, the fake tray host ---------------------
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
