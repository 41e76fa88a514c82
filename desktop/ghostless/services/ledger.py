"""The loop ledger: every use case on contacts, loops and events.

The command line and the window both go through here, so they accept the same
input, write the same records and report the same errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from ghostless.core.clock import Clock
from ghostless.core.done_words import event_phrase
from ghostless.core.errors import ConfirmationRequired, InputError, StoreCorrupt
from ghostless.core.models import Contact, Event, EventKind, Loop, LoopKind, Outcome
from ghostless.core.plausible import odd_event_time
from ghostless.core.queries import LoopQuery
from ghostless.core.validation import ContactInput, clean_contact, clean_subject, clean_text
from ghostless.services.paths import database_path, ensure_private_dir
from ghostless.services.zone import local_zone, user_zone
from ghostless.store.contacts import ContactRepository
from ghostless.store.database import Store
from ghostless.store.loops import FollowUpFields, LoopRepository

if TYPE_CHECKING:
    from ghostless.services.undo import UndoHistory

__all__ = ["FollowUpFields", "Ledger", "LoopQuery", "contacts_of", "store_of"]


def store_of(ledger: Ledger) -> Store:
    """The ledger's store, for the other services only.

    The window and the command line reach the store through services, never
    directly (an import-linter contract and a test hold them to it), so the
    ledger does not hand its store out as an attribute.
    """
    return ledger._store


def contacts_of(ledger: Ledger) -> ContactRepository:
    """The ledger's contact repository, for the other services only (see :func:`store_of`)."""
    return ledger._contacts


