"""What the playbooks answer: follow-up windows, their reminders, and the facts they read.

These are the values :func:`ghostless.core.playbooks.follow_up_windows` takes
and returns (re-exported there); the rules themselves live in that module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ghostless.core.i18n import N_, _
from ghostless.core.models import Contact, Event, Loop


class Action(StrEnum):
    """What is owed when a window opens."""

    REPLY = "reply"  # to an opportunity (a role, a proposal): a no is an answer too
    ANSWER = "answer"  # to any other message (help, an introduction, a promise, a chat)
    ANSWER_PROPOSAL = "answer_proposal"
    DECLINE = "decline"
    CONFIRM_ATTENDING = "confirm_attending"
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    ANSWER_OFFER = "answer_offer"
    THANKS = "thanks"
    REACH_OUT = "reach_out"
    TELL_REFERRER = "tell_referrer"
    KEEP_PROMISE = "keep_promise"
    NUDGE = "nudge"
    OFFER_CLOSE = "offer_close_no_response"
    TELL_DEADLINE = "tell_deadline"
    KEEP_IN_TOUCH = "keep_in_touch"

    @property
    def label(self) -> str:
        return _(_ACTION_LABELS[self])


_ACTION_LABELS = {
    Action.REPLY: N_("Reply, even briefly; if it is not a fit, say so"),
    Action.ANSWER: N_("Answer their message, even briefly"),
    Action.ANSWER_PROPOSAL: N_("Answer the proposal: yes, no, or when you will decide"),
    Action.DECLINE: N_("Send the clear, short no you decided on"),
    Action.CONFIRM_ATTENDING: N_("Still going? Attend, or cancel or reschedule now"),
    Action.THANK_YOU: N_("Send a thank-you note for the interview"),
    Action.FOLLOW_UP: N_("Follow up once; after that the ball is in their court"),
    Action.ANSWER_OFFER: N_("Answer the offer before its deadline"),
    Action.THANKS: N_("Say thank you, and do any follow-through you offered"),
    Action.REACH_OUT: N_("Reach out to the person you were introduced to"),
    Action.TELL_REFERRER: N_("Thank the referrer and tell them how it turned out"),
    Action.KEEP_PROMISE: N_("Do what you promised, or say that you can't"),
    Action.NUDGE: N_("Send one polite nudge about what they promised"),
    Action.OFFER_CLOSE: N_("No answer for a long time: close this as 'no response'?"),
    Action.TELL_DEADLINE: N_("Tell them you have an offer to answer, and by when"),
    Action.KEEP_IN_TOUCH: N_("Get back in touch: it has been a while"),
}


class Rule(StrEnum):
    """Stable names of the playbook rules; part of every delivery key."""

    REPLY = "reply"
    PROPOSAL = "proposal.answer"
    DECLINE = "decline"
    STILL_GOING = "interview.still_going"
    THANK_YOU = "interview.thank_you"
    FOLLOW_UP = "interview.follow_up"
    OFFER = "offer.answer"
    HELP_THANKS = "help.thanks"
    MEETING_THANKS = "meeting.thanks"
    REACH_OUT = "intro.reach_out"
    TELL_REFERRER = "intro.tell_referrer"
    KEEP_PROMISE = "promise.keep"
    NUDGE = "promise.nudge"
    OFFER_CLOSE = "silence.offer_close"
    TELL_DEADLINE = "offer.tell_deadline"
    KEEP_IN_TOUCH = "contact.keep_in_touch"

    @property
    def dismissible(self) -> bool:
        """Whether the user may dismiss this rule's items without acting on them.

        Only a courtesy that is the user's call (telling other processes about an
        offer's deadline): a reply owed is ended politely, never dismissed.
        """
        return self is Rule.TELL_DEADLINE


class Timing(StrEnum):
    """How a window's instants are counted."""

    ELAPSED = "elapsed_hours"
    WORKING_DAYS = "working_days"
    LOCAL_DAYS = "local_days"


@dataclass(frozen=True, slots=True)
class Reminder:
    """One push to the user: ``moment`` per the rule, delivered at ``at``.

    ``at`` is ``moment`` moved into working hours; ``key`` names this reminder
    for good (loop, rule, anchor instant and a tag), so a delivery recorded
    under it is never repeated, even after the zone or the settings change.
    """

    key: str
    moment: datetime
    at: datetime


@dataclass(frozen=True, slots=True)
class FollowUpWindow:
    """When the next thing is owed on a loop: opens, due (polite limit), overdue.

    ``anchor`` is the instant the rule counts from (a message, the interview,
    a deadline); ``since`` is when the obligation came to be (``since`` <=
    ``opens_at`` <= ``due_at`` <= ``overdue_at``). ``expires_at`` set means
    cancel-if-late: a reminder not delivered by then is dropped. ``waiting``
    marks rules that wait on the other side (follow-up, nudge, offer to close).
    """

    loop_id: int
    rule: Rule
    action: Action
    timing: Timing
    anchor: datetime
    since: datetime
    opens_at: datetime
    due_at: datetime
    overdue_at: datetime
    reminders: tuple[Reminder, ...]
    key: str
    expires_at: datetime | None = None
    waiting: bool = False

    @property
    def remind_at(self) -> datetime | None:
        """The first delivery: ``opens_at`` moved into working hours (None: never pushed)."""
        return self.reminders[0].at if self.reminders else None

    @property
    def cancel_if_late(self) -> bool:
        return self.expires_at is not None

    @property
    def label(self) -> str:
        return self.action.label


@dataclass(frozen=True, slots=True)
class OfferDeadline:
    """An open job offer with a deadline: other job loops owe a word about it."""

    loop_id: int
    received_at: datetime
    deadline: datetime


@dataclass(frozen=True, slots=True)
class KeepInTouch:
    """A contact's keep-in-touch cadence, and the last time anything happened with them.

    Carried by the facts of one loop of the contact (the one with the latest
    activity), so the item is a window of that loop like any other.
    """

    days: int
    last_contact: datetime


@dataclass(frozen=True, slots=True)
class LoopFacts:
    """Everything the playbooks read about one loop.

    ``deadline`` is the offer's deadline (job offers), the promised date
    (promises) or the interview time (interview scheduled, when no meeting
    event gives it). ``decline_decided_at`` is when the user decided to say
    no. ``referred`` is, for an introduction, the loop with the person the
    user was introduced to. A muted or blocked ``contact`` is owed nothing.
    ``offers`` are the other open job offers with a deadline (for job loops
    only); ``dismissed`` the keys of items the user dismissed on this loop.
    ``keep_in_touch`` is set on the loop of a contact with a cadence that had
    the latest activity (it may be closed). ``in_order`` says the events hold
    no notes and are in time order (instant, then id) already, as the store
    reads them for a full recompute, so the playbooks need not sort them again.
    """

    loop: Loop
    events: tuple[Event, ...] = ()
    deadline: datetime | None = None
    decline_decided_at: datetime | None = None
    referred: Loop | None = None
    contact: Contact | None = None
    offers: tuple[OfferDeadline, ...] = ()
    dismissed: frozenset[str] = frozenset()
    keep_in_touch: KeepInTouch | None = None
    in_order: bool = False
