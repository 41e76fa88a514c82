"""What each ``ghostless`` command does; parsing lives in :mod:`ghostless.cli`."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from ghostless.cli import EXIT_OK, EXIT_STORE, print_json
from ghostless.core.clock import FixedClock, SystemClock
from ghostless.core.errors import InputError
from ghostless.core.models import Contact, Event, Loop
from ghostless.core.planner import Status
from ghostless.core.timeparse import describe_wait, local_text, parse_instant
from ghostless.core.validation import parse_event_kind, parse_kind, parse_outcome
from ghostless.services.ledger import Ledger
from ghostless.services.paths import resolve_data_dir
from ghostless.services.reminders import (
    Owed,
    ReminderService,
    parse_away_reason,
    parse_snooze_preset,
)
from ghostless.services.typed_time import parse_when
from ghostless.services.zone import local_zone
from ghostless.store.loops import LoopQuery


def _open(args: argparse.Namespace) -> Ledger:
    return Ledger.open(
        resolve_data_dir(getattr(args, "data_dir", None)), SystemClock(), local_zone()
    )


def _wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def _id(text: str, field: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise InputError(f"{field}: {text!r} is not an id (a whole number)", field=field) from None
    if value <= 0:
        raise InputError(f"{field}: {text!r} is not an id (a whole number)", field=field)
    return value


# -- contacts ------------------------------------------------------------------
def contact_add(args: argparse.Namespace) -> int:
    ledger = _open(args)
    try:
        contact_id = ledger.add_contact(
            name=args.name, email=args.email, org=args.org, role=args.role, url=args.url,
            phone=args.phone, notes=args.notes,
        )  # fmt: skip
        contact = ledger.contact(contact_id)
    finally:
        ledger.close()
    if _wants_json(args):
        print_json(contact_json(contact))
    else:
        print(contact_id)
    return EXIT_OK


def contact_list(args: argparse.Namespace) -> int:
    ledger = _open(args)
    try:
        contacts = ledger.contacts.search()
        counts = ledger.contacts.open_loop_counts([contact.id for contact in contacts])
    finally:
        ledger.close()
    if _wants_json(args):
        print_json([{**contact_json(c), "open_loops": counts.get(c.id, 0)} for c in contacts])
        return EXIT_OK
    if not contacts:
        print("No contacts yet. Add one with: ghostless contact add --name NAME")
        return EXIT_OK
    rows = [(str(c.id), c.name, c.org, c.role, c.email, str(counts.get(c.id, 0))) for c in contacts]
    _table(("ID", "NAME", "ORGANISATION", "ROLE", "E-MAIL", "OPEN LOOPS"), rows)
    return EXIT_OK


def contact_json(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.id,
        "name": contact.name,
        "email": contact.email,
        "org": contact.org,
        "role": contact.role,
        "phone": contact.phone,
        "url": contact.url,
        "notes": contact.notes,
        "tags": list(contact.tags),
        "muted": contact.muted,
        "blocked": contact.blocked,
    }


# -- loops ---------------------------------------------------------------------
def loop_add(args: argparse.Namespace) -> int:
    kind = parse_kind(args.kind)
    contact_id = _id(args.contact, "contact")
    zone = local_zone()
    at = parse_instant(args.at, zone, field="at") if args.at else None
    deadline = parse_instant(args.deadline, zone, field="deadline") if args.deadline else None
    ledger = _open(args)
    try:
        loop_id = ledger.add_loop(
            contact_id=contact_id,
            kind=kind,
            subject=args.subject,
            at=at,
            text=args.text,
            deadline=deadline,
        )
        loop = ledger.loop(loop_id)
    finally:
        ledger.close()
    if _wants_json(args):
        print_json({**loop_json(loop, zone), "deadline_at": _when(deadline, zone)})
    else:
        print(loop_id)
    return EXIT_OK


def loop_log(args: argparse.Namespace) -> int:
    loop_id = _id(args.loop_id, "loop")
    kind = parse_event_kind(args.event)
    zone = local_zone()
    at = parse_instant(args.at, zone, field="at") if args.at else None
    ledger = _open(args)
    try:
        event_id = ledger.log_event(loop_id, kind, at=at, text=args.text)
        loop = ledger.loop(loop_id)
    finally:
        ledger.close()
    if _wants_json(args):
        print_json({"event_id": event_id, "loop": loop_json(loop, zone)})
    else:
        print(f"Logged on loop {loop_id}: {kind.label.lower()}. Now: {loop.turn.label.lower()}.")
    return EXIT_OK


def loop_close(args: argparse.Namespace) -> int:
    loop_id = _id(args.loop_id, "loop")
    outcome = parse_outcome(args.outcome)
    ledger = _open(args)
    try:
        ledger.close_loop(loop_id, outcome)
    finally:
        ledger.close()
    print(f"Closed loop {loop_id} as {outcome.value}. Its record is kept.")
    return EXIT_OK


def loop_delete(args: argparse.Namespace) -> int:
    loop_id = _id(args.loop_id, "loop")
    ledger = _open(args)
    try:
        ledger.delete_loop(loop_id, confirmed=args.yes)
    finally:
        ledger.close()
    print(f"Deleted loop {loop_id} and its record.")
    return EXIT_OK


def loop_show(args: argparse.Namespace) -> int:
    loop_id = _id(args.loop_id, "loop")
    zone = local_zone()
    ledger = _open(args)
    try:
        loop, events = ledger.loop(loop_id), ledger.events(loop_id)
    finally:
        ledger.close()
    if _wants_json(args):
        print_json({**loop_json(loop, zone), "events": [event_json(e, zone) for e in events]})
        return EXIT_OK
    print(f"Loop {loop.id}: {loop.subject}")
    print(f"  with {loop.contact_name}" + (f" ({loop.contact_org})" if loop.contact_org else ""))
    print(f"  {loop.kind.label}, {loop.status.value}, {loop.turn.label.lower()}")
    if loop.outcome:
        print(f"  outcome: {loop.outcome.value}")
    for event in events:
        text = f"  {event.text}" if event.text else ""
        print(f"  {local_text(event.at, zone)}  {event.kind.label}{text}")
    return EXIT_OK


def loops_list(args: argparse.Namespace) -> int:
    zone = local_zone()
    ledger = _open(args)
    try:
        loops = ledger.list_loops(LoopQuery(text=args.find, include_closed=args.all))
        waits = [ledger.waited_seconds(loop) for loop in loops]
    finally:
        ledger.close()
    if _wants_json(args):
        print_json(
            [
                {**loop_json(loop, zone), "waited_seconds": w}
                for loop, w in zip(loops, waits, strict=True)
            ]
        )
        return EXIT_OK
    if not loops:
        print("No open loops." if not args.all else "No loops yet.")
        return EXIT_OK
    rows = [
        (
            str(loop.id),
            loop.turn.label if loop.is_open else (loop.outcome or loop.status).value,
            describe_wait(wait) if wait is not None else "",
            loop.contact_name,
            loop.contact_org,
            loop.kind.label,
            loop.subject,
        )
        for loop, wait in zip(loops, waits, strict=True)
    ]
    _table(("ID", "TURN", "WAITING", "CONTACT", "ORGANISATION", "KIND", "SUBJECT"), rows)
    return EXIT_OK


def loop_json(loop: Loop, zone: tzinfo) -> dict[str, Any]:
    def when(value: Any) -> str | None:
        return local_text(value, zone) if value else None

    return {
        "id": loop.id,
        "contact_id": loop.contact_id,
        "contact": loop.contact_name,
        "org": loop.contact_org,
        "kind": loop.kind.value,
        "subject": loop.subject,
        "status": loop.status.value,
        "turn": loop.turn.value,
        "turn_since": when(loop.turn_since),
        "opened_at": when(loop.opened_at),
        "last_event_at": when(loop.last_event_at),
        "closed_at": when(loop.closed_at),
        "outcome": loop.outcome.value if loop.outcome else None,
    }


def event_json(event: Event, zone: tzinfo) -> dict[str, Any]:
    return {
        "id": event.id,
        "kind": event.kind.value,
        "at": local_text(event.at, zone),
        "text": event.text,
    }


def self_check(args: argparse.Namespace) -> int:
    from ghostless.services.selfcheck import check_keyring, check_notifications, check_store

    lines = check_store(resolve_data_dir(getattr(args, "data_dir", None)))
    lines.append(_qt_platform())
    lines.append(check_keyring())
    lines.append(check_notifications())
    store_ok = all(line.ok for line in lines if line.name in ("database", "integrity"))
    if _wants_json(args):
        print_json({"ok": store_ok, "checks": [vars_of(line) for line in lines]})
    else:
        width = max(len(line.name) for line in lines)
        for line in lines:
            mark = (
                "ok  "
                if line.ok
                else "WARN"
                if line.name not in ("database", "integrity")
                else "FAIL"
            )
            print(f"[{mark}] {line.name.ljust(width)}  {line.value}")
    return EXIT_OK if store_ok else EXIT_STORE


def vars_of(line: Any) -> dict[str, Any]:
    return {"name": line.name, "value": line.value, "ok": line.ok}


def _qt_platform() -> Any:
    from ghostless.services.selfcheck import CheckLine

    try:
        from ghostless.ui.platform_probe import qt_platform
    except ImportError as exc:
        return CheckLine("qt platform", f"PySide6 cannot be loaded ({exc})", False)
    name, ok = qt_platform()
    return CheckLine("qt platform", name, ok)


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    widths = [
        min(40, max(len(header[i]), *(len(row[i]) for row in rows))) for i in range(len(header))
    ]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            (cell if len(cell) <= w else cell[: w - 1] + "…").ljust(w)
            for cell, w in zip(cells, widths, strict=True)
        ).rstrip()

    print(line(header))
    for row in rows:
        print(line(row))


# -- follow-ups ----------------------------------------------------------------
def _when(instant: datetime | None, zone: tzinfo) -> str | None:
    return local_text(instant, zone) if instant else None


def _now(args: argparse.Namespace, zone: tzinfo) -> datetime:
    text = getattr(args, "now", None)
    return parse_instant(text, zone, field="now") if text else SystemClock().now()


def _reminders(args: argparse.Namespace, now: datetime, zone: tzinfo) -> ReminderService:
    ledger = Ledger.open(resolve_data_dir(getattr(args, "data_dir", None)), FixedClock(now), zone)
    return ReminderService(ledger)


def due(args: argparse.Namespace) -> int:
    zone = local_zone()
    now = _now(args, zone)
    service = _reminders(args, now, zone)
    try:
        owed = service.agenda(now)
        away = service.away()
    finally:
        service.ledger.close()
    if _wants_json(args):
        print_json([owed_json(item, zone) for item in owed])
        return EXIT_OK
    if away is not None:
        print(
            f"Away since {when_words(away.start, now, zone)} ({away.reason.label.lower()}): "
            "reminders are paused. Say 'ghostless away off' when you are back."
        )
    if not owed:
        print("Nothing is owed. Every open loop is either answered or waiting on them.")
        return EXIT_OK
    for item in owed:
        loop, window = item.loop, item.window
        who = loop.contact_name + (f" ({loop.contact_org})" if loop.contact_org else "")
        print(f"{item.status.value.upper():<9} loop {loop.id}: {who} – {loop.subject}")
        print(f"{'':<9} {window.action.label}")
        print(f"{'':<9} {_timing_words(item, now, zone)}")
    return EXIT_OK


def _timing_words(item: Owed, now: datetime, zone: tzinfo) -> str:
    window = item.window
    if item.status is Status.UPCOMING:
        text = (
            f"opens {when_words(window.opens_at, now, zone)}, "
            f"due {when_words(window.due_at, now, zone)}"
        )
    elif item.status is Status.OPEN:
        text = f"due {when_words(window.due_at, now, zone)}"
    elif item.status is Status.DUE:
        text = (
            f"due since {when_words(window.due_at, now, zone)}; "
            f"overdue {when_words(window.overdue_at, now, zone)}"
        )
    else:
        text = f"overdue since {when_words(window.overdue_at, now, zone)}"
    if item.snoozed_until is not None:
        text += f"; snoozed until {when_words(item.snoozed_until, now, zone)}"
    return text


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def when_words(instant: datetime, now: datetime, zone: tzinfo) -> str:
    """An instant in the user's words: "today 16:30 (in 3 h)", "Sun 22 Nov 16:30 (2 days ago)"."""
    local, today = instant.astimezone(zone), now.astimezone(zone).date()
    days = (local.date() - today).days
    clock = f"{local:%H:%M}"
    if days == 0:
        day = "today"
    elif days == 1:
        day = "tomorrow"
    elif days == -1:
        day = "yesterday"
    else:
        day = f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]}"
        if local.year != today.year:
            day += f" {local.year}"
    seconds = (instant - now).total_seconds()
    if abs(seconds) < 60:
        relative = "now"
    elif seconds > 0:
        relative = f"in {describe_wait(seconds)}"
    else:
        relative = f"{describe_wait(-seconds)} ago"
    return f"{day} {clock} ({relative})"


