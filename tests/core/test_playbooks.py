"""Each rule of the playbook table, with concrete times in Europe/Berlin.

November 2026: Friday the 20th, Monday the 16th and the 23rd, Thursday the
26th. Berlin is UTC+1 all month.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.models import Contact, Event, EventKind, Loop, LoopKind, LoopStatus, Turn
from ghostless.core.playbooks import (
    Action,
    FollowUpWindow,
    LoopFacts,
    Rule,
    Timing,
    follow_up_windows,
)
from ghostless.core.settings import Settings
from ghostless.core.timeparse import localize
from ghostless.core.windows import OfferDeadline
from ghostless.core.working_hours import WorkingHours

BERLIN = ZoneInfo("Europe/Berlin")
#: Most cases count reply windows in elapsed hours; the working-day count has its own tests.
ELAPSED = Settings(count_working_days=False)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "playbooks.md"


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    wall_time = datetime.combine(date(year, month, day), time(hour, minute))
    return localize(wall_time, BERLIN).astimezone(UTC)


def nov(day: int, hour: int = 0, minute: int = 0) -> datetime:
    return local(2026, 11, day, hour, minute)


def wall(instant: datetime | None) -> str:
    assert instant is not None
    return instant.astimezone(BERLIN).strftime("%a %d %H:%M")


def make_loop(
    kind: LoopKind,
    *,
    loop_id: int = 1,
    status: LoopStatus = LoopStatus.OPEN,
    opened: datetime | None = None,
    closed: datetime | None = None,
) -> Loop:
    opened = opened or nov(1)
    return Loop(
        id=loop_id,
        contact_id=1,
        kind=kind,
        subject="a matter",
        status=status,
        turn=Turn.NOBODY,
        turn_since=None,
        opened_at=opened,
        closed_at=closed,
    )


def facts(
    kind: LoopKind,
    *events: tuple[EventKind, datetime],
    status: LoopStatus = LoopStatus.OPEN,
    **extra: object,
) -> LoopFacts:
    loop = make_loop(kind, status=status, opened=events[0][1] if events else None)
    recorded = tuple(
        Event(id=index + 1, loop_id=loop.id, kind=event_kind, at=at)
        for index, (event_kind, at) in enumerate(events)
    )
    return LoopFacts(loop, recorded, **extra)


def plan(f: LoopFacts, settings: Settings | None = None) -> dict[Rule, FollowUpWindow]:
    found = follow_up_windows(f, settings or ELAPSED, BERLIN)
    rules = [w.rule for w in found]
    assert len(rules) == len(set(rules)), rules
    return {w.rule: w for w in found}


def times(window: FollowUpWindow) -> tuple[str, str, str, str]:
    """opens, remind (delivery), due, overdue as Berlin wall times."""
    return (
        wall(window.opens_at),
        wall(window.remind_at),
        wall(window.due_at),
        wall(window.overdue_at),
    )


RECEIVED, SENT, MEETING, PROMISE, NOTE = (
    EventKind.RECEIVED,
    EventKind.SENT,
    EventKind.MEETING,
    EventKind.PROMISE,
    EventKind.NOTE,
)


# -- recruiter outreach and replies -------------------------------------------
def test_recruiter_message_on_friday_afternoon() -> None:
    windows = plan(facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(20, 16, 30))))
    reply = windows[Rule.REPLY]
    assert reply.action is Action.REPLY
    assert reply.timing is Timing.ELAPSED
    # remind Saturday 16:30 is outside working hours: delivered Monday 09:00;
    # due Sunday 16:30 does not move
    assert times(reply) == ("Sat 21 16:30", "Mon 23 09:00", "Sun 22 16:30", "Mon 23 16:30")
    assert reply.anchor == nov(20, 16, 30)
    assert reply.key == "1:reply:2026-11-20T15:30:00+00:00"
    assert not reply.waiting
    assert not reply.cancel_if_late


def test_a_reminder_inside_working_hours_is_delivered_at_its_moment() -> None:
    reply = plan(facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16, 10))))[Rule.REPLY]
    assert reply.remind_at == reply.opens_at == nov(17, 10)


def test_a_second_message_keeps_the_wait_from_the_first() -> None:
    f = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16, 10)), (RECEIVED, nov(17, 12)))
    assert plan(f)[Rule.REPLY].anchor == nov(16, 10)


def test_notes_change_nothing() -> None:
    plain = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16, 10)))
    noted = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16, 10)), (NOTE, nov(16, 11)))
    assert plan(noted) == plan(plain)


def test_a_reply_cancels_the_reminder() -> None:
    f = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16, 10)), (SENT, nov(16, 15)))
    windows = plan(f)
    assert set(windows) == {Rule.OFFER_CLOSE}  # only the rule that waits on them
    assert all(w.waiting for w in windows.values())


def test_their_answer_opens_a_new_reply_window() -> None:
    f = facts(
        LoopKind.RECRUITER_OUTREACH,
        (RECEIVED, nov(16, 10)),
        (SENT, nov(16, 15)),
        (RECEIVED, nov(18, 9, 5)),
    )
    reply = plan(f)[Rule.REPLY]
    assert reply.anchor == nov(18, 9, 5)
    assert times(reply) == ("Thu 19 09:05", "Thu 19 09:05", "Fri 20 09:05", "Sat 21 09:05")


def test_events_logged_out_of_order_count_in_time_order() -> None:
    f = facts(LoopKind.RECRUITER_OUTREACH, (SENT, nov(16, 15)), (RECEIVED, nov(16, 10)))
    assert Rule.REPLY not in plan(f)


def test_thirty_days_of_silence_offer_closing_as_no_response() -> None:
    f = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(2, 10)), (SENT, nov(3, 20)))
    close = plan(f)[Rule.OFFER_CLOSE]
    assert close.action is Action.OFFER_CLOSE
    assert close.action.value == "offer_close_no_response"
    assert close.timing is Timing.LOCAL_DAYS
    assert (wall(close.opens_at), wall(close.overdue_at)) == ("Thu 03 09:00", "Thu 03 18:00")
    assert close.opens_at.astimezone(BERLIN).month == 12


def test_collaboration_proposal_wants_an_answer_like_recruiter_outreach() -> None:
    first = plan(facts(LoopKind.COLLABORATION_PROPOSAL, (RECEIVED, nov(16, 10))))
    answer = first[Rule.PROPOSAL]
    assert answer.action is Action.ANSWER_PROPOSAL
    assert answer.due_at - answer.anchor == timedelta(hours=48)
    later = facts(
        LoopKind.COLLABORATION_PROPOSAL,
        (RECEIVED, nov(16, 10)),
        (SENT, nov(16, 12)),
        (RECEIVED, nov(17, 10)),
    )
    assert set(plan(later)) == {Rule.REPLY}


def test_a_call_after_an_unanswered_message_is_owed_thanks_not_a_reply() -> None:
    f = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16, 10)), (MEETING, nov(17, 14)))
    windows = plan(f)
    assert Rule.REPLY not in windows
    assert windows[Rule.MEETING_THANKS].anchor == nov(17, 14)


# -- decline ------------------------------------------------------------------
def test_a_decided_decline_is_due_48_to_72_hours_after_deciding() -> None:
    f = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16, 10)), decline_decided_at=nov(18, 10))
    windows = plan(f)
    assert set(windows) == {Rule.DECLINE}  # replaces the reply window
    decline = windows[Rule.DECLINE]
    assert decline.action is Action.DECLINE
    assert times(decline) == ("Thu 19 10:00", "Thu 19 10:00", "Fri 20 10:00", "Sat 21 10:00")


def test_once_the_decline_is_sent_nothing_more_is_owed() -> None:
    f = facts(
        LoopKind.INTERVIEW_HELD,
        (MEETING, nov(16, 10)),
        (SENT, nov(19, 9)),
        (RECEIVED, nov(20, 9)),
        decline_decided_at=nov(18, 10),
    )
    assert plan(f) == {}


# -- interviews ---------------------------------------------------------------
def test_interview_scheduled_asks_still_going_and_is_dropped_once_late() -> None:
    f = facts(
        LoopKind.INTERVIEW_SCHEDULED, (MEETING, nov(16, 11)), deadline=nov(26, 10)
    )  # scheduled on Monday for Thursday 10:00
    still_going = plan(f)[Rule.STILL_GOING]
    assert still_going.action is Action.CONFIRM_ATTENDING
    assert times(still_going) == ("Tue 24 10:00", "Tue 24 10:00", "Wed 25 10:00", "Thu 26 10:00")
    assert still_going.cancel_if_late
    assert still_going.expires_at == nov(26, 10)


def test_the_interview_time_can_come_from_the_meeting_event() -> None:
    f = facts(LoopKind.INTERVIEW_SCHEDULED, (MEETING, nov(26, 10)))
    windows = plan(f)
    assert windows[Rule.STILL_GOING].anchor == nov(26, 10)
    assert windows[Rule.THANK_YOU].anchor == nov(26, 10)


def test_a_message_after_the_check_opened_settles_still_going() -> None:
    early = facts(
        LoopKind.INTERVIEW_SCHEDULED,
        (MEETING, nov(16, 11)),
        (SENT, nov(17, 9)),
        deadline=nov(26, 10),
    )
    assert Rule.STILL_GOING in plan(early)
    answered = facts(
        LoopKind.INTERVIEW_SCHEDULED,
        (MEETING, nov(16, 11)),
        (SENT, nov(24, 15)),
        deadline=nov(26, 10),
    )
    assert Rule.STILL_GOING not in plan(answered)


def test_a_reply_owed_before_the_interview_expires_when_it_starts() -> None:
    f = facts(
        LoopKind.INTERVIEW_SCHEDULED,
        (MEETING, nov(16, 11)),
        (RECEIVED, nov(25, 8)),
        deadline=nov(26, 10),
    )
    found = follow_up_windows(f, ELAPSED, BERLIN)
    reply = next(w for w in found if w.rule is Rule.REPLY)
    assert reply.expires_at == nov(26, 10)


def test_interview_held_on_friday_afternoon_thank_you_due_next_working_day() -> None:
    thanks = plan(facts(LoopKind.INTERVIEW_HELD, (MEETING, nov(20, 16))))[Rule.THANK_YOU]
    assert thanks.action is Action.THANK_YOU
    assert thanks.timing is Timing.LOCAL_DAYS
    assert times(thanks) == ("Fri 20 18:00", "Mon 23 09:00", "Mon 23 09:00", "Mon 23 18:00")


def test_thank_you_reminder_comes_the_same_day_after_a_morning_interview() -> None:
    thanks = plan(facts(LoopKind.INTERVIEW_HELD, (MEETING, nov(17, 10))))[Rule.THANK_YOU]
    assert times(thanks) == ("Tue 17 12:00", "Tue 17 12:00", "Wed 18 09:00", "Wed 18 18:00")


def test_scheduled_interview_goes_on_to_the_thank_you() -> None:
    f = facts(LoopKind.INTERVIEW_SCHEDULED, (MEETING, nov(16, 11)), deadline=nov(26, 10))
    assert times(plan(f)[Rule.THANK_YOU]) == (
        "Thu 26 12:00",
        "Thu 26 12:00",
        "Fri 27 09:00",
        "Fri 27 18:00",
    )


def test_follow_up_once_after_the_thank_you() -> None:
    f = facts(LoopKind.INTERVIEW_HELD, (MEETING, nov(16, 10)), (SENT, nov(16, 16)))
    windows = plan(f)
    assert set(windows) == {Rule.FOLLOW_UP, Rule.OFFER_CLOSE}
    follow_up = windows[Rule.FOLLOW_UP]
    assert follow_up.waiting
    assert follow_up.action is Action.FOLLOW_UP
    # day 5 is Saturday: delivered Monday; due from Monday (day 7) morning
    assert times(follow_up) == ("Sat 21 09:00", "Mon 23 09:00", "Mon 23 09:00", "Mon 23 18:00")
    assert wall(windows[Rule.OFFER_CLOSE].opens_at) == "Wed 16 09:00"  # December


def test_after_the_single_follow_up_no_further_nudge() -> None:
    f = facts(
        LoopKind.INTERVIEW_HELD,
        (MEETING, nov(16, 10)),
        (SENT, nov(16, 16)),
        (SENT, nov(23, 11)),
    )
    windows = plan(f)
    assert set(windows) == {Rule.OFFER_CLOSE}
    close = windows[Rule.OFFER_CLOSE]
    assert close.anchor == nov(23, 11)  # the silence counts from the follow-up
    assert close.opens_at == local(2026, 12, 23, 9)


def test_their_answer_after_the_thank_you_ends_the_follow_up_rule() -> None:
    answered = facts(
        LoopKind.INTERVIEW_HELD,
        (MEETING, nov(16, 10)),
        (SENT, nov(16, 16)),
        (RECEIVED, nov(18, 10)),
    )
    assert set(plan(answered)) == {Rule.REPLY}
    replied = facts(
        LoopKind.INTERVIEW_HELD,
        (MEETING, nov(16, 10)),
        (SENT, nov(16, 16)),
        (RECEIVED, nov(18, 10)),
        (SENT, nov(18, 12)),
    )
    assert set(plan(replied)) == {Rule.OFFER_CLOSE}


def test_their_message_after_the_interview_is_answered_instead_of_a_separate_thanks() -> None:
    f = facts(LoopKind.INTERVIEW_HELD, (MEETING, nov(16, 10)), (RECEIVED, nov(16, 15)))
    windows = plan(f)
    assert Rule.THANK_YOU not in windows
    assert windows[Rule.REPLY].anchor == nov(16, 15)


# -- offers -------------------------------------------------------------------
def test_offer_reminders_three_days_and_one_day_before_the_deadline() -> None:
    f = facts(LoopKind.JOB_OFFER, (RECEIVED, nov(16, 10)), deadline=nov(27, 17))
    offer = plan(f)[Rule.OFFER]
    assert offer.action is Action.ANSWER_OFFER
    assert offer.anchor == nov(27, 17)
    assert (wall(offer.opens_at), wall(offer.due_at), wall(offer.overdue_at)) == (
        "Tue 24 17:00",
        "Thu 26 17:00",
        "Fri 27 17:00",
    )
    assert [wall(r.at) for r in offer.reminders] == ["Tue 24 17:00", "Thu 26 17:00"]
    assert len({r.key for r in offer.reminders}) == 2


def test_an_offer_received_late_is_reminded_from_its_arrival() -> None:
    f = facts(LoopKind.JOB_OFFER, (RECEIVED, nov(25, 10)), deadline=nov(27, 17))
    offer = plan(f)[Rule.OFFER]
    assert offer.opens_at == nov(25, 10)
    assert [wall(r.at) for r in offer.reminders] == ["Wed 25 10:00", "Thu 26 17:00"]


def test_a_later_deadline_is_a_new_occurrence_with_new_keys() -> None:
    first = plan(facts(LoopKind.JOB_OFFER, (RECEIVED, nov(16, 10)), deadline=nov(27, 17)))
    moved = plan(facts(LoopKind.JOB_OFFER, (RECEIVED, nov(16, 10)), deadline=nov(30, 17)))
    assert {r.key for r in first[Rule.OFFER].reminders}.isdisjoint(
        r.key for r in moved[Rule.OFFER].reminders
    )


def test_an_offer_without_a_deadline_is_answered_like_a_message() -> None:
    offer = plan(facts(LoopKind.JOB_OFFER, (RECEIVED, nov(16, 10))))[Rule.OFFER]
    assert offer.due_at - offer.anchor == timedelta(hours=48)


def test_a_question_about_the_offer_pauses_it_until_they_answer() -> None:
    asked = facts(
        LoopKind.JOB_OFFER, (RECEIVED, nov(16, 10)), (SENT, nov(16, 12)), deadline=nov(27, 17)
    )
    assert Rule.OFFER not in plan(asked)
    answered = facts(
        LoopKind.JOB_OFFER,
        (RECEIVED, nov(16, 10)),
        (SENT, nov(16, 12)),
        (RECEIVED, nov(17, 9)),
        deadline=nov(27, 17),
    )
    original = plan(facts(LoopKind.JOB_OFFER, (RECEIVED, nov(16, 10)), deadline=nov(27, 17)))
    assert plan(answered)[Rule.OFFER].key == original[Rule.OFFER].key


# -- help, networking -----------------------------------------------------
def test_thanks_for_help_within_24_hours() -> None:
    thanks = plan(facts(LoopKind.HELP_RECEIVED, (RECEIVED, nov(16, 20))))[Rule.HELP_THANKS]
    assert thanks.action is Action.THANKS
    assert thanks.timing is Timing.ELAPSED
    assert times(thanks) == ("Tue 17 08:00", "Tue 17 09:00", "Tue 17 20:00", "Wed 18 20:00")


def test_networking_call_thanks_due_the_next_day() -> None:
    thanks = plan(facts(LoopKind.NETWORKING_CALL, (MEETING, nov(20, 11))))[Rule.MEETING_THANKS]
    assert thanks.action is Action.THANKS
    # the next calendar day, even a Saturday; the due instant never moves
    assert times(thanks) == ("Fri 20 13:00", "Fri 20 13:00", "Sat 21 09:00", "Sat 21 18:00")


# -- introductions --------------------------------------------------------
def test_introduction_reach_out_due_on_day_two() -> None:
    reach = plan(facts(LoopKind.INTRODUCTION, (RECEIVED, nov(16, 10))))[Rule.REACH_OUT]
    assert reach.action is Action.REACH_OUT
    assert times(reach) == ("Tue 17 09:00", "Tue 17 09:00", "Wed 18 09:00", "Wed 18 18:00")


def test_introduction_waits_while_the_introduced_loop_runs() -> None:
    referred = make_loop(LoopKind.OTHER, loop_id=2)
    f = facts(LoopKind.INTRODUCTION, (RECEIVED, nov(16, 10)), referred=referred)
    assert plan(f) == {}


def test_closing_the_introduced_loop_opens_the_outcome_note() -> None:
    referred = make_loop(LoopKind.OTHER, loop_id=2, status=LoopStatus.CLOSED, closed=nov(26, 15))
    f = facts(LoopKind.INTRODUCTION, (RECEIVED, nov(16, 10)), referred=referred)
    tell = plan(f)[Rule.TELL_REFERRER]
    assert tell.action is Action.TELL_REFERRER
    assert tell.anchor == nov(26, 15)
    assert times(tell) == ("Fri 27 09:00", "Fri 27 09:00", "Sun 29 09:00", "Sun 29 18:00")
    told = facts(
        LoopKind.INTRODUCTION,
        (RECEIVED, nov(16, 10)),
        (SENT, nov(27, 10)),
        referred=referred,
    )
    assert plan(told) == {}


def test_an_archived_introduced_loop_counts_as_closed() -> None:
    referred = make_loop(LoopKind.OTHER, loop_id=2, status=LoopStatus.ARCHIVED, closed=nov(26, 15))
    f = facts(LoopKind.INTRODUCTION, (RECEIVED, nov(16, 10)), referred=referred)
    assert Rule.TELL_REFERRER in plan(f)


def test_a_later_message_from_the_referrer_is_answered() -> None:
    referred = make_loop(LoopKind.OTHER, loop_id=2)
    f = facts(
        LoopKind.INTRODUCTION,
        (RECEIVED, nov(16, 10)),
        (SENT, nov(16, 12)),
        (RECEIVED, nov(19, 10)),
        referred=referred,
    )
    assert plan(f)[Rule.REPLY].anchor == nov(19, 10)


# -- promises -----------------------------------------------------------------
def test_my_promise_is_reminded_the_day_before_and_overdue_after_the_date() -> None:
    f = facts(LoopKind.PROMISE_MINE, (PROMISE, nov(16, 10)), deadline=nov(20, 17))
    keep = plan(f)[Rule.KEEP_PROMISE]
    assert keep.action is Action.KEEP_PROMISE
    assert keep.since == nov(16, 10)
    assert times(keep) == ("Thu 19 17:00", "Thu 19 17:00", "Fri 20 09:00", "Fri 20 17:00")


def test_keeping_the_promise_ends_it() -> None:
    f = facts(
        LoopKind.PROMISE_MINE, (PROMISE, nov(16, 10)), (SENT, nov(18, 10)), deadline=nov(20, 17)
    )
    assert set(plan(f)) == {Rule.OFFER_CLOSE}


def test_a_promise_without_a_date_is_kept_like_a_reply() -> None:
    keep = plan(facts(LoopKind.PROMISE_MINE, (PROMISE, nov(16, 10))))[Rule.KEEP_PROMISE]
    assert keep.due_at - keep.anchor == timedelta(hours=48)


def test_a_promise_made_to_me_gets_one_nudge_after_the_date() -> None:
    f = facts(LoopKind.PROMISE_THEIRS, (PROMISE, nov(16, 10)), deadline=nov(20, 17))
    windows = plan(f)
    assert set(windows) == {Rule.NUDGE, Rule.OFFER_CLOSE}
    nudge = windows[Rule.NUDGE]
    assert nudge.waiting
    assert times(nudge) == ("Wed 25 09:00", "Wed 25 09:00", "Fri 27 09:00", "Fri 27 18:00")
    assert windows[Rule.OFFER_CLOSE].opens_at == local(2026, 12, 20, 9)


def test_a_message_before_the_date_is_not_the_nudge_one_after_it_is() -> None:
    before = facts(
        LoopKind.PROMISE_THEIRS, (PROMISE, nov(16, 10)), (SENT, nov(18, 10)), deadline=nov(20, 17)
    )
    assert Rule.NUDGE in plan(before)
    nudged = facts(
        LoopKind.PROMISE_THEIRS, (PROMISE, nov(16, 10)), (SENT, nov(25, 10)), deadline=nov(20, 17)
    )
    assert set(plan(nudged)) == {Rule.OFFER_CLOSE}


def test_their_answer_to_their_promise_is_owed_a_reply() -> None:
    f = facts(
        LoopKind.PROMISE_THEIRS,
        (PROMISE, nov(16, 10)),
        (RECEIVED, nov(19, 10)),
        deadline=nov(20, 17),
    )
    assert set(plan(f)) == {Rule.REPLY}


# -- repair, and loops that owe nothing --------------------------------------
def test_repair_is_advice_on_the_late_item_never_a_window_of_its_own() -> None:
    windows = plan(facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(20, 16, 30))))
    assert set(windows) == {Rule.REPLY}  # nothing owed is invented for the future
    assert "repair" not in {rule.value for rule in Rule}


@pytest.mark.parametrize("status", [LoopStatus.CLOSED, LoopStatus.ARCHIVED])
def test_closed_and_archived_loops_owe_nothing(status: LoopStatus) -> None:
    assert plan(facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16)), status=status)) == {}


@pytest.mark.parametrize("flag", ["muted", "blocked"])
def test_a_muted_or_blocked_contact_is_owed_nothing(flag: str) -> None:
    contact = replace(Contact(id=1, name="Pat"), **{flag: True})
    f = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16)), contact=contact)
    assert plan(f) == {}
    assert plan(replace(f, contact=Contact(id=1, name="Pat")))


def test_a_loop_with_no_conversation_owes_nothing() -> None:
    assert plan(facts(LoopKind.OTHER, (NOTE, nov(16)))) == {}


def test_settings_change_the_windows() -> None:
    settings = Settings(reply_remind_hours=2, reply_due_hours=4, reply_overdue_hours=6)
    reply = plan(facts(LoopKind.OTHER, (RECEIVED, nov(16, 10))), settings)[Rule.REPLY]
    assert times(reply) == ("Mon 16 12:00", "Mon 16 12:00", "Mon 16 14:00", "Mon 16 16:00")


def test_every_action_has_a_label_and_every_rule_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for action in Action:
        assert action.label
    for rule in Rule:
        assert f"`{rule.value}`" in text, rule


# -- counting reply windows in working days (the default) ---------------------------
# 20 November 2026 is a Friday.
@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (nov(20, 16), ("Mon 23 16:00", "Mon 23 16:00", "Tue 24 16:00", "Wed 25 16:00")),
        (nov(21, 11), ("Tue 24 09:00", "Tue 24 09:00", "Wed 25 09:00", "Thu 26 09:00")),
        (nov(17, 20, 30), ("Thu 19 09:00", "Thu 19 09:00", "Fri 20 09:00", "Mon 23 09:00")),
    ],
    ids=["friday afternoon", "saturday", "tuesday evening"],
)
def test_reply_windows_count_working_days_by_default_as_the_docs_show(
    received: datetime, expected: tuple[str, str, str, str]
) -> None:
    reply = plan(facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, received)), Settings())[Rule.REPLY]
    assert reply.timing is Timing.WORKING_DAYS
    assert times(reply) == expected
    assert reply.remind_at is not None
    assert reply.remind_at <= reply.due_at  # reminded before it is due, never after


def test_counted_in_elapsed_hours_a_friday_message_is_due_on_sunday() -> None:
    reply = plan(facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(20, 16))))[Rule.REPLY]
    assert reply.timing is Timing.ELAPSED
    assert times(reply) == ("Sat 21 16:00", "Mon 23 09:00", "Sun 22 16:00", "Mon 23 16:00")


def test_days_off_do_not_count_and_weekends_count_when_delivered_on() -> None:
    weekends = Settings(working_hours=WorkingHours(weekends=True))
    reply = plan(facts(LoopKind.OTHER, (RECEIVED, nov(20, 16))), weekends)[Rule.REPLY]
    assert times(reply)[2] == "Sun 22 16:00"
    four_days = Settings(working_hours=WorkingHours(days=(0, 1, 2, 3)))
    reply = plan(facts(LoopKind.OTHER, (RECEIVED, nov(19, 10))), four_days)[Rule.REPLY]
    assert times(reply)[2] == "Tue 24 10:00"  # Thursday + 2 working days, Friday off


# -- telling other processes about an offer's deadline -------------------------------
def _offer(deadline: datetime) -> OfferDeadline:
    return OfferDeadline(loop_id=9, received_at=nov(16, 10), deadline=deadline)


def test_an_offer_deadline_is_owed_to_every_other_job_loop_until_told() -> None:
    offer = _offer(deadline=nov(27, 17))
    waiting = facts(
        LoopKind.INTERVIEW_HELD,
        (MEETING, nov(10, 10)),
        (SENT, nov(10, 16)),
        offers=(offer,),
    )
    tell = plan(waiting)[Rule.TELL_DEADLINE]
    assert tell.action is Action.TELL_DEADLINE
    assert tell.since == nov(16, 10)
    assert tell.due_at == nov(18, 10)
    assert tell.expires_at == nov(27, 17)  # moot once the deadline has passed
    assert tell.key == "1:offer.tell_deadline:9"  # one per offer, whatever its deadline
    moved = replace(waiting, offers=(_offer(deadline=nov(26, 12)),))
    assert plan(moved)[Rule.TELL_DEADLINE].key == tell.key
    told = facts(
        LoopKind.INTERVIEW_HELD,
        (MEETING, nov(10, 10)),
        (SENT, nov(10, 16)),
        (SENT, nov(16, 15)),
        offers=(offer,),
    )
    assert Rule.TELL_DEADLINE not in plan(told)


def test_a_near_deadline_caps_the_window_and_a_passed_one_owes_nothing() -> None:
    near = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(1, 10)), (SENT, nov(1, 11)),
                 offers=(_offer(deadline=nov(17, 9)),))  # fmt: skip
    tell = plan(near)[Rule.TELL_DEADLINE]
    assert tell.overdue_at == nov(17, 9)
    late = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(20, 10)),
                 offers=(_offer(deadline=nov(17, 9)),))  # fmt: skip
    assert Rule.TELL_DEADLINE not in plan(late)


def test_a_dismissed_deadline_note_is_not_owed_and_others_are_untouched() -> None:
    f = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16, 9)), offers=(_offer(nov(27, 17)),))
    key = plan(f)[Rule.TELL_DEADLINE].key
    dismissed = replace(f, dismissed=frozenset({key}))
    assert set(plan(dismissed)) == {Rule.REPLY}
    assert Rule.TELL_DEADLINE.dismissible
    assert not Rule.REPLY.dismissible


def test_non_job_loops_and_decided_declines_owe_no_deadline_note() -> None:
    offers = (_offer(nov(27, 17)),)
    assert Rule.TELL_DEADLINE not in plan(
        facts(LoopKind.HELP_RECEIVED, (RECEIVED, nov(16, 9)), offers=offers)
    )
    decided = facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16, 9)), offers=offers,
                    decline_decided_at=nov(16, 12))  # fmt: skip
    assert set(plan(decided)) == {Rule.DECLINE}


def test_deciding_to_decline_a_late_reply_keeps_it_late() -> None:
    late = facts(
        LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16, 10)), decline_decided_at=nov(20, 9)
    )
    (decline,) = plan(late).values()
    reply = plan(facts(LoopKind.RECRUITER_OUTREACH, (RECEIVED, nov(16, 10))))[Rule.REPLY]
    assert decline.rule is Rule.DECLINE
    assert (decline.due_at, decline.overdue_at) == (reply.due_at, reply.overdue_at)
    assert decline.overdue_at < nov(20, 9)  # overdue at once, not three days later


def test_hours_left_over_are_working_hours_so_nothing_falls_due_at_night() -> None:
    settings = Settings(reply_due_hours=36)
    # Monday 12:30: a working day later is Tuesday 12:30; twelve more hours are one
    # working day's worth at most (nine hours of 09:00-18:00): Wednesday 12:30.
    reply = plan(facts(LoopKind.OTHER, (RECEIVED, nov(16, 12, 30))), settings)[Rule.REPLY]
    assert times(reply)[2] == "Wed 18 12:30"
    for hours in range(1, 73):
        due = plan(
            facts(LoopKind.OTHER, (RECEIVED, nov(16, 12, 30))),
            Settings(reply_remind_hours=0, reply_due_hours=hours, reply_overdue_hours=72),
        )[Rule.REPLY].due_at
        local = due.astimezone(BERLIN)
        assert time(9) <= local.time() <= time(18), hours
