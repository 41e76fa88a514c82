"""mailto: links percent-encoded as RFC 6068 asks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ghostless.core.errors import InputError
from ghostless.services.mailto import build_mailto, mail_client_missing, parse_mailto


def test_spaces_plus_and_newlines_are_encoded() -> None:
    url = build_mailto("dana@example.org", "Re: a + b & c?", "Hi Dana,\n\nThanks — no.\n")
    assert url == (
        "mailto:dana@example.org?subject=Re%3A%20a%20%2B%20b%20%26%20c%3F"
        "&body=Hi%20Dana%2C%0D%0A%0D%0AThanks%20%E2%80%94%20no.%0D%0A"
    )
    assert "+" not in url


def test_header_injection_is_refused() -> None:
    with pytest.raises(InputError):
        build_mailto("a@example.org\r\nBcc: x@example.org")
    with pytest.raises(InputError):
        build_mailto("a@example.org", "hi\nBcc: x@example.org")


@given(
    st.text(min_size=1, max_size=100).filter(lambda s: "\r" not in s and "\n" not in s),
    st.text(max_size=300),
)
def test_parse_of_build_gives_back_the_message(subject: str, body: str) -> None:
    url = build_mailto("someone@example.org", subject, body)
    to, got_subject, got_body = parse_mailto(url)
    assert to == "someone@example.org"
    assert got_subject == subject
    assert got_body == body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


# -- is there a mail client at all? -------------------------------------------------------
def _fake_xdg_mime(tmp_path: Path, answer: str) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "xdg-mime"
    script.write_text(f"#!/bin/sh\nprintf '%s' '{answer}'\n")
    script.chmod(0o755)
    return {"PATH": str(bin_dir)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-mime is Linux's")
def test_no_mailto_handler_is_told_apart_from_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", _fake_xdg_mime(tmp_path, "")["PATH"])
    assert mail_client_missing()
    (tmp_path / "bin" / "xdg-mime").write_text("#!/bin/sh\necho thunderbird.desktop\n")
    assert not mail_client_missing()
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert not mail_client_missing()  # cannot tell: the user's confirmation decides
