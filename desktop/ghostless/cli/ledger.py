"""The ledger commands: contacts, loops and their record, and the self-check."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import tzinfo
from typing import Any

from ghostless.cli.common import (
    local_or_none,
    open_ledger,
    open_service,
    parse_id,
    print_rows,
    table_widths,
    wants_json,
)
from ghostless.cli.output import EXIT_OK, EXIT_STORE, print_json, print_json_rows
from ghostless.cli.owed import owed_json
from ghostless.core.i18n import _
from ghostless.core.models import Event, Loop
from ghostless.core.queries import LoopQuery
from ghostless.core.timeparse import describe_wait, local_text, parse_instant
from ghostless.core.validation import parse_event_kind, parse_kind, parse_outcome
from ghostless.core.wording import when_words
from ghostless.services.ledger import Ledger
from ghostless.services.paths import resolve_data_dir
from ghostless.services.typed_time import parse_when


# -- loops ---------------------------------------------------------------------
def loop_add(args: argparse.Namespace) -> int:
    kind = parse_kind(args.kind)
    contact_id = parse_id(args.contact, "contact")
    ledger = open_ledger(args)
    try:
        zone, now = ledger.zone, ledger.clock.now()
        at = parse_instant(args.at, zone, field="at") if args.at else None
        deadline = (
            parse_when(args.deadline, now, zone, field="deadline", allow_past=True)
            if args.deadline
            else None
        )
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
    if wants_json(args):
        print_json({**loop_json(loop, zone), "deadline_at": local_or_none(deadline, zone)})
    else:
        print(loop_id)
    return EXIT_OK


def loop_log(args: argparse.Namespace) -> int:
    loop_id = parse_id(args.loop_id, "loop")
    kind = parse_event_kind(args.event)
    ledger = open_ledger(args)
    try:
        zone = ledger.zone
        at = parse_instant(args.at, zone, field="at") if args.at else None
        event_id = ledger.log_event(loop_id, kind, at=at, text=args.text, confirmed=args.yes)
        loop = ledger.loop(loop_id)
    finally:
        ledger.close()
    if wants_json(args):
        print_json({"event_id": event_id, "loop": loop_json(loop, zone)})
    else:
        print(
            _("Logged on loop {loop_id}: {value}. Now: {value2}.").format(
                loop_id=loop_id, value=kind.label.lower(), value2=loop.turn.label.lower()
            )
        )
    return EXIT_OK


def loop_close(args: argparse.Namespace) -> int:
    loop_id = parse_id(args.loop_id, "loop")
    outcome = parse_outcome(args.outcome)
    ledger = open_ledger(args)
    try:
        ledger.close_loop(loop_id, outcome)
    finally:
        ledger.close()
    print(
        _("Closed loop {loop_id} as {value}. Its record is kept.").format(
            loop_id=loop_id, value=outcome.value
        )
    )
    return EXIT_OK


def loop_delete(args: argparse.Namespace) -> int:
    loop_id = parse_id(args.loop_id, "loop")
    ledger = open_ledger(args)
    try:
        ledger.delete_loop(loop_id, confirmed=args.yes)
    finally:
        ledger.close()
    print(_("Deleted loop {loop_id} and its record.").format(loop_id=loop_id))
    return EXIT_OK


def loop_show(args: argparse.Namespace) -> int:
    """A loop, what the playbooks read beyond its record, what it owes, and its record."""
    loop_id = parse_id(args.loop_id, "loop")
    service = open_service(args)
    ledger = service.ledger
    try:
        zone, now = ledger.zone, ledger.clock.now()
        loop, events = ledger.loop(loop_id), ledger.events(loop_id)
        fields = ledger.follow_up_fields(loop_id)
        introducer = ledger.loop(fields.introduced_by) if fields.introduced_by else None
        owed = service.loop_agenda(loop_id, now)
    finally:
        ledger.close()
    if wants_json(args):
        print_json(
            {
                **loop_json(loop, zone),
                "deadline_at": local_or_none(fields.deadline, zone),
                "introduced_by": fields.introduced_by,
                "referred_loop_id": fields.referred_loop_id,
                "decline_decided_at": local_or_none(fields.decline_decided_at, zone),
                "owed": [owed_json(item, zone) for item in owed],
                "events": [event_json(e, zone) for e in events],
            }
        )
        return EXIT_OK
    lines = [
        f"Loop {loop.id}: {loop.subject}",
        f"  with {loop.contact_name}" + (f" ({loop.contact_org})" if loop.contact_org else ""),
        f"  {loop.kind.label}, {loop.status.value}, {loop.turn.label.lower()}",
    ]
    if loop.outcome:
        lines.append(f"  outcome: {loop.outcome.value}")
    if fields.deadline is not None:
        lines.append(f"  deadline: {when_words(fields.deadline, now, zone)}")
    if introducer is not None:
        lines.append(f"  introduced by {introducer.contact_name} (loop {introducer.id})")
    if fields.decline_decided_at is not None:
        lines.append(f"  decided to decline {when_words(fields.decline_decided_at, now, zone)}")
    for item in owed:
        lines.append(f"  owed ({item.status.value}): {item.window.action.label}")
        if item.repair is not None:
            lines.append(f"    {item.repair.advice}")
    lines.append("  record:")
    for event in events:
        text = f"  {event.text}" if event.text else ""
        lines.append(f"  {local_text(event.at, zone)}  {event.kind.label}{text}")
    print("\n".join(lines))
    return EXIT_OK


def loops_list(args: argparse.Namespace) -> int:
    """The loops by urgency, streamed from one snapshot: a table (read twice, once for
    the column widths) or a JSON array, each row read, written and dropped."""
    query = LoopQuery(text=args.find, include_closed=args.all)
    ledger = open_ledger(args)
    try:
        with ledger.snapshot():
            if wants_json(args):
                zone = ledger.zone
                print_json_rows(
                    {**loop_json(loop, zone), "waited_seconds": ledger.waited_seconds(loop)}
                    for loop in ledger.each_loop(query)
                )
                return EXIT_OK
            widths = table_widths(LOOPS_HEADER, _loop_rows(ledger, query))
            if widths is None:
                print(_("No open loops.") if not args.all else _("No loops yet."))
                return EXIT_OK
            print_rows(LOOPS_HEADER, _loop_rows(ledger, query), widths)
    finally:
        ledger.close()
    return EXIT_OK


LOOPS_HEADER = ("ID", "TURN", "WAITING", "CONTACT", "ORGANISATION", "KIND", "SUBJECT")


def _loop_rows(ledger: Ledger, query: LoopQuery) -> Iterator[tuple[str, ...]]:
    for loop in ledger.each_loop(query):
        wait = ledger.waited_seconds(loop)
        yield (
            str(loop.id),
            loop.turn.label if loop.is_open else (loop.outcome or loop.status).value,
            describe_wait(wait) if wait is not None else "",
            loop.contact_name,
            loop.contact_org,
            loop.kind.label,
            loop.subject,
        )


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
    if getattr(args, "try_out", False):
        from ghostless.services.selfcheck import try_keyring, try_notification

        lines += [try_keyring(), try_notification()]
    # --try asked for the round trips: their failure fails the check too.
    must_pass = ("database", "integrity", *TRIED)
    store_ok = all(line.ok for line in lines if line.name in must_pass)
    if wants_json(args):
        print_json({"ok": store_ok, "checks": [vars_of(line) for line in lines]})
    else:
        width = max(len(line.name) for line in lines)
        for line in lines:
            mark = "ok  " if line.ok else "WARN" if line.name not in must_pass else "FAIL"
            print(f"[{mark}] {line.name.ljust(width)}  {line.value}")
    return EXIT_OK if store_ok else EXIT_STORE


#: The lines ``self-check --try`` adds; unlike the rest, a failure among them fails.
TRIED = ("keyring round trip", "test notification")


def vars_of(line: Any) -> dict[str, Any]:
    return {"name": line.name, "value": line.value, "ok": line.ok}


def _qt_platform() -> Any:
    """Qt opened in a child process: if it aborts, this reports why and goes on."""
    import os
    import sys

    from ghostless.services.qt_check import check_before_start, probe_in_child
    from ghostless.services.selfcheck import CheckLine

    env = os.environ
    if sys.platform.startswith("linux") and not (
        env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
    ):
        # No display to open: still say which libraries a window would lack.
        missing = check_before_start({**env, "QT_QPA_PLATFORM": "xcb"})
        text = "none: no DISPLAY or WAYLAND_DISPLAY (set QT_QPA_PLATFORM=offscreen for tests)"
        return CheckLine("qt platform", f"{text}; {missing.message()}" if missing else text, False)
    report = probe_in_child()
    return CheckLine("qt platform", report.detail if report.ok else report.message(), report.ok)
