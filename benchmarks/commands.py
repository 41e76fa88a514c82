"""The command line at each store size: start-up, ``loops``, ``due`` and the exports.

Every command runs as a process of its own through the launcher of
:mod:`benchmarks.memory`, so its figures are its own wall time and peak RSS;
its floor (:mod:`benchmarks.cli_floor`) reads the same rows with sqlite3 and
writes them out in the same way, in the same rounds. ``ghostless --version``
is measured against ``python -c pass``. A cost that grows faster than the
store shows as a ratio that grows from one size to the next.
"""

from __future__ import annotations

import shutil
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.desktop import isolated_env
from benchmarks.memory import peak_rss
from benchmarks.report import Figure, Report
from ghostless.services.paths import database_path

SECTION = "Command line, {runs} interleaved runs (wall time and peak RSS of each process)"
FLOOR = Path(__file__).resolve().parent / "cli_floor.py"
VERSION_GOAL = 1.5
TIMEOUT_S = 600.0


@dataclass(eq=False)  # each case is itself: the same floor serves several commands
class Timed:
    """One command's runs: wall seconds and peak RSS (KiB) of each good run, and failures."""

    argv: list[str]
    seconds: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def command_line(report: Report, root: Path, stores: dict[int, Path], runs: int) -> None:
    env = isolated_env(root)
    python = sys.executable
    app = [python, "-m", "ghostless"]
    out = root / "cli-out"
    out.mkdir(exist_ok=True)
    start = [Timed([python, "-c", "pass"]),
             Timed([*app, "--version"])]  # fmt: skip
    scaled: dict[int, dict[str, tuple[Timed, Timed]]] = {}
    for loops, store in stores.items():
        copy = root / f"cli-{loops}"
        shutil.copytree(store, copy)
        db, data = str(database_path(copy)), ["--data-dir", str(copy)]
        floor_loops = Timed([python, str(FLOOR), "loops", db])
        floor_export = Timed([python, str(FLOOR), "export", db, str(out / "f.jsonl")])
        scaled[loops] = {
            "loops": (floor_loops, Timed([*app, "loops", *data])),
            "loops --json": (floor_loops, Timed([*app, "loops", "--json", *data])),
            "due": (floor_loops, Timed([*app, "due", *data])),
            "export json": (
                floor_export,
                Timed([*app, "export", "json", str(out / "e.json"), *data]),
            ),
            "export csv": (
                floor_export,
                Timed([*app, "export", "csv", str(out / "e.csv"), *data]),
            ),
        }
    cases = list(start)
    for pairs in scaled.values():
        for floor, timed in pairs.values():
            cases += [c for c in (floor, timed) if c not in cases]
    print(f"Command line: {len(cases)} cases, warm-up + {runs} rounds…", flush=True)
    for number in range(runs + 1):
        for case in cases:
            run = peak_rss(case.argv, env, timeout=TIMEOUT_S)
            if not number:
                continue
            if run.failure:
                case.failures.append(run.failure)
            else:
                case.seconds.append(run.seconds)
                if run.peak_kib is not None:
                    case.peak_kib.append(run.peak_kib)
    section = SECTION.format(runs=runs)
    _figure(report, section, "ghostless --version", start[1], start[0], VERSION_GOAL)
    for command in ("loops", "loops --json", "due", "export json", "export csv"):
        for loops, pairs in scaled.items():
            floor, timed = pairs[command]
            _figure(report, section, f"ghostless {command}, {loops:,} loops", timed, floor, None)
    for case in cases:
        if case.failures:
            report.problems.append(
                f"command line, {' '.join(case.argv[1:4])}: {len(case.failures)} failed run(s); "
                f"first: {case.failures[0]}"
            )


def _figure(
    report: Report, section: str, name: str, timed: Timed, floor: Timed, goal: float | None
) -> None:
    if not timed.seconds or not floor.seconds:
        report.add(Figure(section, name, None, "×", f"≤ {goal:.1f}×" if goal else ""))
        return
    med, low = statistics.median(timed.seconds), min(timed.seconds)
    ratio = med / statistics.median(floor.seconds)
    peak = statistics.median(timed.peak_kib) / 1024 if timed.peak_kib else 0.0
    floor_peak = statistics.median(floor.peak_kib) / 1024 if floor.peak_kib else 0.0
    note = (
        f"median {med * 1000:,.0f} ms (min {low * 1000:,.0f}), floor median "
        f"{statistics.median(floor.seconds) * 1000:,.0f} ms (min {min(floor.seconds) * 1000:,.0f});"
        f" peak RSS {peak:,.0f} MB, floor {floor_peak:,.0f} MB"
    )
    report.add(
        Figure(section, f"{name}: / floor, median", ratio, "×",
               f"≤ {goal:.1f}×" if goal else "", (ratio <= goal) if goal else None,
               note=note, digits=2)
    )  # fmt: skip
