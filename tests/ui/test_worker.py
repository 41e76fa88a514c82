"""The one worker every background job of the window runs on: progress, cancel,
one at a time, and the owners built on it (recompute, calendar sync, mail sync)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ghostless.core.errors import GhostlessError
from ghostless.services.examples import load_examples
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.secrets import MemorySecretStore
from ghostless.services.settings import SettingsService
from ghostless.store import windows as follow_ups
from ghostless.ui.common.worker import Worker
from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner
from ghostless.ui.settings.recompute_progress import BackgroundRecompute
from ghostless.ui.sync.runner import SyncRunner


def test_progress_arrives_on_the_gui_thread_in_order(qtbot: QtBot) -> None:
    worker = Worker("test-progress")
    seen: list[tuple[object, ...]] = []
    threads: list[threading.Thread] = []

    def on_progress(values: tuple[object, ...]) -> None:
        seen.append(values)
        threads.append(threading.current_thread())

    worker.progressed.connect(on_progress)

    def work(_cancelled: Callable[[], bool]) -> str:
        for done in range(3):
            worker.progress(done, 3, "source")
        return "whole"

    with qtbot.waitSignal(worker.finished) as finished:
        assert worker.start(work)
    assert finished.args == ["whole"]
    assert seen == [(0, 3, "source"), (1, 3, "source"), (2, 3, "source")]
    assert threads == [threading.main_thread()] * 3


def test_cancel_is_seen_by_the_work(qtbot: QtBot) -> None:
    worker = Worker("test-cancel")
    looking = threading.Event()

    def work(cancelled: Callable[[], bool]) -> bool:
        looking.set()
        while not cancelled():
            threading.Event().wait(0.001)
        return True

    with qtbot.waitSignal(worker.finished) as finished:
        assert worker.start(work)
        assert looking.wait(10)
        assert not worker.start(work)  # one at a time
        worker.cancel()
    assert finished.args == [True]
    assert not worker.running


def test_an_error_is_said_in_its_own_words(qtbot: QtBot) -> None:
    worker = Worker("test-error")

    def work(_cancelled: Callable[[], bool]) -> None:
        raise GhostlessError("the server cannot be reached")

    with qtbot.waitSignal(worker.failed) as failed:
        worker.start(work)
    assert failed.args == ["the server cannot be reached"]


def test_the_background_jobs_all_run_on_a_worker(qtbot: QtBot, ledger: Ledger) -> None:
    owners: list[QObject] = [
        BackgroundRecompute(ledger),
        SyncRunner(ledger, MemorySecretStore()),
        MailSyncRunner(ledger, MemorySecretStore()),
    ]
    for owner in owners:
        assert owner.findChildren(Worker), type(owner).__name__


def test_a_calendar_task_that_fails_hands_back_the_error(qtbot: QtBot, ledger: Ledger) -> None:
    runner = SyncRunner(ledger, MemorySecretStore())
    results: list[object] = []

    def probe() -> None:
        raise GhostlessError("no such server")

    assert runner.run(probe, results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert isinstance(results[0], GhostlessError)
    assert str(results[0]) == "no such server"


def test_a_bug_in_the_recompute_is_reported_not_left_running(
    qtbot: QtBot, ledger: Ledger, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Before, anything but a GhostlessError ended the thread silently: "Working out
    # what is owed…" stayed on screen and no other recompute could start.
    load_examples(ledger)
    SettingsService(ledger).update({"reply_due_hours": 30}, recompute=False)

    def broken(*_args: object, **_kwargs: object) -> bool:
        raise ValueError("a bug")

    monkeypatch.setattr(follow_ups, "rebuild_beside_writers", broken)
    recompute = BackgroundRecompute(ledger, in_process=True)  # the bug is in this process
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(recompute.failed) as failed:
        assert recompute.start()
    assert failed.args == ["unexpected error: ValueError"]
    assert not recompute.running
    assert store_of(ledger).planning_zone == ledger.zone  # writes recompute again
