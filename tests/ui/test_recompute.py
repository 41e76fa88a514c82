"""A new time zone or new settings recompute every window on a thread, after the first paint.

The window shows the rows as they were and stays usable: its own writes go
through at once meanwhile, and are in the rows once the recompute is done.
"""

from __future__ import annotations

import threading
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind
from ghostless.core.playbooks import follow_up_windows
from ghostless.core.windows import Action
from ghostless.services.examples import load_examples
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.reminders import ReminderService
from ghostless.services.settings import SettingsService
from ghostless.store import windows as follow_ups
from ghostless.store.reminders import ReminderRepository
from ghostless.store.settings import SettingsRepository
from ghostless.ui.app import build_main_window

TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def tokyo(data_dir: Path, clock: FixedClock) -> Ledger:
    berlin = Ledger.open(data_dir, clock, ZoneInfo("Europe/Berlin"))
    load_examples(berlin)
    berlin.close()
    ledger = Ledger.open(data_dir, clock, TOKYO)
    yield ledger
    ledger.close()


def from_scratch(ledger: Ledger) -> list[object]:
    settings = SettingsRepository(store_of(ledger)).load()
    return [
        window
        for facts in ReminderRepository(store_of(ledger)).open_loop_facts()
        for window in follow_up_windows(facts, settings, ledger.zone)
    ]


def test_windows_from_another_zone_are_recomputed_on_a_thread_once_the_window_is_up(
    qtbot: QtBot, tokyo: Ledger, clock: FixedClock, settings: QSettings
) -> None:
    window = build_main_window(tokyo, settings)
    qtbot.addWidget(window)
    # Building and showing the window read the rows as they were: no recompute yet.
    assert window.reminders.needs_refresh()
    window.show()
    qtbot.waitExposed(window)
    assert window.reminders.needs_refresh()
    with qtbot.waitSignal(window.recompute.finished, timeout=20_000) as done:
        window.start_scheduler()
        assert not window.scheduler.running  # delivering waits for the new rows
    assert done.args == [True]
    assert not window.reminders.needs_refresh()
    # Delivering starts in the next turn of the event loop (a turn of its own).
    qtbot.waitUntil(lambda: window.scheduler.running, timeout=5_000)
    assert window.recompute_indicator.isHidden()
    # A thank-you is due from the start of the next working day on the user's clock:
    # recomputed, that is 09:00 in Tokyo, no longer 09:00 in Berlin (17:00 in Tokyo).
    thanks = [
        owed.window
        for owed in window.reminders.agenda(clock.now())
        if owed.window.action is Action.THANK_YOU
    ]
    assert thanks
    assert all(w.due_at.astimezone(TOKYO).hour == 9 for w in thanks)
    window.close()


def test_a_write_made_while_it_runs_goes_through_at_once_and_is_in_the_rows(
    qtbot: QtBot,
    tokyo: Ledger,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ghostless.ui.settings.recompute_progress import BackgroundRecompute

    # Computed on the watching thread, so that this test can hold it half-way.
    recompute = BackgroundRecompute(tokyo, in_process=True)
    window = build_main_window(tokyo, settings, recompute=recompute)
    qtbot.addWidget(window)
    computing, release = threading.Event(), threading.Event()
    compute = follow_ups.compute_rows

    def held(*args: object, **kwargs: object) -> object:
        computing.set()
        assert release.wait(20)
        return compute(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(follow_ups, "compute_rows", held)
    with qtbot.waitSignal(window.recompute.finished, timeout=20_000):
        window.start_scheduler()
        assert window.recompute.running
        assert computing.wait(20)
        assert window.recompute_indicator.isVisibleTo(window)
        # The worker holds no lock while it computes: the window writes at once,
        # and only marks the rows stale (no recompute of its own on this thread).
        loop = tokyo.list_loops()[0]
        tokyo.log_event(loop.id, EventKind.RECEIVED, text="Any news?")
        window.commands.records_changed.emit(loop.id)
        release.set()
    assert not window.recompute.running
    assert not window.reminders.needs_refresh()
    assert list(window.reminders.plan().windows) == from_scratch(tokyo)
    window.close()


def test_the_settings_dialog_saves_at_once_and_the_shell_recomputes_on_a_thread(
    qtbot: QtBot, tokyo: Ledger
) -> None:
    service = ReminderService(tokyo, refresh_on_read=False)
    service.refresh()
    SettingsService(tokyo).update({"reply_due_hours": 30}, recompute=False)
    assert service.needs_refresh()  # saved; the windows wait for the worker
    from ghostless.ui.settings.recompute_progress import BackgroundRecompute

    recompute = BackgroundRecompute(tokyo)
    with qtbot.waitSignal(recompute.finished, timeout=20_000):
        assert recompute.start()
    assert not service.needs_refresh()
    assert list(service.plan().windows) == from_scratch(tokyo)


def test_the_app_opens_in_the_settings_zone_and_recomputes_nothing(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A zone set in the settings, another on the machine: the rows the commands keep
    (computed in the settings' zone) are the app's too, not recomputed at every start."""
    from PySide6.QtWidgets import QApplication

    from ghostless.ui.app import open_or_recover

    monkeypatch.setenv("TZ", "America/New_York")
    made = Ledger.open(data_dir, clock, ZoneInfo("Europe/Berlin"))  # as the commands would
    load_examples(made)
    SettingsService(made).update({"time_zone": "Europe/Berlin"})
    assert not follow_ups.needs_rebuild(store_of(made), made.zone)
    made.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened = open_or_recover(app, data_dir)
    assert opened is not None
    try:
        assert opened.zone == ZoneInfo("Europe/Berlin")
        assert not follow_ups.needs_rebuild(store_of(opened), opened.zone)
    finally:
        opened.close()


def test_after_it_the_views_read_once_in_turns_of_the_event_loop(
    qtbot: QtBot,
    tokyo: Ledger,
    clock: FixedClock,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = build_main_window(tokyo, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    clock.advance(days=3)  # reminders came due meanwhile: delivered as delivering starts
    reads: list[str] = []
    for name, view in (("today", window.today_page), ("loops", window.loop_model)):
        read = view.refresh
        monkeypatch.setattr(
            view, "refresh", lambda n=name, r=read, **kw: (reads.append(n), r(**kw))
        )
    at_finish: list[int] = []
    window.recompute.finished.connect(lambda _did: at_finish.append(len(reads)))
    with qtbot.waitSignal(window.owed_settled, timeout=20_000):
        window.start_scheduler()
    delivery = window.notifier.last_delivery
    assert delivery is not None
    assert delivery.items  # what came due was delivered, and shown by the same reads
    assert at_finish == [0]  # nothing re-read in the turn the worker's result came in
    assert sorted(reads) == ["loops", "today"]  # each view once, not once more per delivery
    assert window.scheduler.running
    for pending in delivery.items:  # Today lists what was delivered, from the new rows
        assert window.today_page.model.row_of(pending.window.loop_id) is not None
    window.close()
