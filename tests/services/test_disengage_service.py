"""Send and close: one transaction, and a closed loop never reminds again."""

from __future__ import annotations

from datetime import date

import pytest

from ghostless.core.disengage import AfterSend, Delivery
from ghostless.core.errors import InputError
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Outcome
from ghostless.services.disengage import DisengageService
from ghostless.services.ledger import Ledger, contacts_of, store_of
from ghostless.services.mailer import MailError, OutgoingMessage
from tests.conftest import FRIDAY


class FakeMailer:
    def __init__(self, error: Exception | None = None) -> None:
        self.sent: list[OutgoingMessage] = []
        self.error = error

    def send(self, message: OutgoingMessage) -> str:
        if self.error:
            raise self.error
        self.sent.append(message)
        return "<1@example.org>"


def _loop(ledger: Ledger, email: str = "dana@example.org") -> tuple[int, int]:
    contact = ledger.add_contact(name="Dana Whitfield", email=email, org="Brightwater")
    loop = ledger.add_loop(contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH,
                           subject="Platform lead", at=FRIDAY, text="Open to a chat?")  # fmt: skip
    return contact, loop


def _windows(ledger: Ledger, loop_id: int) -> tuple[int, int]:
    conn = store_of(ledger).conn
    rows = conn.execute("SELECT count(*) FROM loop_windows WHERE loop_id = ?", (loop_id,))
    reminders = conn.execute("SELECT count(*) FROM window_reminders WHERE loop_id = ?", (loop_id,))
    return int(rows.fetchone()[0]), int(reminders.fetchone()[0])


def test_send_and_close_records_closes_and_stops_reminders(ledger: Ledger) -> None:
    contact, loop = _loop(ledger)
    assert _windows(ledger, loop)[0] > 0
    result = DisengageService(ledger).send_and_close(
        loop, subject="Re: Platform lead", body="Thanks, Dana, but I'll pass.",
        outcome=Outcome.DECLINED, how=Delivery.COPIED,
    )  # fmt: skip
    closed = ledger.loop(loop)
    assert closed.status is LoopStatus.CLOSED
    assert closed.outcome is Outcome.DECLINED
    sent = [e for e in ledger.events(loop) if e.kind is EventKind.SENT]
    assert [e.id for e in sent] == [result.event_id]
    assert "I'll pass" in sent[0].text
    assert _windows(ledger, loop) == (0, 0)
    assert not ledger.contact(contact).muted


def test_mute_or_block_after_sending_in_the_same_transaction(ledger: Ledger) -> None:
    contact, loop = _loop(ledger)
    other = ledger.add_loop(contact_id=contact, kind=LoopKind.OTHER, subject="Another",
                            at=FRIDAY)  # fmt: skip
    DisengageService(ledger).send_and_close(
        loop, subject="", body="No, thank you.", outcome=Outcome.DECLINED,
        how=Delivery.MAIL_CLIENT, after=AfterSend.BLOCK, reason="kept writing after a no",
    )  # fmt: skip
    assert ledger.contact(contact).blocked
    assert ledger.contact(contact).block_reason == "kept writing after a no"
    assert _windows(ledger, other) == (0, 0)


