"""The ``ghostless`` command line, run as a separate process the way people run it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import ghostless
from ghostless.core.clock import FixedClock
from ghostless.core.models import LoopKind
from ghostless.services.ledger import Ledger
from ghostless.services.paths import DATA_DIR_ENV, DATABASE_NAME
from ghostless.store.migrations import SCHEMA_VERSION
from tests.conftest import FRIDAY
from tests.helpers.storefiles import dump, sha256, sidecars

ZONE = "Europe/Berlin"


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    """The environment without any data folder or display of the machine running the tests."""
    cleaned = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            DATA_DIR_ENV,
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "QT_QPA_PLATFORM",
            "DBUS_SESSION_BUS_ADDRESS",
        }
    }
    cleaned.update(TZ=ZONE, HOME=str(home), XDG_DATA_HOME=str(home / "xdg"), LC_ALL="C.UTF-8")
    return cleaned


def ghostless_cli(env: dict[str, str], *args: str | Path) -> Run:
    done = subprocess.run(
        [sys.executable, "-m", "ghostless", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def ok(run: Run) -> Run:
    assert (run.code, run.err) == (0, ""), run
    return run


# -- the whole flow ------------------------------------------------------------------------
def test_the_full_flow_from_contact_to_closed_loop(
    env: dict[str, str], tmp_path: Path, home: Path
) -> None:
    data = tmp_path / "data"

    def cli(*args: str) -> Run:
        return ghostless_cli(env, *args, "--data-dir", data)

    priya = ok(cli("contact", "add", "--name", "Priya Raman", "--org", "Northwind")).out
    tomasz = ok(cli("contact", "add", "--name", "Tomasz Nowak", "--email", "t@lumen.example"))
    assert priya.strip().isdigit()
    assert tomasz.out.strip().isdigit()
    priya_id, tomasz_id = int(priya), int(tomasz.out)
    assert priya_id != tomasz_id

    listed = ok(cli("contact", "list")).out.splitlines()
    assert listed[0].split()[:2] == ["ID", "NAME"]
    assert any(line.startswith(f"{priya_id} ") and "Priya Raman" in line for line in listed)
    assert any("Tomasz Nowak" in line and "t@lumen.example" in line for line in listed)
    as_json = ok(cli("contact", "list", "--json")).json()
    assert isinstance(as_json, list)
    assert [(c["id"], c["name"], c["org"], c["open_loops"]) for c in as_json] == [
        (priya_id, "Priya Raman", "Northwind", 0),
        (tomasz_id, "Tomasz Nowak", "", 0),
    ]

    outreach = ok(
        cli(
            "loop", "add", "--contact", str(priya_id), "--kind", "recruiter_outreach",
            "--subject", "Senior backend role", "--at", "2026-11-20T15:00",
            "--text", "Open to a chat?",
        )
    ).out  # fmt: skip
    outreach_id = int(outreach)
    logged = ok(
        cli("loop", "log", outreach, "--event", "sent", "--text", "Not looking right now",
            "--at", "2026-11-20T17:30")
    )  # fmt: skip
    assert "their turn" in logged.out
    offer_id = int(
        ok(
            cli("loop", "add", "--contact", str(tomasz_id), "--kind", "job_offer",
                "--subject", "Offer: Staff engineer", "--at", "2026-11-19T09:00")
        ).out
    )  # fmt: skip

    table = ok(cli("loops")).out.splitlines()
    assert table[0].split()[:3] == ["ID", "TURN", "WAITING"]
    rows = {int(line.split()[0]): line for line in table[1:]}
    assert set(rows) == {outreach_id, offer_id}
    assert "My turn" in rows[offer_id]
    assert "Their turn" in rows[outreach_id]
    assert "Senior backend role" in rows[outreach_id]
    assert table[1].startswith(f"{offer_id} "), "my turn comes first"

    loops = ok(cli("loops", "--json")).json()
    assert isinstance(loops, list)
    by_id = {loop["id"]: loop for loop in loops}
    assert set(by_id[outreach_id]) == {
        "id", "contact_id", "contact", "org", "kind", "subject", "status", "turn",
        "turn_since", "opened_at", "last_event_at", "closed_at", "outcome", "waited_seconds",
    }  # fmt: skip
    assert by_id[outreach_id] | {"waited_seconds": None} == {
        "id": outreach_id,
        "contact_id": priya_id,
        "contact": "Priya Raman",
        "org": "Northwind",
        "kind": "recruiter_outreach",
        "subject": "Senior backend role",
        "status": "open",
        "turn": "theirs",
        "turn_since": "2026-11-20T17:30+01:00",
        "opened_at": "2026-11-20T15:00+01:00",
        "last_event_at": "2026-11-20T17:30+01:00",
        "closed_at": None,
        "outcome": None,
        "waited_seconds": None,
    }
    assert by_id[offer_id]["turn"] == "mine"
    assert by_id[offer_id]["opened_at"] == "2026-11-19T09:00+01:00"
    assert isinstance(by_id[offer_id]["waited_seconds"], float)
    assert by_id[offer_id]["waited_seconds"] >= 0

    closed = ok(cli("loop", "close", outreach, "--outcome", "replied"))
    assert f"Closed loop {outreach_id}" in closed.out
    assert [loop["id"] for loop in ok(cli("loops", "--json")).json()] == [offer_id]
    everything = ok(cli("loops", "--all")).out
    assert "Senior backend role" in everything
    assert "replied" in everything
    assert ok(cli("contact", "list", "--json")).json()[0]["open_loops"] == 0

    shown = ok(cli("loop", "show", outreach, "--json")).json()
    assert isinstance(shown, dict)
    assert (shown["status"], shown["outcome"], shown["turn"]) == ("closed", "replied", "nobody")
    assert shown["closed_at"] is not None
    assert [(e["kind"], e["at"], e["text"]) for e in shown["events"]] == [
        ("received", "2026-11-20T15:00+01:00", "Open to a chat?"),
        ("sent", "2026-11-20T17:30+01:00", "Not looking right now"),
    ]
    text_view = ok(cli("loop", "show", outreach)).out
    assert "2026-11-20T17:30+01:00" in text_view
    assert "outcome: replied" in text_view

    # Everything went into --data-dir, nothing into the user's own data folder.
    assert (data / DATABASE_NAME).is_file()
    assert not (home / "xdg").exists()


def test_data_dir_works_before_and_after_the_command_and_from_the_environment(
    env: dict[str, str], tmp_path: Path, home: Path
) -> None:
    before, after, from_env = tmp_path / "before", tmp_path / "after", tmp_path / "env"
    ok(ghostless_cli(env, "--data-dir", before, "contact", "add", "--name", "Before"))
    ok(ghostless_cli(env, "contact", "add", "--name", "After", "--data-dir", after))
    ok(ghostless_cli(env | {DATA_DIR_ENV: str(from_env)}, "contact", "add", "--name", "Env"))

    def names(*args: str | Path, environment: dict[str, str] = env) -> list[str]:
        listed = ok(ghostless_cli(environment, "contact", "list", "--json", *args)).json()
        assert isinstance(listed, list)
        return [contact["name"] for contact in listed]

    assert names("--data-dir", before) == ["Before"]
    assert ok(ghostless_cli(env, "--data-dir", after, "contact", "list")).out.count("After") == 1
    assert names(environment=env | {DATA_DIR_ENV: str(from_env)}) == ["Env"]
    # --data-dir wins over the environment.
    assert names("--data-dir", before, environment=env | {DATA_DIR_ENV: str(from_env)}) == [
        "Before"
    ]
    for folder in (before, after, from_env):
        assert (folder / DATABASE_NAME).is_file()
    assert not (home / "xdg").exists()


def test_version_prints_the_package_version(env: dict[str, str]) -> None:
    run = ok(ghostless_cli(env, "--version"))
    assert run.out.strip() == f"{ghostless.APP_NAME} {ghostless.__version__}"


def test_self_check_reports_the_store_and_exits_zero(env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    run = ok(ghostless_cli(env, "self-check", "--data-dir", data))
    assert str(data) in run.out
    schema_line = next(line for line in run.out.splitlines() if "schema version" in line)
    assert f" {SCHEMA_VERSION} (this Ghostless knows {SCHEMA_VERSION})" in schema_line
    assert "[ok  ] integrity" in run.out
    report = ok(ghostless_cli(env, "self-check", "--json", "--data-dir", data)).json()
    assert isinstance(report, dict)
    assert report["ok"] is True


def test_self_check_fails_on_a_corrupt_database_and_leaves_it(
    env: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    path = data / DATABASE_NAME
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 100)
    before = sha256(path)
    run = ghostless_cli(env, "self-check", "--data-dir", data)
    assert run.code != 0
    assert "[FAIL] database" in run.out
    assert str(path) in run.out
    assert sha256(path) == before
    assert sidecars(path) == []


# -- bad input: one line, status 2, nothing written --------------------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with contact 1 and loop 1 (a recruiter's message, unanswered)."""
    data = tmp_path_factory.mktemp("template") / "data"
    ledger = Ledger.open(data, FixedClock(FRIDAY), ZoneInfo(ZONE))
    try:
        contact_id = ledger.add_contact(name="Priya Raman", org="Northwind")
        ledger.add_loop(contact_id=contact_id, kind=LoopKind.RECRUITER_OUTREACH, subject="Role")
        assert contact_id == 1
    finally:
        ledger.close()
    return data


