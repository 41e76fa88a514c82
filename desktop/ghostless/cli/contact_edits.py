"""What the Contacts tab does, on the command line: edit a contact, list their loops,
delete them (saying what goes with them). Merging is ``contact merge``.

Each is one step of the undo history: ``ghostless undo`` takes it back.
"""

from __future__ import annotations

import argparse

from ghostless.cli.common import open_ledger, parse_id, print_table, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.i18n import _
from ghostless.core.models import Address, AddressKind


def contact_edit(args: argparse.Namespace) -> int:
    contact_id = parse_id(args.contact_id, "contact")
    ledger = open_ledger(args)
    try:
        old = ledger.contact(contact_id)
        given = {AddressKind.EMAIL: args.email, AddressKind.PHONE: args.phone,
                 AddressKind.URL: args.url}  # fmt: skip
        addresses = [
            address
            for kind in AddressKind
            for address in (
                old.of_kind(kind)
                if given[kind] is None
                else [Address(kind, value, "", n == 0) for n, value in enumerate(given[kind])]
            )
        ]
        ledger.update_contact(
            contact_id,
            name=old.name if args.name is None else args.name,
            org=old.org if args.org is None else args.org,
            role=old.role if args.role is None else args.role,
            notes=old.notes if args.notes is None else args.notes,
            tags=old.tags,
            addresses=addresses,
        )
        new = ledger.contact(contact_id)
    finally:
        ledger.close()
    if wants_json(args):
        from ghostless.cli.contacts import contact_json

        print_json(contact_json(new))
        return EXIT_OK
    print(
        _("Changed {name} ({contact_id}). Undo with: ghostless undo").format(
            name=new.name, contact_id=contact_id
        )
    )
    return EXIT_OK


def contact_loops(args: argparse.Namespace) -> int:
    contact_id = parse_id(args.contact_id, "contact")
    ledger = open_ledger(args)
    try:
        contact = ledger.contact(contact_id)
        found = ledger.loops_with(contact_id)
    finally:
        ledger.close()
    if wants_json(args):
        rows = [
            {"id": loop.id, "kind": loop.kind.value, "subject": loop.subject,
             "status": loop.status.value, "turn": loop.turn.value}
            for loop in found
        ]  # fmt: skip
        print_json(rows)
        return EXIT_OK
    if not found:
        print(_("No loops with {name}.").format(name=contact.name))
        return EXIT_OK
    print_table(
        ("ID", "KIND", "STATUS", "SUBJECT"),
        [(str(loop.id), loop.kind.value, loop.status.value, loop.subject) for loop in found],
    )
    return EXIT_OK


def contact_delete(args: argparse.Namespace) -> int:
    contact_id = parse_id(args.contact_id, "contact")
    ledger = open_ledger(args)
    try:
        contact = ledger.contact(contact_id)
        loops, events = ledger.contact_holdings(contact_id)
        ledger.delete_contact(contact_id, confirmed=args.yes)
    finally:
        ledger.close()
    taken = f" with {loops} loop(s) and {events} event(s)" if loops else ""
    print(
        _("Deleted {name}{taken}. Undo with: ghostless undo").format(name=contact.name, taken=taken)
    )
    return EXIT_OK
