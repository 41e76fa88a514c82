"""What the follow-up engine reads in bulk and remembers: facts, deliveries, snoozes, away.

Reads are batched for every open loop at once (one query for the loops, one for
all their events, one for the loops they refer to), never one query per loop.
Every write is one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from ghostless.core.errors import InputError
from ghostless.core.models import Event, Loop
from ghostless.core.planner import AwayPeriod, AwayReason
from ghostless.core.playbooks import JOB_KINDS
from ghostless.core.timeparse import from_utc_text, to_utc_text
from ghostless.core.windows import LoopFacts, OfferDeadline
from ghostless.store import windows as follow_ups
from ghostless.store.database import Store
from ghostless.store.rows import EVENT_COLUMNS, LOOP_COLUMNS, event_from_row, loop_from_row

_FROM = "FROM loops JOIN contacts ON contacts.id = loops.contact_id"
_LOOP_WIDTH = LOOP_COLUMNS.count(",") + 1
#: Loops with a muted or blocked contact are owed nothing, so they are not read.
_OWED = "loops.status = 'open' AND contacts.muted = 0 AND contacts.blocked = 0"


def _instant(text: object) -> datetime | None:
    return from_utc_text(str(text)) if text else None


@dataclass(frozen=True, slots=True)
class DeliveryRecord:
    """One reminder key handled: shown to the user, or dropped as too late."""

    key: str
    loop_id: int
    rule: str
    dropped: bool = False


class ReminderRepository:
    """Facts of open loops, and the deliveries and snoozes of their reminders."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- facts -----------------------------------------------------------------
    def open_loop_facts(self, loop_ids: Collection[int] | None = None) -> list[LoopFacts]:
        """The facts of every open loop owed anything (or only of ``loop_ids``).

        Three queries whatever the number of loops: the loops with their
        follow-up columns, all their events grouped by loop, and the loops
        their introductions refer to.
        """
        conn = self._store.conn
        where, params = _OWED, list[object]()
        if loop_ids is not None:
            if not loop_ids:
                return []
            marks = ",".join("?" * len(loop_ids))
            where += f" AND loops.id IN ({marks})"
            params = list(loop_ids)
        rows = conn.execute(
            f"SELECT {LOOP_COLUMNS}, loops.deadline_at, loops.referred_loop_id, "
            f"loops.decline_decided_at {_FROM} WHERE {where} ORDER BY loops.id",
            params,
        ).fetchall()
        events: dict[int, list[Event]] = {}
        for row in conn.execute(
            f"SELECT {_qualified_events()} FROM events JOIN loops ON loops.id = events.loop_id "
            f"JOIN contacts ON contacts.id = loops.contact_id WHERE {where} "
            "ORDER BY events.loop_id, events.at, events.id",
            params,
        ):
            event = event_from_row(row)
            events.setdefault(event.loop_id, []).append(event)
        referred_ids = {int(row[_LOOP_WIDTH + 1]) for row in rows if row[_LOOP_WIDTH + 1]}
        referred = self._loops_by_id(referred_ids)
        offers = [
            OfferDeadline(int(id_), from_utc_text(str(opened)), from_utc_text(str(deadline)))
            for id_, opened, deadline in conn.execute(
                f"SELECT loops.id, loops.opened_at, loops.deadline_at {_FROM} WHERE {_OWED} "
                "AND loops.kind = 'job_offer' AND loops.deadline_at IS NOT NULL ORDER BY loops.id"
            )
        ]
        dismissed: dict[int, set[str]] = {}
        for key, loop_id in conn.execute("SELECT key, loop_id FROM dismissals"):
            dismissed.setdefault(int(loop_id), set()).add(str(key))
        facts: list[LoopFacts] = []
        for row in rows:
            loop = loop_from_row(row[:_LOOP_WIDTH])
            deadline, referred_id, decided = row[_LOOP_WIDTH:]
            news = [o for o in offers if o.loop_id != loop.id] if loop.kind in JOB_KINDS else []
            facts.append(
                LoopFacts(
                    loop=loop,
                    events=tuple(events.get(loop.id, ())),
                    deadline=_instant(deadline),
                    decline_decided_at=_instant(decided),
                    referred=referred.get(int(referred_id)) if referred_id else None,
                    offers=tuple(news),
                    dismissed=frozenset(dismissed.get(loop.id, ())),
                )
            )
        return facts

    def loops(self, ids: Collection[int] | None) -> dict[int, Loop]:
        """Loops by id (every open loop when ``ids`` is None)."""
        if ids is None:
            rows = self._store.conn.execute(
                f"SELECT {LOOP_COLUMNS} {_FROM} WHERE loops.status = 'open'"
            ).fetchall()
            return {loop.id: loop for loop in map(loop_from_row, rows)}
        return self._loops_by_id(ids)

    def _loops_by_id(self, ids: Collection[int]) -> dict[int, Loop]:
        if not ids:
            return {}
        marks = ",".join(str(int(i)) for i in ids)
        rows = self._store.conn.execute(
            f"SELECT {LOOP_COLUMNS} {_FROM} WHERE loops.id IN ({marks})"
        ).fetchall()
        return {loop.id: loop for loop in map(loop_from_row, rows)}

    # -- deliveries ------------------------------------------------------------
    def delivered_keys(self) -> set[str]:
        """Every key handled on a loop that is still open."""
        rows = self._store.conn.execute(
            "SELECT deliveries.key FROM deliveries JOIN loops ON loops.id = deliveries.loop_id "
            "WHERE loops.status = 'open'"
        )
        return {str(row[0]) for row in rows}

    def record(self, records: Iterable[DeliveryRecord], *, at: datetime) -> int:
        """Record handled keys in one transaction; a key already recorded is left as it was.

        Returns how many keys were new.
        """
        values = [(r.key, r.loop_id, r.rule, to_utc_text(at), int(r.dropped)) for r in records]
        if not values:
            return 0
        with self._store.transaction():
            # The rows this statement inserted (``total_changes`` would count the change
            # log's rows its triggers write too).
            added = self._store.conn.executemany(
                "INSERT OR IGNORE INTO deliveries (key, loop_id, rule, delivered_at, dropped) "
                "VALUES (?, ?, ?, ?, ?)",
                values,
            ).rowcount
            follow_ups.mark_delivered(self._store, [value[0] for value in values])
            return added

    def claim(self, records: Iterable[DeliveryRecord], *, at: datetime) -> set[str]:
        """Record handled keys and return the ones this call recorded (inside a write).

        A key another process recorded first is not returned: only the process
        that claimed a reminder shows it, so each is shown once per data folder.
        """
        conn = self._store.conn
        records = list(records)
        when = to_utc_text(at)
        with self._store.transaction():
            # Under the write lock: the keys not recorded yet are the ones this call
            # records. Two statements, not one per key (a catch-up has hundreds).
            keys = [r.key for r in records]
            recorded = {
                str(row[0])
                for row in conn.execute(
                    "SELECT key FROM deliveries WHERE key IN (SELECT value FROM json_each(?))",
                    (json.dumps(keys),),
                )
            }
            conn.executemany(
                "INSERT OR IGNORE INTO deliveries (key, loop_id, rule, delivered_at, dropped) "
                "VALUES (?, ?, ?, ?, ?)",
                [(r.key, r.loop_id, r.rule, when, int(r.dropped)) for r in records],
            )
            claimed = set(keys) - recorded
            follow_ups.mark_delivered(self._store, sorted(claimed))
        return claimed

    def deliveries(self, loop_id: int) -> list[tuple[str, datetime, bool]]:
        """The keys handled on one loop: (key, when, dropped), oldest first."""
        rows = self._store.conn.execute(
            "SELECT key, delivered_at, dropped FROM deliveries WHERE loop_id = ? "
            "ORDER BY delivered_at, key",
            (loop_id,),
        ).fetchall()
        return [(str(key), from_utc_text(str(at)), bool(dropped)) for key, at, dropped in rows]

    # -- snoozes ---------------------------------------------------------------
    def snoozes(self) -> dict[str, datetime]:
        """Reminder key -> the instant it was snoozed until, for open loops."""
        rows = self._store.conn.execute(
            "SELECT snoozes.key, snoozes.until FROM snoozes JOIN loops "
            "ON loops.id = snoozes.loop_id WHERE loops.status = 'open'"
        )
        return {str(key): from_utc_text(str(until)) for key, until in rows}

    def snooze(self, loop_id: int, keys: Iterable[str], until: datetime) -> None:
        """Snooze these reminders of one loop until ``until``, in one transaction."""
        values = [(key, loop_id, to_utc_text(until)) for key in keys]
        with self._store.transaction():
            self._store.conn.executemany(
                "INSERT INTO snoozes (key, loop_id, until) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET until = excluded.until, "
                "loop_id = excluded.loop_id",
                values,
            )
            follow_ups.refresh_fire(self._store, loop_id)

    def clear_snoozes(self, loop_id: int) -> int:
        """Forget every snooze on one loop; returns how many there were."""
        with self._store.transaction():
            cursor = self._store.conn.execute("DELETE FROM snoozes WHERE loop_id = ?", (loop_id,))
            follow_ups.refresh_fire(self._store, loop_id)
            return cursor.rowcount


