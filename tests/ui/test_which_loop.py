"""Which loop a line is about: Today shows each line's subject, and the Close politely
wizard's title names the loop (a new user could not tell one person's three loops apart)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import LoopKind
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.main_window import MainWindow
from ghostless.ui.today.today_model import TodayColumn, TodayModel
from ghostless.ui.wizard.wizard import DisengageWizard

SUBJECTS = ("Platform engineer role", "Data engineer role", "Referral for Sam")


def _three_loops_of_one_person(ledger: Ledger) -> list[int]:
    contact = ledger.add_contact(name="Tom Becker", org="Acme")
    return [
        ledger.add_loop(contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject=subject)
        for subject in SUBJECTS
    ]


def test_one_persons_lines_differ_by_their_subject(
    qtmodeltester: ModelTester, ledger: Ledger, clock: FixedClock
) -> None:
    _three_loops_of_one_person(ledger)
    model = TodayModel()
    model.set_entries(ReminderService(ledger).agenda(), clock.now(), ledger.zone)
    assert model.rowCount() == 3
    rows = [
        tuple(model.index(row, column).data() for column in TodayColumn)
        for row in range(model.rowCount())
    ]
    assert len(set(rows)) == 3  # before: three identical lines
    assert {model.index(row, TodayColumn.SUBJECT).data() for row in range(3)} == set(SUBJECTS)
    assert model.headerData(TodayColumn.SUBJECT, Qt.Orientation.Horizontal) == "About"
    for row in range(3):
        subject = model.index(row, TodayColumn.SUBJECT).data()
        assert subject in model.index(row, TodayColumn.SUBJECT).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)


def test_the_subject_column_stands_next_to_who(example_window: MainWindow) -> None:
    header = example_window.today_page.table.horizontalHeader()
    assert header.visualIndex(TodayColumn.SUBJECT) == header.visualIndex(TodayColumn.CONTACT) + 1
    assert not header.isSectionHidden(TodayColumn.SUBJECT)


def test_the_wizard_title_names_the_loop(qtbot: QtBot, ledger: Ledger, settings: QSettings) -> None:
    loop_id = _three_loops_of_one_person(ledger)[0]
    wizard = DisengageWizard(
        ledger, loop_id, settings=settings, reminders=ReminderService(ledger),
        secrets=MemorySecretStore(),
    )  # fmt: skip
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "Close the loop with Tom Becker — Platform engineer role"
