"""The mail Ghostless keeps (headers and snippets), the user's decisions on it, and links.

Every write runs inside the caller's transaction when there is one
(:meth:`Store.write` nests), so one sync or one Accept commits whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from ghostless.core.timeparse import from_utc_text, to_utc_text
from ghostless.store.database import Store

if TYPE_CHECKING:
    # Parsing mail needs the email package (tens of ms, MBs): loaded when mail is read,
    # not by the check whether there is any mail to sync.
    from ghostless.core.mail_message import MailMessage

_COLUMNS = (
    "message_id, in_reply_to, refs, sender, sender_name, to_addresses, cc_addresses, at, "
    "subject, snippet, marks, source, folder, reply_to"
)


def _row(message: MailMessage, stored_at: str) -> tuple[object, ...]:
    return (
        message.message_id,
        message.in_reply_to,
        json.dumps(list(message.references)),
        message.sender,
        message.sender_name,
        json.dumps(list(message.to)),
        json.dumps(list(message.cc)),
        to_utc_text(message.at) if message.at else None,
        message.subject,
        message.snippet[:200],
        json.dumps(sorted(message.marks)),
        message.source,
        message.folder,
        message.reply_to,
        stored_at,
    )


def _message(row: tuple[object, ...]) -> MailMessage:
    (message_id, in_reply_to, refs, sender, sender_name, to, cc, at, subject, snippet, marks,
     source, folder, reply_to) = row  # fmt: skip
    from ghostless.core.mail_message import MailMessage

    return MailMessage(
        message_id=str(message_id),
        in_reply_to=str(in_reply_to) if in_reply_to else None,
        references=tuple(json.loads(str(refs))),
        sender=str(sender),
        sender_name=str(sender_name),
        to=tuple(json.loads(str(to))),
        cc=tuple(json.loads(str(cc))),
        at=from_utc_text(str(at)) if at else None,
        subject=str(subject),
        snippet=str(snippet),
        marks=frozenset(json.loads(str(marks))),
        source=str(source),
        folder=str(folder),
        reply_to=str(reply_to),
    )


class MailRepository:
    """Reads and writes the mail tables of m007."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _changed(self, sql: str, params: tuple[object, ...]) -> bool:
        """Run one write in a transaction; whether it changed a row."""
        with self._store.transaction():
            return bool(self._store.conn.execute(sql, params).rowcount)

    # -- messages ------------------------------------------------------------
    def add_messages(self, messages: Iterable[MailMessage], *, at: datetime) -> list[str]:
        """Keep the messages not kept yet (by Message-ID); the ids newly kept, in order."""
        stored_at = to_utc_text(at)
        added: list[str] = []
        conn = self._store.conn
        with self._store.transaction():
            for message in messages:
                cursor = conn.execute(
                    f"INSERT OR IGNORE INTO mail_messages ({_COLUMNS}, stored_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    _row(message, stored_at),
                )
                if cursor.rowcount:
                    added.append(message.message_id)
        return added

    def messages(self, since: datetime | None = None) -> list[MailMessage]:
        """Every kept message (or those dated from ``since``; undated ones always)."""
        if since is None:
            rows = self._store.conn.execute(f"SELECT {_COLUMNS} FROM mail_messages")
        else:
            rows = self._store.conn.execute(
                f"SELECT {_COLUMNS} FROM mail_messages WHERE at IS NULL OR at >= ?",
                (to_utc_text(since),),
            )
        return [_message(row) for row in rows]

    def message_count(self) -> int:
        return int(self._store.conn.execute("SELECT count(*) FROM mail_messages").fetchone()[0])

    # -- decisions -----------------------------------------------------------
    def ignore(self, message_id: str, *, at: datetime) -> bool:
        return self._changed(
            "INSERT OR IGNORE INTO mail_ignored (message_id, decided_at) VALUES (?, ?)",
            (message_id, to_utc_text(at)),
        )

    def unignore(self, message_ids: Iterable[str]) -> int:
        with self._store.transaction():
            return sum(
                self._store.conn.execute(
                    "DELETE FROM mail_ignored WHERE message_id = ?", (message_id,)
                ).rowcount
                for message_id in message_ids
            )

    def ignored(self) -> set[str]:
        return {row[0] for row in self._store.conn.execute("SELECT message_id FROM mail_ignored")}

    def never(self, kind: str, value: str, *, at: datetime) -> bool:
        return self._changed(
            "INSERT OR IGNORE INTO mail_never (kind, value, decided_at) VALUES (?, ?, ?)",
            (kind, value, to_utc_text(at)),
        )

    def unnever(self, kind: str, value: str) -> bool:
        return self._changed("DELETE FROM mail_never WHERE kind = ? AND value = ?", (kind, value))

    def never_rules(self) -> list[tuple[str, str]]:
        return [
            (str(kind), str(value))
            for kind, value in self._store.conn.execute(
                "SELECT kind, value FROM mail_never ORDER BY kind, value"
            )
        ]

    # -- links ---------------------------------------------------------------
    def link(self, message_id: str, loop_id: int, *, at: datetime) -> None:
        with self._store.transaction():
            self._store.conn.execute(
                "INSERT INTO mail_links (message_id, loop_id, linked_at) VALUES (?, ?, ?)",
                (message_id, loop_id, to_utc_text(at)),
            )

    def links(self) -> dict[str, int]:
        """Thread (a Message-ID in it) to the loop it is linked to."""
        return {
            str(message_id): int(loop_id)
            for message_id, loop_id in self._store.conn.execute(
                "SELECT message_id, loop_id FROM mail_links"
            )
        }

    def link_of_loop(self, loop_id: int) -> str | None:
        row = self._store.conn.execute(
            "SELECT message_id FROM mail_links WHERE loop_id = ?", (loop_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def logged(self, loop_id: int) -> set[str]:
        return {
            str(row[0])
            for row in self._store.conn.execute(
                "SELECT message_id FROM mail_logged WHERE loop_id = ?", (loop_id,)
            )
        }

    def logged_event_ids(self, loop_id: int) -> set[int]:
        return {
            int(row[0])
            for row in self._store.conn.execute(
                "SELECT event_id FROM mail_logged WHERE loop_id = ? AND event_id IS NOT NULL",
                (loop_id,),
            )
        }

    def mark_logged(self, loop_id: int, message_id: str, event_id: int | None) -> None:
        with self._store.transaction():
            self._store.conn.execute(
                "INSERT OR IGNORE INTO mail_logged (loop_id, message_id, event_id) "
                "VALUES (?, ?, ?)",
                (loop_id, message_id, event_id),
            )

    def contact_for_address(self, key: str) -> tuple[int, bool] | None:
        """The contact holding this e-mail key (any of its addresses), and whether blocked."""
        row = self._store.conn.execute(
            "SELECT contacts.id, contacts.blocked FROM contact_addresses "
            "JOIN contacts ON contacts.id = contact_addresses.contact_id "
            "WHERE contact_addresses.kind = 'email' AND contact_addresses.key = ? "
            "ORDER BY contacts.id LIMIT 1",
            (key,),
        ).fetchone()
        return (int(row[0]), bool(row[1])) if row else None

    # -- sources and addresses -------------------------------------------------
    def add_source(self, kind: str, path: str, *, at: datetime) -> bool:
        return self._changed(
            "INSERT OR IGNORE INTO mail_sources (kind, path, added_at) VALUES (?, ?, ?)",
            (kind, path, to_utc_text(at)),
        )

    def remove_source(self, kind: str, path: str) -> bool:
        return self._changed("DELETE FROM mail_sources WHERE kind = ? AND path = ?", (kind, path))

    def sources(self) -> list[tuple[str, str]]:
        return [
            (str(kind), str(path))
            for kind, path in self._store.conn.execute(
                "SELECT kind, path FROM mail_sources ORDER BY id"
            )
        ]

    def add_me(self, address: str, *, at: datetime) -> bool:
        return self._changed(
            "INSERT OR IGNORE INTO mail_me (address, added_at) VALUES (?, ?)",
            (address, to_utc_text(at)),
        )

    def remove_me(self, address: str) -> bool:
        return self._changed("DELETE FROM mail_me WHERE address = ?", (address,))

    def me(self) -> list[str]:
        """The addresses that are the user's: those given as "me" and every IMAP account's."""
        return [
            str(row[0])
            for row in self._store.conn.execute(
                "SELECT address FROM mail_me UNION "
                "SELECT lower(trim(addresses.value)) FROM mail_accounts, "
                "json_each(mail_accounts.addresses) AS addresses ORDER BY 1"
            )
        ]
