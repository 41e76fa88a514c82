"""The follow-up tables of m002: migration from v1, deliveries, snoozes, settings, away periods."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ghostless.core.errors import InputError, NotFoundError
from ghostless.core.models import EventKind, LoopKind, Outcome
from ghostless.core.planner import AwayReason
from ghostless.core.settings import Settings
from ghostless.core.validation import clean_contact
from ghostless.store.contacts import ContactRepository
from ghostless.store.database import Store
from ghostless.store.loops import FollowUpFields, LoopRepository
from ghostless.store.reminders import AwayRepository, DeliveryRecord, ReminderRepository
from ghostless.store.settings import SettingsRepository
from tests.conftest import FRIDAY
from tests.helpers.storefiles import raw_rows
from tests.store.test_migrations import _build_old_database


def _loop(
    store: Store, kind: LoopKind = LoopKind.RECRUITER_OUTREACH, deadline: datetime | None = None
) -> int:
    contact = ContactRepository(store).add(clean_contact(name="Priya Raman"), at=FRIDAY)
    return LoopRepository(store).add(
        contact_id=contact, kind=kind, subject="Senior backend role", at=FRIDAY, deadline=deadline
    )


def test_a_v1_database_gains_the_follow_up_tables_with_its_loops_intact(tmp_path: Path) -> None:
    path = tmp_path / "ghostless.sqlite3"
    _build_old_database(path, 1)
    store = Store.open(path)
    try:
        assert store.applied_steps()[:2] == ["m001_ledger", "m002_follow_ups"]
        loops = LoopRepository(store)
        assert loops.follow_up_fields(1) == FollowUpFields()
        facts = {f.loop.id: f for f in ReminderRepository(store).open_loop_facts()}
        # Loop 3 is closed and its contact blocked: not read at all.
        assert set(facts) == {1, 2}
        assert [e.kind for e in facts[2].events] == [EventKind.RECEIVED, EventKind.SENT]
        assert ReminderRepository(store).delivered_keys() == set()
        assert SettingsRepository(store).load() == Settings()
        assert AwayRepository(store).current() is None
    finally:
        store.close()


def test_the_v2_seed_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "ghostless.sqlite3"
    _build_old_database(path, 2)
    store = Store.open(path)
    try:
        facts = {f.loop.id: f for f in ReminderRepository(store).open_loop_facts()}
        assert facts[4].deadline == datetime(2026, 11, 27, 16, tzinfo=UTC)
        assert facts[5].referred is not None
        assert facts[5].referred.id == 2
        assert facts[5].decline_decided_at == datetime(2026, 11, 20, 9, tzinfo=UTC)
        assert ReminderRepository(store).delivered_keys() == {"1:reply:2026-11-18T08:00:00+00:00"}
        assert set(ReminderRepository(store).snoozes()) == {
            "4:offer.answer:2026-11-27T16:00:00+00:00:first"
        }
        settings = SettingsRepository(store).load()
        assert settings.reply_due_hours == 36
        assert settings.working_hours.start.isoformat() == "08:30:00"
        assert [p.reason for p in AwayRepository(store).history()] == [AwayReason.ILLNESS]
    finally:
        store.close()


def test_deliveries_are_recorded_once(store: Store) -> None:
    loop_id = _loop(store)
    repo = ReminderRepository(store)
    batch = [DeliveryRecord("a", loop_id, "reply"), DeliveryRecord("b", loop_id, "reply", True)]
    assert repo.record(batch, at=FRIDAY) == 2
    assert repo.record(batch, at=FRIDAY + timedelta(hours=1)) == 0
    assert repo.record([], at=FRIDAY) == 0
    assert repo.delivered_keys() == {"a", "b"}
    assert repo.deliveries(loop_id) == [("a", FRIDAY, False), ("b", FRIDAY, True)]


def test_a_claim_returns_only_the_keys_no_one_recorded_before(store: Store) -> None:
    loop_id = _loop(store)
    repo = ReminderRepository(store)
    other = Store.open(store.path)  # another process delivering the same instant
    try:
        assert ReminderRepository(other).record([DeliveryRecord("b", loop_id, "reply")], at=FRIDAY)
    finally:
        other.close()
    batch = [DeliveryRecord(key, loop_id, "reply") for key in ("a", "b", "c", "a")]
    assert repo.claim(batch, at=FRIDAY) == {"a", "c"}
    assert repo.claim(batch, at=FRIDAY) == set()
    assert repo.claim([], at=FRIDAY) == set()
    assert repo.delivered_keys() == {"a", "b", "c"}


def test_a_batch_with_a_bad_row_records_nothing(store: Store) -> None:
    loop_id = _loop(store)
    repo = ReminderRepository(store)
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        repo.record(
            [DeliveryRecord("a", loop_id, "reply"), DeliveryRecord("b", 999, "reply")], at=FRIDAY
        )
    assert raw_rows(store.path, "SELECT count(*) FROM deliveries") == [(0,)]


def test_closed_loops_drop_out_of_facts_keys_and_snoozes(store: Store) -> None:
    loop_id = _loop(store)
    repo = ReminderRepository(store)
    repo.record([DeliveryRecord("a", loop_id, "reply")], at=FRIDAY)
    repo.snooze(loop_id, ["a"], FRIDAY + timedelta(days=1))
    LoopRepository(store).close(loop_id, Outcome.REPLIED, at=FRIDAY)
    assert repo.open_loop_facts() == []
    assert repo.delivered_keys() == set()
    assert repo.snoozes() == {}


def test_snoozes_are_set_replaced_and_cleared(store: Store) -> None:
    loop_id = _loop(store)
    repo = ReminderRepository(store)
    first, later = FRIDAY + timedelta(hours=1), FRIDAY + timedelta(days=1)
    repo.snooze(loop_id, ["a", "b"], first)
    repo.snooze(loop_id, ["a"], later)
    assert repo.snoozes() == {"a": later, "b": first}
    assert repo.clear_snoozes(loop_id) == 2
    assert repo.snoozes() == {}


def test_follow_up_fields_are_set_on_the_loop(store: Store) -> None:
    deadline = FRIDAY + timedelta(days=7)
    offer = _loop(store, LoopKind.JOB_OFFER, deadline=deadline)
    intro = _loop(store, LoopKind.INTRODUCTION)
    loops = LoopRepository(store)
    assert loops.follow_up_fields(offer).deadline == deadline
    loops.set_referred(intro, offer)
    loops.set_decline_decided(offer, FRIDAY)
    loops.set_deadline(offer, None)
    assert loops.follow_up_fields(intro).referred_loop_id == offer
    assert loops.follow_up_fields(offer) == FollowUpFields(None, None, FRIDAY, introduced_by=intro)
    facts = {f.loop.id: f for f in ReminderRepository(store).open_loop_facts([intro])}
    assert facts[intro].referred is not None
    assert facts[intro].referred.id == offer
    with pytest.raises(InputError) as caught:
        loops.set_referred(offer, intro)
    assert caught.value.field == "referred"
    with pytest.raises(InputError, match="itself"):
        loops.set_referred(intro, intro)
    with pytest.raises(NotFoundError):
        loops.set_referred(intro, 999)
    with pytest.raises(NotFoundError):
        loops.follow_up_fields(999)


def test_settings_round_trip_and_survive_a_bad_stored_value(store: Store) -> None:
    repo = SettingsRepository(store)
    changed = Settings(reply_remind_hours=12, reply_due_hours=36)
    repo.save(changed)
    assert repo.load() == changed
    with store.write():
        store.conn.execute(
            "UPDATE settings SET value = '\"lots\"' WHERE key = 'reply_remind_hours'"
        )
    assert repo.load().reply_remind_hours == Settings().reply_remind_hours
    assert repo.load().reply_due_hours == 36


def test_away_periods_start_and_end_once(store: Store) -> None:
    repo = AwayRepository(store)
    with pytest.raises(InputError, match="not away"):
        repo.end(at=FRIDAY)
    started = repo.start(AwayReason.BURNOUT, at=FRIDAY)
    assert repo.current() == started
    with pytest.raises(InputError, match="already away"):
        repo.start(AwayReason.OTHER, at=FRIDAY)
    with pytest.raises(InputError):
        repo.end(at=FRIDAY)  # the end must come after the start
    ended = repo.end(at=FRIDAY + timedelta(days=3))
    assert ended.end == FRIDAY + timedelta(days=3)
    assert repo.current() is None
    assert repo.history() == [ended]
