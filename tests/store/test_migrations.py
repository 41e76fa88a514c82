"""Every earlier schema version opens, migrates to the current one, and keeps its data.

When a migration step is added, add the rows a database at the version before it
would hold to SEEDS: the test below refuses to pass until every version has some.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlite_utils import Database

from ghostless.core.clock import FixedClock
from ghostless.core.errors import StoreError
from ghostless.core.models import LoopStatus, Turn
from ghostless.core.queries import LoopQuery
from ghostless.services.ledger import Ledger, contacts_of
from ghostless.store import database as database_module
from ghostless.store import migrations as migrations_module
from ghostless.store.database import Store
from ghostless.store.mail import MailRepository
from ghostless.store.migrations import SCHEMA_VERSION, STEP_NAMES, build_migrations
from tests.conftest import FRIDAY
from tests.helpers.storefiles import raw_connection, raw_rows, sha256

Snapshot = dict[str, dict[str, list[tuple[object, object]]]]


def _seed_nothing(conn: sqlite3.Connection) -> None:
    """Version 0: no Ghostless tables yet, so no rows to keep."""


def _seed_v1(conn: sqlite3.Connection) -> None:
    """The ledger of m001: contacts, loops with their derived columns, events."""
    conn.executemany(
        "INSERT INTO contacts (id, name, email, org, role, url, notes, tags, muted, blocked, "
        "block_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, "Priya Raman", "priya@northwind.example", "Northwind Talent", "Recruiter",
             "https://northwind.example/priya", "Met at PyCon", '["recruiter"]', 0, 0, "",
             "2026-11-01T09:00:00+00:00", "2026-11-01T09:00:00+00:00"),
            (2, "Zoë Ørsted", "", "Fjord Labs", "CTO", "", "", "[]", 0, 0, "",
             "2026-11-02T09:00:00+00:00", "2026-11-02T09:00:00+00:00"),
            (3, "Pushy Recruiter", "spam@pushy.example", "", "", "", "", "[]", 1, 1,
             "kept writing after a clear no", "2026-11-03T09:00:00+00:00",
             "2026-11-03T09:00:00+00:00"),
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO loops (id, contact_id, kind, subject, status, outcome, turn, turn_rank, "
        "turn_since, last_event_at, opened_at, closed_at, notes, search_text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, 1, "recruiter_outreach", "Senior backend role", "open", None, "mine", 0,
             "2026-11-18T08:00:00+00:00", "2026-11-18T08:00:00+00:00",
             "2026-11-18T08:00:00+00:00", None, "",
             "priya raman northwind talent recruiter recruiter outreach senior backend role"),
            (2, 2, "collaboration_proposal", "Co-writing a talk", "open", None, "theirs", 1,
             "2026-11-10T12:00:00+00:00", "2026-11-10T12:00:00+00:00",
             "2026-11-09T12:00:00+00:00", None, "maybe in spring",
             "zoë ørsted fjord labs cto collaboration proposal co-writing a talk"),
            (3, 3, "recruiter_outreach", "Unpaid test project", "closed", "blocked", "nobody", 2,
             None, "2026-11-04T10:00:00+00:00", "2026-11-04T10:00:00+00:00",
             "2026-11-05T10:00:00+00:00", "", "pushy recruiter recruiter outreach unpaid"),
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO events (loop_id, kind, at, text, created_at) VALUES (?, ?, ?, ?, ?)",
        [
            (1, "received", "2026-11-18T08:00:00+00:00", "Open to a chat?",
             "2026-11-18T08:00:00+00:00"),
            (2, "received", "2026-11-09T12:00:00+00:00", "Co-present with me?",
             "2026-11-09T12:00:00+00:00"),
            (2, "sent", "2026-11-10T12:00:00+00:00", "Let me check my calendar.",
             "2026-11-10T12:00:00+00:00"),
            (3, "received", "2026-11-04T10:00:00+00:00", "Do this 20-hour task first.",
             "2026-11-04T10:00:00+00:00"),
        ],
    )  # fmt: skip


def _seed_v2(conn: sqlite3.Connection) -> None:
    """The ledger of v1 plus m002's follow-up facts, deliveries, snoozes, settings, away."""
    _seed_v1(conn)
    conn.execute(
        "INSERT INTO contacts (id, name, created_at, updated_at) VALUES "
        "(4, 'Amara Okafor', '2026-11-05T09:00:00+00:00', '2026-11-05T09:00:00+00:00')"
    )
    conn.executemany(
        "INSERT INTO loops (id, contact_id, kind, subject, status, turn, turn_rank, turn_since, "
        "last_event_at, opened_at, deadline_at, referred_loop_id, decline_decided_at, "
        "search_text) VALUES (?, ?, ?, ?, 'open', 'mine', 0, ?, ?, ?, ?, ?, ?, ?)",
        [
            (4, 4, "job_offer", "Offer: Staff engineer", "2026-11-19T08:00:00+00:00",
             "2026-11-19T08:00:00+00:00", "2026-11-19T08:00:00+00:00",
             "2026-11-27T16:00:00+00:00", None, None, "amara okafor job offer"),
            (5, 4, "introduction", "Intro to Fjord Labs", "2026-11-19T09:00:00+00:00",
             "2026-11-19T09:00:00+00:00", "2026-11-19T09:00:00+00:00", None, 2,
             "2026-11-20T09:00:00+00:00", "amara okafor introduction"),
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO events (loop_id, kind, at, text, created_at) VALUES (?, ?, ?, '', ?)",
        [
            (4, "received", "2026-11-19T08:00:00+00:00", "2026-11-19T08:00:00+00:00"),
            (5, "received", "2026-11-19T09:00:00+00:00", "2026-11-19T09:00:00+00:00"),
        ],
    )
    conn.execute(
        "INSERT INTO deliveries (key, loop_id, rule, delivered_at, dropped) VALUES "
        "('1:reply:2026-11-18T08:00:00+00:00', 1, 'reply', '2026-11-19T08:00:00+00:00', 0)"
    )
    conn.execute(
        "INSERT INTO snoozes (key, loop_id, until) VALUES "
        "('4:offer.answer:2026-11-27T16:00:00+00:00:first', 4, '2026-11-25T08:00:00+00:00')"
    )
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [("reply_due_hours", "36"), ("working_start", '"08:30"')],
    )
    conn.execute(
        "INSERT INTO away_periods (started_at, ended_at, reason) VALUES "
        "('2026-11-10T08:00:00+00:00', '2026-11-12T08:00:00+00:00', 'illness')"
    )
    # The derived windows (instants in microseconds since the epoch): loop 4's offer,
    # with its first reminder snoozed, and the state they were computed in.
    conn.execute(
        "INSERT INTO loop_windows (loop_id, ord, key, rule, action, timing, anchor, since, "
        "opens_at, due_at, overdue_at, remind_at, expires_at, waiting) VALUES "
        "(4, 0, '4:offer.answer:2026-11-27T16:00:00+00:00', 'offer.answer', 'answer_offer', "
        "'local_days', 1795276800000000, 1795507200000000, 1795968000000000, "
        "1796140800000000, 1796227200000000, 1795968000000000, NULL, 0)"
    )
    conn.executemany(
        "INSERT INTO window_reminders (key, loop_id, ord, idx, moment, at, expires_at, "
        "fire_at, fire_key, snoozed, pending) VALUES (?, 4, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            ("4:offer.answer:2026-11-27T16:00:00+00:00:first", 0, 1795968000000000,
             1795968000000000, None, 1796025600000000,
             "4:offer.answer:2026-11-27T16:00:00+00:00:first~snoozed:"
             "2026-11-25T08:00:00+00:00", 1, 1),
            ("4:offer.answer:2026-11-27T16:00:00+00:00:last", 1, 1796140800000000,
             1796140800000000, 1796227200000000, 1796140800000000,
             "4:offer.answer:2026-11-27T16:00:00+00:00:last", 0, 0),
        ],
    )  # fmt: skip
    conn.execute(
        "INSERT INTO window_state (id, zone, settings) VALUES "
        "(1, 'Europe/Berlin', 'reply_due_hours=36;working_start=\"08:30\"')"
    )


