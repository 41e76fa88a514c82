"""Sync through a real Radicale on loopback (TLS): the first sync of a ledger of 1,000
loops and 10,000 events, and a sync with nothing new.

The floor is the same number of plain conditional PUTs of small items to the same
server, in the same run: what the network and Radicale cost before any work of ours,
taken over one connection and over several at once (Radicale answers in threads but
holds one storage lock for every write, so more connections buy little); the lower
is the floor. Skipped (reported as not measured) when Radicale is not installed.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.report import Figure, Report
from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, LoopKind
from ghostless.services import dav_sync
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import MemorySecretStore
from ghostless.store.dav import SharedRepository

LOOPS, EVENTS_PER_LOOP, CONTACTS = 1_000, 10, 250
SECTION = f"Sync (dav): {LOOPS:,} loops, {LOOPS * EVENTS_PER_LOOP:,} events, Radicale on loopback"
FIRST_GOAL_S, NOTHING_NEW_GOAL_S = 30.0, 1.0
#: Connections the parallel floor writes over.
FLOOR_CONNECTIONS = 4
NOW = datetime(2026, 11, 20, 14, tzinfo=UTC)
_KINDS = (LoopKind.RECRUITER_OUTREACH, LoopKind.JOB_OFFER, LoopKind.NETWORKING_CALL,
          LoopKind.PROMISE_MINE, LoopKind.OTHER)  # fmt: skip
_STEPS = (EventKind.SENT, EventKind.RECEIVED, EventKind.NOTE)


def fill(ledger: Ledger) -> None:
    """1,000 loops with 10 events each, over a quarter, in one transaction."""
    with ledger.transaction():
        contacts = [
            ledger.add_contact(name=f"Person {n}", org=f"Org {n % 40}", email=f"p{n}@example.com")
            for n in range(CONTACTS)
        ]
        for n in range(LOOPS):
            start = NOW - timedelta(days=90) + timedelta(hours=2 * n)
            loop = ledger.add_loop(
                contact_id=contacts[n % CONTACTS], kind=_KINDS[n % len(_KINDS)],
                subject=f"Matter {n}", at=start, text="First message",
            )  # fmt: skip
            for step in range(1, EVENTS_PER_LOOP):
                kind = _STEPS[step % len(_STEPS)]
                ledger.log_event(loop, kind, at=start + timedelta(hours=step), text=f"Step {step}")


def _floor(server_url: str, ca: Path, count: int, connections: int, name: str) -> float:
    """``count`` conditional PUTs of a small vCard into a new address book over
    ``connections`` connections at once: the server's own cost for that many writes."""
    import niquests
    from tests.integration.radicale_server import PASSWORD, USER

    base = f"{server_url}{USER}/{name}/"
    niquests.request(
        "MKCOL", base, auth=(USER, PASSWORD), verify=str(ca),
        data='<?xml version="1.0"?><mkcol xmlns="DAV:" '
        'xmlns:C="urn:ietf:params:xml:ns:carddav"><set><prop><resourcetype><collection/>'
        "<C:addressbook/></resourcetype></prop></set></mkcol>",
    )  # fmt: skip
    local = threading.local()

    def put(n: int) -> None:
        if not hasattr(local, "session"):
            local.session = niquests.Session()
        card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:f{n}\r\nFN:P {n}\r\nN:;P;;;\r\nEND:VCARD\r\n"
        answer = local.session.put(
            f"{base}f{n}.vcf", data=card.encode(), auth=(USER, PASSWORD), verify=str(ca),
            headers={"If-None-Match": "*", "Content-Type": "text/vcard"},
        )  # fmt: skip
        assert answer.status_code == 201, answer.status_code

    start = time.perf_counter()
    with ThreadPoolExecutor(connections) as pool:
        list(pool.map(put, range(count)))
    return time.perf_counter() - start


def dav_sync_bench(report: Report) -> None:
    try:
        __import__("radicale")
    except ImportError:
        for name, goal in (
            ("first sync", FIRST_GOAL_S),
            ("sync with nothing new", NOTHING_NEW_GOAL_S),
        ):
            report.add(Figure(SECTION, name, None, "s", f"≤ {goal:.0f} s",
                              note="radicale is not installed: not measured"))  # fmt: skip
        return
    from tests.integration.radicale_server import PASSWORD, USER, start_radicale

    print(f"Sync: {LOOPS:,} loops and {LOOPS * EVENTS_PER_LOOP:,} events to Radicale…", flush=True)
    root = Path(tempfile.mkdtemp(prefix="ghostless-dav-bench-"))
    (root / "server").mkdir()
    server = start_radicale(root / "server")
    ledger = Ledger.open(root / "data", FixedClock(NOW), ZoneInfo("Europe/Berlin"))
    try:
        fill(ledger)
        secrets = MemorySecretStore()
        dav_sync.setup(ledger, secrets, url=server.url, user=USER, password=PASSWORD,
                       ca_file=server.ca)  # fmt: skip
        start = time.perf_counter()
        first = dav_sync.sync_now(ReminderService(ledger), secrets)
        first_s = time.perf_counter() - start
        assert first.ok, first.message
        again = []
        for _ in range(5):
            start = time.perf_counter()
            report_again = dav_sync.sync_now(ReminderService(ledger), secrets)
            again.append(time.perf_counter() - start)
            assert report_again.ok, report_again.message
            assert not report_again.changed, report_again.summary()
        written = (
            first.created + len(SharedRepository(store_of(ledger)).batches()) + first.contacts_sent
        )
        serial_s = _floor(server.url, server.ca, written, 1, "floor1")
        parallel_s = _floor(server.url, server.ca, written, FLOOR_CONNECTIONS, "floor4")
        floor_s = min(serial_s, parallel_s)
    finally:
        ledger.close()
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    nothing_new = statistics.median(again)
    report.add(Figure(SECTION, f"floor: {written:,} plain PUTs, one connection", serial_s, "s"))
    report.add(Figure(
        SECTION, f"floor: {written:,} plain PUTs, {FLOOR_CONNECTIONS} connections", parallel_s, "s"
    ))  # fmt: skip
    report.add(Figure(
        SECTION, f"first sync: {written:,} writes ({first.created:,} tasks, "
        f"{first.loops_sent:,} loops in batches, {first.contacts_sent:,} contacts)", first_s, "s",
        f"≤ {FIRST_GOAL_S:.0f} s", first_s <= FIRST_GOAL_S,
        note=f"{first_s / floor_s:.1f}× the floor; tasks on the phone: every owed item (the "
        f"default; Settings ▸ Sync can keep only the N most urgent), {first.not_on_phone:,} "
        "left off",
    ))  # fmt: skip
    report.add(Figure(
        SECTION, "sync with nothing new (median of 5)", nothing_new, "s",
        f"≤ {NOTHING_NEW_GOAL_S:.0f} s", nothing_new <= NOTHING_NEW_GOAL_S, digits=2,
    ))  # fmt: skip
