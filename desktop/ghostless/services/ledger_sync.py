"""The same ledger on every desktop: contacts as vCards (CardDAV), loops with their record
in journal entries (CalDAV), a batch of loops per entry (see
:mod:`ghostless.core.shared_record`), merged by the rules there.

A sync reads both collections' changes first, then applies them here in one
transaction together with the new sync tokens (a server that stops while
answering leaves the ledger as it was), then writes back every contact, and every
batch holding a loop, whose shared form changed, each under If-Match /
If-None-Match: a 412 means another desktop wrote it meanwhile; nothing is
overwritten and the next sync merges it. Nothing is ever deleted here because
another desktop lacks it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from hashlib import sha256
from typing import Any
from urllib.parse import quote

from ghostless.core.models import EventKind, LoopKind, LoopStatus, Outcome
from ghostless.core.shared_record import (
    BATCHES,
    FIELDS,
    Conflict,
    SharedEvent,
    SharedLoop,
    batch_entries,
    batch_of,
    batch_text,
    merge,
    record_order,
)
from ghostless.core.timeparse import from_utc_text, to_utc_text
from ghostless.services.dav_client import (
    WRITE_CONNECTIONS,
    DavChanged,
    DavCollection,
    RemoteObject,
    advance_past_own_writes,
    write_all,
)
from ghostless.services.ledger import Ledger, contacts_of, store_of
from ghostless.store.dav import DavRepository, SharedBatch, SharedRecord, SharedRepository
from ghostless.store.loops import LoopRepository

LEDGER = "ledger"
CONTACTS = "contacts"
LOOP, CONTACT = "loop", "contact"
#: Part of every card's digest: a new card layout gets every card written again.
CARD_FORMAT = 1
_BATCH_NAME = re.compile(r"ghostless-ledger-(\d+)\.ics$")


@dataclass
class LedgerReport:
    """What the ledger part of a sync did (counted into the sync's report)."""

    loops_sent: int = 0
    loops_received: int = 0
    events_received: int = 0
    contacts_sent: int = 0
    contacts_received: int = 0
    conflicts: int = 0
    notes: list[str] = field(default_factory=list)


def _digest(text: str | bytes) -> str:
    data = text.encode() if isinstance(text, str) else text
    return sha256(data).hexdigest()


# -- reading this desktop's ledger in its shared form ---------------------------------
def local_loops(shared: SharedRepository) -> dict[str, tuple[int, SharedLoop]]:
    """Every loop here, by UID, with its id: three queries, whatever the number of loops."""
    events: dict[int, list[SharedEvent]] = defaultdict(list)
    for loop_id, uid, kind, at, text, recorded in shared.event_rows():
        events[int(loop_id)].append(SharedEvent(str(uid), str(kind), str(at), str(text),
                                                str(recorded)))  # fmt: skip
    times: dict[int, dict[str, str]] = defaultdict(dict)
    for loop_id, name, at in shared.field_time_rows():
        times[int(loop_id)][str(name)] = str(at)
    found: dict[str, tuple[int, SharedLoop]] = {}
    for row in shared.loop_rows():
        (
            loop_id,
            uid,
            contact_uid,
            kind,
            subject,
            status,
            outcome,
            closed,
            opened,
            deadline,
            notes,
        ) = row
        values = {
            "subject": str(subject),
            "kind": str(kind),
            "status": f"{status}|{outcome or ''}|{closed or ''}",
            "deadline": str(deadline or ""),
        }
        set_at = {name: times[loop_id].get(name, str(opened)) for name in FIELDS}
        found[str(uid)] = (
            int(loop_id),
            SharedLoop(str(uid), str(contact_uid), str(opened), str(notes), values, set_at,
                       tuple(events[int(loop_id)])),
        )  # fmt: skip
    return found


def _batch_summary(number: int, entries: Mapping[str, Mapping[str, Any]]) -> tuple[str, str]:
    """What a person opening the journal entry reads: which loops it carries."""
    lines = []
    for uid in sorted(entries):
        fields = entries[uid].get("fields") or {}
        subject = (fields.get("subject") or [uid])[0]
        lines.append(f"{subject} ({len(entries[uid].get('events') or ())} entries)")
    return f"Ghostless ledger, part {number + 1} of {BATCHES}", "\n".join(lines)


def _parse_entries(obj: RemoteObject) -> dict[str, dict[str, Any]] | None:
    """The loops a journal entry carries, as read (None: not a Ghostless entry)."""
    from ghostless.services.icalendar_write import journal_record

    if obj.data is None:
        return None
    try:
        record = journal_record(obj.data)
        return None if record is None else batch_entries(record)
    except (ValueError, KeyError, TypeError):
        return None


class LedgerSync:
    """Contacts and loops shared through one address book and one journal calendar."""

    def __init__(
        self,
        ledger: Ledger,
        loops: DavCollection,
        contacts: DavCollection,
        connections: int = WRITE_CONNECTIONS,
    ) -> None:
        self.ledger = ledger
        self.connections = connections
        self.loops = loops
        self.contacts = contacts
        self.store = store_of(ledger)
        self.shared = SharedRepository(self.store)
        self.state = DavRepository(self.store)
        self.loop_repo = LoopRepository(self.store)

    def run(self, report: LedgerReport) -> None:
        """Read and apply, then write what changed here (DavError propagates: retry later)."""
        now = self.ledger.clock.now()
        cards = self.contacts.delta(self.state.state(CONTACTS).sync_token, self._known(CONTACT))
        journal = self.loops.delta(self.state.state(LEDGER).sync_token, self._known(LOOP))
        with self.ledger.transaction():
            complete = self._apply_contacts(cards.objects, report)
            complete = self._apply_loops(journal.objects, report, now) and complete
            # A loop whose contact is not here yet is read again next time.
            self.state.set_state(CONTACTS, cards.token if complete else None, now, {})
            self.state.set_state(LEDGER, journal.token if complete else None, now, {})
        self._write_contacts(report)
        self._write_loops(report, now)
        for name, kind, collection, wrote in (
            (CONTACTS, CONTACT, self.contacts, report.contacts_sent),
            (LEDGER, LOOP, self.loops, report.loops_sent),
        ):
            state = self.state.state(name)
            if wrote and state.sync_token is not None:
                token = advance_past_own_writes(
                    collection, state.sync_token, self._known(kind), set()
                )
                self.state.set_state(name, token, now, {})

    def _known(self, kind: str) -> dict[str, str | None]:
        """What this desktop holds of each item, by address: a batch still holding
        loops not taken here is left out, so it is read again."""
        if kind == LOOP:
            return {b.href: b.etag for b in self.shared.batches().values() if not b.waiting}
        return {r.href: r.etag for r in self.shared.records(kind).values()}

    def _batch_href(self, number: int) -> str:
        return f"{self.loops.url}ghostless-ledger-{number:02d}.ics"

    def _batch_number(self, href: str) -> int | None:
        """Which batch lives at ``href`` (None: a loop written alone, before batches)."""
        found = _BATCH_NAME.search(href)
        if found is None or self._batch_href(int(found.group(1))) != href:
            return None
        number = int(found.group(1))
        return number if number < BATCHES else None

    def write_back(self, report: LedgerReport) -> None:
        """Write the loops changed here since the last write (after the tasks' changes)."""
        self._write_loops(report, self.ledger.clock.now())

    # -- contacts ----------------------------------------------------------------------
    def _apply_contacts(self, objects: tuple[RemoteObject, ...], report: LedgerReport) -> bool:
        import vobject

        from ghostless.services.vcard_read import card_record

        records = self.shared.records(CONTACT)
        by_href = {r.href: r for r in records.values()}
        ids = self.shared.ids_by_uid("contacts")
        seen: list[SharedRecord] = []
        for obj in objects:
            known = by_href.get(obj.href)
            if obj.data is None or (known is not None and known.etag == obj.etag):
                continue  # deleted elsewhere (kept here), or our own write
            text = obj.data.decode("utf-8")
            try:
                uid = str(vobject.readOne(text).uid.value)
            except Exception:  # noqa: BLE001 - vobject raises many types for a bad card
                report.notes.append(f"{obj.href}: not a card Ghostless can read; left alone")
                continue
            record = card_record(text, 1)
            if not record.name:
                continue
            fields: dict[str, Any] = {
                "name": record.name, "org": record.org, "role": record.role,
                "notes": record.notes, "tags": record.tags, "addresses": record.addresses,
            }  # fmt: skip
            if uid in ids:
                self.ledger.update_contact(ids[uid], **fields)
            else:
                contact_id = self.ledger.add_contact(**fields)
                self.shared.set_uid("contacts", contact_id, uid)
                ids[uid] = contact_id
            report.contacts_received += 1
            seen.append(SharedRecord(uid, obj.href, obj.etag, self._card_digest(ids[uid], uid)))
        self.shared.put_records(CONTACT, seen)
        return True

    def _card_digest(self, contact_id: int, uid: str) -> str:
        """What the contact's card says, hashed without writing the card: every field
        the card is made of is in the contact (so a new digest means a new card)."""
        return _digest(f"{CARD_FORMAT}\x1f{uid}\x1f{contacts_of(self.ledger).get(contact_id)!r}")

    def _write_contacts(self, report: LedgerReport) -> None:
        from ghostless.services.vcard_export import vcard

        records = self.shared.records(CONTACT)
        changed: list[tuple[str, str, bytes, SharedRecord | None]] = []
        for contact_id, uid, _updated in self.shared.contact_rows():
            digest = self._card_digest(contact_id, uid)
            known = records.get(uid)
            if known is not None and known.digest == digest:
                continue
            card = vcard(contacts_of(self.ledger).get(contact_id), uid=uid)
            changed.append((uid, digest, card.encode(), known))
        done: list[SharedRecord] = []

        def sent(index: int, etag: str | None) -> None:
            uid, digest, _data, known = changed[index]
            done.append(SharedRecord(uid, self._card_href(uid, known), etag, digest))
            report.contacts_sent += 1

        def refused(index: int, exc: DavChanged) -> None:
            report.notes.append(f"contact {changed[index][0]}: {exc}")

        jobs = [partial(self._put, self._card_href(uid, known), data, known)
                for uid, _digest_, data, known in changed]  # fmt: skip
        try:
            write_all(jobs, self.connections, sent, refused)
        finally:
            self.shared.put_records(CONTACT, done)

    def _card_href(self, uid: str, known: SharedRecord | None) -> str:
        return known.href if known else f"{self.contacts.url}{quote(uid, safe='')}.vcf"

    def _put(self, href: str, data: bytes, known: SharedRecord | None) -> str | None:
        if known is None:
            return self.contacts.create(href, data)
        return self.contacts.replace(href, data, known.etag)

    # -- loops -------------------------------------------------------------------------
    def _apply_loops(
        self, objects: tuple[RemoteObject, ...], report: LedgerReport, now: datetime
    ) -> bool:
        batches = self.shared.batches()
        by_href = {b.href: b for b in batches.values()}
        if not objects:
            return True
        contact_ids = self.shared.ids_by_uid("contacts")
        mine = local_loops(self.shared)
        complete = True
        seen: list[SharedRecord] = []
        read: list[SharedBatch] = []
        for obj in objects:
            known = by_href.get(obj.href)
            if obj.data is None or (known and not known.waiting and known.etag == obj.etag):
                continue
            entries = _parse_entries(obj)
            if entries is None:
                report.notes.append(f"{obj.href}: not a Ghostless loop; left alone")
                continue
            before = batch_entries(known.body) if known is not None else {}
            waiting = False
            for uid, entry in entries.items():
                if before.get(uid) == entry and uid in mine:
                    continue  # this loop is as it was when this desktop last saw the batch
                try:
                    theirs = SharedLoop.from_dict(entry)
                except (ValueError, KeyError, TypeError, IndexError):
                    report.notes.append(f"{obj.href}: loop {uid} unreadable; left alone")
                    continue
                if theirs.contact_uid not in contact_ids:
                    report.notes.append(f"loop {theirs.uid}: its contact is not here yet")
                    complete, waiting = False, True
                    continue
                agreed = self._merge_loop(theirs, mine, contact_ids, report, now)
                # Seen at this version: our next write goes on top of it (If-Match). A field
                # in conflict counts as agreed, so it alone is not written back and forth.
                seen.append(SharedRecord(theirs.uid, obj.href, obj.etag, _digest(agreed.to_json())))
            number = self._batch_number(obj.href)
            if number is not None:
                read.append(SharedBatch(number, obj.href, obj.etag, batch_text(entries), waiting))
        self.shared.put_records(LOOP, seen)
        self.shared.put_batches(read)
        return complete

    def _merge_loop(
        self,
        theirs: SharedLoop,
        mine: dict[str, tuple[int, SharedLoop]],
        contact_ids: dict[str, int],
        report: LedgerReport,
        now: datetime,
    ) -> SharedLoop:
        """Take another desktop's loop here; returns the version both now agree on."""
        if theirs.uid not in mine:
            self._add_loop(theirs, contact_ids[theirs.contact_uid])
            report.loops_received += 1
            report.events_received += len(theirs.events)
            return theirs
        loop_id, local = mine[theirs.uid]
        merged = merge(local, theirs)
        self._take(loop_id, merged.take)
        self._add_events(loop_id, merged.add)
        report.events_received += len(merged.add)
        for conflict in merged.conflicts:
            self._conflict(conflict, now)
            report.conflicts += 1
        for name in merged.take:
            self.shared.clear_conflict(theirs.uid, name)
        if merged.take or merged.add:
            report.loops_received += 1
        return _agreeing(theirs, local, merged.conflicts)

    def _add_loop(self, theirs: SharedLoop, contact_id: int) -> None:
        loop_id = self.loop_repo.add_shared(
            uid=theirs.uid,
            contact_id=contact_id,
            kind=LoopKind(theirs.values["kind"]),
            subject=theirs.values["subject"],
            opened_at=from_utc_text(theirs.opened_at),
            notes=theirs.notes,
            events=list(_event_rows(tuple(sorted(theirs.events, key=record_order)))),
        )
        self._take(loop_id, {name: (theirs.values[name], theirs.set_at[name]) for name in FIELDS})

    def _add_events(self, loop_id: int, events: tuple[SharedEvent, ...]) -> None:
        if events:
            self.loop_repo.add_shared_events(loop_id, list(_event_rows(events)))

    def _take(self, loop_id: int, take: Any) -> None:
        _take(self.loop_repo, loop_id, take)

    def _conflict(self, conflict: Conflict, now: datetime) -> None:
        self.shared.put_conflict(
            (conflict.loop_uid, conflict.field, conflict.mine, conflict.theirs,
             conflict.mine_set_at, conflict.theirs_set_at, to_utc_text(now))
        )  # fmt: skip

    def _write_loops(self, report: LedgerReport, now: datetime) -> None:
        """Write each batch holding a loop changed here: its other loops as the server
        last had them, so a loop this desktop cannot take yet is carried on."""
        records = self.shared.records(LOOP)
        changed: dict[int, dict[str, SharedLoop]] = defaultdict(dict)
        digests: dict[str, str] = {}
        for uid, (_loop_id, loop) in local_loops(self.shared).items():
            number = batch_of(uid)
            digest = _digest(loop.to_json())
            known = records.get(uid)
            if known and known.digest == digest and known.href == self._batch_href(number):
                continue
            changed[number][uid] = loop
            digests[uid] = digest
        batches = self.shared.batches()
        writes: list[tuple[SharedBatch, SharedBatch | None, dict[str, SharedLoop]]] = []
        for number in sorted(changed):
            loops, batch = changed[number], batches.get(number)
            entries = batch_entries(batch.body) if batch is not None else {}
            entries.update({uid: loop.to_dict() for uid, loop in loops.items()})
            waiting = batch is not None and batch.waiting
            writes.append((SharedBatch(number, self._batch_href(number), None,
                                       batch_text(entries), waiting), batch, loops))  # fmt: skip
        done: list[SharedRecord] = []
        written: list[SharedBatch] = []

        def sent(index: int, etag: str | None) -> None:
            new, _old, loops = writes[index]
            written.append(replace(new, etag=etag))
            done.extend(SharedRecord(uid, new.href, etag, digests[uid]) for uid in loops)
            report.loops_sent += len(loops)

        def refused(index: int, exc: DavChanged) -> None:
            report.notes.append(f"ledger part {writes[index][0].batch + 1}: {exc}")

        try:
            jobs = [partial(self._put_batch, new, old, now) for new, old, _loops in writes]
            write_all(jobs, self.connections, sent, refused)
        finally:
            with self.ledger.transaction():
                self.shared.put_batches(written)
                self.shared.put_records(LOOP, done)

    def _put_batch(self, new: SharedBatch, old: SharedBatch | None, now: datetime) -> str | None:
        """Write one batch: new (If-None-Match), or on top of the version last seen."""
        from ghostless.services.icalendar_write import journal_bytes

        entries = batch_entries(new.body)
        summary, description = _batch_summary(new.batch, entries)
        data = journal_bytes(f"ghostless-ledger-{new.batch:02d}", summary, description, new.body,
                             now=now)  # fmt: skip
        if old is None:
            return self.loops.create(new.href, data)
        return self.loops.replace(new.href, data, old.etag)


def _take(repo: LoopRepository, loop_id: int, take: Any) -> None:
    """Set fields as another desktop set them, keeping the time they were set there."""
    for name, (value, set_at_text) in take.items():
        set_at = from_utc_text(set_at_text)
        if name in {"subject", "kind"}:
            loop = repo.get(loop_id)
            repo.update(
                loop_id, contact_id=loop.contact_id,
                kind=LoopKind(value) if name == "kind" else loop.kind,
                subject=value if name == "subject" else loop.subject,
                notes=loop.notes, set_at=set_at,
            )  # fmt: skip
        elif name == "deadline":
            repo.set_deadline(loop_id, from_utc_text(value) if value else None, set_at=set_at)
        elif name == "status":
            status, outcome, closed = ([*value.split("|"), "", ""])[:3]
            repo.set_status(
                loop_id, LoopStatus(status), outcome=Outcome(outcome) if outcome else None,
                closed_at=from_utc_text(closed) if closed else None, set_at=set_at,
            )  # fmt: skip
        # An equal value set later there: its time is kept too, so both sides agree.
        repo.mark_set(loop_id, [name], set_at)


def _agreeing(theirs: SharedLoop, mine: SharedLoop, conflicts: tuple[Conflict, ...]) -> SharedLoop:
    if not conflicts:
        return theirs
    values, set_at = dict(theirs.values), dict(theirs.set_at)
    for conflict in conflicts:
        values[conflict.field] = mine.values[conflict.field]
        set_at[conflict.field] = mine.set_at[conflict.field]
    return replace(theirs, values=values, set_at=set_at)


def _event_rows(
    events: tuple[SharedEvent, ...],
) -> Iterator[tuple[str, EventKind, datetime, str, datetime]]:
    for e in events:
        yield e.uid, EventKind(e.kind), from_utc_text(e.at), e.text, from_utc_text(e.recorded_at)


def settle(ledger: Ledger, loop_id: int, field_name: str, *, take_theirs: bool) -> str:
    """The user's pick for a conflict: keep this desktop's value, or take the other's.
    Either way it is set now, so it is the latest and every desktop takes it at its
    next sync. Returns the value kept."""
    from ghostless.core.errors import InputError

    shared = SharedRepository(store_of(ledger))
    uids = {row_id: uid for uid, row_id in shared.ids_by_uid("loops").items()}
    ledger.loop(loop_id)  # NotFoundError naming the loop
    found = [row for row in shared.conflicts() if row[0] == uids[loop_id] and row[1] == field_name]
    if not found:
        raise InputError(f"loop {loop_id}: no conflict on {field_name!r}", field="field")
    _uid, _field, mine, theirs, *_times = found[0]
    now = to_utc_text(ledger.clock.now())
    with ledger.transaction():
        _take(
            LoopRepository(store_of(ledger)),
            loop_id,
            {field_name: (theirs if take_theirs else mine, now)},
        )
        shared.clear_conflict(uids[loop_id], field_name)
    return theirs if take_theirs else mine
