"""A full recompute with the window open, at every store size: how long, and the longest frame.

For each size, :mod:`benchmarks.recompute_frames` runs in its own process on a
copy of the store (the user moved to another zone, so every window moves),
``runs`` times, and its JSON is read. The floor, measured in the same process
just before, is what SQLite alone needs for the same rows: reading the loops
and events a recompute reads, and writing as many window and reminder rows.
The recompute is given in milliseconds and as a ratio to that floor, so a cost
that grows faster than the store shows.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks.report import Figure, Report
from ghostless.services.paths import DATABASE_NAME

SECTION = "Full recompute with the window open, a new time zone ({platform})"
RECOMPUTE_GOAL_MS = 1000.0
FRAME_GOAL_MS = 50.0
CHILD_TIMEOUT_S = 600
#: The store size the goals are set at.
GOAL_LOOPS = 30_000


def recompute(report: Report, root: Path, stores: dict[int, Path], runs: int = 2) -> None:
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    section = SECTION.format(platform=platform)
    add = report.add
    for loops, store_dir in sorted(stores.items()):
        print(f"Recompute, {loops:,} loops: every window again while the list scrolls…", flush=True)
        results = [_run(root, store_dir, loops, platform, n) for n in range(runs)]
        report.details.setdefault("recompute", {})[str(loops)] = results
        took = statistics.median(r["recompute_ms"] for r in results)
        floor = statistics.median(r["floor_ms"] for r in results)
        longest = max(r["longest_gap_ms"] for r in results)
        at_goal = loops >= GOAL_LOOPS
        spread = ", ".join(f"{r['recompute_ms']:,.0f}" for r in results)
        add(Figure(section, f"{loops:,} loops: start to the views showing the new rows", took,
                   "ms", f"≤ {RECOMPUTE_GOAL_MS:.0f} ms" if at_goal else "",
                   took <= RECOMPUTE_GOAL_MS if at_goal else None,
                   note=f"runs {spread} ms; floor {floor:,.0f} ms"))  # fmt: skip
        floor_note = "floor: SQLite alone reading the same facts and writing as many rows"
        add(Figure(section, f"{loops:,} loops: recompute / floor, median", took / floor, "×",
                   digits=2, note=floor_note))  # fmt: skip
        worker = statistics.median(r["worker_ms"] for r in results)
        views = statistics.median(r["views_ms"] for r in results)
        add(Figure(section, f"{loops:,} loops:   the worker, to the rows written", worker, "ms"))
        add(Figure(section, f"{loops:,} loops:   the views re-reading, delivering", views, "ms"))
        add(Figure(section, f"{loops:,} loops: longest frame, start to views done (5 ms timer)",
                   longest, "ms", f"≤ {FRAME_GOAL_MS:.0f} ms", longest <= FRAME_GOAL_MS,
                   note=f"while the worker ran {max(r['worker_gap_ms'] for r in results):,.0f} ms; "
                   f"while the views re-read {max(r['refresh_gap_ms'] for r in results):,.0f} ms; "
                   f"p99 {max(r['p99_gap_ms'] for r in results):,.0f} ms"))  # fmt: skip


def _run(root: Path, store_dir: Path, loops: int, platform: str, n: int) -> dict[str, float]:
    work = root / f"recompute-{loops}-{n}"
    work.mkdir(mode=0o700)
    shutil.copy2(store_dir / DATABASE_NAME, work / DATABASE_NAME)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.recompute_frames", str(work), "zone"],
            env={**os.environ, "QT_QPA_PLATFORM": platform},
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=False,
            cwd=Path(__file__).resolve().parent.parent,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        print(done.stderr, file=sys.stderr)
        raise RuntimeError(f"the recompute process ended with status {done.returncode}")
    result: dict[str, float] = json.loads(lines[-1])
    return result
