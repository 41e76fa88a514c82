"""parse_mail and first_text_snippet on good and bad mail (issue 14, item 2)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from ghostless.core.mail_message import (
    SNIPPET_LIMIT,
    first_text_snippet,
    normal_subject,
    parse_mail,
)


def _parse(raw: str | bytes, snippet: str | None = None):  # type: ignore[no-untyped-def]
    data = raw.encode() if isinstance(raw, str) else raw
    return parse_mail(data, snippet, source="test", folder="INBOX")


GOOD = (
    "From: Priya Nair <Priya@Talent.example>\n"
    "To: Alex <alex@example.org>, bo@example.org\n"
    "Cc: Carl <carl@example.org>\n"
    "Subject: Senior role\n"
    "Date: Tue, 17 Nov 2026 10:00:00 +0100\n"
    "Message-ID: <abc@talent.example>\n"
    "In-Reply-To: <x@example.org>\n"
    "References: <w@example.org> <x@example.org>\n\n"
)


def test_a_plain_message_keeps_exactly_the_named_fields() -> None:
    message = _parse(GOOD, "Open to a call?")
    assert message.message_id == "<abc@talent.example>"
    assert message.in_reply_to == "<x@example.org>"
    assert message.references == ("<w@example.org>", "<x@example.org>")
    assert (message.sender, message.sender_name) == ("priya@talent.example", "Priya Nair")
    assert message.to == ("alex@example.org", "bo@example.org")
    assert message.cc == ("carl@example.org",)
    assert message.at == datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
    assert message.subject == "Senior role"
    assert message.snippet == "Open to a call?"
    assert message.marks == frozenset()


def test_no_message_id_gets_a_stable_one_so_copies_count_once() -> None:
    raw = GOOD.replace("Message-ID: <abc@talent.example>\n", "")
    first, second = _parse(raw), _parse(raw)
    assert first.message_id == second.message_id
    assert first.message_id.startswith("<")
    assert first.message_id.endswith(".invalid>")
    assert _parse(raw.replace("Senior", "Junior")).message_id != first.message_id


def test_a_malformed_date_falls_back_to_received_then_to_the_given_time() -> None:
    broken = GOOD.replace("Tue, 17 Nov 2026 10:00:00 +0100", "sometime last week")
    received = broken + ""  # the header block ends with the blank line
    received = broken.replace(
        "Subject:", "Received: from a by b; Wed, 18 Nov 2026 08:00:00 +0000\nSubject:"
    )
    assert _parse(received).at == datetime(2026, 11, 18, 8, 0, tzinfo=UTC)
    assert _parse(broken).at is None
    fallback = datetime(2026, 11, 1, tzinfo=UTC)
    assert (
        parse_mail(broken.encode(), None, source="s", folder="f", fallback_at=fallback).at
        == fallback
    )
    assert _parse(GOOD.replace("+0100", "-0000")).at == datetime(2026, 11, 17, 10, tzinfo=UTC)


def test_rfc2047_names_and_subjects_are_decoded() -> None:
    raw = GOOD.replace("Priya Nair", "=?utf-8?q?Ren=C3=A9e_Fa=C3=9Fbender?=").replace(
        "Senior role", "=?utf-8?b?w5xiZXIgZGllIFN0ZWxsZQ==?="
    )
    message = _parse(raw)
    assert message.sender_name == "Renée Faßbender"
    assert message.subject == "Über die Stelle"


def test_broken_encodings_do_not_crash() -> None:
    raw = (
        b"From: =?bogus-charset?q?Na=FFme?= <a@b.example>\n"
        b"To: \xff\xfe <alex@example.org>\n"
        b"Subject: =?utf-8?b?not base64!!?= caf\xe9\n"
        b"Date: Tue, 99 Foo 2026 99:99:99 +9999\n"
        b"Message-ID: <m@b.example>\n\n"
    )
    message = _parse(raw)
    assert message.message_id == "<m@b.example>"
    assert message.sender == "a@b.example"
    assert message.at is None
    assert isinstance(message.subject, str)


def test_marks_name_lists_bulk_automatic_and_bounces() -> None:
    def marks(extra: str, sender: str = "x@y.example", subject: str = "Hi") -> frozenset[str]:
        raw = (
            f"From: {sender}\nTo: alex@example.org\nSubject: {subject}\n"
            f"Date: Tue, 17 Nov 2026 10:00:00 +0100\n{extra}\n"
        )
        return _parse(raw).marks

    assert marks("List-Id: <a.b.example>") == {"list"}
    assert marks("List-Unsubscribe: <mailto:u@x>") == {"bulk"}
    assert marks("Precedence: bulk") == {"bulk"}
    assert marks("Precedence: junk") == {"bulk"}
    assert marks("Precedence: list") == {"list"}
    assert marks("Auto-Submitted: auto-generated") == {"auto_submitted"}
    assert marks("Auto-Submitted: auto-replied") == {"auto_reply"}
    assert marks("Auto-Submitted: no") == frozenset()
    assert marks("X-Autoreply: yes") == {"auto_reply"}
    assert marks("", subject="Out of Office: Re: hello") == {"auto_reply"}
    assert marks("", subject="Automatic reply: hello") == {"auto_reply"}
    assert marks("", sender="MAILER-DAEMON@mx.example") == {"bounce"}
    assert marks("Content-Type: multipart/report; report-type=delivery-status; boundary=x") == {
        "bounce"
    }


def _message(content_type: str, body: bytes, encoding: str = "8bit") -> bytes:
    return (
        f"From: a@b.example\nTo: alex@example.org\nSubject: s\nMIME-Version: 1.0\n"
        f"Content-Type: {content_type}\nContent-Transfer-Encoding: {encoding}\n\n"
    ).encode() + body


def test_the_snippet_is_the_first_text_part_and_at_most_200_characters() -> None:
    long = ("word " * 100).encode()
    snippet = first_text_snippet(_message("text/plain; charset=utf-8", long))
    assert len(snippet) <= SNIPPET_LIMIT
    assert snippet.startswith("word word")


def test_html_only_mail_gives_its_text() -> None:
    html = b"<html><head><style>p{}</style></head><body><p>Hi&nbsp;Alex,</p><p>Call?</p></body>"
    assert first_text_snippet(_message("text/html; charset=utf-8", html)) == "Hi Alex, Call?"


def test_base64_bodies_are_decoded() -> None:
    body = base64.encodebytes("Grüße, können wir reden?".encode())
    assert first_text_snippet(_message("text/plain; charset=utf-8", body, "base64")) == (
        "Grüße, können wir reden?"
    )


def test_an_unknown_charset_is_read_with_replacements() -> None:
    snippet = first_text_snippet(_message("text/plain; charset=x-nope", b"Ol\xe1 Alex"))
    assert snippet.startswith("Ol")
    assert snippet.endswith("Alex")


def test_multipart_prefers_the_plain_part_and_skips_attachments() -> None:
    raw = (
        b"From: a@b.example\nTo: alex@example.org\nSubject: s\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="B"\n\n'
        b"--B\nContent-Type: text/plain\nContent-Disposition: attachment; filename=a.txt\n\n"
        b"attached\n"
        b'--B\nContent-Type: multipart/alternative; boundary="C"\n\n'
        b"--C\nContent-Type: text/html\n\n<p>html words</p>\n"
        b"--C\nContent-Type: text/plain\n\nplain words\n--C--\n--B--\n"
    )
    assert first_text_snippet(raw) == "plain words"


def test_quoted_text_and_signatures_are_not_the_senders_words() -> None:
    body = (
        b"Thanks!\n\n-- \nDana Cole, Recruiter\n\n"
        b"On Tue, 17 Nov 2026, Alex wrote:\n> Could you send it?\n"
    )
    assert first_text_snippet(_message("text/plain", body)) == "Thanks!"
    body = b"Sounds good.\n> old line\n-----Original Message-----\nFrom: x\n"
    assert first_text_snippet(_message("text/plain", body)) == "Sounds good."


def test_subjects_normalise_without_their_prefixes() -> None:
    assert normal_subject("RE: Fwd: AW: [jobs] Senior  Role") == "senior role"
    assert normal_subject("Re[2]: Offer") == "offer"


@given(st.binary(max_size=600))
def test_any_bytes_parse_without_raising(data: bytes) -> None:
    message = parse_mail(data, None, source="fuzz", folder="f")
    assert message.message_id
    assert len(first_text_snippet(data)) <= SNIPPET_LIMIT


@given(st.text(max_size=300))
def test_any_text_as_a_message_parses_without_raising(text: str) -> None:
    data = text.encode("utf-8", errors="surrogateescape")
    parse_mail(data, text, source="fuzz", folder="f")
    first_text_snippet(data)


def _dated(extra: str, body: str = "", subject: str = "Hi", sender: str = "p@x.example") -> bytes:
    return (
        f"From: {sender}\nTo: alex@example.org\nSubject: {subject}\n"
        f"Date: Tue, 17 Nov 2026 10:00:00 +0100\nMessage-ID: <i@x.example>\n{extra}\n\n{body}"
    ).encode()


def test_calendar_invitations_and_notices_are_marked() -> None:
    def marks(extra: str, body: str = "", sender: str = "p@x.example") -> frozenset[str]:
        return _parse(_dated(extra, body, sender=sender)).marks

    assert marks("Content-Type: text/calendar; charset=utf-8; method=REPLY") == {"calendar"}
    assert marks("Content-Class: urn:content-classes:calendarmessage") == {"calendar"}
    assert marks("", sender="calendar-notification@google.com") == {"calendar"}
    multipart = 'Content-Type: multipart/alternative; boundary="b"'
    part = "--b\nContent-Type: text/calendar;\n method=CANCEL\n\nBEGIN:VCALENDAR\n--b--\n"
    assert marks(multipart, part) == {"calendar"}
    ics = "--b\nContent-Type: text/calendar\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\n--b--\n"
    assert marks(multipart, ics) == {"calendar"}
    # An .ics shared as an attachment, with no scheduling method, is a person's mail.
    shared = "--b\nContent-Type: text/calendar; name=trip.ics\n\nBEGIN:VCALENDAR\n--b--\n"
    assert marks(multipart, shared) == frozenset()


def test_read_receipts_are_marked_but_asking_for_one_is_not() -> None:
    report = 'Content-Type: multipart/report; report-type="disposition-notification"; boundary=b'
    assert _parse(_dated(report)).marks == {"read_receipt"}
    part = "--b\nContent-Type: message/disposition-notification\n\nDisposition: x\n--b--\n"
    assert _parse(_dated('Content-Type: multipart/mixed; boundary="b"', part)).marks == {
        "read_receipt"
    }
    plain = _dated("", subject="Read: Invoice")
    assert _parse(plain, "Your message was read on 17/11/2026 10:02.").marks == {"read_receipt"}
    assert _parse(plain, "Read it, here are my notes. Can we talk?").marks == frozenset()
    asks = _dated("Disposition-Notification-To: p@x.example")
    assert _parse(asks, "Did you get the lease?").marks == frozenset()


def test_a_missing_or_unreadable_date_is_marked_undated_and_iso_dates_are_read() -> None:
    base = "From: p@x.example\nTo: alex@example.org\nSubject: s\nMessage-ID: <u@x.example>\n"
    fallback = datetime(2026, 11, 18, 7, 50, tzinfo=UTC)
    for date in ("", "Date: 18/11/2026 14:22:07 CET\n"):
        message = parse_mail((base + date).encode(), None, source="t", folder="INBOX",
                             fallback_at=fallback)  # fmt: skip
        assert (message.at, message.marks) == (fallback, {"undated"})
    iso = _parse(base + "Date: 2026-11-15T09:40:00+01:00\n")
    assert (iso.at, iso.marks) == (datetime(2026, 11, 15, 8, 40, tzinfo=UTC), frozenset())
