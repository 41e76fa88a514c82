"""Reading what the playbooks need about many loops at once, fast.

Split from :mod:`ghostless.store.windows`: a full recompute reads every open
loop, its events and its referred loop in three queries, parsing each stored
instant once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import fields
from datetime import datetime

from ghostless.core.models import Event, EventKind, Loop, LoopKind, LoopStatus, Turn
from ghostless.core.playbooks import JOB_KINDS
from ghostless.core.timeparse import from_utc_text
from ghostless.core.windows import KeepInTouch, LoopFacts, OfferDeadline
from ghostless.store.database import Store

_KINDS = {kind.value: kind for kind in LoopKind}
_STATUSES = {status.value: status for status in LoopStatus}
_EVENT_KINDS = {kind.value: kind for kind in EventKind}
#: Loops with a muted or blocked contact are owed nothing, so they are not read.
_OWED = "loops.status = 'open' AND contacts.muted = 0 AND contacts.blocked = 0"


def _parse(text: str, cache: dict[str, datetime]) -> datetime:
    found = cache.get(text)
    if found is None:
        found = from_utc_text(text)
        cache[text] = found
    return found


#: One share of the loops, ``(k, n)``: those whose id leaves ``k`` divided by ``n``.
Share = tuple[int, int]


def read_facts(
    store: Store, loop_ids: Collection[int] | None, share: Share | None = None
) -> list[LoopFacts]:
    """What the playbooks read about every open loop owed anything (or ``loop_ids``).

    Only the columns the playbooks use: the loops carry no names, turn or
    notes, and the events no text (see ``ReminderRepository.open_loop_facts``
    for the full facts). With ``share``, only the loops of that share (a full
    recompute split between processes, see :func:`ghostless.store.windows.rebuild_beside_writers`).
    """
    conn = store.conn
    where, params = _OWED, list[object]()
    if share is not None:
        where += _share_filter(share)
    if loop_ids is not None:
        if not loop_ids:
            return []
        where += f" AND loops.id IN ({','.join('?' * len(loop_ids))})"
        params = list(loop_ids)
    join = "FROM loops JOIN contacts ON contacts.id = loops.contact_id"
    rows = conn.execute(
        f"SELECT loops.id, loops.contact_id, loops.kind, loops.opened_at, loops.deadline_at, "
        f"loops.referred_loop_id, loops.decline_decided_at {join} WHERE {where} ORDER BY loops.id",
        params,
    ).fetchall()
    cache: dict[str, datetime] = {}
    events = _events(store, loop_ids, share)
    keep = keep_in_touch_anchors(store, loop_ids)
    if share is not None:
        keep = {loop_id: item for loop_id, item in keep.items() if _in_share(loop_id, share)}
    if keep:
        rows = rows + _anchor_rows(store, set(keep) - {int(row[0]) for row in rows})
    referred = _referred(store, {int(row[5]) for row in rows if row[5]})
    any_job = any(_KINDS[row[2]] in JOB_KINDS for row in rows)
    offers = _offers(store, cache) if any_job else ()
    dismissed = _dismissed(store, loop_ids)
    facts: list[LoopFacts] = []
    for id_, contact_id, kind, opened, deadline, referred_id, decided, *status in rows:
        loop = Loop(
            id_, contact_id, _KINDS[kind], "", _STATUSES[status[0]] if status else LoopStatus.OPEN,
            Turn.NOBODY, None, _parse(opened, cache),
        )  # fmt: skip
        loop_events = events.get(id_, ())
        news: tuple[OfferDeadline, ...] = ()
        if offers and loop.kind in JOB_KINDS:
            news = tuple(offer for offer in offers if offer.loop_id != id_)
        facts.append(
            LoopFacts(
                loop,
                loop_events,
                _parse(deadline, cache) if deadline else None,
                _parse(decided, cache) if decided else None,
                referred.get(referred_id) if referred_id else None,
                offers=news,
                dismissed=dismissed.get(id_, frozenset()),
                keep_in_touch=keep.get(id_),
                in_order=True,  # read without notes, in order (see _events)
            )
        )
    return facts


def _share_filter(share: Share) -> str:
    k, n = (int(part) for part in share)
    return f" AND loops.id % {n} = {k}"


def _in_share(loop_id: int, share: Share) -> bool:
    return loop_id % share[1] == share[0]


#: The loops a full recompute reads, in id order, each joined to its events from the
#: ``events_by_loop_time`` index (m013): grouped by loop and in time order, nothing to sort.
_OWED_EVENTS = (
    "SELECT events.loop_id, events.id, events.kind, events.at FROM loops NOT INDEXED "
    "CROSS JOIN contacts ON contacts.id = loops.contact_id "
    "CROSS JOIN events INDEXED BY events_by_loop_time ON events.loop_id = loops.id "
    f"WHERE {_OWED}{{share}} AND events.kind != 'note' ORDER BY loops.id, events.at, events.id"
)
_SOME_EVENTS = (
    "SELECT loop_id, id, kind, at FROM events INDEXED BY events_by_loop_time "
    "WHERE kind != 'note' AND loop_id IN ({marks}) ORDER BY loop_id, at, id"
)


def _events(
    store: Store, loop_ids: Collection[int] | None, share: Share | None = None
) -> dict[int, tuple[Event, ...]]:
    """The events of every loop owed anything (or of ``loop_ids``) but notes (which
    never change what is owed), by loop, each loop's in order of instant, then id.

    Instants stored in the usual form (UTC, ``+00:00``) sort as text in instant order
    and are read by ``datetime.fromisoformat`` alone; a loop with any other form is
    parsed in full and sorted here.
    """
    if loop_ids is None:
        rows = store.conn.execute(
            _OWED_EVENTS.format(share="" if share is None else _share_filter(share))
        )
    else:
        rows = store.conn.execute(_SOME_EVENTS.format(marks=",".join("?" * len(loop_ids))),
                                  list(loop_ids))  # fmt: skip
    kinds, new_event, read = _EVENT_KINDS, _new_event, datetime.fromisoformat
    found: dict[int, tuple[Event, ...]] = {}
    unusual: set[int] = set()
    current: list[Event] = []
    current_id = -1
    for loop_id, id_, kind, at in rows:
        if loop_id != current_id:
            if current:
                found[current_id] = tuple(current)
            current, current_id = [], loop_id
        if len(at) in _USUAL_LENGTHS and at[10] == "T" and at.endswith("+00:00"):
            instant = read(at)
        else:
            instant = from_utc_text(at)
            unusual.add(loop_id)
        current.append(new_event(id_, loop_id, kinds[kind], instant, ""))
    if current:
        found[current_id] = tuple(current)
    for loop_id in unusual:
        found[loop_id] = tuple(sorted(found[loop_id], key=_event_order))
    return found


def _event_maker() -> Callable[[int, int, EventKind, datetime, str], Event]:
    """``Event(...)``, three times faster: a full recompute makes one per event read.

    The frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``; the slots' own setters do the same without the calls
    around them. Used only while ``Event`` is what this was written for (these
    fields, no ``__post_init__``); else the constructor itself.
    """
    names = tuple(field.name for field in fields(Event))
    if names != ("id", "loop_id", "kind", "at", "text") or hasattr(Event, "__post_init__"):
        return Event
    allocate = object.__new__
    set_id, set_loop, set_kind, set_at, set_text = (Event.__dict__[n].__set__ for n in names)

    def make(id_: int, loop_id: int, kind: EventKind, at: datetime, text: str) -> Event:
        event = allocate(Event)
        set_id(event, id_)
        set_loop(event, loop_id)
        set_kind(event, kind)
        set_at(event, at)
        set_text(event, text)
        return event

    return make


_new_event = _event_maker()

#: ``to_utc_text``'s form: ``2026-11-20T15:30:00+00:00``, or with ``.123456`` seconds;
#: in it the text's order is the instants' (``+`` sorts before ``.``).
_USUAL_LENGTHS = frozenset({25, 32})


# -- keep in touch ---------------------------------------------------------------
#: A contact's cadence: its own, else the shortest of its tags'.
_CADENCE = (
    "coalesce(contacts.keep_in_touch_days, (SELECT min(tag_cadences.days) "
    "FROM json_each(contacts.tags) JOIN tag_cadences ON tag_cadences.tag = json_each.value))"
)
_ANY_CADENCE = (
    "SELECT EXISTS (SELECT 1 FROM tag_cadences) "
    "OR EXISTS (SELECT 1 FROM contacts WHERE keep_in_touch_days IS NOT NULL)"
)


def keep_in_touch_anchors(store: Store, loop_ids: Collection[int] | None) -> dict[int, KeepInTouch]:
    """The loop of each contact with a cadence that had the latest activity, with the
    cadence and that instant: where the contact's keep-in-touch item lives.

    Only contacts neither muted nor blocked; with ``loop_ids``, only the contacts of
    those loops. For every contact, nothing is read when no cadence is set anywhere;
    for a few loops that check is skipped: with no cadence it scans every contact,
    while the scoped query reads only the few contacts' rows by key.
    """
    conn = store.conn
    if loop_ids is None and not conn.execute(_ANY_CADENCE).fetchone()[0]:
        return {}
    scope = ""
    params: list[object] = []
    if loop_ids is not None:
        if not loop_ids:
            return {}
        scope = (
            "AND contacts.id IN (SELECT contact_id FROM loops "
            f"WHERE id IN ({','.join('?' * len(loop_ids))}))"
        )
        params = list(loop_ids)
    last = "coalesce(loops.last_event_at, loops.opened_at)"
    rows = conn.execute(
        "SELECT loop_id, days, last FROM ("
        f"SELECT loops.id AS loop_id, cadence.days AS days, {last} AS last, "
        f"row_number() OVER (PARTITION BY loops.contact_id ORDER BY {last} DESC, loops.id DESC) "
        "AS n FROM loops JOIN ("
        f"SELECT contacts.id AS contact_id, {_CADENCE} AS days FROM contacts "
        f"WHERE contacts.muted = 0 AND contacts.blocked = 0 {scope}"
        ") AS cadence ON cadence.contact_id = loops.contact_id WHERE cadence.days IS NOT NULL"
        ") WHERE n = 1",
        params,
    ).fetchall()
    return {int(loop_id): KeepInTouch(int(days), from_utc_text(at)) for loop_id, days, at in rows}


def _anchor_rows(store: Store, ids: Collection[int]) -> list[tuple[object, ...]]:
    """The read_facts columns of anchor loops that are not open, with their status."""
    if not ids:
        return []
    rows: list[tuple[object, ...]] = store.conn.execute(
        "SELECT id, contact_id, kind, opened_at, deadline_at, referred_loop_id, "
        f"decline_decided_at, status FROM loops WHERE id IN ({','.join('?' * len(ids))}) "
        "ORDER BY id",
        list(ids),
    ).fetchall()
    return rows


def _offers(store: Store, cache: dict[str, datetime]) -> tuple[OfferDeadline, ...]:
    """The open job offers with a deadline (few: read whole for every recompute)."""
    rows = store.conn.execute(
        "SELECT loops.id, loops.opened_at, loops.deadline_at FROM loops "
        "JOIN contacts ON contacts.id = loops.contact_id WHERE loops.kind = 'job_offer' "
        "AND loops.status = 'open' AND loops.deadline_at IS NOT NULL "
        "AND contacts.muted = 0 AND contacts.blocked = 0 ORDER BY loops.id"
    ).fetchall()
    return tuple(
        OfferDeadline(int(id_), _parse(opened, cache), _parse(deadline, cache))
        for id_, opened, deadline in rows
    )


def _dismissed(store: Store, loop_ids: Collection[int] | None) -> dict[int, frozenset[str]]:
    where = "" if loop_ids is None else f" WHERE loop_id IN ({','.join('?' * len(loop_ids))})"
    found: dict[int, set[str]] = {}
    for key, loop_id in store.conn.execute(
        f"SELECT key, loop_id FROM dismissals{where}", list(loop_ids or ())
    ):
        found.setdefault(int(loop_id), set()).add(str(key))
    return {loop_id: frozenset(keys) for loop_id, keys in found.items()}


def _event_order(event: Event) -> tuple[datetime, int]:
    return (event.at, event.id)


def _referred(store: Store, ids: Collection[int]) -> dict[int, Loop]:
    """The loops introductions refer to: only their status and closing instant are read."""
    if not ids:
        return {}
    found: dict[int, Loop] = {}
    cache: dict[str, datetime] = {}
    rows = store.conn.execute(
        f"SELECT id, contact_id, kind, status, opened_at, closed_at FROM loops "
        f"WHERE id IN ({','.join('?' * len(ids))})",
        list(ids),
    )
    for id_, contact_id, kind, status, opened, closed in rows:
        found[id_] = Loop(
            id_, contact_id, _KINDS[kind], "", _STATUSES[status], Turn.NOBODY, None,
            _parse(opened, cache), closed_at=_parse(closed, cache) if closed else None,
        )  # fmt: skip
    return found
