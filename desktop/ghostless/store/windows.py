"""The follow-up windows of every open loop, kept as derived rows.

The playbooks (:func:`ghostless.core.playbooks.follow_up_windows`) are pure,
so a loop's windows change only when its facts, the settings or the zone do.
This module keeps them in two tables, recomputed in the same transaction as
every write that can change them:

* ``loop_windows``: one row per window (``loop_id``, ``ord`` = its place in the
  loop's sorted windows) with every field of :class:`FollowUpWindow`;
* ``window_reminders``: one row per reminder, with what the planner needs to
  deliver it: ``fire_at``/``fire_key`` (its own instant and key, or the
  snooze's), and ``pending`` (that key not yet in ``deliveries``).

The next delivery instant is then one walk of a partial index, the reminders
due now one range of it, and the agenda one ordered query.

Instants are stored as integer microseconds since the Unix epoch (UTC).
``window_state`` remembers the zone name, the settings and the version of the
rules the rows were computed with; a write made without a zone marks them stale, and
:func:`ensure_current` recomputes everything once when either differs.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, tzinfo
from operator import itemgetter
from typing import Any, Final, cast

from ghostless.core.agenda import AgendaCounts, AgendaLine, repair_of
from ghostless.core.models import LoopKind
from ghostless.core.planner import Status, snooze_key
from ghostless.core.playbooks import JOB_KINDS, RULES_VERSION, follow_up_windows
from ghostless.core.settings import Settings
from ghostless.core.timeparse import from_utc_text, to_utc_text
from ghostless.core.windows import (
    Action,
    FollowUpWindow,
    LoopFacts,
    Reminder,
    Rule,
    Timing,
)
from ghostless.store.database import Store
from ghostless.store.window_facts import Share, keep_in_touch_anchors, read_facts

EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO: Final = timedelta(microseconds=1)

#: One window row, in column order (see :data:`WINDOW_COLUMNS`).
WindowRow = tuple[
    int, int, str, str, str, str, int, int, int, int, int, int | None, int | None, int
]
#: One reminder row as the playbooks give it: key, loop, ord, idx, moment, at, expires.
BareRow = tuple[str, int, int, int, int, int, int | None]
#: One reminder row, in column order (see :data:`REMINDER_COLUMNS`).
ReminderRow = tuple[str, int, int, int, int, int, int | None, int, str, int, int]

WINDOW_COLUMNS = (
    "loop_id, ord, key, rule, action, timing, anchor, since, opens_at, due_at, overdue_at, "
    "remind_at, expires_at, waiting"
)
REMINDER_COLUMNS = (
    "key, loop_id, ord, idx, moment, at, expires_at, fire_at, fire_key, snoozed, pending"
)
#: Told ``(loops computed, loops in all)`` during a full recompute, for a progress bar.
Progress = Callable[[int, int], None]
#: How often (in loops) a full recompute reports its progress.
PROGRESS_EVERY = 250

_W = "loop_windows"
_R = "window_reminders"

#: The settings the playbooks read, as one text: equal text, equal windows. The
#: draft checker's settings (``draft_*``) change no window, so they are left out.
SETTINGS_FINGERPRINT_SQL = (
    "SELECT coalesce(group_concat(key || '=' || value, ';'), '') "
    "FROM (SELECT key, value FROM settings WHERE key NOT LIKE 'draft~_%' ESCAPE '~' ORDER BY key)"
)
_FRESH_SQL = (
    "SELECT EXISTS (SELECT 1 FROM window_state WHERE id = 1 AND zone = ? AND rules = ? "
    f"AND settings = ({SETTINGS_FINGERPRINT_SQL}))"
)


def to_micros(instant: datetime) -> int:
    """An aware instant as integer microseconds since the epoch."""
    return (instant - EPOCH) // _MICRO


def from_micros(value: int) -> datetime:
    return EPOCH + timedelta(microseconds=value)


def zone_name(zone: tzinfo) -> str:
    """A stable name for a zone: its IANA key, else its repr."""
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) else repr(zone)


# -- planning context ----------------------------------------------------------
def load_settings(store: Store) -> Settings:
    from ghostless.store.settings import SettingsRepository

    return SettingsRepository(store).load()


def is_current(store: Store, zone: tzinfo) -> bool:
    """Whether the rows were computed with this zone and the stored settings."""
    row = store.conn.execute(_FRESH_SQL, (zone_name(zone), RULES_VERSION)).fetchone()
    return bool(row[0])


def needs_rebuild(store: Store, zone: tzinfo) -> bool:
    """Whether the rows were computed for another zone or other settings (a cheap check)."""
    return not is_current(store, zone) and not _nothing_to_compute(store)


def ensure_current(store: Store, zone: tzinfo, progress: Progress | None = None) -> bool:
    """Recompute every loop's rows if the zone or the settings changed; True if it did.

    ``progress(done, total)`` is called as loops are computed, for a progress bar.
    """
    if not needs_rebuild(store, zone):
        return False
    with store.transaction():
        if not is_current(store, zone):  # another process may have just done it
            rebuild_all(store, zone, progress)
    return True


def _nothing_to_compute(store: Store) -> bool:
    """No open loop and no rows: the rows are right for any zone and settings, and
    a read leaves the file as it was."""
    row = store.conn.execute(
        "SELECT NOT EXISTS (SELECT 1 FROM loops WHERE status = 'open') "
        f"AND NOT EXISTS (SELECT 1 FROM {_W}) "
        # Keep-in-touch items live on closed loops too.
        "AND NOT EXISTS (SELECT 1 FROM tag_cadences) "
        "AND NOT EXISTS (SELECT 1 FROM contacts WHERE keep_in_touch_days IS NOT NULL)"
    ).fetchone()
    return bool(row[0])


def mark_stale(store: Store) -> None:
    """Forget which zone and settings the rows hold (inside a write)."""
    store.conn.execute("DELETE FROM window_state")


def loops_changed(store: Store, loop_ids: Iterable[int]) -> None:
    """Recompute these loops' rows, and their referrers' (inside a write).

    Called by every store write that can change a loop's windows. Without a
    planning zone (a store opened without a ledger) the rows are marked stale
    instead, and recomputed once by :func:`ensure_current`; with one, rows that
    are stale (or were never computed) are all recomputed here, once.
    """
    zone = store.planning_zone
    if zone is None:
        mark_stale(store)
        return
    if not is_current(store, zone):
        rebuild_all(store, zone)
        return
    ids = set(loop_ids)
    if not ids:
        return
    ids |= referrers_of(store, ids) | offer_news_of(store, ids) | keep_in_touch_of(store, ids)
    refresh(store, ids, load_settings(store), zone)


def keep_in_touch_of(store: Store, loop_ids: Collection[int]) -> set[int]:
    """The loops of the same contacts that hold a keep-in-touch item, or now should
    (the one with the latest activity): any event with a person moves and resets it."""
    marks = ",".join("?" * len(loop_ids))
    holders = store.conn.execute(
        f"SELECT loop_id FROM {_W} WHERE rule = ? AND loop_id IN (SELECT id FROM loops "
        f"WHERE contact_id IN (SELECT contact_id FROM loops WHERE id IN ({marks})))",
        (Rule.KEEP_IN_TOUCH.value, *loop_ids),
    ).fetchall()
    return {int(row[0]) for row in holders} | set(keep_in_touch_anchors(store, loop_ids))


def contact_changed(store: Store, contact_id: int) -> None:
    """A contact's cadence, tags or flags changed (inside a write): recompute its loops."""
    ids = [
        int(row[0])
        for row in store.conn.execute("SELECT id FROM loops WHERE contact_id = ?", (contact_id,))
    ]
    if ids:
        loops_changed(store, ids)