def _seed_v3(conn: sqlite3.Connection) -> None:
    """The rows of v2 plus m003's user templates."""
    _seed_v2(conn)
    conn.executemany(
        "INSERT INTO user_templates (id, title, intent, subject, direct, softer, kinds, "
        "based_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, "My recruiter no", "decline", "Re: $subject",
             "Hi $name, thanks, but I'll pass. $my_name", "", '["recruiter_outreach"]',
             "builtin:recruiter_decline_open", "2026-11-06T09:00:00+00:00",
             "2026-11-06T09:00:00+00:00"),
            (2, "Zoë's step back", "step_back", "", "Ich brauche eine Pause. – $my_name",
             "Ich muss mich für eine Weile zurückziehen. – $my_name", "[]", None,
             "2026-11-07T09:00:00+00:00", "2026-11-08T09:00:00+00:00"),
        ],
    )  # fmt: skip


def _seed_v4(conn: sqlite3.Connection) -> None:
    """The rows of v3 plus m004's import keys and preferences."""
    _seed_v3(conn)
    conn.executemany(
        "INSERT INTO contact_keys (contact_id, kind, value) VALUES (?, ?, ?)",
        [(1, "email", "priya.r@northwind.example"), (2, "fingerprint", "0f1e2d3c4b5a")],
    )
    conn.execute(
        "INSERT INTO preferences (key, value) VALUES ('calendar_feed', '\"/tmp/ghostless.ics\"')"
    )


