"""Triage from the shell, as Today's keys do it: ``done`` (X) and ``unsnooze``."""

from __future__ import annotations

import argparse

from ghostless.cli.common import open_service, parse_id, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.errors import InputError
from ghostless.core.i18n import _
from ghostless.services.triage import Triage


def done(args: argparse.Namespace) -> int:
    loop_ids = [parse_id(text, "loop") for text in args.loop_ids]
    if args.key and len(loop_ids) > 1:
        raise InputError("key: --key names an item of one loop; give one loop with it", field="key")
    service = open_service(args)
    try:
        marked = Triage(service).mark_done([(loop_id, args.key) for loop_id in loop_ids])
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json(
            [
                {"loop_id": m.owed.loop.id, "key": m.owed.window.key, "recorded": m.done.note}
                for m in marked
            ]
        )
        return EXIT_OK
    for m in marked:
        print(
            _("Done on loop {id} ({contact_name}): {note}.").format(
                id=m.owed.loop.id, contact_name=m.owed.loop.contact_name, note=m.done.note
            )
        )
    print(_("Undo with: ghostless undo"))
    return EXIT_OK


def unsnooze(args: argparse.Namespace) -> int:
    loop_ids = [parse_id(text, "loop") for text in args.loop_ids]
    service = open_service(args)
    try:
        count = Triage(service).unsnooze(loop_ids)
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json({"loop_ids": loop_ids, "unsnoozed": count})
    elif count:
        print(_("Reminders are back now: {count} had been snoozed.").format(count=count))
    else:
        print(_("Nothing was snoozed."))
    return EXIT_OK
