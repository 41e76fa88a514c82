"""Writes to a Ghostless ledger through the real services code until it is killed.

Run by test_crash_durability.py as ``python crash_writer.py DATA_DIR``. It prints
``opening`` before it opens (and on a fresh folder creates and migrates) the
ledger, ``ready`` once open, then one line per write, ``event ID`` or ``loop ID``,
each printed and flushed only after the call that made it returned, that is
after its COMMIT: every id on stdout is a promise that the record is saved.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from itertools import cycle
from pathlib import Path
from zoneinfo import ZoneInfo

# sqlite-utils is imported lazily by the store on the first write, and the undo
# history and the draft rules (a sent message is checked) by the ledger; importing
# them here keeps the window after "opening" to the real work of opening the ledger,
# and the one after "ready" to writing.
import sqlite_utils  # noqa: F401

import ghostless.core.templates
import ghostless.services.undo  # noqa: F401
from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, LoopKind
from ghostless.services.ledger import Ledger, store_of

EVENTS_PER_LOOP = 40


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def new_loop(ledger: Ledger, number: int) -> int:
    with store_of(ledger).write():
        contact_id = ledger.add_contact(name=f"Contact {number}", org="Crash Test Ltd")
        return ledger.add_loop(
            contact_id=contact_id,
            kind=LoopKind.RECRUITER_OUTREACH,
            subject=f"Conversation {number}",
            text="Are you open to a chat?",
        )


def main(data_dir: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    say("opening")
    ledger = Ledger.open(data_dir, clock, ZoneInfo("Europe/Berlin"))
    say("ready")
    kinds = cycle([EventKind.SENT, EventKind.NOTE, EventKind.RECEIVED, EventKind.MEETING])
    number = 0
    while True:
        loop_id = new_loop(ledger, number)
        say(f"loop {loop_id}")
        for _ in range(EVENTS_PER_LOOP):
            clock.advance(minutes=7)
            event_id = ledger.log_event(loop_id, next(kinds), text=f"entry {number}")
            say(f"event {event_id}")
        number += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
