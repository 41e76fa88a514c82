"""``ghostless sync``: what it refuses before talking to any server."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ghostless.cli import main


def _run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data: Path, *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([*argv, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "url", ["http://dav.example.com/", "http://192.168.1.5/dav/", "ftp://127.0.0.1/"]
)
def test_setup_refuses_plain_http_beyond_this_machine(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, url: str
) -> None:
    code, _, err = _run(
        capsys, monkeypatch, tmp_path, "sync", "setup", "--url", url, "--user", "a",
        "--password-stdin", stdin="secret\n",
    )  # fmt: skip
    assert code == 2
    assert "url:" in err


def test_setup_needs_a_password_on_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code, _, err = _run(
        capsys, monkeypatch, tmp_path, "sync", "setup", "--url", "https://dav.example.com/",
        "--user", "a", "--password-stdin",
    )  # fmt: skip
    assert code == 2
    assert "password" in err


def test_status_and_now_before_setup(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code, out, _ = _run(capsys, monkeypatch, tmp_path, "sync", "status", "--json")
    assert code == 0
    assert '"enabled": false' in out
    code, _, err = _run(capsys, monkeypatch, tmp_path, "sync", "now")
    assert code == 2
    assert "not set up" in err


def test_plain_http_is_only_for_this_machine() -> None:
    from ghostless.core.errors import InputError
    from ghostless.services.dav_client import check_url

    for url in ("http://127.0.0.1:5232", "http://localhost:5232/", "http://[::1]:5232/"):
        assert check_url(url).endswith("/")
    assert check_url("https://dav.example.com") == "https://dav.example.com/"
    for url in ("http://dav.example.com/", "http://10.0.0.2/", "dav.example.com"):
        with pytest.raises(InputError, match="url"):
            check_url(url)
