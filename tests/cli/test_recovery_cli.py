"""Every command on an emptied or damaged database: what is wrong and what to do, then
``restore`` and ``start-afresh`` as the way out. Real processes on a real file."""

from __future__ import annotations

from pathlib import Path

import pytest

from ghostless.services.paths import DATABASE_NAME
from tests.cli.test_cli import Run, env, ghostless_cli, home, ok

__all__ = ["env", "home"]  # the fixtures of test_cli, shared

COMMANDS = [
    ("loops",),
    ("due",),
    ("contact", "list"),
    ("contact", "add", "--name", "New"),
    ("remind",),
    ("backup", "copy.sqlite3"),
    ("export", "json", "out.json"),
]


def _with_data_and_a_backup(env: dict[str, str], data: Path) -> Path:
    ok(ghostless_cli(env, "contact", "add", "--name", "Priya Raman", "--data-dir", data))
    backups = data / "backups"
    backups.mkdir()
    ok(ghostless_cli(env, "backup", backups / "daily-2026-12-01.sqlite3", "--data-dir", data))
    return backups / "daily-2026-12-01.sqlite3"


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
def test_every_command_refuses_an_emptied_database_and_says_what_to_do(
    env: dict[str, str], tmp_path: Path, command: tuple[str, ...]
) -> None:
    data = tmp_path / "data"
    good = _with_data_and_a_backup(env, data)
    (data / DATABASE_NAME).write_bytes(b"")
    run: Run = ghostless_cli(env, *command, "--data-dir", data)
    assert run.code == 1, run
    assert "empty" in run.err
    assert str(good) in run.err
    assert "KB" in run.err
    assert "ghostless restore FILE" in run.err
    assert "ghostless start-afresh --yes" in run.err
    assert (data / DATABASE_NAME).read_bytes() == b""


def test_restore_and_start_afresh_are_the_way_out(env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    good = _with_data_and_a_backup(env, data)
    (data / DATABASE_NAME).write_bytes(b"not a database at all, but text a sync tool left")
    restored = ok(ghostless_cli(env, "restore", good, "--data-dir", data)).out
    aside = next((data / "backups").glob("damaged-before-restore-*.sqlite3"))
    assert str(aside) in restored
    assert "Priya Raman" in ok(ghostless_cli(env, "contact", "list", "--data-dir", data)).out

    (data / DATABASE_NAME).write_bytes(b"")
    asked = ghostless_cli(env, "start-afresh", "--data-dir", data)
    assert asked.code == 2
    assert "--yes" in asked.err
    ok(ghostless_cli(env, "start-afresh", "--yes", "--data-dir", data))
    assert ok(ghostless_cli(env, "contact", "list", "--data-dir", data, "--json")).json() == []
    assert list((data / "backups").glob("empty-before-start-afresh-*.sqlite3"))
