"""The playbooks: a loop's record turned into its follow-up windows.

:func:`follow_up_windows` is the one function that says what is owed on a loop
and when. The tray, the window, the command line and any export take their
answers from it, so the rules live here and nowhere else. It is pure: the same
facts, settings and zone always give the same windows, whatever the time is;
whether a window is upcoming, open, due or overdue is asked of
:mod:`ghostless.core.planner` with an instant.

Time semantics follow the units of the playbook table (docs/playbooks.md tells
users the same):

* **Hours are elapsed time.** "Remind 24 h, due 48 h, overdue 72 h" after a
  message counts real hours from the instant it arrived: a polite reply window
  is about how long the other person has been waiting, and a daylight-saving
  change does not make them wait an hour more or less. These windows keep
  their instants when the user's zone changes.
* **Days are calendar days on the user's clock, at working-hours times.** "Remind
  day 5, due day 7" opens at the start of working hours on the fifth calendar
  day after the anchor's local date, is due from the start of working hours on
  day 7 and overdue once working hours end that day. People think of these in
  days ("a week after the interview"), so they keep their local time across a
  daylight-saving change and follow the user into a new zone.
* **Before a deadline,** hours stay elapsed ("48 h before the interview") and
  days keep the deadline's wall time ("3 days before a deadline at 17:00" is
  17:00 three calendar days earlier).

Every window has one or more reminders: the moment the rule says to remind and
the delivery instant, that moment moved to the next start of working hours when
it falls outside them. Due and overdue instants never move.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from ghostless.core.models import Event, EventKind, LoopKind, LoopStatus, Turn
from ghostless.core.playbook_context import PlaybookContext
from ghostless.core.settings import Settings
from ghostless.core.turns import turn_after
from ghostless.core.windows import (
    Action,
    FollowUpWindow,
    LoopFacts,
    Reminder,
    Rule,
    Timing,
)
from ghostless.core.working_hours import (
    day_end,
    day_start,
    local_date,
    next_working_day,
    shift_local_days,
)

__all__ = [
    "Action",
    "FollowUpWindow",
    "LoopFacts",
    "Reminder",
    "Rule",
    "Timing",
    "follow_up_windows",
]

#: The version of the rules below. Windows kept in the store were computed by
#: some version; when it differs from this one they are all computed again, so
#: a new Ghostless never shows what an older one worked out.
# 4: a message outside a job search owes an answer, not a fit check;
# 5: keep-in-touch items (a contact's cadence) are windows too.
RULES_VERSION = 5

#: Kinds where a message is an opportunity: "if it is not a fit, say so" applies.
OPPORTUNITY_KINDS = frozenset(
    {
        LoopKind.RECRUITER_OUTREACH,
        LoopKind.INTERVIEW_SCHEDULED,
        LoopKind.INTERVIEW_HELD,
        LoopKind.JOB_OFFER,
        LoopKind.COLLABORATION_PROPOSAL,
    }
)


def reply_action(kind: LoopKind) -> Action:
    """What a message owes in a loop of ``kind``: a reply that may be a no, or an answer."""
    return Action.REPLY if kind in OPPORTUNITY_KINDS else Action.ANSWER


#: The loops of a job search: an offer with a deadline is news to each of them.
JOB_KINDS = frozenset(
    {
        LoopKind.RECRUITER_OUTREACH,
        LoopKind.INTERVIEW_SCHEDULED,
        LoopKind.INTERVIEW_HELD,
        LoopKind.JOB_OFFER,
    }
)


def follow_up_windows(
    facts: LoopFacts, settings: Settings, zone: tzinfo
) -> tuple[FollowUpWindow, ...]:
    """The follow-up windows of one loop, earliest first.

    Closed and archived loops, and loops with a muted or blocked contact, have
    none. A loop whose turn is theirs owes nothing but the rules that wait on
    the other side. A decision to decline replaces every other rule until the
    decline is sent; after that nothing more is owed. Items the user dismissed
    are left out.
    """
    if facts.contact is not None and (facts.contact.blocked or facts.contact.muted):
        return ()
    ctx = PlaybookContext(facts, settings, zone)
    keep = _keep_in_touch(ctx)
    if facts.loop.status is not LoopStatus.OPEN:
        return keep
    decided = facts.decline_decided_at
    usual = _usual(ctx)
    if decided is not None:
        answered = any(e.kind is EventKind.SENT and e.at >= decided for e in ctx.conversation)
        owed = [] if answered else [_decline(ctx, decided, usual)]
    else:
        owed = usual
    if decided is None and ctx.kind in JOB_KINDS:
        owed.extend(_tell_deadlines(ctx))
    owed.extend(keep)
    if facts.dismissed:
        owed = [w for w in owed if w.key not in facts.dismissed]
    if len(owed) < 2:  # most loops owe one thing
        return tuple(owed)
    return tuple(sorted(owed, key=lambda w: (w.opens_at, w.due_at, w.rule, w.key)))


#: Days after a keep-in-touch item opens before it is due: a week to get to it.
KEEP_IN_TOUCH_GRACE_DAYS = 7


def _keep_in_touch(ctx: PlaybookContext) -> tuple[FollowUpWindow, ...]:
    """Get back in touch once the contact's cadence has passed with nothing happening.

    Counted in calendar days from the last activity with the person (any event in
    any of their loops), so any event resets it: the window's key names that instant.
    """
    keep = ctx.facts.keep_in_touch
    if keep is None:
        return ()
    days = keep.days
    window = ctx.days_after(
        Rule.KEEP_IN_TOUCH,
        Action.KEEP_IN_TOUCH,
        keep.last_contact,
        days,
        days + KEEP_IN_TOUCH_GRACE_DAYS,
    )
    return (window,)


def _usual(ctx: PlaybookContext) -> list[FollowUpWindow]:
    """What the loop's kind and record owe, before any decision to decline."""
    if ctx.kind in (LoopKind.INTERVIEW_SCHEDULED, LoopKind.INTERVIEW_HELD):
        return _interview(ctx)
    if ctx.kind is LoopKind.INTRODUCTION:
        return _introduction(ctx)
    return _conversation(ctx, ctx.conversation)


