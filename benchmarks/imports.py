"""Importing a 30,000-row LinkedIn Connections.csv, against a raw csv + sqlite3 floor.

Both run in the same process on the same generated file: the floor reads the
rows with ``csv`` and inserts them into a bare table with one ``executemany``;
Ghostless reads, checks, matches and writes them (one transaction) into a fresh
store. A re-import of the same file (all unchanged) is measured too.
"""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.report import Figure, Report
from ghostless.core.clock import FixedClock
from ghostless.services.importers import Source
from ghostless.services.imports import import_file
from ghostless.services.ledger import Ledger
from ghostless.services.paths import database_path

SECTION = "Import: LinkedIn Connections.csv (median of {runs})"
ROWS = 30_000
GOAL_S = 3.0
RATIO_GOAL = 3.0
_FIRST = ("Ada", "Grace", "Alan", "Zoë", "Priya", "Jürgen", "Ngozi", "Kim", "Hanna", "Ivo")
_LAST = ("Lovelace", "Hopper", "Turing", "Ørsted", "Raman", "Müller", "Okafor", "Kern", "Holm")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def write_linkedin(path: Path, rows: int = ROWS, seed: int = 6) -> None:
    """A LinkedIn export: the preamble, ~2 % with e-mail, a few rows of only commas."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            'Notes:\n"When exporting your connection data, you may notice that some '
            'of the email addresses are missing."\n\n'
        )
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            (
                "First Name",
                "Last Name",
                "URL",
                "Email Address",
                "Company",
                "Position",
                "Connected On",
            )
        )
        for n in range(rows):
            if n % 1000 == 999:
                handle.write(",,,,,,\n")
                continue
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            email = f"{first.lower()}.{n}@example.com" if rng.random() < 0.02 else ""
            writer.writerow(
                (
                    first,
                    last,
                    f"https://www.linkedin.com/in/{first.lower()}-{n}",
                    email,
                    f"Company {n % 700}",
                    "Engineer",
                    f"{rng.randint(1, 28):02d} {rng.choice(_MONTHS)} {rng.randint(2010, 2026)}",
                )
            )


def floor(path: Path, db: Path) -> float:
    start = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as handle:
        for _ in range(4):
            next(handle)
        rows = list(csv.reader(handle))
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE c (a, b, c, d, e, f, g)")
    with conn:
        conn.executemany("INSERT INTO c VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()
    return time.perf_counter() - start


_TABLES = ("contacts", "contact_addresses", "contact_keys")


def schema_floor(imported: Path, fresh: Path, *, bulk: bool = False) -> float:
    """Seconds to write the rows an import wrote (every column, copied from the store
    at ``imported``) into a fresh store of the same schema, with one ``executemany``
    per table in one transaction: the cost of the tables and their indexes alone,
    without reading, checking or matching anything. ``bulk``: as a large import
    writes (ghostless.store.imports), the indexes it does not read dropped first
    and built once at the end."""
    from ghostless.store.database import Store
    from ghostless.store.imports import UNREAD_INDEXES

    source = sqlite3.connect(imported)
    tables = {}
    for table in _TABLES:
        cursor = source.execute(f"SELECT * FROM {table}")
        names = [column[0] for column in cursor.description]
        tables[table] = (names, cursor.fetchall())
    source.close()
    store = Store.open(fresh)
    try:
        start = time.perf_counter()
        with store.write():
            built = []
            if bulk:
                for name in UNREAD_INDEXES:
                    built += [
                        row[0]
                        for row in store.conn.execute(
                            "SELECT sql FROM sqlite_master WHERE name = ?", (name,)
                        )
                    ]
                    store.conn.execute(f"DROP INDEX {name}")
            for table, (names, rows) in tables.items():
                marks = ", ".join("?" for _ in names)
                store.conn.executemany(
                    f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows
                )
            for sql in built:
                store.conn.execute(sql)
        return time.perf_counter() - start
    finally:
        store.close()


def ghostless(path: Path, data_dir: Path, rows: int) -> tuple[float, float]:
    """(first import, re-import) seconds into a fresh store."""
    from datetime import UTC, datetime

    ledger = Ledger.open(
        data_dir, FixedClock(datetime(2026, 11, 20, tzinfo=UTC)), ZoneInfo("Europe/Berlin")
    )
    try:
        start = time.perf_counter()
        summary = import_file(ledger, path, Source.LINKEDIN)
        first = time.perf_counter() - start
        assert summary.created == rows - rows // 1000, summary.text()
        start = time.perf_counter()
        again = import_file(ledger, path, Source.LINKEDIN)
        second = time.perf_counter() - start
        assert again.created == 0, again.text()
        assert again.unchanged == summary.created, again.text()
    finally:
        ledger.close()
    return first, second


def import_linkedin(report: Report, scales: tuple[int, ...], runs: int = 3) -> None:
    section = SECTION.format(runs=runs)
    for rows in scales:
        print(f"Import: {rows:,}-row LinkedIn file, {runs} runs…", flush=True)
        root = Path(tempfile.mkdtemp(prefix="ghostless-import-bench-"))
        try:
            source = root / "Connections.csv"
            write_linkedin(source, rows)
            floors, firsts, seconds, schema, bulk = [], [], [], [], []
            for run in range(runs):
                floors.append(floor(source, root / f"floor-{run}.sqlite3"))
                first, second = ghostless(source, root / f"store-{run}", rows)
                firsts.append(first)
                seconds.append(second)
                written = database_path(root / f"store-{run}")
                schema.append(schema_floor(written, root / f"schema-{run}.sqlite3"))
                bulk.append(schema_floor(written, root / f"bulk-{run}.sqlite3", bulk=True))
        finally:
            shutil.rmtree(root, ignore_errors=True)
        _figures(report, section, rows, floors, firsts, seconds)
        raw = statistics.median(floors)
        written = statistics.median(schema)
        report.add(
            Figure(section, f"{rows:,} rows: where the floor is: the same rows written straight "
                   "into the store's tables", written * 1000, "ms",
                   note=f"{written / raw:.2f}× the csv floor, row by row into every index")
        )  # fmt: skip
        least = statistics.median(bulk)
        report.add(
            Figure(section, f"{rows:,} rows: the same, indexes built once at the end",
                   least * 1000, "ms",
                   note=f"{least / raw:.2f}× the csv floor: the least any import writing this "
                   f"schema takes; so reading, checking and matching take "
                   f"{(statistics.median(firsts) - least) * 1000:,.0f} ms")
        )  # fmt: skip


def _figures(
    report: Report,
    section: str,
    rows: int,
    floors: list[float],
    firsts: list[float],
    seconds: list[float],
) -> None:
    raw, first, second = (statistics.median(x) for x in (floors, firsts, seconds))
    judged = rows == ROWS  # the time goals are for 30,000 rows; the ratio holds at any size
    report.add(Figure(section, f"{rows:,} rows: raw csv + sqlite3 executemany (floor)", raw * 1000,
                      "ms", note=f"min {min(floors) * 1000:,.0f} ms"))  # fmt: skip
    report.add(
        Figure(section, f"{rows:,} rows: Ghostless import into a fresh store", first * 1000, "ms",
               f"≤ {GOAL_S * 1000:,.0f} ms" if judged else "",
               first <= GOAL_S if judged else None, note=f"min {min(firsts) * 1000:,.0f} ms")
    )  # fmt: skip
    ratio = first / raw
    report.add(
        Figure(section, f"{rows:,} rows: ratio import / floor, median", ratio, "×",
               f"≤ {RATIO_GOAL:.0f}×", ratio <= RATIO_GOAL,
               note=f"ratio of mins {min(firsts) / min(floors):.2f}×", digits=2)
    )  # fmt: skip
    report.add(
        Figure(section, f"{rows:,} rows: re-import of the same file (all unchanged)",
               second * 1000, "ms", f"≤ {GOAL_S * 1000:,.0f} ms" if judged else "",
               second <= GOAL_S if judged else None)
    )  # fmt: skip
    report.details.setdefault("imports", {})[str(rows)] = {
        "floor_s": floors,
        "first_s": firsts,
        "reimport_s": seconds,
    }
