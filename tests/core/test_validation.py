"""Checking what the user typed: each bad field is named, nothing half-cleaned gets through."""

from __future__ import annotations

from enum import StrEnum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ghostless.core.errors import InputError
from ghostless.core.models import EventKind, LoopKind, Outcome
from ghostless.core.validation import (
    MAX_NAME,
    MAX_TEXT,
    clean_contact,
    clean_subject,
    clean_text,
    clean_url,
    parse_event_kind,
    parse_kind,
    parse_outcome,
)


# -- contacts --------------------------------------------------------------------
def test_clean_contact_trims_and_collapses_whitespace() -> None:
    fields = clean_contact(
        name="  Priya \t  Raman ",
        email=" priya@northwind.example ",
        org=" Northwind   Talent ",
        role=" Technical\nrecruiter ",
        phone=" +44 20 7946 0000 ",
        notes="  met at the meetup  ",
        tags=["  recruiter ", "london", "recruiter", "   "],
    )
    assert fields.name == "Priya Raman"
    assert fields.email == "priya@northwind.example"
    assert fields.org == "Northwind Talent"
    assert fields.role == "Technical recruiter"
    assert fields.phone == "+44 20 7946 0000"
    assert fields.notes == "met at the meetup"
    assert fields.tags == ("london", "recruiter")


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_clean_contact_needs_a_name(name: str) -> None:
    with pytest.raises(InputError, match=r"^name: ") as caught:
        clean_contact(name=name, email="a@b.example")
    assert caught.value.field == "name"


def test_clean_contact_refuses_an_overlong_name() -> None:
    clean_contact(name="x" * MAX_NAME)
    with pytest.raises(InputError) as caught:
        clean_contact(name="x" * (MAX_NAME + 1))
    assert caught.value.field == "name"


@pytest.mark.parametrize(
    "email", ["priya", "priya@", "@northwind.example", "priya@northwind", "a b@c.example", "a@@b.c"]
)
def test_clean_contact_rejects_a_bad_email_naming_it(email: str) -> None:
    with pytest.raises(InputError) as caught:
        clean_contact(name="Priya", email=email)
    assert caught.value.field == "email"
    assert str(caught.value).startswith("email: ")
    assert repr(email.strip()) in str(caught.value)


@pytest.mark.parametrize("email", ["priya@northwind.example", "p.r+jobs@mail.co.uk", "zoë@例え.jp"])
def test_clean_contact_accepts_real_emails(email: str) -> None:
    assert clean_contact(name="P", email=email).email == email


def test_clean_contact_empty_email_and_url_are_fine() -> None:
    fields = clean_contact(name="P", email="   ", url="  ")
    assert (fields.email, fields.url) == ("", "")


@pytest.mark.parametrize(
    ("url", "cleaned"),
    [
        ("linkedin.com/in/priya", "https://linkedin.com/in/priya"),
        ("  www.example.org  ", "https://www.example.org"),
        ("http://example.org/x?y=1", "http://example.org/x?y=1"),
        ("https://example.org", "https://example.org"),
    ],
)
def test_clean_url_adds_https_when_the_scheme_is_missing(url: str, cleaned: str) -> None:
    assert clean_url(url) == cleaned
    assert clean_contact(name="P", url=url).url == cleaned


@pytest.mark.parametrize(
    "url", ["ftp://example.org/file", "https://", "http:///path", "exa mple.org", "mailto://x@y.z"]
)
def test_clean_contact_rejects_a_bad_url_naming_it(url: str) -> None:
    with pytest.raises(InputError) as caught:
        clean_contact(name="P", url=url)
    assert caught.value.field == "url"
    assert str(caught.value).startswith("url: ")


def test_clean_contact_reports_the_first_bad_field() -> None:
    with pytest.raises(InputError) as caught:
        clean_contact(name=" ", email="bad", url="ftp://x")
    assert caught.value.field == "name"


def test_notes_and_texts_have_a_limit_naming_the_field() -> None:
    assert clean_text("  hello ") == "hello"
    with pytest.raises(InputError) as caught:
        clean_contact(name="P", notes="n" * (MAX_TEXT + 1))
    assert caught.value.field == "notes"
    with pytest.raises(InputError) as caught:
        clean_text("t" * (MAX_TEXT + 1))
    assert caught.value.field == "text"


def test_clean_subject_needs_words() -> None:
    assert clean_subject("  Senior   backend\nrole ") == "Senior backend role"
    for bad in ("", "  ", "s" * 501):
        with pytest.raises(InputError) as caught:
            clean_subject(bad)
        assert caught.value.field == "subject"


# -- choices -------------------------------------------------------------------
PARSERS = [(parse_kind, LoopKind, "kind"), (parse_event_kind, EventKind, "event"),
           (parse_outcome, Outcome, "outcome")]  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "member"),
    [(parse, member) for parse, enum, _ in PARSERS for member in enum],
    ids=lambda value: getattr(value, "value", getattr(value, "__name__", "")),
)
def test_every_identifier_is_accepted(parse: object, member: StrEnum) -> None:
    assert callable(parse)
    assert parse(member.value) is member
    assert parse(f"  {member.value.upper()} ") is member


@pytest.mark.parametrize(("parse", "enum", "field"), PARSERS)
@pytest.mark.parametrize("bad", ["", "recruiter outreach", "nope", "replied!", "sent-ish"])
def test_anything_else_is_rejected_with_the_list_of_choices(
    parse: object, enum: type[StrEnum], field: str, bad: str
) -> None:
    assert callable(parse)
    with pytest.raises(InputError) as caught:
        parse(bad)
    message = str(caught.value)
    assert caught.value.field == field
    assert message.startswith(f"{field}: {bad!r} is not one of ")
    listed = message.split(" is not one of ", 1)[1].split(", ")
    assert listed == [member.value for member in enum]


@given(text=st.text(max_size=30))
def test_parse_kind_accepts_exactly_the_identifiers(text: str) -> None:
    identifiers = {kind.value for kind in LoopKind}
    if text.strip().lower() in identifiers:
        assert parse_kind(text).value == text.strip().lower()
    else:
        with pytest.raises(InputError):
            parse_kind(text)
