"""Opening the Insights tab on the largest generated store.

Run in its own process (``python -m benchmarks.insights STORE SETTINGS OUT NOW``) so
the first open pays for importing Qt Charts, as it does in the app. The floor
is a bare ``SELECT count(*) FROM events`` on raw sqlite3 in the same process.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from time import perf_counter
from typing import Any

from benchmarks.followups import WEEK_AFTER, ZONE
from benchmarks.report import Figure, Report
from ghostless.services.paths import DATABASE_NAME

SECTION = "Insights tab, {loops:,} loops"
OPEN_GOAL_MS = 300.0
RUNS = 5
CHILD_TIMEOUT_S = 600


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def insights(report: Report, root: Path, store_dir: Path, loops: int, anchor: datetime) -> None:
    """The tab opened a week after the end of the generated record (as the
    follow-up engine's figures are taken)."""
    section = SECTION.format(loops=loops)
    now = anchor + WEEK_AFTER
    print("Insights: opening the tab on the big store…", flush=True)
    work = root / "insights"
    work.mkdir(mode=0o700)
    shutil.copy2(store_dir / DATABASE_NAME, work / DATABASE_NAME)
    settings, out = root / "insights-settings", root / "insights.json"
    settings.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.insights",
            str(work),
            str(settings),
            str(out),
            now.isoformat(),
        ],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    for line in done.stderr.splitlines():
        if "propagateSizeHints" not in line:
            print(line, file=sys.stderr)
    if not out.is_file():
        raise RuntimeError(f"the Insights process ended with status {done.returncode}")
    result: dict[str, Any] = json.loads(out.read_text())
    floor = result["floor_ms"]
    first = result["first_open_ms"]
    add = report.add
    add(Figure(section, "first open: import Qt Charts, count, draw five charts", first, "ms",
               f"≤ {OPEN_GOAL_MS:.0f} ms", first <= OPEN_GOAL_MS))  # fmt: skip
    add(Figure(section, f"count again and redraw, median of {RUNS}", result["reload_ms"], "ms",
               f"≤ {OPEN_GOAL_MS:.0f} ms", result["reload_ms"] <= OPEN_GOAL_MS))  # fmt: skip
    add(Figure(section, f"  of which: the figures (SQL counts + core), median of {RUNS}",
               result["figures_ms"], "ms"))  # fmt: skip
    add(Figure(section, "floor: SELECT count(*) FROM events, raw sqlite3, median", floor, "ms",
               digits=2))  # fmt: skip
    add(Figure(section, "ratio, count again and redraw / floor", result["reload_ms"] / floor,
               "×", digits=0, note=f"{result['asks']:,} asks counted"))  # fmt: skip
    report.details["insights"] = result


def _child(store: Path, settings_dir: Path, out: Path, now: datetime) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from ghostless.core.clock import FixedClock
    from ghostless.services.insights import InsightsService
    from ghostless.services.ledger import Ledger
    from ghostless.ui.app import build_main_window, window_settings

    conn = sqlite3.connect(store / DATABASE_NAME)
    floor = []
    for _ in range(RUNS):
        started = perf_counter()
        conn.execute("SELECT count(*) FROM events").fetchall()
        floor.append(perf_counter() - started)
    asks = int(conn.execute("SELECT count(*) FROM loop_asks").fetchone()[0])
    conn.close()
    ledger = Ledger.open(store, FixedClock(now), ZONE)
    window = build_main_window(ledger, window_settings(settings_dir))
    window.resize(1300, 900)
    window.show()
    app.processEvents()
    assert "PySide6.QtCharts" not in sys.modules, "Qt Charts loaded at start-up"
    started = perf_counter()
    window.show_insights()
    app.processEvents()
    first = perf_counter() - started
    page = window.insights_tab.page
    assert page is not None
    reloads = []
    for _ in range(RUNS):
        started = perf_counter()
        page.reload()
        app.processEvents()
        reloads.append(perf_counter() - started)
    service = InsightsService(ledger)
    figures = []
    for _ in range(RUNS):
        started = perf_counter()
        service.insights(page.since)
        figures.append(perf_counter() - started)
    window.close()
    ledger.close()
    out.write_text(
        json.dumps(
            {
                "floor_ms": _median_ms(floor),
                "first_open_ms": first * 1000,
                "reload_ms": _median_ms(reloads),
                "figures_ms": _median_ms(figures),
                "reload_samples_s": reloads,
                "asks": asks,
            }
        )
    )


if __name__ == "__main__":
    _child(
        Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), datetime.fromisoformat(sys.argv[4])
    )
