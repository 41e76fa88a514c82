"""The start-up benchmark's stopwatch: a started app says when its window has painted
and when its start-up work is done, on the pipe the benchmark gives it (issue 12)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from ghostless.core.clock import SystemClock
from ghostless.services.ledger import Ledger
from ghostless.services.zone import local_zone
from ghostless.ui.lifecycle.ready_signal import READY_FD_ENV

WAIT_S = 60.0


def stages_of(argv: list[str], tmp_path: Path) -> list[str]:
    read_end, write_end = os.pipe()
    env = {
        **os.environ,
        READY_FD_ENV: str(write_end),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    process = subprocess.Popen(
        argv, env=env, pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    os.close(write_end)
    text = b""
    try:
        deadline = time.monotonic() + WAIT_S
        while b"ready" not in text and time.monotonic() < deadline:
            if select.select([read_end], [], [], deadline - time.monotonic())[0]:
                chunk = os.read(read_end, 1024)
                if not chunk:
                    break
                text += chunk
    finally:
        os.close(read_end)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=WAIT_S)
    lines = text.decode().splitlines()
    assert lines, err.decode()
    stamps = [float(line.split()[1]) for line in lines]
    assert stamps == sorted(stamps)
    return [line.split()[0] for line in lines]


def test_the_app_says_when_its_window_has_painted_and_when_it_is_ready(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Ledger.open(data_dir, SystemClock(), local_zone()).close()
    argv = [sys.executable, "-m", "ghostless", "--data-dir", str(data_dir)]
    assert stages_of(argv, tmp_path) == ["painted", "ready"]


def test_the_bare_window_floor_says_it_the_same_way(tmp_path: Path) -> None:
    floor = Path(__file__).resolve().parents[2] / "benchmarks" / "bare_window.py"
    assert stages_of([sys.executable, str(floor)], tmp_path) == ["painted", "ready"]
