"""Loops and their events: the record of every conversation.

The derived columns (turn, turn_rank, turn_since, last_event_at, search_text)
are recomputed from the events with :func:`ghostless.core.turns.turn_of` in the
same transaction as every change, so lists can filter and sort in SQL.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from ghostless.core.errors import ConfirmationRequired, InputError, NotFoundError
from ghostless.core.models import Event, EventKind, Loop, LoopKind, LoopStatus, Outcome, Turn
from ghostless.core.queries import LoopQuery, search_words
from ghostless.core.timeparse import from_utc_text, to_utc_text
from ghostless.core.turns import TRIGGER_EVENT, turn_of
from ghostless.store import windows as follow_ups
from ghostless.store.asks import write_asks
from ghostless.store.database import Store
from ghostless.store.rows import (
    EVENT_COLUMNS,
    LOOP_COLUMNS,
    event_from_row,
    like_pattern,
    loop_from_row,
)

_FROM = "FROM loops JOIN contacts ON contacts.id = loops.contact_id"
#: Urgency: my turn first, then theirs, then nobody's; longest waiting first.
#: Not by status: its text sorts archived and closed loops before open ones. With
#: ``status = 'open'`` the index loops_by_urgency still serves this order.
URGENCY_ORDER = "loops.turn_rank, loops.turn_since, loops.id"


@dataclass(frozen=True, slots=True)
class FollowUpFields:
    """What a loop keeps for the playbooks beyond its record."""

    deadline: datetime | None = None
    referred_loop_id: int | None = None
    decline_decided_at: datetime | None = None
    #: The introduction loop that vouched for the user in this loop, if any.
    introduced_by: int | None = None


class LoopRepository:
    """Reads and writes loops and events. Every write is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- writes --------------------------------------------------------------
    def add(
        self,
        *,
        contact_id: int,
        kind: LoopKind,
        subject: str,
        at: datetime,
        text: str = "",
        notes: str = "",
        recorded_at: datetime | None = None,
        deadline: datetime | None = None,
        first: EventKind | None = None,
    ) -> int:
        """Open a loop whose first event is its kind's trigger (or ``first``), at ``at``.

        ``recorded_at`` is when the user wrote it down (default: ``at``);
        ``deadline`` is an offer's deadline, a promised date or an interview time.
        """
        self._require_contact(contact_id)
        with self._store.write() as db:
            loops = db.table("loops")
            loops.insert(
                {
                    "contact_id": contact_id,
                    "kind": kind.value,
                    "subject": subject,
                    "status": LoopStatus.OPEN.value,
                    "opened_at": to_utc_text(at),
                    "notes": notes,
                    "deadline_at": to_utc_text(deadline) if deadline else None,
                }
            )
            loop_id = loops.last_pk
            assert isinstance(loop_id, int)
            trigger = TRIGGER_EVENT[kind] if first is None else first
            self._insert_event(loop_id, trigger, at, text, recorded_at or at)
            self._refresh(loop_id)
        return loop_id

    def log_event(
        self,
        loop_id: int,
        kind: EventKind,
        *,
        at: datetime,
        text: str = "",
        recorded_at: datetime | None = None,
    ) -> int:
        """Add an entry to a loop's record and recompute whose turn it is."""
        self.get(loop_id)
        with self._store.transaction():
            event_id = self._insert_event(loop_id, kind, at, text, recorded_at or at)
            self._refresh(loop_id)
        return event_id

    def edit_event(self, event_id: int, *, kind: EventKind, at: datetime, text: str) -> None:
        """Correct an event's kind, time or words, and recompute whose turn it is."""
        loop_id = self.event(event_id).loop_id
        with self._store.transaction():
            self._store.conn.execute(
                "UPDATE events SET kind = ?, at = ?, text = ? WHERE id = ?",
                (kind.value, to_utc_text(at), text, event_id),
            )
            self._refresh(loop_id)

    def delete_event(self, event_id: int) -> None:
        """Take one event out of a loop's record (a loop keeps at least one)."""
        loop_id = self.event(event_id).loop_id
        with self._store.transaction():
            left = self._store.conn.execute(
                "SELECT count(*) FROM events WHERE loop_id = ?", (loop_id,)
            ).fetchone()[0]
            if int(left) <= 1:
                raise InputError(
                    f"event {event_id}: the only event of loop {loop_id}; delete the loop instead",
                    field="event",
                )
            self._store.conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
            self._refresh(loop_id)

    def event(self, event_id: int) -> Event:
        row = self._store.conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"event: no event with id {event_id}", field="event")
        return event_from_row(row)

    def update(
        self,
        loop_id: int,
        *,
        contact_id: int,
        kind: LoopKind,
        subject: str,
        notes: str,
        set_at: datetime | None = None,
    ) -> None:
        """Change a loop; ``set_at`` is when (kept per field for the sync's merge)."""
        loop = self.get(loop_id)
        self._require_contact(contact_id)
        with self._store.write() as db:
            db.table("loops").update(
                loop_id,
                {"contact_id": contact_id, "kind": kind.value, "subject": subject, "notes": notes},
            )
            changed = [
                name
                for name, same in (
                    ("subject", loop.subject == subject),
                    ("kind", loop.kind is kind),
                )
                if not same
            ]
            if set_at is not None:
                self.mark_set(loop_id, changed, set_at)
            self._refresh(loop_id)

    def mark_set(self, loop_id: int, fields: Sequence[str], at: datetime) -> None:
        """Note when these mergeable fields (subject, kind, status, deadline) were set."""
        with self._store.transaction():
            self._store.conn.executemany(
                "INSERT INTO loop_field_times (loop_id, field, set_at) VALUES (?, ?, ?) "
                "ON CONFLICT (loop_id, field) DO UPDATE SET set_at = excluded.set_at",
                [(loop_id, name, to_utc_text(at)) for name in fields],
            )

    def field_times(self, loop_id: int) -> dict[str, datetime]:
        """When each mergeable field was last set (absent: never since the loop began)."""
        rows = self._store.conn.execute(
            "SELECT field, set_at FROM loop_field_times WHERE loop_id = ?", (loop_id,)
        ).fetchall()
        return {str(name): from_utc_text(str(at)) for name, at in rows}

    def close(self, loop_id: int, outcome: Outcome, *, at: datetime) -> None:
        """Close a loop with its outcome; its record stays."""
        loop = self.get(loop_id)
        if loop.status is not LoopStatus.OPEN:
            raise InputError(f"loop {loop_id}: already {loop.status.value}", field="loop")
        self._set_status(loop_id, LoopStatus.CLOSED, outcome=outcome, at=at, set_at=at)

    def archive(self, loop_id: int, *, at: datetime) -> None:
        """Put a loop away without an outcome of its own; its record stays."""
        loop = self.get(loop_id)
        self._set_status(
            loop_id, LoopStatus.ARCHIVED, outcome=loop.outcome, at=loop.closed_at or at, set_at=at
        )

    def reopen(self, loop_id: int, *, set_at: datetime | None = None) -> None:
        self.get(loop_id)
        self._set_status(loop_id, LoopStatus.OPEN, outcome=None, at=None, set_at=set_at)

    def delete(self, loop_id: int, *, confirmed: bool = False) -> None:
        """Remove a loop and its record, asking first if a message awaits an answer."""
        loop = self.get(loop_id)
        if not confirmed and self.has_unanswered_message(loop):
            raise ConfirmationRequired(
                f"loop {loop_id} ({loop.contact_name}: {loop.subject}) holds a message you have "
                "not answered; close it instead, or confirm that it should be deleted"
            )
        with self._store.write() as db:
            referrers = follow_ups.referrers_of(self._store, [loop_id])
            db.table("loops").delete(loop_id)
            follow_ups.loops_changed(self._store, referrers)
            # The contact's keep-in-touch item moves to its loop with the latest activity.
            follow_ups.contact_changed(self._store, loop.contact_id)

    def set_deadline(
        self, loop_id: int, deadline: datetime | None, *, set_at: datetime | None = None
    ) -> None:
        """Set or clear a loop's deadline (offer deadline, promised date, interview time)."""
        self.get(loop_id)
        with self._store.transaction():
            self._store.conn.execute(
                "UPDATE loops SET deadline_at = ? WHERE id = ?",
                (to_utc_text(deadline) if deadline else None, loop_id),
            )
            if set_at is not None:
                self.mark_set(loop_id, ["deadline"], set_at)
            follow_ups.loops_changed(self._store, [loop_id])

    def set_referred(self, loop_id: int, referred_loop_id: int | None) -> None:
        """Link an introduction to the loop with the person it introduced (None: unlink)."""
        loop = self.get(loop_id)
        if referred_loop_id is not None:
            if referred_loop_id == loop_id:
                raise InputError(
                    f"referred: loop {loop_id} cannot introduce itself", field="referred"
                )
            found = self._store.conn.execute(
                "SELECT 1 FROM loops WHERE id = ?", (referred_loop_id,)
            ).fetchone()
            if not found:
                raise NotFoundError(
                    f"referred: no loop with id {referred_loop_id}", field="referred"
                )
            if loop.kind is not LoopKind.INTRODUCTION:
                raise InputError(
                    f"referred: loop {loop_id} is not an introduction ({loop.kind.label})",
                    field="referred",
                )
        with self._store.transaction():
            self._store.conn.execute(
                "UPDATE loops SET referred_loop_id = ? WHERE id = ?", (referred_loop_id, loop_id)
            )
            follow_ups.loops_changed(self._store, [loop_id])

    def set_decline_decided(self, loop_id: int, at: datetime | None) -> None:
        """Note when the user decided to say no (None: changed their mind)."""
        self.get(loop_id)
        with self._store.transaction():
            self._store.conn.execute(
                "UPDATE loops SET decline_decided_at = ? WHERE id = ?",
                (to_utc_text(at) if at else None, loop_id),
            )
            follow_ups.loops_changed(self._store, [loop_id])

    def unlinked_introduction(self, contact_id: int) -> int | None:
        """The contact's newest open introduction not yet linked to a loop."""
        row = self._store.conn.execute(
            "SELECT id FROM loops WHERE contact_id = ? AND kind = 'introduction' "
            "AND status = 'open' AND referred_loop_id IS NULL ORDER BY opened_at DESC, id DESC",
            (contact_id,),
        ).fetchone()
        return None if row is None else int(row[0])

    def dismiss(self, loop_id: int, key: str, *, at: datetime) -> None:
        """The user chose not to act on the item ``key`` of this loop."""
        self.get(loop_id)
        with self._store.transaction():
            self._store.conn.execute(
                "INSERT INTO dismissals (key, loop_id, dismissed_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO NOTHING",
                (key, loop_id, to_utc_text(at)),
            )
            follow_ups.loops_changed(self._store, [loop_id])

    def dismissed(self, loop_id: int) -> list[str]:
        rows = self._store.conn.execute(
            "SELECT key FROM dismissals WHERE loop_id = ? ORDER BY dismissed_at, key", (loop_id,)
        ).fetchall()
        return [str(row[0]) for row in rows]

    def undismiss(self, loop_id: int, key: str) -> bool:
        """Take a dismissal back; True if there was one."""
        with self._store.transaction():
            gone = self._store.conn.execute(
                "DELETE FROM dismissals WHERE key = ? AND loop_id = ?", (key, loop_id)
            ).rowcount
            follow_ups.loops_changed(self._store, [loop_id])
        return bool(gone)

    def follow_up_fields(self, loop_id: int) -> FollowUpFields:
        """The follow-up facts kept beside a loop's record."""
        row = self._store.conn.execute(
            "SELECT deadline_at, referred_loop_id, decline_decided_at, "
            "(SELECT min(id) FROM loops AS intro WHERE intro.referred_loop_id = loops.id) "
            "FROM loops WHERE id = ?",
            (loop_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"loop: no loop with id {loop_id}", field="loop")
        deadline, referred, decided, introduced_by = row
        return FollowUpFields(
            deadline=from_utc_text(deadline) if deadline else None,
            referred_loop_id=int(referred) if referred else None,
            decline_decided_at=from_utc_text(decided) if decided else None,
            introduced_by=int(introduced_by) if introduced_by else None,
        )

    # -- the ledger shared with other desktops (ghostless.services.ledger_sync) ---------
    def add_shared(
        self,
        *,
        uid: str,
        contact_id: int,
        kind: LoopKind,
        subject: str,
        opened_at: datetime,
        notes: str,
        events: Sequence[tuple[str, EventKind, datetime, str, datetime]],
    ) -> int:
        """A loop another desktop began, with its UID and its record as it is there
        (event: UID, kind, at, text, recorded at). Its fields are set after."""
        self._require_contact(contact_id)
        with self._store.write() as db:
            loops = db.table("loops")
            loops.insert(
                {"contact_id": contact_id, "kind": kind.value, "subject": subject,
                 "status": LoopStatus.OPEN.value, "opened_at": to_utc_text(opened_at),
                 "notes": notes, "uid": uid}
            )  # fmt: skip
            loop_id = loops.last_pk
            assert isinstance(loop_id, int)
            self.add_shared_events(loop_id, events)
        return loop_id

    def add_shared_events(
        self, loop_id: int, events: Sequence[tuple[str, EventKind, datetime, str, datetime]]
    ) -> None:
        """Events another desktop recorded, with their UIDs (never changed, only added)."""
        with self._store.transaction():
            for uid, kind, at, text, recorded_at in events:
                event_id = self._insert_event(loop_id, kind, at, text, recorded_at)
                self._store.conn.execute("UPDATE events SET uid = ? WHERE id = ?", (uid, event_id))
            self._refresh(loop_id)

    def set_status(
        self,
        loop_id: int,
        status: LoopStatus,
        *,
        outcome: Outcome | None,
        closed_at: datetime | None,
        set_at: datetime,
    ) -> None:
        """A status as another desktop set it, at the time it was set there."""
        self._set_status(loop_id, status, outcome=outcome, at=closed_at, set_at=set_at)

    def _set_status(
        self,
        loop_id: int,
        status: LoopStatus,
        *,
        outcome: Outcome | None,
        at: datetime | None,
        set_at: datetime | None = None,
    ) -> None:
        with self._store.write() as db:
            if set_at is not None:
                self.mark_set(loop_id, ["status"], set_at)
            db.table("loops").update(
                loop_id,
                {
                    "status": status.value,
                    "outcome": outcome.value if outcome else None,
                    "closed_at": to_utc_text(at) if at else None,
                },
            )
            self._refresh(loop_id)

    def _insert_event(
        self, loop_id: int, kind: EventKind, at: datetime, text: str, recorded_at: datetime
    ) -> int:
        events = self._store.db.table("events")
        events.insert(
            {
                "loop_id": loop_id,
                "kind": kind.value,
                "at": to_utc_text(at),
                "text": text,
                "created_at": to_utc_text(recorded_at),
            }
        )
        event_id = events.last_pk
        assert isinstance(event_id, int)
        return event_id

    def _refresh(self, loop_id: int) -> None:
        """Recompute a loop's derived columns from its record (inside a write)."""
        conn = self._store.conn
        kind, status = conn.execute(
            "SELECT kind, status FROM loops WHERE id = ?", (loop_id,)
        ).fetchone()
        events = [
            (EventKind(event_kind), from_utc_text(at))
            for event_kind, at in conn.execute(
                "SELECT kind, at FROM events WHERE loop_id = ? ORDER BY at, id", (loop_id,)
            )
        ]
        state = turn_of(LoopKind(kind), LoopStatus(status), events)
        write_asks(conn, loop_id, LoopKind(kind), LoopStatus(status), events)
        conn.execute(
            "UPDATE loops SET turn = ?, turn_rank = ?, turn_since = ?, last_event_at = ? "
            "WHERE id = ?",
            (
                state.turn.value,
                state.turn.rank,
                to_utc_text(state.since) if state.since else None,
                to_utc_text(state.last_event_at) if state.last_event_at else None,
                loop_id,
            ),
        )
        refresh_search_text(self._store, loop_id=loop_id)
        follow_ups.loops_changed(self._store, [loop_id])

    def _require_contact(self, contact_id: int) -> None:
        found = self._store.conn.execute(
            "SELECT 1 FROM contacts WHERE id = ?", (contact_id,)
        ).fetchone()
        if not found:
            raise NotFoundError(f"contact: no contact with id {contact_id}", field="contact")

    # -- reads ---------------------------------------------------------------
    def get(self, loop_id: int) -> Loop:
        row = self._store.conn.execute(
            f"SELECT {LOOP_COLUMNS} {_FROM} WHERE loops.id = ?", (loop_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"loop: no loop with id {loop_id}", field="loop")
        return loop_from_row(row)

    def events(self, loop_id: int) -> list[Event]:
        """A loop's record, oldest first."""
        rows = self._store.conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE loop_id = ? ORDER BY at, id", (loop_id,)
        ).fetchall()
        return [event_from_row(row) for row in rows]

    def search(
        self, query: LoopQuery = LoopQuery(), *, limit: int = -1, offset: int = 0
    ) -> list[Loop]:
        """Loops by urgency, as many as ``limit`` from ``offset`` (-1: all)."""
        where, params = _where(query)
        # The rows skipped are walked in the urgency index alone, without the join
        # to contacts: a page deep in the list costs what the first one does.
        rows = self._store.conn.execute(
            f"SELECT {LOOP_COLUMNS} {_FROM} WHERE loops.id IN "
            f"(SELECT id FROM loops {where} ORDER BY {URGENCY_ORDER} LIMIT ? OFFSET ?) "
            f"ORDER BY {URGENCY_ORDER}",
            (*params, limit, offset),
        ).fetchall()
        return [loop_from_row(row) for row in rows]

    def position(self, loop_id: int, query: LoopQuery = LoopQuery()) -> int | None:
        """Where ``loop_id`` stands in :meth:`search` (0-based), None if the query
        leaves it out: the loops before it in the urgency order, counted in its index."""
        where, params = _where(query)
        conn = self._store.conn
        glue = "AND" if where else "WHERE"
        found = conn.execute(
            f"SELECT turn_rank, turn_since FROM loops {where} {glue} loops.id = ?",
            (*params, loop_id),
        ).fetchone()
        if found is None:
            return None
        rank, since = found
        # URGENCY_ORDER with SQLite's NULLs first: no turn_since sorts before any.
        if since is None:
            same_rank, keys = "loops.turn_since IS NULL AND loops.id < ?", [loop_id]
        else:
            same_rank = (
                "(loops.turn_since IS NULL OR loops.turn_since < ? "
                "OR (loops.turn_since = ? AND loops.id < ?))"
            )
            keys = [since, since, loop_id]
        row = conn.execute(
            f"SELECT count(*) FROM loops {where} {glue} "
            f"(loops.turn_rank < ? OR (loops.turn_rank = ? AND {same_rank}))",
            (*params, rank, rank, *keys),
        ).fetchone()
        return int(row[0])

    def each(self, query: LoopQuery = LoopQuery()) -> Iterator[Loop]:
        """Every loop ``query`` finds, by urgency, read one row at a time."""
        where, params = _where(query)
        cursor = self._store.conn.execute(
            f"SELECT {LOOP_COLUMNS} {_FROM} {where} ORDER BY {URGENCY_ORDER}", params
        )
        for row in cursor:
            yield loop_from_row(row)

    def count(self, query: LoopQuery = LoopQuery()) -> int:
        where, params = _where(query)
        return int(
            self._store.conn.execute(f"SELECT count(*) FROM loops {where}", params).fetchone()[0]
        )

    def for_contact(self, contact_id: int) -> list[Loop]:
        rows = self._store.conn.execute(
            f"SELECT {LOOP_COLUMNS} {_FROM} WHERE loops.contact_id = ? ORDER BY {URGENCY_ORDER}",
            (contact_id,),
        ).fetchall()
        return [loop_from_row(row) for row in rows]

    def has_unanswered_message(self, loop: Loop) -> bool:
        """True when the last message in an open loop came from them and is unanswered."""
        if loop.status is not LoopStatus.OPEN or loop.turn is not Turn.MINE:
            return False
        row = self._store.conn.execute(
            "SELECT kind FROM events WHERE loop_id = ? AND kind IN ('received', 'sent') "
            "ORDER BY at DESC, id DESC LIMIT 1",
            (loop.id,),
        ).fetchone()
        return bool(row) and row[0] == EventKind.RECEIVED.value


def _where(query: LoopQuery) -> tuple[str, list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    if not query.include_closed:
        clauses.append("loops.status = 'open'")
    # Every word must be found: as before, anywhere in the names, organisation,
    # role, kind and subject (case-folded, %, _ and \\ taken literally); and a
    # word of letters and digits also at the beginning of any word of the loop's
    # record, its notes and messages (full-text, see m012_record_search). One
    # letter (the first keystroke) is left to the names: every record holds it.
    for word in search_words(query.text):
        if len(word) > 1 and word.isalnum():
            clauses.append(
                "(loops.search_text LIKE ? ESCAPE '\\' OR loops.id IN "
                "(SELECT rowid FROM loop_text WHERE loop_text MATCH ?))"
            )
            params += [like_pattern(word), match_expression(word)]
        else:
            clauses.append("loops.search_text LIKE ? ESCAPE '\\'")
            params.append(like_pattern(word))
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def match_expression(word: str) -> str:
    """An FTS5 query for one typed word of letters and digits: that word as a
    quoted prefix, so nothing typed is read as an FTS5 operator ("and", "not")."""
    return '"' + word.replace('"', '""') + '"*'


def refresh_search_text(
    store: Store, *, loop_id: int | None = None, contact_id: int | None = None
) -> None:
    """Rebuild the text a filter matches for one loop or all of one contact's loops.

    Kept in a column (case-folded contact name, organisation, role, kind and
    subject) so filtering 30,000 loops is one LIKE scan with no join.
    """
    conn = store.conn
    where, key = (
        ("loops.id = ?", loop_id) if loop_id is not None else ("loops.contact_id = ?", contact_id)
    )
    rows = conn.execute(
        f"SELECT loops.id, loops.kind, loops.subject, contacts.name, contacts.org, contacts.role "
        f"{_FROM} WHERE {where}",
        (key,),
    ).fetchall()
    conn.executemany(
        "UPDATE loops SET search_text = ? WHERE id = ?",
        [
            (search_text(LoopKind(kind), subject, name, org, role), id_)
            for id_, kind, subject, name, org, role in rows
        ],
    )


def search_text(kind: LoopKind, subject: str, name: str, org: str, role: str) -> str:
    return " ".join((name, org, role, kind.label, subject)).casefold()
