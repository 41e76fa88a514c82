"""The SQL floor under filter-as-you-type: the store's LIKE query, timed on raw sqlite3.

Whatever the window adds on top of these numbers (building rows, resetting the
model, painting) is the GUI's own cost.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
from pathlib import Path
from time import perf_counter

from ghostless.core.queries import LoopQuery
from ghostless.store.loops import _FROM, URGENCY_ORDER, _where
from ghostless.store.rows import LOOP_COLUMNS

REPEATS = 5


def connect(db_path: Path) -> sqlite3.Connection:
    """A plain connection to the database with the store's casefold() SQL function.

    The store registers casefold() on its own connection and statements replayed
    from the app may use it, so the floor connection has it too.
    """
    conn = sqlite3.connect(db_path)
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    return conn


def _casefold(value: object) -> str:
    return str(value).casefold() if value is not None else ""


def best_of(conn: sqlite3.Connection, sql: str, params: tuple[object, ...] = ()) -> float:
    """Median seconds of ``REPEATS`` runs of a query, every row fetched."""
    times = []
    for _ in range(REPEATS):
        started = perf_counter()
        conn.execute(sql, params).fetchall()
        times.append(perf_counter() - started)
    return statistics.median(times)


def first_page_sql(text: str, limit: int) -> tuple[str, tuple[object, ...]]:
    """The statement the loop list runs for a typed filter: the first ``limit`` open loops."""
    where, params = _where(LoopQuery(text=text))
    sql = f"SELECT {LOOP_COLUMNS} {_FROM} {where} ORDER BY {URGENCY_ORDER} LIMIT ? OFFSET ?"
    return sql, (*params, limit, 0)


def count_sql(text: str) -> tuple[str, tuple[object, ...]]:
    where, params = _where(LoopQuery(text=text))
    return f"SELECT count(*) FROM loops {where}", tuple(params)


def typed_prefixes(queries: list[str]) -> list[str]:
    """Every distinct text the filter box holds while the queries are typed."""
    seen: dict[str, None] = {}
    for query in queries:
        for end in range(1, len(query) + 1):
            seen.setdefault(query[:end], None)
    return list(seen)


def store_query_floor(db_path: Path, queries: list[str], limit: int) -> dict[str, list[float]]:
    """Seconds for the first page and for a full count, for every prefix typed."""
    conn = connect(db_path)
    try:
        page, count = [], []
        for text in typed_prefixes(queries):
            page.append(best_of(conn, *first_page_sql(text, limit)))
            count.append(best_of(conn, *count_sql(text)))
        return {"first_page": page, "count": count}
    finally:
        conn.close()


def replay(db_path: Path, batches: list[list[str]]) -> list[float]:
    """Seconds for each keystroke's traced SELECT statements, replayed on raw sqlite3."""
    conn = connect(db_path)
    try:
        return [sum(best_of(conn, sql) for sql in batch) for batch in batches]
    finally:
        conn.close()


#: A candidate fix measured beside the real schema: the urgency index carrying
#: search_text, so a filter scans the index in urgency order and visits the
#: table only for rows that match.
CANDIDATE_INDEX = (
    "CREATE INDEX bench_loops_by_urgency_text "
    "ON loops (status, turn_rank, turn_since, id, search_text)"
)


def with_candidate_index(db_path: Path, scratch: Path) -> Path:
    """A copy of the database with :data:`CANDIDATE_INDEX` added."""
    scratch.mkdir(parents=True, exist_ok=True)
    copy = scratch / db_path.name
    shutil.copy2(db_path, copy)
    conn = sqlite3.connect(copy)
    try:
        conn.execute(CANDIDATE_INDEX)
        conn.commit()
    finally:
        conn.close()
    return copy