def referrers_of(store: Store, loop_ids: Collection[int]) -> set[int]:
    """The introductions whose introduced loop is one of ``loop_ids``."""
    marks = ",".join("?" * len(loop_ids))
    rows = store.conn.execute(
        f"SELECT id FROM loops WHERE referred_loop_id IN ({marks})", list(loop_ids)
    )
    return {int(row[0]) for row in rows}


def offer_news_of(store: Store, loop_ids: Collection[int]) -> set[int]:
    """The loops whose note about an offer's deadline may change with ``loop_ids``.

    An offer with a deadline owes each job loop still active when it arrived a word
    about it (see ``core.playbooks``). When one of ``loop_ids`` is an offer (its
    deadline set or cleared, closed, reopened), or was one that notes still name,
    those job loops and the loops holding such notes are recomputed. Most writes
    touch no offer: two index lookups, and nothing more.
    """
    conn = store.conn
    ids = list(loop_ids)
    marks = ",".join("?" * len(ids))
    offers = conn.execute(
        f"SELECT opened_at FROM loops WHERE id IN ({marks}) AND kind = 'job_offer'", ids
    ).fetchall()
    holders = conn.execute(
        f"SELECT loop_id, key FROM {_W} WHERE rule = 'offer.tell_deadline'"
    ).fetchall()
    named = {str(key).rsplit(":", 1)[-1] for _loop, key in holders}
    if not offers and not named.intersection(str(i) for i in ids):
        return set()
    found = {int(loop) for loop, _key in holders}
    if offers:
        days = load_settings(store).close_after_silence_days
        earliest = min(from_utc_text(str(row[0])) for row in offers)
        cutoff = to_utc_text(earliest - timedelta(days=days))
        for kind in sorted(JOB_KINDS):
            rows = conn.execute(
                "SELECT id FROM loops WHERE kind = ? AND status = 'open' "
                "AND coalesce(last_event_at, opened_at) >= ?",
                (kind.value, cutoff),
            ).fetchall()
            found.update(int(row[0]) for row in rows)
    return found