def _seed_v5(conn: sqlite3.Connection) -> None:
    """The rows of v4 plus m005's dismissals and the rules version of the kept windows."""
    _seed_v4(conn)
    conn.execute(
        "INSERT INTO dismissals (key, loop_id, dismissed_at) VALUES "
        "('1:offer.tell_deadline:4', 1, '2026-11-20T09:00:00+00:00')"
    )
    conn.execute("UPDATE window_state SET rules = 3")


def _seed_v6(conn: sqlite3.Connection) -> None:
    """The rows of v5 (m006 moved their addresses over) plus a labelled address and a merge."""
    _seed_v5(conn)
    conn.execute("UPDATE contact_addresses SET label = 'Work' WHERE contact_id = 1 AND is_primary")
    conn.execute(
        "INSERT INTO contact_addresses (contact_id, kind, value, label, is_primary, position, key) "
        "VALUES (2, 'phone', '+45 33 12 34 56', 'Mobile', 1, 0, '+4533123456')"
    )
    conn.execute(
        "INSERT INTO contact_merges (kept_id, other_id, kept_before, other_before, loop_ids, "
        "merged_at) VALUES (1, 9, '{}', '{}', '[]', '2026-11-04T09:00:00+00:00')"
    )


def _seed_v7(conn: sqlite3.Connection) -> None:
    """Mail (m007): a kept message, an ignored thread, a never rule, a link and a source."""
    _seed_v6(conn)
    conn.execute(
        "INSERT INTO mail_messages (message_id, in_reply_to, refs, sender, sender_name, "
        "to_addresses, cc_addresses, at, subject, snippet, marks, source, folder, stored_at) "
        "VALUES ('<a1@x.example>', NULL, '[]', 'priya@northwind.example', 'Priya Raman', "
        "'[\"me@example.org\"]', '[]', '2026-11-18T08:00:00+00:00', 'Senior backend role', "
        "'Open to a chat?', '[]', 'maildir:/m', 'INBOX', '2026-11-18T09:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO mail_ignored (message_id, decided_at) "
        "VALUES ('<b1@x.example>', '2026-11-18T09:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO mail_never (kind, value, decided_at) "
        "VALUES ('domain', 'spam.example', '2026-11-18T09:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO mail_links (message_id, loop_id, linked_at) "
        "VALUES ('<a1@x.example>', 1, '2026-11-18T09:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO mail_logged (loop_id, message_id, event_id) VALUES (1, '<a1@x.example>', 1)"
    )
    conn.execute(
        "INSERT INTO mail_sources (kind, path, added_at) "
        "VALUES ('maildir', '/home/me/Maildir', '2026-11-18T09:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO mail_me (address, added_at) "
        "VALUES ('me@example.org', '2026-11-18T09:00:00+00:00')"
    )


