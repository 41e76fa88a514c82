"""The full recompute's fast path gives exactly what the plain computation gives.

The fast path reads the facts from the ``events_by_loop_time`` index (m013) in
order, parses instants in their usual form alone, skips sorting them again,
caches working-hours arithmetic per day, and writes only the rows that differ.
The reference is the plain one: every open loop's full facts as the rest of the
app reads them, through the pure playbooks. Both run on a churned ledger whose
record crosses the daylight-saving changes of Europe (28 March 2027) and of the
United States (14 March 2027), with snoozes, deliveries, dismissals, a decision
to decline, introductions, instants stored in unusual forms and ties.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.clock import FixedClock
from ghostless.core.models import Event, EventKind
from ghostless.core.playbooks import follow_up_windows
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.recompute import Recompute
from ghostless.services.reminders import ReminderService
from ghostless.services.settings import SettingsService
from ghostless.store import windows as follow_ups
from ghostless.store.database import Store
from ghostless.store.reminders import ReminderRepository
from ghostless.store.settings import SettingsRepository
from ghostless.store.window_facts import read_facts
from tests.services.test_window_rows import START, assert_same, build, churn

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")

#: Instants as another program (or an older Ghostless) may have stored them: without
#: an offset (UTC), with one, a space for the T, a short fraction.
UNUSUAL = (
    "2027-03-14T06:30:00",
    "2027-03-28T03:30:00+02:00",
    "2027-03-27T22:00:00.5+00:00",
    "2027-03-13T12:00:00-05:00",
)


def _stored_oddly(data_dir: Path, loop_ids: list[int], rng: random.Random) -> None:
    """Events written behind the app's back (no zone: the rows are only marked stale):
    unusual forms, and pairs at the very same instant (the id decides their order)."""
    store = Store.open(data_dir / "ghostless.sqlite3")
    try:
        with store.write():
            for text in UNUSUAL:
                store.conn.execute(
                    "INSERT INTO events (loop_id, kind, at, text, created_at) "
                    "VALUES (?, ?, ?, '', ?)",
                    (rng.choice(loop_ids), rng.choice(["received", "sent", "meeting"]), text,
                     "2027-04-01T00:00:00+00:00"),
                )  # fmt: skip
            # Where the text's order is not the instants' (a space sorts before a T).
            for at, kind in (("2027-03-20 23:15:00+00:00", "sent"),
                             ("2027-03-20T08:00:00+00:00", "received")):  # fmt: skip
                store.conn.execute(
                    "INSERT INTO events (loop_id, kind, at, text, created_at) "
                    "VALUES (?, ?, ?, '', ?)",
                    (loop_ids[0], kind, at, at),
                )
            for loop_id in rng.sample(loop_ids, k=min(4, len(loop_ids))):
                same = (START + timedelta(days=rng.randrange(5, 30))).isoformat()
                for kind in rng.sample(["received", "sent", "promise"], k=2):
                    store.conn.execute(
                        "INSERT INTO events (loop_id, kind, at, text, created_at) "
                        "VALUES (?, ?, ?, '', ?)",
                        (loop_id, kind, same, same),
                    )
            follow_ups.mark_stale(store)
    finally:
        store.close()


def _plain_rows(ledger: Ledger) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The rows the plain computation gives: full facts, pure playbooks, no shortcut."""
    store = store_of(ledger)
    facts = ReminderRepository(store).open_loop_facts()
    assert not any(f.in_order for f in facts)  # the reference sorts for itself
    settings = SettingsRepository(store).load()
    windows, bare = follow_ups.compute_rows(facts, settings, ledger.zone)
    return sorted(tuple(row) for row in windows), sorted(tuple(row) for row in bare)


def _stored_rows(ledger: Ledger) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    conn = store_of(ledger).conn
    windows = conn.execute(
        f"SELECT {follow_ups.WINDOW_COLUMNS} FROM loop_windows ORDER BY loop_id, ord"
    ).fetchall()
    bare = conn.execute(
        "SELECT key, loop_id, ord, idx, moment, at, expires_at FROM window_reminders "
        "ORDER BY loop_id, ord, idx"
    ).fetchall()
    return sorted(windows), sorted(bare)


def _recompute_on_its_own_connection(ledger: Ledger) -> None:
    """As the window does it: begin, run on a connection of its own, end."""
    recompute = Recompute(ledger)
    assert recompute.needed()
    recompute.begin()
    assert recompute.run()
    assert recompute.end()


