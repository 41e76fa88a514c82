"""``ghostless draft check``: files, standard input, JSON, and one-line errors."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

import pytest

from ghostless.cli import main

DRAFT = "Hi Carla, thanks for the reminder. I'm not interested, but maybe later I'll change."


def test_json_lists_findings_with_spans(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    assert main(["draft", "check", str(path), "--intent", "close_door", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [f["finding"] for f in found] == ["false_hope"]
    first = found[0]
    assert DRAFT[first["start"] : first["end"]] == "maybe later"
    assert first["message"]
    assert first["suggestion"]


def test_text_output_quotes_the_span_and_stdin_works(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(DRAFT.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["draft", "check", "-", "--intent", "close_door"]) == 0
    out = capsys.readouterr().out
    assert "false_hope at" in out
    assert '"maybe later"' in out


def test_a_clean_draft_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ok.txt"
    path.write_text("Thanks, Dana, but I'll pass.", encoding="utf-8")
    assert main(["draft", "check", str(path), "--intent", "decline"]) == 0
    assert "No findings" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--intent", "ghosting"], "intent: 'ghosting' is not one of"),
        (["--intent", "decline", "--missing"], "unrecognized arguments"),
    ],
)
def test_bad_intent_is_one_stderr_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    path = tmp_path / "d.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(SystemExit) if "--missing" in args else contextlib.nullcontext():
        code = main(["draft", "check", str(path), *args])
        assert code == 2
    err = capsys.readouterr().err
    assert expected in err
    assert err.count("\n") == 1


def test_unreadable_file_is_one_stderr_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["draft", "check", str(tmp_path / "nope.txt"), "--intent", "decline"]) == 2
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"caf\xe9")
    assert main(["draft", "check", str(bad), "--intent", "decline"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert "cannot read the draft" in err[0]
    assert "is not UTF-8" in err[1]