def _seed_v8(conn: sqlite3.Connection) -> None:
    """The rows of v7 plus an IMAP account and how far its inbox was read (m008_mail_accounts)."""
    _seed_v7(conn)
    conn.execute(
        "INSERT INTO mail_accounts (id, host, port, security, username, ca_file, addresses, "
        "sent_folder, created_at, last_sync_at, last_error) VALUES (1, 'imap.example.org', 993, "
        "'tls', 'me@example.org', '', '[\"me@example.org\", \"me@old.example\"]', 'Sent', "
        "'2026-11-05T09:00:00+00:00', '2026-11-05T09:15:00+00:00', '')"
    )
    conn.execute(
        "INSERT INTO mail_folders (account_id, name, uidvalidity, uidnext, highestmodseq, "
        "complete, synced_at) VALUES (1, 'INBOX', 1700000000, 4211, 98765, 1, "
        "'2026-11-05T09:15:00+00:00')"
    )


def _seed_v9(conn: sqlite3.Connection) -> None:
    """The rows of v8 plus m009: a task on the server, the sync state, and UIDs."""
    _seed_v8(conn)
    conn.execute(
        "INSERT INTO dav_tasks (uid, href, etag, key, loop_id, digest, due_at, written_at) "
        "VALUES ('abc@ghostless', 'http://127.0.0.1/alice/g/abc.ics', '\"e1\"', 'k', 1, 'd', "
        "'2026-11-06T09:00:00+00:00', '2026-11-05T09:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO dav_state (collection, sync_token, synced_at) "
        "VALUES ('calendar', 'http://radicale.org/ns/sync/1', '2026-11-05T09:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO dav_records (kind, uid, href, etag, digest) "
        "SELECT 'loop', uid, 'http://127.0.0.1/alice/l/' || uid || '.ics', '\"e2\"', 'd' "
        "FROM loops LIMIT 1"
    )
    conn.execute(
        "INSERT INTO loop_field_times (loop_id, field, set_at) "
        "SELECT id, 'subject', '2026-11-05T10:00:00+00:00' FROM loops LIMIT 1"
    )
    conn.execute(
        "INSERT INTO dav_conflicts (loop_uid, field, mine, theirs, mine_set_at, theirs_set_at, "
        "found_at) SELECT uid, 'kind', 'other', 'job_offer', '2026-11-05T10:00:00+00:00', "
        "'2026-11-05T10:00:30+00:00', '2026-11-05T11:00:00+00:00' FROM loops LIMIT 1"
    )


def _seed_v10(conn: sqlite3.Connection) -> None:
    """The rows of v8 plus the asks m010 derived from their events."""
    _seed_v9(conn)
    # A further message in loop 1 kept as m010 left it: the asks stay as stored.
    conn.execute(
        "UPDATE loop_asks SET answered_at = asked_at + 3600000000 WHERE loop_id = 1 AND ord = 0"
    )


def _seed_v11(conn: sqlite3.Connection) -> None:
    """The rows of v9, plus one undo step (m011: the close of loop 3 can be taken back)."""
    _seed_v10(conn)
    conn.execute(
        "INSERT INTO undo_steps (label, done_at, scope, before, after) VALUES "
        "('close the loop with Zoë', '2026-11-05T09:00:00+00:00', "
        "'{\"loops\": [3], \"contacts\": []}', '{}', '{}')"
    )


def _seed_v12(conn: sqlite3.Connection) -> None:
    """The rows of v10; the record's search index (m012) is derived from them by triggers."""
    _seed_v11(conn)


def _seed_v13(conn: sqlite3.Connection) -> None:
    """The rows of v12; m013 only indexes the events."""
    _seed_v12(conn)


def _seed_v14(conn: sqlite3.Connection) -> None:
    """The rows of v13, plus the shared ledger's first batch as read from the server (m014)."""
    _seed_v13(conn)
    conn.execute(
        "INSERT INTO dav_batches (batch, href, etag, body) VALUES "
        "(7, 'https://dav.example.com/alice/ledger/ghostless-ledger-07.ics', '\"e7\"', "
        '\'{"format":2,"loops":[]}\')'
    )


