"""The polite-disengagement wizard: every path, the live checker, resuming, sending."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.disengage import (
    SAFETY_NOTE,
    AfterSend,
    Boundary,
    Delivery,
    Reason,
    Situation,
)
from ghostless.core.draft_checker import FindingKind
from ghostless.core.models import EventKind, LoopStatus, Outcome
from ghostless.services.ledger import Ledger
from ghostless.services.mailto import parse_mailto
from ghostless.services.paths import database_path
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import MemorySecretStore, SecretsUnavailable
from ghostless.services.settings import SettingsService
from ghostless.ui.wizard import prefs
from ghostless.ui.wizard.finish import FinishRequest, FinishResult
from ghostless.ui.wizard.wizard import DisengageWizard, PageId
from tests.helpers.storefiles import dump

RAMBLING = (
    "Hi Priya,\n\nSorry for the slow reply, and sorry again, I apologise. I can't take this "
    "right now because my team is busy, since we ship in spring, and also, due to a move. "
    "Let's keep in touch and maybe down the road we'll grab coffee sometime.\n\nBest,\nSam"
)


class RecordingFinisher:
    """Stands in for the services: records every finish call."""

    def __init__(self) -> None:
        self.requests: list[FinishRequest] = []

    def finish(self, request: FinishRequest) -> FinishResult:
        self.requests.append(request)
        return FinishResult(closed=True)


class NoKeyring:
    """A secret store whose backend is missing, as on a desktop without a keyring."""

    def get(self, key: str) -> str | None:
        raise SecretsUnavailable("no keyring backend")

    def set(self, key: str, secret: str) -> None:
        raise SecretsUnavailable("no keyring backend")

    def delete(self, key: str) -> None:
        raise SecretsUnavailable("no keyring backend")


def loop_of(ledger: Ledger, name: str) -> int:
    return next(loop.id for loop in ledger.list_loops() if loop.contact_name.startswith(name))


@pytest.fixture
def opened_urls() -> list[QUrl]:
    return []


@pytest.fixture
def make(
    qtbot: QtBot, examples: Ledger, settings: QSettings, opened_urls: list[QUrl]
) -> Iterator[object]:
    made: list[DisengageWizard] = []

    def build(name: str = "Priya", **ports: object) -> DisengageWizard:
        ports.setdefault("secrets", MemorySecretStore())
        ports.setdefault("open_url", lambda url: opened_urls.append(url) or True)
        wizard = DisengageWizard(
            examples,
            loop_of(examples, name),
            settings=settings,
            reminders=ReminderService(examples),
            **ports,  # type: ignore[arg-type]
        )
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard

    yield build
    for wizard in made:
        wizard.hide()


def send_it(wizard: DisengageWizard) -> None:
    """Finish (the message is copied or handed over), then confirm "I sent it".

    Fields the template could not fill are left out first, as the user would.
    """
    wizard.send_page.leave_out_missing()
    wizard.accept()
    assert wizard.send_page.awaiting is wizard.state.delivery, wizard.last_error
    assert wizard.finish_result is None  # nothing recorded before the confirmation
    wizard.accept()


def finish_button_shown(wizard: DisengageWizard) -> bool:
    return wizard.button(QWizard.WizardButton.FinishButton).isVisible()


# -- the usual path --------------------------------------------------------------
def test_declining_a_recruiter_walks_the_four_steps_and_makes_one_call(make) -> None:  # type: ignore[no-untyped-def]
    finisher = RecordingFinisher()
    wizard = make(finisher=finisher)
    assert wizard.currentId() == PageId.ASSESS
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    assert wizard.currentId() == PageId.DRAFT
    assert "Priya" in wizard.draft_page.editor.text()
    wizard.next()
    assert wizard.currentId() == PageId.BOUNDARY
    wizard.boundary_page.choose(Boundary.CLOSE_DOOR)
    wizard.next()
    assert wizard.currentId() == PageId.SEND
    assert finish_button_shown(wizard)
    wizard.send_page.choose_delivery(Delivery.COPIED)
    send_it(wizard)
    assert len(finisher.requests) == 1
    state = finisher.requests[0].state
    assert (state.situation, state.boundary, state.delivery) == (
        Situation.NONE,
        Boundary.CLOSE_DOOR,
        Delivery.COPIED,
    )
    assert QGuiApplication.clipboard().text() == state.draft_body
    assert wizard.finish_result is not None


def test_finishing_records_the_message_and_closes_the_loop(make, examples: Ledger) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    loop_id = wizard.loop.id
    wizard.assess_page.choose(Reason.OVERLOAD)
    wizard.next()
    wizard.next()
    wizard.boundary_page.choose(Boundary.CLOSE_DOOR)
    wizard.next()
    wizard.send_page.choose_delivery(Delivery.COPIED)
    wizard.send_page.choose_after(AfterSend.MUTE)
    send_it(wizard)
    loop = examples.loop(loop_id)
    assert (loop.status, loop.outcome) == (LoopStatus.CLOSED, Outcome.DECLINED)
    sent = [e for e in examples.events(loop_id) if e.kind is EventKind.SENT]
    assert sent
    assert "Priya" in sent[-1].text
    assert examples.contact(loop.contact_id).muted
    assert ReminderService(examples).next_windows([loop_id]) == {}


def test_the_mail_client_gets_an_encoded_mailto(make, opened_urls: list[QUrl]) -> None:  # type: ignore[no-untyped-def]
    wizard = make(finisher=RecordingFinisher())
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.send_page.choose_delivery(Delivery.MAIL_CLIENT)
    wizard.send_page.leave_out_missing()
    wizard.accept()
    (url,) = opened_urls
    encoded = bytes(url.toEncoded().data()).decode()
    assert encoded.startswith("mailto:priya@northwind.example?subject=Re%3A%20Senior")
    assert "+" not in encoded
    assert "%0D%0A" in encoded
    assert parse_mailto(encoded)[2].replace("\r\n", "\n") == wizard.state.draft_body


def test_a_mail_client_that_does_not_open_writes_nothing(  # type: ignore[no-untyped-def]
    make, data_dir: Path
) -> None:
    wizard = make(open_url=lambda _url: False)
    wizard.assess_page.choose(Reason.DISINTEREST)
    for _ in range(3):
        wizard.next()
    wizard.send_page.choose_delivery(Delivery.MAIL_CLIENT)
    wizard.send_page.leave_out_missing()
    before = dump(database_path(data_dir))
    wizard.accept()
    assert "no mail client" in wizard.last_error
    assert wizard.isVisible()
    problem = wizard.send_page.problem_label
    assert problem.isVisibleTo(wizard)  # said in the window, not only on stderr
    assert "Nothing was recorded" in problem.text()
    assert wizard.send_page.awaiting is None
    assert dump(database_path(data_dir)) == before


# -- truthful sending -------------------------------------------------------------------
def test_an_opened_mail_link_records_nothing_until_the_user_says_it_went_out(  # type: ignore[no-untyped-def]
    make, examples: Ledger, data_dir: Path, opened_urls: list[QUrl]
) -> None:
    wizard = make()
    wizard.assess_page.choose(Reason.DISINTEREST)
    for _ in range(3):
        wizard.next()
    wizard.send_page.choose_delivery(Delivery.MAIL_CLIENT)
    wizard.send_page.leave_out_missing()
    before = dump(database_path(data_dir))
    wizard.accept()
    assert len(opened_urls) == 1
    assert dump(database_path(data_dir)) == before  # opened is not sent
    page = wizard.send_page
    assert page.handover_label.isVisibleTo(wizard)
    assert "I sent it" in wizard.button(QWizard.WizardButton.FinishButton).text().replace("&", "")
    page.not_sent_button.click()  # the mail client never showed up
    assert page.awaiting is None
    assert dump(database_path(data_dir)) == before
    wizard.accept()
    wizard.accept()  # "I sent it"
    assert len(opened_urls) == 2
    assert not examples.loop(wizard.loop.id).is_open
    assert [e for e in examples.events(wizard.loop.id) if e.kind is EventKind.SENT]


def test_a_copied_message_is_recorded_only_after_i_sent_it(  # type: ignore[no-untyped-def]
    make, examples: Ledger, data_dir: Path
) -> None:
    wizard = make()
    wizard.assess_page.choose(Reason.DISINTEREST)
    for _ in range(3):
        wizard.next()
    wizard.send_page.choose_delivery(Delivery.COPIED)
    wizard.send_page.leave_out_missing()
    before = dump(database_path(data_dir))
    wizard.accept()
    assert QGuiApplication.clipboard().text() == wizard.state.draft_body
    assert dump(database_path(data_dir)) == before
    assert wizard.isVisible()
    wizard.reject()  # closed without confirming: still nothing recorded
    assert dump(database_path(data_dir)) == before


def test_unfilled_fields_block_sending_until_filled_or_left_out(  # type: ignore[no-untyped-def]
    make, examples: Ledger, data_dir: Path
) -> None:
    wizard = make()
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    assert "[role?]" in wizard.draft_page.editor.text()
    wizard.next()
    wizard.next()
    page = wizard.send_page
    page.choose_delivery(Delivery.COPIED)
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert page.missing_label.isVisibleTo(wizard)
    before = dump(database_path(data_dir))
    wizard.accept()  # even when forced, nothing goes out
    assert dump(database_path(data_dir)) == before
    assert page.awaiting is None
    page.remove_missing_button.click()  # leave them out, on purpose
    assert "?]" not in wizard.state.draft_body
    assert page.isComplete()
    send_it(wizard)
    (sent,) = [e for e in examples.events(wizard.loop.id) if e.kind is EventKind.SENT]
    assert "?]" not in sent.text


def test_not_now_with_a_check_in_date_becomes_a_reminder(make, examples: Ledger) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.OVERLOAD)
    wizard.next()
    wizard.next()
    page = wizard.boundary_page
    page.choose(Boundary.NOT_NOW)
    page.check_in_check.setChecked(True)
    day = wizard.today() + timedelta(days=30)
    page.check_in_edit.setDate(page.check_in_edit.date().addDays(30 - 90))
    assert wizard.state.check_in == day
    wizard.next()
    wizard.send_page.choose_delivery(Delivery.COPIED)
    assert "check in" in wizard.send_page.summary_label.text()
    send_it(wizard)
    result = wizard.finish_result
    assert result is not None
    assert result.sent is not None
    check_in = examples.loop(result.sent.check_in_loop_id or 0)
    assert check_in.is_open
    assert "Check in" in check_in.subject


# -- exceptions --------------------------------------------------------------------
def test_safety_goes_straight_to_blocking_and_says_so_plainly(make, examples: Ledger) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.AVOIDING, Situation.SAFETY)
    assert "Your safety comes before etiquette" in wizard.assess_page.note.text()
    wizard.next()
    assert wizard.currentId() == PageId.BLOCK
    assert SAFETY_NOTE in wizard.block_page.note.text()
    assert "You owe this person no reply" in wizard.block_page.note.text()
    assert wizard.nextId() == -1
    assert finish_button_shown(wizard)
    wizard.block_page.reason_edit.setText("threatening messages")
    wizard.accept()
    loop = examples.loop(wizard.loop.id)
    contact = examples.contact(loop.contact_id)
    assert loop.outcome is Outcome.BLOCKED
    assert contact.blocked
    assert contact.block_reason == "threatening messages"
    assert not [e for e in examples.events(loop.id) if e.kind is EventKind.SENT]


def test_spam_offers_mute_or_block_with_one_call(make) -> None:  # type: ignore[no-untyped-def]
    finisher = RecordingFinisher()
    wizard = make(finisher=finisher)
    wizard.assess_page.choose(Reason.DISINTEREST, Situation.SPAM)
    wizard.next()
    assert wizard.currentId() == PageId.MUTE_OR_BLOCK
    assert wizard.state.after is AfterSend.MUTE
    wizard.mute_page.choose(AfterSend.BLOCK)
    assert wizard.nextId() == -1
    wizard.accept()
    (request,) = finisher.requests
    assert request.state.after is AfterSend.BLOCK
    assert request.state.flags_confirmed


def test_spam_muted_closes_as_no_response(make, examples: Ledger) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.DISINTEREST, Situation.SPAM)
    wizard.next()
    wizard.accept()
    loop = examples.loop(wizard.loop.id)
    assert loop.outcome is Outcome.NO_RESPONSE
    assert examples.contact(loop.contact_id).muted


def test_a_crisis_turns_away_mode_on_and_keeps_the_loop(make, examples: Ledger) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.OVERLOAD, Situation.CRISIS)
    wizard.next()
    assert wizard.currentId() == PageId.AWAY
    assert wizard.nextId() == -1
    wizard.accept()
    assert ReminderService(examples).away() is not None
    assert examples.loop(wizard.loop.id).is_open
    assert wizard.finish_result == FinishResult(closed=False, away=True)


def test_a_crisis_may_send_a_step_back_message_first(make, examples: Ledger) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.OVERLOAD, Situation.CRISIS)
    wizard.next()
    wizard.away_page.message_check.setChecked(True)
    assert wizard.nextId() == PageId.DRAFT
    wizard.next()
    assert wizard.draft_page.current_key() == "builtin:step_back"
    wizard.next()
    assert wizard.currentId() == PageId.SEND
    wizard.send_page.choose_delivery(Delivery.COPIED)
    send_it(wizard)
    assert examples.loop(wizard.loop.id).outcome is Outcome.WITHDRAWN
    assert ReminderService(examples).away() is not None


def test_a_power_dynamic_may_step_away_quietly(make, examples: Ledger) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.AVOIDING, Situation.POWER)
    wizard.next()
    assert wizard.currentId() == PageId.QUIET
    assert wizard.nextId() == PageId.DRAFT  # a minimal acknowledgment is offered first
    wizard.quiet_page.choose(quietly=True)
    assert wizard.nextId() == -1
    wizard.accept()
    loop = examples.loop(wizard.loop.id)
    assert loop.outcome is Outcome.WITHDRAWN
    assert not [e for e in examples.events(loop.id) if e.kind is EventKind.SENT]


def test_a_power_dynamic_gets_a_minimal_acknowledgment(make) -> None:  # type: ignore[no-untyped-def]
    finisher = RecordingFinisher()
    wizard = make(finisher=finisher)
    wizard.assess_page.choose(Reason.AVOIDING, Situation.POWER)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PageId.DRAFT
    assert "step back" in wizard.draft_page.editor.text().lower()
    wizard.next()
    assert wizard.currentId() == PageId.SEND  # no boundary step: stepping back is implied
    wizard.send_page.choose_delivery(Delivery.COPIED)
    send_it(wizard)
    assert len(finisher.requests) == 1


# -- the draft ------------------------------------------------------------------------
def test_the_checker_runs_live_and_marks_what_it_finds(make, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    editor = wizard.draft_page.editor
    editor.set_text("Hi Priya, sorry, I can't take this on.")
    assert FindingKind.OVER_APOLOGY not in {finding.finding for finding in editor.findings}
    editor.edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.edit, " I apologise. Let's keep in touch!")
    kinds = {finding.finding for finding in editor.findings}
    assert {FindingKind.OVER_APOLOGY, FindingKind.VAGUE_PROMISE} <= kinds
    assert editor.findings_list.count() == len(editor.findings)
    assert len(editor.edit.extraSelections()) >= 2
    assert "→" in editor.findings_list.item(0).text()
    assert wizard.state.draft_body.endswith("keep in touch!")


def test_rules_can_be_switched_off_and_the_limit_changed(make, examples: Ledger) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    wizard.draft_page.editor.set_text(RAMBLING)
    dialog = wizard.checker_settings()
    dialog.checks[FindingKind.OVER_APOLOGY].setChecked(False)
    dialog.limit_spin.setValue(30)
    dialog.accept()
    kinds = {finding.finding for finding in wizard.draft_page.editor.findings}
    assert FindingKind.OVER_APOLOGY not in kinds
    assert FindingKind.TOO_LONG in kinds
    # Saved with every other setting, where `ghostless draft check` reads them too.
    stored = SettingsService(examples).checker_options()
    assert stored.word_limit == 30
    assert FindingKind.OVER_APOLOGY in stored.disabled


def test_checker_options_kept_in_window_ini_move_into_the_settings(
    make, examples: Ledger, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    settings.setValue("checker/word_limit", 80)
    settings.setValue("checker/disabled", "no_thanks")
    wizard = make()
    assert wizard.checker_options.word_limit == 80
    assert SettingsService(examples).current().draft_checks_off == {"no_thanks"}
    assert not settings.contains("checker/word_limit")


def test_a_missing_field_is_shown_not_a_crash(make) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    page = wizard.draft_page
    assert "[role?]" in page.editor.text()
    assert page.editor.missing_label.isVisibleTo(wizard)
    assert "role" in page.editor.missing_label.text()
    page.name_edit.setText("Sam Doe")
    page.name_edit.editingFinished.emit()
    assert "[my_name?]" not in page.editor.text()
    assert "Sam Doe" in page.editor.text()


def test_a_late_reply_is_offered_the_apology_opener(  # type: ignore[no-untyped-def]
    make, clock: FixedClock
) -> None:
    clock.advance(days=3)
    wizard = make()
    wizard.assess_page.choose(Reason.AVOIDING)
    wizard.next()
    page = wizard.draft_page
    assert wizard.late
    assert page.late_frame.isVisibleTo(wizard)
    page.apology_button.click()
    assert "Sorry for the slow reply." in page.editor.text()
    assert not page.apology_button.isEnabled()


def test_no_apology_is_offered_in_time(make) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.AVOIDING)
    wizard.next()
    assert not wizard.late
    assert not wizard.draft_page.late_frame.isVisibleTo(wizard)


def test_softer_wording_and_another_template(make) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    page = wizard.draft_page
    direct = page.editor.text()
    page.softer_check.setChecked(True)
    assert page.editor.text() != direct
    assert wizard.state.directness == "softer"
    page.template_combo.setCurrentIndex(1)
    assert wizard.state.template_key == page.current_key()


def test_changing_the_boundary_re_suggests_the_template(make) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    wizard.next()
    page = wizard.boundary_page
    assert wizard.state.boundary is Boundary.NOT_NOW  # the door-open template's boundary
    page.choose(Boundary.STEP_BACK)
    assert wizard.state.template_key == "builtin:step_back"
    assert wizard.state.draft_body == wizard.auto_body
    wizard.back()
    wizard.draft_page.editor.set_text("Hi Priya, thanks, but no. Sam")
    wizard.next()
    page.choose(Boundary.CLOSE_DOOR)
    assert wizard.state.draft_body == "Hi Priya, thanks, but no. Sam"  # edited: kept
    assert page.use_template_button.isVisibleTo(wizard)
    page.use_template_button.click()
    assert wizard.state.draft_body == wizard.auto_body


# -- remembering --------------------------------------------------------------------
def test_closed_halfway_it_reopens_where_it_was(make, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.OVERLOAD)
    wizard.next()
    wizard.draft_page.editor.set_text("Hi Priya, thanks, but I'll pass. Sam")
    wizard.next()
    wizard.reject()
    stored = str(settings.value(f"wizard/state/{wizard.loop.id}"))
    assert "I'll pass" in stored
    assert "password" not in stored
    again = make()
    assert again.resumed
    assert again.currentId() == PageId.BOUNDARY
    assert again.state.draft_body == "Hi Priya, thanks, but I'll pass. Sam"
    again.back()
    assert again.draft_page.editor.text() == "Hi Priya, thanks, but I'll pass. Sam"
    again.next()
    again.next()
    again.send_page.choose_delivery(Delivery.COPIED)
    send_it(again)
    assert settings.value(f"wizard/state/{wizard.loop.id}") is None


# -- sending over SMTP --------------------------------------------------------------
def test_without_a_keyring_it_says_so_and_offers_the_other_ways(  # type: ignore[no-untyped-def]
    make, settings: QSettings
) -> None:
    wizard = make(secrets=NoKeyring())
    wizard.assess_page.choose(Reason.DISINTEREST)
    for _ in range(3):
        wizard.next()
    page = wizard.send_page
    dialog = wizard.mail_settings()
    dialog.host_edit.setText("smtp.example.com")
    dialog.username_edit.setText("sam")
    dialog.from_edit.setText("sam@example.com")
    dialog.password_edit.setText("s3cret-pass")
    dialog.accept()
    assert dialog.keyring_failed
    assert dialog.isVisible()
    assert "not available" in dialog.error_label.text()
    dialog.reject()
    assert not page.delivery_buttons[Delivery.SMTP].isEnabled()
    assert "Copy the message or open it in your mail client" in page.smtp_label.text()
    assert page.delivery_buttons[Delivery.COPIED].isEnabled()
    assert page.delivery_buttons[Delivery.MAIL_CLIENT].isEnabled()
    settings.sync()
    with open(settings.fileName(), encoding="utf-8") as ini:
        assert "s3cret-pass" not in ini.read()


def test_the_mail_password_goes_to_the_secret_store_only(  # type: ignore[no-untyped-def]
    make, settings: QSettings
) -> None:
    secrets = MemorySecretStore()
    wizard = make(secrets=secrets)
    wizard.assess_page.choose(Reason.DISINTEREST)
    for _ in range(3):
        wizard.next()
    page = wizard.send_page
    assert not page.smtp_ready
    dialog = wizard.mail_settings()
    dialog.host_edit.setText("smtp.example.com")
    dialog.security_combo.setCurrentIndex(1)
    dialog.username_edit.setText("sam")
    dialog.from_edit.setText("sam@example.com")
    dialog.password_edit.setText("s3cret-pass")
    dialog.accept()
    assert secrets.get("smtp:sam@smtp.example.com") == "s3cret-pass"
    smtp = prefs.smtp_settings(settings)
    assert smtp is not None
    assert (smtp.port, smtp.security.value) == (587, "starttls")
    assert page.smtp_ready
    assert page.delivery_buttons[Delivery.SMTP].isEnabled()
    with open(settings.fileName(), encoding="utf-8") as ini:
        assert "s3cret-pass" not in ini.read()


def test_a_failed_smtp_send_keeps_the_wizard_open(
    make, examples: Ledger, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    secrets = MemorySecretStore()
    wizard = make(secrets=secrets)
    prefs.set_smtp_settings(
        settings,
        prefs.SmtpSettings("127.0.0.1", 9, prefs.Security.IMPLICIT_TLS, "", "sam@example.com"),
    )
    wizard.assess_page.choose(Reason.DISINTEREST)
    for _ in range(3):
        wizard.next()
    wizard.send_page.refresh_smtp()
    wizard.send_page.choose_delivery(Delivery.SMTP)
    wizard.send_page.leave_out_missing()
    wizard.accept()
    assert "nothing was sent" in wizard.last_error
    assert examples.loop(wizard.loop.id).is_open


def test_a_loop_closed_meanwhile_is_an_error_not_a_crash(make, examples: Ledger) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.DISINTEREST)
    for _ in range(3):
        wizard.next()
    examples.close_loop(wizard.loop.id, Outcome.REPLIED)
    wizard.send_page.choose_delivery(Delivery.COPIED)
    send_it(wizard)
    assert "already closed" in wizard.last_error


def test_state_needs_the_check_in_to_go_with_not_now(make) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    wizard.next()
    wizard.boundary_page.choose(Boundary.NOT_NOW)
    wizard.boundary_page.check_in_check.setChecked(True)
    wizard.boundary_page.choose(Boundary.CLOSE_DOOR)
    assert wizard.state.check_in is None
    assert isinstance(wizard.today(), date)


def test_the_wizard_window_is_usable_from_the_keyboard(make, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    qtbot.keyClick(wizard.assess_page.reason_buttons[Reason.DISINTEREST], Qt.Key.Key_Space)
    assert wizard.state.reason is Reason.DISINTEREST


def test_harassment_goes_straight_through_without_asking_why(make) -> None:  # type: ignore[no-untyped-def]
    wizard = make()
    wizard.assess_page.choose(situation=Situation.SAFETY)
    assert not wizard.assess_page.reason_box.isEnabled()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PageId.BLOCK
