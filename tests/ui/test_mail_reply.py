"""Replying in the thread (issue 14, item 7): a draft from a mail-linked loop, the Close
politely wizard included, carries In-Reply-To, References and "Re:" on the mailto link
and over SMTP, and the sent message is never logged twice when the sync meets it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSettings, QUrl
from pytestqt.qtbot import QtBot

from ghostless.core.disengage import Delivery, Reason
from ghostless.core.mail_message import MailMessage
from ghostless.core.models import EventKind, Outcome
from ghostless.services.disengage import DisengageService
from ghostless.services.ledger import Ledger
from ghostless.services.mail import MailService
from ghostless.services.mailer import OutgoingMessage, SmtpSettings, build_message
from ghostless.services.mailto import build_mailto, mailto_headers, parse_mailto
from ghostless.services.reminders import ReminderService
from ghostless.ui.wizard.wizard import DisengageWizard
from tests.conftest import FRIDAY

ME = "alex@example.org"


def _message(n: int, sender: str, to: str, hours_ago: float, reply: MailMessage | None = None,
             subject: str = "Senior role") -> MailMessage:  # fmt: skip
    return MailMessage(
        message_id=f"<t{n}@x.example>",
        in_reply_to=reply.message_id if reply else None,
        references=(*reply.references, reply.message_id) if reply else (),
        sender=sender, sender_name="", to=(to,), cc=(), at=FRIDAY - timedelta(hours=hours_ago),
        subject=subject, snippet="Open to a call?",
    )  # fmt: skip


FIRST = _message(1, "priya@talent.example", ME, 30)
MINE = _message(2, ME, "priya@talent.example", 28, FIRST, "Re: Senior role")
THEIRS = _message(3, "priya@talent.example", ME, 20, MINE, "RE: Senior role")


def _linked_loop(ledger: Ledger) -> tuple[MailService, int]:
    service = MailService(ledger)
    service.add_me(ME)
    service.ingest().ingest([FIRST, MINE, THEIRS])
    return service, service.accept(FIRST.message_id)


class _Mailer:
    def __init__(self) -> None:
        self.sent: list[OutgoingMessage] = []

    def send(self, message: OutgoingMessage) -> str:
        self.sent.append(message)
        return "<sent-by-ghostless@example.org>"


def test_mailto_and_smtp_carry_the_thread_headers() -> None:
    url = build_mailto(
        "priya@talent.example", "Re: Senior role", "Thanks!",
        in_reply_to="<t3@x.example>", references=("<t1@x.example>", "<t3@x.example>"),
    )  # fmt: skip
    headers = mailto_headers(url)
    assert headers["In-Reply-To"] == "<t3@x.example>"
    assert headers["References"] == "<t1@x.example> <t3@x.example>"
    assert parse_mailto(url) == ("priya@talent.example", "Re: Senior role", "Thanks!")
    settings = SmtpSettings("smtp.example", 465, "ssl", "alex", ME)  # type: ignore[arg-type]
    built = build_message(
        settings,
        OutgoingMessage("priya@talent.example", "Re: Senior role", "Thanks!",
                        in_reply_to="<t3@x.example>", references=("<t1@x.example>",)),
    )  # fmt: skip
    assert built["In-Reply-To"] == "<t3@x.example>"
    assert built["References"] == "<t1@x.example>"
    plain = build_message(settings, OutgoingMessage("p@x.example", "Hi", "Hello"))
    assert plain["In-Reply-To"] is None


def test_send_and_close_over_smtp_answers_in_the_thread_and_logs_once(ledger: Ledger) -> None:
    service, loop_id = _linked_loop(ledger)
    mailer = _Mailer()
    result = DisengageService(ledger, mailer).send_and_close(
        loop_id, subject="Re: Senior role", body="Thank you, I'll pass.",
        outcome=Outcome.DECLINED, how=Delivery.SMTP,
    )  # fmt: skip
    (sent,) = mailer.sent
    assert sent.in_reply_to == "<t3@x.example>"
    assert sent.references == ("<t1@x.example>", "<t2@x.example>", "<t3@x.example>")
    # The same message, met later in the Sent folder, is the event already logged.
    copy = MailMessage(
        message_id="<sent-by-ghostless@example.org>", in_reply_to="<t3@x.example>",
        references=sent.references, sender=ME, sender_name="", to=("priya@talent.example",),
        cc=(), at=FRIDAY, subject="Re: Senior role", snippet="Thank you, I'll pass.",
    )  # fmt: skip
    assert service.ingest().ingest([copy]).logged_events == 0
    sent_events = [e for e in ledger.events(loop_id) if e.kind is EventKind.SENT]
    assert [e.id for e in sent_events][-1] == result.event_id
    assert len(sent_events) == 2  # my earlier reply, and this one


def test_a_message_logged_by_hand_is_not_logged_again_by_the_sync(ledger: Ledger) -> None:
    service, loop_id = _linked_loop(ledger)
    ledger.log_event(loop_id, EventKind.SENT, at=FRIDAY - timedelta(minutes=10), text="Yes")
    answer = _message(4, ME, "priya@talent.example", 0, THEIRS, "Re: Senior role")
    assert service.ingest().ingest([answer]).logged_events == 0
    assert len([e for e in ledger.events(loop_id) if e.kind is EventKind.SENT]) == 2


def test_the_wizard_drafts_re_and_hands_the_mail_client_the_thread(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    _service, loop_id = _linked_loop(ledger)
    opened: list[QUrl] = []
    wizard = DisengageWizard(
        ledger, loop_id, settings=settings, reminders=ReminderService(ledger),
        open_url=lambda url: opened.append(url) or True,
    )  # fmt: skip
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    assert wizard.state.draft_subject == "RE: Senior role"
    wizard.next()
    wizard.next()
    wizard.send_page.choose_delivery(Delivery.MAIL_CLIENT)
    wizard.send_page.leave_out_missing()
    wizard.accept()  # hands the message to the mail client; "I sent it" comes next
    (url,) = opened
    headers = mailto_headers(bytes(url.toEncoded().data()).decode())
    assert headers["subject"] == "RE: Senior role"
    assert headers["In-Reply-To"] == "<t3@x.example>"
    assert headers["References"] == "<t1@x.example> <t2@x.example> <t3@x.example>"
    wizard.hide()
