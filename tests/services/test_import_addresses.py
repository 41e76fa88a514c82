"""Issue 13: importers keep every address of real exports, labels and the preferred one."""

from __future__ import annotations

from pathlib import Path

from ghostless.core.contact_import import RowAction
from ghostless.core.models import Contact
from ghostless.services.importers import Source
from ghostless.services.imports import import_file, preview
from ghostless.services.ledger import Ledger, contacts_of

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def _one(ledger: Ledger, name: str, source: Source) -> Contact:
    summary = import_file(ledger, FIXTURES / name, source)
    assert (summary.created, summary.skipped) == (1, 0), summary.as_dict()
    (contact,) = ledger.search_contacts()
    return contact


def _shown(contact: Contact) -> list[tuple[str, str, str, bool]]:
    return [(a.kind.value, a.value, a.label, a.primary) for a in contact.addresses]


def test_an_apple_card_with_an_escaped_url_keeps_the_person_and_every_labelled_address(
    ledger: Ledger,
) -> None:
    amara = _one(ledger, "apple_escaped_url.vcf", Source.VCARD)
    assert _shown(amara) == [
        ("email", "amara@baobab.example", "Work", True),  # preferred, in second place
        ("email", "amara@home.example", "Home", False),
        ("email", "a.diallo@oldjob.example", "Old job, until 2022", False),
        ("phone", "+221 77 123 45 67", "Mobile", True),
        ("phone", "+221 33 800 00 00", "Work", False),
        ("url", "https://www.linkedin.com/in/amara-diallo", "LinkedIn", True),
        ("url", "https://github.com/amara", "HomePage", False),
    ]
    assert (amara.email, amara.url) == (
        "amara@baobab.example",
        "https://www.linkedin.com/in/amara-diallo",
    )
    assert amara.notes == "Met at PyCon Africa, Accra\nIntro by Kwame"
    assert (amara.org, amara.role) == ("Baobab Systems", "Staff engineer")


def test_vcard_4_pref_1_in_second_place_is_primary(ledger: Ledger) -> None:
    lena = _one(ledger, "vcard_4_0_pref_second.vcf", Source.VCARD)
    assert _shown(lena)[:3] == [
        ("email", "lena@novak.example", "Work", True),
        ("email", "lena@home.example", "Home", False),
        ("phone", "+420 601 000 111", "Mobile", True),
    ]
    assert lena.notes == "Two lines\nand a comma, escaped"


def test_vcard_2_1_bare_pref_and_unescaped_text_as_that_version_says(ledger: Ledger) -> None:
    ole = _one(ledger, "vcard_2_1_pref_second.vcf", Source.VCARD)
    assert ole.email == "ole@berg.example"
    assert ole.phone == "+47 900 00 000"
    assert [a.value for a in ole.addresses if a.kind.value == "email"] == [
        "ole@berg.example",
        "ole@private.example",
    ]
    # 2.1 escapes nothing in a text value: the backslash stays, the comma does not cut it.
    assert ole.notes == "Knows C:\\Programs, and more"


def test_a_google_row_keeps_every_address_and_the_starred_one_is_primary(ledger: Ledger) -> None:
    tomas = _one(ledger, "google_several.csv", Source.GOOGLE)
    assert _shown(tomas) == [
        ("email", "tomas@lisboalabs.example", "Work", True),
        ("email", "tomas@casa.example", "Home", False),
        ("email", "tf@old.example", "Other", False),
        ("email", "tomas.f@older.example", "Other", False),
        ("phone", "+351 21 000 0000", "Work", True),
        ("phone", "+351 91 000 0000", "Mobile", False),
        ("url", "https://www.linkedin.com/in/tomas-ferreira", "LinkedIn", True),
    ]


def test_an_outlook_row_keeps_three_e_mails_and_labelled_phones(ledger: Ledger) -> None:
    sofia = _one(ledger, "outlook_several.csv", Source.OUTLOOK)
    assert [a.value for a in sofia.addresses if a.kind.value == "email"] == [
        "sofia@lindqvist.example",
        "sofia.home@mail.example",
        "s.l@old.example",
    ]
    assert sofia.phone == "+46 8 111 111"
    assert ("phone", "+46 70 000 00 00", "Mobile", False) in _shown(sofia)
    assert sofia.url == "https://lindqvist.example/sofia"


def test_the_same_person_from_two_sources_merges_by_address_then_url_and_proposes_by_name(
    ledger: Ledger,
) -> None:
    import_file(ledger, FIXTURES / "linkedin_same_people.csv", Source.LINKEDIN)
    assert contacts_of(ledger).count() == 4
    apple = preview(ledger, FIXTURES / "apple_escaped_url.vcf", Source.VCARD)
    (amara,) = apple.rows
    assert amara.action is RowAction.UPDATE
    assert "will merge with Amara Diallo (#1, same e-mail address)" in amara.explain()
    google = preview(ledger, FIXTURES / "google_several.csv", Source.GOOGLE)
    (tomas,) = google.rows
    assert tomas.contact_id == 2
    assert "will merge with Tomás Ferreira (#2, same profile URL)" in tomas.explain()
    book = preview(ledger, FIXTURES / "address_book_lena.vcf", Source.VCARD)
    (lena,) = book.rows
    assert (lena.action, lena.similar_to) == (RowAction.CREATE, 3)
    assert "may be the same person as Lena Novak (#3)" in lena.explain()

    for name, source in (
        ("apple_escaped_url.vcf", Source.VCARD),
        ("google_several.csv", Source.GOOGLE),
        ("address_book_lena.vcf", Source.VCARD),
    ):
        summary = import_file(ledger, FIXTURES / name, source)
        assert summary.remarks, name
    assert contacts_of(ledger).count() == 5  # Lena proposed, never merged silently
    amara_now = ledger.contact(1)
    assert amara_now.email == "amara@baobab.example"
    urls = [a.value for a in amara_now.addresses if a.kind.value == "url"]
    assert urls[0] == "https://www.linkedin.com/in/amara-d-2"  # the contact's own stays primary
    assert "https://www.linkedin.com/in/amara-diallo" in urls
    assert len(ledger.contact(2).addresses) == 7  # Tomás: the URL matched, the rest added
    # Search finds a contact by any address, primary or not.
    assert [c.name for c in contacts_of(ledger).search("tf@old")] == ["Tomás Ferreira"]
    assert [c.name for c in contacts_of(ledger).search("github.com/amara")] == ["Amara Diallo"]
