"""Exports: the follow-up calendar (and the file kept up to date), JSON and CSV.

Every file is written private (0600) through a temporary file and
``os.replace``, so a calendar app that watches the file never reads half of it.

The JSON export's form is documented in docs/export-json.md.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from ghostless import __version__
from ghostless.core.exports import (
    CalendarItem,
    calendar_uid,
    contact_csv_header_for,
    contact_csv_row,
)
from ghostless.core.json_stream import json_chunks
from ghostless.core.wording import STATUS_LABELS, absolute_text
from ghostless.services.backup import private_atomic_file, write_private_atomic
from ghostless.services.ledger import Ledger, contacts_of, store_of
from ghostless.services.reminders import Owed, ReminderService
from ghostless.store.preferences import PreferenceRepository

logger = logging.getLogger(__name__)

#: The preference naming the calendar file kept up to date (absent: none).
CALENDAR_FEED = "calendar_feed"
JSON_FORMAT = "ghostless-export"
JSON_VERSION = 1


# -- calendar ------------------------------------------------------------------------
def calendar_items(reminders: ReminderService) -> list[CalendarItem]:
    """Every line of the agenda as a calendar item, as the window shows it now."""
    now = reminders.ledger.clock.now()
    return [calendar_item(owed, reminders.zone, exported_at=now) for owed in reminders.agenda(now)]


def calendar_item(owed: Owed, zone: tzinfo, *, exported_at: datetime | None) -> CalendarItem:
    """One line of the agenda as a calendar item.

    The alarm rings when the reminder would: at the snooze's end for a snoozed
    item, else at its reminder time (its opening when it has none). A late item
    carries its repair advice. The UID is made from the item's key, so the same
    item keeps its UID from export to export, and a new obligation gets a new one.
    ``exported_at`` adds the item's status at that instant (a file is a snapshot;
    a synced task, rewritten only when it changes, leaves it out).
    """
    loop, window = owed.loop, owed.window
    who = loop.contact_name + (f" ({loop.contact_org})" if loop.contact_org else "")
    # Absolute times: the item is read later, when "tomorrow" means another day.
    lines = [
        f"{loop.kind.label}: {loop.subject}",
        f"Opens {absolute_text(window.opens_at, zone)}, "
        f"due {absolute_text(window.due_at, zone)}, "
        f"overdue {absolute_text(window.overdue_at, zone)}.",
    ]
    if exported_at is not None:
        lines.append(
            f"{STATUS_LABELS[owed.status]} when exported ({absolute_text(exported_at, zone)})."
        )
    if owed.repair is not None:
        lines.append(owed.repair.advice)
    if owed.snoozed_until is not None:
        lines.append(f"Snoozed until {absolute_text(owed.snoozed_until, zone)}.")
    return CalendarItem(
        uid=calendar_uid(window.key),
        summary=f"{window.action.label} — {who}",
        description="\n".join(lines),
        opens_at=window.opens_at,
        due_at=window.due_at,
        remind_at=owed.snoozed_until or window.remind_at or window.opens_at,
        key=window.key,
        loop_id=loop.id,
    )


def export_calendar(reminders: ReminderService, target: Path, *, todo: bool = False) -> int:
    """Write every open follow-up window to ``target`` as iCalendar; returns how many."""
    from ghostless.services.icalendar_write import calendar_bytes

    items = calendar_items(reminders)
    now = reminders.ledger.clock.now()
    write_private_atomic(Path(target), calendar_bytes(items, now=now, todo_items=todo))
    return len(items)


def set_calendar_feed(ledger: Ledger, target: Path | None, *, todo: bool = False) -> None:
    """Keep ``target`` up to date on every change (None: stop)."""
    value = None if target is None else {"path": str(Path(target).resolve()), "todo": todo}
    PreferenceRepository(store_of(ledger)).set(CALENDAR_FEED, value)


def calendar_feed(ledger: Ledger) -> tuple[Path, bool] | None:
    value = PreferenceRepository(store_of(ledger)).get(CALENDAR_FEED)
    if not isinstance(value, dict) or not isinstance(value.get("path"), str):
        return None
    return Path(value["path"]), bool(value.get("todo", False))


def refresh_calendar_feed(reminders: ReminderService) -> Path | None:
    """Rewrite the kept-up-to-date calendar file, if one is set; the app calls this
    after every write. Returns the file written, or None. A failure is logged, never
    raised: the user's write already succeeded."""
    feed = calendar_feed(reminders.ledger)
    if feed is None:
        return None
    path, todo = feed
    try:
        export_calendar(reminders, path, todo=todo)
    except Exception as exc:  # noqa: BLE001 - a feed must never break the write that caused it
        logger.warning("calendar file %s: not updated (%s)", path, exc)
        return None
    return path


