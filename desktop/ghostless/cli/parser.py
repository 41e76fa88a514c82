"""The ``ghostless`` commands and their arguments (argparse).

Built only when a command is given: starting the app skips it (see
:func:`ghostless.cli.main`), and only the command given gets its arguments.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

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
    parent.add_argument(
        "--language",
        metavar="CODE",
        default=argparse.SUPPRESS,
        help="speak this language for this run, such as de (default: $GHOSTLESS_LANG, else "
        "the language setting, else the system's)",
    )
    if prints:
        parent.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON"
        )
    return parent


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``ghostless`` parser. Given the command line, only the command it names gets
    its arguments (and their imports): ``--version`` and ``--help`` then load nothing of
    the app, and ``loops`` nothing of the import formats."""
    # Every command when the command line is not given or names none we know (so
    # argparse's own message about it stays the same); else only the one it names.
    wanted = None if argv is None else command_named(argv)
    fill_all = argv is None or (wanted is not None and wanted not in _COMMANDS)
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
    shared = {None: [], "plain": [plain], "printing": [printing]}
    for name, (text, parents, fill) in _COMMANDS.items():
        sub = commands.add_parser(name, help=text, parents=shared[parents])
        if fill_all or name == wanted:
            fill(sub, plain, printing)
    return parser


