"""The scheduler driver: one single-shot timer that wakes the follow-up engine on time.

The engine itself is pure and lives in the service (what is due at an
instant, when to wake next, exactly-once through delivery keys recorded in
the same transaction). This driver only decides *when to ask*:

* one single-shot ``QTimer``, armed to ``min(next_wakeup - now, MAX_SLEEP)``;
  no polling loop. The cap bounds three things at once: Qt's 2^31 ms interval
  limit, a timer that froze while the machine slept (Linux's monotonic clock
  stops in suspend, so a long relative timer would fire late by the length of
  the sleep), and wall-clock changes (NTP steps, the user setting the clock).
* ``PreciseTimer``: it wakes at most once per ``MAX_SLEEP``, so giving up the
  coarse timer's coalescing costs nothing measurable, while a coarse timer
  may fire up to 5 % of its interval early or late (15 s on a 5-minute arm),
  too late for the 1 s punctuality bar.
* on timeout the wall clock is compared with what was expected: a timer that
  fired before the instant (a clock set back, or any early fire) delivers
  nothing and re-arms; one that finds the clock far ahead of what it expected
  (a wake from sleep, a jump forward) runs a catch-up tick at once.
* ``tick()`` at start-up catches up everything whose moment passed while the
  app was closed: the service hands those over once, several as one digest.
* a delivery is a *catch-up* ("3 reminders came while Ghostless was closed")
  only after a real gap: the first tick after a start, when a :class:`WatchLog`
  says the last look at the clock was longer ago than the timer ever sleeps,
  or a timeout that finds the clock far ahead (a wake from sleep). Reminders
  that are late because their loop was entered afterwards (the examples, an
  event logged days later, new settings) were not missed, and the first start
  of all has missed nothing.

The clock is injected; the wall clock is never read here.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from ghostless.core.clock import Clock
from ghostless.core.planner import TIMER_CAP, Delivery, timer_delay
from ghostless.services.reminders import ReminderService

logger = logging.getLogger(__name__)

#: The longest the timer ever sleeps before looking at the wall clock again.
MAX_SLEEP = TIMER_CAP
#: Never re-arm tighter than this: right after a tick nothing is due, so a zero
#: delay could only come from a reminder that cannot be recorded, and would spin.
MIN_SLEEP = timedelta(seconds=1)
#: A wall clock this far past the expected instant at timeout means a sleep or a jump.
CLOCK_GAP = timedelta(seconds=30)
#: A start this long after the last look at the clock follows a real gap: the
#: timer never sleeps longer than MAX_SLEEP while the app runs.
REAL_GAP = MAX_SLEEP + CLOCK_GAP
#: Where :class:`SettingsWatchLog` keeps the last look (UTC, ISO 8601).
WATCHED_KEY = "reminders/watched_until"


class WatchLog(Protocol):
    """Remembers, across restarts, the last instant a scheduler looked at the clock."""

    def last_seen(self) -> datetime | None: ...

    def saw(self, now: datetime) -> None: ...


class SettingsWatchLog:
    """A :class:`WatchLog` in the window settings of the data folder."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def last_seen(self) -> datetime | None:
        value = self._settings.value(WATCHED_KEY)
        try:
            seen = datetime.fromisoformat(str(value)) if value else None
        except ValueError:  # edited by hand: as if never seen, so nothing counts as missed
            return None
        return seen if seen is not None and seen.tzinfo is not None else None

    def saw(self, now: datetime) -> None:
        # Written to disk by QSettings later (on its own, or at exit): no file
        # write per timeout.
        self._settings.setValue(WATCHED_KEY, now.astimezone(UTC).isoformat())


def _to_ms(delay: timedelta) -> int:
    # Rounded up: a timer that fires a fraction of a millisecond early would find
    # nothing due yet and have to be armed again.
    return math.ceil(delay / timedelta(milliseconds=1))


