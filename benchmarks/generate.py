"""A large, realistic Ghostless store for the benchmarks, generated once and cached.

Rows go in with raw ``executemany`` in one transaction (the repositories insert
one row at a time, far too slow for 300,000 events), but every derived loop
column is computed with the store's own functions, so the result is exactly
what the app would have written. Then the store is brought to where a user's
would be after weeks of use, through the real services: the time zone set,
every follow-up window computed, the reminders of the last weeks delivered
(recorded as shown), and a few loops snoozed.

The record ends at an anchor a little before the day the store is made (the
start of its week), so the window opens on an ordinary day's agenda, not on a
month of reminders missed; the cache key holds that date, so a store is made
afresh each week.
"""

from __future__ import annotations

import os
import random
import shutil
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks import corpus as c
from ghostless.core.clock import FixedClock, SystemClock
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Outcome
from ghostless.core.playbooks import RULES_VERSION
from ghostless.core.timeparse import to_utc_text
from ghostless.core.turns import TRIGGER_EVENT, turn_of
from ghostless.core.validation import ContactFields
from ghostless.services.ledger import Ledger
from ghostless.services.paths import database_path, ensure_private_dir
from ghostless.services.reminders import ReminderService
from ghostless.services.settings import SettingsService
from ghostless.store.asks import rebuild_asks
from ghostless.store.contacts import contact_search_text
from ghostless.store.database import Store
from ghostless.store.loops import search_text
from ghostless.store.migrations import SCHEMA_VERSION

#: Bump when the generated data changes, so cached stores are rebuilt.
GENERATOR_VERSION = 6
SEED = 20261122
CACHE_ROOT = Path(__file__).resolve().parent / ".data"
#: A fixed instant for measurements on a fake clock (the follow-up engine's section).
ANCHOR = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
#: The zone the generated store is set to (``time_zone``), whatever the machine's.
ZONE_NAME = "Europe/Berlin"
#: Reminders delivered this many days back from the anchor, as an app running daily would.
DELIVERED_DAYS_BACK = (28, 21, 14, 10, 7, 5, 3, 2, 1, 0)
#: Share of the loops owing something that the user has snoozed.
SNOOZED_SHARE = 0.04

KIND_WEIGHTS = {
    LoopKind.RECRUITER_OUTREACH: 22,
    LoopKind.INTERVIEW_SCHEDULED: 8,
    LoopKind.INTERVIEW_HELD: 8,
    LoopKind.JOB_OFFER: 3,
    LoopKind.HELP_RECEIVED: 9,
    LoopKind.INTRODUCTION: 10,
    LoopKind.PROMISE_MINE: 8,
    LoopKind.PROMISE_THEIRS: 6,
    LoopKind.NETWORKING_CALL: 12,
    LoopKind.COLLABORATION_PROPOSAL: 6,
    LoopKind.OTHER: 8,
}
#: After a message from them I usually answer; after mine they usually do.
NEXT_EVENT = {
    EventKind.RECEIVED: ((EventKind.SENT, 70), (EventKind.NOTE, 10), (EventKind.MEETING, 8),
                         (EventKind.PROMISE, 5), (EventKind.RECEIVED, 7)),
    EventKind.SENT: ((EventKind.RECEIVED, 65), (EventKind.SENT, 15), (EventKind.NOTE, 12),
                     (EventKind.MEETING, 5), (EventKind.PROMISE, 3)),
}  # fmt: skip


@dataclass(frozen=True)
class Sizes:
    contacts: int = 30_000
    loops: int = 30_000
    events: int = 300_000

    @classmethod
    def of(cls, loops: int) -> Sizes:
        """A store of ``loops`` loops, as many contacts, ten events a loop."""
        return cls(contacts=loops, loops=loops, events=10 * loops)


#: The store sizes every scaled figure is measured at, so growth shows.
SCALES = (1_000, 10_000, 30_000)


@dataclass(frozen=True)
class _Contact:
    name: str
    org: str
    role: str


def record_anchor(today: datetime | None = None) -> datetime:
    """The end of the generated record: noon UTC on the Monday of this week."""
    day = (today or SystemClock().now()).astimezone(UTC)
    monday = (day - timedelta(days=day.weekday())).date()
    return datetime(monday.year, monday.month, monday.day, 12, tzinfo=UTC)


def cached_data_dir(
    sizes: Sizes = Sizes(), anchor: datetime | None = None
) -> tuple[Path, float | None]:
    """The data folder holding a generated store; seconds spent generating, None if cached."""
    anchor = anchor or record_anchor()
    key = (
        f"store-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}-r{RULES_VERSION}-{anchor:%Y%m%d}"
        f"-{sizes.contacts}c-{sizes.loops}l-{sizes.events}e"
    )
    final = CACHE_ROOT / key
    if database_path(final).is_file():
        return final, None
    from time import perf_counter

    CACHE_ROOT.mkdir(parents=True, exist_ok=True)
    staging = CACHE_ROOT / f"{key}.partial-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    started = perf_counter()
    generate(staging, sizes, anchor=anchor)
    elapsed = perf_counter() - started
    shutil.rmtree(final, ignore_errors=True)
    os.replace(staging, final)
    return final, elapsed