def _reply_hours(settings: Settings) -> tuple[int, int, int]:
    return (settings.reply_remind_hours, settings.reply_due_hours, settings.reply_overdue_hours)


# -- whose turn, and since which event -------------------------------------
#: :func:`~ghostless.core.turns.turn_after` as a table, per loop kind then event kind:
#: a full recompute asks it of every event of every open loop.
_HANDS = {kind: {event: turn_after(kind, event) for event in EventKind} for kind in LoopKind}


def _state(kind: LoopKind, events: tuple[Event, ...]) -> tuple[Turn, int]:
    """The current turn and the index of the event that started what is owed.

    Within a run of events that leave the turn with the same side, the last
    change of event kind counts: a call after an unanswered message is owed
    thanks, while two messages in a row keep the wait from the first.
    """
    turn, start = Turn.NOBODY, -1
    hands = _HANDS[kind]
    for index, event in enumerate(events):
        handed = hands[event.kind]
        if handed is None:
            continue
        if handed is not turn:
            turn, start = handed, index
        elif events[start].kind is not event.kind:
            start = index
    return turn, start


def _conversation(ctx: PlaybookContext, events: tuple[Event, ...]) -> list[FollowUpWindow]:
    turn, start = _state(ctx.kind, events)
    if turn is Turn.MINE:
        return _owed(ctx, events[start], is_trigger=start == 0)
    if turn is Turn.THEIRS:
        return _waiting(ctx, events)
    return []


def _owed(ctx: PlaybookContext, event: Event, *, is_trigger: bool) -> list[FollowUpWindow]:
    """What I owe after ``event`` (received, meeting or promise of mine)."""
    kind, settings = ctx.kind, ctx.settings
    if event.kind is EventKind.RECEIVED:
        if kind is LoopKind.JOB_OFFER:
            return [_answer_offer(ctx, event)]
        if kind is LoopKind.HELP_RECEIVED and is_trigger:
            return [_help_thanks(ctx, event)]
        if kind is LoopKind.COLLABORATION_PROPOSAL and is_trigger:
            return [
                ctx.elapsed(Rule.PROPOSAL, Action.ANSWER_PROPOSAL, event.at, _reply_hours(settings))
            ]
        return [ctx.elapsed(Rule.REPLY, reply_action(kind), event.at, _reply_hours(settings))]
    if event.kind is EventKind.MEETING:
        if kind is LoopKind.HELP_RECEIVED and is_trigger:
            return [_help_thanks(ctx, event)]
        return [_meeting_thanks(ctx, event.at)]
    if event.kind is EventKind.PROMISE:
        deadline = ctx.facts.deadline if kind is LoopKind.PROMISE_MINE else None
        return [_keep_promise(ctx, event, deadline)]
    return []


