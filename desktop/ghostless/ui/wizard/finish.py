"""The wizard's last step as one call: the path's single action over the services.

:meth:`WizardFinisher.finish` reads the answers and calls the one
:class:`~ghostless.services.disengage.DisengageService` action that fits the
path (block, mute or block, step away quietly, send and close), so the
wizard's ``accept()`` makes exactly one call and tests can record it. The
crisis path turns away mode on too: after the step-back message, if one goes
out, so a failed send leaves nothing half done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ghostless.core.disengage import (
    AfterSend,
    Delivery,
    Situation,
    WizardState,
    default_outcome,
)
from ghostless.core.errors import InputError
from ghostless.core.planner import AwayReason
from ghostless.services.disengage import DisengageService, Mailer, SendResult
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService


@dataclass(frozen=True, slots=True)
class FinishRequest:
    """The answers, and the few words that are not part of :class:`WizardState`."""

    state: WizardState
    reason: str = ""  # why the contact is blocked or muted (kept with the contact)
    away_reason: AwayReason = AwayReason.OTHER


@dataclass(frozen=True, slots=True)
class FinishResult:
    closed: bool  # the loop was closed (and will never remind again)
    away: bool = False  # away mode was turned on
    sent: SendResult | None = None


class Finisher(Protocol):
    def finish(self, request: FinishRequest) -> FinishResult: ...


class WizardFinisher:
    """Carries out a finished wizard over the ledger (one transaction per loop write)."""

    def __init__(
        self,
        ledger: Ledger,
        reminders: ReminderService,
        mailer: Callable[[], Mailer | None] = lambda: None,
    ) -> None:
        self._ledger = ledger
        self._reminders = reminders
        self._mailer = mailer

    def finish(self, request: FinishRequest) -> FinishResult:
        state = request.state
        loop_id = state.loop_id
        situation = state.situation
        if situation is Situation.SAFETY:
            self._service(None).block(loop_id, request.reason)
            return FinishResult(closed=True)
        if situation is Situation.SPAM:
            self._service(None).mute_or_block(loop_id, state.after, request.reason)
            return FinishResult(closed=True)
        if situation is Situation.POWER and state.quiet_confirmed:
            self._service(None).close_quietly(
                loop_id, outcome=default_outcome(state), mute=state.after is AfterSend.MUTE
            )
            return FinishResult(closed=True)
        if situation is Situation.CRISIS and not state.wants_message:
            self._go_away(request.away_reason)
            return FinishResult(closed=False, away=True)
        if state.delivery is None:
            raise InputError("how: choose how the message goes out", field="how")
        mailer = self._mailer() if state.delivery is Delivery.SMTP else None
        sent = self._service(mailer).send_and_close(
            loop_id,
            subject=state.draft_subject,
            body=state.draft_body,
            outcome=default_outcome(state),
            how=state.delivery,
            after=state.after,
            reason=request.reason,
            check_in=state.check_in,
        )
        away = situation is Situation.CRISIS
        if away:
            self._go_away(request.away_reason)
        return FinishResult(closed=True, away=away, sent=sent)

    def _go_away(self, reason: AwayReason) -> None:
        if self._reminders.away() is None:  # already away: nothing to turn on
            self._reminders.away_on(reason)

    def _service(self, mailer: Mailer | None) -> DisengageService:
        return DisengageService(self._ledger, mailer)