class Ledger:
    """Contacts, loops and their record, with the clock and zone they are read in."""

    def __init__(self, store: Store, clock: Clock, zone: tzinfo) -> None:
        self._store = store
        self.clock = clock
        self.zone = zone
        # Every write through the store recomputes the follow-up windows it
        # changes, in this zone (see ghostless.store.windows).
        store.planning_zone = zone
        self._contacts = ContactRepository(store)
        self._loops = LoopRepository(store)
        # The history is made on first use, with the clock and zone of now: a command
        # that only reads (``ghostless due``) never loads the undo machinery.
        self._history_clock, self._history_zone = clock, zone
        self._history: UndoHistory | None = None

    @property
    def history(self) -> UndoHistory:
        """Every user action below is one step of this history (Ctrl+Z, ``ghostless undo``)."""
        if self._history is None:
            from ghostless.services.undo import UndoHistory

            self._history = UndoHistory(self._store, self._history_clock, self._history_zone)
        return self._history

    @classmethod
    def open(cls, data_dir: Path, clock: Clock, zone: tzinfo | None = None) -> Ledger:
        """Open (creating if needed) the ledger kept in ``data_dir``.

        Without a ``zone``, the user's: the one named in the settings, else the
        system's, so the window and every command agree wherever they run. A
        database file that is there but empty, damaged or not Ghostless's is
        never replaced by a new store: StoreDamaged says so and lists the
        backups to restore.
        """
        ensure_private_dir(data_dir)
        try:
            store = Store.open(database_path(data_dir))
        except StoreCorrupt as exc:
            from ghostless.services.backup import damaged_store

            raise damaged_store(data_dir, exc, zone or local_zone()) from exc
        if zone is None:
            try:
                zone = user_zone(store)
            except BaseException:
                store.close()
                raise
        return cls(store, clock, zone)

    def close(self) -> None:
        self._store.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several use cases that commit together or not at all."""
        with self._store.transaction():
            yield

    # -- contacts ------------------------------------------------------------
    def add_contact(self, **fields: Unpack[ContactInput]) -> int:
        cleaned = clean_contact(**fields)
        with self.history.step(f"add {cleaned.name}"):
            contact_id = self._contacts.add(cleaned, at=self.clock.now())
            self.history.created_contact(contact_id)
        return contact_id

    def update_contact(self, contact_id: int, **fields: Unpack[ContactInput]) -> None:
        cleaned = clean_contact(**fields)
        with self.history.step(f"edit {self.contact(contact_id).name}", contacts=[contact_id]):
            self._contacts.update(contact_id, cleaned, at=self.clock.now())

    def loops_with(self, contact_id: int) -> list[Loop]:
        """Every loop with this contact, open, closed or archived."""
        self.contact(contact_id)
        return self._loops.for_contact(contact_id)

    def contact_holdings(self, contact_id: int) -> tuple[int, int]:
        """The loops, and events in them, that deleting the contact would take along."""
        self.contact(contact_id)
        return self._contacts.holdings(contact_id)

    def delete_contact(self, contact_id: int, *, confirmed: bool = False) -> None:
        """Delete a contact and, once confirmed, every loop with them and its record."""
        contact = self.contact(contact_id)
        loops, events = self._contacts.holdings(contact_id)
        if loops and not confirmed:
            raise ConfirmationRequired(
                f"contact {contact_id} ({contact.name}) has {loops} loop(s) with {events} "
                "event(s) in their record; they would be deleted too, so confirm first"
            )
        with self.history.step(f"delete {contact.name}", contacts=[contact_id]):
            self._contacts.delete(contact_id)

    def contact(self, contact_id: int) -> Contact:
        return self._contacts.get(contact_id)

    def search_contacts(self, text: str = "", *, limit: int = -1, offset: int = 0) -> list[Contact]:
        """Contacts matching a typed filter, by name, as many as ``limit`` from ``offset``."""
        return self._contacts.search(text, limit=limit, offset=offset)

    def open_loop_counts(self, contact_ids: list[int]) -> dict[int, int]:
        """How many open loops each of these contacts has."""
        return self._contacts.open_loop_counts(contact_ids)

    def contact_count(self) -> int:
        return self._contacts.count()

    # -- loops ---------------------------------------------------------------
    def add_loop(
        self,
        *,
        contact_id: int,
        kind: LoopKind,
        subject: str,
        at: datetime | None = None,
        text: str = "",
        notes: str = "",
        deadline: datetime | None = None,
    ) -> int:
        now = self.clock.now()
        cleaned = clean_subject(subject)
        with self.history.step(f"add the loop “{cleaned}”"):
            loop_id = self._loops.add(
                contact_id=contact_id,
                kind=kind,
                subject=cleaned,
                at=at or now,
                recorded_at=now,
                text=clean_text(text),
                notes=clean_text(notes, "notes"),
                deadline=deadline,
            )
            self.history.created_loop(loop_id)
        return loop_id

    # -- follow-up facts -------------------------------------------------------
    def set_deadline(self, loop_id: int, at: datetime | None) -> None:
        """An offer's deadline, a promised date or an interview time (None: none)."""
        with self.history.step(self._about("set the deadline of", loop_id), loops=[loop_id]):
            self._loops.set_deadline(loop_id, at, set_at=self.clock.now())

    def set_referred(self, loop_id: int, referred_loop_id: int | None) -> None:
        """For an introduction: the loop with the person it introduced."""
        touched = [i for i in (loop_id, referred_loop_id) if i is not None]
        with self.history.step(self._about("link an introduction to", loop_id), loops=touched):
            self._loops.set_referred(loop_id, referred_loop_id)

    def set_introduced_by(self, loop_id: int, introduction_id: int | None) -> None:
        """This loop is with someone the introduction ``introduction_id`` vouched for
        (None: with nobody's introduction).

        Linking satisfies the introduction's reach-out; closing this loop then
        owes the referrer a word about the outcome.
        """
        self.loop(loop_id)
        current = self.follow_up_fields(loop_id).introduced_by
        if current == introduction_id:
            return
        touched = [i for i in (loop_id, current, introduction_id) if i is not None]
        with self.history.step(self._about("link an introduction to", loop_id), loops=touched):
            if current is not None:
                self._loops.set_referred(current, None)
            if introduction_id is not None:
                self._loops.set_referred(introduction_id, loop_id)

    def introduced_by_contact(self, loop_id: int, contact_id: int) -> int:
        """This loop is with someone ``contact_id`` introduced the user to.

        Uses that contact's open introduction not yet linked to another loop, or
        records one (dated when this loop began). Returns the introduction's id.
        """
        loop = self.loop(loop_id)
        self.contact(contact_id)  # NotFoundError naming the contact
        if contact_id == loop.contact_id:
            raise InputError(
                "introduced_by: a person cannot introduce you to themselves", field="introduced_by"
            )
        current = self.follow_up_fields(loop_id).introduced_by
        if current is not None and self.loop(current).contact_id == contact_id:
            return current
        label = self._about("link an introduction to", loop_id)
        linked = [i for i in (loop_id, current) if i is not None]
        with self.history.step(label, loops=linked, contacts=[contact_id]):
            found = self._loops.unlinked_introduction(contact_id)
            if found is None:
                # A note, not a message received: nobody wrote anything the user
                # did not log, so none is recorded (and no turn is invented).
                who = loop.contact_name or "someone"
                now = self.clock.now()
                found = self._loops.add(
                    contact_id=contact_id,
                    kind=LoopKind.INTRODUCTION,
                    subject=clean_subject(f"Introduced me to {who}"),
                    at=loop.opened_at,
                    recorded_at=now,
                    text=f"Introduced me to {who} (noted when the loop was linked)",
                    first=EventKind.NOTE,
                )
                self.history.created_loop(found)
            self.set_introduced_by(loop_id, found)
        return found

    def introducer_named(self, loop_id: int, name: str) -> int:
        """This loop is with someone a person not yet among the contacts introduced
        the user to: add them by ``name``, then link as :meth:`introduced_by_contact`."""
        with self.history.step(self._about("link an introduction to", loop_id), loops=[loop_id]):
            contact_id = self.add_contact(name=name)
            return self.introduced_by_contact(loop_id, contact_id)

    def dismiss(self, loop_id: int, key: str) -> None:
        """Dismiss a dismissible item (an offer-deadline note) without acting on it."""
        with self.history.step(self._about("dismiss a note on", loop_id), loops=[loop_id]):
            self._loops.dismiss(loop_id, key, at=self.clock.now())

    def undismiss(self, loop_id: int, key: str) -> bool:
        with self.history.step(self._about("bring back a note on", loop_id), loops=[loop_id]):
            return self._loops.undismiss(loop_id, key)

    def dismissed(self, loop_id: int) -> list[str]:
        """The keys of the items dismissed on this loop, oldest first."""
        return self._loops.dismissed(loop_id)

    def decide_decline(self, loop_id: int, at: datetime | None = None) -> None:
        """Note that the user decided to say no (now, or at ``at``)."""
        with self.history.step(self._about("decide to decline", loop_id), loops=[loop_id]):
            self._loops.set_decline_decided(loop_id, at or self.clock.now())

    def undecide_decline(self, loop_id: int) -> None:
        with self.history.step(self._about("change my mind on", loop_id), loops=[loop_id]):
            self._loops.set_decline_decided(loop_id, None)

    def follow_up_fields(self, loop_id: int) -> FollowUpFields:
        return self._loops.follow_up_fields(loop_id)

    def update_loop(
        self, loop_id: int, *, contact_id: int, kind: LoopKind, subject: str, notes: str = ""
    ) -> None:
        cleaned = clean_subject(subject)
        with self.history.step(self._about("edit", loop_id), loops=[loop_id]):
            self._loops.update(
                loop_id,
                contact_id=contact_id,
                kind=kind,
                subject=cleaned,
                notes=clean_text(notes, "notes"),
                set_at=self.clock.now(),
            )

    def log_event(
        self,
        loop_id: int,
        kind: EventKind,
        *,
        at: datetime | None = None,
        text: str = "",
        confirmed: bool = False,
    ) -> int:
        """Add one dated entry to the loop's record.

        A message logged as sent with a template's unfilled ``[role?]`` mark did
        not go out like that: refused, so the record never shows it. A time far
        in the future or decades back is asked about first (ConfirmationRequired
        unless ``confirmed``).
        """
        if kind is EventKind.SENT:
            from ghostless.core.templates import refuse_unfilled  # writes only: the draft rules

            refuse_unfilled("text", text)
        now = self.clock.now()
        if at is not None and not confirmed:
            self._check_event_time(at, now)
        cleaned = clean_text(text)
        with self.history.step(
            self._about(f"log {event_phrase(kind)} on", loop_id), loops=[loop_id]
        ):
            return self._loops.log_event(loop_id, kind, at=at or now, text=cleaned, recorded_at=now)

    def event(self, event_id: int) -> Event:
        return self._loops.event(event_id)

    def edit_event(
        self,
        event_id: int,
        *,
        kind: EventKind,
        at: datetime,
        text: str = "",
        confirmed: bool = False,
    ) -> None:
        """Correct a logged event (its kind, time or words); undo brings the old one back.

        An odd time is asked about first, as in :meth:`log_event`.
        """
        if kind is EventKind.SENT:
            from ghostless.core.templates import refuse_unfilled  # writes only: the draft rules

            refuse_unfilled("text", text)
        if not confirmed:
            self._check_event_time(at, self.clock.now())
        cleaned = clean_text(text)
        loop_id = self._loops.event(event_id).loop_id
        with self.history.step(self._about("edit an event on", loop_id), loops=[loop_id]):
            self._loops.edit_event(event_id, kind=kind, at=at, text=cleaned)

    def _check_event_time(self, at: datetime, now: datetime) -> None:
        odd = odd_event_time(at, now, self.zone)
        if odd is not None:
            raise ConfirmationRequired(odd)

    def delete_event(self, event_id: int) -> None:
        """Take a mis-logged event out of the record; undo brings it back."""
        loop_id = self._loops.event(event_id).loop_id
        with self.history.step(self._about("delete an event on", loop_id), loops=[loop_id]):
            self._loops.delete_event(event_id)

    def close_loop(self, loop_id: int, outcome: Outcome) -> None:
        with self.history.step(self._about("close", loop_id), loops=[loop_id]):
            self._loops.close(loop_id, outcome, at=self.clock.now())

    def reopen_loop(self, loop_id: int) -> None:
        with self.history.step(self._about("reopen", loop_id), loops=[loop_id]):
            self._loops.reopen(loop_id, set_at=self.clock.now())

    def archive_loop(self, loop_id: int) -> None:
        with self.history.step(self._about("archive", loop_id), loops=[loop_id]):
            self._loops.archive(loop_id, at=self.clock.now())

    def delete_loop(self, loop_id: int, *, confirmed: bool = False) -> None:
        with self.history.step(self._about("delete", loop_id), loops=[loop_id]):
            self._loops.delete(loop_id, confirmed=confirmed)

    def _about(self, verb: str, loop_id: int) -> str:
        """An undo step's words: "close the loop with Priya Raman"."""
        return f"{verb} the loop with {self.loop(loop_id).contact_name}"

    def loop(self, loop_id: int) -> Loop:
        return self._loops.get(loop_id)

    def events(self, loop_id: int) -> list[Event]:
        return self._loops.events(loop_id)

    def count_loops(self, query: LoopQuery = LoopQuery()) -> int:
        """How many loops a list with ``query`` holds (counted in SQL)."""
        return self._loops.count(query)

    def list_loops(
        self, query: LoopQuery = LoopQuery(), *, limit: int = -1, offset: int = 0
    ) -> list[Loop]:
        return self._loops.search(query, limit=limit, offset=offset)

    def loop_position(self, loop_id: int, query: LoopQuery = LoopQuery()) -> int | None:
        """Where ``loop_id`` stands in :meth:`list_loops` with ``query``, None if absent."""
        return self._loops.position(loop_id, query)

    def each_loop(self, query: LoopQuery = LoopQuery()) -> Iterator[Loop]:
        """Every loop ``query`` finds, by urgency, one at a time (the command line's
        ``loops``: constant memory however many there are)."""
        return self._loops.each(query)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the data, whatever other processes write."""
        with self._store.snapshot():
            yield

    def is_empty(self) -> bool:
        # Asked after every write: whether any row is there, never how many.
        row = self._store.conn.execute(
            "SELECT NOT EXISTS (SELECT 1 FROM loops) AND NOT EXISTS (SELECT 1 FROM contacts)"
        ).fetchone()
        return bool(row[0])

    def waited_seconds(self, loop: Loop) -> float | None:
        """How long the loop has waited on its current turn, in seconds."""
        if loop.turn_since is None:
            return None
        return max(0.0, (self.clock.now() - loop.turn_since).total_seconds())