def _waiting(ctx: PlaybookContext, events: tuple[Event, ...]) -> list[FollowUpWindow]:
    """Their turn: one nudge on a promise made to me, then the offer to close."""
    windows: list[FollowUpWindow] = []
    silence_from = events[-1].at
    if ctx.kind is LoopKind.PROMISE_THEIRS:
        promises = [e for e in events if e.kind is EventKind.PROMISE]
        if promises:
            promise = promises[-1]
            nudge = _nudge(ctx, promise, events)
            if nudge is not None:
                windows.append(nudge)
            if ctx.facts.deadline is not None:
                silence_from = max(silence_from, ctx.facts.deadline)
    windows.append(_offer_close(ctx, silence_from))
    return windows


# -- the rules -----------------------------------------------------------------
def _decline(
    ctx: PlaybookContext, decided: datetime, usual: list[FollowUpWindow]
) -> FollowUpWindow:
    """The clear no, due within days of deciding (DOMAIN.md: 48-72 h).

    Deciding does not buy a late answer more time: when what the loop owed was
    already overdue at the decision, the no inherits its instants, so it stays
    overdue (with its repair advice) until it is sent.
    """
    settings = ctx.settings
    hours = (
        settings.decline_remind_hours,
        settings.decline_due_hours,
        settings.decline_overdue_hours,
    )
    decline = ctx.elapsed(Rule.DECLINE, Action.DECLINE, decided, hours)
    late = [w for w in usual if not w.waiting and w.overdue_at <= decided and w.expires_at is None]
    if not late:
        return decline
    first = min(late, key=lambda w: w.overdue_at)
    return ctx.window(
        Rule.DECLINE,
        Action.DECLINE,
        decline.timing,
        anchor=decided,
        since=min(decided, first.since),
        opens=min(decline.opens_at, first.opens_at),
        due=min(decline.due_at, first.due_at),
        overdue=min(decline.overdue_at, first.overdue_at),
    )


def _help_thanks(ctx: PlaybookContext, event: Event) -> FollowUpWindow:
    settings = ctx.settings
    hours = (
        settings.help_thanks_remind_hours,
        settings.help_thanks_due_hours,
        settings.help_thanks_overdue_hours,
    )
    return ctx.elapsed(Rule.HELP_THANKS, Action.THANKS, event.at, hours)


def _meeting_thanks(ctx: PlaybookContext, held: datetime) -> FollowUpWindow:
    """Thanks after a call: due from the start of working hours the next calendar
    day (by default), overdue when they end; reminded a little after the call."""
    settings, hours = ctx.settings, ctx.settings.working_hours
    due_date = local_date(held, ctx.zone) + timedelta(days=settings.meeting_thanks_due_days)
    due = max(day_start(due_date, hours, ctx.zone), held)
    return ctx.window(
        Rule.MEETING_THANKS,
        Action.THANKS,
        Timing.LOCAL_DAYS,
        anchor=held,
        since=held,
        opens=min(held + timedelta(hours=settings.meeting_thanks_remind_hours), due),
        due=due,
        overdue=day_end(due_date, hours, ctx.zone),
    )


def _thank_you(ctx: PlaybookContext, interview: datetime) -> FollowUpWindow:
    """The thank-you after an interview: due on the next working day (by default),
    overdue when working hours end that day; reminded a little after it."""
    settings, hours = ctx.settings, ctx.settings.working_hours
    held_on = local_date(interview, ctx.zone)
    due_date = next_working_day(held_on, hours, settings.thank_you_due_working_days)
    due = max(day_start(due_date, hours, ctx.zone), interview)
    return ctx.window(
        Rule.THANK_YOU,
        Action.THANK_YOU,
        Timing.LOCAL_DAYS,
        anchor=interview,
        since=interview,
        opens=min(interview + timedelta(hours=settings.thank_you_remind_hours), due),
        due=due,
        overdue=day_end(due_date, hours, ctx.zone),
    )


def _answer_offer(ctx: PlaybookContext, offer: Event) -> FollowUpWindow:
    """Reminders a number of calendar days before the deadline, at its wall time."""
    settings, deadline = ctx.settings, ctx.facts.deadline
    if deadline is None:
        return ctx.elapsed(Rule.OFFER, Action.ANSWER_OFFER, offer.at, _reply_hours(settings))
    first = shift_local_days(deadline, -settings.offer_first_reminder_days, ctx.zone)
    last = shift_local_days(deadline, -settings.offer_last_reminder_days, ctx.zone)
    return ctx.window(
        Rule.OFFER,
        Action.ANSWER_OFFER,
        Timing.LOCAL_DAYS,
        anchor=deadline,
        since=offer.at,
        opens=first,
        due=last,
        overdue=deadline,
        moments=(("first", first), ("last", last)),
    )