# -- JSON ------------------------------------------------------------------------------
def _rows(ledger: Ledger, sql: str) -> Iterator[dict[str, Any]]:
    """The rows of ``sql`` as dicts, read one at a time."""
    cursor = store_of(ledger).conn.execute(sql)
    names = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def _grouped(rows: Iterator[dict[str, Any]], key: str) -> Iterator[tuple[int, list[Any]]]:
    """Rows ordered by ``key``, as (key, the rows with it, ``key`` taken out of each)."""
    for value, group in itertools.groupby(rows, key=lambda row: int(row.pop(key))):
        yield value, list(group)


def _with_children(
    parents: Iterator[dict[str, Any]], children: Iterator[tuple[int, list[Any]]], field: str
) -> Iterator[dict[str, Any]]:
    """Each parent (ordered by id) with its children (grouped by the same id) under
    ``field``: two cursors read side by side, so neither is held whole."""
    pending = next(children, None)
    for parent in parents:
        while pending is not None and pending[0] < int(parent["id"]):
            pending = next(children, None)
        if pending is not None and pending[0] == int(parent["id"]):
            parent[field] = pending[1]
            pending = next(children, None)
        else:
            parent[field] = []
        yield parent


def _contacts(ledger: Ledger, counts: Counter[str]) -> Iterator[dict[str, Any]]:
    addresses = _rows(
        ledger,
        'SELECT contact_id, kind, value, label, is_primary AS "primary" '
        "FROM contact_addresses ORDER BY contact_id, position",
    )
    contacts = _rows(
        ledger,
        "SELECT id, name, email, org, role, phone, url, notes, tags, muted, blocked, "
        "block_reason, created_at, updated_at FROM contacts ORDER BY id",
    )
    for contact in _with_children(contacts, _grouped(addresses, "contact_id"), "addresses"):
        for address in contact["addresses"]:
            address["primary"] = bool(address["primary"])
        contact["tags"] = json.loads(contact["tags"])
        contact["muted"], contact["blocked"] = bool(contact["muted"]), bool(contact["blocked"])
        # The key order of the export as documented: addresses last.
        contact["addresses"] = contact.pop("addresses")
        counts["contacts"] += 1
        yield contact


def _loops(ledger: Ledger, counts: Counter[str]) -> Iterator[dict[str, Any]]:
    events = _rows(
        ledger, "SELECT id, loop_id, kind, at, text FROM events ORDER BY loop_id, at, id"
    )
    loops = _rows(
        ledger,
        "SELECT id, contact_id, kind, subject, status, outcome, turn, turn_since, opened_at, "
        "closed_at, last_event_at, deadline_at, referred_loop_id, decline_decided_at, notes "
        "FROM loops ORDER BY id",
    )
    for loop in _with_children(loops, _grouped(events, "loop_id"), "events"):
        counts["loops"] += 1
        yield loop


def _templates(ledger: Ledger) -> Iterator[dict[str, Any]]:
    for template in _rows(
        ledger,
        "SELECT id, title, intent, subject, direct, softer, kinds, based_on, created_at, "
        "updated_at FROM user_templates ORDER BY id",
    ):
        template["kinds"] = json.loads(template["kinds"])
        yield template


