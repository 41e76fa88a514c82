"""The loop filter finds words anywhere in a loop's record, kept current by every writer.

The index (SQLite FTS5, see ``m012_record_search``) is kept by triggers: a
message logged, a note, a contact renamed, a loop deleted, rows written by a
writer that knows nothing of it (an import's plain INSERT) all show at once.
"""

from __future__ import annotations

from ghostless.core.models import EventKind, LoopKind
from ghostless.core.queries import LoopQuery
from ghostless.services.ledger import Ledger, store_of


def found(ledger: Ledger, text: str) -> list[str]:
    return [loop.subject for loop in ledger.list_loops(LoopQuery(text=text, include_closed=True))]


def test_words_in_messages_and_notes_find_their_loop(ledger: Ledger) -> None:
    ada = ledger.add_contact(name="Ada Lovelace", org="Analytical Engines")
    loop = ledger.add_loop(
        contact_id=ada, kind=LoopKind.RECRUITER_OUTREACH, subject="Staff engineer",
        text="Would you consider a role in Zürich?", notes="Met at the Babbage meetup",
    )  # fmt: skip
    other = ledger.add_loop(contact_id=ada, kind=LoopKind.HELP_RECEIVED, subject="Intro to Charles")
    assert found(ledger, "zürich") == ["Staff engineer"]
    assert found(ledger, "ZÜRICH") == ["Staff engineer"]  # case folded, accents kept
    assert found(ledger, "babb") == ["Staff engineer"]  # a word's beginning is enough
    assert found(ledger, "lovelace staff") == ["Staff engineer"]  # every word required
    assert sorted(found(ledger, "analytical")) == ["Intro to Charles", "Staff engineer"]
    assert found(ledger, "parquet") == []
    ledger.log_event(other, EventKind.RECEIVED, text="Parquet files, columnar storage")
    assert found(ledger, "parquet") == ["Intro to Charles"]
    assert found(ledger, "columnar stor") == ["Intro to Charles"]
    assert ledger.count_loops(LoopQuery(text="parquet")) == 1
    assert ledger.loop_position(other, LoopQuery(text="parquet")) == 0
    assert ledger.loop_position(loop, LoopQuery(text="parquet")) is None


def test_a_renamed_contact_and_a_deleted_loop_are_found_as_they_are_now(ledger: Ledger) -> None:
    grace = ledger.add_contact(name="Grace Hopper")
    loop = ledger.add_loop(contact_id=grace, kind=LoopKind.HELP_RECEIVED, subject="Compiler talk")
    ledger.update_contact(grace, name="Admiral Hopper")
    assert found(ledger, "admiral") == ["Compiler talk"]
    assert found(ledger, "grace") == []
    ledger.delete_loop(loop, confirmed=True)
    assert found(ledger, "compiler") == []
    rows = store_of(ledger).conn.execute("SELECT count(*) FROM loop_text").fetchone()
    assert rows[0] == 0


def test_rows_written_without_the_repositories_are_indexed_too(ledger: Ledger) -> None:
    contact = ledger.add_contact(name="Imported Person")
    loop = ledger.add_loop(contact_id=contact, kind=LoopKind.OTHER, subject="Imported")
    with store_of(ledger).write() as db:
        db["events"].insert(
            {"loop_id": loop, "kind": "note", "at": "2026-11-20T10:00:00+00:00",
             "text": "Quarterly roadmap", "created_at": "2026-11-20T10:00:00+00:00"}
        )  # fmt: skip
    assert found(ledger, "roadmap") == ["Imported"]


def test_typed_punctuation_and_operators_are_taken_literally(ledger: Ledger) -> None:
    contact = ledger.add_contact(name="Seán O'Brien", org="R&D Labs")
    loop = ledger.add_loop(contact_id=contact, kind=LoopKind.OTHER, subject='The "quoted" plan')
    ledger.log_event(loop, EventKind.NOTE, text="Not now, and not by mail")
    assert found(ledger, "o'brien") == ['The "quoted" plan']
    assert found(ledger, "r&d") == ['The "quoted" plan']
    assert found(ledger, '"quoted') == ['The "quoted" plan']
    assert found(ledger, "not and") == ['The "quoted" plan']  # words, not FTS5 operators
    assert found(ledger, "near") == []