def _keep_promise(
    ctx: PlaybookContext, promise: Event, deadline: datetime | None
) -> FollowUpWindow:
    """With a date: remind days before it, due from the start of that day,
    overdue at the promised instant. Without one: like a reply."""
    settings = ctx.settings
    if deadline is None:
        return ctx.elapsed(
            Rule.KEEP_PROMISE, Action.KEEP_PROMISE, promise.at, _reply_hours(settings)
        )
    day_of = day_start(local_date(deadline, ctx.zone), settings.working_hours, ctx.zone)
    return ctx.window(
        Rule.KEEP_PROMISE,
        Action.KEEP_PROMISE,
        Timing.LOCAL_DAYS,
        anchor=deadline,
        since=promise.at,
        opens=shift_local_days(deadline, -settings.promise_remind_days_before, ctx.zone),
        due=min(day_of, deadline),
        overdue=deadline,
    )


def _nudge(
    ctx: PlaybookContext, promise: Event, events: tuple[Event, ...]
) -> FollowUpWindow | None:
    """One nudge after the promised date (or the promise, without a date).

    The first message I send after that counts as the nudge; an answer from
    them ends the wait.
    """
    deadline = ctx.facts.deadline
    after = max(deadline, promise.at) if deadline is not None else promise.at
    later = [e for e in events if (e.at, e.id) > (promise.at, promise.id)]
    if any(e.kind is EventKind.RECEIVED for e in later):
        return None
    if any(e.kind is EventKind.SENT and e.at >= after for e in later):
        return None
    settings = ctx.settings
    return ctx.days_after(
        Rule.NUDGE,
        Action.NUDGE,
        after,
        settings.promise_nudge_remind_days,
        settings.promise_nudge_due_days,
        since=promise.at,
        waiting=True,
    )


def _offer_close(ctx: PlaybookContext, silence_from: datetime) -> FollowUpWindow:
    """After N calendar days of silence: offer to close as 'no response'."""
    days = ctx.settings.close_after_silence_days
    return ctx.days_after(
        Rule.OFFER_CLOSE, Action.OFFER_CLOSE, silence_from, days, days, waiting=True
    )


def _tell_deadlines(ctx: PlaybookContext) -> list[FollowUpWindow]:
    """Tell this process about each other offer's deadline, once, before it passes.

    Only a process still active when the offer arrived is told: one with any
    message, meeting or promise within the silence limit (30 days by default)
    before it; a process that went quiet long ago is not worth a note. Owed
    from when the offer arrived (or this loop began, if later), on the reply
    timing, and never later than the deadline, after which it is moot
    (cancel-if-late). Any message I send on this loop after that counts as
    having told them.
    """
    windows: list[FollowUpWindow] = []
    opened = ctx.facts.loop.opened_at
    last = max([opened, *(e.at for e in ctx.conversation)])
    quiet = timedelta(days=ctx.settings.close_after_silence_days)
    for offer in ctx.facts.offers:
        since = max(offer.received_at, opened)
        if since >= offer.deadline or last < offer.received_at - quiet:
            continue
        if any(e.kind is EventKind.SENT and e.at >= since for e in ctx.conversation):
            continue
        window = ctx.elapsed(
            Rule.TELL_DEADLINE,
            Action.TELL_DEADLINE,
            since,
            _reply_hours(ctx.settings),
            expires=offer.deadline,
            cap=offer.deadline,
            # One item per offer, whatever its deadline becomes: moving the deadline
            # does not remind again, and a dismissal holds.
            key=f"{ctx.facts.loop.id}:{Rule.TELL_DEADLINE}:{offer.loop_id}",
        )
        windows.append(window)
    return windows


# -- interviews ------------------------------------------------------------
def _interview(ctx: PlaybookContext) -> list[FollowUpWindow]:
    events = ctx.conversation
    times = [e.at for e in events if e.kind is EventKind.MEETING]
    if ctx.kind is LoopKind.INTERVIEW_SCHEDULED and ctx.facts.deadline is not None:
        times.append(ctx.facts.deadline)
    if not times:
        return _conversation(ctx, events)
    interview = max(times)
    windows: list[FollowUpWindow] = []
    if ctx.kind is LoopKind.INTERVIEW_SCHEDULED:
        windows.extend(_before_interview(ctx, interview, events))
    windows.extend(_after_interview(ctx, interview, events))
    return windows


