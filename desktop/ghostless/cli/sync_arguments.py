"""The arguments of ``ghostless sync ...`` (run by :mod:`ghostless.cli.sync`).

Kept apart from the commands, which load the CalDAV client: parsing ``sync``
(or ``sync --help``) loads only argparse.
"""

from __future__ import annotations

import argparse


def add_sync_arguments(
    sub: argparse.ArgumentParser,
    *,
    printing: argparse.ArgumentParser,
    parser_class: type[argparse.ArgumentParser],
) -> None:
    """Add the actions of ``ghostless sync`` and their arguments to its parser."""
    sync = sub.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
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
    _phone_tasks(setup)
    chosen = sync.add_parser(
        "set", help="change what is synced (no server is asked)", parents=[printing]
    )
    _phone_tasks(chosen, required=True)
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


def _phone_tasks(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--phone-tasks",
        metavar="all|N",
        required=required,
        help="tasks on the phone: every owed item (all, the default) or only the N most urgent",
    )
