"""Dialogs write through the ledger on OK; refused input keeps them open and writes nothing."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ghostless.core.models import EventKind, LoopKind, Outcome
from ghostless.services.ledger import Ledger, contacts_of, store_of
from ghostless.ui.common.form_dialog import FormDialog
from ghostless.ui.common.local_time import to_wall_clock
from ghostless.ui.contacts.contact_dialog import ContactDialog
from ghostless.ui.loops.close_dialog import CloseDialog
from ghostless.ui.loops.contact_picker import CONTACT_ID_ROLE, SUGGESTIONS, ContactSuggestionModel
from ghostless.ui.loops.event_dialog import EventDialog
from ghostless.ui.loops.loop_dialog import NEW_CONTACT, NO_CONTACT, LoopDialog

_Dialog = TypeVar("_Dialog", bound=FormDialog)


def press_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def open_dialog(qtbot: QtBot, dialog: _Dialog) -> _Dialog:
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_contact_dialog_adds_a_contact(qtbot: QtBot, ledger: Ledger) -> None:
    dialog = open_dialog(qtbot, ContactDialog(ledger, None, None))
    qtbot.keyClicks(dialog.name_edit, "Ada  Lovelace")
    qtbot.keyClicks(dialog.email_edit, "ada@engine.example")
    qtbot.keyClicks(dialog.url_edit, "example.org/ada")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.contact_id is not None
    contact = ledger.contact(dialog.contact_id)
    assert (contact.name, contact.url) == ("Ada Lovelace", "https://example.org/ada")


def test_a_refused_field_keeps_the_dialog_open_and_writes_nothing(
    qtbot: QtBot, ledger: Ledger
) -> None:
    dialog = open_dialog(qtbot, ContactDialog(ledger, None, None))
    qtbot.keyClicks(dialog.name_edit, "Ada")
    qtbot.keyClicks(dialog.email_edit, "not an address")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "is not an e-mail address" in dialog.field_error("email")
    assert dialog.field_error("name") == ""
    assert contacts_of(ledger).count() == 0
    # Fixing the field and pressing OK again goes through.
    dialog.email_edit.setText("ada@engine.example")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.field_error("email") == ""
    assert contacts_of(ledger).count() == 1


def test_contact_dialog_edits_and_keeps_tags(qtbot: QtBot, ledger: Ledger) -> None:
    contact_id = ledger.add_contact(name="Ada", tags=["mentor"])
    dialog = open_dialog(qtbot, ContactDialog(ledger, ledger.contact(contact_id), None))
    assert dialog.name_edit.text() == "Ada"
    dialog.org_edit.setText("Analytical Engines")
    press_ok(qtbot, dialog)
    changed = ledger.contact(contact_id)
    assert (changed.org, changed.tags) == ("Analytical Engines", ("mentor",))


def test_loop_dialog_creates_contact_and_loop_together(qtbot: QtBot, ledger: Ledger) -> None:
    dialog = open_dialog(qtbot, LoopDialog(ledger))
    assert dialog.contact_picker.contact_id() == NEW_CONTACT
    assert dialog.new_name_edit.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.new_name_edit, "Priya Raman")
    qtbot.keyClicks(dialog.new_org_edit, "Northwind Talent")
    dialog.set_kind(LoopKind.RECRUITER_OUTREACH)
    qtbot.keyClicks(dialog.subject_edit, "Senior backend role")
    dialog.when_edit.setDateTime(to_wall_clock(ledger.clock.now(), ledger.zone).addDays(-1))
    qtbot.keyClicks(dialog.text_edit, "Open to a chat?")
    press_ok(qtbot, dialog)
    assert dialog.loop_id is not None
    loop = ledger.loop(dialog.loop_id)
    assert (loop.contact_name, loop.contact_org, loop.subject) == (
        "Priya Raman",
        "Northwind Talent",
        "Senior backend role",
    )
    (event,) = ledger.events(loop.id)
    assert (event.kind, event.text) == (EventKind.RECEIVED, "Open to a chat?")
    # Typed in Berlin wall-clock time: 15:00 local yesterday is 14:00 UTC.
    assert event.at == datetime.fromisoformat("2026-11-19T14:00:00+00:00")


def test_loop_dialog_error_in_the_loop_leaves_no_stray_contact(
    qtbot: QtBot, ledger: Ledger
) -> None:
    dialog = open_dialog(qtbot, LoopDialog(ledger))
    qtbot.keyClicks(dialog.new_name_edit, "Priya Raman")
    press_ok(qtbot, dialog)  # no subject
    assert dialog.isVisible()
    assert "needs a subject" in dialog.field_error("subject")
    assert ledger.is_empty()


def test_loop_dialog_points_at_a_missing_contact_name(qtbot: QtBot, ledger: Ledger) -> None:
    dialog = open_dialog(qtbot, LoopDialog(ledger))
    qtbot.keyClicks(dialog.subject_edit, "Coffee chat")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.field_error("name") == "a contact needs a name"
    assert ledger.is_empty()


def test_an_inline_error_clears_once_the_field_is_fixed(qtbot: QtBot, ledger: Ledger) -> None:
    dialog = open_dialog(qtbot, LoopDialog(ledger))
    qtbot.keyClicks(dialog.subject_edit, "Coffee chat")
    press_ok(qtbot, dialog)
    assert dialog.field_error("name") == "a contact needs a name"
    qtbot.keyClicks(dialog.new_name_edit, "Ada")
    assert dialog.field_error("name") == ""  # gone as soon as it is fixed
    dialog.subject_edit.clear()
    press_ok(qtbot, dialog)
    assert dialog.field_error("subject")
    qtbot.keyClicks(dialog.subject_edit, "Lunch")
    assert dialog.field_error("subject") == ""


def test_loop_dialog_edits_a_loop_without_its_first_event(qtbot: QtBot, ledger: Ledger) -> None:
    ada = ledger.add_contact(name="Ada")
    grace = ledger.add_contact(name="Grace", org="Navy")
    loop_id = ledger.add_loop(contact_id=ada, kind=LoopKind.OTHER, subject="Lunch")
    dialog = open_dialog(qtbot, LoopDialog(ledger, ledger.loop(loop_id)))
    assert not dialog.when_edit.isVisibleTo(dialog)
    assert not dialog.new_name_edit.isVisibleTo(dialog)
    dialog.select_contact(grace)
    dialog.set_kind(LoopKind.NETWORKING_CALL)
    dialog.subject_edit.setText("Lunch and a talk")
    press_ok(qtbot, dialog)
    loop = ledger.loop(loop_id)
    assert (loop.contact_name, loop.kind, loop.subject) == (
        "Grace",
        LoopKind.NETWORKING_CALL,
        "Lunch and a talk",
    )
    assert len(ledger.events(loop_id)) == 1


def test_event_and_close_dialogs(qtbot: QtBot, ledger: Ledger) -> None:
    ada = ledger.add_contact(name="Ada")
    loop_id = ledger.add_loop(contact_id=ada, kind=LoopKind.OTHER, subject="Lunch")
    log = open_dialog(qtbot, EventDialog(ledger, ledger.loop(loop_id), EventKind.SENT))
    assert log.kind() is EventKind.SENT
    qtbot.keyClicks(log.text_edit, "Thursday works for me.")
    press_ok(qtbot, log)
    assert log.event_id is not None
    assert ledger.events(loop_id)[-1].text == "Thursday works for me."
    close = open_dialog(qtbot, CloseDialog(ledger, ledger.loop(loop_id)))
    close.set_outcome(Outcome.COMPLETED)
    assert "done" in close.hint_label.text()
    press_ok(qtbot, close)
    assert ledger.loop(loop_id).outcome is Outcome.COMPLETED


def test_close_dialog_reports_a_loop_already_closed(qtbot: QtBot, ledger: Ledger) -> None:
    ada = ledger.add_contact(name="Ada")
    loop_id = ledger.add_loop(contact_id=ada, kind=LoopKind.OTHER, subject="Lunch")
    stale = ledger.loop(loop_id)
    ledger.close_loop(loop_id, Outcome.REPLIED)
    close = open_dialog(qtbot, CloseDialog(ledger, stale))
    press_ok(qtbot, close)
    assert close.isVisible()
    assert "already closed" in close.error_label.text()
    assert ledger.loop(loop_id).outcome is Outcome.REPLIED


def test_loop_dialog_finds_a_contact_as_you_type(qtbot: QtBot, ledger: Ledger) -> None:
    ledger.add_contact(name="Ada Lovelace", org="Analytical Engines")
    grace = ledger.add_contact(name="Grace Hopper", org="Navy")
    dialog = open_dialog(qtbot, LoopDialog(ledger))
    picker = dialog.contact_picker
    # People to pick from: nobody picked yet, and no new-contact fields.
    assert picker.contact_id() == NO_CONTACT
    assert not dialog.new_name_edit.isVisibleTo(dialog)
    qtbot.keyClicks(picker.line_edit, "hop")
    popup = picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    # One match, then the offer to add a new person.
    assert picker.model.rowCount() == 2
    assert picker.model.index(0, 0).data() == "Grace Hopper (Navy)"
    assert picker.model.index(1, 0).data() == "New contact “hop”…"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.contact_id() == grace
    assert picker.line_edit.text() == "Grace Hopper (Navy)"
    qtbot.keyClicks(dialog.subject_edit, "Compilers")
    press_ok(qtbot, dialog)
    assert dialog.loop_id is not None
    assert ledger.loop(dialog.loop_id).contact_id == grace


def test_loop_dialog_adds_a_new_contact_from_what_was_typed(qtbot: QtBot, ledger: Ledger) -> None:
    ledger.add_contact(name="Ada Lovelace")
    dialog = open_dialog(qtbot, LoopDialog(ledger))
    picker = dialog.contact_picker
    qtbot.keyClicks(picker.line_edit, "Priya Raman")
    popup = picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert picker.model.rowCount() == 1  # nobody matches: only "New contact “Priya Raman”…"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.contact_id() == NEW_CONTACT
    assert dialog.new_name_edit.isVisibleTo(dialog)
    assert dialog.new_name_edit.text() == "Priya Raman"
    qtbot.keyClicks(dialog.new_org_edit, "Northwind Talent")
    qtbot.keyClicks(dialog.subject_edit, "Senior backend role")
    press_ok(qtbot, dialog)
    assert dialog.loop_id is not None
    loop = ledger.loop(dialog.loop_id)
    assert (loop.contact_name, loop.contact_org) == ("Priya Raman", "Northwind Talent")
    # Typing over a choice un-makes it: the new-contact fields go away again.
    picker.line_edit.setFocus()
    qtbot.keyClicks(picker.line_edit, "x")
    assert picker.contact_id() == NO_CONTACT


def test_loop_dialog_without_a_picked_contact_says_so(qtbot: QtBot, ledger: Ledger) -> None:
    ledger.add_contact(name="Ada Lovelace")
    dialog = open_dialog(qtbot, LoopDialog(ledger))
    qtbot.keyClicks(dialog.subject_edit, "Coffee chat")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "pick someone from the list" in dialog.field_error("contact")
    assert ledger.count_loops() == 0


def test_contact_suggestions_ask_the_store_for_a_few_only(
    qtmodeltester: ModelTester, ledger: Ledger
) -> None:
    with store_of(ledger).write():
        for number in range(SUGGESTIONS + 20):
            ledger.add_contact(name=f"Person {number:03}")
    model = ContactSuggestionModel(ledger)
    model.set_text("person")
    assert model.rowCount() == SUGGESTIONS + 1  # and "New contact…"
    assert model.index(0, 0).data(CONTACT_ID_ROLE) == contacts_of(ledger).search("Person 000")[0].id
    assert model.index(SUGGESTIONS, 0).data(CONTACT_ID_ROLE) == NEW_CONTACT
    qtmodeltester.check(model)
    model.set_text("")
    assert model.index(SUGGESTIONS, 0).data() == "New contact…"
    qtmodeltester.check(model)


def test_what_happened_fits_the_kind_of_loop(qtbot: QtBot, ledger: Ledger) -> None:
    from ghostless.core.models import LoopKind
    from ghostless.ui.loops.loop_dialog import LoopDialog

    dialog = LoopDialog(ledger)
    qtbot.addWidget(dialog)
    hints = set()
    for kind in (LoopKind.HELP_RECEIVED, LoopKind.PROMISE_MINE, LoopKind.RECRUITER_OUTREACH):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind.value))
        hints.add(dialog.text_edit.placeholderText())
        assert not dialog.text_edit.placeholderText().startswith("Message received")
    assert len(hints) == 3


def test_contact_dialog_sets_a_keep_in_touch_cadence(qtbot: QtBot, ledger: Ledger) -> None:
    from ghostless.services.keep_in_touch import KeepInTouchService

    contact_id = ledger.add_contact(name="Ada")
    dialog = open_dialog(qtbot, ContactDialog(ledger, ledger.contact(contact_id), None))
    assert dialog.keep_edit.text() == ""
    dialog.keep_edit.setText("every now and then")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "is not a cadence" in dialog.field_error("keep_in_touch")
    dialog.keep_edit.setText("6 weeks")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert KeepInTouchService(ledger).contact_cadence(contact_id) == 42
    again = open_dialog(qtbot, ContactDialog(ledger, ledger.contact(contact_id), None))
    assert again.keep_edit.text() == "6 weeks"