def _before_interview(
    ctx: PlaybookContext, interview: datetime, events: tuple[Event, ...]
) -> list[FollowUpWindow]:
    """ "Still going?" before the interview, and replies owed before it.

    Both are pointless once the interview has started, so both are
    cancel-if-late. A message sent after the check opened counts as having
    confirmed, cancelled or rescheduled.
    """
    settings = ctx.settings
    check = interview - timedelta(hours=settings.interview_check_hours_before)
    windows: list[FollowUpWindow] = []
    if not any(e.kind is EventKind.SENT and check <= e.at < interview for e in events):
        windows.append(
            ctx.window(
                Rule.STILL_GOING,
                Action.CONFIRM_ATTENDING,
                Timing.ELAPSED,
                anchor=interview,
                since=check,
                opens=check,
                due=interview - timedelta(hours=settings.interview_cancel_hours_before),
                overdue=interview,
                expires=interview,
            )
        )
    before = tuple(e for e in events if e.at < interview and e.kind is not EventKind.MEETING)
    turn, start = _state(ctx.kind, before)
    if turn is Turn.MINE and before[start].kind is EventKind.RECEIVED:
        reply = ctx.elapsed(
            Rule.REPLY,
            Action.REPLY,
            before[start].at,
            _reply_hours(settings),
            expires=interview,
        )
        windows.append(reply)
    return windows


def _after_interview(
    ctx: PlaybookContext, interview: datetime, events: tuple[Event, ...]
) -> list[FollowUpWindow]:
    """Thank-you, then one follow-up only, then the offer to close."""
    after = tuple(e for e in events if e.at >= interview and e.kind is not EventKind.MEETING)
    turn, start = Turn.MINE, -1  # the interview itself hands me the turn
    for index, event in enumerate(after):
        handed = turn_after(ctx.kind, event.kind)
        if handed is None:
            continue
        if handed is not turn:
            turn, start = handed, index
        elif start < 0 or after[start].kind is not event.kind:
            start = index
    if turn is Turn.MINE:
        if start < 0:
            return [_thank_you(ctx, interview)]
        return _owed(ctx, after[start], is_trigger=False)
    first_sent = next(i for i, e in enumerate(after) if e.kind is EventKind.SENT)
    later = after[first_sent + 1 :]
    windows: list[FollowUpWindow] = []
    answered = any(turn_after(ctx.kind, e.kind) is Turn.MINE for e in later)
    followed_up = any(e.kind is EventKind.SENT for e in later)
    if not answered and not followed_up:
        settings = ctx.settings
        windows.append(
            ctx.days_after(
                Rule.FOLLOW_UP,
                Action.FOLLOW_UP,
                after[first_sent].at,
                settings.follow_up_remind_days,
                settings.follow_up_due_days,
                waiting=True,
            )
        )
    windows.append(_offer_close(ctx, after[-1].at))
    return windows


# -- introductions ---------------------------------------------------------
def _introduction(ctx: PlaybookContext) -> list[FollowUpWindow]:
    """Reach out to the introduced person; when that loop closes, tell the referrer.

    The reach-out is done once the loop with the introduced person exists.
    The outcome note is done by any message to the referrer after that loop
    closed. Messages from the referrer in between are answered like any other.
    """
    events, settings, referred = ctx.conversation, ctx.settings, ctx.facts.referred
    windows: list[FollowUpWindow] = []
    if referred is None:
        start = events[0].at if events else ctx.facts.loop.opened_at
        windows.append(
            ctx.days_after(
                Rule.REACH_OUT,
                Action.REACH_OUT,
                start,
                settings.intro_reach_out_remind_days,
                settings.intro_reach_out_due_days,
            )
        )
    elif referred.status is not LoopStatus.OPEN and referred.closed_at is not None:
        closed = referred.closed_at
        if not any(e.kind is EventKind.SENT and e.at >= closed for e in events):
            windows.append(
                ctx.days_after(
                    Rule.TELL_REFERRER,
                    Action.TELL_REFERRER,
                    closed,
                    settings.intro_outcome_remind_days,
                    settings.intro_outcome_due_days,
                )
            )
    turn, start_index = _state(ctx.kind, events)
    if turn is Turn.MINE and start_index > 0:
        windows.extend(_owed(ctx, events[start_index], is_trigger=False))
    return windows
