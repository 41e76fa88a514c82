"""Every importer on fixture files of each format and variant, and fuzzed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ghostless.core.contact_import import (
    MAX_FIELD_CHARS,
    ImportCancelled,
    ImportFileError,
    RowAction,
)
from ghostless.services import importers
from ghostless.services.importers import Source
from ghostless.services.imports import import_file, preview, run
from ghostless.services.ledger import Ledger, contacts_of

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def _created(ledger: Ledger, name: str, source: Source) -> dict[str, tuple[str, ...]]:
    import_file(ledger, FIXTURES / name, source)
    return {
        c.name: (c.email, c.org, c.role, c.phone, c.url, c.notes) for c in ledger.search_contacts()
    }


def test_linkedin_skips_preamble_and_empty_rows_and_keeps_profile_urls(ledger: Ledger) -> None:
    summary = import_file(ledger, FIXTURES / "linkedin_connections.csv", Source.LINKEDIN)
    assert (summary.created, summary.skipped) == (4, 3)
    assert [line for line, _ in summary.skips] == [8, 9, 10]
    by_name = {c.name: c for c in ledger.search_contacts()}
    assert by_name["Zoë Ørsted"].org == "Fjord Labs, ApS"
    assert by_name["Grace Hopper"].email == ""
    assert by_name["Ada Lovelace"].notes == "LinkedIn connection since 2020-10-05"


def test_reimporting_never_duplicates_and_updates_what_changed(ledger: Ledger) -> None:
    import_file(ledger, FIXTURES / "linkedin_connections.csv", Source.LINKEDIN)
    again = import_file(ledger, FIXTURES / "linkedin_connections.csv", Source.LINKEDIN)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    updated = import_file(ledger, FIXTURES / "linkedin_connections_updated.csv", Source.LINKEDIN)
    assert (updated.created, updated.updated, updated.unchanged, updated.skipped) == (1, 1, 3, 0)
    assert contacts_of(ledger).count() == 5
    ada = next(c for c in contacts_of(ledger).search("ada"))
    assert ada.role == "Chief Scientist"


def test_a_bom_file_reads_and_a_legacy_encoding_is_refused_or_read_when_named(
    ledger: Ledger,
) -> None:
    assert "Émile Durand" in _created(ledger, "linkedin_bom.csv", Source.LINKEDIN)
    with pytest.raises(ImportFileError, match=r"line 5: is not UTF-8 text.*--encoding cp1252"):
        import_file(ledger, FIXTURES / "linkedin_cp1252.csv", Source.LINKEDIN)
    summary = import_file(
        ledger, FIXTURES / "linkedin_cp1252.csv", Source.LINKEDIN, encoding="cp1252"
    )
    assert summary.unchanged == 1  # the same profile URL as the BOM file's


def test_a_malformed_file_writes_nothing_and_names_file_and_line(ledger: Ledger) -> None:
    with pytest.raises(ImportFileError, match=r"linkedin_broken_quote.csv, line 3: "):
        import_file(ledger, FIXTURES / "linkedin_broken_quote.csv", Source.LINKEDIN)
    with pytest.raises(ImportFileError, match=r"vcard_broken.vcf, line 6: .*END:VCARD"):
        import_file(ledger, FIXTURES / "vcard_broken.vcf", Source.VCARD)
    with pytest.raises(ImportFileError, match=r"field 'First Name'"):
        import_file(ledger, FIXTURES / "generic_custom.csv", Source.GOOGLE)
    assert contacts_of(ledger).count() == 0


def test_google_current_and_legacy_read_by_header_name(ledger: Ledger) -> None:
    current = _created(ledger, "google_current.csv", Source.GOOGLE)
    assert current["Priya Raman"][:5] == (
        "priya@northwind.example",
        "Northwind Talent",
        "Recruiter",
        "+49 30 1234567",
        "https://northwind.example/priya",
    )
    assert current["Dr. Bob J. Builder"][0] == "bob@builder.example"
    legacy = _created(ledger, "google_legacy.csv", Source.GOOGLE)
    assert legacy["Jane Doe"][:3] == ("jane@doe.example", "Doe Industries", "Director")
    assert legacy["Max Mustermann"][0] == "max@muster.example"
    priya = next(c for c in contacts_of(ledger).search("priya"))
    assert priya.tags == ("Recruiters",)


def test_both_outlook_families(ledger: Ledger) -> None:
    web = _created(ledger, "outlook_com.csv", Source.OUTLOOK)
    assert web["Carla Conte"][:5] == (
        "carla@conte.example",
        "Conte SpA",
        "Head of Talent",
        "+39 06 555 1234",
        "https://conte.example/carla",
    )
    assert web["Carla Conte"][5] == "Line one\nline two"
    desktop = _created(ledger, "outlook_desktop.csv", Source.OUTLOOK)
    assert desktop["Dieter Dorn"][:4] == (
        "dieter@dorn.example",
        "Dorn GmbH",
        "Einkauf",
        "+49 89 123",
    )
    assert "noname@example.com" in desktop


def test_vcards_of_every_version(ledger: Ledger) -> None:
    takeout = _created(ledger, "google_takeout_3_0.vcf", Source.VCARD)
    assert takeout["Priya Raman"][5] == "Met at PyCon, in Berlin"
    assert "only.email@example.com" in takeout
    assert "+1 555 0199" in takeout
    assert takeout["Very Long Note Person"][5].startswith("This note is folded across several")
    assert "longer than seventy-five" in takeout["Very Long Note Person"][5]
    apple = _created(ledger, "apple_3_0.vcf", Source.VCARD)
    assert apple["Johnny Appleseed"][:2] == ("johnny@orchard.example", "Apple Orchards")
    assert apple["Johnny Appleseed"][4] == "https://www.linkedin.com/in/johnny"
    old = _created(ledger, "vcard_2_1.vcf", Source.VCARD)
    assert old["Jürgen Müller"][:3] == ("juergen@mueller.example", "Müller AG", "Geschäftsführer")
    assert old["Jürgen Müller"][5] == "Erste Zeile\nzweite Zeile"
    new = _created(ledger, "vcard_4_0.vcf", Source.VCARD)
    assert new["Ngozi Okafor"][0] == "ngozi@okafor.example"
    assert "no-fn@example.com" in new
    # The second e-mail is remembered: a card with only it matches Ngozi.
    again = import_file(ledger, FIXTURES / "apple_3_0.vcf", Source.VCARD)
    assert again.unchanged == 1


def test_generic_csv_with_a_semicolon_and_a_given_mapping(ledger: Ledger) -> None:
    guessed = import_file(ledger, FIXTURES / "generic_semicolon.csv", Source.CSV)
    # "Nobody;not-an-email": the address is left out with a note, the person kept (issue 13).
    assert (guessed.created, guessed.skipped) == (3, 1)
    assert next(c for c in contacts_of(ledger).search("nobody")).email == ""
    mapped = import_file(
        ledger,
        FIXTURES / "generic_custom.csv",
        Source.CSV,
        mapping={"name": "Who", "org": "Where", "email": "Contact"},
    )
    assert mapped.created == 2
    assert next(c for c in contacts_of(ledger).search("jonas")).org == "Jahn KG"


def test_a_dry_run_and_a_preview_write_nothing(ledger: Ledger) -> None:
    summary = import_file(ledger, FIXTURES / "outlook_com.csv", Source.OUTLOOK, dry_run=True)
    assert summary.created == 2
    planned = preview(ledger, FIXTURES / "outlook_com.csv", Source.OUTLOOK)
    assert [row.action for row in planned.rows] == [RowAction.CREATE, RowAction.CREATE]
    assert contacts_of(ledger).count() == 0


def test_cancelling_rolls_the_whole_import_back(ledger: Ledger) -> None:
    planned = preview(ledger, FIXTURES / "linkedin_connections.csv", Source.LINKEDIN)
    seen: list[tuple[int, int]] = []

    def cancel_at_end(done: int, total: int) -> None:
        seen.append((done, total))
        if done == total:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        run(ledger, planned, cancel_at_end)
    assert seen[-1] == (7, 7)
    assert contacts_of(ledger).count() == 0
    assert run(ledger, planned).created == 4


def test_oversized_files_and_fields_are_refused_unread(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: nothing to read anyway
    opened: list[Path] = []
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self))
    with pytest.raises(ImportFileError, match="over 50 MB are refused"):
        import_file(ledger, big, Source.LINKEDIN)
    assert opened == []
    monkeypatch.undo()
    wide = tmp_path / "wide.csv"
    wide.write_text("First Name,Last Name,URL\n" + "A" * (MAX_FIELD_CHARS + 10) + ",B,\n")
    with pytest.raises(ImportFileError, match="line 2: a line longer than 1 MB"):
        import_file(ledger, wide, Source.LINKEDIN)
    quoted = tmp_path / "quoted.csv"
    quoted.write_text('Name,Email\n"' + ("x" * 1000 + "\n") * 1100 + '",a@b.example\n')
    with pytest.raises(ImportFileError, match="line 2: the file is not well-formed CSV"):
        import_file(ledger, quoted, Source.CSV)


def test_a_missing_file_is_named(ledger: Ledger, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"nope\.vcf: cannot be read"):
        import_file(ledger, tmp_path / "nope.vcf", Source.VCARD)


# -- fuzzing: any bytes give records or one clear ImportFileError, never a crash ------
_FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
_PIECES = {
    Source.LINKEDIN: [
        "Notes:\n",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
        "Ada,L,https://x.example/in/a,a@b.example,C,P,05 Oct 2020\n",
        ",,,,,,\n",
        '"',
        ",",
        "\n",
        "\r\n",
        "é",
        "\ufeff",
        "\x00",
        "=cmd",
    ],
    Source.GOOGLE: [
        "First Name,Last Name,E-mail 1 - Value,Labels\n",
        "A,B,a@b.example,* x\n",
        '"',
        ",",
        "\n",
        ":::",
        "\x00",
    ],
    Source.OUTLOOK: [
        "First Name,Last Name,E-mail Address,Company\n",
        "A,B,a@b.example,C\n",
        '"',
        ",",
        "\n",
        ";",
    ],
    Source.CSV: ["Name;Email\n", "Name,Email\n", "A,a@b.example\n", '"', ",", ";", "\n"],
    Source.VCARD: [
        "BEGIN:VCARD\r\n",
        "VERSION:2.1\r\n",
        "VERSION:3.0\r\n",
        "VERSION:4.0\r\n",
        "FN:A\r\n",
        "N:B;A;;;\r\n",
        "EMAIL:a@b.example\r\n",
        "END:VCARD\r\n",
        "item1.EMAIL;type=pref:x@y.example\r\n",
        "NOTE;ENCODING=QUOTED-PRINTABLE:a=\r\n",
        "=C3=A9",
        " folded\r\n",
        ";",
        ":",
        "\\",
        "PHOTO;ENCODING=b:AAAA\r\n",
        "ORG:a;b\r\n",
        "BEGIN:VCALENDAR\r\n",
        "\x00",
        "é",
    ],
}


def _fuzz(ledger: Ledger, path: Path, source: Source, data: bytes) -> None:
    path.write_bytes(data)
    try:
        summary = import_file(ledger, path, source, dry_run=True)
    except ImportFileError as exc:
        message = str(exc)
    else:
        message = str(path)
        assert summary.skipped == len(summary.skips)
    assert message.startswith(str(path))


@pytest.mark.parametrize("source", list(Source))
@_FUZZ
@given(data=st.data())
def test_fuzzed_structured_input_never_crashes(
    ledger: Ledger, tmp_path: Path, source: Source, data: st.DataObject
) -> None:
    pieces = data.draw(st.lists(st.sampled_from(_PIECES[source]), max_size=40))
    _fuzz(ledger, tmp_path / "fuzz", source, "".join(pieces).encode("utf-8"))


@pytest.mark.parametrize("source", list(Source))
@_FUZZ
@given(raw=st.binary(max_size=600))
def test_fuzzed_bytes_never_crash(
    ledger: Ledger, tmp_path: Path, source: Source, raw: bytes
) -> None:
    _fuzz(ledger, tmp_path / "fuzz", source, raw)


def test_the_reader_table_covers_every_source_but_the_mapped_one() -> None:
    assert set(importers.READERS) | {Source.CSV} == set(Source)
    assert os.path.isdir(FIXTURES)


def test_line_numbers_hold_across_read_blocks(ledger: Ledger, tmp_path: Path) -> None:
    """Lines are decoded in blocks of 256 KiB; what is reported still names its line."""
    rows = [f"P{n},Q,https://x.example/in/{n},,Co,Role,05 Oct 2020\n" for n in range(9000)]
    rows[7000] = ",,,,,,\n"  # line 7002 (after the header)
    body = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + "".join(rows)
    assert len(body.encode()) > importers._BLOCK
    good = tmp_path / "good.csv"
    good.write_text(body, encoding="utf-8")
    summary = import_file(ledger, good, Source.LINKEDIN, dry_run=True)
    assert (summary.created, summary.skips) == (8999, ((7002, "empty row"),))
    bad = tmp_path / "bad.csv"
    bad.write_bytes(body.encode().replace(b"P8000,", b"P\xe98000,"))
    with pytest.raises(ImportFileError, match=r"bad.csv, line 8002: is not UTF-8 text"):
        import_file(ledger, bad, Source.LINKEDIN)
    crlf = tmp_path / "crlf.csv"
    crlf.write_bytes(body.replace("\n", "\r\n").encode("utf-16"))
    summary = import_file(ledger, crlf, Source.LINKEDIN, dry_run=True)
    assert (summary.created, summary.skips) == (8999, ((7002, "empty row"),))
    assert contacts_of(ledger).count() == 0
