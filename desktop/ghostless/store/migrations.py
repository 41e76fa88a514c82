"""The schema, one migration per step, applied with sqlite-utils ``Migrations``.

The steps are plain functions listed in :data:`STEPS` so that start-up can tell
whether any are pending with one query and without importing sqlite-utils
(about 110 ms). Never edit a step that has shipped: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "ghostless"


def m001_ledger(db: Database) -> None:
    """Contacts, loops and their events."""
    db.execute(
        """
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            email TEXT NOT NULL DEFAULT '',
            org TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            muted INTEGER NOT NULL DEFAULT 0 CHECK (muted IN (0, 1)),
            blocked INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
            block_reason TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE loops (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'closed', 'archived')),
            outcome TEXT,
            turn TEXT NOT NULL DEFAULT 'nobody' CHECK (turn IN ('mine', 'theirs', 'nobody')),
            turn_rank INTEGER NOT NULL DEFAULT 2,
            turn_since TEXT,
            last_event_at TEXT,
            opened_at TEXT NOT NULL,
            closed_at TEXT,
            notes TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            loop_id INTEGER NOT NULL REFERENCES loops(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('received', 'sent', 'meeting', 'promise', 'note')),
            at TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    # Lists sort by urgency in SQL (my turn first, then longest waiting) and
    # filter with LIKE on search_text. Carrying search_text in the index lets
    # SQLite test the filter while walking the index in order, without reading
    # each row: a filter that matches nothing in 30,000 loops costs ~5 ms, not ~30.
    db.execute(
        "CREATE INDEX loops_by_urgency ON loops (status, turn_rank, turn_since, id, search_text)"
    )
    db.execute(
        "CREATE INDEX loops_all_by_urgency ON loops (turn_rank, turn_since, id, search_text)"
    )
    # (contact_id, status): counting a contact's open loops reads the index alone.
    db.execute("CREATE INDEX loops_by_contact ON loops (contact_id, status)")
    db.execute("CREATE INDEX events_by_loop ON events (loop_id, at)")
    db.execute("CREATE INDEX contacts_by_name ON contacts (name COLLATE NOCASE, id, search_text)")


