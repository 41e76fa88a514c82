"""A writer killed at random moments never loses a saved record nor leaves a broken file.

crash_writer.py logs events through the real ledger and prints each id only after
its COMMIT returned. This test SIGKILLs it at random moments (a seeded generator,
so a failure can be replayed), then reopens the file and checks that every id it
was told about is there, the file is sound, and the schema is all or nothing.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ghostless.core.models import EventKind, LoopKind, LoopStatus, Turn
from ghostless.core.timeparse import from_utc_text
from ghostless.core.turns import turn_of
from ghostless.services.paths import DATABASE_NAME
from ghostless.store.database import Store
from ghostless.store.migrations import SCHEMA_VERSION

pytestmark = pytest.mark.slow

WRITER = Path(__file__).with_name("crash_writer.py")
SEED = 20261120
TRIALS = 48
FRESH_EVERY = 3  # every third trial kills the writer while it opens a new data folder
STARTUP_TIMEOUT = 30.0


@dataclass
class Trial:
    """What one writer said before it was killed."""

    loops: list[int] = field(default_factory=list)
    events: list[int] = field(default_factory=list)
    ready: bool = False


def _parse(output: bytes) -> Trial:
    trial = Trial()
    complete = output[: output.rfind(b"\n") + 1].decode()  # a cut-off last line promises nothing
    for line in complete.splitlines():
        word, _, value = line.partition(" ")
        if word == "ready":
            trial.ready = True
        elif word == "loop":
            trial.loops.append(int(value))
        elif word == "event":
            trial.events.append(int(value))
    return trial


def _run_and_kill(data_dir: Path, *, wait_for: bytes, delay: float) -> Trial:
    """Start the writer, wait for its ``wait_for`` line, then SIGKILL it ``delay`` s later."""
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert writer.stdout is not None
    assert writer.stderr is not None
    fd = writer.stdout.fileno()
    output = b""
    try:
        started = time.monotonic()
        deadline: float | None = None
        while True:
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                break
            if deadline is None and now - started > STARTUP_TIMEOUT:
                pytest.fail(f"the writer did not say {wait_for!r} in {STARTUP_TIMEOUT} s")
            timeout = (deadline - now) if deadline is not None else 1.0
            readable, _, _ = select.select([fd], [], [], timeout)
            if not readable:
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break  # the writer ended by itself: reported below
            output += chunk
            if deadline is None and (b"\n" + wait_for + b"\n") in (b"\n" + output):
                deadline = time.monotonic() + delay
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=STARTUP_TIMEOUT)
        output += writer.stdout.read()
        errors = writer.stderr.read().decode(errors="replace")
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
        writer.stdout.close()
        writer.stderr.close()
    assert writer.returncode == -signal.SIGKILL, f"the writer ended on its own:\n{errors}"
    return _parse(output)


def _check_file(path: Path, trial: Trial) -> str:
    """Check what a killed writer left; returns which state the schema was found in."""
    if not path.exists():
        assert (trial.loops, trial.events) == ([], [])
        return "no file"
    inspected = Store.open(path, migrate=False)
    try:
        version = inspected.schema_version()
        tables = [
            row[0]
            for row in inspected.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        assert inspected.integrity_problems() == []
    finally:
        inspected.close()
    if version == 0:
        assert tables == [], "a half-migrated schema"
        assert (trial.loops, trial.events) == ([], [])
        return "empty"
    assert version == SCHEMA_VERSION
    assert {"contacts", "loops", "events", "_sqlite_migrations"} <= set(tables)

    store = Store.open(path)
    try:
        conn = store.conn
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        event_ids = {row[0] for row in conn.execute("SELECT id FROM events")}
        loop_ids = {row[0] for row in conn.execute("SELECT id FROM loops")}
        assert set(trial.events) <= event_ids, sorted(set(trial.events) - event_ids)[:10]
        assert set(trial.loops) <= loop_ids, sorted(set(trial.loops) - loop_ids)[:10]
        # Each new loop was one transaction: contact, loop and first event, or none of them.
        contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        assert contacts == len(loop_ids)
        _check_derived_columns(store)
    finally:
        store.close()
    return "complete"


def _check_derived_columns(store: Store) -> None:
    """Every loop's turn columns match its events: the event and its refresh went in together."""
    events: dict[int, list[tuple[EventKind, str]]] = {}
    for loop_id, kind, at in store.conn.execute("SELECT loop_id, kind, at FROM events"):
        events.setdefault(loop_id, []).append((EventKind(kind), at))
    rows = store.conn.execute(
        "SELECT id, kind, status, turn, turn_since, last_event_at FROM loops"
    ).fetchall()
    for loop_id, kind, status, turn, since, last in rows:
        assert events.get(loop_id), f"loop {loop_id} has no events"
        state = turn_of(
            LoopKind(kind),
            LoopStatus(status),
            [(event_kind, from_utc_text(at)) for event_kind, at in events[loop_id]],
        )
        assert Turn(turn) is state.turn, loop_id
        assert (from_utc_text(since) if since else None) == state.since, loop_id
        assert from_utc_text(last) == state.last_event_at, loop_id


def test_killed_writers_never_lose_a_saved_record(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    started = time.monotonic()
    shared = tmp_path / "shared"
    seen: dict[str, int] = {}
    killed_while_opening = 0
    acknowledged = 0
    for number in range(TRIALS):
        if number % FRESH_EVERY == 0:
            # Kill within the first milliseconds of opening a new folder: before the
            # file exists, while the schema is created, or just after.
            data_dir = tmp_path / f"fresh-{number}"
            trial = _run_and_kill(data_dir, wait_for=b"opening", delay=rng.uniform(0.0, 0.008))
            killed_while_opening += not trial.ready
        else:
            # Kill mid-stream on a folder every earlier writer was killed on too.
            data_dir = shared
            trial = _run_and_kill(data_dir, wait_for=b"ready", delay=rng.uniform(0.02, 0.3))
        state = _check_file(data_dir / DATABASE_NAME, trial)
        seen[state] = seen.get(state, 0) + 1
        acknowledged += len(trial.events)
    elapsed = time.monotonic() - started
    print(
        f"{TRIALS} trials in {elapsed:.1f} s; {acknowledged} acknowledged events; "
        f"files found: {seen}; killed while opening: {killed_while_opening}"
    )
    assert killed_while_opening >= 1, "no trial hit the first open"
    assert acknowledged > TRIALS, "the writers were killed before they wrote anything"
