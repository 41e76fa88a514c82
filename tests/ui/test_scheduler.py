"""The scheduler driver: one capped single-shot timer, exactly-once delivery, catch-up.

A FixedClock stands in for the wall clock and the real QTimer is used; no test
waits for real time beyond a zero-length timer and qtbot's event processing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, LoopKind
from ghostless.core.planner import AwayReason, Delivery
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.app import window_settings
from ghostless.ui.reminders.scheduler import (
    CLOCK_GAP,
    MAX_SLEEP,
    WATCHED_KEY,
    SchedulerDriver,
    SettingsWatchLog,
)

MAX_SLEEP_MS = int(MAX_SLEEP / timedelta(milliseconds=1))


class Collected:
    """Every delivery a driver emitted."""

    def __init__(self, driver: SchedulerDriver) -> None:
        self.deliveries: list[Delivery] = []
        driver.reminders_due.connect(self.deliveries.append)

    @property
    def keys(self) -> list[str]:
        return [key for delivery in self.deliveries for key in delivery.keys]


@pytest.fixture
def service(ledger: Ledger) -> ReminderService:
    return ReminderService(ledger)


@pytest.fixture
def driver(
    qapp: QApplication, service: ReminderService, clock: FixedClock
) -> Iterator[SchedulerDriver]:
    made = SchedulerDriver(service, clock)
    yield made
    made.stop()  # no timer outlives its test


def _recruiter(ledger: Ledger, received_ago: timedelta, name: str = "Priya Raman") -> int:
    """A recruiter's message received ``received_ago``: the reply reminder comes 24 h after."""
    contact = ledger.add_contact(name=name, org="Northwind Talent")
    return ledger.add_loop(
        contact_id=contact,
        kind=LoopKind.RECRUITER_OUTREACH,
        subject="Senior backend role",
        at=ledger.clock.now() - received_ago,
    )


def test_the_timer_is_armed_to_the_next_reminder(
    driver: SchedulerDriver, ledger: Ledger, clock: FixedClock
) -> None:
    # Received 23 h 58 min ago: the reply reminder is due in 2 minutes (Fri 15:02 in Berlin).
    _recruiter(ledger, timedelta(hours=23, minutes=58))
    assert driver.start().items == ()
    assert driver.next_wakeup_at == clock.now() + timedelta(minutes=2)
    assert driver.timer.isActive()
    assert driver.timer.isSingleShot()
    assert driver.timer.timerType() is Qt.TimerType.PreciseTimer
    assert driver.timer.interval() == 120_000
    assert 110_000 < driver.timer.remainingTime() <= 120_000


def test_the_timer_never_sleeps_longer_than_the_cap(
    driver: SchedulerDriver, ledger: Ledger, clock: FixedClock
) -> None:
    # Received now, on a Friday: the reminder waits for Monday 09:00, days away.
    _recruiter(ledger, timedelta(0))
    driver.start()
    assert driver.next_wakeup_at is not None
    assert driver.next_wakeup_at - clock.now() > timedelta(days=2)
    assert driver.timer.interval() == MAX_SLEEP_MS
    assert driver.armed_for == clock.now() + MAX_SLEEP


def test_nothing_pending_still_looks_again_after_the_cap(driver: SchedulerDriver) -> None:
    driver.start()
    assert driver.next_wakeup_at is None
    assert driver.timer.isActive()
    assert driver.timer.interval() == MAX_SLEEP_MS


def test_a_data_change_re_arms_the_timer(
    qtbot: QtBot, driver: SchedulerDriver, ledger: Ledger, clock: FixedClock
) -> None:
    driver.start()
    assert driver.next_wakeup_at is None
    _recruiter(ledger, timedelta(hours=23, minutes=30))
    with qtbot.waitSignal(driver.schedule_changed, timeout=1000):
        driver.reschedule()
    assert driver.next_wakeup_at == clock.now() + timedelta(minutes=30)
    assert driver.timer.interval() == MAX_SLEEP_MS  # 30 minutes away: capped


