"""The example loops offered on an empty store, and the store part of self-check."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import pytest

from ghostless.core.clock import FixedClock
from ghostless.core.models import LoopKind, LoopStatus, Turn
from ghostless.core.queries import LoopQuery
from ghostless.services.examples import EXAMPLES, load_examples
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.paths import DATABASE_NAME
from ghostless.services.selfcheck import check_store
from ghostless.store.database import Store
from ghostless.store.migrations import SCHEMA_VERSION
from tests.conftest import FRIDAY
from tests.helpers.storefiles import dump, sha256, sidecars

#: What each example's story implies: whose move it is, and since how many hours ago.
STORY = {
    "Senior backend role, remote": (Turn.MINE, 30),  # a recruiter wrote; I owe a reply
    "Second-round interview": (Turn.MINE, 20),  # interview held; I owe thanks
    "Intro to Daniel at Brightwave": (Turn.MINE, 52),  # introduced; I reach out
    "Co-writing a talk for the spring meetup": (Turn.THEIRS, 90),  # I answered; waiting
    "Offer: Staff engineer": (Turn.MINE, 26),  # an offer awaits my answer
    "Send Diego the conference notes": (Turn.MINE, 75),  # my promise
    "Panel interview, data platform": (Turn.THEIRS, 24 * 8.5),  # thank-you sent
}


def test_load_examples_adds_every_example_with_the_turn_its_story_implies(
    ledger: Ledger,
) -> None:
    assert load_examples(ledger) == len(EXAMPLES) == len(STORY)
    loops = ledger.list_loops(LoopQuery(include_closed=True))
    assert sorted(loop.subject for loop in loops) == sorted(STORY)
    for loop in loops:
        turn, hours_ago = STORY[loop.subject]
        assert loop.status is LoopStatus.OPEN, loop.subject
        assert loop.turn is turn, loop.subject
        assert loop.turn_since == FRIDAY - timedelta(hours=hours_ago), loop.subject
        assert ledger.events(loop.id)[0].text, loop.subject
    assert {loop.kind for loop in loops} >= {
        LoopKind.RECRUITER_OUTREACH,
        LoopKind.INTERVIEW_HELD,
        LoopKind.INTRODUCTION,
        LoopKind.JOB_OFFER,
        LoopKind.PROMISE_MINE,
    }
    assert len(ledger.search_contacts()) == len(EXAMPLES)


def test_load_examples_is_one_transaction(ledger: Ledger) -> None:
    statements: list[str] = []
    store_of(ledger).conn.set_trace_callback(statements.append)
    try:
        load_examples(ledger)
    finally:
        store_of(ledger).conn.set_trace_callback(None)
    commits = [s for s in statements if s.strip().upper().startswith(("COMMIT", "END"))]
    begins = [s for s in statements if s.strip().upper().startswith("BEGIN")]
    assert (len(begins), len(commits)) == (1, 1)


def test_load_examples_failing_midway_adds_nothing(
    ledger: Ledger, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(data_dir / DATABASE_NAME)
    real_log_event = ledger.log_event
    calls = 0

    def log_event_then_fail(*args: Any, **kwargs: Any) -> int:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise OSError("disk went away")
        return real_log_event(*args, **kwargs)

    monkeypatch.setattr(ledger, "log_event", log_event_then_fail)
    with pytest.raises(OSError, match="disk went away"):
        load_examples(ledger)
    assert calls == 2
    assert dump(data_dir / DATABASE_NAME) == before
    assert ledger.is_empty()


# -- self-check of the store ------------------------------------------------------------------
def test_check_store_on_a_fresh_folder_creates_and_approves_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "fresh" / "data"
    lines = check_store(data_dir)
    by_name = {line.name: line for line in lines}
    assert [line.name for line in lines] == [
        "data directory",
        "database",
        "schema version",
        "integrity",
    ]
    assert all(line.ok for line in lines)
    assert by_name["data directory"].value == str(data_dir)
    assert by_name["database"].value == str(data_dir / DATABASE_NAME)
    assert by_name["schema version"].value.startswith(f"{SCHEMA_VERSION} ")
    assert by_name["integrity"].value == "ok"
    assert (data_dir / DATABASE_NAME).is_file()
    assert sidecars(data_dir / DATABASE_NAME) == []


def test_check_store_on_a_corrupt_file_fails_and_leaves_it_untouched(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    path = data_dir / DATABASE_NAME
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    before = sha256(path)
    lines = check_store(data_dir)
    database = next(line for line in lines if line.name == "database")
    assert not database.ok
    assert str(path) in database.value
    assert "integrity" not in {line.name for line in lines}
    assert sha256(path) == before
    assert sidecars(path) == []


def test_check_store_reports_integrity_problems(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    ledger = Ledger.open(data_dir, FixedClock(FRIDAY), UTC)
    contact_id = ledger.add_contact(name="Priya")
    ledger.add_loop(contact_id=contact_id, kind=LoopKind.OTHER, subject="S")
    ledger.close()
    # Another program deletes the contact behind Ghostless's back, ignoring foreign keys.
    store = Store.open(data_dir / DATABASE_NAME)
    store.conn.execute("PRAGMA foreign_keys=OFF")
    with store.write() as db:
        db.execute("DELETE FROM contacts")
    store.close()
    integrity = next(line for line in check_store(data_dir) if line.name == "integrity")
    assert not integrity.ok
    assert "foreign key" in integrity.value
