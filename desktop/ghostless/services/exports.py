"""Exports: the follow-up calendar (and the file kept up to date), JSON and CSV.

Every file is written private (0600) through a temporary file and
``os.replace``, so a calendar app that watches the file never reads half of it.

The JSON export's form is documented in docs/export-json.md.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from ghostless import __version__
from ghostless.core.exports import (
    CalendarItem,
    calendar_uid,
    contact_csv_header,
    contact_csv_row,
)
from ghostless.core.wording import STATUS_LABELS, absolute_text
from ghostless.services.backup import write_private_atomic
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
def _rows(ledger: Ledger, sql: str) -> list[dict[str, Any]]:
    cursor = store_of(ledger).conn.execute(sql)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def export_data(ledger: Ledger) -> dict[str, Any]:
    """Everything Ghostless keeps, in the portable form of docs/export-json.md."""
    contacts = _rows(
        ledger,
        "SELECT id, name, email, org, role, phone, url, notes, tags, muted, blocked, "
        "block_reason, created_at, updated_at FROM contacts ORDER BY id",
    )
    addresses: dict[int, list[dict[str, Any]]] = {}
    for address in _rows(
        ledger,
        'SELECT contact_id, kind, value, label, is_primary AS "primary" '
        "FROM contact_addresses ORDER BY contact_id, position",
    ):
        address["primary"] = bool(address["primary"])
        addresses.setdefault(int(address.pop("contact_id")), []).append(address)
    for contact in contacts:
        contact["tags"] = json.loads(contact["tags"])
        contact["muted"], contact["blocked"] = bool(contact["muted"]), bool(contact["blocked"])
        contact["addresses"] = addresses.get(int(contact["id"]), [])
    loops = _rows(
        ledger,
        "SELECT id, contact_id, kind, subject, status, outcome, turn, turn_since, opened_at, "
        "closed_at, last_event_at, deadline_at, referred_loop_id, decline_decided_at, notes "
        "FROM loops ORDER BY id",
    )
    events: dict[int, list[dict[str, Any]]] = {}
    for event in _rows(ledger, "SELECT id, loop_id, kind, at, text FROM events ORDER BY at, id"):
        events.setdefault(int(event.pop("loop_id")), []).append(event)
    for loop in loops:
        loop["events"] = events.get(int(loop["id"]), [])
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
        "contacts": contacts,
        "loops": loops,
        "snoozes": _rows(ledger, "SELECT key, loop_id, until FROM snoozes ORDER BY key"),
        "away_periods": _rows(
            ledger, "SELECT id, started_at, ended_at, reason FROM away_periods ORDER BY id"
        ),
        "templates": _rows(
            ledger,
            "SELECT id, title, intent, subject, direct, softer, kinds, based_on, created_at, "
            "updated_at FROM user_templates ORDER BY id",
        ),
        "settings": settings,
    }


def export_json(ledger: Ledger, target: Path) -> dict[str, int]:
    data = export_data(ledger)
    for template in data["templates"]:
        template["kinds"] = json.loads(template["kinds"])
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    write_private_atomic(Path(target), text.encode("utf-8"))
    return {"contacts": len(data["contacts"]), "loops": len(data["loops"])}


# -- CSV ---------------------------------------------------------------------------
def contacts_csv(ledger: Ledger) -> str:
    """The contacts as CSV (RFC 4180), every address with its label, every formula-like
    cell neutralised; ``ghostless import csv`` reads it back to the same values."""
    contacts = contacts_of(ledger).search()
    header = contact_csv_header(contacts)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for contact in contacts:
        writer.writerow(contact_csv_row(contact, header))
    return out.getvalue()


def export_contacts_csv(ledger: Ledger, target: Path) -> int:
    text = contacts_csv(ledger)
    write_private_atomic(Path(target), text.encode("utf-8"))
    return contacts_of(ledger).count()


# -- vCard -------------------------------------------------------------------------
def export_contacts_vcard(ledger: Ledger, target: Path) -> int:
    """The contacts as vCard 3.0, every address with its label; re-imports the same."""
    from ghostless.services.vcard_export import vcards

    contacts = contacts_of(ledger).search()
    write_private_atomic(Path(target), vcards(contacts).encode("utf-8"))
    return len(contacts)