def test_reschedule_before_start_does_nothing(driver: SchedulerDriver, ledger: Ledger) -> None:
    _recruiter(ledger, timedelta(days=2))
    collected = Collected(driver)
    driver.reschedule()
    assert collected.deliveries == []
    assert not driver.timer.isActive()


def test_each_due_reminder_is_delivered_once(
    driver: SchedulerDriver, examples: Ledger, clock: FixedClock
) -> None:
    collected = Collected(driver)
    first = driver.start()
    assert len(first.items) == 6
    assert len(collected.deliveries) == 1
    assert collected.deliveries[0] is first
    # Asking again, now or later today, delivers nothing twice.
    assert driver.tick().items == ()
    clock.advance(minutes=2)
    assert driver.tick().items == ()
    assert len(collected.deliveries) == 1
    assert len(set(collected.keys)) == len(collected.keys)


def test_a_restart_delivers_nothing_already_delivered(
    driver: SchedulerDriver,
    examples: Ledger,
    clock: FixedClock,
    data_dir: Path,
    zone: ZoneInfo,
) -> None:
    delivered = driver.start()
    assert delivered.items
    driver.stop()
    clock.advance(minutes=10)
    restarted = Ledger.open(data_dir, clock, zone)
    try:
        second = SchedulerDriver(ReminderService(restarted), clock)
        collected = Collected(second)
        assert second.start().items == ()
        assert collected.deliveries == []
        second.stop()
    finally:
        restarted.close()


class MemoryWatchLog:
    """A :class:`~ghostless.ui.reminders.scheduler.WatchLog` in memory."""

    def __init__(self, seen: datetime | None = None) -> None:
        self.seen = seen

    def last_seen(self) -> datetime | None:
        return self.seen

    def saw(self, now: datetime) -> None:
        self.seen = now


def test_reminders_missed_while_closed_arrive_as_one_digest(
    service: ReminderService, ledger: Ledger, clock: FixedClock
) -> None:
    # Three messages in on Monday, the app running; then closed until Wednesday noon.
    clock.advance(days=3)  # Monday 14:00 UTC
    for name in ("Priya Raman", "Tomasz Nowak", "Amara Okafor"):
        _recruiter(ledger, timedelta(0), name)
    log = MemoryWatchLog(clock.now())  # it last looked at the clock then
    clock.advance(days=2, hours=-2)  # Wednesday 12:00 UTC
    driver = SchedulerDriver(service, clock, watch_log=log)
    collected = Collected(driver)
    delivery = driver.start()
    driver.stop()
    assert len(collected.deliveries) == 1
    assert len(delivery.items) == 3
    assert delivery.digest
    assert delivery.catch_up
    assert log.seen == clock.now()  # this start is the last look now


def test_the_first_start_of_all_missed_nothing(
    service: ReminderService, ledger: Ledger, clock: FixedClock
) -> None:
    # Loops entered with past dates (the examples) before Ghostless ever watched.
    for name in ("Priya Raman", "Tomasz Nowak"):
        _recruiter(ledger, timedelta(days=3), name)
    driver = SchedulerDriver(service, clock, watch_log=MemoryWatchLog())
    delivery = driver.start()
    driver.stop()
    assert len(delivery.items) == 2
    assert not delivery.catch_up


def test_a_quick_restart_is_no_gap(
    service: ReminderService, ledger: Ledger, clock: FixedClock
) -> None:
    log = MemoryWatchLog(clock.now() - timedelta(minutes=4))
    _recruiter(ledger, timedelta(days=3))
    driver = SchedulerDriver(service, clock, watch_log=log)
    delivery = driver.start()
    driver.stop()
    assert delivery.items
    assert not delivery.catch_up


