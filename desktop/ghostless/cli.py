"""The ``ghostless`` command line: thin over the services.

With no command it starts the app. Bad input prints one line on stderr naming
the problem and exits with status 2, having written nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, NoReturn

from ghostless import APP_NAME, __version__
from ghostless.core.errors import ConfirmationRequired, GhostlessError, InputError, StoreError

EXIT_OK, EXIT_STORE, EXIT_USAGE = 0, 1, 2


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
    for name in ("email", "org", "role", "url", "phone", "notes"):
        add.add_argument(f"--{name}", default="")
    contact.add_parser("list", help="list contacts", parents=[printing])

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
    from ghostless.cli_transfer import add_transfer_commands

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


def main(argv: Sequence[str] | None = None) -> int:
    # Starting the app is the common case: skip building every command's
    # parser (about 25 ms of the start-up the user waits through).
    args = _plain_start(sys.argv[1:] if argv is None else list(argv))
    if args is None:
        args = build_parser().parse_args(argv)
    try:
        if getattr(args, "command", None) is None:
            return _start_app(args)
        if args.command == "self-check":
            from ghostless.cli_commands import self_check

            return self_check(args)
        from ghostless.cli_commands import COMMANDS

        handler: Callable[[argparse.Namespace], int] = COMMANDS[
            (args.command, getattr(args, "action", None))
        ]
        return handler(args)
    except InputError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except ConfirmationRequired as exc:
        return _fail(f"{exc} (pass --yes)", EXIT_USAGE)
    except StoreError as exc:
        return _fail(str(exc), EXIT_STORE)
    except GhostlessError as exc:
        return _fail(str(exc), EXIT_STORE)


def _plain_start(argv: list[str]) -> argparse.Namespace | None:
    """``ghostless`` or ``ghostless --data-dir DIR`` (either with ``--autostart``): the app."""
    if argv and argv[-1] == "--autostart":
        args = _plain_start(argv[:-1])
        if args is not None:
            args.autostart = True
        return args
    if not argv:
        return argparse.Namespace()
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return argparse.Namespace(data_dir=argv[1])
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return argparse.Namespace(data_dir=argv[0].split("=", 1)[1])
    return None


def _fail(message: str, code: int) -> int:
    print(f"ghostless: {message}", file=sys.stderr)
    return code


def _start_app(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        return _fail(
            "no display to show the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
            "run it inside a desktop session, or use the commands (ghostless --help)",
            EXIT_STORE,
        )
    from ghostless.ui.app import run

    return run(getattr(args, "data_dir", None), autostart=getattr(args, "autostart", False))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=_json_default)
    sys.stdout.write("\n")


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
