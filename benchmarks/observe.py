"""Starting a process and watching it as a user's machine would: when its window has
painted, when it is ready, its memory at rest and how often it wakes up while idle.

The process reports its stages itself on a pipe (``GHOSTLESS_READY_FD``, see
:mod:`ghostless.ui.lifecycle.ready_signal`); everything else is read from ``/proc`` of
the running process: the resident set (``VmRSS``) a few seconds after it was
ready, and its wake-ups over a fixed interval, counted as the context switches
(voluntary and not) of all its threads. Each run ends with SIGTERM, by the
process's id, as the user's session ending would.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

READY_FD_ENV = "GHOSTLESS_READY_FD"
TIMEOUT_S = 120.0


@dataclass
class Observed:
    """One run: seconds from spawn to each stage, and what /proc showed at rest."""

    painted_s: float | None = None
    ready_s: float | None = None
    rss_kib: int | None = None
    wakeups: int | None = None
    failure: str | None = None


@dataclass
class Case:
    """One thing to start, and every run of it."""

    name: str
    argv: list[str]
    runs: list[Observed] = field(default_factory=list)

    def values(self, attribute: str) -> list[float]:
        found = (getattr(run, attribute) for run in self.runs if run.failure is None)
        return [float(value) for value in found if value is not None]

    @property
    def failures(self) -> list[str]:
        return [run.failure for run in self.runs if run.failure is not None]


def observe(
    argv: list[str],
    env: dict[str, str],
    *,
    rest_s: float = 0.0,
    idle_s: float = 0.0,
    timeout: float = TIMEOUT_S,
) -> Observed:
    """Start ``argv``, wait for it to be ready, then (``rest_s`` > 0) let it rest, read
    its RSS and count its wake-ups over ``idle_s``; stop it. Never raises for the child."""
    read_end, write_end = os.pipe()
    with tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(
            argv,
            env={**env, READY_FD_ENV: str(write_end)},
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        os.close(write_end)
        seen = Observed()
        try:
            stages = _read_stages(read_end, started + timeout)
            seen.painted_s = stages.get("painted")
            seen.ready_s = stages.get("ready")
            if seen.ready_s is None:
                seen.failure = _why_not_ready(process, err, timeout)
            elif rest_s > 0:
                time.sleep(rest_s)
                seen.rss_kib = rss_kib(process.pid)
                before = context_switches(process.pid)
                time.sleep(idle_s)
                seen.wakeups = context_switches(process.pid) - before
            for stage in ("painted", "ready"):
                value = getattr(seen, f"{stage}_s")
                if value is not None:
                    setattr(seen, f"{stage}_s", value - started)
        finally:
            os.close(read_end)
            _stop(process)
    return seen


def _read_stages(fd: int, deadline: float) -> dict[str, float]:
    stages: dict[str, float] = {}
    buffer = b""
    while "ready" not in stages:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            break
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            stage, _, stamp = line.decode().partition(" ")
            stages[stage] = float(stamp)
    return stages


def _why_not_ready(process: subprocess.Popen[bytes], err: IO[bytes], timeout: float) -> str:
    code = process.poll()
    if code is None:
        return f"not ready after {timeout:.0f} s (stopped)"
    err.seek(0)
    lines = err.read().decode(errors="replace").strip().splitlines() or ["(no output)"]
    return f"exit status {code} before it was ready: {lines[-1]}"


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def rss_kib(pid: int) -> int | None:
    """The resident set of ``pid`` now (``VmRSS``), KiB."""
    return _status_fields(Path(f"/proc/{pid}/status"), ("VmRSS",)).get("VmRSS")


def context_switches(pid: int) -> int:
    """Voluntary and non-voluntary context switches of every thread of ``pid`` so far."""
    total = 0
    wanted = ("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")
    for task in Path(f"/proc/{pid}/task").iterdir():
        total += sum(_status_fields(task / "status", wanted).values())
    return total


def _status_fields(path: Path, names: tuple[str, ...]) -> dict[str, int]:
    found: dict[str, int] = {}
    try:
        text = path.read_text()
    except OSError:  # the thread (or process) has just ended
        return found
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name in names:
            found[name] = int(value.split()[0])
    return found
