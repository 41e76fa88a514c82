"""Mapping, matching and planning imports: the pure part."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from ghostless.core.contact_import import (
    ContactIndex,
    ImportRecord,
    RowAction,
    fingerprint,
    guess_mapping,
    linkedin_record,
    merge,
    parse_connected_on,
    plan_import,
    split_labels,
    summarise,
    url_key,
)
from ghostless.core.exports import neutralise_cell
from ghostless.core.validation import ContactFields


def test_linkedin_dates_and_rows() -> None:
    assert parse_connected_on("05 Oct 2020") == date(2020, 10, 5)
    assert parse_connected_on("2021-03-12") == date(2021, 3, 12)
    assert parse_connected_on("31 Foo 2020") is None
    assert parse_connected_on("31 Feb 2020") is None
    empty = linkedin_record(dict.fromkeys(("First Name", "Last Name", "URL"), ""), 7)
    assert empty.skip == "empty row"
    gone = linkedin_record({"First Name": "", "URL": "", "Connected On": "01 Jan 2020"}, 8)
    assert "deactivated" in gone.skip


def test_urls_match_without_scheme_www_or_trailing_slash() -> None:
    assert url_key("https://www.linkedin.com/in/ada/") == url_key("linkedin.com/in/ada")
    assert url_key("http://LinkedIn.com/in/Ada?trk=x") == "linkedin.com/in/ada"


def test_labels_drop_system_groups() -> None:
    assert split_labels("* myContacts ::: Friends ::: * starred") == ("Friends",)


def test_mapping_is_guessed_by_header_name() -> None:
    mapping = guess_mapping(["Full name", "E-mail", "Company", "Remarks", "Unused"])
    assert mapping == {"name": "Full name", "email": "E-mail", "org": "Company", "notes": "Remarks"}


def _index(*contacts: ContactFields) -> ContactIndex:
    index = ContactIndex()
    for number, fields in enumerate(contacts, 1):
        index.add(number, fields)
    return index


def test_matching_by_email_then_url_then_fingerprint() -> None:
    index = _index(
        ContactFields(name="Ada L", email="ADA@example.com"),
        ContactFields(name="Grace", url="https://linkedin.com/in/grace"),
        ContactFields(name="Acme Person", org="Acme"),
    )
    plans = plan_import(
        [
            ImportRecord(2, name="Ada Lovelace", emails=("ada@example.com",)),
            ImportRecord(3, name="Grace", url="www.linkedin.com/in/grace/"),
            ImportRecord(4, name="Acme Person", org="Acme"),
            ImportRecord(5, name="New Person"),
            ImportRecord(6, name="Ada again", emails=("ada@example.com",)),
            ImportRecord(7, skip="empty row"),
            ImportRecord(8, name="Bad", emails=("nope",)),
        ],
        index,
    )
    actions = [(p.line, p.action, p.contact_id) for p in plans]
    assert actions == [
        (2, RowAction.UPDATE, 1),
        (3, RowAction.UNCHANGED, 2),
        (4, RowAction.UNCHANGED, 3),
        (5, RowAction.CREATE, None),
        (6, RowAction.SKIP, None),
        (7, RowAction.SKIP, None),
        # Issue 13: an unusable field is left out with a note; the person is kept.
        (8, RowAction.CREATE, None),
    ]
    assert plans[4].reason == "the same person as line 2"
    assert plans[6].notes == ("e-mail 'nope' left out: 'nope' is not an e-mail address",)
    assert "will merge with Ada L (#1, same e-mail address)" in plans[0].explain()
    summary = summarise(plans)
    assert (summary.created, summary.updated, summary.unchanged, summary.skipped) == (2, 1, 2, 2)


def test_merge_never_overwrites_the_users_email_or_notes() -> None:
    old = ContactFields(name="Ada", email="mine@example.com", notes="mine", tags=("a",))
    new = ContactFields(name="Ada", email="other@example.com", notes="theirs", org="X", tags=("b",))
    merged, changes = merge(old, new)
    assert merged.email == "mine@example.com"
    assert merged.notes == "mine"
    assert merged.org == "X"
    assert merged.tags == ("a", "b")
    assert set(changes) == {"org", "tags", "addresses"}  # other@ kept as a second address
    assert [a.value for a in merged.addresses] == ["mine@example.com", "other@example.com"]


def test_a_fingerprint_ignores_case_spacing_and_phone_punctuation() -> None:
    assert fingerprint("Ada  Lovelace", "ACME", "+44 (20) 1") == fingerprint(
        "ada lovelace", "acme", "44201"
    )


@given(st.text())
def test_every_formula_like_cell_is_neutralised(value: str) -> None:
    cell = neutralise_cell(value)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\0"))
    assert cell.endswith(value)


def test_linkedin_rows_by_position_read_like_rows_by_name() -> None:
    from ghostless.core.contact_import import linkedin_reader

    header = ("First Name", "URL", "First Name", "Company", "Unknown")
    read = linkedin_reader(header)
    # A repeated column reads its last occurrence, a missing one reads empty, as a dict would.
    assert read(["Old", " https://x.example/in/a ", " Ada ", "Acme"], 3) == linkedin_record(
        dict(zip(header, ["Old", " https://x.example/in/a ", " Ada ", "Acme"], strict=False)), 3
    )
    assert read(["Ada", "", "", "", "", "  "], 4).skip == "empty row"
    assert read(["", "", "", "", ""], 5).skip == "empty row"
    record = read(["", "https://x.example/in/b", "Bo", "", ""], 6)
    assert (record.name, record.url, record.org, record.tags) == (
        "Bo",
        "https://x.example/in/b",
        "",
        ("LinkedIn",),
    )


def test_a_contact_matched_twice_is_skipped_whatever_its_id() -> None:
    index = ContactIndex()
    for contact_id, email in ((5, "a@x.example"), (2**40, "b@x.example"), (-3, "c@x.example")):
        index.add(contact_id, ContactFields(name="P", email=email), [("email", f"2{email}")])
    records = [
        ImportRecord(line, name="P", emails=(email,))
        for line, email in enumerate(("a@x.example", "b@x.example", "c@x.example"), 2)
    ]
    again = [
        ImportRecord(line, name="P", emails=(f"2{email}",))  # the same contact, another key
        for line, email in enumerate(("a@x.example", "b@x.example", "c@x.example"), 10)
    ]
    plans = plan_import([*records, *again], index)
    assert [plan.contact_id for plan in plans[:3]] == [5, 2**40, -3]
    assert [plan.reason for plan in plans[3:]] == [
        "the same person as line 2",
        "the same person as line 3",
        "the same person as line 4",
    ]
