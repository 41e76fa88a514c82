"""Snippets from the first bytes of a part, cut wherever the byte count fell."""

from __future__ import annotations

import base64
import quopri

import pytest

from ghostless.core.partial_text import SNIPPET_CHARS, partial_text, snippet_from_start


def test_quoted_printable_utf8_is_decoded_and_whitespace_folded() -> None:
    data = b"Hello caf=C3=A9,\r\n\r\nare you   free?\r\n"
    got = partial_text(data, transfer_encoding="quoted-printable", charset="utf-8")
    assert got == "Hello café, are you free?"


def test_base64_latin1_is_decoded() -> None:
    data = base64.b64encode("Grüße aus Köln".encode("latin-1"))
    assert partial_text(data, transfer_encoding="BASE64", charset="ISO-8859-1") == "Grüße aus Köln"


@pytest.mark.parametrize("cut", range(1, 40))
def test_a_cut_anywhere_never_shows_a_broken_character_or_escape(cut: int) -> None:
    text = "Ünïcödé everywhere: ☃ snow ✓ done"
    for encoding, data in (
        ("base64", base64.encodebytes(text.encode())),
        ("quoted-printable", quopri.encodestring(text.encode())),
        ("8bit", text.encode()),
    ):
        got = partial_text(data[:cut], transfer_encoding=encoding, charset="utf-8") or ""
        assert "\ufffd" not in got, (encoding, cut)
        assert "=" not in got, (encoding, cut)
        assert text.startswith(got), (encoding, cut, got)


def test_at_most_the_limit() -> None:
    got = partial_text(b"word " * 400, transfer_encoding="7bit", charset="")
    assert got is not None
    assert len(got) <= SNIPPET_CHARS


def test_an_unknown_charset_is_read_as_utf8_and_bad_bytes_are_replaced() -> None:
    assert partial_text(b"caf\xc3\xa9", transfer_encoding="8bit", charset="x-unknown") == "café"
    got = partial_text(b"caf\xe9 ok", transfer_encoding="8bit", charset="us-ascii")
    assert got == "caf\ufffd ok"


def test_nothing_readable_is_none() -> None:
    assert partial_text(b"  \r\n ", transfer_encoding="7bit", charset="") is None
    assert partial_text(b"!!!", transfer_encoding="base64", charset="utf-8") is None


HEAD = b"From: a@x.org\r\nMIME-Version: 1.0\r\n"


def test_a_single_part_message_reads_its_own_body() -> None:
    header = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    assert snippet_from_start(header, b"Short note.\r\n") == ("Short note.", True)
    html = HEAD + b"Content-Type: text/html\r\n\r\n"
    assert snippet_from_start(html, b"<p>Hi</p>") == ("Hi", True)  # its text, as a whole one
    bare = b"From: a@x.org\r\n\r\n"  # no Content-Type: text/plain, US-ASCII
    assert snippet_from_start(bare, b"Plain old mail") == ("Plain old mail", True)


def test_a_multipart_start_finds_the_first_text_part_or_says_it_cannot_tell() -> None:
    header = HEAD + b'Content-Type: multipart/mixed; boundary="m"\r\n\r\n'
    plain_first = b"--m\r\nContent-Type: text/plain\r\n\r\nHello there\r\n--m\r\nContent-Type: app"
    assert snippet_from_start(header, plain_first) == ("Hello there", True)
    attachment_first = b"--m\r\nContent-Type: application/pdf\r\n\r\nJVBERi0xLjQK" * 3
    assert snippet_from_start(header, attachment_first) == (None, False)
    html_only = b"--m\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--m--\r\n"
    assert snippet_from_start(header, html_only) == ("x", True)
    assert snippet_from_start(header, html_only.replace(b"--m--", b"--m"))[1] is False
    cut_header = b"--m\r\nContent-Type: text/pl"
    assert snippet_from_start(header, cut_header)[1] is False


def test_the_snippet_is_the_senders_own_words_as_a_whole_message_gives_them() -> None:
    header = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    reply = b"Thanks!\r\n\r\nOn Tue, 17 Nov 2026, Alex wrote:\r\n> Could you send it?\r\n"
    assert snippet_from_start(header, reply) == ("Thanks!", True)
    signed = b"Sounds good.\r\n-- \r\nDana Cole\r\nRecruiter\r\n"
    assert snippet_from_start(header, signed) == ("Sounds good.", True)


def test_an_html_start_cut_inside_its_style_sheet_or_a_tag_shows_no_markup() -> None:
    header = HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n"
    assert snippet_from_start(header, b"<html><head><style>p { color: red") == (None, True)
    assert snippet_from_start(header, b"<p>Hi&nbsp;Alex,</p><p>Call?</p><div class=") == (
        "Hi Alex, Call?",
        True,
    )


def test_eight_bit_text_parts_are_read_in_their_charset() -> None:
    """An 8-bit body: the parser hands it back already decoded; it once crashed the sync."""
    header = HEAD + b"Content-Type: text/plain; charset=iso-8859-1\r\n"
    header += b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    assert snippet_from_start(header, "Grüße aus Köln".encode("latin-1")) == (
        "Grüße aus Köln",
        True,
    )
    utf8 = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    assert snippet_from_start(utf8, "Café ☕".encode()) == ("Café ☕", True)
