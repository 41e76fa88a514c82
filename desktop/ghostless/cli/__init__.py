"""The ``ghostless`` command line: thin over the services.

With no command it starts the app. Bad input prints one line on stderr naming
the problem and exits with status 2, having written nothing. The package is
layered without cycles: this module and :mod:`.parser` and :mod:`.commands`
on top, one module per group of commands below them, and :mod:`.common`
(exit codes, JSON, opening the ledger) at the bottom; import-linter holds it.
"""

from __future__ import annotations

import os
import sys

from ghostless.cli.output import EXIT_OK, EXIT_STORE, EXIT_USAGE, TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

__all__ = ["main"]


#: A hidden argument: run only the Qt platform probe (see :func:`main`).
PLATFORM_PROBE_FLAG = "--platform-probe"


#: The status of a command whose reader went away (128 + SIGPIPE, as a shell reports it).
EXIT_CLOSED_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or start the app); the exit status.

    A reader that stops early (``ghostless due | head``) ends the command
    quietly, with no traceback: stdout is flushed here rather than at exit so
    the closed pipe is caught, then pointed at the null device so Python's own
    last flush has nowhere to fail (the recipe in Python's ``signal`` docs).
    """
    try:
        try:
            return _run(argv)
        finally:
            if sys.stdout is not None:  # None in a windowed build without a console
                sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_CLOSED_PIPE


def _silence_stdout() -> None:
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real descriptor: nothing to flush
        pass


def _run(argv: Sequence[str] | None) -> int:
    # Starting the app is the common case: skip building every command's
    # parser (about 25 ms of the start-up the user waits through).
    given = sys.argv[1:] if argv is None else list(argv)
    if given == [PLATFORM_PROBE_FLAG]:
        # The installed app has no ``python -m``: self-check starts it again with
        # this flag to open Qt in a child process (ghostless.services.qt_check).
        from ghostless.ui.lifecycle.platform_probe import main as probe

        return probe()
    if given == ["--version"]:  # what the parser would print, without loading it
        from ghostless import APP_NAME, __version__

        print(f"{APP_NAME} {__version__}")
        return EXIT_OK
    args = _plain_start(given)
    if args is None:
        from ghostless.cli.parser import build_parser

        args = build_parser(given).parse_args(given)
    # Imported once parsed: ``--version`` and ``--help`` have exited by now.
    from ghostless.core.errors import ConfirmationRequired, GhostlessError, InputError, StoreError

    try:
        if getattr(args, "command", None) is None:
            return _start_app(args)
        from ghostless.cli.commands import handler_of

        return handler_of(args.command, getattr(args, "action", None))(args)
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
    import argparse

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
    from ghostless.services.qt_check import check_before_start
    from ghostless.services.qt_check_memo import memo_path

    missing = check_before_start(memo=memo_path(os.environ))
    if missing is not None:  # Qt would abort in its xcb plugin: say what to install instead
        return _fail(missing.message(), EXIT_STORE)
    from ghostless.ui.app import run

    return run(
        getattr(args, "data_dir", None),
        autostart=getattr(args, "autostart", False),
        language=getattr(args, "language", None),
    )
