"""The follow-up engine over 30,000 open loops: recompute, next delivery, agenda, idle day.

Runs on a copy of the generated store in which every loop is open (the
generator closes most of them, as a real record would), so every loop has
windows to compute.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from time import perf_counter
from zoneinfo import ZoneInfo

from benchmarks.report import Figure, Report
from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind
from ghostless.core.planner import TIMER_CAP, timer_delay
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.paths import DATABASE_NAME
from ghostless.services.recompute import Recompute
from ghostless.services.recompute_child import shares
from ghostless.services.reminders import ReminderService
from ghostless.services.settings import SettingsService
from ghostless.store import windows as follow_ups
from ghostless.store.database import Store
from ghostless.store.window_facts import read_facts

SECTION = "Follow-up engine, 30,000 open loops"
RECOMPUTE_GOAL_MS = 100.0
NEXT_GOAL_MS = 1.0
PER_WRITE_GOAL_MS = 10.0
WAKEUPS_GOAL = 12
ZONE = ZoneInfo("Europe/Berlin")
#: The idle day starts a week after the end of the generated record.
WEEK_AFTER = timedelta(days=7)


def _median_ms(fn: object, runs: int) -> float:
    assert callable(fn)
    samples = []
    for _ in range(runs):
        started = perf_counter()
        fn()
        samples.append(perf_counter() - started)
    return statistics.median(samples) * 1000


def _open_every_loop(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE loops SET status = 'open', outcome = NULL, closed_at = NULL")
            conn.execute("UPDATE contacts SET muted = 0, blocked = 0")
        return int(conn.execute("SELECT count(*) FROM loops").fetchone()[0])
    finally:
        conn.close()


def _floor(path: Path) -> float:
    """The raw read of the rows a recompute reads: loops and their events."""
    conn = sqlite3.connect(path)
    try:

        def read() -> None:
            conn.execute(
                "SELECT id, contact_id, kind, opened_at, deadline_at, referred_loop_id, "
                "decline_decided_at FROM loops WHERE status = 'open'"
            ).fetchall()
            conn.execute("SELECT id, loop_id, kind, at FROM events").fetchall()

        return _median_ms(read, 3)
    finally:
        conn.close()


def follow_up_engine(
    report: Report, root: Path, store_dir: Path, anchor: datetime, runs: int = 3
) -> None:
    print("Follow-up engine: 30,000 open loops…", flush=True)
    work = root / "followups"
    work.mkdir(mode=0o700)
    path = work / DATABASE_NAME
    shutil.copy2(store_dir / DATABASE_NAME, path)
    loops = _open_every_loop(path)
    floor = _floor(path)
    store = Store.open(path)
    now = anchor + WEEK_AFTER
    ledger = Ledger(store, FixedClock(now), ZONE)
    try:
        settings = follow_ups.load_settings(store)

        def read() -> None:
            read_facts(store, None)

        facts = read_facts(store, None)

        def compute() -> None:
            follow_ups.compute_rows(facts, settings, ZONE)

        def rebuild() -> None:
            with store.write():
                follow_ups.rebuild_all(store, ZONE)

        def elsewhere() -> None:
            """As the window runs it: in processes of their own (two on two cores)."""
            with store.write():
                follow_ups.mark_stale(store)
            recompute = Recompute(ledger)
            recompute.begin()
            recompute.run_elsewhere()
            recompute.end()

        rebuild_ms = _median_ms(rebuild, runs)
        elsewhere_ms = _median_ms(elsewhere, runs)
        read_ms = _median_ms(read, runs)
        compute_ms = _median_ms(compute, runs)
        windows = int(store.conn.execute("SELECT count(*) FROM loop_windows").fetchone()[0])
        reminders = int(store.conn.execute("SELECT count(*) FROM window_reminders").fetchone()[0])
        add = report.add
        add(Figure(SECTION, f"full recompute of every window ({loops:,} loops), median", rebuild_ms,
                   "ms", f"≤ {RECOMPUTE_GOAL_MS:.0f} ms", rebuild_ms <= RECOMPUTE_GOAL_MS,
                   note=f"{windows:,} windows, {reminders:,} reminders written"))  # fmt: skip
        add(Figure(SECTION, "  in processes of their own, as the window runs it, median",
                   elsewhere_ms, "ms", note=f"split between {shares()} processes; "
                   "to the rows written, from the start of the first process"))  # fmt: skip
        add(Figure(SECTION, "  of which: reading the facts", read_ms, "ms"))
        add(Figure(SECTION, "  of which: the playbooks, to rows", compute_ms, "ms"))
        add(Figure(SECTION, "  floor: raw sqlite3 read of the same rows", floor, "ms"))

        _settings_change(report, ledger, runs)
        _per_write(report, ledger)

        service = ReminderService(ledger)
        service.deliver(now)  # the catch-up: from here the day is idle
        next_ms = _median_ms(lambda: service.next_wakeup(now), 1000)
        add(Figure(SECTION, "next delivery instant (median of 1,000)", next_ms, "ms",
                   f"≤ {NEXT_GOAL_MS:.0f} ms", next_ms <= NEXT_GOAL_MS, digits=3))  # fmt: skip
        page_ms = _median_ms(lambda: service.agenda(now, limit=50), 20)
        add(Figure(SECTION, "agenda, first page of 50 (median of 20)", page_ms, "ms"))
        ids = [loop.id for loop in ledger.list_loops(limit=60)]
        shown_ms = _median_ms(lambda: service.next_windows(ids, now), 20)
        add(Figure(SECTION, "next_windows for 60 table rows (median of 20)", shown_ms, "ms"))
        due_ms = _median_ms(lambda: service.due_now(now), 20)
        add(Figure(SECTION, "due_now with nothing due (median of 20)", due_ms, "ms", digits=3))
        _idle_day(report, service)
    finally:
        ledger.close()


def _settings_change(report: Report, ledger: Ledger, runs: int) -> None:
    """What the user waits through after changing a playbook figure in Settings: the
    save and the recompute of every window, in one transaction, with progress."""
    settings = SettingsService(ledger)
    calls: list[tuple[int, int]] = []
    values = iter([36, 48] * runs)

    def change() -> None:
        settings.update({"reply_due_hours": next(values)}, lambda d, t: calls.append((d, t)))

    change_ms = _median_ms(change, runs)
    shown = len(calls) // runs
    report.add(
        Figure(SECTION, "settings change: save and recompute every window, median", change_ms,
               "ms", note=f"progress reported {shown} times per change")
    )  # fmt: skip
    undo_ms = _median_ms(settings.undo, 1)
    report.add(Figure(SECTION, "settings undo: back and recompute", undo_ms, "ms"))


def _per_write(report: Report, ledger: Ledger) -> None:
    """One write as the window makes it: a message logged, its loop's windows recomputed
    in the same transaction (and an offer's other job loops, when it is an offer)."""
    rows = (
        store_of(ledger)
        .conn.execute("SELECT id FROM loops WHERE kind != 'job_offer' ORDER BY id LIMIT 60")
        .fetchall()
    )
    now = ledger.clock.now()
    ids = iter(int(row[0]) for row in rows)
    write_ms = _median_ms(
        lambda: ledger.log_event(next(ids), EventKind.NOTE, at=now, text="bench"), 50
    )
    goal = PER_WRITE_GOAL_MS
    report.add(
        Figure(SECTION, "one write: log a message and recompute its loop (median of 50)",
               write_ms, "ms", f"≤ {goal:.0f} ms", write_ms <= goal)
    )  # fmt: skip
    offer = (
        store_of(ledger)
        .conn.execute("SELECT id FROM loops WHERE kind = 'job_offer' ORDER BY id LIMIT 1")
        .fetchone()
    )
    if offer is not None:
        offer_ms = _median_ms(
            lambda: ledger.set_deadline(int(offer[0]), now + timedelta(days=5)), 5
        )
        notes = (
            store_of(ledger)
            .conn.execute("SELECT count(*) FROM loop_windows WHERE rule = 'offer.tell_deadline'")
            .fetchone()[0]
        )
        report.add(
            Figure(SECTION, "an offer's deadline set: the job loops active when it came, "
                   "recomputed", offer_ms, "ms", note=f"{notes:,} deadline notes now owed")
        )  # fmt: skip


def _idle_day(report: Report, service: ReminderService) -> None:
    """24 h on a fake clock: arm the timer by core.planner.timer_delay, deliver on wake."""
    start = service.ledger.clock.now()
    now, end = start, start + timedelta(hours=24)
    wakeups: Counter[int] = Counter()
    busy: set[int] = set()
    delivered = 0
    while True:
        now += timer_delay(service.next_wakeup(now), now, TIMER_CAP)
        if now >= end:
            break
        hour = int((now - start) / timedelta(hours=1))
        wakeups[hour] += 1
        got = service.deliver(now)
        if got.items or got.dropped:
            busy.add(hour)
            delivered += len(got.keys)
    idle = [wakeups[h] for h in range(24) if h not in busy]
    worst_idle = max(idle, default=0)
    report.add(
        Figure(SECTION, f"idle day: wake-ups per hour with nothing to deliver, max ({len(idle)} h)",
               worst_idle, "/h", f"≤ {WAKEUPS_GOAL}", worst_idle <= WAKEUPS_GOAL, digits=0)
    )  # fmt: skip
    report.add(
        Figure(SECTION, f"idle day: wake-ups in the busiest hour ({delivered:,} delivered)",
               max(wakeups.values(), default=0), "/h", digits=0)
    )  # fmt: skip
    report.add(Figure(SECTION, "idle day: wake-ups in 24 h", sum(wakeups.values()), "", digits=0))
