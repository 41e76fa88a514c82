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


RAMBLING = (
    "Hi Maria,\n\nThanks for the offer. I have to decline, because my project runs until spring, "
    "and since my partner just started a new job we can't move, and on top of that the pay is "
    "lower. I'll definitely get back to you soon!\n\nSam\n"
)


def test_json_carries_the_replacement_and_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(RAMBLING, encoding="utf-8")
    args = ["draft", "check", str(path), "--intent", "decline", "--contact", "Priya Nair", "--json"]
    assert main(args) == 0
    found = {f["finding"]: f for f in json.loads(capsys.readouterr().out)}
    assert set(found) == {"over_justification", "vague_promise", "wrong_name"}
    reasons = found["over_justification"]
    assert reasons["replacement"].startswith("Because of")
    assert reasons["fix"]["replacement"] == ". " + reasons["replacement"]
    assert reasons["replacement"] in reasons["fix"]["result"]
    assert "on top of that" not in reasons["fix"]["result"]
    assert found["vague_promise"]["fix"]["replacement"] == ""
    assert found["wrong_name"]["fix"]["result"].startswith("Hi Priya,")


def test_fixed_prints_the_draft_with_every_safe_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(RAMBLING, encoding="utf-8")
    args = ["draft", "check", str(path), "--intent", "decline", "--contact", "Priya", "--fixed"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("Hi Priya,\n\nThanks for the offer. I have to decline. Because of")
    assert "get back to you" not in out
    assert out.endswith("\n\nSam\n")


def test_text_output_names_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("Thanks, but I'll pass. Let's keep in touch!", encoding="utf-8")
    assert main(["draft", "check", str(path), "--intent", "decline"]) == 0
    out = capsys.readouterr().out
    assert 'fix: Remove the promise: remove "Let\'s keep in touch!"' in out


def test_word_limit_and_skipped_rules_are_parameters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("Sorry! Sorry. Thanks, but I'll pass on this one.", encoding="utf-8")
    base = ["draft", "check", str(path), "--intent", "decline", "--json"]
    assert main([*base, "--word-limit", "3"]) == 0
    assert {f["finding"] for f in json.loads(capsys.readouterr().out)} == {
        "too_long",
        "over_apology",
    }
    assert main([*base, "--skip", "over-apology"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main([*base, "--skip", "spelling"]) == 2
    assert "--skip: 'spelling' is not one of" in capsys.readouterr().err
    assert main([*base, "--word-limit", "0"]) == 2
    assert "--word-limit: 0" in capsys.readouterr().err


def test_the_checker_speaks_the_language_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "entwurf.txt"
    path.write_text(
        "Hallo Carla,\n\nim Moment passt es nicht. Ich melde mich!\n\nSam", encoding="utf-8"
    )
    assert main(["--language", "de", "draft", "check", str(path), "--intent", "close_door"]) == 0
    out = capsys.readouterr().out
    assert '"im Moment"' in out  # read by the German rules: false hope
    assert '"Ich melde mich"' in out  # and a promise with no date
    assert "der Entwurf bedankt sich nirgends für die Zeit" in out  # advice in German
