"""Every playbook input in the window: deadlines, introductions, deciding to decline, dismissing."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from ghostless.core.models import LoopKind, LoopStatus
from ghostless.core.windows import Action, Rule
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.loops.deadline_dialog import DeadlineDialog
from ghostless.ui.loops.introduced_by_dialog import IntroducedByDialog
from ghostless.ui.loops.loop_dialog import LoopDialog
from ghostless.ui.main_window import MainWindow
from ghostless.ui.wizard.wizard import DisengageWizard
from tests.ui.test_dialogs import open_dialog, press_ok


def _rules(ledger: Ledger, loop_id: int) -> set[Rule]:
    return {o.window.rule for o in ReminderService(ledger).loop_agenda(loop_id)}


def test_a_new_offer_takes_its_deadline_typed_in_words(qtbot: QtBot, ledger: Ledger) -> None:
    amara = ledger.add_contact(name="Amara Okafor")
    dialog = open_dialog(qtbot, LoopDialog(ledger, contact_id=amara))
    assert not dialog.field_visible("deadline")  # a recruiter's message has none
    dialog.set_kind(LoopKind.JOB_OFFER)
    assert dialog.field_visible("deadline")
    qtbot.keyClicks(dialog.subject_edit, "Offer: Staff engineer")
    qtbot.keyClicks(dialog.deadline_edit.line_edit, "next friday 5pm")
    # Friday 20 November 2026 (the fixtures' clock): next Friday is the 27th, 17:00 Berlin.
    assert dialog.deadline_edit.preview_label.text() == "→ Fri 27 Nov 2026, 17:00"
    press_ok(qtbot, dialog)
    assert dialog.loop_id is not None
    deadline = ledger.follow_up_fields(dialog.loop_id).deadline
    assert deadline == datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
    owed = ReminderService(ledger).loop_agenda(dialog.loop_id)
    assert [o.window.action for o in owed] == [Action.ANSWER_OFFER]
    assert owed[0].window.overdue_at == deadline  # reminded 3 days and 1 day before


def test_an_unreadable_deadline_is_refused_beside_its_field(qtbot: QtBot, ledger: Ledger) -> None:
    amara = ledger.add_contact(name="Amara Okafor")
    dialog = open_dialog(qtbot, LoopDialog(ledger, contact_id=amara))
    dialog.set_kind(LoopKind.JOB_OFFER)
    qtbot.keyClicks(dialog.subject_edit, "Offer")
    qtbot.keyClicks(dialog.deadline_edit.line_edit, "whenever suits")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "not a time I understand" in dialog.field_error("deadline")
    assert ledger.list_loops() == []  # nothing half-written


def test_the_pane_sets_changes_and_clears_a_deadline(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    window, ledger = example_window, example_window.ledger
    contact = ledger.add_contact(name="Amara Okafor")
    offer = ledger.add_loop(contact_id=contact, kind=LoopKind.JOB_OFFER, subject="Offer")
    window.commands.records_changed.emit(offer)
    window.select_loop(offer)
    pane = window.detail_pane
    assert pane.deadline_label.text() == "None yet"
    pane.deadline_button.click()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, DeadlineDialog)
    qtbot.keyClicks(dialog.deadline_edit.line_edit, "2026-12-04 12:00")
    press_ok(qtbot, dialog)
    assert pane.deadline_label.text() == "Fri 4 Dec 2026, 12:00"
    assert not pane.clear_deadline_button.isHidden()
    assert "Answer the offer before its deadline" in pane.owed_label.text()
    pane.clear_deadline_button.click()
    assert ledger.follow_up_fields(offer).deadline is None
    assert pane.deadline_label.text() == "None yet"


def test_introduced_by_in_the_dialog_satisfies_the_reach_out_and_shows_in_the_pane(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    window, ledger = example_window, example_window.ledger
    referrer = ledger.add_contact(name="Sam Lee")
    intro = ledger.add_loop(contact_id=referrer, kind=LoopKind.INTRODUCTION, subject="Intro")
    assert Rule.REACH_OUT in _rules(ledger, intro)
    person = ledger.add_contact(name="Noor Haddad")
    dialog = open_dialog(qtbot, LoopDialog(ledger, contact_id=person))
    qtbot.keyClicks(dialog.subject_edit, "Data platform role")
    assert dialog.introducer_picker.select_contact(referrer)
    press_ok(qtbot, dialog)
    assert dialog.loop_id is not None
    assert ledger.follow_up_fields(dialog.loop_id).introduced_by == intro  # the same intro
    assert _rules(ledger, intro) == set()  # reaching out is done
    window.commands.records_changed.emit(dialog.loop_id)
    window.select_loop(dialog.loop_id)
    assert "Sam Lee" in window.detail_pane.introduced_label.text()
    window.detail_pane.unlink_button.click()
    assert ledger.follow_up_fields(dialog.loop_id).introduced_by is None
    assert Rule.REACH_OUT in _rules(ledger, intro)


def test_deciding_to_decline_starts_the_clock_and_opens_close_politely(
    example_window: MainWindow,
) -> None:
    window, ledger = example_window, example_window.ledger
    priya = next(loop for loop in ledger.list_loops() if loop.contact_name == "Priya Raman")
    window.select_loop(priya.id)
    pane = window.detail_pane
    assert not pane.decide_button.isHidden()
    pane.decide_button.click()
    assert ledger.follow_up_fields(priya.id).decline_decided_at == ledger.clock.now()
    assert _rules(ledger, priya.id) == {Rule.DECLINE}
    wizard = window.commands.last_dialog
    assert isinstance(wizard, DisengageWizard)
    wizard.reject()
    window.select_loop(priya.id)
    assert pane.decide_button.isHidden()
    assert "Decided to decline" in pane.decision_label.text()
    pane.undecide_button.click()
    assert ledger.follow_up_fields(priya.id).decline_decided_at is None
    assert ledger.loop(priya.id).status is LoopStatus.OPEN


def test_an_offer_note_can_be_dismissed_from_the_pane(example_window: MainWindow) -> None:
    window, ledger = example_window, example_window.ledger
    contact = ledger.add_contact(name="Amara Okafor")
    offer = ledger.add_loop(contact_id=contact, kind=LoopKind.JOB_OFFER, subject="Offer")
    ledger.set_deadline(offer, datetime(2026, 11, 27, 16, 0, tzinfo=UTC))
    priya = next(loop for loop in ledger.list_loops() if loop.contact_name == "Priya Raman")
    window.commands.records_changed.emit(priya.id)
    window.select_loop(priya.id)
    text = window.detail_pane.owed_label.text()
    assert "Tell them you have an offer to answer" in text
    key = f"{priya.id}:{Rule.TELL_DEADLINE}:{offer}"
    assert f"dismiss:{key}" in text
    window.detail_pane.owed_label.linkActivated.emit(f"dismiss:{key}")
    assert Rule.TELL_DEADLINE not in _rules(ledger, priya.id)
    assert "Tell them you have an offer" not in window.detail_pane.owed_label.text()


def test_the_pane_links_a_loop_to_the_person_who_introduced_it(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    window, ledger = example_window, example_window.ledger
    referrer = ledger.add_contact(name="Sam Lee")
    priya = next(loop for loop in ledger.list_loops() if loop.contact_name == "Priya Raman")
    window.select_loop(priya.id)
    pane = window.detail_pane
    assert pane.introduced_label.text() == "Nobody"
    assert not pane.link_button.isHidden()
    pane.link_button.click()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, IntroducedByDialog)
    press_ok(qtbot, dialog)
    assert "pick someone" in dialog.field_error("introduced_by")  # nobody chosen yet
    assert dialog.introducer_picker.select_contact(referrer)
    press_ok(qtbot, dialog)
    intro = ledger.follow_up_fields(priya.id).introduced_by
    assert intro is not None
    assert ledger.loop(intro).contact_id == referrer
    assert ledger.loop(intro).kind is LoopKind.INTRODUCTION
    assert "Sam Lee" in pane.introduced_label.text()
    assert pane.link_button.isHidden()


def test_dismissed_notes_can_be_brought_back_from_the_pane(example_window: MainWindow) -> None:
    window, ledger = example_window, example_window.ledger
    contact = ledger.add_contact(name="Amara Okafor")
    offer = ledger.add_loop(contact_id=contact, kind=LoopKind.JOB_OFFER, subject="Offer")
    ledger.set_deadline(offer, datetime(2026, 11, 27, 16, 0, tzinfo=UTC))
    priya = next(loop for loop in ledger.list_loops() if loop.contact_name == "Priya Raman")
    ledger.dismiss(priya.id, f"{priya.id}:{Rule.TELL_DEADLINE}:{offer}")
    window.commands.records_changed.emit(priya.id)
    window.select_loop(priya.id)
    assert "1 dismissed" in window.detail_pane.owed_label.text()
    window.detail_pane.owed_label.linkActivated.emit("undismiss:all")
    assert Rule.TELL_DEADLINE in _rules(ledger, priya.id)
    assert "dismissed" not in window.detail_pane.owed_label.text()
