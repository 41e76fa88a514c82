"""``ghostless sync setup|now|status|off``: owed items on a CalDAV server (docs/sync.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ghostless.cli.common import open_ledger, open_service, wants_json
from ghostless.cli.output import EXIT_OK, EXIT_STORE, print_json
from ghostless.core.errors import InputError


def add_sync_commands(
    commands: Any,
    *,
    plain: argparse.ArgumentParser,
    printing: argparse.ArgumentParser,
    parser_class: type[argparse.ArgumentParser],
) -> None:
    sync = commands.add_parser(
        "sync", help="owed items as tasks on your CalDAV server (phone, other desktops)"
    ).add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)
    setup = sync.add_parser(
        "setup",
        help="log in, pick or create the calendar and address book; the password goes to "
        "the keyring",
        parents=[printing],
    )
    setup.add_argument("--url", required=True, help="the server's address (https)")
    setup.add_argument("--user", required=True)
    setup.add_argument(
        "--password-stdin", action="store_true", required=True, help="read the password from stdin"
    )
    setup.add_argument("--ca-file", metavar="FILE", help="trust this CA (a self-hosted server)")
    setup.add_argument("--calendar", metavar="NAME", help="the calendar to use (made if missing)")
    setup.add_argument(
        "--address-book", metavar="NAME", help="the address book to use (made if missing)"
    )
    sync.add_parser("now", help="sync now: what was sent and received", parents=[printing])
    sync.add_parser("status", help="the account and the last sync", parents=[printing])
    sync.add_parser(
        "off", help="stop syncing; nothing here or on the server is deleted", parents=[printing]
    )
    resolve = sync.add_parser(
        "resolve",
        help="settle a conflict between two desktops (listed by sync status)",
        parents=[printing],
    )
    resolve.add_argument("loop_id", metavar="LOOP")
    resolve.add_argument("field", metavar="FIELD", help="subject, kind, status or deadline")
    resolve.add_argument(
        "--keep", required=True, choices=("mine", "theirs"), help="which value to keep"
    )


def _secrets() -> Any:
    from ghostless.services.secrets import KeyringSecretStore

    return KeyringSecretStore()


def sync_setup(args: argparse.Namespace) -> int:
    from ghostless.services import dav_sync

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
    finally:
        ledger.close()
    if wants_json(args):
        print_json(asdict(account))
    else:
        print(f"Syncing with {account.url} as {account.user}: tasks in “{account.calendar_name}”.")
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
        print("Sync is off (ghostless sync setup --url URL --user USER --password-stdin).")
        return EXIT_OK
    print(f"Syncing with {found['url']} as {found['user']}: “{found['calendar']}”.")
    last = found["last_sync"]
    if last is None:
        print("Not synced yet.")
    else:
        report = dav_sync.SyncReport(**last)
        print(f"Last sync {last['at']}: {report.summary()}")
    for item in found["conflicts"]:
        print(
            f"Conflict on loop {item['loop_id']}, {item['field']}: here “{item['mine']}”, "
            f"on another desktop “{item['theirs']}” (ghostless sync resolve {item['loop_id']} "
            f"{item['field']} --keep mine|theirs)"
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
        print("Sync is off; nothing was deleted." if was_on else "Sync was not on.")
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
        print(f"Loop {loop_id}: {args.field} is “{kept}”; the other desktops take it next sync.")
    return EXIT_OK


SYNC_COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
    ("sync", "setup"): sync_setup,
    ("sync", "now"): sync_now,
    ("sync", "status"): sync_status,
    ("sync", "off"): sync_off,
    ("sync", "resolve"): sync_resolve,
}
