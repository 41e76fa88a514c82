"""The persisted window rows answer exactly what computing from scratch answers.

The reference is the pure core over freshly read facts (the way the service
worked before the rows existed); the service reads the rows kept by the store.
Both are asked the plan, the agenda, the next windows of some loops, the
reminders due and the next wake-up, on a varied ledger, after edits, closes,
deliveries, snoozes, a settings change and a zone change.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ghostless.core.agenda import agenda_counts, agenda_items, line_of
from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Outcome
from ghostless.core.planner import Status, due_now, next_wakeup, status_at
from ghostless.core.playbooks import follow_up_windows
from ghostless.core.windows import FollowUpWindow
from ghostless.services.ledger import Ledger, contacts_of, store_of
from ghostless.services.reminders import ReminderService
from ghostless.services.settings import SettingsService
from ghostless.store import windows as follow_ups
from ghostless.store.database import Store
from ghostless.store.loops import LoopRepository
from ghostless.store.reminders import AwayRepository, ReminderRepository
from ghostless.store.settings import SettingsRepository

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")
START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def scratch(ledger: Ledger, zone: tzinfo) -> list[FollowUpWindow]:
    settings = SettingsRepository(store_of(ledger)).load()
    return [
        window
        for facts in ReminderRepository(store_of(ledger)).open_loop_facts()
        for window in follow_up_windows(facts, settings, zone)
    ]


def assert_same(ledger: Ledger, service: ReminderService, zone: tzinfo, now: datetime) -> None:
    windows = scratch(ledger, zone)
    assert list(service.plan().windows) == windows
    repo = ReminderRepository(store_of(ledger))
    snoozes, delivered = repo.snoozes(), repo.delivered_keys()
    away = AwayRepository(store_of(ledger)).current()
    repair_after = SettingsRepository(store_of(ledger)).load().repair_after
    items = agenda_items(windows, now, snoozes=snoozes, repair_after=repair_after)
    expected = [(i.window, i.status, i.snoozed_until) for i in items]
    got = [(o.window, o.status, o.snoozed_until) for o in service.agenda(now)]
    assert got == expected
    assert [o.item for o in service.agenda(now)] == list(items)
    assert [(o.window, o.status) for o in service.agenda(now, limit=3)] == [
        (w, s) for w, s, _ in expected[:3]
    ]
    # Pages, counts and positions come from SQL: each agrees with the pure agenda.
    assert service.agenda_counts(now) == agenda_counts(items)
    # The flat lines ``ghostless due`` streams are the agenda's lines with their loops.
    lines = [line_of(o.item, o.loop) for o in service.agenda(now)]
    assert list(service.agenda_lines(now, chunk=3)) == lines
    for offset in (0, 1, 4):
        page = service.agenda(now, limit=4, offset=offset)
        assert [o.item for o in page] == list(items[offset : offset + 4])
    for loop_id in {w.loop_id for w in windows} | {10_000}:
        lines = [n for n, item in enumerate(items) if item.loop_id == loop_id]
        assert service.agenda_position(loop_id, now) == (lines[0] if lines else None)
    owing = [item.loop_id for item in items if item.owed_now]
    assert service.owed_now_loop_ids(now) == list(dict.fromkeys(owing))
    for owed in service.agenda(now):
        assert owed.loop == ledger.loop(owed.window.loop_id)
        assert status_at(owed.window, now) is owed.status
    some = [*sorted({w.loop_id for w in windows})[::2], 10_000]
    first: dict[int, FollowUpWindow] = {}
    for window, _, _ in expected:
        if window.loop_id in some:
            first.setdefault(window.loop_id, window)
    assert {k: v.window for k, v in service.next_windows(some, now).items()} == first
    assert service.owing_loop_ids(some, now) == {
        loop for loop, owed in service.next_windows(some, now).items()
        if owed.status is not Status.UPCOMING
    }  # fmt: skip
    assert service.due_now(now) == due_now(windows, now, delivered, away=away, snoozes=snoozes)
    assert service.next_wakeup(now) == next_wakeup(
        windows, delivered, now, away=away, snoozes=snoozes
    )


def build(ledger: Ledger, rng: random.Random, loops: int) -> list[int]:
    muted = ledger.add_contact(name="Muted")
    contacts = [ledger.add_contact(name=f"Person {i}") for i in range(4)] + [muted]
    ids: list[int] = []
    for index in range(loops):
        kind = rng.choice(list(LoopKind))
        at = START + timedelta(hours=rng.randrange(0, 24 * 30))
        deadline = at + timedelta(days=rng.randrange(1, 20)) if rng.random() < 0.5 else None
        loop_id = ledger.add_loop(
            contact_id=rng.choice(contacts), kind=kind, subject=f"Loop {index}", at=at,
            deadline=deadline,
        )  # fmt: skip
        ids.append(loop_id)
        for _ in range(rng.randrange(0, 4)):
            at += timedelta(hours=rng.randrange(1, 24 * 6))
            # A record laid out ahead of the clock on purpose: the later dates are meant.
            ledger.log_event(loop_id, rng.choice(list(EventKind)), at=at, confirmed=True)
        if rng.random() < 0.1:
            ledger.decide_decline(loop_id, at + timedelta(hours=3))
    for loop_id in ids:
        others = [i for i in ids if i != loop_id]  # a lone introduction has none to refer to
        if ledger.loop(loop_id).kind is LoopKind.INTRODUCTION and others and rng.random() < 0.7:
            ledger.set_referred(loop_id, rng.choice(others))
    contacts_of(ledger).set_flags(muted, muted=True, blocked=False, reason="", at=START)
    return ids


def churn(ledger: Ledger, service: ReminderService, rng: random.Random, ids: list[int]) -> None:
    """Edits, closes, reopens, deliveries and snoozes."""
    now = START + timedelta(days=rng.randrange(0, 40))
    service.deliver(now)
    for loop_id in rng.sample(ids, k=min(len(ids), 6)):
        loop = ledger.loop(loop_id)
        choice = rng.randrange(7)
        if choice == 0 and loop.status is LoopStatus.OPEN:
            ledger.close_loop(loop_id, Outcome.NO_RESPONSE)
        elif choice == 1 and loop.status is not LoopStatus.OPEN:
            ledger.reopen_loop(loop_id)
        elif choice == 2:  # ``now`` is the churn's, ahead of the ledger's clock: meant
            ledger.log_event(loop_id, EventKind.SENT, at=now, confirmed=True)
        elif choice == 3 and loop.status is LoopStatus.OPEN:
            service.snooze(loop_id, now + timedelta(days=rng.randrange(1, 9)), now)
        elif choice == 4:
            ledger.set_deadline(loop_id, now + timedelta(days=3))
        elif choice == 5:
            for window in service.plan([loop_id]).windows:
                if window.rule.dismissible:
                    ledger.dismiss(loop_id, window.key)
        else:
            ledger.update_loop(
                loop_id, contact_id=loop.contact_id, kind=rng.choice(list(LoopKind)),
                subject=loop.subject,
            )  # fmt: skip


def instants(rng: random.Random) -> list[datetime]:
    return [START + timedelta(hours=rng.randrange(0, 24 * 60)) for _ in range(4)]


def run(data_dir: Path, seed: int, loops: int) -> None:
    rng = random.Random(seed)
    clock = FixedClock(START)
    ledger = Ledger.open(data_dir, clock, BERLIN)
    try:
        ids = build(ledger, rng, loops)
        service = ReminderService(ledger)
        for now in instants(rng):
            assert_same(ledger, service, BERLIN, now)
        churn(ledger, service, rng, ids)
        for now in instants(rng):
            assert_same(ledger, service, BERLIN, now)
        SettingsService(service.ledger).update(
            {"reply_due_hours": 30, "working_start": "08:00", "count_working_days": False}
        )
        for now in instants(rng):
            assert_same(ledger, service, BERLIN, now)
        away = service.away_on(now=START + timedelta(days=5))
        assert_same(ledger, service, BERLIN, away.start + timedelta(days=1))
        service.away_off(START + timedelta(days=9))
    finally:
        ledger.close()
    moved = Ledger.open(data_dir, clock, TOKYO)  # the user moved: another zone
    try:
        service = ReminderService(moved)
        for now in instants(rng):
            assert_same(moved, service, TOKYO, now)
        churn(moved, service, rng, ids)
        for now in instants(rng):
            assert_same(moved, service, TOKYO, now)
    finally:
        moved.close()


def test_the_rows_match_a_computation_from_scratch(tmp_path: Path) -> None:
    for seed in range(3):
        run(tmp_path / str(seed), seed, 40)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(min_value=0, max_value=2**32), loops=st.integers(1, 12))
def test_any_ledger_keeps_its_rows_exact(tmp_path: Path, seed: int, loops: int) -> None:
    run(tmp_path / f"{seed}-{loops}", seed, loops)


def test_writes_without_a_zone_mark_the_rows_stale_and_reads_recompute(
    ledger: Ledger, tmp_path: Path
) -> None:
    contact = ledger.add_contact(name="Priya")
    loop_id = ledger.add_loop(
        contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Role", at=START
    )
    service = ReminderService(ledger)
    assert follow_ups.is_current(store_of(ledger), ledger.zone)
    raw = Store.open(store_of(ledger).path)  # no ledger, so no zone to plan in
    try:
        LoopRepository(raw).log_event(loop_id, EventKind.MEETING, at=START + timedelta(hours=2))
    finally:
        raw.close()
    assert not follow_ups.is_current(store_of(ledger), ledger.zone)
    now = START + timedelta(days=1)
    assert_same(ledger, service, ledger.zone, now)
    assert follow_ups.is_current(store_of(ledger), ledger.zone)


def test_settings_saved_elsewhere_are_noticed(ledger: Ledger) -> None:
    contact = ledger.add_contact(name="Priya")
    ledger.add_loop(contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="R", at=START)
    service = ReminderService(ledger)
    store_of(ledger).planning_zone = None
    SettingsRepository(store_of(ledger)).save(service.settings())  # same values: still stale-marked
    store_of(ledger).conn.execute("BEGIN")
    store_of(ledger).conn.execute(
        "INSERT INTO settings (key, value) VALUES ('reply_remind_hours', '2') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )
    store_of(ledger).conn.execute("COMMIT")
    store_of(ledger).planning_zone = ledger.zone
    assert_same(ledger, service, ledger.zone, START + timedelta(hours=3))
