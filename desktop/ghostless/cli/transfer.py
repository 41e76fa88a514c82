"""Moving data in and out: ``import``, ``export``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ghostless.cli.common import open_ledger, wants_json
from ghostless.cli.output import EXIT_OK, EXIT_USAGE, print_json
from ghostless.core.contact_import import TARGETS, ImportFileError
from ghostless.core.errors import InputError
from ghostless.core.i18n import _
from ghostless.services.ledger import Ledger

_SOURCES = ("linkedin", "vcard", "google", "outlook", "csv")
_SOURCE_HELP = {
    "linkedin": "LinkedIn Connections.csv (from 'Get a copy of your data')",
    "vcard": "a vCard file (.vcf) from Google, Apple, Outlook or a phone; 2.1, 3.0 or 4.0",
    "google": "a Google Contacts CSV (current or legacy export)",
    "outlook": "an Outlook CSV (Outlook.com or the classic desktop export)",
    "csv": "any other CSV with a header; columns guessed by name, or given with --map",
}


def add_transfer_arguments(
    sub: argparse.ArgumentParser,
    *,
    printing: argparse.ArgumentParser,
    parser_class: type[argparse.ArgumentParser],
) -> None:
    """Add the arguments of ``import``, ``export``, ``backup``, ``restore`` or
    ``start-afresh`` (whichever ``sub`` is, by its name) to its parser."""
    command = sub.prog.rsplit(" ", 1)[-1]
    if command == "import":
        _import_arguments(sub, printing=printing, parser_class=parser_class)
    elif command == "export":
        _export_arguments(sub, printing=printing, parser_class=parser_class)
    elif command in ("backup", "restore"):
        sub.add_argument("file", metavar="FILE")
    else:
        sub.add_argument("--yes", action="store_true", help="yes, start with no data")


def _import_arguments(
    sub: argparse.ArgumentParser,
    *,
    printing: argparse.ArgumentParser,
    parser_class: type[argparse.ArgumentParser],
) -> None:
    imports = sub.add_subparsers(
        dest="action", metavar="FORMAT", required=True, parser_class=parser_class
    )
    for source in _SOURCES:
        one = imports.add_parser(source, help=_SOURCE_HELP[source], parents=[printing])
        one.add_argument("file", metavar="FILE")
        one.add_argument(
            "--dry-run", action="store_true", help="say what would happen; write nothing"
        )
        one.add_argument(
            "--encoding",
            metavar="NAME",
            help="the file's text encoding when it is not UTF-8 (such as cp1252)",
        )
        if source == "csv":
            one.add_argument(
                "--map",
                action="append",
                default=[],
                metavar="FIELD=COLUMN",
                help=f"which column holds a field; FIELD is one of {', '.join(TARGETS)}",
            )


def _export_arguments(
    sub: argparse.ArgumentParser,
    *,
    printing: argparse.ArgumentParser,
    parser_class: type[argparse.ArgumentParser],
) -> None:
    export = sub.add_subparsers(
        dest="action", metavar="FORMAT", required=True, parser_class=parser_class
    )
    ics = export.add_parser(
        "ics", help="every open follow-up window as an iCalendar file", parents=[printing]
    )
    ics.add_argument("file", metavar="FILE")
    ics.add_argument("--todo", action="store_true", help="tasks (VTODO) instead of events")
    keep = ics.add_mutually_exclusive_group()
    keep.add_argument(
        "--keep-updated",
        action="store_true",
        help="rewrite FILE on every change, for calendar apps that subscribe to a file",
    )
    keep.add_argument(
        "--stop-updating", action="store_true", help="stop keeping a calendar file up to date"
    )
    for name, text in (
        ("json", "everything, in the documented portable JSON form"),
        ("csv", "the contacts as CSV, safe to open in a spreadsheet"),
        ("vcard", "the contacts as vCard 3.0, every address with its label"),
    ):
        one = export.add_parser(name, help=text, parents=[printing])
        one.add_argument("file", metavar="FILE")


# -- handlers ----------------------------------------------------------------------
def _mapping(pairs: list[str]) -> dict[str, str] | None:
    if not pairs:
        return None
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or field.strip() not in TARGETS or not column.strip():
            raise InputError(
                f"map: {pair!r} is not FIELD=COLUMN with FIELD one of {', '.join(TARGETS)}",
                field="map",
            )
        mapping[field.strip()] = column.strip()
    return mapping


def import_contacts(args: argparse.Namespace) -> int:
    from ghostless.services.importers import Source
    from ghostless.services.imports import import_file

    source = Source(args.action)
    mapping = _mapping(getattr(args, "map", []))
    ledger = open_ledger(args)
    try:
        summary = import_file(
            ledger,
            Path(args.file),
            source,
            encoding=args.encoding,
            mapping=mapping,
            dry_run=args.dry_run,
        )
    except ImportFileError as exc:
        if not wants_json(args):
            raise
        print_json(
            {
                "created": 0,
                "updated": 0,
                "unchanged": 0,
                "skipped": 0,
                "skips": [],
                "remarks": [],
                "errors": [exc.as_dict()],
                "dry_run": args.dry_run,
            }
        )
        return EXIT_USAGE
    finally:
        ledger.close()
    if wants_json(args):
        print_json(
            {**summary.as_dict(), "file": str(args.file), "errors": [], "dry_run": args.dry_run}
        )
        return EXIT_OK
    prefix = "Would import (dry run, nothing written): " if args.dry_run else "Imported: "
    print(prefix + summary.text() + ".")
    # Each row named by file and line, as an error would be (issue 11).
    for line, reason in summary.skips:
        print(
            _("  {file}, line {line}: skipped: {reason}").format(
                file=args.file, line=line, reason=reason
            )
        )
    for line, text in summary.remarks:
        print(_("  {file}, line {line}: {text}").format(file=args.file, line=line, text=text))
    return EXIT_OK


def export_ics(args: argparse.Namespace) -> int:
    from ghostless.services.exports import export_calendar, set_calendar_feed
    from ghostless.services.reminders import ReminderService

    ledger = open_ledger(args)
    try:
        count = export_calendar(ReminderService(ledger), Path(args.file), todo=args.todo)
        if args.keep_updated:
            set_calendar_feed(ledger, Path(args.file), todo=args.todo)
        elif args.stop_updating:
            set_calendar_feed(ledger, None)
    finally:
        ledger.close()
    if wants_json(args):
        print_json({"file": str(args.file), "windows": count, "keep_updated": args.keep_updated})
        return EXIT_OK
    print(_("Wrote {count} follow-up window(s) to {file}.").format(count=count, file=args.file))
    if args.keep_updated:
        print(_("It will be rewritten on every change while Ghostless runs."))
    elif args.stop_updating:
        print(_("No calendar file is kept up to date any more."))
    return EXIT_OK


def export_json_file(args: argparse.Namespace) -> int:
    from ghostless.services.exports import export_json

    ledger = open_ledger(args)
    try:
        counts = export_json(ledger, Path(args.file))
    finally:
        ledger.close()
    if wants_json(args):
        print_json({"file": str(args.file), **counts})
    else:
        print(
            _("Wrote {value} contact(s) and {value2} loop(s) to {file}.").format(
                value=counts["contacts"], value2=counts["loops"], file=args.file
            )
        )
    return EXIT_OK


def export_csv_file(args: argparse.Namespace) -> int:
    from ghostless.services.exports import export_contacts_csv

    return _export_contacts(args, export_contacts_csv)


def export_vcard_file(args: argparse.Namespace) -> int:
    from ghostless.services.exports import export_contacts_vcard

    return _export_contacts(args, export_contacts_vcard)


def _export_contacts(args: argparse.Namespace, write: Callable[[Ledger, Path], int]) -> int:
    """Write every contact to ``args.file`` with ``write``; say how many."""
    ledger = open_ledger(args)
    try:
        count = write(ledger, Path(args.file))
    finally:
        ledger.close()
    if wants_json(args):
        print_json({"file": str(args.file), "contacts": count})
    else:
        print(_("Wrote {count} contact(s) to {file}.").format(count=count, file=args.file))
    return EXIT_OK


def backup(args: argparse.Namespace) -> int:
    from ghostless.services.backup import backup_ledger

    ledger = open_ledger(args)
    try:
        target = backup_ledger(ledger, Path(args.file))
    finally:
        ledger.close()
    print(_("Backed up to {target}.").format(target=target))
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    from ghostless.core.clock import SystemClock
    from ghostless.services.backup import restore_data
    from ghostless.services.paths import ensure_private_dir, resolve_data_dir
    from ghostless.services.zone import local_zone

    # The current database is not opened first: restoring is what a damaged one needs.
    data_dir = ensure_private_dir(resolve_data_dir(getattr(args, "data_dir", None)))
    restored = restore_data(data_dir, Path(args.file), now=SystemClock().now(), zone=local_zone())
    print(restored.text())
    return EXIT_OK


def start_afresh(args: argparse.Namespace) -> int:
    from ghostless.core.clock import SystemClock
    from ghostless.services.backup import start_afresh as set_aside_and_start
    from ghostless.services.paths import ensure_private_dir, resolve_data_dir
    from ghostless.services.zone import local_zone

    data_dir = ensure_private_dir(resolve_data_dir(getattr(args, "data_dir", None)))
    aside = set_aside_and_start(
        data_dir, now=SystemClock().now(), zone=local_zone(), confirmed=args.yes
    )
    if aside is None:
        print(_("There was no database; Ghostless starts with no data."))
    else:
        print(
            _("Moved the database to {aside}. Ghostless starts with no data.").format(aside=aside)
        )
    return EXIT_OK
