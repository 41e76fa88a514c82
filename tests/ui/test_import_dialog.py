"""The import dialog: preview model, column mapping, progress and cancel; the File actions."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ghostless.core.contact_import import RowAction
from ghostless.services.importers import Source
from ghostless.services.ledger import Ledger, contacts_of
from ghostless.services.reminders import ReminderService
from ghostless.ui.import_export import export_actions
from ghostless.ui.import_export.import_dialog import ImportDialog, ImportPreviewModel

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def test_the_preview_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, ledger: Ledger
) -> None:
    dialog = ImportDialog(ledger, path=FIXTURES / "linkedin_connections.csv")
    qtbot.addWidget(dialog)
    assert dialog.make_preview()
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    assert [model.row_plan(r).action for r in range(7)].count(RowAction.SKIP) == 3
    assert model.index(3, 3).data() == "empty row"
    qtmodeltester.check(ImportPreviewModel())
    assert contacts_of(ledger).count() == 0  # a preview writes nothing


def test_import_runs_with_progress_and_reports(qtbot: QtBot, ledger: Ledger) -> None:
    dialog = ImportDialog(ledger, path=FIXTURES / "vcard_4_0.vcf", source=Source.VCARD)
    qtbot.addWidget(dialog)
    dialog.make_preview()
    summary = dialog.run_import()
    assert summary is not None
    assert summary.created == 2
    assert "Imported: 2 created" in dialog.status.text()
    assert contacts_of(ledger).count() == 2


def test_cancel_during_the_import_writes_nothing(qtbot: QtBot, ledger: Ledger) -> None:
    dialog = ImportDialog(ledger, path=FIXTURES / "google_current.csv", source=Source.GOOGLE)
    qtbot.addWidget(dialog)
    dialog.make_preview()
    real = dialog._progress

    def press_cancel_then_report(done: int, total: int) -> None:
        dialog.cancel_button.click()  # while running: a cancel, not a close
        real(done, total)

    dialog._progress = press_cancel_then_report  # type: ignore[method-assign]
    assert dialog.run_import() is None
    assert "cancelled" in dialog.status.text()
    assert contacts_of(ledger).count() == 0
    assert dialog.isVisible() is False or dialog.result() == 0


def test_other_csv_files_get_a_column_mapping(qtbot: QtBot, ledger: Ledger) -> None:
    dialog = ImportDialog(ledger, path=FIXTURES / "generic_custom.csv", source=Source.CSV)
    qtbot.addWidget(dialog)
    assert not dialog.mapping_box.isHidden()
    assert dialog.mapping() == {}  # nothing guessable from Who, Where, Contact
    assert not dialog.make_preview()
    assert "map a column" in dialog.status.text()
    for target, column in (("name", "Who"), ("org", "Where"), ("email", "Contact")):
        combo = dialog.mapping_combos[target]
        combo.setCurrentIndex(combo.findData(column))
    assert "e.g. Jonas Jahn" in dialog.mapping_combos["name"].currentText()
    assert dialog.make_preview()
    assert dialog.run_import() is not None
    assert {c.name for c in ledger.search_contacts()} == {"Jonas Jahn", "Kim Kern"}


def test_a_refused_file_says_why(qtbot: QtBot, ledger: Ledger) -> None:
    dialog = ImportDialog(ledger, path=FIXTURES / "linkedin_cp1252.csv")
    qtbot.addWidget(dialog)
    assert not dialog.make_preview()
    assert "line 5" in dialog.status.text()
    assert "cp1252" in dialog.status.text()
    dialog.encoding_edit.setText("cp1252")
    assert dialog.make_preview()


def test_the_file_menu_actions(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    ledger.add_contact(name="Before")
    reminders = ReminderService(ledger)
    ics = export_actions.export_calendar(None, reminders, tmp_path / "a.ics", keep_updated=True)
    assert ics is not None
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert export_actions.export_json(None, ledger, tmp_path / "a.json") is not None
    copy = export_actions.back_up(None, ledger, tmp_path / "a.sqlite3")
    assert copy is not None
    ledger.add_contact(name="After")
    aside = export_actions.restore(None, ledger, copy, confirmed=True)
    assert aside is not None
    assert aside.exists()
    assert [c.name for c in ledger.search_contacts()] == ["Before"]
