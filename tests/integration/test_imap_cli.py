"""``ghostless mail account`` and ``ghostless mail sync`` as a user runs them, on a real Dovecot.

Each command is a separate process; the password goes in on standard input and
into a keyring (a file backend chosen through keyring's own environment
variable, see tests/helpers/file_keyring.py), never into the database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ghostless.services.paths import DATA_DIR_ENV
from tests.helpers.dovecot import PASSWORD, USER, Dovecot, running_dovecot
from tests.helpers.file_keyring import FILE_ENV
from tests.integration.conftest import require
from tests.integration.test_imap import append, pki  # noqa: F401 - the module's fixture
from tests.integration.test_smtp import Pki

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dovecot(pki: Pki) -> Iterator[Dovecot]:  # noqa: F811 - pki is the imported fixture
    require("dovecot")
    with running_dovecot(pki.cert, pki.key) as server:
        yield server


class Cli:
    def __init__(self, tmp_path: Path) -> None:
        self.data = tmp_path / "data"
        self.keyring = tmp_path / "keyring.json"
        self.env = {k: v for k, v in os.environ.items() if k not in {DATA_DIR_ENV, "DISPLAY"}}
        self.env.update(
            PYTHONPATH=os.pathsep.join([str(ROOT / "desktop"), str(ROOT)]),
            PYTHON_KEYRING_BACKEND="tests.helpers.file_keyring.FileKeyring",
            **{FILE_ENV: str(self.keyring)},
        )

    def __call__(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ghostless", *args, "--data-dir", str(self.data)],
            input=stdin, env=self.env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip


def test_add_sync_list_and_remove_an_account_from_the_command_line(
    tmp_path: Path,
    dovecot: Dovecot,
    pki: Pki,  # noqa: F811
) -> None:
    cli = Cli(tmp_path)
    append(dovecot, pki, "INBOX", range(1, 4))
    added = cli("mail", "account", "add", "--imap", f"localhost:{dovecot.tls_port}",
                "--user", USER, "--password-stdin", "--ca-file", str(pki.ca),
                "--me", "alice@example.org", "Alice@Old.example", "--json",
                stdin=PASSWORD + "\n")  # fmt: skip
    assert (added.returncode, added.stderr) == (0, "")
    account = json.loads(added.stdout)
    assert account["me"] == ["alice@example.org", "alice@old.example"]
    assert account["sent_folder"] == "Sent"
    assert json.loads(cli.keyring.read_text()) == {
        f"Ghostless/imap:{USER}@localhost:{dovecot.tls_port}": PASSWORD
    }
    assert PASSWORD.encode() not in (cli.data / "ghostless.sqlite3").read_bytes()

    first = cli("mail", "sync", "--json")
    assert (first.returncode, first.stderr) == (0, "")
    report = json.loads(first.stdout)
    assert (report["read"], report["new_messages"], report["failures"]) == (3, 3, [])
    folders = report["accounts"][0]["folders"]
    assert [(f["folder"], f["fetched"], f["first_sync"]) for f in folders] == [
        ("INBOX", 3, True),
        ("Sent", 0, True),
    ]
    append(dovecot, pki, "INBOX", range(4, 5))
    second = cli("mail", "sync")
    assert (second.returncode, second.stderr) == (0, "")
    assert f"{USER} on localhost: INBOX: 1 read" in second.stdout
    assert "Read 1 messages from 0 sources and 1 accounts: 1 new, 0 logged in loops." in (
        second.stdout
    )

    listed = json.loads(cli("mail", "account", "list", "--json").stdout)
    assert [(a["id"], a["last_error"]) for a in listed] == [(1, None)]

    removed = cli("mail", "account", "remove", "1")
    assert removed.returncode == 0
    assert "add it again to undo" in removed.stdout
    assert json.loads(cli.keyring.read_text()) == {}


def test_a_wrong_password_or_untrusted_server_is_one_line_and_nothing_is_kept(
    tmp_path: Path,
    dovecot: Dovecot,
    pki: Pki,  # noqa: F811
) -> None:
    cli = Cli(tmp_path)
    wrong = cli("mail", "account", "add", "--imap", f"localhost:{dovecot.tls_port}",
                "--user", USER, "--password-stdin", "--ca-file", str(pki.ca),
                "--me", "alice@example.org", stdin="not-it\n")  # fmt: skip
    assert wrong.returncode == 1
    assert wrong.stderr.count("\n") == 1
    assert "refused the user name or password" in wrong.stderr
    untrusted = cli("mail", "account", "add", "--imap", f"localhost:{dovecot.tls_port}",
                    "--user", USER, "--password-stdin", "--me", "alice@example.org",
                    stdin=PASSWORD + "\n")  # fmt: skip
    assert untrusted.returncode == 1
    assert "certificate is not trusted" in untrusted.stderr
    assert not cli.keyring.exists()
    assert "No mail accounts" in cli("mail", "account", "list").stdout


def test_a_password_is_never_taken_from_a_pipe_without_the_flag(tmp_path: Path) -> None:
    cli = Cli(tmp_path)
    run = cli("mail", "account", "add", "--imap", "imap.example.org", "--user", "a@example.org",
              stdin="secret\n")  # fmt: skip
    assert run.returncode == 2
    assert "--password-stdin" in run.stderr
