"""The command line starts light: ``--version`` and ``--help`` load nothing of the app,
and a command loads what it uses (issue 12). Checked on a fresh interpreter's
``-X importtime`` record, which lists every module it imported."""

import os
import subprocess
import sys

import pytest

#: What a light start must not load: the store, the services, Qt, sqlite-utils.
HEAVY = ("ghostless.store", "ghostless.services", "ghostless.ui", "PySide6", "sqlite_utils")


def imported_by(*argv: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ghostless", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    lines = [line for line in done.stderr.splitlines() if line.startswith("import time:")]
    assert lines, done.stderr
    return [line.rsplit("|", 1)[1].strip() for line in lines]


def heavy_in(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["loops", "--help"]])
def test_version_and_help_load_nothing_of_the_app(argv: list[str]) -> None:
    modules = imported_by(*argv)
    assert heavy_in(modules) == []


def test_version_loads_nothing_of_the_app_but_its_entry_and_help_only_the_parser() -> None:
    version = [m for m in imported_by("--version") if m.startswith("ghostless")]
    assert sorted(version) == ["ghostless", "ghostless.cli", "ghostless.cli.output"]
    help_ = [m for m in imported_by("--help") if m.startswith("ghostless")]
    parser = ["ghostless", "ghostless.cli", "ghostless.cli.output", "ghostless.cli.parser"]
    assert sorted(help_) == parser


def test_a_command_loads_its_own_module_not_the_others() -> None:
    modules = imported_by("draft", "check", "-", "--intent", "follow_up", "--help")
    assert "ghostless.core.draft_checker" in modules
    assert [m for m in modules if m.startswith("ghostless.cli.")] == [
        "ghostless.cli.output",
        "ghostless.cli.parser",
    ]
    assert "ghostless.core.contact_import" not in modules


@pytest.mark.parametrize(
    "argv",
    [
        ["loop", "add", "--help"],
        ["contact", "edit", "--help"],
        ["mail", "scan", "--help"],
        ["undo", "--help"],
        ["pipeline", "move", "--help"],
        ["keep-in-touch", "--help"],
    ],
)
def test_the_help_of_a_command_loads_no_command_module(argv: list[str]) -> None:
    modules = imported_by(*argv)
    assert heavy_in(modules) == []
    assert [m for m in modules if m.startswith("ghostless.cli.")] in (
        ["ghostless.cli.output", "ghostless.cli.parser"],
        ["ghostless.cli.output", "ghostless.cli.parser", "ghostless.cli.mail_arguments"],
    )


def loaded_after(*argv: str) -> set[str]:
    """Every module a fresh interpreter holds once the command has run (``-X importtime``
    leaves out what ``importlib.import_module`` loads itself: the command's module)."""
    script = (
        "import sys\nfrom ghostless.cli import main\nmain(sys.argv[1:])\n"
        "print('\\n'.join(sys.modules), file=sys.stderr)"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", script, *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    return set(done.stderr.split())


def test_a_command_of_one_group_loads_none_of_the_others() -> None:
    # ``mail rules`` needs no data folder: it runs whole, in a fresh interpreter.
    loaded = {m for m in loaded_after("mail", "rules") if m.startswith("ghostless.cli.")}
    assert "ghostless.cli.mail" in loaded
    for other in ("history", "contact_edits", "stats", "pipeline", "keep", "review", "transfer"):
        assert f"ghostless.cli.{other}" not in loaded


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        ([], None),
        (["--version"], None),
        (["loops", "--all"], "loops"),
        (["--data-dir", "loops", "due"], "due"),
        (["--data", "x", "export", "json", "f"], "export"),
        (["--data-dir=x", "import", "csv", "f"], "import"),
        (["--", "loops"], "loops"),
    ],
)
def test_the_command_word_is_found_past_the_data_dir(argv: list[str], command: str | None) -> None:
    from ghostless.cli.parser import command_named

    assert command_named(argv) == command


@pytest.mark.parametrize(
    "argv",
    [
        ["loops", "--all", "--find", "x"],
        ["--data-dir", "d", "export", "json", "out.json", "--json"],
        ["import", "csv", "f.csv", "--map", "name=Full"],
        ["contact", "merge", "1", "2"],
        ["start-afresh", "--yes"],
        ["contact", "edit", "3", "--email", "a@b.c", "--email", "d@e.f", "--json"],
        ["contact", "delete", "3", "--yes"],
        ["loop", "event-edit", "7", "--at", "2026-01-02T10:00", "--text", "x"],
        ["loop", "event-delete", "7", "--yes"],
        ["undo", "--json"],
        ["redo"],
        ["mail", "scan", "--maildir", "m", "--mbox", "b", "--me", "a@b.c", "--now", "2026"],
        ["mail", "source", "add", "--maildir", "m"],
        ["mail", "never", "--domain", "x.org", "--undo"],
        ["stats", "--since", "2026-01-01", "--json"],
        ["keep-in-touch"],
        ["keep-in-touch", "tag", "mentor", "6w"],
        ["review", "on"],
        ["pipeline", "--limit", "5"],
        ["pipeline", "move", "4", "offer", "--json"],
    ],
)
def test_parsing_only_the_named_command_gives_what_the_whole_parser_gives(
    argv: list[str],
) -> None:
    from ghostless.cli.parser import build_parser

    assert build_parser(argv).parse_args(argv) == build_parser().parse_args(argv)


def test_due_reads_without_loading_what_writes_need(tmp_path: os.PathLike[str]) -> None:
    # ``ghostless due`` only reads: the undo history, the draft rules a logged message is
    # checked with and the typed-time parser of ``snooze`` stay unloaded.
    loaded = loaded_after("due", "--data-dir", str(tmp_path))
    for module in (
        "ghostless.services.undo",
        "ghostless.core.templates",
        "ghostless.core.draft_checker",
        "ghostless.services.typed_time",
    ):
        assert module not in loaded
