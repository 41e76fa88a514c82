"""Keeping mail from any source, and logging new messages into the loops linked to them.

How a source hands its messages over (the local Maildir and mbox reader, the
IMAP sync)::

    from ghostless.services.mail_ingest import MailIngest

    result = MailIngest(ledger).ingest(messages)   # an iterable of MailMessage

``ingest`` runs in one transaction: the messages not kept yet (by Message-ID;
a message met in two folders is kept once) are stored, and every new message
of a thread linked to a loop is logged in that loop as a message received or
sent, at its real time, so the loop's turn flips. It is idempotent: handing the
same messages over again, any number of times, stores and logs nothing more.
Call it on the thread that owns the ledger's connection (the GUI thread in the
window); read the mail itself anywhere (see :mod:`ghostless.services.mail_sync`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from ghostless.core.mail_message import MailMessage
from ghostless.core.mail_rules import counts
from ghostless.core.mail_threads import Me, thread_messages
from ghostless.core.models import EventKind
from ghostless.services.ledger import Ledger, store_of
from ghostless.store.loops import LoopRepository
from ghostless.store.mail import MailRepository

#: How far from a mail message an event logged by hand may be and still be that message.
HAND_LOGGED_BEFORE = timedelta(days=1)
HAND_LOGGED_AFTER = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one hand-over changed: messages newly kept, events newly logged."""

    new_messages: int
    logged_events: int


def event_text(message: MailMessage) -> str:
    return message.snippet or message.subject


class MailIngest:
    """Stores parsed mail in a ledger's store and keeps linked loops up to date."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._store = store_of(ledger)
        self._mail = MailRepository(self._store)
        self._loops = LoopRepository(self._store)

    def ingest(self, messages: Iterable[MailMessage]) -> IngestResult:
        """Keep ``messages`` and log what is new in linked loops, all in one transaction."""
        now = self._ledger.clock.now()
        with self._store.transaction():
            added = self._mail.add_messages(messages, at=now)
            logged = self.log_linked() if added else 0
        return IngestResult(len(added), logged)

    def log_linked(self) -> int:
        """Log every message of a linked thread not logged in its loop yet; how many."""
        links = self._mail.links()
        if not links:
            return 0
        me = Me(self._mail.me())
        now = self._ledger.clock.now()
        logged = 0
        with self._store.transaction():
            threads = thread_messages(self._mail.messages(), me)
            by_id = {message_id: thread for thread in threads for message_id in thread.message_ids}
            for linked_id, loop_id in links.items():
                thread = by_id.get(linked_id)
                if thread is None:
                    continue
                done = self._mail.logged(loop_id)
                for message in thread.messages:
                    if message.message_id in done or not counts(message, me):
                        continue
                    kind = EventKind.SENT if message.sender in me else EventKind.RECEIVED
                    recorded = self._recorded_by_hand(loop_id, kind, message)
                    if recorded is not None:
                        self._mail.mark_logged(loop_id, message.message_id, recorded)
                        continue
                    event_id = self._loops.log_event(
                        loop_id,
                        kind,
                        at=message.at or now,
                        text=event_text(message),
                        recorded_at=now,
                    )
                    self._mail.mark_logged(loop_id, message.message_id, event_id)
                    logged += 1
        return logged

    def _recorded_by_hand(self, loop_id: int, kind: EventKind, message: MailMessage) -> int | None:
        """A message the user already logged (sent from the Close politely wizard through
        their mail client, say): a same-kind event no mail is tied to, from up to a day
        before the message to an hour after. Its id, so the message is not logged twice."""
        if message.at is None:
            return None
        tied = self._mail.logged_event_ids(loop_id)
        for event in self._loops.events(loop_id):
            if event.kind is not kind or event.id in tied:
                continue
            if message.at - HAND_LOGGED_BEFORE <= event.at <= message.at + HAND_LOGGED_AFTER:
                # the event is at most a day before the message, or an hour after it
                return event.id
        return None