def _seed_v15(conn: sqlite3.Connection) -> None:
    """The rows of v14, written through m015's triggers: the change log holds them too."""
    _seed_v14(conn)
    logged = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    assert logged > 0


def _seed_v16(conn: sqlite3.Connection) -> None:
    """The rows of v15, plus a message a person sent through a no-reply address, with the
    Reply-To person m016_mail_reply_to keeps."""
    _seed_v15(conn)
    conn.execute(
        "INSERT INTO mail_messages (message_id, in_reply_to, refs, sender, sender_name, "
        "to_addresses, cc_addresses, at, subject, snippet, marks, source, folder, stored_at, "
        "reply_to) VALUES ('<r1@ats.example>', NULL, '[]', 'no-reply@ats.example', "
        "'Zoe Turner via Hirepoint', '[\"me@example.org\"]', '[]', '2026-11-19T08:00:00+00:00', "
        "'Your application', 'Could you pick a slot?', '[\"reply_to_person\"]', 'maildir:/m', "
        "'INBOX', '2026-11-19T09:00:00+00:00', 'zoe@lumen.example')"
    )


#: The rows a database at each schema version holds, written with that version's SQL.
SEEDS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _seed_nothing,
    1: _seed_v1,
    2: _seed_v2,
    3: _seed_v3,
    4: _seed_v4,
    5: _seed_v5,
    6: _seed_v6,
    7: _seed_v7,
    8: _seed_v8,
    9: _seed_v9,
    10: _seed_v10,
    11: _seed_v11,
    12: _seed_v12,
    13: _seed_v13,
    14: _seed_v14,
    15: _seed_v15,
    16: _seed_v16,
}


def _snapshot(path: Path) -> Snapshot:
    """Every value of every Ghostless table, by table and column, keyed by rowid."""
    shot: Snapshot = {}
    with raw_connection(path) as conn:
        # A full-text index and its shadow tables are derived from the rows here.
        virtual = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations'"
            )
            if not any(row[0] == v or row[0].startswith(f"{v}_") for v in virtual)
        ]
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            shot[table] = {
                column: [
                    (rowid, value)
                    for rowid, value in conn.execute(
                        f"SELECT rowid, {column} FROM {table} ORDER BY rowid"
                    )
                ]
                for column in columns
            }
    return shot


def _build_old_database(path: Path, version: int) -> None:
    old = Store.open(path, migrate=False)
    try:
        old.migrate(upto=version)
        assert old.schema_version() == version
        with old.write():
            SEEDS[version](old.conn)
    finally:
        old.close()


def test_every_schema_version_has_seed_rows() -> None:
    assert set(SEEDS) == set(range(SCHEMA_VERSION + 1)), (
        "add a seed for the new schema version to SEEDS"
    )


def test_the_schema_version_counts_the_steps() -> None:
    assert SCHEMA_VERSION == len(STEP_NAMES) >= 1
    assert len(set(STEP_NAMES)) == len(STEP_NAMES)


@pytest.mark.parametrize("version", range(SCHEMA_VERSION + 1))
def test_a_database_at_every_version_migrates_with_its_data_intact(
    tmp_path: Path, version: int
) -> None:
    path = tmp_path / "ghostless.sqlite3"
    _build_old_database(path, version)
    before = _snapshot(path)
    seeded_loops = len(before.get("loops", {}).get("id", []))

    store = Store.open(path)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.applied_steps() == list(STEP_NAMES)
        assert store.integrity_problems() == []
    finally:
        store.close()

    after = _snapshot(path)
    for table, columns in before.items():
        assert table in after, f"table {table} was lost"
        for column, values in columns.items():
            assert after[table].get(column) == values, f"{table}.{column} changed"

    # The migrated file works through the whole stack, old rows included.
    ledger = Ledger.open(path.parent, FixedClock(FRIDAY), ZoneInfo("Europe/Berlin"))
    try:
        loops = ledger.list_loops(LoopQuery(include_closed=True))
        assert len(loops) == seeded_loops
        for loop in loops:
            ledger.events(loop.id)
        contact_id = ledger.add_contact(name="New After Migration")
        assert ledger.contact(contact_id).name == "New After Migration"
    finally:
        ledger.close()