def owed_json(item: Owed, zone: tzinfo) -> dict[str, Any]:
    loop, window = item.loop, item.window
    return {
        "loop_id": loop.id,
        "contact": loop.contact_name,
        "org": loop.contact_org,
        "subject": loop.subject,
        "kind": loop.kind.value,
        "rule": window.rule.value,
        "action": window.action.value,
        "label": window.action.label,
        "status": item.status.value,
        "waiting": window.waiting,
        "opens_at": local_text(window.opens_at, zone),
        "due_at": local_text(window.due_at, zone),
        "overdue_at": local_text(window.overdue_at, zone),
        "remind_at": _when(window.remind_at, zone),
        "snoozed_until": _when(item.snoozed_until, zone),
    }


def snooze(args: argparse.Namespace) -> int:
    loop_id = _id(args.loop_id, "loop")
    zone = local_zone()
    now = _now(args, zone)
    preset = parse_snooze_preset(args.until)
    chosen = None if preset else parse_when(args.until, now, zone)
    service = _reminders(args, now, zone)
    try:
        if preset is not None:
            until, keys = service.snooze_preset(loop_id, preset, now)
        else:
            assert chosen is not None
            until, keys = chosen, service.snooze(loop_id, chosen, now)
    finally:
        service.ledger.close()
    if _wants_json(args):
        print_json({"loop_id": loop_id, "until": local_text(until, zone), "snoozed": list(keys)})
    elif keys:
        print(f"Snoozed loop {loop_id} until {when_words(until, now, zone)}.")
    else:
        print(
            f"Nothing on loop {loop_id} comes before {when_words(until, now, zone)}; not snoozed."
        )
    return EXIT_OK


