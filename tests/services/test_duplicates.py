"""Issue 13: likely duplicates found, merged with every loop, event and address, and undone."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ghostless.core.errors import InputError, NotFoundError
from ghostless.core.models import Address, AddressKind, EventKind, LoopKind
from ghostless.services import duplicates
from ghostless.services.ledger import Ledger, contacts_of
from tests.conftest import FRIDAY

E, P, U = AddressKind.EMAIL, AddressKind.PHONE, AddressKind.URL


def _people(ledger: Ledger) -> dict[str, int]:
    return {
        "ada": ledger.add_contact(
            name="Ada Lovelace", org="Analytical Engines", role="Engineer", email="ada@ae.example",
            addresses=[Address(P, "+44 20 7946 0000", "Work")], notes="From the address book",
        ),
        "ada2": ledger.add_contact(
            name="Lovelace, Ada", org="Analytical engines", url="linkedin.com/in/ada",
            addresses=[Address(E, "ada@home.example", "Home"), Address(E, "ADA@ae.example")],
            tags=["LinkedIn"],
        ),
        "grace": ledger.add_contact(name="Grace Hopper", org="Navy", url="https://x.example/g"),
        "grace2": ledger.add_contact(name="G. Hopper", url="https://www.x.example/g/"),
        "alan": ledger.add_contact(name="Alan Turing", org="Analytical Engines"),
    }  # fmt: skip


def test_pairs_share_an_address_or_a_url_or_a_similar_name_at_one_organisation(
    ledger: Ledger,
) -> None:
    ids = _people(ledger)
    pairs = {(p.first.id, p.second.id): p for p in duplicates.find_duplicates(ledger)}
    assert set(pairs) == {(ids["ada"], ids["ada2"]), (ids["grace"], ids["grace2"])}
    ada = pairs[(ids["ada"], ids["ada2"])]
    assert any(r.startswith("same e-mail address") for r in ada.reasons)
    assert any(r.startswith("similar names") for r in ada.reasons)
    (why,) = pairs[(ids["grace"], ids["grace2"])].reasons
    assert why.startswith("same profile URL https://")


def test_similar_names_alone_at_one_organisation_are_proposed(ledger: Ledger) -> None:
    first = ledger.add_contact(name="Priya Raman", org="Northwind")
    second = ledger.add_contact(name="Priya  Ramen", org="NORTHWIND")
    ledger.add_contact(name="Priya Raman", org="Elsewhere")
    (pair,) = duplicates.find_duplicates(ledger)
    assert (pair.first.id, pair.second.id) == (first, second)
    assert pair.reasons[0].startswith("similar names (")


def test_the_same_name_with_no_organisation_to_tell_them_apart_is_proposed(
    ledger: Ledger,
) -> None:
    first = ledger.add_contact(name="Ole Berg", email="ole@berg.example")
    second = ledger.add_contact(name="ole  berg", url="linkedin.com/in/oleberg", org="Berg AS")
    ledger.add_contact(name="Ole Berg", org="Elsewhere")  # two organisations: two people
    pairs = [(p.first.id, p.second.id, p.reasons) for p in duplicates.find_duplicates(ledger)]
    assert pairs == [
        (first, second, ("the same name, and no organisation to tell them apart",)),
        (first, 3, ("the same name, and no organisation to tell them apart",)),
    ]


def test_merge_moves_every_loop_event_and_address_then_undo_puts_them_back(
    ledger: Ledger,
) -> None:
    ids = _people(ledger)
    loop = ledger.add_loop(
        contact_id=ids["ada2"], kind=LoopKind.RECRUITER_OUTREACH, subject="Role",
        at=FRIDAY - timedelta(hours=5),
    )  # fmt: skip
    ledger.log_event(loop, EventKind.SENT, at=FRIDAY - timedelta(hours=1), text="Thanks!")
    before_ada, before_ada2 = ledger.contact(ids["ada"]), ledger.contact(ids["ada2"])

    done = duplicates.merge(ledger, ids["ada"], ids["ada2"])
    assert done.loops_moved == 1
    merge_id = done.merge_id
    with pytest.raises(NotFoundError):
        ledger.contact(ids["ada2"])
    ada = ledger.contact(ids["ada"])
    assert ledger.loop(loop).contact_id == ids["ada"]
    assert [e.text for e in ledger.events(loop)][-1] == "Thanks!"
    assert [(a.kind, a.value, a.label, a.primary) for a in ada.addresses] == [
        (E, "ada@ae.example", "", True),
        (E, "ada@home.example", "Home", False),
        (P, "+44 20 7946 0000", "Work", True),
        (U, "https://linkedin.com/in/ada", "", True),
    ]
    assert (ada.name, ada.url, ada.tags) == (
        "Ada Lovelace",
        "https://linkedin.com/in/ada",
        ("LinkedIn",),
    )
    assert [c.id for c in contacts_of(ledger).search("ada@home")] == [ids["ada"]]
    assert [lp.id for lp in ledger.list_loops()] == [loop]
    assert ledger.list_loops()[0].contact_name == "Ada Lovelace"

    restored = duplicates.undo(ledger)
    assert restored == ids["ada2"]
    assert ledger.contact(ids["ada"]) == before_ada
    assert ledger.contact(ids["ada2"]) == before_ada2
    assert ledger.loop(loop).contact_id == ids["ada2"]
    assert len(ledger.events(loop)) == 2
    with pytest.raises(InputError, match="already undone"):
        duplicates.undo(ledger, merge_id)


def test_a_merge_is_refused_with_itself_or_a_missing_contact_and_keeps_a_block(
    ledger: Ledger,
) -> None:
    ids = _people(ledger)
    with pytest.raises(InputError, match="itself"):
        duplicates.merge(ledger, ids["ada"], ids["ada"])
    with pytest.raises(NotFoundError):
        duplicates.merge(ledger, ids["ada"], 999)
    contacts_of(ledger).set_flags(
        ids["grace2"], muted=True, blocked=True, reason="threats", at=FRIDAY
    )
    duplicates.merge(ledger, ids["grace"], ids["grace2"])
    grace = ledger.contact(ids["grace"])
    assert (grace.blocked, grace.block_reason) == (True, "threats")
    duplicates.undo(ledger)
    assert ledger.contact(ids["grace2"]).blocked
    with pytest.raises(InputError, match="no merge to undo"):
        duplicates.undo(ledger)


def test_undo_of_an_earlier_merge_waits_for_the_later_one(ledger: Ledger) -> None:
    ids = _people(ledger)
    first = duplicates.merge(ledger, ids["ada"], ids["ada2"]).merge_id
    duplicates.merge(ledger, ids["ada"], ids["alan"])
    with pytest.raises(InputError, match="later merge"):
        duplicates.undo(ledger, first)
    duplicates.undo(ledger)
    duplicates.undo(ledger, first)
    assert contacts_of(ledger).count() == 5