def test_loops_entered_while_running_are_no_catch_up(
    service: ReminderService, ledger: Ledger, clock: FixedClock
) -> None:
    # Closed for a week, nothing was owed meanwhile; then the examples are loaded.
    log = MemoryWatchLog(clock.now() - timedelta(days=7))
    driver = SchedulerDriver(service, clock, watch_log=log)
    collected = Collected(driver)
    assert driver.start().items == ()
    clock.advance(minutes=1)
    for name in ("Priya Raman", "Tomasz Nowak"):
        _recruiter(ledger, timedelta(days=3), name)
    driver.reschedule()
    driver.stop()
    assert len(collected.deliveries) == 1
    assert not collected.deliveries[0].catch_up


def test_the_last_look_is_kept_in_the_window_settings(
    qapp: QApplication, data_dir: Path, ledger: Ledger, clock: FixedClock
) -> None:
    settings = window_settings(data_dir)
    log = SettingsWatchLog(settings)
    assert log.last_seen() is None
    driver = SchedulerDriver(ReminderService(ledger), clock, watch_log=log)
    driver.start()
    clock.advance(minutes=3)
    driver.stop()  # quitting is a last look too
    settings.sync()
    assert SettingsWatchLog(window_settings(data_dir)).last_seen() == clock.now()
    settings.setValue(WATCHED_KEY, "not a time")
    assert log.last_seen() is None


def test_a_clock_jump_forward_is_caught_at_the_next_timeout(
    qtbot: QtBot, driver: SchedulerDriver, ledger: Ledger, clock: FixedClock
) -> None:
    _recruiter(ledger, timedelta(hours=22))  # reminder in 2 hours
    driver.start()
    assert driver.timer.interval() == MAX_SLEEP_MS
    collected = Collected(driver)
    # The machine slept (or the clock was set) three hours ahead; the timer fires.
    clock.advance(hours=3)
    with qtbot.waitSignal(driver.reminders_due, timeout=1000):
        driver.timer.start(0)
    assert driver.last_gap > CLOCK_GAP
    assert len(collected.deliveries) == 1
    assert collected.deliveries[0].catch_up
    assert driver.timer.isActive()


def test_a_timer_that_fires_early_delivers_nothing_and_re_arms(
    qtbot: QtBot, driver: SchedulerDriver, ledger: Ledger, clock: FixedClock
) -> None:
    _recruiter(ledger, timedelta(hours=23, minutes=58))  # reminder in 2 minutes
    driver.start()
    collected = Collected(driver)
    clock.advance(minutes=1)  # the timer fires a minute early: nothing yet
    with qtbot.waitSignal(driver.schedule_changed, timeout=1000):
        driver.timer.start(0)
    assert collected.deliveries == []
    assert driver.timer.interval() == 60_000
    clock.advance(minutes=1)  # on time now
    with qtbot.waitSignal(driver.reminders_due, timeout=1000):
        driver.timer.start(0)
    assert len(collected.deliveries) == 1
    assert not collected.deliveries[0].catch_up


def test_a_reply_logged_before_the_reminder_cancels_it(
    driver: SchedulerDriver, ledger: Ledger, clock: FixedClock
) -> None:
    loop_id = _recruiter(ledger, timedelta(hours=23))  # reminder in an hour
    driver.start()
    assert driver.next_wakeup_at == clock.now() + timedelta(hours=1)
    clock.advance(minutes=20)
    ledger.log_event(loop_id, EventKind.SENT, text="Not looking right now, thanks")
    driver.reschedule()
    collected = Collected(driver)
    clock.advance(hours=2)
    assert driver.tick().items == ()
    assert collected.deliveries == []


def test_away_mode_delivers_nothing_and_the_rest_comes_on_return(
    driver: SchedulerDriver, examples: Ledger, clock: FixedClock, service: ReminderService
) -> None:
    service.away_on(AwayReason.ILLNESS)
    collected = Collected(driver)
    driver.start()
    assert collected.deliveries == []
    assert driver.next_wakeup_at is None  # away with no end set: nothing to wake for
    clock.advance(days=1)
    assert driver.tick().items == ()
    summary = service.away_off()
    assert not summary.is_empty
    assert summary.message.startswith("Hello, I was unwell")
    driver.reschedule()
    assert len(collected.deliveries) == 1
    assert collected.deliveries[0].digest
