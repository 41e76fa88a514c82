"""Every view of what is owed shows the one agenda, on random ledgers.

The reference is :func:`ghostless.core.agenda.agenda_items` over windows
computed from scratch (not the rows the store keeps). Each view is then read
as the user meets it: the tray's snapshot, the Today list, the loop list's
Next column, the detail pane, ``ghostless due --json`` run through the real
command line, and the calendar export.
"""

from __future__ import annotations

import json
import random
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from ghostless.cli import main
from ghostless.core.agenda import AgendaItem, agenda_items, first_per_loop, owed_now
from ghostless.core.clock import FixedClock
from ghostless.services.exports import calendar_items
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.reminders import ReminderService
from ghostless.services.settings import SettingsService
from ghostless.store.reminders import ReminderRepository
from ghostless.store.settings import SettingsRepository
from ghostless.ui.main_window import MainWindow
from ghostless.ui.reminders.tray import snapshot_of
from ghostless.ui.today.today_model import TodayModel
from tests.services.test_window_rows import BERLIN, START, build, churn, scratch


def expected_items(ledger: Ledger, now: object) -> tuple[AgendaItem, ...]:
    repo = ReminderRepository(store_of(ledger))
    repair_after = SettingsRepository(store_of(ledger)).load().repair_after
    return agenda_items(
        scratch(ledger, BERLIN),
        now,
        snoozes=repo.snoozes(),
        repair_after=repair_after,  # type: ignore[arg-type]
    )


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(min_value=0, max_value=2**32), loops=st.integers(2, 14))
def test_every_view_shows_the_agenda(
    qtbot: QtBot, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str],
    seed: int, loops: int,
) -> None:  # fmt: skip
    rng = random.Random(seed)
    data_dir = tmp_path_factory.mktemp("agenda") / "data"
    clock = FixedClock(START)
    ledger = Ledger.open(data_dir, clock, BERLIN)
    try:
        # The user's zone as a setting: the command line below, run in whatever
        # zone this machine is in, plans in the same zone as the window.
        SettingsService(ledger).update({"time_zone": "Europe/Berlin"})
        ids = build(ledger, rng, loops)
        service = ReminderService(ledger)
        churn(ledger, service, rng, ids)
        now = START + timedelta(days=rng.randrange(0, 40), hours=rng.randrange(0, 24))
        clock.set(now)
        expected = expected_items(ledger, now)

        agenda = service.agenda(now)
        assert [o.item for o in agenda] == list(expected)
        # The tray: what is owed now, in order.
        assert [o.item for o in snapshot_of(agenda, away=False).owed] == list(owed_now(expected))
        # Today: the same lines, owed now first.
        model = TodayModel()
        model.set_entries(agenda, now, ledger.zone)
        assert [o.item for o in model.entries()] == list(expected)
        assert model.now_count == len(owed_now(expected))
        # The Next column and the detail pane.
        first = first_per_loop(expected)
        shown = service.next_windows(sorted(ids), now)
        assert {k: v.item for k, v in shown.items()} == first
        for loop_id in ids:
            lines = [o.item for o in service.loop_agenda(loop_id, now)]
            assert lines == [i for i in expected if i.loop_id == loop_id]
        # The calendar: one item per line, in order, its alarm when the window reminds.
        calendar = calendar_items(service)
        assert len(calendar) == len(expected)
        for entry, item in zip(calendar, expected, strict=True):
            assert entry.due_at == item.window.due_at
            assert entry.remind_at == item.snoozed_until or item.window.remind_at
    finally:
        ledger.close()

    # The command line, as a separate invocation over the same folder.
    capsys.readouterr()
    code = main(["due", "--json", "--now", now.isoformat(), "--data-dir", str(data_dir)])
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    assert [(i["key"], i["status"]) for i in printed] == [
        (i.window.key, i.status.value) for i in expected
    ]
    assert [i["repair"]["kind"] if i["repair"] else None for i in printed] == [
        i.repair.value if i.repair else None for i in expected
    ]


def test_the_window_shows_the_agenda_in_today_next_and_pane(example_window: MainWindow) -> None:
    window, examples = example_window, example_window.ledger
    window.start_scheduler()  # what the app does once the window is painted
    window.scheduler.stop()
    now = examples.clock.now()
    expected = expected_items(examples, now)
    today = window.today_page.model
    assert [o.item for o in today.entries()] == list(expected)
    first = first_per_loop(expected)
    for row in range(window.loop_model.rowCount()):
        loop = window.loop_model.loop_at(row)
        assert loop is not None
        owed = window.loop_model.next_of(row)
        assert (owed.item if owed else None) == first.get(loop.id)


def test_the_start_fills_today_once_with_the_catch_up(
    example_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first tick delivers what was missed and refreshes Today; the start does not
    refresh it again (about 70 ms at 30,000 loops)."""
    window = example_window
    refreshes: list[int] = []
    real = window.today_page.refresh

    def counted() -> None:
        refreshes.append(1)
        real()

    monkeypatch.setattr(window.today_page, "refresh", counted)
    window.start_scheduler()
    window.scheduler.stop()
    assert window.notifier.loop_ids()  # the catch-up was delivered
    assert len(refreshes) == 1
    assert window.today_page.model.entries()