class SchedulerDriver(QObject):
    """Delivers reminders when they come due, once each, and says when it re-plans.

    Signals:
        reminders_due(object): a :class:`~ghostless.core.planner.Delivery` with
            at least one item, already recorded as delivered.
        schedule_changed(): the timer was re-armed (``next_wakeup_at`` may differ).

    Attributes:
        next_wakeup_at: when something is next to be delivered (None: nothing
            pending, or away with no end); the timer itself sleeps at most MAX_SLEEP.
        armed_for: the wall-clock instant the timer is expected to fire at.
        last_gap: how far past ``armed_for`` the clock was at the last timeout.
        timer: the single-shot timer (for tests: ``remainingTime()``, ``interval()``).
    """

    reminders_due = Signal(object)
    schedule_changed = Signal()

    def __init__(
        self,
        service: ReminderService,
        clock: Clock,
        parent: QObject | None = None,
        *,
        watch_log: WatchLog | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._clock = clock
        self._watch_log = watch_log
        #: The last instant this driver (or, before the start, an earlier run) looked.
        self._last_seen: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.next_wakeup_at: datetime | None = None
        self.armed_for: datetime | None = None
        self.last_gap = timedelta(0)
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> Delivery:
        """Begin: deliver what was missed while the app was closed, then arm the timer."""
        # Here, not at construction: the first use of ``Qt`` builds all of its
        # enums (about 25 ms), which a start in the tray should not wait for.
        from PySide6.QtCore import Qt

        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._running = True
        self._last_seen = self._watch_log.last_seen() if self._watch_log else None
        return self.tick(after_gap=self._gap_since_last_seen())

    def stop(self) -> None:
        if self._running:
            self._saw(self._clock.now())
        self._running = False
        self.timer.stop()
        self.armed_for = None

    def _gap_since_last_seen(self) -> bool:
        """A start long after the last look: what came meanwhile was missed.

        Never seen (the first start of all) is no gap: nothing was there to miss.
        """
        if self._last_seen is None:
            return False
        return self._clock.now() - self._last_seen > REAL_GAP

    def _saw(self, now: datetime) -> None:
        self._last_seen = now
        if self._watch_log is not None:
            self._watch_log.saw(now)

    def tick(self, *, after_gap: bool = False) -> Delivery:
        """Deliver (and record) what is due now, say so, and arm the timer again.

        ``after_gap``: nobody watched the clock for a while (closed, asleep), so
        what comes now is a catch-up.
        """
        now = self._clock.now()
        # Another process may have changed the settings; windows follow (a cheap check).
        self._service.refresh()
        delivery = self._service.deliver(now)
        if after_gap and delivery.items:
            delivery = replace(delivery, catch_up=True)
        if self._running:
            self._saw(now)
        if delivery.items:
            self.reminders_due.emit(delivery)
        if self._running:
            self._arm(now)
        return delivery

    def reschedule(self) -> None:
        """The data, the settings or away mode changed: deliver what that made due, re-arm.

        Does nothing before :meth:`start`, so start-up stays light.
        """
        if self._running:
            self.tick()

    def _arm(self, now: datetime) -> None:
        wakeup = self._service.next_wakeup(now)
        # Nothing pending (None) still arms the cap: another process (the command
        # line) may add work, and the wall clock may move.
        delay = max(MIN_SLEEP, timer_delay(wakeup, now, MAX_SLEEP))
        self.next_wakeup_at = wakeup
        self.armed_for = now + delay
        self.timer.start(_to_ms(delay))
        self.schedule_changed.emit()

    def _on_timer_timeout(self) -> None:
        now = self._clock.now()
        expected = self.armed_for or now
        self.last_gap = now - expected
        if self.last_gap > CLOCK_GAP:
            # Asleep, or the clock jumped forward: everything missed comes now, once.
            logger.info("clock %s ahead of the timer: catching up", self.last_gap)
            self.tick(after_gap=True)
            return
        if self.next_wakeup_at is None or now < self.next_wakeup_at:
            # Early (a clock set back, a coarse fire) or only the periodic look:
            # never deliver before the instant; a tick would find nothing new.
            # Another process may have changed the data, so ask again.
            if self._has_work(now):
                self.tick()
            elif self._running:
                self._saw(now)
                self._arm(now)
            return
        self.tick()

    def _has_work(self, now: datetime) -> bool:
        wakeup = self._service.next_wakeup(now)
        return wakeup is not None and wakeup <= now
