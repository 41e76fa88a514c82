"""``ghostless sync setup|set|now|status|off``: owed items on a CalDAV server (docs/sync.md)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ghostless.cli.common import open_ledger, open_service, wants_json
from ghostless.cli.output import EXIT_OK, EXIT_STORE, print_json
from ghostless.core.errors import InputError
from ghostless.core.i18n import _


def _secrets() -> Any:
    from ghostless.services.secrets import KeyringSecretStore

    return KeyringSecretStore()


def sync_setup(args: argparse.Namespace) -> int:
    from ghostless.services import dav_sync
    from ghostless.services.dav_phone_tasks import parse_phone_tasks, set_phone_tasks

    # Checked before the server is asked: a typo costs no login.
    limit = None if args.phone_tasks is None else parse_phone_tasks(args.phone_tasks)
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise InputError("password: nothing on stdin", field="password")
    extra: dict[str, Any] = {}
    if args.calendar:
        extra["calendar"] = args.calendar
    if args.address_book:
        extra["address_book"] = args.address_book
    ledger = open_ledger(args)
    try:
        account = dav_sync.setup(
            ledger, _secrets(), url=args.url, user=args.user, password=password,
            ca_file=Path(args.ca_file) if args.ca_file else None, **extra,
        )  # fmt: skip
        if args.phone_tasks is not None:
            set_phone_tasks(ledger, limit)
    finally:
        ledger.close()
    if wants_json(args):
        print_json(asdict(account))
    else:
        print(
            _("Syncing with {url} as {user}: tasks in “{calendar_name}”.").format(
                url=account.url, user=account.user, calendar_name=account.calendar_name
            )
        )
    return EXIT_OK


def sync_set(args: argparse.Namespace) -> int:
    from ghostless.services.dav_phone_tasks import (
        describe,
        parse_phone_tasks,
        phone_tasks,
        set_phone_tasks,
        shown,
    )

    limit = parse_phone_tasks(args.phone_tasks)
    ledger = open_ledger(args)
    try:
        set_phone_tasks(ledger, limit)
        kept = phone_tasks(ledger)
    finally:
        ledger.close()
    if wants_json(args):
        print_json({"phone_tasks": shown(kept)})
    else:
        print(f"Tasks on the phone: {describe(kept)}. The next sync makes it so.")
    return EXIT_OK


def sync_now(args: argparse.Namespace) -> int:
    from ghostless.services import dav_sync

    service = open_service(args)
    try:
        report = dav_sync.sync_now(service, _secrets())
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json(asdict(report))
    else:
        print(report.summary())
        for note in report.notes:
            print(f"  {note}")
    return EXIT_OK if report.ok else EXIT_STORE


def sync_status(args: argparse.Namespace) -> int:
    from ghostless.services import dav_sync

    ledger = open_ledger(args)
    try:
        found = dict(dav_sync.status(ledger))
    finally:
        ledger.close()
    if wants_json(args):
        print_json(found)
        return EXIT_OK
    if not found["enabled"]:
        print(_("Sync is off (ghostless sync setup --url URL --user USER --password-stdin)."))
        return EXIT_OK
    from ghostless.services.dav_phone_tasks import describe

    print(
        _("Syncing with {url} as {user}: “{calendar}”, tasks on the phone: {tasks}.").format(
            url=found["url"],
            user=found["user"],
            calendar=found["calendar"],
            tasks=describe(found["phone_tasks"]),
        )
    )
    last = found["last_sync"]
    if last is None:
        print(_("Not synced yet."))
    else:
        report = dav_sync.SyncReport(**last)
        print(_("Last sync {value}: {value2}").format(value=last["at"], value2=report.summary()))
    for item in found["conflicts"]:
        print(
            _(
                "Conflict on loop {value}, {value2}: here “{value3}”, on another "
                "desktop “{value4}” (ghostless sync resolve {value} {value2} --keep "
                "mine|theirs)"
            ).format(
                value=item["loop_id"],
                value2=item["field"],
                value3=item["mine"],
                value4=item["theirs"],
            )
        )
    return EXIT_OK


def sync_off(args: argparse.Namespace) -> int:
    from ghostless.services import dav_sync

    ledger = open_ledger(args)
    try:
        was_on = dav_sync.turn_off(ledger, _secrets())
    finally:
        ledger.close()
    if wants_json(args):
        print_json({"turned_off": was_on})
    else:
        print(_("Sync is off; nothing was deleted.") if was_on else _("Sync was not on."))
    return EXIT_OK


def sync_resolve(args: argparse.Namespace) -> int:
    from ghostless.cli.common import parse_id
    from ghostless.services.ledger_sync import settle

    loop_id = parse_id(args.loop_id, "loop")
    ledger = open_ledger(args)
    try:
        kept = settle(ledger, loop_id, args.field, take_theirs=args.keep == "theirs")
    finally:
        ledger.close()
    if wants_json(args):
        print_json({"loop": loop_id, "field": args.field, "kept": kept})
    else:
        print(
            _("Loop {loop_id}: {field} is “{kept}”; the other desktops take it next sync.").format(
                loop_id=loop_id, field=args.field, kept=kept
            )
        )
    return EXIT_OK