def settings_changed(store: Store, progress: Progress | None = None) -> None:
    """The settings were saved (inside a write): recompute everything once, unless
    the windows were computed with settings the playbooks cannot tell apart."""
    zone = store.planning_zone
    if zone is not None and is_current(store, zone):
        return
    if zone is None:
        mark_stale(store)
    else:
        rebuild_all(store, zone, progress)


# -- computing -------------------------------------------------------------------
def rebuild_all(store: Store, zone: tzinfo, progress: Progress | None = None) -> None:
    """Recompute every open loop's rows and remember the zone and settings (inside a write)."""
    with _collector_paused():
        windows, bare = compute_rows(read_facts(store, None), load_settings(store), zone, progress)
        _replace_all(store, zone, windows, bare)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a full recompute builds its objects.

    It makes some half a million objects, none in a cycle, and each thousand or so
    would start a collection that walks them (and, in the window, every Qt
    wrapper too): a fifth of the recompute. Reference counting still frees them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _replace_all(
    store: Store,
    zone: tzinfo,
    windows: list[WindowRow],
    bare: list[tuple[str, int, int, int, int, int, int | None]],
) -> None:
    """Make the rows these (inside a write), writing only the ones that differ."""
    conn = store.conn
    snoozes, delivered = _delivery_state(store, None)
    reminders = [_fire(row, snoozes, delivered) for row in bare]
    _write_changes(store, _W, WINDOW_COLUMNS, ("loop_id", "ord"), windows)
    _write_changes(store, _R, REMINDER_COLUMNS, ("loop_id", "ord", "idx"), reminders)
    fingerprint = str(conn.execute(SETTINGS_FINGERPRINT_SQL).fetchone()[0])
    conn.execute(
        "INSERT INTO window_state (id, zone, settings, rules) VALUES (1, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET zone = excluded.zone, settings = excluded.settings, "
        "rules = excluded.rules",
        (zone_name(zone), fingerprint, RULES_VERSION),
    )


def _write_changes(
    store: Store, table: str, columns: str, key: tuple[str, ...], rows: Sequence[tuple[object, ...]]
) -> None:
    """Make ``table`` hold exactly ``rows`` (in ``columns`` order), deleting and
    inserting only the rows that differ, found by their ``key`` columns.

    Most rows of a full recompute come out as they were (a new setting moves some
    windows, not all), and a row not written costs no index updates.
    """
    conn = store.conn
    names = [name.strip() for name in columns.split(",")]
    key_of = itemgetter(*(names.index(name) for name in key))
    insert = f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(names))})"
    if _mostly_changed(store, table, columns, key, key_of, rows):
        conn.execute(f"DELETE FROM {table}")  # a new zone moves nearly every row: afresh
        conn.executemany(insert, rows)
        return
    old = {key_of(row): row for row in conn.execute(f"SELECT {columns} FROM {table}")}
    changed = [row for row in rows if old.pop(key_of(row), None) != row]
    where = " AND ".join(f"{name} = ?" for name in key)
    conn.executemany(
        f"DELETE FROM {table} WHERE {where}", [*old, *(key_of(row) for row in changed)]
    )
    conn.executemany(insert, changed)


#: How many rows :func:`_mostly_changed` compares.
_SAMPLE = 500