def test_a_failure_inside_writes_nothing(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    _, loop = _loop(ledger)
    service = DisengageService(ledger)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(contacts_of(ledger), "set_flags", broken)
    with pytest.raises(RuntimeError):
        service.send_and_close(loop, subject="", body="No, thanks.", outcome=Outcome.DECLINED,
                               how=Delivery.COPIED, after=AfterSend.MUTE)  # fmt: skip
    assert ledger.loop(loop).status is LoopStatus.OPEN
    assert [e.kind for e in ledger.events(loop)] == [EventKind.RECEIVED]
    assert _windows(ledger, loop)[0] > 0


def test_smtp_sends_first_and_a_failed_send_writes_nothing(ledger: Ledger) -> None:
    _, loop = _loop(ledger)
    failing = DisengageService(ledger, FakeMailer(MailError("refused")))
    with pytest.raises(MailError):
        failing.send_and_close(loop, subject="Re: x", body="No, thanks.",
                               outcome=Outcome.DECLINED, how=Delivery.SMTP)  # fmt: skip
    assert ledger.loop(loop).status is LoopStatus.OPEN
    assert len(ledger.events(loop)) == 1
    mailer = FakeMailer()
    result = DisengageService(ledger, mailer).send_and_close(
        loop, subject="Re: x", body="No, thanks.", outcome=Outcome.DECLINED, how=Delivery.SMTP
    )
    assert result.message_id == "<1@example.org>"
    assert mailer.sent == [OutgoingMessage("dana@example.org", "Re: x", "No, thanks.")]


def test_smtp_needs_an_address_and_a_mailer(ledger: Ledger) -> None:
    _, loop = _loop(ledger, email="")
    with pytest.raises(InputError, match="no mail server"):
        DisengageService(ledger).send_and_close(
            loop, subject="", body="No.", outcome=Outcome.DECLINED, how=Delivery.SMTP
        )
    with pytest.raises(InputError, match="no e-mail address"):
        DisengageService(ledger, FakeMailer()).send_and_close(
            loop, subject="", body="No.", outcome=Outcome.DECLINED, how=Delivery.SMTP
        )


def test_not_now_with_a_check_in_date_becomes_a_future_reminder(ledger: Ledger) -> None:
    contact, loop = _loop(ledger)
    result = DisengageService(ledger).send_and_close(
        loop, subject="", body="Thanks; not right now. I'll check in on 1 March.",
        outcome=Outcome.DECLINED, how=Delivery.COPIED, check_in=date(2027, 3, 1),
    )  # fmt: skip
    assert result.check_in_loop_id is not None
    check_in = ledger.loop(result.check_in_loop_id)
    assert check_in.kind is LoopKind.PROMISE_MINE
    assert check_in.contact_id == contact
    deadline = ledger.follow_up_fields(check_in.id).deadline
    assert deadline is not None
    assert deadline.astimezone(ledger.zone).date() == date(2027, 3, 1)
    assert _windows(ledger, check_in.id)[0] > 0
    assert _windows(ledger, loop) == (0, 0)
    other = _loop(ledger)[1]
    with pytest.raises(InputError, match="future"):
        DisengageService(ledger).send_and_close(
            other, subject="", body="x", outcome=Outcome.DECLINED, how=Delivery.COPIED,
            check_in=date(2020, 1, 1),
        )  # fmt: skip


def test_block_mute_and_quiet_paths(ledger: Ledger) -> None:
    service = DisengageService(ledger)
    contact, loop = _loop(ledger)
    service.block(loop, "threatening messages")
    assert ledger.loop(loop).outcome is Outcome.BLOCKED
    assert ledger.contact(contact).blocked
    assert ledger.events(loop)[-1].kind is EventKind.RECEIVED  # no reply recorded

    contact2, loop2 = _loop(ledger)
    service.mute_or_block(loop2, AfterSend.MUTE)
    assert ledger.contact(contact2).muted
    assert not ledger.contact(contact2).blocked
    with pytest.raises(InputError):
        service.mute_or_block(loop2, AfterSend.NOTHING)

    contact3, loop3 = _loop(ledger)
    service.close_quietly(loop3)
    assert ledger.loop(loop3).outcome is Outcome.WITHDRAWN
    assert not ledger.contact(contact3).muted


def test_a_closed_loop_cannot_be_closed_again(ledger: Ledger) -> None:
    _, loop = _loop(ledger)
    service = DisengageService(ledger)
    service.send_and_close(loop, subject="", body="No, thanks.", outcome=Outcome.DECLINED,
                           how=Delivery.COPIED)  # fmt: skip
    with pytest.raises(InputError, match="already closed"):
        service.send_and_close(loop, subject="", body="No, thanks.", outcome=Outcome.DECLINED,
                               how=Delivery.COPIED)  # fmt: skip


# -- truthful sending ---------------------------------------------------------------------
def test_a_message_with_unfilled_fields_is_neither_sent_nor_recorded(ledger: Ledger) -> None:
    _, loop_id = _loop(ledger)
    mailer = FakeMailer()
    service = DisengageService(ledger, mailer)
    with pytest.raises(InputError, match=r"\[role\?\]"):
        service.send_and_close(loop_id, subject="Re: the [role?] role", body="Hi Dana, no thanks.",
                               outcome=Outcome.DECLINED, how=Delivery.SMTP)  # fmt: skip
    assert mailer.sent == []
    assert ledger.loop(loop_id).is_open
    assert [e.kind for e in ledger.events(loop_id)] == [EventKind.RECEIVED]


def test_a_sent_message_with_an_unfilled_field_cannot_be_logged(ledger: Ledger) -> None:
    _, loop_id = _loop(ledger)
    with pytest.raises(InputError, match=r"\[my_name\?\]"):
        ledger.log_event(loop_id, EventKind.SENT, text="Thanks, no.\n[my_name?]")
    # Not a message that went out: a note may quote the mark.
    ledger.log_event(loop_id, EventKind.NOTE, text="template left [my_name?] unfilled")
