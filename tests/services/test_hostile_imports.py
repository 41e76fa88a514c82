"""Issue 11, items 5 and 6: hostile fields, binary files and our own export, imported."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ghostless.core.contact_import import ImportFileError
from ghostless.core.errors import GhostlessError
from ghostless.services import exports
from ghostless.services.importers import Source
from ghostless.services.imports import import_file, preview
from ghostless.services.ledger import Ledger

LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_a_broken_url_in_a_csv_skips_the_field_with_a_note_not_the_person(
    ledger: Ledger, tmp_path: Path
) -> None:
    source = tmp_path / "generic.csv"
    source.write_text("Name,Email,URL\nAda Lovelace,ada@engine.example,http://[oops\n")
    planned = preview(ledger, source, Source.CSV)
    (row,) = planned.rows
    assert row.action.value == "create"
    assert any("url" in note.lower() and "http://[oops" in note for note in row.notes)
    import_file(ledger, source, Source.CSV)
    (ada,) = ledger.search_contacts()
    assert (ada.name, ada.email, ada.url) == ("Ada Lovelace", "ada@engine.example", "")


def test_a_control_character_in_a_name_skips_that_row_naming_line_and_field(
    ledger: Ledger, tmp_path: Path
) -> None:
    source = tmp_path / "Connections.csv"
    source.write_text(
        LINKEDIN_HEADER
        + "\x00Ada,Lovelace,https://x.example/in/ada,,,,\n"
        + "\x07,,https://x.example/in/bell,,,,\n"
        + "Grace,Hopper,https://x.example/in/grace,,,,\n"
    )
    summary = import_file(ledger, source, Source.LINKEDIN)
    assert summary.created == 1
    assert [line for line, _ in summary.skips] == [2, 3]
    for _line, reason in summary.skips:
        assert reason.startswith("name: contains a control character")
    assert [c.name for c in ledger.search_contacts()] == ["Grace Hopper"]


def test_a_binary_file_is_not_a_contacts_file(ledger: Ledger, tmp_path: Path) -> None:
    for name, data in {
        "photo.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "archive.zip": b"PK\x03\x04" + bytes(200) + b"Connections.csv",
        "blob.bin": bytes(range(256)) * 8,
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        for source in Source:
            with pytest.raises(ImportFileError, match="not a contacts file") as caught:
                import_file(ledger, path, source)
            assert "--encoding" not in str(caught.value)
            assert "encoding" not in str(caught.value).lower()


def test_the_encoding_hint_is_not_repeated_when_that_encoding_was_given(
    ledger: Ledger, tmp_path: Path
) -> None:
    path = tmp_path / "Connections.csv"
    path.write_bytes((LINKEDIN_HEADER + "J\u00fcrgen,M\u00fcller,,,,,\n").encode("utf-8"))
    path.write_bytes(path.read_bytes() + b"Zo\x81,Orsted,,,,,\n")  # 0x81: not in cp1252
    with pytest.raises(ImportFileError) as caught:
        import_file(ledger, path, Source.LINKEDIN, encoding="cp1252")
    assert "line 3: is not CP1252 text" in str(caught.value)
    assert "--encoding cp1252" not in str(caught.value)


def test_our_own_csv_export_reimports_to_the_same_values(ledger: Ledger, tmp_path: Path) -> None:
    ledger.add_contact(
        name="=HYPERLINK(1)", email="ada@engine.example", org="+Analytical", role="-lead",
        phone="+44 20 7946 0000", url="https://example.org/ada", notes="@SUM(A1)\nline two",
    )  # fmt: skip
    ledger.add_contact(name="'quoted' Grace", org="'=already quoted")
    target = tmp_path / "contacts.csv"
    exports.export_contacts_csv(ledger, target)
    before = {
        (c.name, c.email, c.org, c.role, c.phone, c.url, c.notes) for c in ledger.search_contacts()
    }
    fresh = Ledger.open(tmp_path / "fresh", ledger.clock, ledger.zone)
    try:
        summary = import_file(fresh, target, Source.CSV)
        assert (summary.created, summary.skipped) == (2, 0)
        after = {
            (c.name, c.email, c.org, c.role, c.phone, c.url, c.notes)
            for c in fresh.search_contacts()
        }
    finally:
        fresh.close()
    assert after == before
    rows = list(csv.reader(io.StringIO(target.read_text())))
    assert rows[1][0].startswith("'") or rows[2][0].startswith("'")


# -- fuzzing every importer, writing for real ----------------------------------------
_HOSTILE = ["\x00", "\x07", "\x1b", "http://[oops", "=cmd", "\u2028", "\ud800", "'", ";", "\\"]
_ROWS = {
    Source.LINKEDIN: (LINKEDIN_HEADER, 7),
    Source.GOOGLE: ("First Name,Last Name,E-mail 1 - Value,Website 1 - Value,Notes\n", 5),
    Source.OUTLOOK: ("First Name,Last Name,E-mail Address,Web Page,Notes\n", 5),
    Source.CSV: ("Name,Email,URL,Notes,Phone\n", 5),
}
_CELL = st.one_of(
    st.sampled_from(["Ada", "a@b.example", "https://x.example/in/a", "", *_HOSTILE]),
    st.text(max_size=12),
)


@pytest.mark.parametrize("source", list(Source))
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_fuzzed_fields_import_for_real_raising_only_our_own_errors(
    ledger: Ledger, tmp_path: Path, source: Source, data: st.DataObject
) -> None:
    path = tmp_path / "fuzz"
    if source is Source.VCARD:
        cards = data.draw(st.lists(st.lists(_CELL, min_size=4, max_size=4), max_size=4))
        text = "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{a}\r\nEMAIL;TYPE=pref:{b}\r\nURL:{c}\r\n"
            f"NOTE:{d}\r\nEND:VCARD\r\n"
            for a, b, c, d in cards
        )
    else:
        header, width = _ROWS[source]
        rows = data.draw(st.lists(st.lists(_CELL, min_size=width, max_size=width), max_size=4))
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        text = header + out.getvalue()
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        summary = import_file(ledger, path, source)
    except GhostlessError:
        return
    assert summary.skipped == len(summary.skips)
    for contact in ledger.search_contacts():
        assert contact.name.strip()
        assert "\x00" not in contact.name + contact.notes + contact.url
