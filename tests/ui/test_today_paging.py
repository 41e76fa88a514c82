"""Today and the tray at the size of a real network: counts from SQL, lines a page at a time.

A ledger with more lines than a page: the model holds one page until the view
scrolls, the summary and the tray count every line, a jump to the least urgent
loop loads only down to it, and every page agrees with the whole agenda.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.modeltest import ModelTester

from ghostless.core.clock import FixedClock
from ghostless.core.models import LoopKind
from ghostless.core.planner import SnoozePreset
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.reminders.tray import MAX_MENU_ITEMS, read_snapshot, snapshot_of
from ghostless.ui.today.today_model import TodayModel

LOOPS = 260  # more than a page (TodayModel.PAGE)


@pytest.fixture
def busy(ledger: Ledger, clock: FixedClock) -> Ledger:
    with ledger.transaction():
        for number in range(LOOPS):
            contact = ledger.add_contact(name=f"Person {number:03d}")
            ledger.add_loop(
                contact_id=contact,
                kind=LoopKind.RECRUITER_OUTREACH,
                subject=f"Role {number}",
                at=clock.now() - timedelta(days=number % 9, hours=number % 5),
            )
    clock.advance(days=2)
    return ledger


def test_the_model_counts_every_line_and_reads_the_pages_a_view_shows(
    busy: Ledger, clock: FixedClock, qtmodeltester: ModelTester
) -> None:
    service = ReminderService(busy)
    now = clock.now()
    whole = service.agenda(now)
    assert len(whole) > TodayModel.PAGE
    model = TodayModel()
    model.set_source(
        lambda offset, limit: service.agenda(now, limit=limit, offset=offset),
        service.agenda_counts(now),
        now,
        busy.zone,
    )
    assert model.rowCount() == len(whole)
    assert len(model.loaded_rows()) == TodayModel.PAGE  # one page read, the rest counted
    assert model.owed_at(len(whole) - 1) == whole[-1]  # a jump reads one page
    assert len(model.loaded_rows()) == TodayModel.PAGE + len(whole) % TodayModel.PAGE
    qtmodeltester.check(model)
    assert [o.item for o in model.entries()] == [o.item for o in whole]


def test_snoozed_lines_go_below_those_owed_now_and_the_counts_follow(
    busy: Ledger, clock: FixedClock
) -> None:
    service = ReminderService(busy)
    now = clock.now()
    first = service.agenda(now, limit=1)[0]
    before = service.agenda_counts(now)
    service.snooze_preset(first.loop.id, SnoozePreset.NEXT_WEEK, now)
    after = service.agenda_counts(now)
    assert after.total == before.total
    assert after.owed_now < before.owed_now
    lines = service.agenda(now)
    held = [n for n, owed in enumerate(lines) if owed.loop.id == first.loop.id]
    assert held
    assert min(held) >= after.owed_now


def test_the_tray_counts_every_line_and_lists_only_its_menu(
    busy: Ledger, clock: FixedClock
) -> None:
    service = ReminderService(busy)
    now = clock.now()
    snapshot = read_snapshot(service, now)
    whole = snapshot_of(service.agenda(now), away=False)
    assert snapshot.total == whole.total > MAX_MENU_ITEMS
    assert snapshot.overdue == whole.overdue
    assert snapshot.state is whole.state
    assert snapshot.counts_text() == whole.counts_text()
    assert snapshot.owed == whole.owed[:MAX_MENU_ITEMS]
    assert service.owed_now_loop_ids(now) == list(dict.fromkeys(o.loop.id for o in whole.owed))
