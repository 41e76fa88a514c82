"""Issue 13: the vCard and CSV exports carry every address and label, and re-import the same."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ghostless.core.models import Address, AddressKind, Contact
from ghostless.services import exports
from ghostless.services.importers import Source
from ghostless.services.imports import import_file
from ghostless.services.ledger import Ledger

_WORD = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "P", "S"), exclude_characters="*"),
    min_size=1,
    max_size=8,
)
_TEXT = st.lists(_WORD, max_size=4).map(" ".join)
_NOTES = st.lists(_TEXT.filter(bool), max_size=3).map("\n".join)
_TAG = (
    st.text("abcdefghijklmnopqrstuvwxyzÄÖü- ", min_size=1, max_size=10)
    .map(str.strip)
    .filter(lambda tag: bool(tag) and tag.casefold() not in {"mycontacts", "starred"})
)
_LABEL = st.one_of(st.just(""), st.sampled_from(["Work", "Home", "Mobile", "LinkedIn"]), _TEXT)


@st.composite
def _addresses(draw: st.DrawFn, number: int) -> list[Address]:
    found: list[Address] = []
    for kind in AddressKind:
        count = draw(st.integers(0, 3))
        primary = draw(st.integers(0, max(count - 1, 0)))
        for n in range(count):
            if kind is AddressKind.EMAIL:
                local = draw(st.text("abcxyz.+_-0123", min_size=1, max_size=6))
                value = f"{local.strip('.')}x{number}n{n}@example.org"
            elif kind is AddressKind.PHONE:
                value = f"+{draw(st.integers(1, 99))} {number} {n}{draw(st.integers(0, 9999))}"
            else:
                path = draw(st.text("abc-_/09", max_size=8))
                value = f"https://profiles.example/{number}/{n}/{path}".rstrip("/")
            found.append(Address(kind, value, draw(_LABEL), n == primary))
    return found


@st.composite
def _contacts(draw: st.DrawFn) -> list[dict[str, object]]:
    count = draw(st.integers(1, 4))
    return [
        {
            "name": f"{draw(_TEXT.filter(bool))} {number}",
            "org": draw(_TEXT),
            "role": draw(_TEXT),
            "notes": draw(_NOTES),
            "tags": draw(st.lists(_TAG, max_size=3)),
            "addresses": draw(_addresses(number)),
        }
        for number in range(count)
    ]


def _shape(contact: Contact) -> tuple[object, ...]:
    return (
        contact.name,
        contact.org,
        contact.role,
        contact.notes,
        contact.tags,
        contact.addresses,
        (contact.email, contact.phone, contact.url),
    )


@pytest.mark.parametrize("form", ["vcard", "csv"])
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(people=_contacts())
def test_export_then_import_into_an_empty_store_gives_the_same_contacts(
    tmp_path_factory: pytest.TempPathFactory,
    ledger: Ledger,
    form: str,
    people: list[dict[str, object]],
) -> None:
    root = tmp_path_factory.mktemp("round")
    source = Ledger.open(root / "source", ledger.clock, ledger.zone)
    fresh = Ledger.open(root / "fresh", ledger.clock, ledger.zone)
    try:
        for person in people:
            source.add_contact(**person)  # type: ignore[arg-type]
        target = root / f"contacts.{form}"
        if form == "vcard":
            exports.export_contacts_vcard(source, target)
            summary = import_file(fresh, target, Source.VCARD)
        else:
            exports.export_contacts_csv(source, target)
            summary = import_file(fresh, target, Source.CSV)
        assert (summary.created, summary.skipped) == (len(people), 0), summary.as_dict()
        before = sorted(_shape(c) for c in source.search_contacts())
        after = sorted(_shape(c) for c in fresh.search_contacts())
    finally:
        source.close()
        fresh.close()
    assert after == before


def test_the_json_export_lists_every_address(ledger: Ledger) -> None:
    ledger.add_contact(
        name="Ada",
        email="ada@x.example",
        addresses=[Address(AddressKind.EMAIL, "a@home.example", "Home")],
    )
    (contact,) = exports.export_data(ledger)["contacts"]
    assert contact["addresses"] == [
        {"kind": "email", "value": "ada@x.example", "label": "", "primary": True},
        {"kind": "email", "value": "a@home.example", "label": "Home", "primary": False},
    ]
