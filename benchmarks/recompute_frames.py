"""How the window behaves while every follow-up window is worked out again.

Run as ``python -m benchmarks.recompute_frames DATA_DIR [CHANGE]`` on a copy of
a generated store. CHANGE is what makes the windows stale: ``zone`` (the
default: the user moved from Berlin to New York, and every window that counts
working days or calendar days moves), ``setting`` (a later reply deadline:
the reply windows move) or ``none`` (the rows are only marked stale, as after
a new version of the rules that changes nothing). It opens the real window,
starts the recompute the way start-up does, and meanwhile scrolls the loop
list on a 5 ms timer, as a user would.

It prints one JSON object: the floor (what SQLite alone needs to read the
same facts and write as many rows, see :func:`floor_ms`); the time from the
start to the views showing the new rows, split into the worker's part (to
the rows written) and the views' (re-reading them, and delivering what came
due); the longest gap between two ticks of the timer over the whole of it (a
frame the user would see freeze), while the worker ran and while the views
re-read; the 99th percentile and the median. Every gap is measured on the
real event loop; the clock is never stopped early.
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
#: The changes that make every window stale, as SQL on the settings.
CHANGES = {
    "zone": "UPDATE settings SET value = '\"America/New_York\"' WHERE key = 'time_zone'",
    "setting": "UPDATE settings SET value = '60' WHERE key = 'reply_due_hours'",
    "none": "DELETE FROM window_state",
}


def stale(data_dir: Path, change: str) -> None:
    """Make the store's windows stale as ``change`` does (see :data:`CHANGES`)."""
    connection = sqlite3.connect(data_dir / DATABASE_NAME)
    with connection:
        connection.execute(CHANGES[change])
        connection.execute("DELETE FROM window_state")
    connection.close()


#: The facts a full recompute reads, as plain rows: open loops owed anything, their events.
_OWED = (
    "FROM loops JOIN contacts ON contacts.id = loops.contact_id "
    "WHERE loops.status = 'open' AND contacts.muted = 0 AND contacts.blocked = 0"
)
FLOOR_READS = (
    "SELECT loops.id, loops.contact_id, loops.kind, loops.opened_at, loops.deadline_at, "
    f"loops.referred_loop_id, loops.decline_decided_at {_OWED}",
    "SELECT loop_id, id, kind, at FROM events WHERE kind != 'note' "
    f"AND loop_id IN (SELECT loops.id {_OWED})",
)


def floor_ms(data_dir: Path, runs: int = 3) -> float:
    """What SQLite alone needs for a full recompute's rows, median of ``runs``: read the
    facts as plain rows, and write every window and reminder row again (rolled back)."""
    connection = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    samples = []
    try:
        tables = {
            table: connection.execute(f"SELECT * FROM {table}").fetchall()
            for table in ("loop_windows", "window_reminders")
        }
        for _ in range(runs):
            started = time.perf_counter()
            for sql in FLOOR_READS:
                connection.execute(sql).fetchall()
            connection.execute("BEGIN IMMEDIATE")
            for table, rows in tables.items():
                connection.execute(f"DELETE FROM {table}")
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    connection.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            connection.execute("ROLLBACK")
            samples.append(time.perf_counter() - started)
    finally:
        connection.close()
    return sorted(samples)[len(samples) // 2] * 1000


def measure(data_dir: Path, change: str = "zone") -> dict[str, float]:
    floor = floor_ms(data_dir)
    stale(data_dir, change)
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
    at: dict[str, float] = {}

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        bar = window.loop_table.verticalScrollBar()
        bar.setValue((len(gaps) * 7) % max(bar.maximum(), 1))

    def mark(name: str) -> None:
        marks.setdefault(name, len(gaps))
        at.setdefault(name, time.perf_counter())

    def settled(*_args: object) -> None:
        mark("settled")
        QTimer.singleShot(50, app.quit)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    window.recompute.started.connect(lambda: mark("start"))
    window.recompute.written.connect(lambda: mark("written"))
    # Before the views re-read in turns, they did it within ``finished``.
    getattr(window, "owed_settled", window.recompute.finished).connect(settled)
    started = time.perf_counter()
    window.start_scheduler()
    app.exec()
    timer.stop()
    # A mark taken while gap n is open (its tick not yet come) has the value n: that gap
    # holds what ran in the marking slot (the finish, for "written") and after it.
    start, written = marks.get("start", 0), marks.get("written", len(gaps))
    end = min(marks.get("settled", len(gaps)) + 1, len(gaps))
    whole = sorted(gaps[start:end]) or [0.0]
    during = gaps[start:written] or [0.0]
    after = gaps[written:end] or [0.0]
    window.close()
    ledger.close()
    finished = at.get("settled", time.perf_counter())
    return {
        "recompute_ms": (finished - started) * 1000,
        "floor_ms": floor,
        "worker_ms": (at.get("written", finished) - started) * 1000,
        "views_ms": (finished - at.get("written", finished)) * 1000,
        "longest_gap_ms": whole[-1] * 1000,
        "worker_gap_ms": max(during) * 1000,
        "refresh_gap_ms": max(after) * 1000,
        "p99_gap_ms": whole[int(len(whole) * 0.99)] * 1000,
        "median_gap_ms": whole[len(whole) // 2] * 1000,
        "ticks": float(len(whole)),
    }


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]), *sys.argv[2:3])))