def generate(
    data_dir: Path, sizes: Sizes = Sizes(), seed: int = SEED, anchor: datetime = ANCHOR
) -> None:
    """Create a Ghostless store in ``data_dir`` filled with deterministic random data,
    then use it as the app would have up to ``anchor`` (see :func:`settle`)."""
    rng = random.Random(seed)
    ensure_private_dir(data_dir)
    store = Store.open(database_path(data_dir))
    try:
        contacts, contact_rows = _contacts(rng, sizes.contacts, anchor)
        loop_rows, event_rows = _loops_and_events(rng, sizes, contacts, anchor)
        with store.write():
            conn = store.conn
            conn.executemany(
                "INSERT INTO contacts (id, name, email, org, role, phone, url, notes, tags, muted, "
                "blocked, block_reason, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                contact_rows,
            )
            # The filter text is derived exactly as the store derives it on write.
            conn.executemany(
                "UPDATE contacts SET search_text = ? WHERE id = ?",
                [
                    (
                        contact_search_text(
                            ContactFields(name=r[1], email=r[2], org=r[3], role=r[4])
                        ),
                        r[0],
                    )
                    for r in contact_rows
                ],
            )
            conn.executemany(
                "INSERT INTO loops (id, contact_id, kind, subject, status, outcome, turn, "
                "turn_rank, turn_since, last_event_at, opened_at, closed_at, notes, search_text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                loop_rows,
            )
            conn.executemany(
                "INSERT INTO events (loop_id, kind, at, text, created_at) VALUES (?, ?, ?, ?, ?)",
                event_rows,
            )
            # The asks the Insights charts count, derived as the store derives them on write.
            rebuild_asks(conn)
    finally:
        store.close()
    settle(data_dir, rng, anchor)
    store = Store.open(database_path(data_dir))
    try:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()