def export_document(ledger: Ledger, counts: Counter[str] | None = None) -> dict[str, Any]:
    """Everything Ghostless keeps, in the portable form of docs/export-json.md, its long
    lists as iterators over the rows (see :func:`ghostless.core.json_stream.json_chunks`);
    ``counts`` counts the contacts and loops as they are read."""
    counts = Counter() if counts is None else counts
    settings = {
        str(key): json.loads(str(value))
        for key, value in store_of(ledger).conn.execute(
            "SELECT key, value FROM settings ORDER BY key"
        )
    }
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported_at": ledger.clock.now().isoformat(),
        "app_version": __version__,
        "contacts": _contacts(ledger, counts),
        "loops": _loops(ledger, counts),
        "snoozes": _rows(ledger, "SELECT key, loop_id, until FROM snoozes ORDER BY key"),
        "away_periods": _rows(
            ledger, "SELECT id, started_at, ended_at, reason FROM away_periods ORDER BY id"
        ),
        "templates": _templates(ledger),
        "settings": settings,
    }


def export_data(ledger: Ledger) -> dict[str, Any]:
    """The whole export as one value (for a small store: tests, a preview)."""
    return {
        key: list(value) if isinstance(value, Iterator) else value
        for key, value in export_document(ledger).items()
    }


def export_json(ledger: Ledger, target: Path) -> dict[str, int]:
    """Write the export to ``target`` as it is read, in one read transaction (a
    consistent snapshot, however long it takes); returns how many contacts and loops."""
    counts: Counter[str] = Counter()
    store = store_of(ledger)
    with private_atomic_file(Path(target)) as raw, store.snapshot():
        handle = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        for chunk in json_chunks(export_document(ledger, counts)):
            handle.write(chunk)
        handle.write("\n")
        handle.detach().flush()  # the bytes stay in ``raw``, which fsyncs and replaces
    return {"contacts": counts["contacts"], "loops": counts["loops"]}


# -- CSV ---------------------------------------------------------------------------
def _csv_lines(ledger: Ledger) -> Iterator[str]:
    """The contacts as CSV lines (RFC 4180), read and written a batch at a time."""
    contacts = contacts_of(ledger)
    header = contact_csv_header_for(contacts.most_other_addresses())
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for contact in contacts.each():
        writer.writerow(contact_csv_row(contact, header))
        if out.tell() >= _CSV_CHUNK:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


#: Characters of CSV gathered before they are written.
_CSV_CHUNK = 1 << 16


def contacts_csv(ledger: Ledger) -> str:
    """The contacts as CSV (RFC 4180), every address with its label, every formula-like
    cell neutralised; ``ghostless import csv`` reads it back to the same values."""
    with store_of(ledger).snapshot():
        return "".join(_csv_lines(ledger))


def export_contacts_csv(ledger: Ledger, target: Path) -> int:
    """Write :func:`contacts_csv` to ``target`` as it is read; returns how many contacts."""
    return _write_streamed(ledger, Path(target), _csv_lines)


# -- vCard -------------------------------------------------------------------------
def export_contacts_vcard(ledger: Ledger, target: Path) -> int:
    """The contacts as vCard 3.0, every address with its label; re-imports the same."""
    from ghostless.services.vcard_export import vcard

    return _write_streamed(
        ledger, Path(target), lambda ledger: map(vcard, contacts_of(ledger).each())
    )


def _write_streamed(ledger: Ledger, target: Path, texts: Callable[[Ledger], Iterable[str]]) -> int:
    """Write every text to ``target`` as it comes, from one read snapshot; how many
    contacts there were."""
    store = store_of(ledger)
    with private_atomic_file(target) as raw, store.snapshot():
        for text in texts(ledger):
            raw.write(text.encode("utf-8"))
        return contacts_of(ledger).count()