def away_on(args: argparse.Namespace) -> int:
    reason = parse_away_reason(args.reason)
    zone = local_zone()
    now = _now(args, zone)
    service = _reminders(args, now, zone)
    try:
        period = service.away_on(reason, now)
    finally:
        service.ledger.close()
    if _wants_json(args):
        print_json({"away": True, "since": local_text(period.start, zone), "reason": reason.value})
    else:
        print(
            f"Away from {when_words(period.start, now, zone)}, reason: {reason.value}. "
            "Reminders are paused and nothing is lost; say 'ghostless away off' when you are back."
        )
    return EXIT_OK


def away_off(args: argparse.Namespace) -> int:
    zone = local_zone()
    now = _now(args, zone)
    service = _reminders(args, now, zone)
    try:
        summary = service.away_off(now)
        loops = {quiet.loop_id: service.ledger.loop(quiet.loop_id) for quiet in summary.loops}
    finally:
        service.ledger.close()
    if _wants_json(args):
        print_json(
            {
                "away_since": local_text(summary.away.start, zone),
                "back_at": local_text(summary.back_at, zone),
                "reason": summary.away.reason.value,
                "message": summary.message,
                "loops": [
                    {
                        "loop_id": quiet.loop_id,
                        "contact": loops[quiet.loop_id].contact_name,
                        "subject": loops[quiet.loop_id].subject,
                        "status": quiet.status.value,
                        "actions": [w.action.value for w in quiet.windows],
                        "due_at": local_text(quiet.windows[0].due_at, zone),
                    }
                    for quiet in summary.loops
                ],
            }
        )
        return EXIT_OK
    print(f"Welcome back. You were away since {when_words(summary.away.start, now, zone)}.")
    if summary.is_empty:
        print("No loop went quiet meanwhile.")
        return EXIT_OK
    print(f"{len(summary.loops)} loop(s) went quiet meanwhile:")
    for quiet in summary.loops:
        loop = loops[quiet.loop_id]
        status = quiet.status.value.upper()
        print(f"  {status:<9} loop {loop.id}: {loop.contact_name} – {loop.subject}")
        for window in quiet.windows:
            print(f"  {'':<9} {window.action.label}")
    print("A short note you could send them (edit it first):")
    print(f"  {summary.message}")
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
    ("contact", "add"): contact_add,
    ("contact", "list"): contact_list,
    ("loop", "add"): loop_add,
    ("loop", "log"): loop_log,
    ("loop", "close"): loop_close,
    ("loop", "show"): loop_show,
    ("loop", "delete"): loop_delete,
    ("loops", None): loops_list,
    ("due", None): due,
    ("snooze", None): snooze,
    ("away", "on"): away_on,
    ("away", "off"): away_off,
}
