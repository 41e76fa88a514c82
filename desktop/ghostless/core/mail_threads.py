"""Threading mail: which messages belong to one conversation.

By References and In-Reply-To first (every id a message names joins it to the
message holding that id, even one Ghostless never saw: two replies to a
missing message still meet there). A message that names no other falls back
to its normalised subject and the same counterpart within 30 days of the
thread's last message, which catches clients that drop the headers.

In a thread, a reply comes after the message it answers even when its own time
says otherwise (no Date, a fallback time, a sender's clock set wrong): the reply
chain is the surer order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ghostless.core.mail_message import MailMessage, normal_subject

SUBJECT_WINDOW = timedelta(days=30)
_UNDATED = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class MailThread:
    """One conversation: its messages oldest first; ``root`` is the first one's Message-ID."""

    root: str
    messages: tuple[MailMessage, ...]

    @property
    def message_ids(self) -> frozenset[str]:
        return frozenset(message.message_id for message in self.messages)


class Me:
    """The user's own addresses. ``user+tag@host`` counts as ``user@host``."""

    def __init__(self, addresses: Iterable[str]) -> None:
        self._addresses = frozenset(_plain(address) for address in addresses if address.strip())

    def __contains__(self, address: object) -> bool:
        return isinstance(address, str) and _plain(address) in self._addresses

    def __bool__(self) -> bool:
        return bool(self._addresses)

    @property
    def addresses(self) -> frozenset[str]:
        return self._addresses

    @property
    def names(self) -> frozenset[str]:
        """The first names my addresses give ("alex" of alex.morgan@), to tell when a
        message to others asks me by name."""
        found = set()
        for address in self._addresses:
            words = re.split(r"[^a-z]+", address.partition("@")[0])
            name = next((word for word in words if len(word) >= 3), None)
            if name:
                found.add(name)
        return frozenset(found)


def _plain(address: str) -> str:
    address = address.strip().lower()
    local, at, host = address.partition("@")
    return f"{local.split('+', 1)[0]}{at}{host}"


def sort_key(message: MailMessage) -> tuple[datetime, str]:
    return (message.at or _UNDATED, message.message_id)


def counterpart(message: MailMessage, me: Me) -> str:
    """The other side of a message: its sender (the person a program's address writes for,
    when its Reply-To names her), or for mine the first other recipient."""
    if message.sender not in me:
        return message.reply_to or message.sender
    for address in message.recipients:
        if address not in me:
            return address
    return ""


def thread_messages(messages: Iterable[MailMessage], me: Me) -> list[MailThread]:
    """Group messages into threads; a Message-ID seen twice counts once.

    Threads come back in order of their first message.
    """
    unique: dict[str, MailMessage] = {}
    for message in messages:
        unique.setdefault(message.message_id, message)
    ordered = sorted(unique.values(), key=sort_key)
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        root = key
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(key, key) != root:  # path compression
            parent[key], key = root, parent[key]
        return root

    def join(a: str, b: str) -> None:
        first, second = find(a), find(b)
        if first != second:
            parent[second] = first

    for message in ordered:
        parent.setdefault(message.message_id, message.message_id)
        for named in (*message.references, *filter(None, [message.in_reply_to])):
            parent.setdefault(named, named)
            join(message.message_id, named)
    # Fall back to subject and counterpart for messages that name no other one.
    last_seen: dict[tuple[str, str], tuple[str, datetime]] = {}
    for message in ordered:
        key = (normal_subject(message.subject), counterpart(message, me))
        when = message.at or _UNDATED
        names_another = bool(message.references or message.in_reply_to)
        previous = last_seen.get(key)
        if (
            not names_another
            and key[0]
            and key[1]
            and previous is not None
            and when - previous[1] <= SUBJECT_WINDOW
        ):
            join(previous[0], message.message_id)
        last_seen[key] = (message.message_id, when)
    groups: dict[str, list[MailMessage]] = {}
    for message in ordered:
        groups.setdefault(find(message.message_id), []).append(message)
    threads = []
    for group in groups.values():
        in_order = chain_order(group)
        threads.append(MailThread(in_order[0].message_id, tuple(in_order)))
    return sorted(threads, key=lambda thread: sort_key(thread.messages[0]))


def chain_order(messages: Sequence[MailMessage]) -> list[MailMessage]:
    """One thread's messages oldest first, each reply after the message it answers.

    A reply's place is the later of its own time and its parent's (the message
    its In-Reply-To, or else its last Reference, names), one step after it.
    """
    by_id = {message.message_id: message for message in messages}
    places: dict[str, tuple[datetime, int]] = {}
    for message in messages:
        # Walk up to a placed message or the top (iteratively: a long list thread
        # would overflow the stack), then place the walked messages top down.
        path: list[MailMessage] = []
        on_path: set[str] = set()
        current: MailMessage | None = message
        while current is not None and current.message_id not in places:
            if current.message_id in on_path:
                break  # a loop of references: its messages keep their own times
            path.append(current)
            on_path.add(current.message_id)
            current = by_id.get(_parent_id(current))
        above = places.get(current.message_id) if current is not None else None
        for walked in reversed(path):
            own = (walked.at or _UNDATED, 0)
            if above is not None:
                own = max(own, (above[0], above[1] + 1))
            places[walked.message_id] = own
            above = own
    return sorted(messages, key=lambda m: (*places[m.message_id], m.message_id))


def _parent_id(message: MailMessage) -> str:
    return message.in_reply_to or (message.references[-1] if message.references else "")


def thread_of(threads: Sequence[MailThread], message_id: str) -> MailThread | None:
    for thread in threads:
        if message_id in thread.message_ids:
            return thread
    return None
