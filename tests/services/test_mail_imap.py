"""The IMAP pieces that need no server: server names, BODYSTRUCTURE walking, error messages."""

from __future__ import annotations

import socket
import ssl

import pytest
from imapclient.exceptions import IMAPClientAbortError, LoginError
from imapclient.response_parser import parse_fetch_response

from ghostless.core.errors import InputError
from ghostless.services.mail_accounts import clean_me, parse_server
from ghostless.services.mail_imap import (
    Endpoint,
    describe_failure,
    first_plain_part,
    is_draft,
    sent_folder,
    tls_context,
)

ENDPOINT = Endpoint("imap.example.org", 993, "tls", "sam@example.org")


@pytest.mark.parametrize(
    ("text", "starttls", "expected"),
    [
        ("imap.example.org", False, ("imap.example.org", 993, "tls")),
        ("IMAP.Example.org:993", False, ("imap.example.org", 993, "tls")),
        ("imap.example.org", True, ("imap.example.org", 143, "starttls")),
        ("imap.example.org:143", False, ("imap.example.org", 143, "starttls")),
        ("imap.example.org:1143", True, ("imap.example.org", 1143, "starttls")),
        ("[::1]:10993", False, ("::1", 10993, "tls")),
    ],
)
def test_server_names_ports_and_security(
    text: str, starttls: bool, expected: tuple[str, int, str]
) -> None:
    assert parse_server(text, starttls=starttls) == expected


@pytest.mark.parametrize("text", ["", "imap.example.org:0", "imap.example.org:x", "a b:993",
                                  "user@imap.example.org", "imap.example.org:70000"])  # fmt: skip
def test_bad_server_names_are_refused(text: str) -> None:
    with pytest.raises(InputError, match=r"^imap: "):
        parse_server(text, starttls=False)


def test_me_defaults_to_the_login_and_drops_repeats() -> None:
    assert clean_me([], "Sam@Example.org") == ("sam@example.org",)
    assert clean_me(["a@x.org", "A@X.org", "b@y.org"], "sam") == ("a@x.org", "b@y.org")
    with pytest.raises(InputError, match=r"^me: "):
        clean_me([], "sam")
    with pytest.raises(InputError, match="not an e-mail address"):
        clean_me(["not-an-address"], "sam")


def _structure(raw: bytes) -> object:
    parsed = parse_fetch_response([b"1 (UID 1 BODYSTRUCTURE " + raw + b")"])
    return parsed[1][b"BODYSTRUCTURE"]


def test_the_first_plain_part_of_a_single_part_message() -> None:
    raw = b'("text" "plain" ("charset" "utf-8") NIL NIL "quoted-printable" 23 1 NIL NIL NIL NIL)'
    assert first_plain_part(_structure(raw)) == ("1", "quoted-printable", "utf-8")


def test_the_plain_alternative_inside_mixed_with_an_attachment() -> None:
    raw = (
        b'((("text" "plain" ("charset" "iso-8859-1") NIL NIL "base64" 24 1 NIL NIL NIL NIL)'
        b'("text" "html" ("charset" "us-ascii") NIL NIL "7bit" 8 1 NIL NIL NIL NIL) '
        b'"alternative" ("boundary" "a") NIL NIL NIL)'
        b'("application" "pdf" ("name" "cv.pdf") NIL NIL "base64" 100 NIL '
        b'("attachment" ("filename" "cv.pdf")) NIL NIL) "mixed" ("boundary" "m") NIL NIL NIL)'
    )
    assert first_plain_part(_structure(raw)) == ("1.1", "base64", "iso-8859-1")


def test_html_only_and_plain_attachments_give_no_snippet_part() -> None:
    html = b'("text" "html" ("charset" "utf-8") NIL NIL "7bit" 8 1 NIL NIL NIL NIL)'
    assert first_plain_part(_structure(html)) is None
    attached = (
        b'(("text" "html" ("charset" "utf-8") NIL NIL "7bit" 8 1 NIL NIL NIL NIL)'
        b'("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 8 1 NIL ("attachment" '
        b'("filename" "notes.txt")) NIL NIL) "mixed" ("boundary" "m") NIL NIL NIL)'
    )
    assert first_plain_part(_structure(attached)) is None


def _cert_error(message: str) -> ssl.SSLCertVerificationError:
    error = ssl.SSLCertVerificationError(1, message)
    error.verify_message = message
    return error


@pytest.mark.parametrize(
    ("exc", "says", "retry"),
    [
        (_cert_error("certificate has expired"), "certificate has expired", False),
        (_cert_error("unable to get local issuer certificate"), "is not trusted", False),
        (
            _cert_error("Hostname mismatch, certificate is not valid for 'x'"),
            "does not belong to imap.example.org",
            False,
        ),
        (LoginError("[AUTHENTICATIONFAILED] Authentication failed."), "refused the user", False),
        (socket.gaierror(-2, "Name or service not known"), "is not known", True),
        (IMAPClientAbortError("socket error: EOF"), "connection was lost", True),
    ],
)
def test_every_failure_is_one_sentence_naming_the_account_and_what_to_do(
    exc: Exception, says: str, retry: bool
) -> None:
    error = describe_failure(ENDPOINT, exc)
    assert str(error).startswith("sam@example.org on imap.example.org:993: ")
    assert says in str(error)
    assert error.retry is retry
    assert "\n" not in str(error)


def test_a_refused_connection_while_connecting_is_a_server_that_cannot_be_reached() -> None:
    error = describe_failure(ENDPOINT, ConnectionRefusedError(111, "Connection refused"),
                             connecting=True)  # fmt: skip
    assert "cannot reach the server (Connection refused)" in str(error)
    assert error.retry


def test_a_bug_is_not_dressed_up_as_a_mail_problem() -> None:
    with pytest.raises(KeyError):
        describe_failure(ENDPOINT, KeyError("x"))


def test_a_ca_file_that_is_no_certificate_is_refused(tmp_path: object) -> None:
    from pathlib import Path

    bad = Path(str(tmp_path)) / "ca.pem"
    bad.write_text("not a certificate")
    with pytest.raises(Exception, match="cannot read it as a certificate authority file"):
        tls_context(str(bad))


class _Folders:
    """A server's folder list, as IMAPClient.list_folders gives it."""

    def __init__(self, *folders: tuple[tuple[bytes, ...], str]) -> None:
        self.folders = [(flags, b"/", name) for flags, name in folders]

    def list_folders(self) -> list[tuple[tuple[bytes, ...], bytes, str]]:
        return self.folders


def test_the_sent_folder_is_never_the_drafts_folder() -> None:
    marked = _Folders(((b"\\Drafts",), "Sent"), ((b"\\Sent",), "Gesendet"))
    assert sent_folder(marked) == "Gesendet"  # type: ignore[arg-type]
    # A folder the server marks \\Drafts is not Sent, whatever its name.
    assert sent_folder(_Folders(((b"\\Drafts",), "Sent Items"))) is None  # type: ignore[arg-type]
    assert sent_folder(_Folders(((b"\\HasNoChildren",), "Sent Items"))) == "Sent Items"  # type: ignore[arg-type]


def test_a_message_flagged_draft_is_known_whatever_the_flags_spelling() -> None:
    assert is_draft((b"\\Seen", b"\\Draft"))
    assert is_draft(["\\draft"])
    assert not is_draft((b"\\Seen", b"\\Answered"))
    assert not is_draft(None)
