"""Issue 13 in the window: every address shown and edited, duplicates found, merged, undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ghostless.core.models import Address, AddressKind, LoopKind
from ghostless.services.importers import Source
from ghostless.services.imports import import_file
from ghostless.services.ledger import Ledger
from ghostless.ui.contacts.contact_dialog import ContactDialog
from ghostless.ui.contacts.duplicates_dialog import DuplicatesDialog
from ghostless.ui.import_export import export_actions
from ghostless.ui.import_export.import_dialog import ImportDialog
from ghostless.ui.main_window import CONTACTS_TAB, MainWindow
from tests.ui.test_dialogs import open_dialog, press_ok

E, P, U = AddressKind.EMAIL, AddressKind.PHONE, AddressKind.URL


def _set_kind(dialog: ContactDialog, row: int, kind: AddressKind) -> None:
    combo = dialog.more_addresses.table.cellWidget(row, 0)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(kind.value))


def test_the_dialog_adds_a_contact_with_three_labelled_addresses(
    qtbot: QtBot, ledger: Ledger
) -> None:
    dialog = open_dialog(qtbot, ContactDialog(ledger, None, None))
    dialog.name_edit.setText("Amara Diallo")
    dialog.email_edit.setText("amara@baobab.example")
    dialog.email_label_edit.setText("Work")
    dialog.more_addresses.add_button.click()
    dialog.more_addresses.table.item(0, 1).setText("amara@home.example")
    dialog.more_addresses.table.item(0, 2).setText("Home")
    dialog.more_addresses.add_button.click()
    _set_kind(dialog, 1, U)
    dialog.more_addresses.table.item(1, 1).setText("not a link at all")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.field_error("addresses").startswith("row 2: url: ")
    dialog.more_addresses.table.item(1, 1).setText("github.com/amara")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.contact_id is not None
    amara = ledger.contact(dialog.contact_id)
    assert [(a.kind, a.value, a.label, a.primary) for a in amara.addresses] == [
        (E, "amara@baobab.example", "Work", True),
        (E, "amara@home.example", "Home", False),
        (U, "https://github.com/amara", "", True),
    ]


def test_editing_shows_every_address_and_make_primary_swaps(qtbot: QtBot, ledger: Ledger) -> None:
    contact_id = ledger.add_contact(
        name="Lena Novak",
        addresses=[
            Address(E, "lena@novak.example", "Work", True), Address(E, "lena@home.example", "Home"),
            Address(P, "+420 601 000 111", "Mobile", True),
        ],
    )  # fmt: skip
    dialog = open_dialog(qtbot, ContactDialog(ledger, ledger.contact(contact_id), None))
    assert (dialog.email_edit.text(), dialog.email_label_edit.text()) == (
        "lena@novak.example",
        "Work",
    )
    assert dialog.phone_edit.text() == "+420 601 000 111"
    assert dialog.more_addresses.addresses()[0][1].value == "lena@home.example"
    dialog.more_addresses.table.selectRow(0)
    dialog.more_addresses.primary_button.click()
    assert dialog.email_edit.text() == "lena@home.example"
    press_ok(qtbot, dialog)
    lena = ledger.contact(contact_id)
    assert lena.email == "lena@home.example"
    assert [a.value for a in lena.of_kind(E)] == ["lena@home.example", "lena@novak.example"]


def test_the_contact_pane_lists_every_address_and_search_finds_any(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    contact_id = ledger.add_contact(
        name="Tomás Ferreira", org="Lisboa Labs",
        addresses=[
            Address(E, "tomas@lisboalabs.example", "Work", True),
            Address(E, "tomas@casa.example", "Home"), Address(U, "linkedin.com/in/tf", "LinkedIn"),
        ],
    )  # fmt: skip
    window.commands.records_changed.emit(0)
    window.tabs.setCurrentIndex(CONTACTS_TAB)
    page = window.contacts_page
    page.filter_edit.setText("casa.example")
    assert page.contact_model.rowCount() == 1
    page.select_contact(contact_id)
    text = page.details_label.text()
    for shown in ("tomas@lisboalabs.example (Work) — primary", "tomas@casa.example (Home)",
                  "https://linkedin.com/in/tf (LinkedIn)"):  # fmt: skip
        assert shown in text


def test_find_duplicates_merges_and_undoes_from_the_window(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    fixtures = Path(__file__).parent.parent / "fixtures" / "imports"
    import_file(ledger, fixtures / "linkedin_same_people.csv", Source.LINKEDIN)
    import_file(ledger, fixtures / "address_book_lena.vcf", Source.VCARD)
    loop = ledger.add_loop(contact_id=5, kind=LoopKind.NETWORKING_CALL, subject="Coffee")
    window.find_duplicates_action.trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, DuplicatesDialog)  # deleted on close, with the window
    assert [(p.first.id, p.second.id) for p in dialog.pairs] == [(3, 5)]
    assert "similar names" in dialog.table.item(0, 2).text()
    with qtbot.waitSignal(window.commands.records_changed):
        dialog.merge_button.click()
    assert dialog.pairs == []
    assert ledger.loop(loop).contact_id == 3
    assert "lena.n@novakdesign.example" in [a.value for a in ledger.contact(3).addresses]
    with qtbot.waitSignal(window.commands.records_changed):
        dialog.undo_button.click()
    assert ledger.loop(loop).contact_id == 5
    assert len(dialog.pairs) == 1
    dialog.merge_button.click()
    dialog.close()
    # The Contacts menu undoes the last merge too, with the dialog closed.
    with qtbot.waitSignal(window.commands.records_changed):
        window.undo_merge_action.trigger()
    assert ledger.loop(loop).contact_id == 5


def test_contacts_export_from_the_window_as_csv_and_vcard(ledger: Ledger, tmp_path: Path) -> None:
    ledger.add_contact(
        name="Ada", email="ada@x.example", addresses=[Address(E, "a2@x.example", "Home")]
    )
    csv_path = export_actions.export_contacts(None, ledger, "csv", tmp_path / "c.csv")
    vcf_path = export_actions.export_contacts(None, ledger, "vcard", tmp_path / "c.vcf")
    assert csv_path is not None
    assert vcf_path is not None
    assert "a2@x.example" in csv_path.read_text()
    assert "X-ABLABEL:Home" in vcf_path.read_text()


def test_the_import_preview_says_who_each_row_will_merge_with(
    qtbot: QtBot, qtmodeltester: ModelTester, ledger: Ledger
) -> None:
    fixtures = Path(__file__).parent.parent / "fixtures" / "imports"
    import_file(ledger, fixtures / "linkedin_same_people.csv", Source.LINKEDIN)
    dialog = ImportDialog(ledger, path=fixtures / "apple_escaped_url.vcf", source=Source.VCARD)
    qtbot.addWidget(dialog)
    assert dialog.make_preview()
    qtmodeltester.check(dialog.model)
    details = dialog.model.index(0, 3).data()
    assert "will merge with Amara Diallo (#1, same e-mail address)" in details
    book = ImportDialog(ledger, path=fixtures / "address_book_lena.vcf", source=Source.VCARD)
    qtbot.addWidget(book)
    assert book.make_preview()
    assert "may be the same person as Lena Novak (#3)" in book.model.index(0, 3).data()
