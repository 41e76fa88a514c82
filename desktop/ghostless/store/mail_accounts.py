"""IMAP accounts and how far each of their folders has been read (see m008_mail_accounts).

No password is ever written here: it lives in the system keyring, under the
key the services derive from the account.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from ghostless.core.errors import InputError
from ghostless.store.database import Store


@dataclass(frozen=True, slots=True)
class MailAccount:
    """One IMAP account as kept: where, as whom, and which addresses are the user's."""

    id: int
    host: str
    port: int
    security: str  # "tls" (implicit, port 993) or "starttls"
    username: str
    ca_file: str
    addresses: tuple[str, ...]
    sent_folder: str
    last_sync_at: str | None
    last_error: str

    @property
    def label(self) -> str:
        """How messages name the account: ``user@host``."""
        return f"{self.username} on {self.host}"


@dataclass(frozen=True, slots=True)
class FolderState:
    """How far one folder has been read: every UID below ``uidnext`` was handed over.

    ``complete`` is false while a first sync is still on its way through the
    folder (the next sync resumes it from ``uidnext``).
    """

    uidvalidity: int
    uidnext: int
    highestmodseq: int | None
    complete: bool


_ACCOUNT_COLUMNS = (
    "id, host, port, security, username, ca_file, addresses, sent_folder, last_sync_at, last_error"
)


def _account(row: tuple[object, ...]) -> MailAccount:
    return MailAccount(
        id=int(str(row[0])),
        host=str(row[1]),
        port=int(str(row[2])),
        security=str(row[3]),
        username=str(row[4]),
        ca_file=str(row[5]),
        addresses=tuple(json.loads(str(row[6]))),
        sent_folder=str(row[7]),
        last_sync_at=None if row[8] is None else str(row[8]),
        last_error=str(row[9]),
    )


class MailAccountRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        *,
        host: str,
        port: int,
        security: str,
        username: str,
        ca_file: str,
        addresses: tuple[str, ...],
        sent_folder: str,
        at: datetime,
    ) -> int:
        conn = self._store.conn
        if conn.execute(
            "SELECT 1 FROM mail_accounts WHERE host = ? AND port = ? AND username = ?",
            (host, port, username),
        ).fetchone():
            raise InputError(
                f"account: {username} on {host}:{port} is already added "
                "(remove it first to change it)",
                field="account",
            )
        with self._store.transaction():
            cursor = conn.execute(
                "INSERT INTO mail_accounts (host, port, security, username, ca_file, addresses, "
                "sent_folder, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    host,
                    port,
                    security,
                    username,
                    ca_file,
                    json.dumps(list(addresses)),
                    sent_folder,
                    at.isoformat(),
                ),
            )
        return int(cursor.lastrowid or 0)

    def all(self) -> list[MailAccount]:
        rows = self._store.conn.execute(
            f"SELECT {_ACCOUNT_COLUMNS} FROM mail_accounts ORDER BY id"
        ).fetchall()
        return [_account(row) for row in rows]

    def get(self, account_id: int) -> MailAccount:
        row = self._store.conn.execute(
            f"SELECT {_ACCOUNT_COLUMNS} FROM mail_accounts WHERE id = ?", (account_id,)
        ).fetchone()
        if row is None:
            raise InputError(f"account: no mail account {account_id}", field="account")
        return _account(row)

    def remove(self, account_id: int) -> None:
        self.get(account_id)
        with self._store.transaction():
            self._store.conn.execute("DELETE FROM mail_accounts WHERE id = ?", (account_id,))

    def record_outcome(
        self, account_id: int, *, at: datetime, error: str, sent_folder: str | None = None
    ) -> None:
        """When the account was last synced and the error that stopped it ('' for none)."""
        with self._store.transaction():
            self._store.conn.execute(
                "UPDATE mail_accounts SET last_sync_at = ?, last_error = ?, "
                "sent_folder = coalesce(?, sent_folder) WHERE id = ?",
                (at.isoformat(), error, sent_folder, account_id),
            )

    # -- folders -----------------------------------------------------------
    def folder_state(self, account_id: int, folder: str) -> FolderState | None:
        row = self._store.conn.execute(
            "SELECT uidvalidity, uidnext, highestmodseq, complete FROM mail_folders "
            "WHERE account_id = ? AND name = ?",
            (account_id, folder),
        ).fetchone()
        if row is None:
            return None
        return FolderState(int(row[0]), int(row[1]), row[2], bool(row[3]))

    def save_folder_state(
        self, account_id: int, folder: str, state: FolderState, *, at: datetime
    ) -> None:
        """Write a folder's state; call it inside the transaction that took its batch."""
        with self._store.transaction():
            self._store.conn.execute(
                "INSERT INTO mail_folders (account_id, name, uidvalidity, uidnext, highestmodseq, "
                "complete, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (account_id, name) DO UPDATE SET uidvalidity = excluded.uidvalidity, "
                "uidnext = excluded.uidnext, highestmodseq = excluded.highestmodseq, "
                "complete = excluded.complete, synced_at = excluded.synced_at",
                (
                    account_id,
                    folder,
                    state.uidvalidity,
                    state.uidnext,
                    state.highestmodseq,
                    int(state.complete),
                    at.isoformat(),
                ),
            )

    def folders(self, account_id: int) -> dict[str, FolderState]:
        rows = self._store.conn.execute(
            "SELECT name, uidvalidity, uidnext, highestmodseq, complete FROM mail_folders "
            "WHERE account_id = ? ORDER BY name",
            (account_id,),
        ).fetchall()
        return {
            str(row[0]): FolderState(int(row[1]), int(row[2]), row[3], bool(row[4])) for row in rows
        }
