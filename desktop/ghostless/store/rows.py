"""Turning database rows into the core's frozen dataclasses, and back."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from ghostless.core.models import (
    Contact,
    Event,
    EventKind,
    Loop,
    LoopKind,
    LoopStatus,
    Outcome,
    Turn,
)
from ghostless.core.timeparse import from_utc_text

CONTACT_COLUMNS = (
    "id, name, email, org, role, phone, url, notes, tags, muted, blocked, block_reason, created_at"
)
LOOP_COLUMNS = (
    "loops.id, loops.contact_id, loops.kind, loops.subject, loops.status, loops.turn, "
    "loops.turn_since, loops.opened_at, loops.last_event_at, loops.closed_at, loops.outcome, "
    "loops.notes, contacts.name, contacts.org"
)
EVENT_COLUMNS = "id, loop_id, kind, at, text"


def _instant(text: str | None) -> datetime | None:
    return from_utc_text(text) if text else None


def contact_from_row(row: sqlite3.Row | tuple[object, ...]) -> Contact:
    (id_, name, email, org, role, phone, url, notes, tags, muted, blocked, reason, created) = row
    return Contact(
        id=int(str(id_)),
        name=str(name),
        email=str(email),
        org=str(org),
        role=str(role),
        phone=str(phone),
        url=str(url),
        notes=str(notes),
        tags=tuple(json.loads(str(tags))),
        muted=bool(muted),
        blocked=bool(blocked),
        block_reason=str(reason),
        created_at=_instant(str(created) if created else None),
    )


def loop_from_row(row: tuple[object, ...]) -> Loop:
    (id_, contact_id, kind, subject, status, turn, since, opened, last, closed, outcome, notes,
     contact_name, contact_org) = row  # fmt: skip
    opened_at = _instant(str(opened))
    assert opened_at is not None  # NOT NULL in the schema
    return Loop(
        id=int(str(id_)),
        contact_id=int(str(contact_id)),
        kind=LoopKind(str(kind)),
        subject=str(subject),
        status=LoopStatus(str(status)),
        turn=Turn(str(turn)),
        turn_since=_instant(str(since) if since else None),
        opened_at=opened_at,
        last_event_at=_instant(str(last) if last else None),
        closed_at=_instant(str(closed) if closed else None),
        outcome=Outcome(str(outcome)) if outcome else None,
        notes=str(notes),
        contact_name=str(contact_name),
        contact_org=str(contact_org),
    )


def event_from_row(row: tuple[object, ...]) -> Event:
    id_, loop_id, kind, at, text = row
    instant = _instant(str(at))
    assert instant is not None  # NOT NULL in the schema
    return Event(
        id=int(str(id_)),
        loop_id=int(str(loop_id)),
        kind=EventKind(str(kind)),
        at=instant,
        text=str(text),
    )


def like_pattern(word: str) -> str:
    """A LIKE pattern matching ``word`` anywhere, with % and _ taken literally."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
