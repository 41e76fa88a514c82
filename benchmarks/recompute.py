"""A full recompute with the window open: how long it takes and the longest frame meanwhile.

Runs :mod:`benchmarks.recompute_frames` in its own process on a copy of the
largest store (it marks every window stale first) and reads the JSON it prints.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.report import Figure, Report
from ghostless.services.paths import DATABASE_NAME

SECTION = "Full recompute with the window open, {loops:,} loops ({platform})"
RECOMPUTE_GOAL_MS = 1000.0
FRAME_GOAL_MS = 50.0
CHILD_TIMEOUT_S = 600


def recompute(report: Report, root: Path, store_dir: Path, loops: int) -> None:
    print("Recompute: every window worked out again while the list scrolls…", flush=True)
    work = root / "recompute"
    work.mkdir(mode=0o700)
    shutil.copy2(store_dir / DATABASE_NAME, work / DATABASE_NAME)
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.recompute_frames", str(work)],
        env={**os.environ, "QT_QPA_PLATFORM": platform},
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        print(done.stderr, file=sys.stderr)
        raise RuntimeError(f"the recompute process ended with status {done.returncode}")
    result: dict[str, float] = json.loads(lines[-1])
    section = SECTION.format(loops=loops, platform=platform)
    took, longest = result["recompute_ms"], result["longest_gap_ms"]
    add = report.add
    add(Figure(section, "recompute, start to rows written and views refreshed", took, "ms",
               f"≤ {RECOMPUTE_GOAL_MS:.0f} ms", took <= RECOMPUTE_GOAL_MS))  # fmt: skip
    add(Figure(section, "longest frame while it runs (5 ms scroll timer)", longest, "ms",
               f"≤ {FRAME_GOAL_MS:.0f} ms", longest <= FRAME_GOAL_MS,
               note=f"{result['ticks']:.0f} ticks"))  # fmt: skip
    add(Figure(section, "  99th percentile frame", result["p99_gap_ms"], "ms"))
    add(Figure(section, "  median frame", result["median_gap_ms"], "ms"))
    add(Figure(section, "the refresh after it, longest frame", result["refresh_gap_ms"], "ms"))
    report.details["recompute"] = result