def settle(data_dir: Path, rng: random.Random, anchor: datetime) -> None:
    """Weeks of use, through the services the app calls: the zone set (which computes
    every window), the reminders delivered day by day up to ``anchor``, and some of
    what is owed snoozed for a few hours to a week."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(ZONE_NAME)
    ledger = Ledger.open(data_dir, FixedClock(anchor), zone)
    try:
        SettingsService(ledger).update({"time_zone": ZONE_NAME})
        reminders = ReminderService(ledger)
        reminders.refresh()
        for days in DELIVERED_DAYS_BACK:
            reminders.deliver(anchor - timedelta(days=days))
        owing = sorted({owed.loop.id for owed in reminders.agenda(anchor)})
        for loop_id in rng.sample(owing, int(len(owing) * SNOOZED_SHARE)):
            until = anchor + timedelta(hours=rng.uniform(1, 7 * 24))
            reminders.snooze(loop_id, until, anchor)
    finally:
        ledger.close()


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch == "-")


def _contacts(
    rng: random.Random, count: int, anchor: datetime
) -> tuple[list[_Contact], list[tuple[object, ...]]]:
    orgs = [f"{p} {s}" for p in c.ORG_PREFIXES for s in c.ORG_SUFFIXES]
    people: list[_Contact] = []
    rows: list[tuple[object, ...]] = []
    for contact_id in range(1, count + 1):
        first, last = rng.choice(c.FIRST_NAMES), rng.choice(c.LAST_NAMES)
        org = rng.choice(orgs) if rng.random() < 0.9 else ""
        role = rng.choice(c.ROLES) if rng.random() < 0.8 else ""
        domain = _ascii(org.split(" ")[0]) + ".example" if org else "mail.example"
        email = (
            f"{_ascii(first)}.{_ascii(last)}{contact_id}@{domain}" if rng.random() < 0.85 else ""
        )
        phone = f"+44 7{rng.randrange(10**8, 10**9)}" if rng.random() < 0.3 else ""
        url = (
            f"https://www.linkedin.example/in/{_ascii(first)}-{contact_id}"
            if rng.random() < 0.4
            else ""
        )
        tags = rng.sample(c.TAGS, rng.choice((0, 0, 0, 1, 1, 2)))
        blocked = rng.random() < 0.01
        created = anchor - timedelta(days=rng.uniform(30, 1200))
        stamp = to_utc_text(created.replace(microsecond=0))
        people.append(_Contact(f"{first} {last}", org, role))
        rows.append(
            (contact_id, f"{first} {last}", email, org, role, phone, url,
             "Met at a conference." if rng.random() < 0.1 else "",
             "[" + ", ".join(f'"{tag}"' for tag in tags) + "]",
             int(rng.random() < 0.02), int(blocked),
             rng.choice(c.BLOCK_REASONS) if blocked else "", stamp, stamp)
        )  # fmt: skip
    return people, rows


def _subject(rng: random.Random, kind: LoopKind, org: str) -> str:
    first = rng.choice(c.FIRST_NAMES)
    title = rng.choice(c.ROLE_TITLES)
    where = org or rng.choice(c.ORG_PREFIXES)
    return {
        LoopKind.RECRUITER_OUTREACH: f"{rng.choice(c.SENIORITY)} {title} role, "
        f"{rng.choice(c.PLACES)}",
        LoopKind.INTERVIEW_SCHEDULED: f"{rng.choice(c.ROUNDS)} interview for {title}",
        LoopKind.INTERVIEW_HELD: f"Thank-you after {rng.choice(c.ROUNDS).lower()} interview",
        LoopKind.JOB_OFFER: f"Offer: {title} at {where}",
        LoopKind.HELP_RECEIVED: f"Thanks for the {rng.choice(c.HELP)}",
        LoopKind.INTRODUCTION: f"Intro to {first} at {rng.choice(c.ORG_PREFIXES)}",
        LoopKind.PROMISE_MINE: f"Send {rng.choice(c.THINGS)} to {first}",
        LoopKind.PROMISE_THEIRS: f"{first} to send {rng.choice(c.THINGS)}",
        LoopKind.NETWORKING_CALL: f"Coffee chat about {rng.choice(c.TOPICS)}",
        LoopKind.COLLABORATION_PROPOSAL: f"{rng.choice(c.TOPICS).capitalize()} "
        f"{rng.choice(c.COLLABS)} proposal",
        LoopKind.OTHER: rng.choice(c.MISC),
    }[kind]


def _event_counts(rng: random.Random, sizes: Sizes) -> list[int]:
    """Events per loop: at least one each, the rest skewed so a few loops run long."""
    weights = [rng.lognormvariate(0, 0.8) for _ in range(sizes.loops)]
    extra = Counter(rng.choices(range(sizes.loops), weights=weights, k=sizes.events - sizes.loops))
    return [1 + extra[index] for index in range(sizes.loops)]


def _loops_and_events(
    rng: random.Random, sizes: Sizes, contacts: list[_Contact], anchor: datetime
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    kinds, kind_weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    # Some people have many loops (a busy recruiter), most have one or none.
    contact_weights = [rng.paretovariate(1.5) for _ in contacts]
    owners = rng.choices(range(len(contacts)), weights=contact_weights, k=sizes.loops)
    loop_rows: list[tuple[object, ...]] = []
    event_rows: list[tuple[object, ...]] = []
    for index, count in enumerate(_event_counts(rng, sizes)):
        loop_id, contact = index + 1, contacts[owners[index]]
        kind = rng.choices(kinds, kind_weights)[0]
        # Open loops are recent; closed ones spread over the last three years.
        roll = rng.random()
        status = (
            LoopStatus.OPEN
            if roll < 0.5
            else LoopStatus.CLOSED
            if roll < 0.85
            else LoopStatus.ARCHIVED
        )
        span_days = count * rng.uniform(1.0, 4.0)
        ago = rng.uniform(span_days, span_days + (90 if status is LoopStatus.OPEN else 1100))
        at = (anchor - timedelta(days=ago)).replace(microsecond=0)
        opened = at
        event_kind = TRIGGER_EVENT[kind]
        record: list[tuple[EventKind, datetime]] = []
        # Random gaps, squeezed when they would run past the anchor: the record ends
        # there, and nothing is logged in the future.
        gaps = [int(rng.expovariate(1 / (span_days * 86400 / count))) + 60 for _ in range(count)]
        room = (anchor - at).total_seconds() - 3600
        if sum(gaps[:-1]) > room:
            gaps = [int(gap * room / sum(gaps[:-1])) for gap in gaps]
        for gap in gaps:
            record.append((event_kind, at))
            text = rng.choice(c.MESSAGES)
            event_rows.append((loop_id, event_kind.value, to_utc_text(at), text, to_utc_text(at)))
            at += timedelta(seconds=gap)
            options = NEXT_EVENT.get(event_kind, NEXT_EVENT[EventKind.RECEIVED])
            event_kind = rng.choices([k for k, _ in options], [w for _, w in options])[0]
        outcome, closed_at = None, None
        if status is not LoopStatus.OPEN:
            if status is LoopStatus.CLOSED or rng.random() < 0.3:
                outcome = rng.choice(list(Outcome)).value
            closed_at = to_utc_text(
                min(record[-1][1] + timedelta(hours=rng.uniform(1, 200)), anchor)
            )
        state = turn_of(kind, status, record)
        subject = _subject(rng, kind, contact.org)
        loop_rows.append(
            (loop_id, owners[index] + 1, kind.value, subject, status.value, outcome,
             state.turn.value, state.turn.rank,
             to_utc_text(state.since) if state.since else None,
             to_utc_text(state.last_event_at) if state.last_event_at else None,
             to_utc_text(opened), closed_at, "",
             search_text(kind, subject, contact.name, contact.org, contact.role))
        )  # fmt: skip
    return loop_rows, event_rows