def m002_follow_ups(db: Database) -> None:
    """What the follow-up engine reads and remembers.

    Loops gain the facts the playbooks need beyond the record: a deadline (an
    offer's deadline, a promised date, an interview time), the introduced loop
    of an introduction, and when the user decided to decline. Deliveries keep
    every reminder key handled (so nothing is pushed twice, even after a
    restart), snoozes move a reminder to a later instant, settings hold the
    playbook figures as JSON values, and away periods pause reminders.
    """
    db.execute("ALTER TABLE loops ADD COLUMN deadline_at TEXT")
    db.execute(
        "ALTER TABLE loops ADD COLUMN referred_loop_id INTEGER "
        "REFERENCES loops(id) ON DELETE SET NULL"
    )
    db.execute("ALTER TABLE loops ADD COLUMN decline_decided_at TEXT")
    db.execute(
        """
        CREATE TABLE deliveries (
            key TEXT PRIMARY KEY,
            loop_id INTEGER NOT NULL REFERENCES loops(id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            delivered_at TEXT NOT NULL,
            dropped INTEGER NOT NULL DEFAULT 0 CHECK (dropped IN (0, 1))
        )
        """
    )
    db.execute(
        """
        CREATE TABLE snoozes (
            key TEXT PRIMARY KEY,
            loop_id INTEGER NOT NULL REFERENCES loops(id) ON DELETE CASCADE,
            until TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL CHECK (json_valid(value))
        )
        """
    )
    db.execute(
        """
        CREATE TABLE away_periods (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            reason TEXT NOT NULL
                CHECK (reason IN ('illness', 'bereavement', 'burnout', 'other'))
        )
        """
    )
    # The follow-up windows, derived from the facts, the settings and the zone and
    # recomputed with every write that changes them (see ghostless.store.windows).
    # Instants are integer microseconds since the Unix epoch, UTC.
    db.execute(
        """
        CREATE TABLE loop_windows (
            loop_id INTEGER NOT NULL REFERENCES loops(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            key TEXT NOT NULL,
            rule TEXT NOT NULL,
            action TEXT NOT NULL,
            timing TEXT NOT NULL,
            anchor INTEGER NOT NULL,
            since INTEGER NOT NULL,
            opens_at INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            overdue_at INTEGER NOT NULL,
            remind_at INTEGER,
            expires_at INTEGER,
            waiting INTEGER NOT NULL CHECK (waiting IN (0, 1)),
            PRIMARY KEY (loop_id, ord)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE window_reminders (
            key TEXT NOT NULL,
            loop_id INTEGER NOT NULL REFERENCES loops(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            moment INTEGER NOT NULL,
            at INTEGER NOT NULL,
            expires_at INTEGER,
            fire_at INTEGER NOT NULL,
            fire_key TEXT NOT NULL,
            snoozed INTEGER NOT NULL CHECK (snoozed IN (0, 1)),
            pending INTEGER NOT NULL CHECK (pending IN (0, 1)),
            PRIMARY KEY (loop_id, ord, idx)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE window_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            zone TEXT NOT NULL,
            settings TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX loop_windows_by_due ON loop_windows (due_at)")
    db.execute("CREATE INDEX loop_windows_by_remind ON loop_windows (remind_at)")
    # The next delivery: the first pending reminder in this index.
    db.execute("CREATE INDEX reminders_pending ON window_reminders (fire_at) WHERE pending = 1")
    db.execute("CREATE INDEX reminders_by_fire_key ON window_reminders (fire_key)")
    db.execute("CREATE INDEX deliveries_by_loop ON deliveries (loop_id)")
    db.execute("CREATE INDEX snoozes_by_loop ON snoozes (loop_id)")
    db.execute("CREATE INDEX loops_by_referred ON loops (referred_loop_id)")
    # At most one period without an end: the one the user is in now.
    db.execute(
        "CREATE UNIQUE INDEX away_one_open ON away_periods ((ended_at IS NULL)) "
        "WHERE ended_at IS NULL"
    )


def m003_user_templates(db: Database) -> None:
    """The user's own message templates (the built-in ones live in the code).

    Each has a direct and a softer variant, the intent the draft checker reads
    it as, the loop kinds it fits (a JSON list) and the built-in it was
    duplicated from, if any. Templates never hold secrets: only message text.
    """
    db.execute(
        """
        CREATE TABLE user_templates (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            intent TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            direct TEXT NOT NULL CHECK (length(trim(direct)) > 0),
            softer TEXT NOT NULL DEFAULT '',
            kinds TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(kinds)),
            based_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX user_templates_by_title ON user_templates (title COLLATE NOCASE, id)")


def m004_imports(db: Database) -> None:
    """What re-importing needs to recognise people, and the app's own preferences.

    ``contact_keys`` holds identity keys an import saw for a contact beyond its
    own ``email`` and ``url`` columns: further e-mail addresses and, for records
    with neither, a content fingerprint, so the same export imported twice
    updates rather than duplicates. ``preferences`` holds choices that are not
    playbook settings (the calendar file kept up to date, say), so changing
    them never recomputes the follow-up windows.
    """
    db.execute(
        """
        CREATE TABLE contact_keys (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('email', 'url', 'fingerprint')),
            value TEXT NOT NULL CHECK (length(value) > 0),
            PRIMARY KEY (kind, value, contact_id)
        )
        """
    )
    db.execute("CREATE INDEX contact_keys_by_contact ON contact_keys (contact_id)")
    db.execute(
        """
        CREATE TABLE preferences (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL CHECK (json_valid(value))
        )
        """
    )


def m005_agenda(db: Database) -> None:
    """Items the user dismissed, and the version of the rules the windows were computed by.

    ``dismissals`` holds the keys of dismissible items (telling another
    process about an offer's deadline) the user chose not to act on.
    ``window_state.rules`` records the playbook version behind the kept
    windows, so a new version recomputes them all once (the rows kept so far
    say 0). Repair advice is no longer a window of its own: its derived rows are
    dropped here, so nothing reads a rule this version does not know before the
    recompute has run.
    """
    db.execute(
        """
        CREATE TABLE dismissals (
            key TEXT PRIMARY KEY,
            loop_id INTEGER NOT NULL REFERENCES loops(id) ON DELETE CASCADE,
            dismissed_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX dismissals_by_loop ON dismissals (loop_id)")
    # Every write to a job loop reads the open offers, and every write asks which
    # loops hold a note about one; when an offer changes, the job loops still active
    # when it arrived are found (see core.playbooks). A few rows among tens of
    # thousands each time, found through these two.
    db.execute("CREATE INDEX loops_by_kind_activity ON loops (kind, status, last_event_at)")
    db.execute(
        "CREATE INDEX loop_windows_deadline_notes ON loop_windows (loop_id) "
        "WHERE rule = 'offer.tell_deadline'"
    )
    db.execute("ALTER TABLE window_state ADD COLUMN rules INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "DELETE FROM window_reminders WHERE (loop_id, ord) IN "
        "(SELECT loop_id, ord FROM loop_windows WHERE rule = 'repair')"
    )
    db.execute("DELETE FROM loop_windows WHERE rule = 'repair'")


def m006_contact_addresses(db: Database) -> None:
    """Any number of e-mail addresses, phone numbers and profile URLs per contact.

    Each address has a label and at most one of each kind per contact is
    primary (the one also kept in the contact's own ``email``, ``phone`` and
    ``url`` columns, which everything that shows one address reads). ``key``
    is the address normalised for matching people (see
    ``ghostless.core.validation.address_key``). The step moves every contact's
    address over as its primary one, and the further e-mail addresses imports
    remembered in ``contact_keys`` as further addresses: nothing is lost.

    ``contact_merges`` keeps what a merge of two contacts changed, so it can
    be undone: the contact merged away as it was, the kept one as it was, and
    the loops moved.
    """
    from ghostless.core.models import AddressKind
    from ghostless.core.validation import address_key

    db.execute(
        """
        CREATE TABLE contact_addresses (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'url')),
            value TEXT NOT NULL CHECK (length(value) > 0),
            label TEXT NOT NULL DEFAULT '',
            is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
            position INTEGER NOT NULL DEFAULT 0,
            key TEXT NOT NULL
        )
        """
    )
    db.execute(
        "CREATE INDEX contact_addresses_by_contact ON contact_addresses (contact_id, position)"
    )
    db.execute("CREATE INDEX contact_addresses_by_key ON contact_addresses (kind, key)")
    db.execute(
        "CREATE UNIQUE INDEX contact_addresses_one_primary ON contact_addresses "
        "(contact_id, kind) WHERE is_primary = 1"
    )
    db.execute(
        """
        CREATE TABLE contact_merges (
            id INTEGER PRIMARY KEY,
            kept_id INTEGER NOT NULL,
            other_id INTEGER NOT NULL,
            kept_before TEXT NOT NULL CHECK (json_valid(kept_before)),
            other_before TEXT NOT NULL CHECK (json_valid(other_before)),
            loop_ids TEXT NOT NULL CHECK (json_valid(loop_ids)),
            merged_at TEXT NOT NULL,
            undone_at TEXT
        )
        """
    )
    rows: list[tuple[int, str, str, int, int, str]] = []
    for contact_id, email, phone, url in db.execute(
        "SELECT id, email, phone, url FROM contacts ORDER BY id"
    ).fetchall():
        # In the order every write keeps: e-mail (primary first), phone, URL.
        found: list[tuple[str, str, int, str]] = []
        if email:
            found.append(("email", email, 1, address_key(AddressKind.EMAIL, email)))
        for (value,) in db.execute(
            "SELECT value FROM contact_keys WHERE contact_id = ? AND kind = 'email' ORDER BY value",
            [contact_id],
        ).fetchall():
            if not email or value != address_key(AddressKind.EMAIL, email):
                # Kept case-folded by m004; still the person's address.
                found.append(("email", value, 0, value))
        if phone:
            found.append(("phone", phone, 1, address_key(AddressKind.PHONE, phone)))
        if url:
            found.append(("url", url, 1, address_key(AddressKind.URL, url)))
        rows += [
            (contact_id, kind, value, primary, position, key)
            for position, (kind, value, primary, key) in enumerate(found)
        ]
    db.conn.executemany(
        "INSERT INTO contact_addresses (contact_id, kind, value, is_primary, position, key) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    # The contacts' own columns, search_text included, stay as they were: a
    # filter also looks through contact_addresses (ghostless.store.contacts).


#: What the loop filter searches: one document per loop, its contact's name,
#: organisation and role, its kind and subject (``search_text``), its notes and
#: the text of every event in its record. Kept by triggers, so every writer
#: (the window, imports, merges, mail, sync) keeps it without knowing of it.
LOOP_DOCUMENT_SQL = (
    "SELECT loops.id, loops.search_text || ' ' || loops.notes || ' ' || "
    "coalesce((SELECT group_concat(events.text, ' ') FROM events "
    "WHERE events.loop_id = loops.id), '') FROM loops"
)


def m012_record_search(db: Database) -> None:
    """Full-text search over each loop's record (SQLite FTS5), kept by triggers."""
    db.execute(
        "CREATE VIRTUAL TABLE loop_text USING fts5(body, "
        # Accents count, as in the names' filter ("zoe" is not "Zoë").
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')"
    )
    db.execute(f"INSERT INTO loop_text (rowid, body) {LOOP_DOCUMENT_SQL}")
    refresh = (
        "INSERT OR REPLACE INTO loop_text (rowid, body) "
        f"{LOOP_DOCUMENT_SQL} WHERE loops.id = {{row}}.{{column}};"
    )
    triggers = {
        "loop_text_event_added": ("AFTER INSERT ON events", "NEW", "loop_id"),
        "loop_text_event_changed": ("AFTER UPDATE OF text, loop_id ON events", "NEW", "loop_id"),
        "loop_text_event_moved": ("AFTER UPDATE OF loop_id ON events", "OLD", "loop_id"),
        "loop_text_event_removed": ("AFTER DELETE ON events", "OLD", "loop_id"),
        "loop_text_loop_added": ("AFTER INSERT ON loops", "NEW", "id"),
        "loop_text_loop_changed": ("AFTER UPDATE OF search_text, notes ON loops", "NEW", "id"),
    }
    for name, (when, row, column) in triggers.items():
        db.execute(
            f"CREATE TRIGGER {name} {when} BEGIN " + refresh.format(row=row, column=column) + " END"
        )
    db.execute(
        "CREATE TRIGGER loop_text_loop_removed AFTER DELETE ON loops BEGIN "
        "DELETE FROM loop_text WHERE rowid = OLD.id; END"
    )


