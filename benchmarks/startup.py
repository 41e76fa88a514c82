"""Start-up: wall time from process spawn to exit, Ghostless against a bare PySide6 window.

Ghostless runs with ``GHOSTLESS_EXIT_WHEN_READY=1``, so it quits as soon as its
main window is shown and painted. Every case gets one warm-up run, then the
cases take turns, so drift in the machine's load hits them all alike.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"
TIMEOUT_S = 60.0


@dataclass
class Case:
    """One thing to start: ``argv()`` is called before each run (it may make a fresh folder)."""

    name: str
    argv: Callable[[], list[str]]
    samples: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def isolated_env(root: Path) -> dict[str, str]:
    """The environment every case shares: offscreen Qt, and config folders of our own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GHOSTLESS_")}
    # An installed app runs from compiled modules; this machine sets
    # PYTHONDONTWRITEBYTECODE, which would make Ghostless (not the one-file
    # floor) compile itself on every start. The warm-up run fills this cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM") or "offscreen"
    env["GHOSTLESS_EXIT_WHEN_READY"] = "1"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = root / "xdg" / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    return env


def time_once(argv: list[str], env: dict[str, str]) -> tuple[float, str | None]:
    """Seconds from spawn to exit, and a one-line failure (None when it exited 0)."""
    started = perf_counter()
    try:
        done = subprocess.run(
            argv, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        return perf_counter() - started, f"still running after {TIMEOUT_S:.0f} s (killed)"
    elapsed = perf_counter() - started
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        return elapsed, f"exit status {done.returncode}: {tail}"
    return elapsed, None


def run_cases(cases: list[Case], env: dict[str, str], runs: int) -> None:
    """One warm-up each, then ``runs`` interleaved rounds."""
    for case in cases:
        _, failure = time_once(case.argv(), env)
        if failure:
            case.failures.append(f"warm-up: {failure}")
    for _ in range(runs):
        for case in cases:
            elapsed, failure = time_once(case.argv(), env)
            if failure:
                case.failures.append(failure)
            else:
                case.samples.append(elapsed)


def startup_cases(root: Path, store_dir: Path) -> list[Case]:
    """The floor, Ghostless on the generated store, and Ghostless on a fresh empty folder."""
    python = sys.executable
    app = [python, "-m", "ghostless", "--data-dir"]

    def fresh() -> list[str]:
        return [*app, str(Path(tempfile.mkdtemp(prefix="empty-", dir=root)) / "data")]

    return [
        Case("bare PySide6 window (floor)", lambda: [python, str(BARE_WINDOW)]),
        Case("Ghostless, 30,000 loops", lambda: [*app, str(store_dir)]),
        Case("Ghostless, empty data dir (first start)", fresh),
    ]
