"""``ghostless due`` lists in the agenda's order (core/agenda.py, as Today shows it) and
says where its groups start, so an overdue nudge after open lines reads as meant
(a new user took it for a wrong order). Real processes on a real SQLite file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ghostless.cli.followups import LATER_HEADING, WAITING_HEADING
from ghostless.core.clock import SystemClock
from ghostless.services.ledger import Ledger
from ghostless.services.paths import DATA_DIR_ENV
from ghostless.services.reminders import ReminderService
from ghostless.services.zone import local_zone


def due_text(data: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {DATA_DIR_ENV, "DISPLAY"}}
    done = subprocess.run(
        [sys.executable, "-m", "ghostless", "--data-dir", str(data), "due"],
        capture_output=True, text=True, env=env, timeout=60, check=True,
    )  # fmt: skip
    return done.stdout


def test_due_follows_todays_order_and_heads_the_lines_waiting_on_them(
    examples_data: Path,
) -> None:
    printed = [line for line in due_text(examples_data).splitlines() if line[:1] != " "]
    ledger = Ledger.open(examples_data, SystemClock(), local_zone())
    try:
        today = ReminderService(ledger).agenda()
    finally:
        ledger.close()
    heads = [line for line in printed if " loop " in line]
    assert [int(head.split(" loop ")[1].split(":")[0]) for head in heads] == [
        owed.loop.id for owed in today
    ]
    assert [head.split()[0] for head in heads] == [owed.status.value.upper() for owed in today]
    waiting_now = [owed for owed in today if owed.item.owed_now and owed.window.waiting]
    assert waiting_now  # the examples hold an overdue nudge
    assert printed.count(WAITING_HEADING) == 1
    assert printed.count(LATER_HEADING) == 1
    under = printed[printed.index(WAITING_HEADING) + 1 : printed.index(LATER_HEADING)]
    assert len(under) == len(waiting_now)
    assert under[0].startswith("OVERDUE")