def command_named(argv: Sequence[str]) -> str | None:
    """The command word in ``argv``: the first one that is neither an option nor the
    value of ``--data-dir`` (or of any abbreviation argparse accepts for it)."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if len(word) > 2 and "--data-dir".startswith(word):
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _group(sub: argparse.ArgumentParser) -> Any:
    return sub.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)


def _contact(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    contact = _group(sub)
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
    show = contact.add_parser(
        "show", help="a contact with every address and its label", parents=[printing]
    )
    show.add_argument("contact_id", metavar="ID")
    contact.add_parser(
        "duplicates",
        help="contacts that are likely one person: same address, same URL, or similar names "
        "at one organisation",
        parents=[printing],
    )
    merge = contact.add_parser(
        "merge",
        help="merge OTHER_ID into KEEP_ID: its loops, events and addresses move over (undo "
        "with: contact unmerge)",
        parents=[printing],
    )
    merge.add_argument("keep_id", metavar="KEEP_ID")
    merge.add_argument("other_id", metavar="OTHER_ID")
    unmerge = contact.add_parser(
        "unmerge", help="undo a merge (the last one unless MERGE_ID is given)", parents=[printing]
    )
    unmerge.add_argument("merge_id", metavar="MERGE_ID", nargs="?")
    _contact_edits(contact, plain, printing)


def _contact_edits(contact: Any, plain: _Parser, printing: _Parser) -> None:
    """``contact edit``, ``loops`` and ``delete`` (run by :mod:`ghostless.cli.contact_edits`)."""
    edit = contact.add_parser(
        "edit", help="change a contact; what you leave out stays as it is", parents=[printing]
    )
    edit.add_argument("contact_id", metavar="ID")
    for name in ("name", "org", "role", "notes"):
        edit.add_argument(f"--{name}")
    for name, what in (("email", "e-mail addresses"), ("phone", "phone numbers"),
                       ("url", "profile URLs")):  # fmt: skip
        edit.add_argument(
            f"--{name}", action="append", metavar="VALUE",
            help=f"replaces the contact's {what}; give it more than once for several",
        )  # fmt: skip
    loops = contact.add_parser(
        "loops", help="every loop with a contact, open or closed", parents=[printing]
    )
    loops.add_argument("contact_id", metavar="ID")
    gone = contact.add_parser(
        "delete", help="delete a contact; with --yes, their loops and records go too",
        parents=[plain],
    )  # fmt: skip
    gone.add_argument("contact_id", metavar="ID")
    gone.add_argument("--yes", action="store_true", help="also delete the contact's loops")


def _loop(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    loop = _group(sub)
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
    log.add_argument(
        "--yes",
        action="store_true",
        help="the time is far off (over a day ahead, decades back): log it anyway",
    )
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
    # Correcting the record (run by :mod:`ghostless.cli.history`).
    edit = loop.add_parser(
        "event-edit", help="correct a logged event (undo brings the old one back)",
        parents=[printing],
    )  # fmt: skip
    edit.add_argument("event_id", metavar="EVENT_ID", help="the id from loop show --json")
    edit.add_argument("--event", help="received, sent, meeting, promise or note")
    edit.add_argument("--at", metavar="TIME", help="ISO 8601, with or without offset")
    edit.add_argument("--text")
    edit.add_argument(
        "--yes",
        action="store_true",
        help="the time is far off (over a day ahead, decades back): keep it anyway",
    )
    event_delete = loop.add_parser(
        "event-delete", help="take a mis-logged event out of the record (undo brings it back)",
        parents=[plain],
    )  # fmt: skip
    event_delete.add_argument("event_id", metavar="EVENT_ID")
    event_delete.add_argument("--yes", action="store_true", help="delete without asking (required)")


def _settings(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    settings = _group(sub)
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


def _loops(loops: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    loops.add_argument("--all", action="store_true", help="include closed and archived loops")
    loops.add_argument("--find", default="", metavar="TEXT", help="only loops matching TEXT")


def _at_now(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    sub.add_argument("--now", metavar="TIME", help=_NOW_HELP)


def _stats(stats: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    stats.add_argument(
        "--since",
        metavar="DATE",
        help="count only what was asked or closed from DATE on (e.g. 2026-01-01)",
    )
    stats.add_argument("--now", metavar="TIME", help=_NOW_HELP)


def _keep_in_touch(keep: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    keep_actions = keep.add_subparsers(
        dest="action", metavar="ACTION", required=False, parser_class=_Parser
    )
    every_help = "how often: 90d, 6 weeks, 3 months, 1y; 'off' removes it"
    keep_contact = keep_actions.add_parser(
        "contact", help="a contact's own cadence", parents=[plain]
    )
    keep_contact.add_argument("contact_id", metavar="CONTACT")
    keep_contact.add_argument("every", metavar="EVERY", help=every_help)
    keep_tag = keep_actions.add_parser(
        "tag", help="the cadence of every contact with a tag", parents=[plain]
    )
    keep_tag.add_argument("tag", metavar="TAG")
    keep_tag.add_argument("every", metavar="EVERY", help=every_help)


def _review(review: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    review.add_argument("switch", nargs="?", choices=("on", "off"), metavar="on|off")
    review.add_argument("--now", metavar="TIME", help=_NOW_HELP)


def _pipeline(pipeline: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    pipeline.add_argument(
        "--limit", type=int, default=50, metavar="N", help="loops shown per stage (50)"
    )
    pipeline.add_argument("--now", metavar="TIME", help=_NOW_HELP)
    pipeline_actions = pipeline.add_subparsers(
        dest="action", metavar="ACTION", required=False, parser_class=_Parser
    )
    move = pipeline_actions.add_parser(
        "move",
        help="move a job loop forward to a stage, logging the event that moves it",
        parents=[printing],
    )
    move.add_argument("loop_id", metavar="LOOP")
    move.add_argument(
        "stage",
        metavar="STAGE",
        help="outreach, interview_scheduled, interview_held, waiting or offer "
        "(close a loop with 'ghostless loop close')",
    )


def _snooze(snooze: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    snooze.add_argument("loop_id", metavar="LOOP")
    snooze.add_argument(
        "--until",
        required=True,
        metavar="TIME",
        help="1h, evening, tomorrow (morning), next-week, words such as 'next friday 3pm', "
        "or ISO 8601",
    )
    snooze.add_argument(
        "--yes", action="store_true", help="snooze even beyond a year (asked otherwise)"
    )
    snooze.add_argument("--now", metavar="TIME", help=_NOW_HELP)


def _unsnooze(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    sub.add_argument("loop_ids", metavar="LOOP", nargs="+")
    sub.add_argument("--now", metavar="TIME", help=_NOW_HELP)


def _done(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    sub.add_argument("loop_ids", metavar="LOOP", nargs="+")
    sub.add_argument(
        "--key", metavar="KEY", help="which item of one loop (due --json); default its first"
    )
    sub.add_argument("--now", metavar="TIME", help=_NOW_HELP)


def _away(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    away = _group(sub)
    away_on = away.add_parser(
        "on", help="pause every reminder; nothing is lost", parents=[printing]
    )
    away_on.add_argument("--reason", default="other", help="illness, bereavement, burnout or other")
    away_on.add_argument("--now", metavar="TIME", help=_NOW_HELP)
    away_off = away.add_parser(
        "off", help="back now: the loops that went quiet meanwhile", parents=[printing]
    )
    away_off.add_argument("--now", metavar="TIME", help=_NOW_HELP)


def _draft(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    draft_check = _group(sub).add_parser(
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


def _self_check(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    sub.add_argument(
        "--try",
        dest="try_out",
        action="store_true",
        help="also store, read back and delete a test secret in the keyring, and send a test "
        "notification",
    )


def _nothing(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    """A command with no arguments of its own (``undo``, ``redo``)."""


def _mail(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    from ghostless.cli.mail_arguments import add_mail_arguments

    add_mail_arguments(sub, printing=printing, parser_class=_Parser)


def _sync(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    from ghostless.cli.sync_arguments import add_sync_arguments

    add_sync_arguments(sub, printing=printing, parser_class=_Parser)


def _transfer(sub: argparse.ArgumentParser, plain: _Parser, printing: _Parser) -> None:
    from ghostless.cli.transfer import add_transfer_arguments

    add_transfer_arguments(sub, printing=printing, parser_class=_Parser)


_Fill = Callable[[argparse.ArgumentParser, _Parser, _Parser], None]
#: Every command: its help, the shared options it takes, and what adds its own arguments.
_COMMANDS: dict[str, tuple[str, str | None, _Fill]] = {
    "contact": ("add or list contacts", None, _contact),
    "loop": ("open, log, close or show a loop", None, _loop),
    "settings": ("every playbook figure and limit, as in the Settings dialog", None, _settings),
    "loops": ("open loops by urgency", "printing", _loops),
    "due": ("what is owed, most urgent first", "printing", _at_now),
    "stats": (
        "how you keep your word: the figures behind every Insights chart",
        "printing",
        _stats,
    ),
    "keep-in-touch": (
        "cadences: an item comes when nothing has happened with someone for that long",
        "printing",
        _keep_in_touch,
    ),
    "review": (
        "the past week: answered on time, late, still owed; 'on' or 'off' switches "
        "the weekly notification (off by default)",
        "printing",
        _review,
    ),
    "pipeline": ("the job-search board: job loops by stage", "printing", _pipeline),
    "remind": (
        "deliver the reminders due now, once (for a cron job or a systemd timer)",
        "printing",
        _at_now,
    ),
    "snooze": ("remind about a loop later", "printing", _snooze),
    "unsnooze": ("remind about snoozed loops again now", "printing", _unsnooze),
    "done": (
        "mark what a loop owes as done: the message sent, the interview held, or a silent "
        "loop closed (undo takes it back)",
        "printing",
        _done,
    ),
    "away": ("pause reminders while you cannot correspond", None, _away),
    "draft": ("check a message draft", None, _draft),
    "self-check": ("what this machine offers Ghostless", "printing", _self_check),
    "undo": ("take back the last action (made here or in the window)", "printing", _nothing),
    "redo": ("do again what undo took back", "printing", _nothing),
    "mail": ("who is owed a reply, from your mail (read-only)", None, _mail),
    "sync": ("owed items as tasks on your CalDAV server (phone, other desktops)", None, _sync),
    "import": ("import contacts; re-importing updates, never duplicates", None, _transfer),
    "export": ("write data for other programs", None, _transfer),
    "backup": ("a consistent copy of the database, even while the app runs", "plain", _transfer),
    "restore": (
        "replace the data with a backup (checked first; the current data is kept aside)",
        "plain",
        _transfer,
    ),
    "start-afresh": (
        "set the current database aside (kept in the backups folder) and start with no data",
        "plain",
        _transfer,
    ),
}


_ODD_TIME_HELP = "keep a time over a day ahead or decades back (asked otherwise)"
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