def _qualified_events() -> str:
    return ", ".join(f"events.{column.strip()}" for column in EVENT_COLUMNS.split(","))


class AwayRepository:
    """Away periods: while one has no end, reminders pause."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def current(self) -> AwayPeriod | None:
        """The period the user is in now (no end yet), if any."""
        row = self._store.conn.execute(
            "SELECT started_at, ended_at, reason FROM away_periods WHERE ended_at IS NULL"
        ).fetchone()
        return _period(row) if row else None

    def history(self) -> list[AwayPeriod]:
        rows = self._store.conn.execute(
            "SELECT started_at, ended_at, reason FROM away_periods ORDER BY started_at, id"
        ).fetchall()
        return [_period(row) for row in rows]

    def start(self, reason: AwayReason, *, at: datetime) -> AwayPeriod:
        if self.current() is not None:
            raise InputError("away: already away; say 'away off' first", field="away")
        with self._store.transaction():
            self._store.conn.execute(
                "INSERT INTO away_periods (started_at, reason) VALUES (?, ?)",
                (to_utc_text(at), reason.value),
            )
        return AwayPeriod(at, None, reason)

    def end(self, *, at: datetime) -> AwayPeriod:
        """End the current period at ``at`` and return it, ended."""
        current = self.current()
        if current is None:
            raise InputError("away: not away at the moment", field="away")
        ended = AwayPeriod(current.start, at, current.reason)  # checks end > start
        with self._store.transaction():
            self._store.conn.execute(
                "UPDATE away_periods SET ended_at = ? WHERE ended_at IS NULL", (to_utc_text(at),)
            )
        return ended


def _period(row: tuple[object, ...]) -> AwayPeriod:
    started, ended, reason = row
    start = _instant(started)
    assert start is not None  # NOT NULL in the schema
    return AwayPeriod(start, _instant(ended), AwayReason(str(reason)))
