"""``ghostless mail ...``: scan local mail, the suggestions, Accept/Ignore/Never, sources, sync.

``mail scan`` reads the mail named on the command line and writes nothing (it
does not even open the data folder); every other command does what the
window's Mail view does, through :class:`ghostless.services.mail.MailService`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ghostless.cli.common import open_ledger, parse_id, print_table, wants_json
from ghostless.cli.output import EXIT_OK, EXIT_STORE, print_json
from ghostless.core.clock import SystemClock
from ghostless.core.errors import InputError
from ghostless.core.i18n import _
from ghostless.core.mail_rules import RULES
from ghostless.core.mail_suggestions import MailSuggestion, suggestions
from ghostless.core.mail_threads import Me
from ghostless.core.timeparse import local_text, parse_instant
from ghostless.core.validation import parse_kind
from ghostless.services.mail import MailService
from ghostless.services.mail_local import LocalSource, Progress, SourceKind
from ghostless.services.mail_sync import collect
from ghostless.services.zone import local_zone

if TYPE_CHECKING:
    from ghostless.services.mail_sync_run import MailSyncReport
# -- scan -----------------------------------------------------------------------


def mail_scan(args: argparse.Namespace) -> int:
    sources = [LocalSource(SourceKind.MAILDIR, Path(p)) for p in args.maildir or []]
    sources += [LocalSource(SourceKind.MBOX, Path(p)) for p in args.mbox or []]
    if not sources:
        raise InputError("scan: give at least one --maildir DIR or --mbox FILE", field="maildir")
    for source in sources:
        source.check()
    zone = local_zone()
    now = parse_instant(args.now, zone, field="now") if args.now else SystemClock().now()
    me = Me(args.me)
    found = suggestions(collect(sources).messages, me, now)
    _print(found, now, zone, wants_json(args))
    return EXIT_OK


def suggestion_json(found: MailSuggestion, now: datetime, zone: tzinfo) -> dict[str, Any]:
    message = found.message
    return {
        "thread": found.root,
        "thread_messages": sorted(found.thread.message_ids),
        "message_id": message.message_id,
        "counterpart": found.counterpart,
        "name": found.counterpart_name,
        "subject": found.subject,
        "at": local_text(message.at, zone) if message.at else None,
        "waited_days": found.waited_days,
        "rules": list(found.rules),
        "kind": found.kind.value,
        "snippet": message.snippet,
    }


def _print(found: list[MailSuggestion], now: datetime, zone: tzinfo, as_json: bool) -> None:
    owed = [s for s in found if s.turn.value == "owed"]
    awaiting = [s for s in found if s.turn.value == "awaiting"]
    if as_json:
        print_json(
            {
                "owed": [suggestion_json(s, now, zone) for s in owed],
                "awaiting": [suggestion_json(s, now, zone) for s in awaiting],
            }
        )
        return
    if not found:
        print(_("Nothing is owed or awaited."))
        return
    rows = [
        (s.turn.value, f"{s.waited_days} d", s.counterpart_name or s.counterpart, s.subject,
         s.kind.value, s.root)
        for s in found
    ]  # fmt: skip
    print_table(("turn", "waited", "who", "subject", "kind", "thread"), rows)


# -- the stored mail ----------------------------------------------------------------


def _service(args: argparse.Namespace) -> MailService:
    return MailService(open_ledger(args))


def mail_suggestions(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        now = service.ledger.clock.now()
        if not service.me():
            print(
                _(
                    "ghostless: no address of yours is known yet: add one with ghostless "
                    "mail me --add ADDRESS"
                ),
                file=sys.stderr,
            )
        _print(service.suggestions(now), now, service.ledger.zone, wants_json(args))
    finally:
        service.ledger.close()
    return EXIT_OK


def mail_accept(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        kind = parse_kind(args.kind) if args.kind else None
        loop_id = service.accept(args.thread, kind)
        loop = service.ledger.loop(loop_id)
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json({"loop_id": loop_id, "kind": loop.kind.value, "turn": loop.turn.value})
    else:
        print(loop_id)
    return EXIT_OK


def mail_unaccept(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        loop_id = parse_id(args.loop_id, "loop")
        service.unaccept(loop_id)
    finally:
        service.ledger.close()
    _done(args, {"loop_id": loop_id, "deleted": True})
    return EXIT_OK


def mail_ignore(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        if args.undo:
            changed = service.unignore(args.thread)
        else:
            service.ignore(args.thread)
            changed = True
    finally:
        service.ledger.close()
    _done(args, {"thread": args.thread, "ignored": not args.undo, "changed": changed})
    return EXIT_OK


def mail_never(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        if args.list:
            rules = service.never_rules()
            if wants_json(args):
                print_json([{"kind": kind, "value": value} for kind, value in rules])
            else:
                for kind, value in rules:
                    print(f"{kind:<7} {value}")
            return EXIT_OK
        if args.undo:
            changed = service.unnever(sender=args.sender, domain=args.domain)
        else:
            changed = service.never(sender=args.sender, domain=args.domain)
    finally:
        service.ledger.close()
    _done(args, {"sender": args.sender, "domain": args.domain, "never": not args.undo,
                 "changed": changed})  # fmt: skip
    return EXIT_OK


def mail_me(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        for address in args.add:
            service.add_me(address)
        for address in args.remove:
            service.remove_me(address)
        addresses = service.me()
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json(addresses)
    else:
        print("\n".join(addresses) if addresses else _("No address of yours yet."))
    return EXIT_OK


def mail_source(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        if args.source_action == "list":
            sources = service.sources()
            if wants_json(args):
                print_json([{"kind": s.kind.value, "path": str(s.path)} for s in sources])
            else:
                for s in sources:
                    print(f"{s.kind.value:<8} {s.path}")
            return EXIT_OK
        kind, path = _one_source(args)
        if args.source_action == "add":
            added = service.add_source(kind, path)
            result: dict[str, Any] = {"kind": kind.value, "path": str(added.path), "added": True}
        else:
            result = {
                "kind": kind.value,
                "path": path,
                "removed": service.remove_source(kind, path),
            }
    finally:
        service.ledger.close()
    _done(args, result)
    return EXIT_OK


def _one_source(args: argparse.Namespace) -> tuple[SourceKind, str]:
    if (args.maildir is None) == (args.mbox is None):
        raise InputError("source: give one --maildir DIR or one --mbox FILE", field="source")
    if args.maildir is not None:
        return SourceKind.MAILDIR, str(args.maildir)
    return SourceKind.MBOX, str(args.mbox)


def mail_sync(args: argparse.Namespace) -> int:
    """Read every local source and every IMAP account; exit 1 when one could not be read."""
    from ghostless.services.imap_sync import LedgerPlace
    from ghostless.services.mail_sync_run import sync_mail
    from ghostless.services.secrets import KeyringSecretStore

    ledger = open_ledger(args)
    place = LedgerPlace.of(ledger)
    ledger.close()
    try:
        report = sync_mail(place, KeyringSecretStore(), progress=_progress_on_terminal())
    except KeyboardInterrupt:
        # Ctrl+C: local mail read so far was not written; IMAP batches saved are kept.
        print(_("\nghostless: sync cancelled"), file=sys.stderr)
        return EXIT_STORE
    if sys.stderr.isatty():
        print(file=sys.stderr)  # end the progress line
    if wants_json(args):
        print_json(_sync_json(report))
    else:
        print(
            _(
                "Read {read} messages from {sources} sources and {value} accounts: "
                "{new_messages} new, {logged_events} logged in loops."
            ).format(
                read=report.read,
                sources=report.sources,
                value=len(report.accounts),
                new_messages=report.new_messages,
                logged_events=report.logged_events,
            )
        )
        for account in report.accounts:
            for folder in account.folders:
                how = " (first sync)" if folder.first else ""
                how += " (renumbered by the server: read again)" if folder.restarted else ""
                print(
                    _("{account}: {folder}: {fetched} read{how}").format(
                        account=account.account,
                        folder=folder.folder,
                        fetched=folder.fetched,
                        how=how,
                    )
                )
    for problem in report.problems:
        print(_("ghostless: {problem}").format(problem=problem), file=sys.stderr)
    return EXIT_STORE if report.problems else EXIT_OK


def _sync_json(report: MailSyncReport) -> dict[str, Any]:
    return {
        "sources": report.sources,
        "read": report.read,
        "new_messages": report.new_messages,
        "logged_events": report.logged_events,
        "failures": report.problems,
        "accounts": [
            {
                "account": account.account_id,
                "name": account.account,
                "error": account.error,
                "folders": [
                    {
                        "folder": folder.folder,
                        "fetched": folder.fetched,
                        "first_sync": folder.first,
                        "restarted": folder.restarted,
                    }
                    for folder in account.folders
                ],
            }
            for account in report.accounts
        ],
    }


def _progress_on_terminal() -> Progress | None:
    """How far the reading got, on one rewritten line of a terminal (never into a pipe)."""
    if not sys.stderr.isatty():
        return None

    shown = [""]

    def progress(done: int, total: int, what: str) -> None:
        line = f"\rReading {what.partition(':')[2]}: "
        line += f"{done * 100 // total}%" if total else f"{done}"
        if line != shown[0]:  # a terminal redraws only when the figure changes
            shown[0] = line
            print(line, end="   ", file=sys.stderr, flush=True)

    return progress


def _done(args: argparse.Namespace, result: dict[str, Any]) -> None:
    if wants_json(args):
        print_json(result)


def mail_rules(args: argparse.Namespace) -> int:
    """Every turn rule and what it means."""
    if wants_json(args):
        print_json(RULES)
    else:
        for name, meaning in RULES.items():
            print(f"{name:<22} {meaning}")
    return EXIT_OK
