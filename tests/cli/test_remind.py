"""``ghostless remind``: each reminder once per data folder, however many runs at once.

Real processes on a real database file, without a session bus, so the
reminders come on standard output (what cron mails).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.clock import FixedClock
from ghostless.core.models import LoopKind
from ghostless.services.ledger import Ledger
from ghostless.services.paths import DATA_DIR_ENV
from tests.cli.test_cli import Run, ghostless_cli, ok
from tests.conftest import FRIDAY

BERLIN = ZoneInfo("Europe/Berlin")
#: Wednesday 25 November 2026, 15:00 in Berlin: counted in working days (the
#: default), every loop below (a message on Friday afternoon) is overdue.
TUESDAY = "2026-11-25T15:00"
NAMES = ("Priya Raman", "Jonas Weber", "Amara Okafor", "Lena Fischer", "Tomasz Nowak")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    cleaned = {
        key: value
        for key, value in os.environ.items()
        if key not in {DATA_DIR_ENV, "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
        and not key.startswith("DBUS_")
    }
    # No session bus: no notification service answers.
    cleaned.update(TZ="Europe/Berlin", HOME=str(tmp_path / "home"), LC_ALL="C.UTF-8")
    return cleaned


def _overdue_loops(data: Path) -> list[int]:
    ledger = Ledger.open(data, FixedClock(FRIDAY), BERLIN)
    try:
        ids = []
        for name in NAMES:
            contact = ledger.add_contact(name=name)
            ids.append(
                ledger.add_loop(
                    contact_id=contact,
                    kind=LoopKind.RECRUITER_OUTREACH,
                    subject=f"A role for {name}",
                    at=FRIDAY - timedelta(hours=2),
                )
            )
        return ids
    finally:
        ledger.close()


def _remind(env: dict[str, str], data: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ghostless", "remind", "--now", TUESDAY, "--data-dir", str(data),
         *extra],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_remind_prints_what_is_due_records_it_and_says_nothing_the_second_time(
    env: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    loops = _overdue_loops(data)
    first = ok(ghostless_cli(env, "remind", "--now", TUESDAY, "--data-dir", data))
    lines = first.out.splitlines()
    assert len(lines) == 2 * len(NAMES)
    for name in NAMES:
        assert any(line.startswith("OVERDUE") and name in line for line in lines)
    assert "Reply" in lines[1]
    second = ok(ghostless_cli(env, "remind", "--now", TUESDAY, "--data-dir", data, "--json"))
    assert second.json() == []
    # Recorded: the app (or `due`) would not push them again.
    shown = ok(ghostless_cli(env, "due", "--now", TUESDAY, "--data-dir", data, "--json")).json()
    assert {item["loop_id"] for item in shown} == set(loops)


def test_remind_json_lists_the_items_this_run_delivered(
    env: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    loops = _overdue_loops(data)
    run: Run = ok(ghostless_cli(env, "remind", "--now", TUESDAY, "--data-dir", data, "--json"))
    items = run.json()
    assert sorted(item["loop_id"] for item in items) == sorted(loops)
    assert {item["action"] for item in items} == {"reply"}
    assert {item["shown_by"] for item in items} == {"the Ghostless window"}


@pytest.mark.parametrize("trial", range(3))
def test_three_remind_processes_at_once_deliver_each_reminder_once(
    env: dict[str, str], tmp_path: Path, trial: int
) -> None:
    import json

    data = tmp_path / "data"
    loops = _overdue_loops(data)
    runs = [_remind(env, data, "--json") for _ in range(3)]
    delivered: list[tuple[int, str]] = []
    for process in runs:
        out, err = process.communicate(timeout=60)
        assert (process.returncode, err) == (0, ""), err
        delivered += [(item["loop_id"], item["key"]) for item in json.loads(out)]
    assert len(delivered) == len(set(delivered)), f"delivered twice: {sorted(delivered)}"
    assert sorted(loop for loop, _key in delivered) == sorted(loops)