def m007_mail(db: Database) -> None:
    """Mail awareness (issue 14): the messages kept, the user's decisions, loop links.

    A message keeps only the fields issue 14 names (no body), once per
    Message-ID however many folders hold it. Decisions and links name a thread
    by a Message-ID in it (its first when decided), so they still find it when
    older messages arrive later.
    """
    db.execute(
        """
        CREATE TABLE mail_messages (
            message_id TEXT PRIMARY KEY,
            in_reply_to TEXT,
            refs TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(refs)),
            sender TEXT NOT NULL DEFAULT '',
            sender_name TEXT NOT NULL DEFAULT '',
            to_addresses TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(to_addresses)),
            cc_addresses TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cc_addresses)),
            at TEXT,
            subject TEXT NOT NULL DEFAULT '',
            snippet TEXT NOT NULL DEFAULT '' CHECK (length(snippet) <= 200),
            marks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(marks)),
            source TEXT NOT NULL DEFAULT '',
            folder TEXT NOT NULL DEFAULT '',
            stored_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX mail_messages_by_time ON mail_messages (at)")
    db.execute(
        """
        CREATE TABLE mail_ignored (
            message_id TEXT PRIMARY KEY,
            decided_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE mail_never (
            kind TEXT NOT NULL CHECK (kind IN ('sender', 'domain')),
            value TEXT NOT NULL CHECK (length(value) > 0),
            decided_at TEXT NOT NULL,
            PRIMARY KEY (kind, value)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE mail_links (
            message_id TEXT PRIMARY KEY,
            loop_id INTEGER NOT NULL UNIQUE REFERENCES loops(id) ON DELETE CASCADE,
            linked_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE mail_logged (
            loop_id INTEGER NOT NULL REFERENCES loops(id) ON DELETE CASCADE,
            message_id TEXT NOT NULL,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            PRIMARY KEY (loop_id, message_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE mail_sources (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('maildir', 'mbox')),
            path TEXT NOT NULL CHECK (length(path) > 0),
            added_at TEXT NOT NULL,
            UNIQUE (kind, path)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE mail_me (
            address TEXT PRIMARY KEY CHECK (length(address) > 0),
            added_at TEXT NOT NULL
        )
        """
    )


def m008_mail_accounts(db: Database) -> None:
    """IMAP accounts Ghostless reads (never their passwords) and how far each folder is read.

    ``mail_accounts`` holds where and as whom to connect and the addresses that
    count as the user's own (a JSON list); the password lives in the system
    keyring only. ``mail_folders`` holds, per account and folder, the
    UIDVALIDITY the UIDs belong to, ``uidnext`` (every UID below it has been
    handed over) and HIGHESTMODSEQ where the server has CONDSTORE. A folder's
    row advances in the same transaction as the messages read from it, so a
    sync stopped half-way resumes where the last saved batch ended.
    """
    db.execute(
        """
        CREATE TABLE mail_accounts (
            id INTEGER PRIMARY KEY,
            host TEXT NOT NULL CHECK (length(host) > 0),
            port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
            security TEXT NOT NULL CHECK (security IN ('tls', 'starttls')),
            username TEXT NOT NULL CHECK (length(username) > 0),
            ca_file TEXT NOT NULL DEFAULT '',
            addresses TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(addresses)),
            sent_folder TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            last_sync_at TEXT,
            last_error TEXT NOT NULL DEFAULT '',
            UNIQUE (host, port, username)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE mail_folders (
            account_id INTEGER NOT NULL REFERENCES mail_accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            uidnext INTEGER NOT NULL,
            highestmodseq INTEGER,
            complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
            synced_at TEXT NOT NULL,
            PRIMARY KEY (account_id, name)
        )
        """
    )


def m011_undo(db: Database) -> None:
    """The undo history, kept in the store so a command-line action can be undone too.

    Each step holds the rows its action changed, as they were before and
    after (JSON, see :mod:`ghostless.store.undo`); ``undone`` says which side
    the store is on now.
    """
    db.execute(
        """
        CREATE TABLE undo_steps (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,
            done_at TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
            scope TEXT NOT NULL CHECK (json_valid(scope)),
            before TEXT NOT NULL CHECK (json_valid(before)),
            after TEXT NOT NULL CHECK (json_valid(after))
        )
        """
    )


def m010_keep_in_touch(db: Database) -> None:
    """Each loop's asks (for the Insights charts), and keep-in-touch cadences.

    The asks: when the turn passed to me and when it passed back.
    Kept as derived rows, like the follow-up windows, so the Insights charts
    count reply times with ``GROUP BY`` instead of walking 300,000 events (see
    ``ghostless.store.insights``), with the month asked (UTC), the loop's kind,
    the whole hours to the answer and whether the loop is open. The step
    computes them for the record so far. Instants are integer microseconds
    since the epoch, UTC.

    Keep in touch: ``contacts.keep_in_touch_days`` (a contact's own cadence) and
    ``tag_cadences`` (one per tag); the items are follow-up windows like any other
    (rule ``contact.keep_in_touch``), computed by the playbooks.
    """
    db.execute(
        """
        CREATE TABLE loop_asks (
            loop_id INTEGER NOT NULL REFERENCES loops(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            asked_at INTEGER NOT NULL,
            answered_at INTEGER,
            month TEXT NOT NULL,
            kind TEXT NOT NULL,
            hours INTEGER,
            open INTEGER NOT NULL CHECK (open IN (0, 1)),
            PRIMARY KEY (loop_id, ord)
        )
        """
    )
    # The charts count by month, kind and hours from this index alone.
    db.execute("CREATE INDEX loop_asks_by_month ON loop_asks (month, kind, hours, open, asked_at)")
    from ghostless.store.asks import rebuild_asks

    rebuild_asks(db.conn)
    # Keep in touch: a cadence in days per contact (NULL: as its tags say) and per tag.
    db.execute(
        "ALTER TABLE contacts ADD COLUMN keep_in_touch_days INTEGER "
        "CHECK (keep_in_touch_days IS NULL OR keep_in_touch_days > 0)"
    )
    db.execute(
        """
        CREATE TABLE tag_cadences (
            tag TEXT PRIMARY KEY CHECK (length(trim(tag)) > 0),
            days INTEGER NOT NULL CHECK (days > 0)
        )
        """
    )


def m009_dav_sync(db: Database) -> None:
    """Sync through CalDAV/CardDAV: the tasks Ghostless wrote on the server, each
    collection's sync state, the loops and contacts shared with other desktops,
    when each mergeable loop field was set, the conflicts left to the user, and
    a UID on every event, loop and contact, so that two desktops merging their
    records can tell one from another (an event, once written, never changes:
    merging is a union of UIDs).

    Rows written before this step get a random UID here; rows written after get
    one from the triggers, so no write path has to know about it.
    """
    db.execute(
        """
        CREATE TABLE dav_tasks (
            uid TEXT PRIMARY KEY,
            href TEXT NOT NULL,
            etag TEXT,
            key TEXT NOT NULL,
            loop_id INTEGER NOT NULL,
            digest TEXT NOT NULL,
            due_at TEXT NOT NULL,
            written_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE dav_state (
            collection TEXT PRIMARY KEY,
            sync_token TEXT,
            synced_at TEXT,
            report TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute(
        """
        CREATE TABLE dav_records (
            kind TEXT NOT NULL CHECK (kind IN ('loop', 'contact')),
            uid TEXT NOT NULL,
            href TEXT NOT NULL,
            etag TEXT,
            digest TEXT NOT NULL,
            PRIMARY KEY (kind, uid)
        )
        """
    )
    # When each mergeable loop field was last set (on this desktop, or on the one
    # the value came from): the sync merges them field by field by this time.
    db.execute(
        """
        CREATE TABLE loop_field_times (
            loop_id INTEGER NOT NULL REFERENCES loops(id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('subject', 'kind', 'status', 'deadline')),
            set_at TEXT NOT NULL,
            PRIMARY KEY (loop_id, field)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE dav_conflicts (
            loop_uid TEXT NOT NULL,
            field TEXT NOT NULL,
            mine TEXT NOT NULL,
            theirs TEXT NOT NULL,
            mine_set_at TEXT NOT NULL,
            theirs_set_at TEXT NOT NULL,
            found_at TEXT NOT NULL,
            PRIMARY KEY (loop_uid, field)
        )
        """
    )
    for table in ("events", "loops", "contacts"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        db.execute(f"UPDATE {table} SET uid = lower(hex(randomblob(16)))")
        db.execute(f"CREATE UNIQUE INDEX {table}_uid ON {table} (uid)")
        db.execute(
            f"CREATE TRIGGER {table}_uid_on_insert AFTER INSERT ON {table} "
            f"WHEN NEW.uid IS NULL BEGIN "
            f"UPDATE {table} SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END"
        )


def m013_fast_facts(db: Database) -> None:
    """One index that holds every event of a loop in time order with its kind.

    A full recompute reads the events of every open loop (about 130,000 of them
    at the size of a real network): from this index they come grouped by loop
    and in order, without a read of the table or a sort. Instants are stored as
    UTC ISO 8601 text of one form (``to_utc_text``), in which the text's order is
    the instants' order; a reader that meets another form parses and sorts.
    It replaces ``events_by_loop`` (loop, instant), of which it is an extension.
    """
    db.execute("CREATE INDEX events_by_loop_time ON events (loop_id, at, id, kind)")
    db.execute("DROP INDEX events_by_loop")


def m014_dav_batches(db: Database) -> None:
    """The shared ledger's batches (see :mod:`ghostless.core.shared_record`): each
    journal entry holding a batch of loops, as last read from or written to the
    server. Its body keeps the loops this desktop cannot take yet (their contact is
    not here), so a write of that batch carries them on instead of dropping them;
    ``waiting`` says it holds such loops, so the next sync reads it again.
    Loops written one per entry before this step are written into their batch at
    the next sync (their record's address is not the batch's)."""
    db.execute(
        """
        CREATE TABLE dav_batches (
            batch INTEGER PRIMARY KEY,
            href TEXT NOT NULL,
            etag TEXT,
            body TEXT NOT NULL,
            waiting INTEGER NOT NULL DEFAULT 0
        )
        """
    )


#: The tables whose writes the change log records (see m015_change_log).
CHANGE_LOGGED_TABLES = (
    "loops",
    "events",
    "contacts",  # its addresses are written with it: contact_addresses is not logged
    "tag_cadences",
    "deliveries",
    "snoozes",
    "dismissals",
    "away_periods",
    "settings",
    "undo_steps",
)
#: The tables m009 gives a UID by a trigger after each insert.
_UID_TABLES = frozenset({"events", "loops", "contacts"})
#: The change log keeps about this many of its newest rows; a reader further behind
#: cannot tell what changed and reads everything again.
CHANGE_LOG_KEEP = 10_000
#: The log is trimmed once per this many rows written, not on every one.
CHANGE_LOG_TRIM_EVERY = 1_000


def m015_change_log(db: Database) -> None:
    """A log of the rows written to the tables a window shows, kept by triggers.

    Every process writing the file (the window, the command line, a cron
    ``remind``) adds one row per row it inserts, updates or deletes, so no write
    path has to know about it. An open window that sees another connection commit
    (``PRAGMA data_version``) reads only the rows logged after the last sequence
    number it saw, instead of scanning the tables to compare. Its newest
    :data:`CHANGE_LOG_KEEP` rows are kept, trimmed in one range delete per
    :data:`CHANGE_LOG_TRIM_EVERY` rows written; the newest is never trimmed, so
    each new number is the last plus one (not AUTOINCREMENT, whose bookkeeping
    made each logged row cost a third more) and a gap means rows were trimmed.
    """
    db.execute(
        """
        CREATE TABLE change_log (
            seq INTEGER PRIMARY KEY,
            tbl TEXT NOT NULL,
            row_id INTEGER NOT NULL
        )
        """
    )
    for table in CHANGE_LOGGED_TABLES:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            # A new row's UID, set by m009's trigger just after the insert, is part of
            # that insert: not logged again (an import of 30,000 contacts logs 30,000
            # rows, not 60,000).
            when = " WHEN OLD.uid IS NOT NULL" if event == "UPDATE" and table in _UID_TABLES else ""
            log = f"INSERT INTO change_log (tbl, row_id) VALUES ('{table}', {row}.rowid)"
            db.execute(
                f"CREATE TRIGGER change_log_{table}_{event.lower()} AFTER {event} ON {table}"
                f"{when} BEGIN {log}; END"
            )
    db.execute(
        "CREATE TRIGGER change_log_trim AFTER INSERT ON change_log "
        f"WHEN NEW.seq % {CHANGE_LOG_TRIM_EVERY} = 0 BEGIN "
        f"DELETE FROM change_log WHERE seq <= NEW.seq - {CHANGE_LOG_KEEP}; END"
    )


def m016_mail_reply_to(db: Database) -> None:
    """The person a program's address writes for (issue 14): "Zoe via Hirepoint
    <no-reply@...>" with Reply-To: zoe@lumen.example. Her address is whom an accepted
    loop's contact is, and whom my answer goes to. Messages kept before this step have
    none (empty): a later sync that fetches them again (a new UIDVALIDITY) fills it."""
    db.execute("ALTER TABLE mail_messages ADD COLUMN reply_to TEXT NOT NULL DEFAULT ''")


#: Every schema step in order; the schema version is how many have been applied.
STEPS: tuple[Callable[[Database], None], ...] = (
    m001_ledger,
    m002_follow_ups,
    m003_user_templates,
    m004_imports,
    m005_agenda,
    m006_contact_addresses,
    m007_mail,
    m008_mail_accounts,
    m009_dav_sync,
    m010_keep_in_touch,
    m011_undo,
    m012_record_search,
    m013_fast_facts,
    m014_dav_batches,
    m015_change_log,
    m016_mail_reply_to,
)
STEP_NAMES: tuple[str, ...] = tuple(step.__name__ for step in STEPS)
SCHEMA_VERSION = len(STEPS)


def build_migrations(upto: int | None = None) -> Migrations:
    """The sqlite-utils migration set, optionally only the first ``upto`` steps."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in STEPS[: len(STEPS) if upto is None else upto]:
        migrations()(step)
    return migrations