def _mostly_changed(
    store: Store,
    table: str,
    columns: str,
    key: tuple[str, ...],
    key_of: Callable[[tuple[object, ...]], object],
    rows: Sequence[tuple[object, ...]],
) -> bool:
    """Whether more than half of a sample of ``rows`` differ from the stored ones
    (then reading every stored row to find the few that did not is wasted)."""
    step = max(1, len(rows) // _SAMPLE)
    sample = {key_of(row): row for row in rows[::step]}
    if not sample:
        return False
    where = " AND ".join(f"{name} = ?" for name in key)
    query = f"SELECT {columns} FROM {table} WHERE {where}"
    conn = store.conn
    same = sum(
        1
        for k, row in sample.items()
        if conn.execute(query, k if isinstance(k, tuple) else (k,)).fetchone() == row
    )
    return 2 * same < len(sample)


#: Times a recompute made beside other writers starts again before it takes the lock.
CONCURRENT_ATTEMPTS = 3


#: The rows of one share of the loops: window rows and bare reminder rows.
ShareRows = tuple[list[WindowRow], list[BareRow]]
#: Starts computing one share ``(k, n)`` of the loops elsewhere (another process);
#: returns how to wait for its rows (None: it could not, computed here instead).
Helper = Callable[[Share], Callable[[], ShareRows | None]]


def rebuild_beside_writers(
    store: Store,
    zone: tzinfo,
    progress: Progress | None = None,
    *,
    helper: Helper | None = None,
    shares: int = 1,
) -> bool:
    """Recompute every loop's rows if stale, holding the write lock only to write them.

    For a connection of its own on another thread: the facts are read and the
    windows computed without the lock, so the window's own writes meanwhile go
    through at once (they only mark the rows stale, see :func:`loops_changed`).
    The rows are written only if no other connection committed since the facts
    were read (``PRAGMA data_version``); otherwise the work starts again, and
    after :data:`CONCURRENT_ATTEMPTS` it is done under the lock. True if it recomputed.

    With a ``helper`` and ``shares`` > 1, the loops are split by id into that many
    shares, all but the first computed by helpers at the same time (on other cores).
    A helper reads after ``data_version`` was taken here, so a commit it may have
    seen moves that number too: such rows are never written.
    """
    for _attempt in range(CONCURRENT_ATTEMPTS):
        if not needs_rebuild(store, zone):
            return False
        version = _data_version(store)
        with _collector_paused():
            own: Share | None = None
            waits: list[tuple[Share, Callable[[], ShareRows | None]]] = []
            if helper is not None and shares > 1:
                own = (0, shares)
                waits = [((k, shares), helper((k, shares))) for k in range(1, shares)]
            settings = load_settings(store)
            facts = read_facts(store, None, own)
            windows, bare = compute_rows(facts, settings, zone, progress)
            del facts
            for share, wait in waits:
                found = wait()
                if found is None:  # the helper failed: its share is computed here
                    found = compute_rows(read_facts(store, None, share), settings, zone)
                windows.extend(found[0])
                bare.extend(found[1])
            if waits:  # written in key order, as one piece gives them: fewer index page splits
                windows.sort(key=_WINDOW_KEY)
                bare.sort(key=_BARE_KEY)
            with store.transaction():
                if _data_version(store) == version:
                    _replace_all(store, zone, windows, bare)
                    return True
    return ensure_current(store, zone, progress)


_WINDOW_KEY = itemgetter(0, 1)  # loop, ord
_BARE_KEY = itemgetter(1, 2, 3)  # loop, ord, idx


def _data_version(store: Store) -> int:
    """Changes to the file committed by other connections move this number."""
    return int(store.conn.execute("PRAGMA data_version").fetchone()[0])


def refresh(store: Store, loop_ids: Collection[int], settings: Settings, zone: tzinfo) -> None:
    """Recompute the rows of ``loop_ids`` (inside a write)."""
    conn = store.conn
    ids = [(loop_id,) for loop_id in loop_ids]
    conn.executemany(f"DELETE FROM {_R} WHERE loop_id = ?", ids)
    conn.executemany(f"DELETE FROM {_W} WHERE loop_id = ?", ids)
    _insert(store, read_facts(store, loop_ids), settings, zone)


def compute_rows(
    facts: Sequence[LoopFacts],
    settings: Settings,
    zone: tzinfo,
    progress: Progress | None = None,
) -> tuple[list[WindowRow], list[tuple[str, int, int, int, int, int, int | None]]]:
    """The window rows and the bare reminder rows (key, loop, ord, idx, moment, at, expires)."""
    windows: list[WindowRow] = []
    reminders: list[tuple[str, int, int, int, int, int, int | None]] = []
    epoch, micro = EPOCH, _MICRO  # to_micros, spelt out: half a million calls
    total = len(facts)
    for done, loop_facts in enumerate(facts):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
        for ord_, w in enumerate(follow_up_windows(loop_facts, settings, zone)):
            expires = (w.expires_at - epoch) // micro if w.expires_at is not None else None
            rems = w.reminders
            # The rule, action and timing are str enums: stored (and compared) as their text.
            windows.append(
                (
                    w.loop_id,
                    ord_,
                    w.key,
                    w.rule,
                    w.action,
                    w.timing,
                    (w.anchor - epoch) // micro,
                    (w.since - epoch) // micro,
                    (w.opens_at - epoch) // micro,
                    (w.due_at - epoch) // micro,
                    (w.overdue_at - epoch) // micro,
                    (rems[0].at - epoch) // micro if rems else None,
                    expires,
                    int(w.waiting),
                )
            )
            for idx, r in enumerate(rems):
                moment, at = (r.moment - epoch) // micro, (r.at - epoch) // micro
                reminders.append((r.key, w.loop_id, ord_, idx, moment, at, expires))
    return windows, reminders


def _insert(
    store: Store,
    facts: Sequence[LoopFacts],
    settings: Settings,
    zone: tzinfo,
    progress: Progress | None = None,
) -> None:
    windows, bare = compute_rows(facts, settings, zone, progress)
    _insert_rows(store, windows, bare)


def _insert_rows(
    store: Store,
    windows: list[WindowRow],
    bare: list[tuple[str, int, int, int, int, int, int | None]],
) -> None:
    conn = store.conn
    if not windows:
        return
    loop_ids = sorted({row[0] for row in windows})
    snoozes, delivered = _delivery_state(store, loop_ids if len(loop_ids) < 500 else None)
    conn.executemany(
        f"INSERT INTO {_W} ({WINDOW_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        windows,
    )
    conn.executemany(
        f"INSERT INTO {_R} ({REMINDER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_fire(row, snoozes, delivered) for row in bare],
    )


def _fire(
    row: tuple[str, int, int, int, int, int, int | None],
    snoozes: dict[str, tuple[str, int]],
    delivered: Collection[str],
) -> ReminderRow:
    key, loop_id, ord_, idx, moment, at, expires = row
    snoozed = snoozes.get(key)
    fire_key, fire_at = snoozed if snoozed is not None else (key, at)
    pending = int(fire_key not in delivered)
    return (key, loop_id, ord_, idx, moment, at, expires, fire_at, fire_key,
            int(snoozed is not None), pending)  # fmt: skip


def _delivery_state(
    store: Store, loop_ids: Sequence[int] | None
) -> tuple[dict[str, tuple[str, int]], set[str]]:
    """Snoozes (reminder key -> (delivery key, instant)) and handled keys of these loops."""
    conn = store.conn
    if loop_ids is None:
        where, params = "", list[int]()
    else:
        where = f" WHERE loop_id IN ({','.join('?' * len(loop_ids))})"
        params = list(loop_ids)
    snoozes: dict[str, tuple[str, int]] = {}
    for key, until in conn.execute(f"SELECT key, until FROM snoozes{where}", params):
        instant = from_utc_text(str(until))
        snoozes[str(key)] = (snooze_key(str(key), instant), to_micros(instant))
    delivered = {str(row[0]) for row in conn.execute(f"SELECT key FROM deliveries{where}", params)}
    return snoozes, delivered


def refresh_fire(store: Store, loop_id: int) -> None:
    """Snoozes of one loop changed: recompute its reminders' fire fields (inside a write)."""
    conn = store.conn
    snoozes, delivered = _delivery_state(store, [loop_id])
    rows = conn.execute(
        f"SELECT key, loop_id, ord, idx, moment, at, expires_at FROM {_R} WHERE loop_id = ?",
        (loop_id,),
    ).fetchall()
    updates = []
    for row in rows:
        fired = _fire(row, snoozes, delivered)
        updates.append((fired[7], fired[8], fired[9], fired[10], loop_id, fired[2], fired[3]))
    conn.executemany(
        f"UPDATE {_R} SET fire_at = ?, fire_key = ?, snoozed = ?, pending = ? "
        "WHERE loop_id = ? AND ord = ? AND idx = ?",
        updates,
    )


def mark_delivered(store: Store, keys: Iterable[str]) -> None:
    """These delivery keys were handled (inside a write)."""
    store.conn.executemany(
        f"UPDATE {_R} SET pending = 0 WHERE fire_key = ? AND pending = 1",
        [(key,) for key in keys],
    )


# -- reading windows -----------------------------------------------------------------
_RULES = {rule.value: rule for rule in Rule}
_ACTIONS = {action.value: action for action in Action}
_TIMINGS = {timing.value: timing for timing in Timing}


def windows_from_rows(
    rows: Iterable[Sequence[object]], reminders: Iterable[Sequence[object]]
) -> list[FollowUpWindow]:
    """Windows from ``loop_windows`` rows (in :data:`WINDOW_COLUMNS` order), with the
    reminders (key, loop_id, ord, idx, moment, at) that belong to them."""
    by_window: dict[tuple[int, int], list[Reminder]] = {}
    for key, loop_id, ord_, _idx, moment, at in sorted(reminders, key=_reminder_order):
        by_window.setdefault((cast(int, loop_id), cast(int, ord_)), []).append(
            Reminder(str(key), _dt(moment), _dt(at))
        )
    found: list[FollowUpWindow] = []
    for row in rows:
        (loop_id, ord_, key, rule, action, timing, anchor, since, opens, due, overdue,
         _remind, expires, waiting) = row  # fmt: skip
        found.append(
            FollowUpWindow(
                loop_id=cast(int, loop_id),
                rule=_RULES[str(rule)],
                action=_ACTIONS[str(action)],
                timing=_TIMINGS[str(timing)],
                anchor=_dt(anchor),
                since=_dt(since),
                opens_at=_dt(opens),
                due_at=_dt(due),
                overdue_at=_dt(overdue),
                reminders=tuple(by_window.get((cast(int, loop_id), cast(int, ord_)), ())),
                key=str(key),
                expires_at=_dt(expires) if expires is not None else None,
                waiting=bool(waiting),
            )
        )
    return found


def _reminder_order(row: Sequence[object]) -> tuple[int, int, int]:
    return (cast(int, row[1]), cast(int, row[2]), cast(int, row[3]))


def _dt(value: object) -> datetime:
    # Positional: ``timedelta(microseconds=...)`` by keyword takes half as long again,
    # and this runs for every instant of every row read.
    return EPOCH + timedelta(0, 0, cast(int, value))


# -- the reads the reminder service makes ---------------------------------------------
#: A pre-filter only: windows not yet expired. What is owed, in which order and
#: with which advice is decided by ``core.agenda``, never here.
_LISTED = "(expires_at IS NULL OR :now < expires_at)"


def _in(column: str, ids: Collection[int]) -> str:
    return f"{column} IN ({','.join(str(int(i)) for i in ids)})"


#: The agenda's lines at ``:now`` as rows: each window not yet expired, its status
#: rank (0 overdue, 1 due, 2 open, 3 upcoming, as ``Status.rank``) and the latest
#: snooze holding it back. The same decisions as ``core.agenda.agenda_items``, made
#: in SQL so that a view reads a count or a page, never the whole agenda; a test
#: holds the two to the same answer on random windows.
_AGENDA_ROWS = f"""
WITH held AS (
    SELECT loop_id, ord, max(fire_at) AS until FROM {_R}
    WHERE snoozed = 1 AND fire_at > :now {{held}} GROUP BY loop_id, ord
), listed AS (
    SELECT w.loop_id, w.ord, w.key, w.due_at, w.waiting{{columns}},
        CASE WHEN :now < w.opens_at THEN 3 WHEN :now < w.due_at THEN 2
             WHEN :now < w.overdue_at THEN 1 ELSE 0 END AS rank,
        held.until AS snoozed_until
    FROM {_W} AS w LEFT JOIN held ON held.loop_id = w.loop_id AND held.ord = w.ord
    WHERE (w.expires_at IS NULL OR :now < w.expires_at) {{loops}}
)"""
#: ``core.agenda``'s order: owed now first, mine before waiting, status, due, key, loop.
_AGENDA_ORDER = "(rank = 3 OR snoozed_until IS NOT NULL), waiting, rank, due_at, key, loop_id"


#: What a flat agenda line reads beyond the order's columns (see :meth:`agenda_lines`).
_LINE_COLUMNS = ", w.rule, w.action, w.opens_at, w.overdue_at, w.remind_at"
_LINES = (
    " SELECT listed.loop_id, contacts.name, contacts.org, loops.subject, loops.kind, listed.key,"
    " rule, action, listed.waiting, rank, opens_at, listed.due_at, overdue_at, remind_at,"
    " snoozed_until FROM listed JOIN loops ON loops.id = listed.loop_id"
    f" JOIN contacts ON contacts.id = loops.contact_id ORDER BY {_AGENDA_ORDER}"
)
#: ``Status`` by the rank the agenda's query gives it.
_STATUS_OF_RANK = {status.rank: status for status in Status}
_KINDS = {kind.value: kind for kind in LoopKind}


def _line(
    row: Sequence[Any], now: datetime, repair_after: timedelta, instants: dict[int, datetime]
) -> AgendaLine:
    """One agenda line from a row of :data:`_LINES`; its advice decided by ``core.agenda``.

    ``instants`` holds the instants already made from their stored microseconds: a
    listing meets the same few working-hour marks again and again.
    """
    (loop_id, name, org, subject, kind, key, rule, action, waiting, rank, opens, due, overdue,
     remind, until) = row  # fmt: skip
    at = instants.get
    status, rule = _STATUS_OF_RANK[rank], _RULES[rule]
    opens_at = at(opens) or instants.setdefault(opens, EPOCH + timedelta(0, 0, opens))
    due_at = at(due) or instants.setdefault(due, EPOCH + timedelta(0, 0, due))
    overdue_at = at(overdue) or instants.setdefault(overdue, EPOCH + timedelta(0, 0, overdue))
    repair = repair_until = None
    if status is Status.OVERDUE:
        repair, repair_until = repair_of(status, bool(waiting), rule, overdue_at, now, repair_after)
    return AgendaLine(
        loop_id, name, org, subject, _KINDS[kind], key, rule, _ACTIONS[action], bool(waiting),
        status, opens_at, due_at, overdue_at,
        None if remind is None else EPOCH + timedelta(0, 0, remind),
        None if until is None else EPOCH + timedelta(0, 0, until), repair, repair_until,
    )  # fmt: skip


#: One agenda line as the store orders it: (loop, ord, status rank, snoozed until).
AgendaRow = tuple[int, int, int, datetime | None]


class WindowRepository:
    """Reads of the derived window rows: the plan, the agenda, due and next reminders."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def windows(self, loop_ids: Collection[int] | None = None) -> list[FollowUpWindow]:
        """The windows of every open loop owed anything (or of ``loop_ids``), in plan order."""
        where = "" if loop_ids is None else f" WHERE {_in('loop_id', loop_ids)}"
        conn = self._store.conn
        rows = conn.execute(
            f"SELECT {WINDOW_COLUMNS} FROM {_W}{where} ORDER BY loop_id, ord"
        ).fetchall()
        return windows_from_rows(rows, self._reminders(loop_ids))

    def _reminders(self, loop_ids: Collection[int] | None) -> list[tuple[object, ...]]:
        where = "" if loop_ids is None else f" WHERE {_in('loop_id', loop_ids)}"
        return self._store.conn.execute(
            f"SELECT key, loop_id, ord, idx, moment, at FROM {_R}{where}"
        ).fetchall()

    def listed(
        self, now: datetime, loop_ids: Collection[int] | None = None
    ) -> list[FollowUpWindow]:
        """The windows not yet expired at ``now`` (of ``loop_ids``), in plan order."""
        where = _LISTED if loop_ids is None else f"{_LISTED} AND {_in('loop_id', loop_ids)}"
        rows = self._store.conn.execute(
            f"SELECT {WINDOW_COLUMNS} FROM {_W} WHERE {where} ORDER BY loop_id, ord",
            {"now": to_micros(now)},
        ).fetchall()
        return windows_from_rows(rows, self._reminders(loop_ids))

    def agenda_counts(self, now: datetime) -> AgendaCounts:
        """Lines owed now, overdue among them, and in all: one pass over the windows."""
        row = self._store.conn.execute(
            _AGENDA_ROWS.format(loops="", held="", columns="") + " SELECT count(*), "
            "coalesce(sum(rank < 3 AND snoozed_until IS NULL), 0), "
            "coalesce(sum(rank = 0 AND snoozed_until IS NULL), 0) FROM listed",
            {"now": to_micros(now)},
        ).fetchone()
        return AgendaCounts(owed_now=int(row[1]), overdue_now=int(row[2]), total=int(row[0]))

    def agenda_rows(
        self,
        now: datetime,
        *,
        limit: int = -1,
        offset: int = 0,
        loop_ids: Collection[int] | None = None,
    ) -> list[AgendaRow]:
        """The agenda's lines in order, ``limit`` of them from ``offset`` (-1: all)."""
        # A few loops (a page of the list) read their own snoozes, not every loop's.
        loops = held = ""
        if loop_ids is not None:
            loops, held = f"AND {_in('w.loop_id', loop_ids)}", f"AND {_in('loop_id', loop_ids)}"
        rows = self._store.conn.execute(
            _AGENDA_ROWS.format(loops=loops, held=held, columns="")
            + f" SELECT loop_id, ord, rank, snoozed_until FROM listed ORDER BY {_AGENDA_ORDER} "
            "LIMIT :limit OFFSET :offset",
            {"now": to_micros(now), "limit": limit, "offset": offset},
        ).fetchall()
        return [
            (int(loop), int(ord_), int(rank), None if until is None else _dt(until))
            for loop, ord_, rank, until in rows
        ]

    def agenda_lines(
        self, now: datetime, size: int, repair_after: timedelta
    ) -> Iterator[list[AgendaLine]]:
        """The whole agenda in order as flat lines, ``size`` at a time, from one query
        joined with each line's loop and contact: a listing streams without sorting
        again per page or reading a window's reminders or a loop's record."""
        cursor = self._store.conn.execute(
            _AGENDA_ROWS.format(loops="", held="", columns=_LINE_COLUMNS) + _LINES,
            {"now": to_micros(now)},
        )
        instants: dict[int, datetime] = {}
        while rows := cursor.fetchmany(size):
            yield [_line(row, now, repair_after, instants) for row in rows]

    def owed_now_loop_ids(self, now: datetime) -> list[int]:
        """The loops with a line owed now, in the order of their first such line."""
        rows = self._store.conn.execute(
            _AGENDA_ROWS.format(loops="", held="", columns="")
            + " SELECT loop_id FROM listed WHERE rank < 3 AND snoozed_until IS NULL "
            f"ORDER BY {_AGENDA_ORDER}",
            {"now": to_micros(now)},
        ).fetchall()
        return list(dict.fromkeys(int(row[0]) for row in rows))

    def agenda_position(self, loop_id: int, now: datetime) -> int | None:
        """Where the loop's first line stands in the agenda (0-based), None if absent."""
        row = self._store.conn.execute(
            _AGENDA_ROWS.format(loops="", held="", columns="")
            + f" SELECT pos FROM (SELECT loop_id, row_number() OVER (ORDER BY {_AGENDA_ORDER})"
            " - 1 AS pos FROM listed) WHERE loop_id = :loop ORDER BY pos LIMIT 1",
            {"now": to_micros(now), "loop": loop_id},
        ).fetchone()
        return None if row is None else int(row[0])

    def window_pairs(
        self, pairs: Collection[tuple[int, int]]
    ) -> dict[tuple[int, int], FollowUpWindow]:
        """The windows named by (loop, ord), with their reminders."""
        if not pairs:
            return {}
        loop_ids = {loop for loop, _ord in pairs}
        wanted = set(pairs)
        rows = self._store.conn.execute(
            f"SELECT {WINDOW_COLUMNS} FROM {_W} WHERE {_in('loop_id', loop_ids)} "
            "ORDER BY loop_id, ord"
        ).fetchall()
        rows = [row for row in rows if (row[0], row[1]) in wanted]
        found = windows_from_rows(rows, self._reminders(loop_ids))
        return {
            (w.loop_id, ord_): w
            for w, (_l, ord_) in zip(found, ((r[0], r[1]) for r in rows), strict=True)
        }

    def snoozed_until(self, loop_ids: Collection[int] | None) -> dict[str, datetime]:
        """Reminder key -> the instant it is snoozed until, for these loops' reminders."""
        where = "" if loop_ids is None else f" AND {_in('loop_id', loop_ids)}"
        rows = self._store.conn.execute(
            f"SELECT key, fire_at FROM {_R} WHERE snoozed = 1{where}"
        ).fetchall()
        return {str(key): _dt(at) for key, at in rows}

    def due(self, now: datetime) -> list[tuple[int, int, int, str, datetime, bool]]:
        """Pending reminders whose instant has come: (loop, ord, idx, key, at, snoozed)."""
        rows = self._store.conn.execute(
            f"SELECT loop_id, ord, idx, fire_key, fire_at, snoozed FROM {_R} "
            "WHERE pending = 1 AND fire_at <= ?",
            (to_micros(now),),
        ).fetchall()
        return [(int(a), int(b), int(c), str(k), _dt(at), bool(s)) for a, b, c, k, at, s in rows]

    def next_fire(self, now: datetime) -> datetime | None:
        """The earliest pending instant of a reminder that can still be delivered."""
        row = self._store.conn.execute(
            f"SELECT fire_at FROM {_R} WHERE pending = 1 "
            "AND (expires_at IS NULL OR max(fire_at, :now) < expires_at) "
            "ORDER BY fire_at LIMIT 1",
            {"now": to_micros(now)},
        ).fetchone()
        return None if row is None else _dt(row[0])
