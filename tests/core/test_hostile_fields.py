"""Issue 11, item 5: hostile fields are refused by name before the database sees them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ghostless.core.errors import InputError
from ghostless.core.validation import clean_contact, clean_subject, clean_text, clean_url


@pytest.mark.parametrize("url", ["http://[oops", "https://[::1", "http://[zz]/", "[", "http://]"])
def test_a_url_that_does_not_parse_is_an_input_error_not_a_value_error(url: str) -> None:
    with pytest.raises(InputError) as caught:
        clean_url(url)
    assert caught.value.field == "url"
    with pytest.raises(InputError):
        clean_contact(name="P", url=url)


@pytest.mark.parametrize("field", ["name", "email", "org", "role", "phone", "url", "notes"])
@pytest.mark.parametrize("bad", ["\x00", "\x01", "\x1b", "\x7f", "\x85"])
def test_a_control_character_is_refused_naming_the_field(field: str, bad: str) -> None:
    values = {"name": "Ada", field: f"{bad}Ada" if field != "email" else f"{bad}a@b.example"}
    with pytest.raises(InputError) as caught:
        clean_contact(**values)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    assert "control character" in str(caught.value)


def test_a_name_of_one_control_character_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        clean_contact(name="\x07")
    assert caught.value.field == "name"


def test_notes_and_texts_keep_tabs_and_line_breaks_but_refuse_other_controls() -> None:
    assert clean_contact(name="P", notes="a\tb\nc").notes == "a\tb\nc"
    assert clean_text("first\r\nsecond") == "first\r\nsecond".strip()
    for bad in ("a\x00b", "a\x1bb"):
        with pytest.raises(InputError) as caught:
            clean_text(bad)
        assert caught.value.field == "text"
    with pytest.raises(InputError) as caught:
        clean_subject("Role\x00")
    assert caught.value.field == "subject"


_FIELDS = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["http://[oops", "\x00Ada", "\x07", "a@b.example", "www.example.org", "https://x:99999"]
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    name=_FIELDS, email=_FIELDS, org=_FIELDS, role=_FIELDS, phone=_FIELDS, url=_FIELDS,
    notes=_FIELDS, tags=st.lists(_FIELDS, max_size=3),
)  # fmt: skip
def test_fuzzed_contact_fields_raise_nothing_but_input_errors(
    name: str, email: str, org: str, role: str, phone: str, url: str, notes: str, tags: list[str]
) -> None:
    try:
        fields = clean_contact(
            name=name, email=email, org=org, role=role, phone=phone, url=url, notes=notes,
            tags=tags,
        )  # fmt: skip
    except InputError as exc:
        field_named = exc.field
        assert field_named  # any InputError is fine, as long as it names its field
        return
    for value in (fields.name, fields.email, fields.org, fields.role, fields.phone, fields.url):
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in value)
    assert fields.name.strip()
