"""``ghostless import|export|backup|restore``, in process through ``main``."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from ghostless.cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = (
        main(["--data-dir", str(data_dir), *argv])
        if argv[0] == "--version"
        else main([*argv, "--data-dir", str(data_dir)])
    )
    out, err = capsys.readouterr()
    return code, out, err


def test_import_json_summary_then_reimport(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    data = tmp_path / "data"
    file = str(FIXTURES / "linkedin_connections.csv")
    code, out, _ = _run(capsys, data, "import", "linkedin", file, "--json")
    assert code == 0
    summary = json.loads(out)
    assert {k: summary[k] for k in ("created", "updated", "unchanged", "skipped", "errors")} == {
        "created": 4,
        "updated": 0,
        "unchanged": 0,
        "skipped": 3,
        "errors": [],
    }
    assert summary["skips"][0] == {"line": 8, "reason": "empty row"}
    code, out, _ = _run(capsys, data, "import", "linkedin", file, "--dry-run")
    assert out.startswith("Would import (dry run, nothing written): 0 created, 0 updated, 4 unch")


def test_a_refused_file_is_an_error_in_the_json(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    file = str(FIXTURES / "linkedin_cp1252.csv")
    code, out, _ = _run(capsys, tmp_path / "d", "import", "linkedin", file, "--json")
    assert code == 2
    error = json.loads(out)["errors"][0]
    assert (error["file"], error["line"]) == (file, 5)
    code, _, err = _run(
        capsys, tmp_path / "d", "import", "vcard", str(FIXTURES / "vcard_broken.vcf")
    )
    assert code == 2
    assert "vcard_broken.vcf, line 6" in err
    code, _, err = _run(capsys, tmp_path / "d", "import", "csv", file, "--map", "nonsense")
    assert code == 2
    assert "FIELD=COLUMN" in err


def test_exports_backup_and_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    _run(capsys, data, "import", "outlook", str(FIXTURES / "outlook_com.csv"))
    for kind in ("ics", "json", "csv"):
        target = tmp_path / f"out.{kind}"
        code, out, _ = _run(capsys, data, "export", kind, str(target))
        assert code == 0
        assert out.startswith("Wrote ")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "'=HYPERLINK" in (tmp_path / "out.csv").read_text()
    code, out, _ = _run(capsys, data, "export", "ics", str(tmp_path / "k.ics"), "--keep-updated")
    assert "rewritten on every change" in out
    copy = tmp_path / "copy.sqlite3"
    assert _run(capsys, data, "backup", str(copy))[0] == 0
    _run(capsys, data, "import", "vcard", str(FIXTURES / "vcard_4_0.vcf"))
    code, out, _ = _run(capsys, data, "restore", str(copy))
    assert code == 0
    assert "previous data is kept in" in out
    code, out, _ = _run(capsys, data, "contact", "list", "--json")
    assert len(json.loads(out)) == 2
    code, _, err = _run(capsys, data, "restore", str(FIXTURES / "outlook_com.csv"))
    assert code == 1
    assert "not a SQLite database" in err