@pytest.mark.parametrize("seed", range(4))
def test_the_fast_path_gives_the_rows_of_the_plain_computation(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    clock = FixedClock(START)
    ledger = Ledger.open(tmp_path, clock, BERLIN)
    ids = build(ledger, rng, 30)
    service = ReminderService(ledger)
    churn(ledger, service, rng, ids)  # deliveries, snoozes, closes, dismissals
    ledger.close()
    _stored_oddly(tmp_path, ids, rng)

    # The user moved to New York: every window is worked out again, the fast way.
    moved = Ledger.open(tmp_path, clock, NEW_YORK)
    try:
        _recompute_on_its_own_connection(moved)
        assert _stored_rows(moved) == _plain_rows(moved)
        service = ReminderService(moved)
        for days in (3, 13, 14, 15, 27, 28, 29, 45):
            assert_same(moved, service, NEW_YORK, START + timedelta(days=days, hours=7))
        # A new setting moves some windows: only those rows are written again.
        SettingsService(moved).update({"reply_due_hours": 30}, recompute=False)
        _recompute_on_its_own_connection(moved)
        assert _stored_rows(moved) == _plain_rows(moved)
        assert_same(moved, service, NEW_YORK, START + timedelta(days=20))
    finally:
        moved.close()


def test_the_facts_come_in_order_with_the_instants_the_text_names(tmp_path: Path) -> None:
    rng = random.Random(7)
    ledger = Ledger.open(tmp_path, FixedClock(START), BERLIN)
    ids = build(ledger, rng, 25)
    ledger.close()
    _stored_oddly(tmp_path, ids, rng)
    store = Store.open(tmp_path / "ghostless.sqlite3")
    try:
        plain = {f.loop.id: f for f in ReminderRepository(store).open_loop_facts()}
        fast = read_facts(store, None)
        assert {f.loop.id for f in fast} == set(plain)
        for facts in fast:
            expected = sorted(
                (e for e in plain[facts.loop.id].events if e.kind is not EventKind.NOTE),
                key=lambda e: (e.at, e.id),
            )
            assert [(e.id, e.kind, e.at) for e in facts.events] == [
                (e.id, e.kind, e.at) for e in expected
            ]
            assert all(e.at.tzinfo is UTC for e in facts.events)
            assert facts.in_order
            assert follow_up_windows(facts, SettingsRepository(store).load(), BERLIN) == (
                follow_up_windows(plain[facts.loop.id], SettingsRepository(store).load(), BERLIN)
            )
        # The same for a few loops, as a write reads them.
        some = ids[::3]
        assert [f.events for f in read_facts(store, some)] == [
            f.events for f in fast if f.loop.id in set(some)
        ]
    finally:
        store.close()


def test_a_recompute_that_changes_nothing_writes_no_window_row(tmp_path: Path) -> None:
    rng = random.Random(3)
    ledger = Ledger.open(tmp_path, FixedClock(START), BERLIN)
    try:
        build(ledger, rng, 20)
        store = store_of(ledger)
        before = _stored_rows(ledger)
        rowids = store.conn.execute("SELECT rowid FROM window_reminders ORDER BY rowid").fetchall()
        with store.write():
            follow_ups.mark_stale(store)
        changes = store.conn.total_changes
        with store.write():
            follow_ups.rebuild_all(store, BERLIN)
        assert store.conn.total_changes - changes == 1  # window_state only
        assert _stored_rows(ledger) == before
        assert (
            store.conn.execute("SELECT rowid FROM window_reminders ORDER BY rowid").fetchall()
            == rowids
        )
    finally:
        ledger.close()


def test_m013_indexes_events_by_loop_and_time_and_drops_the_narrower_index(
    tmp_path: Path,
) -> None:
    store = Store.open(tmp_path / "ghostless.sqlite3")
    try:
        columns = [
            row[2]
            for row in store.conn.execute("PRAGMA index_info(events_by_loop_time)").fetchall()
        ]
        assert columns == ["loop_id", "at", "id", "kind"]
        names = {
            row[0]
            for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert "events_by_loop" not in names
        plan = " ".join(
            str(row[3])
            for row in store.conn.execute(
                "EXPLAIN QUERY PLAN SELECT kind, at FROM events WHERE loop_id = 1 ORDER BY at, id"
            )
        )
        assert "events_by_loop_time" in plan  # the record of one loop still reads in order
    finally:
        store.close()


def test_instants_in_the_usual_form_are_the_ones_from_utc_text_reads() -> None:
    from ghostless.core.timeparse import from_utc_text, to_utc_text

    rng = random.Random(1)
    for _ in range(500):
        instant = datetime(1971, 1, 1, tzinfo=UTC) + timedelta(
            microseconds=rng.randrange(0, 80 * 365 * 86_400 * 10**6)
        )
        if rng.random() < 0.3:
            instant = instant.replace(microsecond=0)
        text = to_utc_text(instant)
        assert len(text) in (25, 32)
        assert text[10] == "T"
        assert text.endswith("+00:00")
        assert datetime.fromisoformat(text) == from_utc_text(text) == instant
        assert datetime.fromisoformat(text).tzinfo is UTC


def test_events_made_the_fast_way_are_events_like_any_other() -> None:
    from ghostless.store.window_facts import _new_event

    at = datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    made = _new_event(7, 3, EventKind.SENT, at, "")
    assert made == Event(7, 3, EventKind.SENT, at, "")
    assert hash(made) == hash(Event(7, 3, EventKind.SENT, at, ""))
    assert type(made) is Event
    with pytest.raises(AttributeError):
        made.at = at  # type: ignore[misc]  # still frozen
