"""Contacts, loops and events: the words of shared/DOMAIN.md as frozen data.

Rows come out of the store as these dataclasses and never as live cursors, so
the GUI can hold them without holding the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ghostless.core.i18n import N_, _


class LoopKind(StrEnum):
    """What a loop is about; picks the playbook that says what is owed."""

    RECRUITER_OUTREACH = "recruiter_outreach"
    INTERVIEW_SCHEDULED = "interview_scheduled"
    INTERVIEW_HELD = "interview_held"
    JOB_OFFER = "job_offer"
    HELP_RECEIVED = "help_received"
    INTRODUCTION = "introduction"
    PROMISE_MINE = "promise_mine"
    PROMISE_THEIRS = "promise_theirs"
    NETWORKING_CALL = "networking_call"
    COLLABORATION_PROPOSAL = "collaboration_proposal"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(_KIND_LABELS[self])


_KIND_LABELS = {
    LoopKind.RECRUITER_OUTREACH: N_("Recruiter outreach"),
    LoopKind.INTERVIEW_SCHEDULED: N_("Interview scheduled"),
    LoopKind.INTERVIEW_HELD: N_("Interview held"),
    LoopKind.JOB_OFFER: N_("Job offer"),
    LoopKind.HELP_RECEIVED: N_("Help received"),
    LoopKind.INTRODUCTION: N_("Introduction"),
    LoopKind.PROMISE_MINE: N_("Promise I made"),
    LoopKind.PROMISE_THEIRS: N_("Promise made to me"),
    LoopKind.NETWORKING_CALL: N_("Networking call"),
    LoopKind.COLLABORATION_PROPOSAL: N_("Collaboration proposal"),
    LoopKind.OTHER: N_("Other"),
}


class EventKind(StrEnum):
    """One dated entry in a loop's record."""

    RECEIVED = "received"
    SENT = "sent"
    MEETING = "meeting"
    PROMISE = "promise"
    NOTE = "note"

    @property
    def label(self) -> str:
        return _(_EVENT_LABELS[self])


_EVENT_LABELS = {
    EventKind.RECEIVED: N_("Message received"),
    EventKind.SENT: N_("Message sent"),
    EventKind.MEETING: N_("Meeting or interview"),
    EventKind.PROMISE: N_("Promise"),
    EventKind.NOTE: N_("Note"),
}


class Turn(StrEnum):
    """Whose move it is in a loop."""

    MINE = "mine"
    THEIRS = "theirs"
    NOBODY = "nobody"

    @property
    def label(self) -> str:
        return _(_TURN_LABELS[self.value])

    @property
    def rank(self) -> int:
        """Sort key for urgency: my turn first, then theirs, then closed ones."""
        return {"mine": 0, "theirs": 1, "nobody": 2}[self.value]


_TURN_LABELS = {"mine": N_("My turn"), "theirs": N_("Their turn"), "nobody": N_("Nobody's")}


class Outcome(StrEnum):
    """How a loop ended."""

    REPLIED = "replied"
    DECLINED = "declined"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    THANKED = "thanked"
    NO_RESPONSE = "no_response"
    WITHDRAWN = "withdrawn"
    BLOCKED = "blocked"

    @property
    def label(self) -> str:
        return _(_OUTCOME_LABELS[self.value])


_OUTCOME_LABELS = {
    "replied": N_("Replied"),
    "declined": N_("Declined"),
    "accepted": N_("Accepted"),
    "completed": N_("Completed"),
    "thanked": N_("Thanked"),
    "no_response": N_("No response"),
    "withdrawn": N_("Withdrawn"),
    "blocked": N_("Blocked"),
}


class LoopStatus(StrEnum):
    """Where a loop is in its life. Closed and archived loops keep their record."""

    OPEN = "open"
    CLOSED = "closed"
    ARCHIVED = "archived"


class AddressKind(StrEnum):
    """What an address of a contact is: where the user can reach them."""

    EMAIL = "email"
    PHONE = "phone"
    URL = "url"

    @property
    def label(self) -> str:
        return _(_ADDRESS_LABELS[self.value])


_ADDRESS_LABELS = {"email": N_("E-mail"), "phone": N_("Phone"), "url": N_("Profile link")}


@dataclass(frozen=True, slots=True)
class Address:
    """One e-mail address, phone number or profile URL of a contact, with its label.

    Each contact has at most one primary address of each kind; it is the one
    shown first and kept in the contact's own ``email``, ``phone`` or ``url``.
    """

    kind: AddressKind
    value: str
    label: str = ""
    primary: bool = False


@dataclass(frozen=True, slots=True)
class Contact:
    """A person the user corresponds with.

    ``email``, ``phone`` and ``url`` are the primary address of each kind;
    ``addresses`` holds every address, primary ones included.
    """

    id: int
    name: str
    email: str = ""
    org: str = ""
    role: str = ""
    phone: str = ""
    url: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    muted: bool = False
    blocked: bool = False
    block_reason: str = ""
    created_at: datetime | None = None
    addresses: tuple[Address, ...] = ()

    def of_kind(self, kind: AddressKind) -> tuple[Address, ...]:
        return tuple(address for address in self.addresses if address.kind is kind)


@dataclass(frozen=True, slots=True)
class Event:
    """One dated entry in a loop's record; ``at`` is an aware UTC instant."""

    id: int
    loop_id: int
    kind: EventKind
    at: datetime
    text: str = ""


@dataclass(frozen=True, slots=True)
class Loop:
    """One professional conversation with one contact about one matter.

    ``turn`` and ``turn_since`` are derived from the events (see
    :func:`ghostless.core.turns.turn_of`); the store keeps them up to date in
    the same transaction as the event, so lists can sort by urgency in SQL.
    """

    id: int
    contact_id: int
    kind: LoopKind
    subject: str
    status: LoopStatus
    turn: Turn
    turn_since: datetime | None
    opened_at: datetime
    last_event_at: datetime | None = None
    closed_at: datetime | None = None
    outcome: Outcome | None = None
    notes: str = ""
    contact_name: str = ""
    contact_org: str = ""

    @property
    def is_open(self) -> bool:
        return self.status is LoopStatus.OPEN
