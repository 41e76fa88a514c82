"""How the window behaves while every follow-up window is worked out again.

Run as ``python -m benchmarks.recompute_frames DATA_DIR`` on a copy of a
generated store: it marks the store's windows stale (as a new time zone or new
settings do), opens the real window, starts the recompute the way start-up
does, and meanwhile scrolls the loop list on a 5 ms timer, as a user would.
It prints one JSON object: the recompute's wall time, the longest gap between
two ticks of the timer while the recompute ran (a frame the user would see
freeze), the 99th percentile and the median, and the gap of the refresh that
follows. Every gap is measured on the real event loop; the clock is never
stopped early: it runs until the rows are written and the views refreshed.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ghostless.core.clock import SystemClock
from ghostless.services.ledger import Ledger
from ghostless.services.paths import DATABASE_NAME
from ghostless.ui.app import build_main_window

TICK_MS = 5


def measure(data_dir: Path) -> dict[str, float]:
    connection = sqlite3.connect(data_dir / DATABASE_NAME)
    with connection:
        connection.execute("DELETE FROM window_state")  # stale, as after a new zone
    connection.close()
    app = QApplication.instance() or QApplication(sys.argv)
    ledger = Ledger.open(data_dir, SystemClock())
    window = build_main_window(
        ledger, QSettings(str(data_dir / "bench-window.ini"), QSettings.Format.IniFormat)
    )
    window.resize(1300, 850)
    window.show()
    app.processEvents()
    gaps: list[float] = []
    last = [time.perf_counter()]
    marks: dict[str, int] = {}
    finished: dict[str, float] = {}

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        bar = window.loop_table.verticalScrollBar()
        bar.setValue((len(gaps) * 7) % max(bar.maximum(), 1))

    def done(_did: bool) -> None:
        finished["at"] = time.perf_counter()
        QTimer.singleShot(50, app.quit)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    window.recompute.started.connect(lambda: marks.setdefault("start", len(gaps)))
    window.recompute.written.connect(lambda: marks.setdefault("written", len(gaps)))
    window.recompute.finished.connect(done)
    started = time.perf_counter()
    window.start_scheduler()
    app.exec()
    timer.stop()
    during = sorted(gaps[marks.get("start", 0) : marks.get("written", len(gaps))]) or [0.0]
    after = gaps[marks.get("written", len(gaps)) :]
    window.close()
    ledger.close()
    return {
        "recompute_ms": (finished.get("at", time.perf_counter()) - started) * 1000,
        "longest_gap_ms": during[-1] * 1000,
        "p99_gap_ms": during[int(len(during) * 0.99)] * 1000,
        "median_gap_ms": during[len(during) // 2] * 1000,
        "refresh_gap_ms": max(after, default=0.0) * 1000,
        "ticks": float(len(during)),
    }


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]))))
