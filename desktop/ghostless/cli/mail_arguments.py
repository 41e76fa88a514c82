"""The arguments of ``ghostless mail ...`` (run by :mod:`ghostless.cli.mail`).

Kept apart from the commands, which load the mail readers and services: parsing
``mail`` (or ``mail --help``) loads only argparse.
"""

from __future__ import annotations

import argparse
from typing import Any

_NOW_HELP = "act as if it were TIME (ISO 8601, with or without offset); default now"


def add_mail_arguments(
    sub: argparse.ArgumentParser,
    *,
    printing: argparse.ArgumentParser,
    parser_class: type[argparse.ArgumentParser],
) -> None:
    """Add the actions of ``ghostless mail`` and their arguments to its parser."""
    mail = sub.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    scan = mail.add_parser(
        "scan",
        help="read local mail and print what is owed and awaited; writes nothing",
        parents=[printing],
    )
    _source_options(scan, many=True)
    scan.add_argument(
        "--me",
        action="append",
        required=True,
        metavar="ADDRESS",
        help="an address of yours; give it once per address",
    )
    scan.add_argument("--now", metavar="TIME", help=_NOW_HELP)

    listed = mail.add_parser(
        "suggestions",
        help="threads owed or awaiting a reply, most urgent first",
        parents=[printing],
    )
    listed.add_argument("--now", metavar="TIME", help=_NOW_HELP)
    accept = mail.add_parser(
        "accept",
        help="make a loop of a thread, with its messages as events; prints the loop id",
        parents=[printing],
    )
    accept.add_argument("thread", metavar="THREAD", help="the thread's Message-ID (suggestions)")
    accept.add_argument("--kind", help="the loop's kind (default: the guessed one)")
    accept.add_argument("--now", metavar="TIME", help=_NOW_HELP)
    unaccept = mail.add_parser(
        "unaccept",
        help="undo an accept: delete the loop made from a thread, which is suggested again",
        parents=[printing],
    )
    unaccept.add_argument("loop_id", metavar="LOOP")
    ignore = mail.add_parser("ignore", help="never suggest this thread again", parents=[printing])
    ignore.add_argument("thread", metavar="THREAD")
    ignore.add_argument("--undo", action="store_true", help="suggest it again")
    never = mail.add_parser(
        "never", help="never suggest threads with this sender or domain", parents=[printing]
    )
    who = never.add_mutually_exclusive_group()
    who.add_argument("--sender", metavar="ADDRESS")
    who.add_argument("--domain", metavar="DOMAIN")
    never.add_argument("--undo", action="store_true", help="suggest them again")
    never.add_argument("--list", action="store_true", help="list the never rules")

    me = mail.add_parser(
        "me", help="the addresses that are yours (list, add, remove)", parents=[printing]
    )
    me.add_argument("--add", action="append", default=[], metavar="ADDRESS")
    me.add_argument("--remove", action="append", default=[], metavar="ADDRESS")

    source = mail.add_parser(
        "source", help="local Maildir folders and mbox files read on every sync"
    ).add_subparsers(
        dest="source_action", metavar="ACTION", required=True, parser_class=parser_class
    )
    source_add = source.add_parser(
        "add", help="read this Maildir or mbox on sync", parents=[printing]
    )
    _source_options(source_add, many=False)
    source_remove = source.add_parser("remove", help="stop reading it", parents=[printing])
    _source_options(source_remove, many=False)
    source.add_parser("list", help="the local sources", parents=[printing])

    mail.add_parser("sync", help="read every source now and keep what is new", parents=[printing])
    mail.add_parser("rules", help="every turn rule and what it means", parents=[printing])
    _account_arguments(mail, printing=printing, parser_class=parser_class)


def _source_options(parser: argparse.ArgumentParser, *, many: bool) -> None:
    group = parser.add_argument_group("mail stores" if many else "mail store")
    action = "append" if many else "store"
    group.add_argument("--maildir", action=action, metavar="DIR", help="a Maildir folder")
    group.add_argument("--mbox", action=action, metavar="FILE", help="an mbox file")


def _account_arguments(
    mail: Any,
    *,
    printing: argparse.ArgumentParser,
    parser_class: type[argparse.ArgumentParser],
) -> None:
    """Add ``mail account add|list|remove`` to the ``mail`` actions."""
    account = mail.add_parser(
        "account", help="add, list or remove an IMAP account"
    ).add_subparsers(dest="account_action", metavar="ACTION", required=True,
                     parser_class=parser_class)  # fmt: skip
    add = account.add_parser(
        "add",
        help="add an IMAP account after a test login; the password goes to the system keyring",
        parents=[printing],
    )
    add.add_argument(
        "--imap",
        required=True,
        metavar="HOST[:PORT]",
        help="the IMAP server; port 993 (TLS) unless given, 143 means STARTTLS",
    )
    add.add_argument("--user", required=True, help="the login name")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password (or app password) from standard input; without it, it is asked for",
    )
    add.add_argument(
        "--ca-file",
        default="",
        metavar="FILE",
        help="trust the server's certificate authority from this PEM file (default: the system's)",
    )
    add.add_argument("--starttls", action="store_true", help="connect in plain text, then STARTTLS")
    add.add_argument(
        "--me",
        nargs="+",
        default=[],
        metavar="ADDRESS",
        help="the addresses you write from on this account (default: the login, if one)",
    )
    account.add_parser("list", help="the IMAP accounts", parents=[printing])
    remove = account.add_parser(
        "remove", help="forget an account and its password in the keyring", parents=[printing]
    )
    remove.add_argument("account_id", metavar="ID")
