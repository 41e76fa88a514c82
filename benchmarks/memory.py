"""Spawning a case: its wall time, or its peak resident memory.

The peak is the kernel's high-water mark of the case's resident set
(``VmHWM``, kept after exit as ``ru_maxrss``). It is read through a small
launcher process, not from the benchmark itself: Linux counts, in a child's
``ru_maxrss``, the high-water mark of the memory it was forked from, so a case
spawned straight from this (large) process would report this process's size.
The launcher is small, so its own share is below any Qt app's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from time import perf_counter

TIMEOUT_S = 60.0


@dataclass
class Run:
    seconds: float
    peak_kib: int | None
    failure: str | None = None


@dataclass
class Sampled:
    """One case's runs: wall seconds and peak RSS (KiB) of each good run, and failures."""

    name: str
    argv: list[str]
    seconds: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def spawn(argv: list[str], env: dict[str, str], timeout: float = TIMEOUT_S) -> Run:
    """Run ``argv`` to its end: seconds from spawn to exit and a failure line (no peak)."""
    with tempfile.TemporaryFile() as err:
        started = perf_counter()
        process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
        watchdog = threading.Timer(timeout, process.kill)  # by its id, never by name
        watchdog.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        elapsed = perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        del usage  # its ru_maxrss counts the memory it was forked from: see peak_rss
        peak = None
        if elapsed >= timeout:
            return Run(elapsed, None, f"still running after {timeout:.0f} s (killed)")
        if process.returncode != 0:
            err.seek(0)
            lines = err.read().decode(errors="replace").strip().splitlines() or ["(no output)"]
            return Run(elapsed, peak, f"exit status {process.returncode}: {lines[-1]}")
        return Run(elapsed, peak)


#: Runs the command given after it, then prints the largest peak RSS of its children (KiB).
_LAUNCHER = (
    "import resource, subprocess, sys; "
    "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
)


def peak_rss(argv: list[str], env: dict[str, str], timeout: float = TIMEOUT_S) -> Run:
    """Run ``argv`` to its end through the launcher; ``peak_kib`` is its own peak RSS."""
    started = perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", _LAUNCHER, *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Run(perf_counter() - started, None, f"still running after {timeout:.0f} s (killed)")
    elapsed = perf_counter() - started
    try:
        peak, code = (int(word) for word in done.stdout.split())
    except ValueError:
        return Run(elapsed, None, f"the launcher said {done.stdout!r} {done.stderr[-200:]!r}")
    if sys.platform == "darwin":
        peak //= 1024  # bytes there, KiB on Linux
    if code != 0:
        return Run(elapsed, peak, f"exit status {code}")
    return Run(elapsed, peak)


def sample_memory(cases: list[Sampled], env: dict[str, str], runs: int) -> None:
    """``runs`` rounds taking turns, each run's peak RSS into ``peak_kib``."""
    for _ in range(runs):
        for case in cases:
            run = peak_rss(case.argv, env)
            if run.failure:
                case.failures.append(run.failure)
            elif run.peak_kib is not None:
                case.peak_kib.append(run.peak_kib)


def run_interleaved(cases: list[Sampled], env: dict[str, str], runs: int) -> None:
    """Wall times: one warm-up each, then ``runs`` rounds taking turns."""
    for case in cases:
        warm = spawn(case.argv, env)
        if warm.failure:
            case.failures.append(f"warm-up: {warm.failure}")
    for _ in range(runs):
        for case in cases:
            run = spawn(case.argv, env)
            if run.failure:
                case.failures.append(run.failure)
                continue
            case.seconds.append(run.seconds)
