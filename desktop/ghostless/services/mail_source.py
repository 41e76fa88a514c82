"""What a mail source hands over: raw headers per message, in batches.

A source (the IMAP fetcher, :mod:`ghostless.services.mail_imap`) reads a folder
and calls a :class:`BatchConsumer` with each batch. The consumer is called
inside the write transaction of the ledger's store in which the source also
advances that folder's sync state (:mod:`ghostless.services.imap_sync`): the
consumer writes through the same ledger, so its writes and the new state commit
together, and if either fails both are rolled back and the batch is read again
by the next sync. A consumer must therefore not commit on its own, nor write
through another connection.

A consumer may see a message again: when the server renumbers a folder (a new
UIDVALIDITY) the folder is read again from the start, and the same message may
sit in two folders. It recognises messages by their headers (Message-ID), not
by folder and UID.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from ghostless.services.ledger import Ledger, store_of
from ghostless.store.mail import MailRepository
from ghostless.store.mail_accounts import MailAccountRepository


@dataclass(frozen=True, slots=True)
class RawMail:
    """One message as read from a folder, before parsing.

    Attributes:
        folder: the folder's name on the server (``INBOX``, ``Sent``...).
        uid: its IMAP UID in that folder (unique within the folder's UIDVALIDITY).
        header_bytes: the raw header fields Ghostless reads
            (:data:`~ghostless.core.mail_message.HEADER_FIELDS`), as the server holds them.
        snippet: up to 200 characters of the first text/plain part, decoded, or
            None when there is none (HTML only) or it could not be read.
        body_start: the first bytes of the body, where a calendar invitation's or
            a read receipt's part shows itself.
        arrived: when the server received it (IMAP INTERNALDATE), an aware
            instant; dates a message whose Date header cannot be read.
    """

    folder: str
    uid: int
    header_bytes: bytes
    snippet: str | None
    body_start: bytes = b""
    arrived: datetime | None = None


class BatchConsumer(Protocol):
    """Takes one batch of messages from one folder of one account (see the module doc)."""

    def __call__(self, account_id: int, folder: str, batch: list[RawMail]) -> None: ...


def has_mail_to_sync(ledger: Ledger) -> bool:
    """Whether a sync has anything to read: an IMAP account or a local Maildir or mbox
    (cheap: no mail module is loaded for it)."""
    store = store_of(ledger)
    return bool(MailAccountRepository(store).all()) or bool(MailRepository(store).sources())
