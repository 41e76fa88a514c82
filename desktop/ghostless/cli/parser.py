"""The ``ghostless`` commands and their arguments (argparse).

Built only when a command is given: starting the app skips it (see
:func:`ghostless.cli.main`).
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from ghostless import APP_NAME, __version__
from ghostless.cli.output import EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, as every other error here."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _common(*, prints: bool) -> _Parser:
    parent = _Parser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where Ghostless keeps its data (default: $GHOSTLESS_DATA_DIR, else the user data "
        "folder)",
    )
    if prints:
        parent.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON"
        )
    return parent


def build_parser() -> argparse.ArgumentParser:
    plain, printing = _common(prints=False), _common(prints=True)
    parser = _Parser(
        prog="ghostless",
        description="Keep track of every open professional conversation and never ghost anyone. "
        "With no command, starts the app.",
        parents=[plain],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--autostart",
        action="store_true",
        default=argparse.SUPPRESS,
        help="start in the tray without showing the window (what start-at-login runs)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    contact = commands.add_parser("contact", help="add or list contacts").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = contact.add_parser("add", help="add a contact; prints its id", parents=[printing])
    add.add_argument("--name", required=True)
    for name in ("org", "role", "notes"):
        add.add_argument(f"--{name}", default="")
    for name, what in (("email", "an e-mail address"), ("phone", "a phone number"),
                       ("url", "a profile URL")):  # fmt: skip
        add.add_argument(
            f"--{name}",
            action="append",
            default=[],
            metavar="VALUE",
            help=f"{what}; give it more than once for several (the first is the primary one)",
        )
    contact.add_parser("list", help="list contacts", parents=[printing])
    from ghostless.cli.contacts import add_contact_commands

    add_contact_commands(contact, plain=plain, printing=printing)

    loop = commands.add_parser("loop", help="open, log, close or show a loop").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = loop.add_parser("add", help="open a loop; prints its id", parents=[printing])
    add.add_argument("--contact", required=True, metavar="ID")
    add.add_argument("--kind", required=True, help=_kinds_help())
    add.add_argument("--subject", required=True)
    add.add_argument("--at", metavar="TIME", help="ISO 8601, with or without offset; default now")
    add.add_argument("--text", default="", help="what was said, for the first event")
    add.add_argument(
        "--deadline",
        metavar="TIME",
        help="an offer's deadline, a promised date or an interview time (ISO 8601)",
    )
    log = loop.add_parser("log", help="add an event to a loop's record", parents=[printing])
    log.add_argument("loop_id", metavar="ID")
    log.add_argument("--event", required=True, help="received, sent, meeting, promise or note")
    log.add_argument("--at", metavar="TIME", help="ISO 8601, with or without offset; default now")
    log.add_argument("--text", default="")
    close = loop.add_parser("close", help="close a loop with its outcome", parents=[plain])
    close.add_argument("loop_id", metavar="ID")
    close.add_argument("--outcome", required=True, help=_outcomes_help())
    show = loop.add_parser("show", help="a loop and its timeline", parents=[printing])
    show.add_argument("loop_id", metavar="ID")
    delete = loop.add_parser("delete", help="delete a loop and its record", parents=[plain])
    delete.add_argument("loop_id", metavar="ID")
    delete.add_argument("--yes", action="store_true", help="delete even with an unanswered message")

    set_ = loop.add_parser(
        "set", help="set what the playbooks read: deadline, introduction", parents=[printing]
    )
    set_.add_argument("loop_id", metavar="ID")
    set_.add_argument(
        "--deadline",
        metavar="TIME",
        help="an offer's answer-by date, a promised date or an interview time: ISO 8601 or "
        "words such as 'next friday 5pm'",
    )
    set_.add_argument("--clear-deadline", action="store_true", help="remove the deadline")
    set_.add_argument(
        "--introduced-by",
        metavar="LOOP_ID",
        help="the introduction loop (with the person who vouched for you) that led to this one",
    )
    set_.add_argument(
        "--introduced-by-contact",
        metavar="CONTACT_ID",
        help="the person who introduced you; their introduction loop is found or recorded",
    )
    set_.add_argument(
        "--clear-introduced-by", action="store_true", help="this loop came from no introduction"
    )
    set_.add_argument("--now", metavar="TIME", help=_NOW_HELP)
    decide = loop.add_parser(
        "decide-decline",
        help="you have decided to say no: a clear, short decline is due within days",
        parents=[printing],
    )
    decide.add_argument("loop_id", metavar="ID")
    decide.add_argument("--at", metavar="TIME", help="when you decided (default: now)")
    decide.add_argument("--undo", action="store_true", help="you changed your mind")
    decide.add_argument("--now", metavar="TIME", help=_NOW_HELP)
    dismiss = loop.add_parser(
        "dismiss",
        help="dismiss an item you choose not to act on (telling them about an offer deadline)",
        parents=[printing],
    )
    dismiss.add_argument("loop_id", metavar="ID")
    dismiss.add_argument("key", metavar="KEY", nargs="?", help="the item's key (due --json)")
    dismiss.add_argument("--undo", action="store_true", help="bring dismissed items back")
    dismiss.add_argument("--now", metavar="TIME", help=_NOW_HELP)

    settings = commands.add_parser(
        "settings", help="every playbook figure and limit, as in the Settings dialog"
    ).add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    settings.add_parser("list", help="every setting, its value and meaning", parents=[printing])
    get = settings.add_parser("get", help="one setting's value", parents=[printing])
    get.add_argument("key", metavar="KEY")
    put = settings.add_parser(
        "set", help="change a setting (checked; recomputes what is owed)", parents=[printing]
    )
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE", help="e.g. 36, yes, 09:30, mon,tue, Europe/Berlin")
    reset = settings.add_parser(
        "reset", help="back to the defaults (the named settings, or all)", parents=[printing]
    )
    reset.add_argument("keys", metavar="KEY", nargs="*")
    settings.add_parser("undo", help="undo the last change to the settings", parents=[printing])

    loops = commands.add_parser("loops", help="open loops by urgency", parents=[printing])
    loops.add_argument("--all", action="store_true", help="include closed and archived loops")
    loops.add_argument("--find", default="", metavar="TEXT", help="only loops matching TEXT")

    due = commands.add_parser("due", help="what is owed, most urgent first", parents=[printing])
    due.add_argument("--now", metavar="TIME", help=_NOW_HELP)

    remind = commands.add_parser(
        "remind",
        help="deliver the reminders due now, once (for a cron job or a systemd timer)",
        parents=[printing],
    )
    remind.add_argument("--now", metavar="TIME", help=_NOW_HELP)

    snooze = commands.add_parser("snooze", help="remind about a loop later", parents=[printing])
    snooze.add_argument("loop_id", metavar="LOOP")
    snooze.add_argument(
        "--until",
        required=True,
        metavar="TIME",
        help="1h, evening, tomorrow (morning), next-week, words such as 'next friday 3pm', "
        "or ISO 8601",
    )
    snooze.add_argument("--now", metavar="TIME", help=_NOW_HELP)

    away = commands.add_parser(
        "away", help="pause reminders while you cannot correspond"
    ).add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    away_on = away.add_parser(
        "on", help="pause every reminder; nothing is lost", parents=[printing]
    )
    away_on.add_argument("--reason", default="other", help="illness, bereavement, burnout or other")
    away_on.add_argument("--now", metavar="TIME", help=_NOW_HELP)
    away_off = away.add_parser(
        "off", help="back now: the loops that went quiet meanwhile", parents=[printing]
    )
    away_off.add_argument("--now", metavar="TIME", help=_NOW_HELP)

    draft = commands.add_parser("draft", help="check a message draft").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    draft_check = draft.add_parser(
        "check", help="what an editor would flag in a draft", parents=[printing]
    )
    draft_check.add_argument("file", metavar="FILE", help="the draft, UTF-8 text; - reads stdin")
    draft_check.add_argument("--intent", required=True, help=_intents_help())
    draft_check.add_argument(
        "--contact",
        metavar="NAME",
        help="who the draft is to: a greeting naming someone else is flagged",
    )
    draft_check.add_argument(
        "--word-limit", type=int, metavar="N", help="flag drafts longer than N words (120)"
    )
    draft_check.add_argument(
        "--skip", metavar="RULES", help="rules to switch off, comma-separated (e.g. too_long)"
    )
    draft_check.add_argument(
        "--fixed", action="store_true", help="print the draft with every safe fix applied"
    )

    self_check = commands.add_parser(
        "self-check", help="what this machine offers Ghostless", parents=[printing]
    )
    self_check.add_argument(
        "--try",
        dest="try_out",
        action="store_true",
        help="also store, read back and delete a test secret in the keyring, and send a test "
        "notification",
    )
    from ghostless.cli.history import add_history_commands

    add_history_commands(commands, loop, plain=plain, printing=printing)
    from ghostless.cli.contact_edits import add_contact_edit_commands

    add_contact_edit_commands(contact, plain=plain, printing=printing)
    from ghostless.cli.mail import add_mail_commands
    from ghostless.cli.mail_accounts import add_mail_account_commands
    from ghostless.cli.transfer import add_transfer_commands

    mail = add_mail_commands(commands, plain=plain, printing=printing, parser_class=_Parser)
    add_mail_account_commands(mail, printing=printing, parser_class=_Parser)
    add_transfer_commands(commands, plain=plain, printing=printing, parser_class=_Parser)
    return parser


_NOW_HELP = "act as if it were TIME (ISO 8601, with or without offset); default now"


def _kinds_help() -> str:
    from ghostless.core.models import LoopKind

    return "one of " + ", ".join(kind.value for kind in LoopKind)


def _intents_help() -> str:
    from ghostless.core.draft_checker import Intent

    return "what the draft is for: one of " + ", ".join(intent.value for intent in Intent)


def _outcomes_help() -> str:
    from ghostless.core.models import Outcome

    return "one of " + ", ".join(outcome.value for outcome in Outcome)
