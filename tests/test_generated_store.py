"""The benchmarks' generated store is a record up to its anchor: nothing in it
happened later (a store with future events would time an app no user has)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks.generate import ANCHOR, Sizes, generate

from ghostless.core.timeparse import to_utc_text
from ghostless.services.paths import DATABASE_NAME


def test_nothing_in_the_generated_record_happens_after_its_anchor(tmp_path: Path) -> None:
    generate(tmp_path / "store", Sizes.of(300), anchor=ANCHOR)
    conn = sqlite3.connect(tmp_path / "store" / DATABASE_NAME)
    try:
        last_event, events = conn.execute("SELECT max(at), count(*) FROM events").fetchone()
        last_close = conn.execute("SELECT max(closed_at) FROM loops").fetchone()[0]
    finally:
        conn.close()
    assert events >= 2_000  # the record is still as full as asked for
    assert last_event <= to_utc_text(ANCHOR)
    assert last_close <= to_utc_text(ANCHOR)
