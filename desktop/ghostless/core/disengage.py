"""The polite-disengagement wizard as data: its answers, and which step comes next.

The wizard pages write a :class:`WizardState` (one immutable value, replaced on
every answer with :meth:`WizardState.with_`) and ask :func:`next_step` which
page to show. The four steps of shared/DOMAIN.md are *assess*, *draft*, *set a
boundary* and *send and close*; an exception found while assessing picks a
shorter path:

* harassment or threats: straight to blocking, no reply owed (:data:`SAFETY_NOTE`);
* spam or scam: mute or block, no reply owed;
* personal crisis: away mode, with an optional step-back message;
* exploitative power dynamic: a minimal acknowledgment, or stepping away quietly.

The state serialises to plain JSON (:meth:`WizardState.to_json`) so a
half-finished wizard can be remembered and resumed.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from ghostless.core.draft_model import Intent
from ghostless.core.errors import InputError
from ghostless.core.i18n import N_, _
from ghostless.core.models import Outcome

STATE_VERSION = 1
_E = TypeVar("_E", bound=StrEnum)


class Reason(StrEnum):
    """Why the user has not answered (step 1)."""

    AVOIDING = "avoiding"  # an awkward conversation, bad news
    OVERLOAD = "overload"
    DISINTEREST = "disinterest"

    @property
    def label(self) -> str:
        return _(_REASON_LABELS[self.value])


_REASON_LABELS = {
    "avoiding": N_("I'm avoiding an awkward conversation"),
    "overload": N_("I'm overloaded"),
    "disinterest": N_("I'm genuinely not interested"),
}


class Situation(StrEnum):
    """The exceptions of shared/DOMAIN.md, or none of them (step 1)."""

    NONE = "none"
    SAFETY = "safety"  # harassment, threats, inappropriate messages, manipulation
    SPAM = "spam"  # spam or scam-like behaviour
    CRISIS = "crisis"  # illness, bereavement, burnout
    POWER = "power"  # an exploitative power dynamic

    @property
    def label(self) -> str:
        return _(_SITUATION_LABELS[self])


_SITUATION_LABELS = {
    Situation.NONE: N_("None of these"),
    Situation.SAFETY: N_("Harassment, threats or inappropriate messages"),
    Situation.SPAM: N_("Spam, or a scam-like approach"),
    Situation.CRISIS: N_("I'm going through a personal crisis"),
    Situation.POWER: N_("Someone senior is demanding my time or favours"),
}


class Boundary(StrEnum):
    """How the message leaves things (step 3)."""

    CLOSE_DOOR = "close_door"
    NOT_NOW = "not_now"
    STEP_BACK = "step_back"

    @property
    def label(self) -> str:
        return _(_BOUNDARY_LABELS[self.value])


_BOUNDARY_LABELS = {
    "close_door": N_("Close the door"),
    "not_now": N_("Not now, maybe later"),
    "step_back": N_("Step back"),
}


class Delivery(StrEnum):
    """How the message leaves Ghostless (step 4)."""

    COPIED = "copied"
    MAIL_CLIENT = "mail_client"
    SMTP = "smtp"


class AfterSend(StrEnum):
    """What happens to the contact once the loop is closed."""

    NOTHING = "nothing"
    MUTE = "mute"
    BLOCK = "block"


class Step(StrEnum):
    """The page the wizard shows."""

    ASSESS = "assess"
    DRAFT = "draft"
    BOUNDARY = "boundary"
    SEND = "send"
    BLOCK = "block"  # safety: block, no reply owed
    MUTE_OR_BLOCK = "mute_or_block"  # spam
    AWAY = "away"  # crisis: away mode, optional step-back message
    QUIET = "quiet"  # power dynamic: step away without a message
    DONE = "done"


SAFETY_NOTE = (
    "Your safety comes before etiquette. You owe this person no reply. Ghostless will "
    "block them, stop every reminder about them and keep the record in case you need it."
)
SPAM_NOTE = (
    "No reply is owed to spam or to scam-like pressure. Mute them to stop the reminders, or "
    "block them; the record is kept either way."
)
CRISIS_NOTE = (
    "Look after yourself first. Away mode pauses every reminder and loses nothing. If you "
    "like, send a short note saying you are stepping back for now."
)
POWER_NOTE = (
    "You don't owe anyone your time. A one-line acknowledgment such as \"I need to step back "
    'for now" is enough, and stepping away quietly is allowed too.'
)
NOTES = {
    Situation.SAFETY: SAFETY_NOTE,
    Situation.SPAM: SPAM_NOTE,
    Situation.CRISIS: CRISIS_NOTE,
    Situation.POWER: POWER_NOTE,
}


@dataclass(frozen=True, slots=True)
class WizardState:
    """Everything the user has answered so far; every field starts unanswered.

    Attributes:
        loop_id: the loop being closed.
        reason, situation: step 1's answers.
        template_key: the template the draft started from ("builtin:<key>" or
            "user:<id>"); directness: "direct" or "softer".
        draft_subject, draft_body: the message as the user edited it.
        boundary: step 3's answer; check_in: with NOT_NOW, an optional date that
            becomes a reminder (a promise of mine to check in on that day).
        delivery, after, outcome: step 4's choices (outcome None: the default
            for the path, see :func:`default_outcome`).
        wants_message: crisis path only: also send a step-back note.
        away_confirmed, flags_confirmed, quiet_confirmed: the short paths' single
            action has been taken.
        sent: the message went out and the loop is closed.
    """

    loop_id: int
    reason: Reason | None = None
    situation: Situation | None = None
    template_key: str | None = None
    directness: str = "direct"
    draft_subject: str = ""
    draft_body: str = ""
    boundary: Boundary | None = None
    check_in: date | None = None
    delivery: Delivery | None = None
    after: AfterSend = AfterSend.NOTHING
    outcome: Outcome | None = None
    wants_message: bool = False
    away_confirmed: bool = False
    flags_confirmed: bool = False
    quiet_confirmed: bool = False
    sent: bool = False

    def with_(self, **changes: Any) -> WizardState:
        """A copy with some answers changed (answers are checked)."""
        updated = dataclasses.replace(self, **changes)
        updated.validate()
        return updated

    def validate(self) -> None:
        if self.directness not in ("direct", "softer"):
            raise InputError(f"directness: {self.directness!r} is not direct or softer")
        if self.check_in is not None and self.boundary is not Boundary.NOT_NOW:
            raise InputError("check_in: a check-in date goes with 'not now' only", field="check_in")

    # -- serialising ---------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"version": STATE_VERSION}
        for item in dataclasses.fields(self):
            value = getattr(self, item.name)
            if isinstance(value, date):
                value = value.isoformat()
            data[item.name] = value
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WizardState:
        """Read a remembered wizard back; InputError when it cannot be used."""
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise InputError("wizard: the remembered answers are from another version")
        try:
            check_in = data.get("check_in")
            state = cls(
                loop_id=int(data["loop_id"]),
                reason=_opt(Reason, data.get("reason")),
                situation=_opt(Situation, data.get("situation")),
                template_key=_opt_str(data.get("template_key")),
                directness=str(data.get("directness", "direct")),
                draft_subject=str(data.get("draft_subject", "")),
                draft_body=str(data.get("draft_body", "")),
                boundary=_opt(Boundary, data.get("boundary")),
                check_in=date.fromisoformat(check_in) if check_in else None,
                delivery=_opt(Delivery, data.get("delivery")),
                after=AfterSend(data.get("after", AfterSend.NOTHING.value)),
                outcome=_opt(Outcome, data.get("outcome")),
                wants_message=bool(data.get("wants_message", False)),
                away_confirmed=bool(data.get("away_confirmed", False)),
                flags_confirmed=bool(data.get("flags_confirmed", False)),
                quiet_confirmed=bool(data.get("quiet_confirmed", False)),
                sent=bool(data.get("sent", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"wizard: the remembered answers cannot be read ({exc})") from None
        state.validate()
        return state

    @classmethod
    def from_json(cls, text: str) -> WizardState:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise InputError(f"wizard: the remembered answers are not JSON ({exc})") from None
        return cls.from_dict(data)


def _opt(enum: type[_E], value: object) -> _E | None:
    return None if value is None else enum(str(value))


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def reason_needed(situation: Situation | None) -> bool:
    """Whether "why haven't I answered?" applies: only on the usual path.

    Harassment, spam, a crisis or a power play is the reason already; asking
    the user to pick an emotion first would stand between them and safety.
    """
    return situation is None or situation is Situation.NONE


def next_step(state: WizardState) -> Step:
    """The page to show for the answers in ``state`` (pure; no I/O)."""
    if state.situation is None or (reason_needed(state.situation) and state.reason is None):
        return Step.ASSESS
    situation = state.situation
    if situation is Situation.SAFETY:
        return Step.DONE if state.flags_confirmed else Step.BLOCK
    if situation is Situation.SPAM:
        return Step.DONE if state.flags_confirmed else Step.MUTE_OR_BLOCK
    if situation is Situation.CRISIS:
        if not state.away_confirmed:
            return Step.AWAY
        if not state.wants_message or state.sent:
            return Step.DONE
        return Step.SEND if state.draft_body.strip() else Step.DRAFT
    if situation is Situation.POWER:
        if state.quiet_confirmed or state.sent:
            return Step.DONE
        return Step.SEND if state.draft_body.strip() else Step.DRAFT
    if state.sent:
        return Step.DONE
    if not state.draft_body.strip():
        return Step.DRAFT
    if state.boundary is None:
        return Step.BOUNDARY
    return Step.SEND


def path(state: WizardState) -> list[Step]:
    """The steps this path has, in order, for a progress indicator."""
    situation = state.situation
    if situation is Situation.SAFETY:
        return [Step.ASSESS, Step.BLOCK]
    if situation is Situation.SPAM:
        return [Step.ASSESS, Step.MUTE_OR_BLOCK]
    if situation is Situation.CRISIS:
        extra = [Step.DRAFT, Step.SEND] if state.wants_message else []
        return [Step.ASSESS, Step.AWAY, *extra]
    if situation is Situation.POWER:
        return [Step.ASSESS, Step.DRAFT, Step.SEND]
    return [Step.ASSESS, Step.DRAFT, Step.BOUNDARY, Step.SEND]


def effective_boundary(state: WizardState) -> Boundary | None:
    """The boundary the message sets: the short paths imply a step back."""
    if state.situation in (Situation.CRISIS, Situation.POWER):
        return Boundary.STEP_BACK
    return state.boundary


def draft_intent(state: WizardState) -> Intent:
    """What the draft checker should read the draft as."""
    boundary = effective_boundary(state)
    if boundary is Boundary.CLOSE_DOOR:
        return Intent.CLOSE_DOOR
    if boundary is Boundary.NOT_NOW:
        return Intent.NOT_NOW
    if boundary is Boundary.STEP_BACK:
        return Intent.STEP_BACK
    return Intent.DECLINE


def default_outcome(state: WizardState) -> Outcome:
    """The outcome the loop closes with unless the user picks another."""
    if state.outcome is not None:
        return state.outcome
    if state.situation is Situation.SAFETY or (
        state.situation is Situation.SPAM and state.after is AfterSend.BLOCK
    ):
        return Outcome.BLOCKED
    if effective_boundary(state) is Boundary.STEP_BACK:
        return Outcome.WITHDRAWN
    return Outcome.DECLINED


def note_for(state: WizardState) -> str:
    """The plain-words note the path starts with (empty on the usual path)."""
    if state.situation is None:
        return ""
    return NOTES.get(state.situation, "")
