"""The ledger shared between desktops: one loop as every desktop keeps it, and the merge.

The rules (docs/sync.md):

- The record is append-only. An event, once written, has a UID and never
  changes, so merging two records is the union of their events by UID: no
  event is lost or doubled, whatever the order of syncs.
- The fields that can change (subject, kind, status with its outcome, deadline)
  merge one by one, by the time each was set: the later one wins.
- Two desktops' clocks are never exactly right, so two different values set
  within :data:`CLOCK_SKEW` of each other cannot be ordered: that is a conflict.
  This desktop's value stays until the user picks one; it is never settled
  silently.

On the server, loops travel in :data:`BATCHES` batches, one journal entry each:
a server takes one write per resource (Radicale about 30-70 ms each, under one
lock), so one entry per loop made a first sync of 1,000 loops cost 1,000 writes.
A loop's batch follows from its UID alone, so every desktop writes a loop into
the same entry and a write that crossed another desktop's is a 412, merged at
the next sync, as before.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from hashlib import sha256
from typing import Any

#: Edits closer than this on two desktops cannot be ordered by their clocks.
CLOCK_SKEW = timedelta(minutes=2)
#: The loop fields that merge one by one, by the time they were set.
FIELDS = ("subject", "kind", "status", "deadline")
FORMAT = 1
#: How many journal entries carry the loops (fixed: every desktop must agree).
BATCHES = 32
BATCH_FORMAT = 2


def batch_of(loop_uid: str) -> int:
    """The batch a loop travels in, the same on every desktop."""
    return int(sha256(loop_uid.encode()).hexdigest()[:8], 16) % BATCHES


def batch_text(entries: Mapping[str, Mapping[str, Any]]) -> str:
    """A batch's canonical text: its loops (as :meth:`SharedLoop.to_dict` gives them,
    or as read from the server) in UID order."""
    data = {"format": BATCH_FORMAT, "loops": [entries[uid] for uid in sorted(entries)]}
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def batch_entries(text: str) -> dict[str, dict[str, Any]]:
    """The loops a journal entry carries, by UID, each as read: a batch, or one loop
    (the entries written one per loop before batches). ValueError: neither."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("a shared record is a JSON object")
    if data.get("format") == FORMAT:
        return {str(data["uid"]): data}
    if data.get("format") != BATCH_FORMAT or not isinstance(data.get("loops"), list):
        raise ValueError(f"unknown shared record format {data.get('format')!r}")
    return {str(entry["uid"]): entry for entry in data["loops"] if isinstance(entry, dict)}


@dataclass(frozen=True, slots=True)
class SharedEvent:
    uid: str
    kind: str
    at: str
    text: str
    recorded_at: str


def record_order(event: SharedEvent) -> tuple[datetime, datetime, str]:
    """The order of a record on every desktop: when it happened, when it was written
    down, then the UID (events added from elsewhere are inserted in this order, so the
    playbooks read the same conversation everywhere)."""
    return (datetime.fromisoformat(event.at), datetime.fromisoformat(event.recorded_at), event.uid)


@dataclass(frozen=True, slots=True)
class SharedLoop:
    """A loop as shared: ``values[f]`` is each field's value, ``set_at[f]`` when it was set.

    The status value is ``status|outcome|closed_at`` (empty parts for none), so a
    status and the outcome it came with always travel together.
    """

    uid: str
    contact_uid: str
    opened_at: str
    notes: str
    values: Mapping[str, str]
    set_at: Mapping[str, str]
    events: tuple[SharedEvent, ...] = field(default=())

    def to_json(self) -> str:
        """Canonical text (sorted keys, events in record order): equal loops, equal text."""
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False,
                          separators=(",", ":"))  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "uid": self.uid,
            "contact": self.contact_uid,
            "opened_at": self.opened_at,
            "notes": self.notes,
            "fields": {name: [self.values[name], self.set_at[name]] for name in FIELDS},
            "events": [
                [e.uid, e.kind, e.at, e.text, e.recorded_at]
                for e in sorted(self.events, key=record_order)
            ],
        }

    @classmethod
    def from_json(cls, text: str) -> SharedLoop:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SharedLoop:
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown shared loop format {data.get('format')!r}")
        fields = data["fields"]
        return cls(
            uid=str(data["uid"]),
            contact_uid=str(data["contact"]),
            opened_at=str(data["opened_at"]),
            notes=str(data.get("notes", "")),
            values={name: str(fields[name][0]) for name in FIELDS},
            set_at={name: str(fields[name][1]) for name in FIELDS},
            events=tuple(SharedEvent(*map(str, e)) for e in data["events"]),
        )


@dataclass(frozen=True, slots=True)
class Conflict:
    """One field two desktops set to different values too close together to order."""

    loop_uid: str
    field: str
    mine: str
    theirs: str
    mine_set_at: str
    theirs_set_at: str


@dataclass(frozen=True, slots=True)
class Merge:
    """What merging a remote loop into ours means here.

    ``take`` are the fields to set here (value, set time), ``add`` the events to
    add here, ``conflicts`` what the user must pick, ``merged`` the loop both
    desktops should hold now (what is written back when it differs).
    """

    take: Mapping[str, tuple[str, str]]
    add: tuple[SharedEvent, ...]
    conflicts: tuple[Conflict, ...]
    merged: SharedLoop


def merge(mine: SharedLoop, theirs: SharedLoop) -> Merge:
    """Merge ``theirs`` into ``mine`` (see the module's docstring)."""
    take: dict[str, tuple[str, str]] = {}
    conflicts: list[Conflict] = []
    values, set_at = dict(mine.values), dict(mine.set_at)
    for name in FIELDS:
        my_value, their_value = mine.values[name], theirs.values[name]
        my_time = datetime.fromisoformat(mine.set_at[name])
        their_time = datetime.fromisoformat(theirs.set_at[name])
        if my_value == their_value:
            set_at[name] = max(mine.set_at[name], theirs.set_at[name], key=datetime.fromisoformat)
        elif their_time > my_time + CLOCK_SKEW:
            take[name] = (their_value, theirs.set_at[name])
            values[name], set_at[name] = their_value, theirs.set_at[name]
        elif my_time <= their_time + CLOCK_SKEW:
            conflicts.append(
                Conflict(mine.uid, name, my_value, their_value, mine.set_at[name],
                         theirs.set_at[name])
            )  # fmt: skip
    known = {e.uid for e in mine.events}
    add = tuple(sorted((e for e in theirs.events if e.uid not in known), key=record_order))
    merged = replace(mine, values=values, set_at=set_at, events=(*mine.events, *add))
    return Merge(take, add, tuple(conflicts), merged)
