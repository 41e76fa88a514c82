"""One mail sync: every local source and every IMAP account, into the one ingest.

``ghostless mail sync``, the Mail view's "Sync now", the accounts dialog's
"Sync now" and the window's timer all run :func:`sync_mail`, on a ledger of its
own (a worker thread's, or the command's):

- the local Maildir and mbox sources are read first (no database) and kept in
  one transaction (:mod:`ghostless.services.mail_sync`); cancelled while
  reading, nothing of them is kept;
- then each IMAP account is read a batch at a time
  (:mod:`ghostless.services.imap_sync`); each batch is parsed and handed to
  :class:`~ghostless.services.mail_ingest.MailIngest` inside the transaction
  that also advances the folder's sync state, so a dropped connection leaves
  nothing half-written and loses nothing: a message read is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ghostless.core.mail_message import MailMessage, parse_mail
from ghostless.services.imap_sync import AccountReport, LedgerPlace, MailSync, SyncProgress
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.mail import MailService
from ghostless.services.mail_ingest import MailIngest
from ghostless.services.mail_local import Cancelled, Progress
from ghostless.services.mail_source import RawMail
from ghostless.services.mail_sync import MailSource, SyncCancelled, collect, keep
from ghostless.services.secrets import SecretStore
from ghostless.store.mail_accounts import MailAccountRepository


def parse_raw(raw: RawMail, source: str) -> MailMessage:
    """One message read from a server, as Ghostless keeps it."""
    return parse_mail(
        raw.header_bytes, raw.snippet, source=source, folder=raw.folder,
        fallback_at=raw.arrived, body_start=raw.body_start,
    )  # fmt: skip


class IngestConsumer:
    """Parses each IMAP batch and keeps it through :class:`MailIngest` (a BatchConsumer).

    Called inside the store's write transaction of :class:`MailSync`: the
    ingest's own transaction becomes a savepoint of it, so the messages, the
    events logged in linked loops and the folder's state commit together.
    """

    def __init__(self, ledger: Ledger) -> None:
        self._ingest = MailIngest(ledger)
        self._labels = {
            account.id: account.label for account in MailAccountRepository(store_of(ledger)).all()
        }
        self.read = 0
        self.new_messages = 0
        self.logged_events = 0

    def __call__(self, account_id: int, folder: str, batch: list[RawMail]) -> None:
        source = f"imap:{self._labels.get(account_id, account_id)}"
        messages = [parse_raw(raw, source) for raw in batch]
        result = self._ingest.ingest(messages)
        self.read += len(messages)
        self.new_messages += result.new_messages
        self.logged_events += result.logged_events


@dataclass(slots=True)
class MailSyncReport:
    """What one whole sync read and kept.

    ``cancelled`` with ``local_read`` 0 and no accounts: stopped while reading
    the local sources, nothing kept. An account stopped half-way keeps every
    batch read before (its report says ``cancelled``).
    """

    sources: int = 0
    local_read: int = 0
    imap_read: int = 0
    new_messages: int = 0
    logged_events: int = 0
    failures: list[str] = field(default_factory=list)
    accounts: list[AccountReport] = field(default_factory=list)
    cancelled: bool = False

    @property
    def read(self) -> int:
        return self.local_read + self.imap_read

    @property
    def problems(self) -> list[str]:
        """One sentence per source or account that could not be read."""
        return self.failures + [report.error for report in self.accounts if report.error]


def sync_mail(
    place: LedgerPlace,
    secrets: SecretStore,
    *,
    extra_sources: Sequence[MailSource] = (),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> MailSyncReport:
    """Read every local source and every IMAP account into the ledger at ``place``.

    ``progress(done, total, what)``: ``total`` is 0 when not known (IMAP).
    ``extra_sources`` are read with the local ones (tests, other readers).
    """
    ledger = place.open()
    try:
        return _sync(ledger, secrets, list(extra_sources), progress, cancelled)
    finally:
        ledger.close()


def _sync(
    ledger: Ledger,
    secrets: SecretStore,
    extra_sources: list[MailSource],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> MailSyncReport:
    from ghostless.services.settings import SettingsService

    service = MailService(ledger)
    sources: list[MailSource] = [*service.sources(), *extra_sources]
    report = MailSyncReport(sources=len(sources))
    if sources:
        try:
            collected = collect(sources, progress, cancelled)
        except SyncCancelled:
            report.cancelled = True
            return report
        kept = keep(service.ingest(), collected)
        report.local_read = kept.read
        report.new_messages += kept.result.new_messages
        report.logged_events += kept.result.logged_events
        report.failures += kept.failures
    consumer = IngestConsumer(ledger)
    days = SettingsService(ledger).current().mail_first_sync_days
    report.accounts = MailSync(ledger, secrets, consumer).sync_all(
        days=days, progress=_imap_progress(progress), cancelled=cancelled
    )
    report.imap_read = consumer.read
    report.new_messages += consumer.new_messages
    report.logged_events += consumer.logged_events
    report.cancelled = report.cancelled or any(a.cancelled for a in report.accounts)
    return report


def _imap_progress(progress: Progress | None) -> Callable[[SyncProgress], None] | None:
    if progress is None:
        return None
    report = progress

    def imap_progress(step: SyncProgress) -> None:
        report(step.done, 0, f"imap:{step.account}: {step.folder}")

    return imap_progress


__all__ = ["IngestConsumer", "MailSyncReport", "parse_raw", "sync_mail"]
