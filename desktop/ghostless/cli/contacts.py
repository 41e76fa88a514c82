"""The contact commands beyond add and list: show, duplicates, merge and unmerge."""

from __future__ import annotations

import argparse
from typing import Any

from ghostless.cli.common import open_ledger, parse_id, print_table, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.i18n import _
from ghostless.core.models import Address, AddressKind, Contact


def addresses_from(args: argparse.Namespace) -> list[Address]:
    """``--email``, ``--phone`` and ``--url``, each any number of times; the first primary."""
    return [
        Address(kind, value, "", n == 0)
        for kind, values in (
            (AddressKind.EMAIL, args.email),
            (AddressKind.PHONE, args.phone),
            (AddressKind.URL, args.url),
        )
        for n, value in enumerate(values)
    ]


def _address_lines(contact: Contact) -> list[str]:
    lines = []
    for address in contact.addresses:
        label = f" ({address.label})" if address.label else ""
        mark = ", primary" if address.primary else ""
        lines.append(f"  {address.kind.label}: {address.value}{label}{mark}")
    return lines


def contact_show(args: argparse.Namespace) -> int:
    contact_id = parse_id(args.contact_id, "contact")
    ledger = open_ledger(args)
    try:
        contact = ledger.contact(contact_id)
    finally:
        ledger.close()
    if wants_json(args):
        print_json(contact_json(contact))
        return EXIT_OK
    print(_("Contact {id}: {name}").format(id=contact.id, name=contact.name))
    if contact.org or contact.role:
        print("  " + ", ".join(part for part in (contact.role, contact.org) if part))
    for line in _address_lines(contact):
        print(line)
    if contact.notes:
        print(_("  Notes: ") + contact.notes.replace("\n", "\n         "))
    return EXIT_OK


def contact_duplicates(args: argparse.Namespace) -> int:
    from ghostless.services.duplicates import find_duplicates

    ledger = open_ledger(args)
    try:
        pairs = find_duplicates(ledger)
    finally:
        ledger.close()
    if wants_json(args):
        print_json([pair.as_dict() for pair in pairs])
        return EXIT_OK
    if not pairs:
        print(_("No likely duplicates."))
        return EXIT_OK
    for pair in pairs:
        print(
            f"{pair.first.id} {pair.first.name}  ~  {pair.second.id} {pair.second.name}: "
            + "; ".join(pair.reasons)
        )
    print(_("Merge a pair with: ghostless contact merge KEEP_ID OTHER_ID"))
    return EXIT_OK


def contact_merge(args: argparse.Namespace) -> int:
    from ghostless.services.duplicates import merge

    keep_id, other_id = parse_id(args.keep_id, "keep"), parse_id(args.other_id, "other")
    ledger = open_ledger(args)
    try:
        other = ledger.contact(other_id)
        done = merge(ledger, keep_id, other_id)
        merge_id, moved = done.merge_id, done.loops_moved
        kept = ledger.contact(keep_id)
    finally:
        ledger.close()
    if wants_json(args):
        print_json({"merge_id": merge_id, "kept_id": keep_id, "other_id": other_id,
                    "loops_moved": moved, "addresses": len(kept.addresses)})  # fmt: skip
        return EXIT_OK
    print(
        _(
            "Merged {name} ({other_id}) into {name2} ({keep_id}): {moved} loop(s) "
            "moved, {value} address(es) now. Undo with: ghostless contact unmerge "
            "{merge_id}"
        ).format(
            name=other.name,
            other_id=other_id,
            name2=kept.name,
            keep_id=keep_id,
            moved=moved,
            value=len(kept.addresses),
            merge_id=merge_id,
        )
    )
    return EXIT_OK


def contact_unmerge(args: argparse.Namespace) -> int:
    from ghostless.services.duplicates import undo

    merge_id = parse_id(args.merge_id, "merge") if args.merge_id else None
    ledger = open_ledger(args)
    try:
        restored = undo(ledger, merge_id)
        contact = ledger.contact(restored)
    finally:
        ledger.close()
    if wants_json(args):
        print_json({"restored_id": restored, "name": contact.name})
        return EXIT_OK
    print(
        _("Undone: {name} is contact {restored} again, with its loops.").format(
            name=contact.name, restored=restored
        )
    )
    return EXIT_OK


# -- contacts ------------------------------------------------------------------
def contact_add(args: argparse.Namespace) -> int:
    addresses = addresses_from(args)
    ledger = open_ledger(args)
    try:
        contact_id = ledger.add_contact(
            name=args.name, org=args.org, role=args.role, notes=args.notes, addresses=addresses
        )
        contact = ledger.contact(contact_id)
    finally:
        ledger.close()
    if wants_json(args):
        print_json(contact_json(contact))
    else:
        print(contact_id)
    return EXIT_OK


def contact_list(args: argparse.Namespace) -> int:
    ledger = open_ledger(args)
    try:
        contacts = ledger.search_contacts()
        counts = ledger.open_loop_counts([contact.id for contact in contacts])
    finally:
        ledger.close()
    if wants_json(args):
        print_json([{**contact_json(c), "open_loops": counts.get(c.id, 0)} for c in contacts])
        return EXIT_OK
    if not contacts:
        print(_("No contacts yet. Add one with: ghostless contact add --name NAME"))
        return EXIT_OK
    rows = [
        (str(c.id), c.name, c.org, c.role, _email_shown(c), str(counts.get(c.id, 0)))
        for c in contacts
    ]
    print_table(("ID", "NAME", "ORGANISATION", "ROLE", "E-MAIL", "OPEN LOOPS"), rows)
    return EXIT_OK


def _email_shown(contact: Contact) -> str:
    """The primary e-mail address, and how many more there are."""
    more = len(contact.of_kind(AddressKind.EMAIL)) - (1 if contact.email else 0)
    return contact.email + (f" (+{more})" if more > 0 else "")


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
        "addresses": [
            {"kind": a.kind.value, "value": a.value, "label": a.label, "primary": a.primary}
            for a in contact.addresses
        ],
    }
