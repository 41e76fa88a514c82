"""``ghostless sync setup|now|status|off`` against a real Radicale, in process."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ghostless.cli import main
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.integration.radicale_server import PASSWORD, USER, Radicale, start_radicale


@pytest.fixture
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def keys() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def _run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data: Path, *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([*argv, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


def test_setup_now_status_off(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    radicale: Radicale, keys: MemoryKeyring,
) -> None:  # fmt: skip
    data = tmp_path / "data"
    code, out, _ = _run(capsys, monkeypatch, data, "contact", "add", "--name", "Ada Byron")
    at = "2026-11-19T08:00:00+00:00"
    code, out, _ = _run(
        capsys, monkeypatch, data, "loop", "add", "--contact", "1", "--kind",
        "recruiter_outreach", "--subject", "Data role", "--at", at,
    )  # fmt: skip
    assert code == 0
    code, out, err = _run(
        capsys, monkeypatch, data, "sync", "setup", "--url", radicale.url, "--user", USER,
        "--password-stdin", "--ca-file", str(radicale.ca), stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, err
    assert "Ghostless follow-ups" in out
    assert PASSWORD in keys.secrets.values()
    assert PASSWORD.encode() not in b"".join(p.read_bytes() for p in data.iterdir() if p.is_file())

    code, out, err = _run(capsys, monkeypatch, data, "sync", "now", "--json")
    assert code == 0, err
    sent = json.loads(out)
    assert sent["ok"]
    assert sent["created"] >= 1
    code, out, _ = _run(capsys, monkeypatch, data, "sync", "now")
    assert out.startswith("nothing changed")
    code, out, _ = _run(capsys, monkeypatch, data, "sync", "status", "--json")
    status = json.loads(out)
    assert status["enabled"]
    assert status["last_sync"]["ok"]
    assert status["tasks"] == sent["created"]

    radicale.stop()
    code, out, err = _run(capsys, monkeypatch, data, "sync", "now")
    assert code == 1
    assert "cannot be reached" in out
    code, out, _ = _run(capsys, monkeypatch, data, "sync", "status")
    assert "cannot be reached" in out

    code, out, _ = _run(capsys, monkeypatch, data, "sync", "off")
    assert "nothing was deleted" in out
    assert keys.secrets == {}
    code, out, _ = _run(capsys, monkeypatch, data, "loops", "--json")
    assert len(json.loads(out)) == 1


def test_how_many_tasks_the_phone_holds_is_set_at_setup_or_later(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    radicale: Radicale, keys: MemoryKeyring,
) -> None:  # fmt: skip
    data = tmp_path / "data"
    _run(capsys, monkeypatch, data, "contact", "add", "--name", "Ada Byron")
    for day in ("17", "18", "19"):
        code, _, err = _run(
            capsys, monkeypatch, data, "loop", "add", "--contact", "1", "--kind",
            "recruiter_outreach", "--subject", f"Role {day}", "--at", f"2026-11-{day}T08:00:00Z",
        )  # fmt: skip
        assert code == 0, err
    code, _, err = _run(
        capsys, monkeypatch, data, "sync", "setup", "--url", radicale.url, "--user", USER,
        "--password-stdin", "--ca-file", str(radicale.ca), "--phone-tasks", "2",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = _run(capsys, monkeypatch, data, "sync", "status")
    assert "only the 2 most urgent" in out
    code, out, err = _run(capsys, monkeypatch, data, "sync", "now", "--json")
    assert code == 0, err
    assert (json.loads(out)["created"], json.loads(out)["not_on_phone"]) == (2, 1)

    code, out, _ = _run(capsys, monkeypatch, data, "sync", "set", "--phone-tasks", "all", "--json")
    assert (code, json.loads(out)) == (0, {"phone_tasks": "all"})
    code, out, _ = _run(capsys, monkeypatch, data, "sync", "now", "--json")
    assert (json.loads(out)["created"], json.loads(out)["not_on_phone"]) == (1, 0)
    code, out, _ = _run(capsys, monkeypatch, data, "sync", "set", "--phone-tasks", "1")
    assert "only the most urgent owed item" in out
    code, out, _ = _run(capsys, monkeypatch, data, "sync", "now", "--json")
    assert (json.loads(out)["removed"], json.loads(out)["not_on_phone"]) == (2, 2)

    # A bad value is refused before anything is asked or kept.
    for bad in ("some", "0"):
        code, _, err = _run(capsys, monkeypatch, data, "sync", "set", "--phone-tasks", bad)
        assert code != 0
        assert "phone-tasks" in err
    code, out, _ = _run(capsys, monkeypatch, data, "sync", "status", "--json")
    assert json.loads(out)["phone_tasks"] == 1
