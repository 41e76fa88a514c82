"""The wizard's actions: send and close, block, mute, step away quietly.

Each action is one transaction: the message is recorded as a sent event, the
loop is closed with its outcome and the contact is optionally muted or
blocked, all together or not at all. A closed loop has no follow-up windows
(the store recomputes them in the same transaction), so it never reminds
again. Over SMTP the message is sent first, and nothing is written when
sending fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Protocol

from ghostless.core.disengage import AfterSend, Delivery
from ghostless.core.errors import InputError
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Outcome
from ghostless.core.templates import refuse_unfilled
from ghostless.core.validation import clean_subject, clean_text
from ghostless.services.ledger import Ledger, contacts_of
from ghostless.services.mail import MailService
from ghostless.services.mailer import OutgoingMessage

#: When on the check-in day the reminder is anchored (local time).
CHECK_IN_TIME = time(9, 0)


class Mailer(Protocol):
    def send(self, message: OutgoingMessage) -> str: ...


@dataclass(frozen=True, slots=True)
class SendResult:
    """What :meth:`DisengageService.send_and_close` wrote."""

    event_id: int
    message_id: str | None = None
    check_in_loop_id: int | None = None


class DisengageService:
    """The polite-disengagement actions over the ledger."""

    def __init__(self, ledger: Ledger, mailer: Mailer | None = None) -> None:
        self.ledger = ledger
        self.mailer = mailer

    def send_and_close(
        self,
        loop_id: int,
        *,
        subject: str,
        body: str,
        outcome: Outcome,
        how: Delivery,
        after: AfterSend = AfterSend.NOTHING,
        reason: str = "",
        check_in: date | None = None,
    ) -> SendResult:
        """Record ``body`` as sent, close the loop, then mute or block: one transaction.

        ``how`` says how it left: copied, handed to the mail client, or sent
        here over SMTP (then the send comes first, and a failure writes
        nothing). ``check_in`` (from a "not now") opens a loop with my promise
        to check in on that day, so a reminder comes then.
        """
        loop = self.ledger.loop(loop_id)
        if loop.status is not LoopStatus.OPEN:
            raise InputError(f"loop {loop_id}: already {loop.status.value}", field="loop")
        text = clean_text(body)
        if not text:
            raise InputError("message: there is nothing to send", field="message")
        refuse_unfilled("message", subject, text)
        at = self.ledger.clock.now()
        if check_in is not None and self._check_in_at(check_in) <= at:
            raise InputError("check_in: the check-in date must be in the future", field="check_in")
        message_id: str | None = None
        if how is Delivery.SMTP:
            if self.mailer is None:
                raise InputError("how: no mail server is set up for sending", field="how")
            contact = self.ledger.contact(loop.contact_id)
            if not contact.email:
                raise InputError(
                    f"to: {contact.name} has no e-mail address; add one or copy the message",
                    field="to",
                )
            reply = MailService(self.ledger).reply_headers(loop_id)
            message_id = self.mailer.send(
                OutgoingMessage(
                    contact.email, subject, text,
                    in_reply_to=reply.in_reply_to if reply else "",
                    references=reply.references if reply else (),
                )
            )  # fmt: skip
        recorded = f"Subject: {subject}\n\n{text}" if subject.strip() else text
        label = f"close the loop with {loop.contact_name} politely"
        with self.ledger.history.step(label, loops=[loop_id], contacts=[loop.contact_id]):
            event_id = self.ledger.log_event(loop_id, EventKind.SENT, at=at, text=recorded)
            if message_id:
                # When the sync meets this message in the Sent folder, it is this event.
                MailService(self.ledger).note_sent(loop_id, message_id, event_id)
            self.ledger.close_loop(loop_id, outcome)
            self._apply_after(loop.contact_id, after, reason, at)
            check_in_loop = self._open_check_in(loop_id, check_in) if check_in else None
        return SendResult(event_id, message_id, check_in_loop)

    def block(self, loop_id: int, reason: str) -> None:
        """Safety first: close the loop as blocked and block the contact, no reply owed."""
        self._close_with_flags(loop_id, Outcome.BLOCKED, AfterSend.BLOCK, reason)

    def mute_or_block(self, loop_id: int, after: AfterSend, reason: str = "") -> None:
        """Spam: no reply owed; close the loop and mute or block the contact."""
        if after is AfterSend.NOTHING:
            raise InputError("after: choose mute or block", field="after")
        outcome = Outcome.BLOCKED if after is AfterSend.BLOCK else Outcome.NO_RESPONSE
        self._close_with_flags(loop_id, outcome, after, reason)

    def close_quietly(
        self, loop_id: int, *, outcome: Outcome = Outcome.WITHDRAWN, mute: bool = False
    ) -> None:
        """Step away without a message (allowed for an exploitative power dynamic)."""
        self._close_with_flags(loop_id, outcome, AfterSend.MUTE if mute else AfterSend.NOTHING, "")

    # -- inside ---------------------------------------------------------------------
    def _close_with_flags(
        self, loop_id: int, outcome: Outcome, after: AfterSend, reason: str
    ) -> None:
        loop = self.ledger.loop(loop_id)
        at = self.ledger.clock.now()
        label = f"close the loop with {loop.contact_name} ({outcome.label.lower()})"
        with self.ledger.history.step(label, loops=[loop_id], contacts=[loop.contact_id]):
            if loop.status is LoopStatus.OPEN:
                self.ledger.close_loop(loop_id, outcome)
            self._apply_after(loop.contact_id, after, reason, at)

    def _apply_after(self, contact_id: int, after: AfterSend, reason: str, at: datetime) -> None:
        if after is AfterSend.NOTHING:
            return
        contact = self.ledger.contact(contact_id)
        blocked = contact.blocked or after is AfterSend.BLOCK
        why = clean_text(reason, "reason") or contact.block_reason
        contacts_of(self.ledger).set_flags(
            contact_id, muted=True if after is AfterSend.MUTE else contact.muted,
            blocked=blocked, reason=why if blocked else "", at=at,
        )  # fmt: skip

    def _check_in_at(self, day: date) -> datetime:
        return datetime.combine(day, CHECK_IN_TIME, tzinfo=self.ledger.zone)

    def _open_check_in(self, loop_id: int, day: date) -> int:
        loop = self.ledger.loop(loop_id)
        subject = clean_subject(f"Check in: {loop.subject}"[:500])
        return self.ledger.add_loop(
            contact_id=loop.contact_id,
            kind=LoopKind.PROMISE_MINE,
            subject=subject,
            text=f"I said I would check in on {day.isoformat()} (after loop {loop_id}).",
            deadline=self._check_in_at(day),
        )
