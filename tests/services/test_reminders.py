"""The reminder service over a real ledger: what is owed, delivered once, snoozed, paused."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.agenda import Repair
from ghostless.core.clock import FixedClock
from ghostless.core.errors import InputError
from ghostless.core.models import EventKind, LoopKind, Outcome
from ghostless.core.planner import AwayReason, SnoozePreset, Status
from ghostless.core.windows import Action, Rule
from ghostless.services.ledger import Ledger, contacts_of, store_of
from ghostless.services.reminders import ReminderService, parse_away_reason, parse_snooze_preset
from ghostless.services.settings import SettingsService

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


#: The recruiter's message: Friday 20 November 2026, 16:30 in Berlin. Counted in
#: working days (the default), it is reminded on Monday at 16:30, due on Tuesday
#: and overdue on Wednesday at the same time.
MESSAGE = berlin("2026-11-20T16:30")
REMIND = berlin("2026-11-23T16:30")
DUE = berlin("2026-11-24T16:30")
OVERDUE = berlin("2026-11-25T16:30")
SATURDAY = berlin("2026-11-21T10:00")
MONDAY_9 = berlin("2026-11-23T09:00")
MONDAY_NOON = berlin("2026-11-23T12:00")


@pytest.fixture
def service(ledger: Ledger) -> ReminderService:
    return ReminderService(ledger)


@pytest.fixture
def outreach(ledger: Ledger) -> int:
    priya = ledger.add_contact(name="Priya Raman", org="Northwind")
    return ledger.add_loop(
        contact_id=priya, kind=LoopKind.RECRUITER_OUTREACH, subject="Backend role", at=MESSAGE
    )


def _rules(service: ReminderService, now: datetime) -> list[tuple[Rule, Status]]:
    return [(item.window.rule, item.status) for item in service.agenda(now)]


def test_the_agenda_says_a_reply_is_owed_and_how_urgent_it_is(
    service: ReminderService, outreach: int
) -> None:
    assert _rules(service, SATURDAY) == [(Rule.REPLY, Status.UPCOMING)]
    assert _rules(service, MONDAY_9) == [(Rule.REPLY, Status.UPCOMING)]
    assert _rules(service, REMIND) == [(Rule.REPLY, Status.OPEN)]
    assert _rules(service, DUE) == [(Rule.REPLY, Status.DUE)]
    assert _rules(service, OVERDUE) == [(Rule.REPLY, Status.OVERDUE)]  # one line, not two
    (late,) = service.agenda(OVERDUE)
    assert late.repair is Repair.APOLOGY
    (item,) = service.agenda(SATURDAY)
    assert item.loop.id == outreach
    assert item.loop.contact_name == "Priya Raman"
    assert item.window.due_at == DUE
    assert item.snoozed_until is None
    assert item.repair is None


def test_a_reminder_is_delivered_once_even_after_a_restart(
    service: ReminderService, outreach: int, data_dir: Path
) -> None:
    # The weekend does not count: the first reminder is on Monday afternoon.
    assert service.due_now(SATURDAY).items == ()
    assert service.next_wakeup(SATURDAY) == REMIND
    delivery = service.due_now(REMIND)
    assert [(p.window.loop_id, p.window.action) for p in delivery.items] == [
        (outreach, Action.REPLY)
    ]
    assert service.record(delivery, REMIND) == 1
    assert service.record(delivery, REMIND) == 0, "re-recording the same keys is a no-op"
    later = REMIND + timedelta(hours=2)
    assert service.due_now(later).items == ()
    assert service.next_wakeup(later) is None

    restarted = Ledger.open(data_dir, FixedClock(later), BERLIN)
    try:
        again = ReminderService(restarted)
        assert again.due_now().items == ()
        assert again.deliver().items == ()
    finally:
        restarted.close()


def test_a_reply_removes_the_reply_window(
    service: ReminderService, ledger: Ledger, outreach: int
) -> None:
    ledger.log_event(outreach, EventKind.SENT, at=SATURDAY, text="Not looking right now")
    assert all(item.window.rule is not Rule.REPLY for item in service.agenda(MONDAY_9))
    assert [item.window.rule for item in service.agenda(MONDAY_9)] == [Rule.OFFER_CLOSE]
    assert service.due_now(MONDAY_9).items == ()


def test_a_closed_loop_or_a_muted_contact_is_owed_nothing(
    service: ReminderService, ledger: Ledger, outreach: int
) -> None:
    contacts_of(ledger).set_flags(
        ledger.loop(outreach).contact_id, muted=True, blocked=False, reason="", at=SATURDAY
    )
    assert service.agenda(MONDAY_9) == []
    contacts_of(ledger).set_flags(
        ledger.loop(outreach).contact_id, muted=False, blocked=False, reason="", at=SATURDAY
    )
    ledger.close_loop(outreach, Outcome.REPLIED)
    assert service.agenda(MONDAY_9) == []
    assert service.next_wakeup(MONDAY_9) is None


def test_a_snoozed_reminder_hides_until_its_time_then_comes_back_once(
    service: ReminderService, outreach: int
) -> None:
    assert service.deliver(REMIND).items
    until = berlin("2026-11-23T18:00")
    between = REMIND + timedelta(minutes=30)
    assert service.snooze(outreach, until, REMIND + timedelta(minutes=5))
    assert service.agenda(between)[0].snoozed_until == until
    assert service.due_now(between).items == ()
    assert service.next_wakeup(between) == until
    back = service.deliver(until)
    assert [(p.window.rule, p.snoozed) for p in back.items] == [(Rule.REPLY, True)]
    assert service.due_now(until + timedelta(hours=1)).items == ()
    assert service.agenda(until + timedelta(hours=1))[0].snoozed_until is None


def test_a_snooze_before_delivery_moves_the_first_push(
    service: ReminderService, outreach: int
) -> None:
    until, keys = service.snooze_preset(outreach, SnoozePreset.TOMORROW_MORNING, SATURDAY)
    assert until == berlin("2026-11-22T09:00")
    assert keys == ()  # the reminder comes Monday, after the snooze: nothing to move
    until, keys = service.snooze_preset(outreach, SnoozePreset.NEXT_WEEK, SATURDAY)
    assert until == MONDAY_9
    assert keys == ()  # Monday 16:30 comes after Monday 09:00 too
    until = berlin("2026-11-24T10:00")
    assert len(service.snooze(outreach, until, SATURDAY)) == 1
    assert service.due_now(REMIND).items == ()
    assert len(service.deliver(until).items) == 1
    assert service.due_now(until + timedelta(hours=2)).items == ()


def test_bad_snoozes_write_nothing(service: ReminderService, ledger: Ledger, outreach: int) -> None:
    with pytest.raises(InputError) as caught:
        service.snooze(outreach, SATURDAY - timedelta(hours=1), SATURDAY)
    assert caught.value.field == "snooze"
    with pytest.raises(InputError, match="loop"):
        service.snooze(999, MONDAY_NOON, SATURDAY)
    ledger.close_loop(outreach, Outcome.REPLIED)
    with pytest.raises(InputError, match="closed"):
        service.snooze(outreach, MONDAY_NOON, SATURDAY)
    assert service.reminders.snoozes() == {}
    assert parse_snooze_preset("next-week") is SnoozePreset.NEXT_WEEK
    assert parse_snooze_preset("1H") is SnoozePreset.HOUR
    assert parse_snooze_preset("next friday") is None


def test_away_pauses_reminders_and_back_now_lists_what_went_quiet(
    service: ReminderService, ledger: Ledger, outreach: int
) -> None:
    tomasz = ledger.add_contact(name="Tomasz Nowak")
    helped = ledger.add_loop(
        contact_id=tomasz,
        kind=LoopKind.HELP_RECEIVED,
        subject="Advice on the offer",
        at=berlin("2026-11-20T10:00"),
    )
    away = service.away_on(parse_away_reason("Illness"), berlin("2026-11-20T17:00"))
    assert service.away() == away
    with pytest.raises(InputError, match="already away"):
        service.away_on(AwayReason.OTHER, SATURDAY)
    assert service.due_now(MONDAY_9).items == ()
    assert service.next_wakeup(MONDAY_9) is None
    assert service.deliver(MONDAY_9).items == ()

    back = berlin("2026-11-25T17:00")
    summary = service.away_off(back)
    assert summary.back_at == back
    assert summary.away.reason is AwayReason.ILLNESS
    assert [(q.loop_id, q.status) for q in summary.loops] == [
        (helped, Status.OVERDUE),
        (outreach, Status.OVERDUE),
    ]
    assert "unwell" in summary.message
    assert service.away() is None

    missed = service.deliver(back)
    assert {p.window.loop_id for p in missed.items} == {outreach, helped}
    assert missed.digest
    assert service.due_now(back).items == ()
    with pytest.raises(InputError, match="not away"):
        service.away_off(back)
    with pytest.raises(InputError) as caught:
        parse_away_reason("holiday")
    assert caught.value.field == "reason"


def test_settings_change_the_windows_and_bad_ones_write_nothing(
    service: ReminderService, outreach: int
) -> None:
    assert service.settings().reply_due_hours == 48
    SettingsService(service.ledger).update({"reply_due_hours": 30})
    (item,) = service.agenda(SATURDAY)
    # A working day, then six working hours: 1.5 h on Monday evening, 4.5 h on Tuesday.
    assert item.window.due_at == berlin("2026-11-24T13:30")
    SettingsService(service.ledger).update({"count_working_days": False})
    (item,) = service.agenda(SATURDAY)
    assert item.window.due_at == MESSAGE + timedelta(hours=30)
    before = service.settings_repo.raw()
    with pytest.raises(InputError) as caught:
        SettingsService(service.ledger).update({"reply_overdue_hours": 10})
    assert caught.value.field == "reply_overdue_hours"
    with pytest.raises(InputError) as caught:
        SettingsService(service.ledger).update({"reply_due_days": 3})
    assert caught.value.field == "reply_due_days"
    assert service.settings_repo.raw() == before


def test_deadlines_and_referrals_set_through_the_ledger_reach_the_playbooks(
    service: ReminderService, ledger: Ledger, outreach: int
) -> None:
    amara = ledger.add_contact(name="Amara Okafor")
    deadline = berlin("2026-11-27T17:00")
    offer = ledger.add_loop(
        contact_id=amara, kind=LoopKind.JOB_OFFER, subject="Offer", at=MESSAGE, deadline=deadline
    )
    by_loop = {item.loop.id: item for item in service.agenda(SATURDAY)}
    assert by_loop[offer].window.action is Action.ANSWER_OFFER
    assert by_loop[offer].window.overdue_at == deadline
    later = deadline + timedelta(days=2)
    ledger.set_deadline(offer, later)
    assert ledger.follow_up_fields(offer).deadline == later
    by_loop = {item.loop.id: item for item in service.agenda(SATURDAY)}
    assert by_loop[offer].window.overdue_at == later

    intro = ledger.add_loop(
        contact_id=amara, kind=LoopKind.INTRODUCTION, subject="Intro to Priya", at=MESSAGE
    )
    rules = {item.window.rule for item in service.agenda(SATURDAY) if item.loop.id == intro}
    assert rules == {Rule.REACH_OUT}
    ledger.set_referred(intro, outreach)
    assert all(item.loop.id != intro for item in service.agenda(SATURDAY))

    ledger.decide_decline(offer, SATURDAY)
    rules = {item.window.rule for item in service.agenda(SATURDAY) if item.loop.id == offer}
    assert rules == {Rule.DECLINE}
    ledger.undecide_decline(offer)
    assert ledger.follow_up_fields(offer).decline_decided_at is None


def test_the_plan_reads_every_loop_in_a_fixed_number_of_queries(
    service: ReminderService, ledger: Ledger
) -> None:
    def statements(count: int) -> int:
        contact = ledger.add_contact(name=f"Contact {count}")
        for index in range(count):
            ledger.add_loop(
                contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject=f"Role {index}"
            )
        seen: list[str] = []
        store_of(ledger).conn.set_trace_callback(seen.append)
        try:
            service.plan()
        finally:
            store_of(ledger).conn.set_trace_callback(None)
        return len(seen)

    few = statements(2)
    many = statements(40)
    assert few == many <= 4


def test_introduced_by_links_the_loop_and_closing_it_owes_the_referrer_a_word(
    service: ReminderService, ledger: Ledger, outreach: int
) -> None:
    amara = ledger.add_contact(name="Amara Okafor")
    intro = ledger.add_loop(
        contact_id=amara, kind=LoopKind.INTRODUCTION, subject="Intro to Priya", at=MESSAGE
    )
    assert {o.window.rule for o in service.loop_agenda(intro, SATURDAY)} == {Rule.REACH_OUT}
    ledger.set_introduced_by(outreach, intro)
    assert ledger.follow_up_fields(outreach).introduced_by == intro
    assert service.loop_agenda(intro, SATURDAY) == []  # the reach-out is done
    ledger.close_loop(outreach, Outcome.DECLINED)
    tell = service.loop_agenda(intro, SATURDAY + timedelta(days=5))
    assert [o.window.rule for o in tell] == [Rule.TELL_REFERRER]
    ledger.reopen_loop(outreach)
    ledger.set_introduced_by(outreach, None)
    assert ledger.follow_up_fields(outreach).introduced_by is None
    assert ledger.follow_up_fields(intro).referred_loop_id is None


def test_introduced_by_a_person_finds_or_records_their_introduction(
    service: ReminderService, ledger: Ledger, outreach: int
) -> None:
    amara = ledger.add_contact(name="Amara Okafor")
    made = ledger.introduced_by_contact(outreach, amara)
    intro = ledger.loop(made)
    assert intro.kind is LoopKind.INTRODUCTION
    assert intro.contact_id == amara
    assert intro.opened_at == MESSAGE
    assert ledger.follow_up_fields(outreach).introduced_by == made
    assert ledger.introduced_by_contact(outreach, amara) == made  # not recorded twice
    with pytest.raises(InputError) as caught:
        ledger.introduced_by_contact(outreach, ledger.loop(outreach).contact_id)
    assert caught.value.field == "introduced_by"


def test_an_offer_deadline_reaches_every_other_job_loop_and_can_be_dismissed(
    service: ReminderService, ledger: Ledger, outreach: int
) -> None:
    amara = ledger.add_contact(name="Amara Okafor")
    offer = ledger.add_loop(contact_id=amara, kind=LoopKind.JOB_OFFER, subject="Offer", at=MESSAGE)
    assert Rule.TELL_DEADLINE not in {o.window.rule for o in service.loop_agenda(outreach)}
    ledger.set_deadline(offer, berlin("2026-11-27T17:00"))  # recomputes the other loops
    (tell,) = [o for o in service.loop_agenda(outreach, SATURDAY) if o.window.rule.dismissible]
    assert tell.window.action is Action.TELL_DEADLINE
    assert all(not o.window.rule.dismissible for o in service.loop_agenda(offer, SATURDAY))
    ledger.dismiss(outreach, tell.window.key)
    assert Rule.TELL_DEADLINE not in {o.window.rule for o in service.loop_agenda(outreach)}
    assert ledger.undismiss(outreach, tell.window.key)
    assert Rule.TELL_DEADLINE in {o.window.rule for o in service.loop_agenda(outreach, SATURDAY)}
    ledger.close_loop(offer, Outcome.ACCEPTED)
    assert Rule.TELL_DEADLINE not in {o.window.rule for o in service.loop_agenda(outreach)}


def test_an_introduction_recorded_on_linking_invents_no_message(
    service: ReminderService, ledger: Ledger, outreach: int
) -> None:
    amara = ledger.add_contact(name="Amara Okafor")
    intro = ledger.introduced_by_contact(outreach, amara)
    (event,) = ledger.events(intro)
    assert event.kind is EventKind.NOTE  # nobody wrote: no message received is recorded
    assert ledger.loop(intro).turn.value == "nobody"
    assert service.loop_agenda(intro, SATURDAY) == []
