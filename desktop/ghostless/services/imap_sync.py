"""Syncing IMAP accounts: what is new in each folder, handed over in batches.

Every sync hands the batches to the mail ingest
(:class:`ghostless.services.mail_sync_run.IngestConsumer`, through
:func:`~ghostless.services.mail_sync_run.sync_mail`, which reads the local
sources too).

The first sync of a folder reads the headers of the messages of the last N
days (the ``mail_first_sync_days`` setting), a batch at a time; later syncs
read only UIDs at or above the stored UIDNEXT, and skip a folder whose STATUS
says nothing arrived. A new UIDVALIDITY (the server renumbered the folder)
starts that folder again from the beginning.

Each batch is handed to the consumer inside one write transaction together
with the folder's new state (see :mod:`ghostless.services.mail_source`): a sync
stopped anywhere (cancelled, connection dropped, server stopped) leaves every
folder at the end of its last saved batch, and the next sync goes on from
there. Errors never escape for one account: each account's report carries the
one sentence to show, and the next sync tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from ghostless.core.clock import Clock
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.mail_imap import (
    Endpoint,
    MailSyncError,
    connect,
    describe_failure,
    disconnect,
    examine,
    fetch_batch,
    folder_status,
    sent_folder,
    uids_from,
)
from ghostless.services.mail_source import BatchConsumer, RawMail
from ghostless.services.secrets import SecretStore, SecretsUnavailable
from ghostless.store.mail_accounts import FolderState, MailAccount, MailAccountRepository

if TYPE_CHECKING:
    from imapclient import IMAPClient

#: Messages per FETCH and per transaction.
BATCH = 500
#: UIDs per SEARCH: memory stays flat however big a folder is.
SEARCH_WINDOW = 20_000
INBOX = "INBOX"

Connector = Callable[[Endpoint, str], "IMAPClient"]


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """How far a sync is: ``done`` messages read so far in ``folder`` of ``account``."""

    account: str
    folder: str
    done: int


@dataclass(slots=True)
class FolderReport:
    folder: str
    fetched: int = 0
    #: The server renumbered the folder (new UIDVALIDITY); it was read again from the start.
    restarted: bool = False
    #: The first sync of this folder (reading back the chosen number of days).
    first: bool = False


@dataclass(slots=True)
class AccountReport:
    account_id: int
    account: str
    folders: list[FolderReport] = field(default_factory=list)
    error: str | None = None
    cancelled: bool = False

    @property
    def fetched(self) -> int:
        return sum(folder.fetched for folder in self.folders)


def imap_key(account: MailAccount | Endpoint) -> str:
    """The keyring key of an account's password."""
    return f"imap:{account.username}@{account.host}:{account.port}"


def endpoint_of(account: MailAccount) -> Endpoint:
    return Endpoint(account.host, account.port, account.security, account.username, account.ca_file)


def _connect(endpoint: Endpoint, password: str) -> IMAPClient:
    return connect(endpoint, password)