BAD_INPUT = [
    ("unknown-contact", ["loop", "add", "--contact", "99", "--kind", "other", "--subject", "S"],
     ["contact", "99"]),
    ("unknown-loop-log", ["loop", "log", "99", "--event", "sent"], ["loop", "99"]),
    ("unknown-loop-close", ["loop", "close", "99", "--outcome", "replied"], ["loop", "99"]),
    ("unknown-loop-show", ["loop", "show", "99"], ["loop", "99"]),
    ("unknown-kind", ["loop", "add", "--contact", "1", "--kind", "recruiter", "--subject", "S"],
     ["kind", "'recruiter'", "recruiter_outreach"]),
    ("unknown-outcome", ["loop", "close", "1", "--outcome", "ghosted"],
     ["outcome", "'ghosted'", "no_response"]),
    ("unknown-event", ["loop", "log", "1", "--event", "email"], ["event", "'email'", "received"]),
    ("malformed-at-add", ["loop", "add", "--contact", "1", "--kind", "other", "--subject", "S",
                          "--at", "2026-13-45T10:00"], ["at", "2026-13-45T10:00"]),
    ("malformed-at-log", ["loop", "log", "1", "--event", "sent", "--at", "yesterday"],
     ["at", "yesterday"]),
    ("missing-name", ["contact", "add", "--org", "Acme"], ["--name"]),
    ("empty-name", ["contact", "add", "--name", "   "], ["name"]),
    ("bad-email", ["contact", "add", "--name", "A", "--email", "nope"], ["email", "nope"]),
    ("empty-subject", ["loop", "add", "--contact", "1", "--kind", "other", "--subject", " "],
     ["subject"]),
    ("non-numeric-loop-id", ["loop", "log", "abc", "--event", "sent"], ["loop", "abc"]),
    ("non-numeric-contact-id", ["loop", "add", "--contact", "1x", "--kind", "other",
                                "--subject", "S"], ["contact", "1x"]),
    ("zero-id", ["loop", "show", "0"], ["loop", "'0'"]),
    ("unanswered-delete", ["loop", "delete", "1"], ["not answered", "--yes"]),
    ("missing-event", ["loop", "log", "1"], ["--event"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "names"),
    [pytest.param(args, names, id=case) for case, args, names in BAD_INPUT],
)
def test_bad_input_prints_one_line_exits_2_and_writes_nothing(
    env: dict[str, str], template: Path, tmp_path: Path, args: list[str], names: list[str]
) -> None:
    data = tmp_path / "data"
    shutil.copytree(template, data)
    path = data / DATABASE_NAME
    before_dump, before_hash = dump(path), sha256(path)

    run = ghostless_cli(env, *args, "--data-dir", data)

    assert run.code == 2, run
    assert run.out == ""
    assert run.err.endswith("\n")
    assert run.err.count("\n") == 1, run.err
    assert "Traceback" not in run.err
    for name in names:
        assert name in run.err, (name, run.err)
    assert dump(path) == before_dump
    assert sha256(path) == before_hash
    assert sidecars(path) == []
