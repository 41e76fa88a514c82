"""parse_mail and first_text_snippet on good and bad mail (issue 14, item 2)."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

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


def test_an_automatic_reply_is_known_by_its_subject_in_other_languages() -> None:
    def marks(subject: str) -> frozenset[str]:
        raw = (
            f"From: x@y.example\nTo: alex@example.org\nSubject: {subject}\n"
            "Date: Tue, 17 Nov 2026 10:00:00 +0100\n"
        )
        return _parse(raw).marks

    for subject in (
        "Afwezig: Offerte", "Absence : Devis", "Abwesend: Angebot",
        "Automatisch antwoord: Offerte", "Respuesta automática: Presupuesto",
    ):  # fmt: skip
        assert marks(subject) == {"auto_reply"}, subject
    # One word alone needs its colon: a person's subject that starts with it is no reply.
    assert marks("Absence policy for the summer term") == frozenset()


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


# -- header parsing with compat32 (issue 14: the first sync's cost) --------------------


def _headed(**fields: str) -> bytes:
    lines = {"From": "p@x.example", "To": "alex@example.org", "Subject": "Hi",
             "Date": "Tue, 17 Nov 2026 10:00:00 +0100", "Message-ID": "<h@x.example>"}  # fmt: skip
    lines.update(fields)
    text = "".join(f"{name}: {value}\n" for name, value in lines.items() if value != "-")
    return (text + "\n").encode("utf-8")


def test_encoded_words_in_names_and_subjects_are_decoded_with_their_spacing() -> None:
    message = _parse(
        _headed(
            From="=?utf-8?q?Ren=C3=A9e?= =?utf-8?q?_Fa=C3=9Fbender?= <renee@x.example>",
            Subject="Re: =?utf-8?b?w5xiZXI=?= =?utf-8?b?IGRpZQ==?= Stelle, "
            "=?iso-8859-1?q?gr=FC=DFe?=",
        )
    )
    assert message.sender_name == "Renée Faßbender"
    assert message.subject == "Re: Über die Stelle, grüße"
    japanese = _parse(_headed(Subject="=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?="))
    assert japanese.subject == "こんにちは"
    quoted = _parse(_headed(From='"=?utf-8?q?Ana_L=C3=B3pez?=" <ana@x.example>'))
    assert (quoted.sender_name, quoted.sender) == ("Ana López", "ana@x.example")


def test_an_encoded_name_holding_a_comma_is_one_address() -> None:
    message = _parse(
        _headed(
            From="=?utf-8?q?Doe=2C_Jane?= <jane@x.example>",
            To="=?utf-8?q?Morgan=2C_Alex?= <alex@example.org>, "
            "=?utf-8?q?B=C3=B6_=3CB=3E?= <bo@y.example>",
        )
    )
    assert (message.sender_name, message.sender) == ("Doe, Jane", "jane@x.example")
    assert message.to == ("alex@example.org", "bo@y.example")


def test_odd_address_lists_give_every_address_once() -> None:
    message = _parse(
        _headed(
            To='undisclosed-recipients:;, "Morgan, Alex" <Alex@Example.org>, '
            "team: a@t.example, <b@t.example>;, c@t.example (Carl), alex@example.org",
            Cc="<d@t.example>, , Eve Example <e@t.example>,\n  f@t.example",
        )
    )
    assert message.to == ("alex@example.org", "a@t.example", "b@t.example", "c@t.example")
    assert message.cc == ("d@t.example", "e@t.example", "f@t.example")
    assert _parse(_headed(To="-", Cc="-")).recipients == ()
    assert _parse(_headed(To="not an address, ;;; <>")).to == ()
    bare = _parse(_headed(From="<p@x.example>"))
    assert (bare.sender_name, bare.sender) == ("", "p@x.example")


def test_folded_headers_are_read_as_one_line() -> None:
    message = _parse(
        _headed(
            Subject="A long\n subject\n\tline",
            References="<a@x.example>\n <b@x.example>",
            From="Priya\n Nair <priya@x.example>",
        )
    )
    assert message.subject == "A long subject line"
    assert message.references == ("<a@x.example>", "<b@x.example>")
    assert message.sender_name == "Priya Nair"


def test_a_missing_date_is_dated_by_the_arrival_time_and_marked_undated() -> None:
    arrived = datetime(2026, 11, 18, 7, 50, tzinfo=UTC)
    message = parse_mail(_headed(Date="-"), None, source="t", folder="f", fallback_at=arrived)
    assert (message.at, message.marks) == (arrived, {"undated"})


def test_bad_charsets_are_read_with_replacements_or_as_windows_1252() -> None:
    unknown = _parse(_headed(From="=?x-unknown?q?Na=FFme?= <a@x.example>"))
    assert unknown.sender == "a@x.example"
    assert unknown.sender_name.startswith("Na")
    assert unknown.sender_name.endswith("me")
    mislabelled = _parse(_headed(From="=?utf-8?Q?J=FCrgen_Wei=DF?= <j@x.example>"))
    assert mislabelled.sender_name == "Jürgen Weiß"
    raw_utf8 = _parse(_headed(From="Zoë Ångström <z@x.example>", Subject="Café ☕"))
    assert (raw_utf8.sender_name, raw_utf8.subject) == ("Zoë Ångström", "Café ☕")
    raw_latin1 = _parse(_headed().replace(b"Subject: Hi", "Subject: Grüße".encode("latin-1")))
    assert raw_latin1.subject == "Grüße"
    broken = _parse(_headed(Subject="=?utf-8?b?!!!?= x", From="=?utf-8?q?=?= <a@x.example>"))
    assert broken.sender == "a@x.example"
    assert "\udcff" not in broken.subject


def test_names_and_subjects_never_hold_surrogates() -> None:
    message = _parse(b"From: \xff\xfe Name <a@x.example>\nSubject: \xe9t\xe9\nTo: \x80@y\n\n")
    for text in (message.sender_name, message.subject, *message.to):
        text.encode("utf-8")  # raises on a lone surrogate


def test_the_header_fields_an_imap_sync_fetches_are_all_parsing_reads() -> None:
    """A message parsed from only HEADER_FIELDS is the message parsed from its whole header."""
    from email.parser import BytesParser
    from email.policy import compat32

    from ghostless.core.mail_message import HEADER_FIELDS

    wanted = {name.lower() for name in HEADER_FIELDS}
    corpus = Path(__file__).parents[1] / "mail" / "corpus" / "Maildir"
    files = [path for path in corpus.rglob("*") if path.is_file() and path.parent.name == "cur"]
    assert len(files) > 100
    for path in files:
        whole = path.read_bytes()
        header, _, body = whole.partition(b"\n\n")
        parsed = BytesParser(policy=compat32).parsebytes(whole, headersonly=True)
        kept = "".join(
            f"{name}: {value}\n" for name, value in parsed.raw_items() if name.lower() in wanted
        ).encode("utf-8", "surrogateescape")
        full = parse_mail(header + b"\n\n", None, source="s", folder="f", body_start=body[:2048])
        few = parse_mail(kept + b"\n", None, source="s", folder="f", body_start=body[:2048])
        if "Received" in str(parsed.keys()) and "undated" in full.marks:
            continue  # dated by its Received line, which an IMAP sync replaces by INTERNALDATE
        if full.message_id.endswith(".invalid>"):
            full = replace(full, message_id=few.message_id)  # made up from the bytes read
        assert few == full, path.name


_WORD = st.builds(
    "=?{}?{}?{}?=".format,
    st.sampled_from(["utf-8", "iso-8859-1", "ütf-8", "x-nope", "", "utf-7", "UTF-8*en", "\udcff"]),
    st.sampled_from(["q", "b", "Q", "x", ""]),
    st.text(alphabet="=ABCabc019_+/?\xff ", max_size=12),
)


@given(st.lists(st.one_of(_WORD, st.text(max_size=8)), max_size=5))
def test_any_encoded_words_decode_without_raising(parts: list[str]) -> None:
    from ghostless.core.mail_headers import decode_words

    text = " ".join(parts)
    assert isinstance(decode_words(text), str)
    raw = f"From: {text} <a@x.example>\nSubject: {text}\nTo: {text}\n\n"
    message = parse_mail(raw.encode("utf-8", "surrogateescape"), None, source="f", folder="f")
    message.subject.encode("utf-8")
    message.sender_name.encode("utf-8")


def test_a_reply_to_naming_a_person_other_than_the_sender_is_marked() -> None:
    head = "From: ATS <no-reply@ats.example>\nTo: me@x.example\nSubject: Slot\n"
    person = _parse(head + "Reply-To: Zoe <zoe@company.example>\n\nHi")
    nobody = _parse(head + "Reply-To: no-reply@ats.example\n\nHi")
    itself = _parse(head.replace("no-reply@", "zoe@") + "Reply-To: zoe@ats.example\n\nHi")
    assert "reply_to_person" in person.marks
    assert "reply_to_person" not in nobody.marks | itself.marks


def test_no_message_id_the_same_message_folded_differently_gets_the_same_id() -> None:
    """Fetched again after a UIDVALIDITY change (or from another folder or server), a message
    without a Message-ID may come with its headers folded, ordered or added to differently."""
    plain = (
        "From: Priya Nair <Priya@Talent.example>\n"
        "To: alex@example.org\n"
        "Subject: A senior role in the platform team\n"
        "Date: Tue, 17 Nov 2026 10:00:00 +0100\n\n"
    )
    folded = (
        "Received: from mx.example.org by imap.example.org; Tue, 17 Nov 2026 10:00:03 +0100\n"
        "Date: Tue, 17 Nov 2026\r\n  10:00:00 +0100\n"
        "Subject: A senior role\r\n in the platform team\n"
        'From: "Priya Nair"\n <priya@talent.example>\n'
        "To: alex@example.org\n"
        "X-Spam-Score: 0.1\n\n"
    )
    first = _parse(plain, "Open to a call   this week?")
    again = _parse(folded, "Open to a call this week?")
    assert first.message_id == again.message_id
    assert first.message_id.endswith("@no-message-id.ghostless.invalid>")
    # Another body, another sender or another Date is another message.
    assert _parse(plain, "Open to a call next week?").message_id != first.message_id
    other_sender = plain.replace("Priya@Talent", "priya@other")
    assert _parse(other_sender, "Open to a call this week?").message_id != first.message_id
    other_date = plain.replace("10:00:00", "10:05:00")
    assert _parse(other_date, "Open to a call this week?").message_id != first.message_id


def test_the_person_behind_a_no_reply_address_is_kept_from_reply_to() -> None:
    relayed = GOOD.replace("Priya Nair <Priya@Talent.example>", "Jobs <no-reply@ats.example>")
    message = _parse(relayed.replace("\n\n", "\nReply-To: Priya <Priya@Talent.example>\n\n"))
    assert (message.sender, message.reply_to) == ("no-reply@ats.example", "priya@talent.example")
    # A person's own Reply-To (another address of hers) changes nothing; a no-reply one either.
    own = _parse(GOOD.replace("\n\n", "\nReply-To: priya.home@mail.example\n\n"))
    assert own.reply_to == ""
    nobody = _parse(relayed.replace("\n\n", "\nReply-To: no-reply@ats.example\n\n"))
    assert nobody.reply_to == ""
