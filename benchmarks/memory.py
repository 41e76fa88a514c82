"""Spawning a case: its wall time and its peak resident memory.

The peak is the kernel's high-water mark of the case's resident set
(``VmHWM``, kept after exit as ``ru_maxrss``). It is read through a small
launcher process, not from the benchmark itself: Linux counts, in a child's
``ru_maxrss``, the high-water mark of the memory it was forked from, so a case
spawned straight from this (large) process would report this process's size.
The launcher is small, so its own share is below any Qt app's.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from time import perf_counter

TIMEOUT_S = 60.0


@dataclass
class Run:
    seconds: float
    peak_kib: int | None
    failure: str | None = None


#: Runs the command given after it, then prints the largest peak RSS of its children
#: (KiB), its exit status and its wall time (the launcher's own start not counted).
_LAUNCHER = (
    "import resource, subprocess, sys, time; "
    "t = time.perf_counter(); "
    "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
    "t = time.perf_counter() - t; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code, t)"
)


def peak_rss(argv: list[str], env: dict[str, str], timeout: float = TIMEOUT_S) -> Run:
    """Run ``argv`` to its end through the launcher; ``peak_kib`` is its own peak RSS and
    ``seconds`` its own wall time from spawn to exit."""
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
        words = done.stdout.split()
        peak, code, elapsed = int(words[0]), int(words[1]), float(words[2])
    except (ValueError, IndexError):
        return Run(elapsed, None, f"the launcher said {done.stdout!r} {done.stderr[-200:]!r}")
    if sys.platform == "darwin":
        peak //= 1024  # bytes there, KiB on Linux
    if code != 0:
        return Run(elapsed, peak, f"exit status {code}")
    return Run(elapsed, peak)