def test_the_seeded_v1_rows_read_back_as_the_story_says(tmp_path: Path) -> None:
    path = tmp_path / "ghostless.sqlite3"
    _build_old_database(path, 1)
    ledger = Ledger.open(path.parent, FixedClock(FRIDAY), ZoneInfo("Europe/Berlin"))
    try:
        loops = ledger.list_loops(LoopQuery(include_closed=True))
        assert [(loop.id, loop.turn, loop.status) for loop in loops] == [
            (1, Turn.MINE, LoopStatus.OPEN),
            (2, Turn.THEIRS, LoopStatus.OPEN),
            (3, Turn.NOBODY, LoopStatus.CLOSED),
        ]
        assert [loop.id for loop in ledger.list_loops(LoopQuery(text="ZOË"))] == [2]
        assert ledger.contact(3).blocked
    finally:
        ledger.close()


def test_m006_moves_every_address_over_as_primary_and_keeps_imported_ones(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ghostless.sqlite3"
    version = STEP_NAMES.index("m006_contact_addresses")
    _build_old_database(path, version)
    ledger = Ledger.open(path.parent, FixedClock(FRIDAY), ZoneInfo("Europe/Berlin"))
    try:
        priya = ledger.contact(1)
        assert [(a.kind.value, a.value, a.primary) for a in priya.addresses] == [
            ("email", "priya@northwind.example", True),
            ("email", "priya.r@northwind.example", False),  # remembered by an import
            ("url", "https://northwind.example/priya", True),
        ]
        assert (priya.email, priya.url) == (
            "priya@northwind.example",
            "https://northwind.example/priya",
        )
        assert ledger.contact(2).addresses == ()
        # Search finds the migrated contact by an address it had only as an import key.
        assert [c.id for c in contacts_of(ledger).search("priya.r@northwind")] == [1]
    finally:
        ledger.close()


def test_build_migrations_applies_exactly_the_first_steps(tmp_path: Path) -> None:
    for upto in range(SCHEMA_VERSION + 1):
        path = tmp_path / f"v{upto}.sqlite3"
        conn = sqlite3.connect(path)
        try:
            build_migrations(upto).apply(Database(conn))
        finally:
            conn.close()
        names = [row[0] for row in raw_rows(path, "SELECT name FROM _sqlite_migrations")]
        assert names == list(STEP_NAMES[:upto])
        store = Store.open(path)
        try:
            assert store.applied_steps() == list(STEP_NAMES)
        finally:
            store.close()


def test_opening_a_current_database_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "ghostless.sqlite3"
    _build_old_database(path, SCHEMA_VERSION)
    before = sha256(path)
    Store.open(path).close()
    assert sha256(path) == before


def _broken_step(db: Database) -> None:
    db.execute("CREATE TABLE reminders (id INTEGER PRIMARY KEY)")
    db.execute("THIS IS NOT SQL")


def test_a_failing_migration_leaves_the_database_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ghostless.sqlite3"
    _build_old_database(path, SCHEMA_VERSION)
    before = _snapshot(path)
    steps = (*migrations_module.STEPS, _broken_step)
    monkeypatch.setattr(migrations_module, "STEPS", steps)
    monkeypatch.setattr(database_module, "STEP_NAMES", tuple(s.__name__ for s in steps))
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", len(steps))

    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert str(path) in str(caught.value)
    assert _snapshot(path) == before
    assert raw_rows(path, "SELECT name FROM sqlite_master WHERE name = 'reminders'") == []
    names = [row[0] for row in raw_rows(path, "SELECT name FROM _sqlite_migrations")]
    assert names == list(STEP_NAMES)


def test_a_failing_first_migration_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ghostless.sqlite3"
    steps = (*migrations_module.STEPS, _broken_step)
    monkeypatch.setattr(migrations_module, "STEPS", steps)
    monkeypatch.setattr(database_module, "STEP_NAMES", tuple(s.__name__ for s in steps))
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", len(steps))
    with pytest.raises(StoreError):
        Store.open(path)
    # A new database is built aside and moved in whole: nothing half-made is left
    # for the next start to mistake for a store (or for damage).
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_m010_derives_the_asks_of_the_record_so_far(tmp_path: Path) -> None:
    path = tmp_path / "ghostless.sqlite3"
    _build_old_database(path, STEP_NAMES.index("m010_keep_in_touch"))
    store = Store.open(path)
    try:
        rows = store.conn.execute(
            "SELECT loop_id, ord, asked_at, answered_at FROM loop_asks ORDER BY loop_id, ord"
        ).fetchall()
    finally:
        store.close()
    hour = 3_600_000_000
    nov_9_noon = 1_794_225_600_000_000
    by_loop = {loop_id: (asked, answered) for loop_id, _ord, asked, answered in rows}
    # Zoë's proposal came on 9 November at noon and was answered a day later.
    assert by_loop[2] == (nov_9_noon, nov_9_noon + 24 * hour)
    # Priya's message is still unanswered; the blocked recruiter's too.
    assert by_loop[1][1] is None
    assert by_loop[3][1] is None
    assert sorted(by_loop) == [1, 2, 3, 4, 5]


def test_m009_gives_every_event_and_loop_a_uid_and_new_ones_get_theirs(tmp_path: Path) -> None:
    path = tmp_path / "ghostless.sqlite3"
    _build_old_database(path, STEP_NAMES.index("m009_dav_sync"))
    store = Store.open(path)
    try:
        old = [row[0] for row in store.conn.execute("SELECT uid FROM events")]
        assert old
        assert all(len(uid) == 32 for uid in old)
        assert len(set(old)) == len(old)
        with store.write():
            store.conn.execute(
                "INSERT INTO events (loop_id, kind, at, text, created_at) "
                "SELECT id, 'note', opened_at, 'x', opened_at "
                "FROM loops LIMIT 1"
            )
        (new,) = store.conn.execute("SELECT uid FROM events ORDER BY id DESC LIMIT 1").fetchone()
        assert len(new) == 32
        assert new not in old
        assert all(row[0] for row in store.conn.execute("SELECT uid FROM loops"))
    finally:
        store.close()


def test_m015_logs_each_write_to_a_watched_table_by_table_and_row(tmp_path: Path) -> None:
    path = tmp_path / "ghostless.sqlite3"
    _build_old_database(path, STEP_NAMES.index("m015_change_log"))
    store = Store.open(path)
    try:
        assert store.conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0
        (last,) = store.conn.execute("SELECT max(id) FROM events").fetchone()
        with store.write():
            store.conn.execute("UPDATE contacts SET muted = 1 WHERE id = 1")
            store.conn.execute("DELETE FROM events WHERE id = ?", (last,))
            store.conn.execute("UPDATE loop_windows SET waiting = waiting")  # derived: not logged
        rows = store.conn.execute("SELECT tbl, row_id FROM change_log ORDER BY seq").fetchall()
        assert rows[0] == ("contacts", 1)
        assert ("events", last) in rows
        assert {tbl for tbl, _ in rows} <= {"contacts", "events", "loops"}
    finally:
        store.close()


def test_m016_keeps_the_reply_to_person_and_old_messages_read_with_none(tmp_path: Path) -> None:
    old = tmp_path / "old" / "ghostless.sqlite3"
    old.parent.mkdir()
    _build_old_database(old, SCHEMA_VERSION - 1)  # mail kept before m016
    store = Store.open(old)
    try:
        assert [(m.message_id, m.reply_to) for m in MailRepository(store).messages()] == [
            ("<a1@x.example>", "")
        ]
    finally:
        store.close()
    new = tmp_path / "ghostless.sqlite3"
    _build_old_database(new, SCHEMA_VERSION)
    store = Store.open(new)
    try:
        kept = {m.message_id: m for m in MailRepository(store).messages()}
        relayed = kept["<r1@ats.example>"]
        assert (relayed.sender, relayed.reply_to) == ("no-reply@ats.example", "zoe@lumen.example")
    finally:
        store.close()