class MailSync:
    """Syncs every IMAP account of a ledger into a consumer.

    Use it on the thread that opened ``ledger``: its SQLite connection is not
    shared between threads (the window runs a sync on a worker thread with a
    ledger of its own).
    """

    def __init__(
        self,
        ledger: Ledger,
        secrets: SecretStore,
        consumer: BatchConsumer,
        *,
        connector: Connector = _connect,
        batch: int = BATCH,
    ) -> None:
        self._ledger = ledger
        self._store = store_of(ledger)
        self._repo = MailAccountRepository(self._store)
        self._secrets = secrets
        self._consumer = consumer
        self._connector = connector
        self._batch = batch

    def sync_all(
        self,
        *,
        days: int,
        progress: Callable[[SyncProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[AccountReport]:
        """Sync every account in turn; one account's failure does not stop the others."""
        reports = []
        for account in self._repo.all():
            if cancelled is not None and cancelled():
                break
            reports.append(
                self.sync_account(account, days=days, progress=progress, cancelled=cancelled)
            )
        return reports

    def sync_account(
        self,
        account: MailAccount,
        *,
        days: int,
        progress: Callable[[SyncProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> AccountReport:
        report = AccountReport(account.id, account.label)
        endpoint = endpoint_of(account)
        since = (self._ledger.clock.now() - timedelta(days=days)).date()
        sent: str | None = None
        client: IMAPClient | None = None
        try:
            password = self._secrets.get(imap_key(account))
            if password is None:
                raise MailSyncError(
                    f"{account.label}: no password in the system keyring for this account; "
                    "remove it and add it again",
                    retry=False,
                )
            client = self._connector(endpoint, password)
            sent = sent_folder(client) or ""
            for folder in [INBOX] + ([sent] if sent and sent != INBOX else []):
                folder_report = FolderReport(folder)
                report.folders.append(folder_report)
                done = self._sync_folder(
                    client,
                    account,
                    folder,
                    folder_report,
                    since=since,
                    progress=progress,
                    cancelled=cancelled,
                )
                if not done:
                    report.cancelled = True
                    break
        except (SecretsUnavailable, MailSyncError) as exc:
            report.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - describe_failure re-raises what is a bug
            report.error = str(describe_failure(endpoint, exc))
        finally:
            if client is not None:
                disconnect(client)
        self._repo.record_outcome(
            account.id, at=self._ledger.clock.now(), error=report.error or "", sent_folder=sent
        )
        return report

    def _sync_folder(
        self,
        client: IMAPClient,
        account: MailAccount,
        folder: str,
        report: FolderReport,
        *,
        since: date,
        progress: Callable[[SyncProgress], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> bool:
        """Read what is new in one folder; False when cancelled half-way."""
        state = self._repo.folder_state(account.id, folder)
        status = folder_status(client, folder)
        if state is not None and state.uidvalidity != status.uidvalidity:
            report.restarted = True
            state = None
        if state is not None and state.complete and status.uidnext <= state.uidnext:
            return True  # nothing arrived since the last sync: not even opened
        status = examine(client, folder)
        report.first = state is None or not state.complete
        first_uid = 1 if state is None else state.uidnext
        window = max(SEARCH_WINDOW, self._batch)
        for uids in uids_from(
            client,
            first_uid,
            status.uidnext,
            since=since if report.first else None,
            window=window,
        ):
            for start in range(0, len(uids), self._batch):
                if cancelled is not None and cancelled():
                    return False
                chunk = uids[start : start + self._batch]
                batch = fetch_batch(client, folder, chunk)
                self._hand_over(
                    account.id,
                    folder,
                    batch,
                    FolderState(status.uidvalidity, chunk[-1] + 1, None, complete=False),
                )
                report.fetched += len(batch)
                if progress is not None:
                    progress(SyncProgress(account.label, folder, report.fetched))
        with self._store.transaction():
            self._repo.save_folder_state(
                account.id,
                folder,
                FolderState(status.uidvalidity, status.uidnext, status.highestmodseq, True),
                at=self._ledger.clock.now(),
            )
        return True

    def _hand_over(
        self, account_id: int, folder: str, batch: list[RawMail], state: FolderState
    ) -> None:
        """The consumer's writes and the folder's new state: one transaction."""
        with self._store.transaction():
            self._consumer(account_id, folder, batch)
            self._repo.save_folder_state(account_id, folder, state, at=self._ledger.clock.now())


@dataclass(frozen=True, slots=True)
class LedgerPlace:
    """Where a ledger lives, to open another connection to it on a worker thread."""

    folder: Path
    clock: Clock
    zone: tzinfo

    @classmethod
    def of(cls, ledger: Ledger) -> LedgerPlace:
        return cls(store_of(ledger).path.parent, ledger.clock, ledger.zone)

    def open(self) -> Ledger:
        return Ledger.open(self.folder, self.clock, self.zone)


__all__ = [
    "AccountReport",
    "FolderReport",
    "LedgerPlace",
    "MailSync",
    "SyncProgress",
    "endpoint_of",
    "imap_key",
]
