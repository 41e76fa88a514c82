"""Backups, restore, the daily rotation, and the calendar, JSON and CSV exports."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject

from ghostless.core.clock import FixedClock
from ghostless.core.errors import StoreCorrupt, StoreError, StoreTooNew
from ghostless.core.exports import contact_csv_header
from ghostless.core.models import Address, AddressKind, EventKind, LoopKind
from ghostless.services import backup, exports
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.reminders import ReminderService
from tests.conftest import FRIDAY


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _with_loop(ledger: Ledger) -> int:
    contact = ledger.add_contact(name="Priya Raman", org="Northwind")
    return ledger.add_loop(
        contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Backend role",
        at=FRIDAY - timedelta(hours=30),
    )  # fmt: skip


def test_a_backup_is_a_private_consistent_copy_and_restores(
    ledger: Ledger, tmp_path: Path, zone: ZoneInfo
) -> None:
    _with_loop(ledger)
    copy = backup.backup_to(store_of(ledger), tmp_path / "copy.sqlite3")
    assert _mode(copy) == 0o600
    assert backup.check_backup(copy) >= 4
    ledger.add_contact(name="Added After The Backup")
    aside = backup.restore_from(store_of(ledger), copy, now=FRIDAY, zone=zone)
    assert _mode(aside) == 0o600
    assert [c.name for c in ledger.search_contacts()] == ["Priya Raman"]
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT count(*) FROM contacts").fetchone()[0] == 2
    kept.close()


def test_restore_checks_the_file_before_replacing_anything(
    ledger: Ledger, tmp_path: Path, zone: ZoneInfo
) -> None:
    ledger.add_contact(name="Keep Me")
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    with pytest.raises(StoreCorrupt, match="not a SQLite database"):
        backup.restore_from(store_of(ledger), text, now=FRIDAY, zone=zone)
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreCorrupt, match="not a Ghostless database"):
        backup.restore_from(store_of(ledger), foreign, now=FRIDAY, zone=zone)
    newer = backup.backup_to(store_of(ledger), tmp_path / "newer.sqlite3")
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('ghostless', 'm999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreTooNew):
        backup.restore_from(store_of(ledger), newer, now=FRIDAY, zone=zone)
    assert [c.name for c in ledger.search_contacts()] == ["Keep Me"]
    assert not (store_of(ledger).path.parent / "backups").exists()


def test_daily_backups_rotate(ledger: Ledger, zone: ZoneInfo) -> None:
    for day in range(10):
        made = backup.daily_backup(store_of(ledger), now=FRIDAY + timedelta(days=day), zone=zone)
        assert made is not None
    assert backup.daily_backup(store_of(ledger), now=FRIDAY + timedelta(days=9), zone=zone) is None
    folder = store_of(ledger).path.parent / "backups"
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == backup.KEEP_DAILY
    assert kept[-1] == "daily-2026-11-29.sqlite3"
    assert all(_mode(folder / name) == 0o600 for name in kept)
    assert _mode(folder) == 0o700


def test_a_writer_is_not_held_up_by_a_backup_nor_seen_in_its_copy(
    ledger: Ledger, zone: ZoneInfo
) -> None:
    """The copy is read under one transaction, so another connection's write goes
    through at once between the copy's steps and the copy holds the state it began
    from (a new step never restarts the copy)."""
    ledger.add_contact(name="Before")
    path = store_of(ledger).path
    writer = sqlite3.connect(path, timeout=0)  # busy at once would raise, not wait
    looks: list[int] = []

    def write_meanwhile() -> bool:
        looks.append(1)
        with writer:
            writer.execute(
                "INSERT INTO contacts (name, created_at, updated_at) VALUES ('During', '', '')"
            )
        return False

    try:
        made = backup.daily_backup_at(path, now=FRIDAY, zone=zone, cancelled=write_meanwhile)
    finally:
        writer.close()
    assert made is not None
    assert looks  # it did look between its steps (and the writes went through)
    copy = sqlite3.connect(made)
    try:
        assert [r[0] for r in copy.execute("SELECT name FROM contacts")] == ["Before"]
    finally:
        copy.close()
    assert len(ledger.search_contacts()) == 1 + len(looks)


def test_a_stopped_backup_leaves_no_file_and_a_cut_off_one_is_swept(
    ledger: Ledger, zone: ZoneInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = store_of(ledger).path.parent / backup.BACKUP_DIR
    folder.mkdir()
    cut_off = folder / ".daily-2026-11-19.sqlite3.999.0.tmp"  # the app was killed mid-copy
    cut_off.write_bytes(b"SQLite format 3\x00half")
    with pytest.raises(backup.BackupCancelled):
        backup.daily_backup(store_of(ledger), now=FRIDAY, zone=zone, cancelled=lambda: True)
    assert list(folder.iterdir()) == []
    checks: list[int] = []

    def stop_in_the_check() -> bool:  # asked after the copy's last step, then in its check
        checks.append(1)
        return len(checks) > 1

    monkeypatch.setattr(backup, "CHECK_STEPS_PER_LOOK", 1)  # a tiny store's check is short
    with pytest.raises(backup.BackupCancelled):
        backup.backup_to(store_of(ledger), folder / "x.sqlite3", cancelled=stop_in_the_check)
    assert len(checks) > 1
    assert list(folder.iterdir()) == []


def test_the_calendar_parses_back_with_stable_uids_and_alarms(
    ledger: Ledger, tmp_path: Path
) -> None:
    _with_loop(ledger)
    target = tmp_path / "feed.ics"
    reminders = ReminderService(ledger)
    assert exports.export_calendar(reminders, target) >= 1
    first = target.read_bytes()
    assert _mode(target) == 0o600
    assert b"\r\n" in first
    assert b"ATTENDEE" not in first
    calendar = vobject.readOne(first.decode())
    events = calendar.vevent_list
    alarms = [event.valarm for event in events if "valarm" in event.contents]
    assert alarms
    assert all(alarm.trigger.value.tzinfo is not None for alarm in alarms)
    assert "Priya Raman" in events[0].summary.value
    exports.export_calendar(reminders, target)
    uids = [e.uid.value for e in vobject.readOne(target.read_text()).vevent_list]
    assert uids == [e.uid.value for e in events]


def test_every_calendar_item_has_its_alarm_and_the_calendar_shows_what_the_window_shows(
    ledger: Ledger, tmp_path: Path, clock: FixedClock
) -> None:
    late = _with_loop(ledger)
    other = ledger.add_contact(name="Amara Okafor")
    fresh = ledger.add_loop(
        contact_id=other, kind=LoopKind.RECRUITER_OUTREACH, subject="Data role", at=FRIDAY
    )
    reminders = ReminderService(ledger)
    until = FRIDAY + timedelta(days=6)  # past Monday's reminder: it is held back
    assert reminders.snooze(fresh, until)
    clock.set(FRIDAY + timedelta(days=5))  # Priya's reply is overdue by now
    target = tmp_path / "feed.ics"
    exports.export_calendar(reminders, target)
    events = vobject.readOne(target.read_text()).vevent_list
    agenda = reminders.agenda()
    assert len(events) == len(agenda)  # one item per thing owed: no repair entries
    assert all("valarm" in event.contents for event in events)
    by_summary = {event.summary.value: event for event in events}
    snoozed = next(e for s, e in by_summary.items() if "Amara" in s)
    assert snoozed.valarm.trigger.value == until
    overdue = next(e for s, e in by_summary.items() if "Priya" in s)
    assert "short apology" in overdue.description.value
    assert not any("Repair" in s for s in by_summary)
    # An unrelated write leaves every UID as it was.
    ledger.add_contact(name="Someone else")
    exports.export_calendar(reminders, target)
    again = [e.uid.value for e in vobject.readOne(target.read_text()).vevent_list]
    assert again == [e.uid.value for e in events]
    del late


def test_the_kept_calendar_file_follows_every_change(ledger: Ledger, tmp_path: Path) -> None:
    reminders = ReminderService(ledger)
    assert exports.refresh_calendar_feed(reminders) is None
    target = tmp_path / "kept.ics"
    exports.set_calendar_feed(ledger, target)
    _with_loop(ledger)
    assert exports.refresh_calendar_feed(reminders) == target.resolve()
    assert b"Priya Raman" in target.read_bytes()
    exports.set_calendar_feed(ledger, None)
    assert exports.calendar_feed(ledger) is None


def test_the_json_export_holds_everything(ledger: Ledger, tmp_path: Path) -> None:
    loop_id = _with_loop(ledger)
    target = tmp_path / "all.json"
    assert exports.export_json(ledger, target) == {"contacts": 1, "loops": 1}
    data = json.loads(target.read_text())
    assert data["format"] == "ghostless-export"
    assert data["version"] == 1
    assert data["loops"][0]["id"] == loop_id
    assert data["loops"][0]["events"][0]["kind"] == "received"
    assert data["contacts"][0]["tags"] == []
    assert _mode(target) == 0o600


def test_the_csv_export_neutralises_formulas(ledger: Ledger, tmp_path: Path) -> None:
    ledger.add_contact(name='=HYPERLINK("http://evil")', notes="@SUM(A1)", phone="+1 555")
    target = tmp_path / "contacts.csv"
    exports.export_contacts_csv(ledger, target)
    rows = list(csv.reader(io.StringIO(target.read_text())))
    assert rows[1][0] == '\'=HYPERLINK("http://evil")'
    assert rows[1][4] == "'+1 555"
    assert rows[1][6] == "'@SUM(A1)"


def test_a_fixed_clock_is_what_the_export_stamps(data_dir: Path, zone: ZoneInfo) -> None:
    ledger = Ledger.open(data_dir, FixedClock(FRIDAY), zone)
    try:
        text = exports.export_data(ledger)
        assert text["exported_at"] == FRIDAY.isoformat()
    finally:
        ledger.close()


def test_the_json_export_streams_each_contact_with_its_addresses_and_each_loop_with_its_events(
    ledger: Ledger, tmp_path: Path
) -> None:
    # Read side by side from two ordered queries: a contact with no address, or a
    # loop between two with events, must get none of its neighbour's.
    first = ledger.add_contact(name="Ada", email="ada@example.com", phone="+44 1")
    bare = ledger.add_contact(name="Bare")
    last = ledger.add_contact(name="Zoë", url="https://example.com/zoe")
    loops = [
        ledger.add_loop(contact_id=who, kind=LoopKind.NETWORKING_CALL, subject=f"Call {n}",
                        at=FRIDAY - timedelta(days=3 - n))
        for n, who in enumerate((first, bare, last))
    ]  # fmt: skip
    ledger.log_event(loops[0], EventKind.SENT, at=FRIDAY - timedelta(days=1), text="thanks")
    ledger.log_event(loops[2], EventKind.NOTE, at=FRIDAY, text="line\u2028break")
    target = tmp_path / "all.json"
    assert exports.export_json(ledger, target) == {"contacts": 3, "loops": 3}
    text = target.read_text(encoding="utf-8")
    # The same file, byte for byte, as the document written whole (the clock is fixed).
    assert text == json.dumps(exports.export_data(ledger), indent=2, ensure_ascii=False) + "\n"
    data = json.loads(text)
    for contact in data["contacts"]:
        held = ledger.contact(contact["id"]).addresses
        assert [a["value"] for a in contact["addresses"]] == [a.value for a in held]
    assert data["contacts"][1]["addresses"] == []
    for loop in data["loops"]:
        held_events = ledger.events(loop["id"])
        assert [e["id"] for e in loop["events"]] == [e.id for e in held_events]
    assert [len(loop["events"]) for loop in data["loops"]] == [2, 1, 2]


def test_a_json_export_that_fails_halfway_leaves_the_old_file(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_loop(ledger)
    target = tmp_path / "all.json"
    target.write_text("the previous export")

    def broken(value: object) -> Iterator[str]:
        yield "{"
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "json_chunks", broken)
    with pytest.raises(StoreError, match="No space left"):
        exports.export_json(ledger, target)
    assert target.read_text() == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.json", "data"]


def test_the_csv_export_written_as_it_is_read_has_the_columns_of_the_most_addresses(
    ledger: Ledger, tmp_path: Path
) -> None:
    # The header is worked out before the first contact is read: from the store,
    # not from the contacts held in memory (issue 12).
    some = [
        Address(AddressKind.EMAIL, f"ada{n}@example.com", f"work {n}", n == 0) for n in range(3)
    ]
    ledger.add_contact(name="Ada", addresses=some)
    ledger.add_contact(name="Bob", phone="+44 1", url="https://example.com/bob")
    ledger.add_contact(
        name="Cy",
        addresses=[Address(AddressKind.PHONE, f"+44 2{n}", "", n == 1) for n in range(2)],
    )
    target = tmp_path / "contacts.csv"
    assert exports.export_contacts_csv(ledger, target) == 3
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0] == contact_csv_header(ledger.search_contacts())
    assert [n for n in rows[0] if n.endswith((" 2", " 3"))] == ["Email 2", "Email 3", "Phone 2"]
    assert [row[0] for row in rows[1:]] == ["Ada", "Bob", "Cy"]
    assert target.read_bytes() == exports.contacts_csv(ledger).encode("utf-8")


def test_the_vcard_export_writes_every_contact_as_it_is_read(
    ledger: Ledger, tmp_path: Path
) -> None:
    for name in ("Ada", "Bob", "Zoë"):
        ledger.add_contact(name=name, email=f"{name.lower()}@example.com")
    target = tmp_path / "contacts.vcf"
    assert exports.export_contacts_vcard(ledger, target) == 3
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert [card.fn.value for card in cards] == ["Ada", "Bob", "Zoë"]
    assert _mode(target) == 0o600
