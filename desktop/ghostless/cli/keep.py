"""``ghostless keep-in-touch``: cadences per contact and per tag."""

from __future__ import annotations

import argparse

from ghostless.cli.common import open_ledger, parse_id, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.cadence import cadence_words, parse_cadence
from ghostless.core.i18n import _
from ghostless.services.keep_in_touch import KeepInTouchService


def keep_list(args: argparse.Namespace) -> int:
    ledger = open_ledger(args)
    try:
        service = KeepInTouchService(ledger)
        contacts, tags = service.contact_cadences(), service.tag_cadences()
    finally:
        ledger.close()
    if wants_json(args):
        print_json(
            {
                "contacts": [{"id": i, "name": name, "days": d} for i, name, d in contacts],
                "tags": [{"tag": tag, "days": days} for tag, days in tags.items()],
            }
        )
        return EXIT_OK
    if not contacts and not tags:
        print(
            _(
                "No keep-in-touch cadence yet. Set one with 'ghostless keep-in-touch "
                "contact ID 3m' or 'ghostless keep-in-touch tag TAG 3m'."
            )
        )
    for contact_id, name, days in contacts:
        print(
            _("contact {contact_id}: {name}, {value}").format(
                contact_id=contact_id, name=name, value=cadence_words(days)
            )
        )
    for tag, days in tags.items():
        print(_("tag {tag}: {value}").format(tag=tag, value=cadence_words(days)))
    return EXIT_OK


def keep_contact(args: argparse.Namespace) -> int:
    contact_id = parse_id(args.contact_id, "contact")
    days = parse_cadence(args.every)
    ledger = open_ledger(args)
    try:
        KeepInTouchService(ledger).set_contact(contact_id, days)
        name = ledger.contact(contact_id).name
    finally:
        ledger.close()
    said = cadence_words(days) if days else "only as their tags say"
    print(_("Keep in touch with {name}: {said}.").format(name=name, said=said))
    return EXIT_OK


def keep_tag(args: argparse.Namespace) -> int:
    days = parse_cadence(args.every)
    ledger = open_ledger(args)
    try:
        tagged = KeepInTouchService(ledger).set_tag(args.tag, days)
    finally:
        ledger.close()
    said = cadence_words(days) if days else "no cadence"
    print(
        _("Contacts tagged {value} ({tagged:,}): {said}.").format(
            value=args.tag.strip(), tagged=tagged, said=said
        )
    )
    return EXIT_OK
