"""``ghostless mail account add|list|remove``: IMAP accounts (``mail sync`` reads them).

The password is read from standard input (``--password-stdin``) or typed at a
prompt, never given as an argument (it would show in the process list and the
shell history), and kept only in the system keyring.
"""

from __future__ import annotations

import argparse
import sys

from ghostless.cli.common import open_ledger, parse_id, print_table, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.errors import InputError
from ghostless.core.i18n import _
from ghostless.services.mail_accounts import MailAccount, MailAccounts
from ghostless.services.secrets import KeyringSecretStore


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InputError(
            "password: give it on standard input with --password-stdin", field="password"
        )
    import getpass

    return getpass.getpass(f"Password for {args.user}: ")


def _account_json(account: MailAccount) -> dict[str, object]:
    return {
        "id": account.id,
        "host": account.host,
        "port": account.port,
        "security": account.security,
        "user": account.username,
        "ca_file": account.ca_file or None,
        "me": list(account.addresses),
        "sent_folder": account.sent_folder or None,
        "last_sync_at": account.last_sync_at,
        "last_error": account.last_error or None,
    }


def mail_account(args: argparse.Namespace) -> int:
    return {"add": _add, "list": _list, "remove": _remove}[args.account_action](args)


def _add(args: argparse.Namespace) -> int:
    password = _read_password(args)
    ledger = open_ledger(args)
    try:
        added = MailAccounts(ledger, KeyringSecretStore()).add(
            server=args.imap,
            username=args.user,
            password=password,
            ca_file=args.ca_file,
            starttls=args.starttls,
            me=args.me,
        )
    finally:
        ledger.close()
    if wants_json(args):
        print_json(_account_json(added))
    else:
        sent = added.sent_folder or "none found"
        print(
            _("{id}\t{label}: logged in; Sent folder: {sent}").format(
                id=added.id, label=added.label, sent=sent
            )
        )
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    ledger = open_ledger(args)
    try:
        accounts = MailAccounts(ledger, KeyringSecretStore()).list()
    finally:
        ledger.close()
    if wants_json(args):
        print_json([_account_json(account) for account in accounts])
        return EXIT_OK
    if not accounts:
        print(_("No mail accounts (add one with: ghostless mail account add)"))
        return EXIT_OK
    print_table(
        ("ID", "SERVER", "USER", "ME", "LAST SYNC", "PROBLEM"),
        [
            (
                str(a.id),
                f"{a.host}:{a.port} ({a.security})",
                a.username,
                ", ".join(a.addresses),
                a.last_sync_at or "never",
                a.last_error or "",
            )
            for a in accounts
        ],
    )
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    account_id = parse_id(args.account_id, "account")
    ledger = open_ledger(args)
    try:
        removed = MailAccounts(ledger, KeyringSecretStore()).remove(account_id)
    finally:
        ledger.close()
    if wants_json(args):
        print_json({"removed": _account_json(removed)})
    else:
        print(
            _("Removed {label} and its password (add it again to undo)").format(label=removed.label)
        )
    return EXIT_OK
