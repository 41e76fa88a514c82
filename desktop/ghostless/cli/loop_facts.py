"""What the playbooks read beyond the record: deadlines, introductions, decisions, dismissals."""

from __future__ import annotations

import argparse

from ghostless.cli.common import local_or_none, open_service, parse_id, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.errors import InputError
from ghostless.core.i18n import _
from ghostless.core.wording import when_words
from ghostless.services.reminders import ReminderService
from ghostless.services.typed_time import parse_when


def loop_set(args: argparse.Namespace) -> int:
    """``ghostless loop set ID --deadline TIME | --clear-deadline | --introduced-by LOOP_ID …``"""
    loop_id = parse_id(args.loop_id, "loop")
    chosen = [
        args.deadline is not None,
        args.clear_deadline,
        args.introduced_by is not None,
        args.introduced_by_contact is not None,
        args.clear_introduced_by,
    ]
    if not any(chosen):
        raise InputError(
            "loop set: say what to set (--deadline, --clear-deadline, --introduced-by, "
            "--introduced-by-contact or --clear-introduced-by)",
            field="loop",
        )
    if args.deadline is not None and args.clear_deadline:
        raise InputError("deadline: --deadline and --clear-deadline contradict", field="deadline")
    if sum(chosen[2:]) > 1:
        raise InputError(
            "introduced_by: give one of the introduced-by options", field="introduced_by"
        )
    service = open_service(args)
    ledger = service.ledger
    try:
        zone, now = service.zone, ledger.clock.now()
        deadline = None
        if args.deadline is not None:
            deadline = parse_when(args.deadline, now, zone, field="deadline", allow_past=True)
        ledger.loop(loop_id)
        with ledger.transaction():
            if deadline is not None or args.clear_deadline:
                ledger.set_deadline(loop_id, deadline)
            if args.introduced_by is not None:
                ledger.set_introduced_by(loop_id, parse_id(args.introduced_by, "introduced_by"))
            elif args.introduced_by_contact is not None:
                contact_id = parse_id(args.introduced_by_contact, "introduced_by")
                ledger.introduced_by_contact(loop_id, contact_id)
            elif args.clear_introduced_by:
                ledger.set_introduced_by(loop_id, None)
        return _print_facts(args, service, loop_id)
    finally:
        ledger.close()


def loop_decide_decline(args: argparse.Namespace) -> int:
    """``ghostless loop decide-decline ID [--at TIME] [--undo]``"""
    loop_id = parse_id(args.loop_id, "loop")
    service = open_service(args)
    ledger = service.ledger
    try:
        zone, now = service.zone, ledger.clock.now()
        if args.undo:
            ledger.undecide_decline(loop_id)
        else:
            at = parse_when(args.at, now, zone, field="at", allow_past=True) if args.at else now
            if at > now:
                raise InputError("at: a decision cannot be made in the future", field="at")
            ledger.decide_decline(loop_id, at)
        return _print_facts(args, service, loop_id)
    finally:
        ledger.close()


def loop_dismiss(args: argparse.Namespace) -> int:
    """``ghostless loop dismiss ID [KEY] [--undo]``: dismiss a dismissible item (every one
    without KEY), or bring dismissed ones back."""
    loop_id = parse_id(args.loop_id, "loop")
    service = open_service(args)
    ledger = service.ledger
    try:
        ledger.loop(loop_id)
        if args.undo:
            keys = ledger.dismissed(loop_id)
        else:
            keys = [o.window.key for o in service.loop_agenda(loop_id) if o.window.rule.dismissible]
        if args.key is not None:
            keys = [key for key in keys if key == args.key]
            if not keys:
                what = "dismissed" if args.undo else "dismissible"
                raise InputError(
                    f"key: loop {loop_id} has no {what} item {args.key!r} "
                    "(see 'ghostless due --json')",
                    field="key",
                )
        with ledger.transaction():
            for key in keys:
                if args.undo:
                    ledger.undismiss(loop_id, key)
                else:
                    ledger.dismiss(loop_id, key)
    finally:
        ledger.close()
    verb = "brought back" if args.undo else "dismissed"
    if wants_json(args):
        print_json({"loop_id": loop_id, verb.replace(" ", "_"): keys})
    elif keys:
        print(
            _("{value} {value2} item(s) on loop {loop_id}.").format(
                value=verb.capitalize(), value2=len(keys), loop_id=loop_id
            )
        )
    else:
        print(_("Nothing on loop {loop_id} to be {verb}.").format(loop_id=loop_id, verb=verb))
    return EXIT_OK


def _print_facts(args: argparse.Namespace, service: ReminderService, loop_id: int) -> int:
    ledger, zone = service.ledger, service.zone
    now = ledger.clock.now()
    fields = ledger.follow_up_fields(loop_id)
    owed = service.loop_agenda(loop_id, now)
    if wants_json(args):
        print_json(
            {
                "loop_id": loop_id,
                "deadline_at": local_or_none(fields.deadline, zone),
                "introduced_by": fields.introduced_by,
                "decline_decided_at": local_or_none(fields.decline_decided_at, zone),
                "owed": [o.window.action.value for o in owed],
            }
        )
        return EXIT_OK
    print(_("Loop {loop_id}:").format(loop_id=loop_id))
    if fields.deadline is not None:
        print(_("  deadline {value}").format(value=when_words(fields.deadline, now, zone)))
    if fields.introduced_by is not None:
        intro = ledger.loop(fields.introduced_by)
        print(
            _("  introduced by {contact_name} (loop {id})").format(
                contact_name=intro.contact_name, id=intro.id
            )
        )
    if fields.decline_decided_at is not None:
        print(
            _("  decided to decline {value}").format(
                value=when_words(fields.decline_decided_at, now, zone)
            )
        )
    for item in owed:
        print(f"  {item.status.value}: {item.window.action.label}")
    if not owed:
        print(_("  nothing owed"))
    return EXIT_OK
