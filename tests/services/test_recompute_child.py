"""The full recompute in a process of its own: the same rows, progress, failures said.

Real processes on a real SQLite file: the child is started the way the window starts it.
"""

from __future__ import annotations

import json
import pickle
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.clock import FixedClock
from ghostless.core.errors import StoreError
from ghostless.core.models import Outcome
from ghostless.services.keep_in_touch import KeepInTouchService
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.recompute import Recompute
from ghostless.services.recompute_child import CHILD_FLAG, share_rows
from ghostless.services.reminders import ReminderService
from ghostless.store import windows as follow_ups
from ghostless.store.database import Store
from ghostless.store.window_facts import read_facts
from tests.services.test_window_rows import START, build, churn
from tests.store.test_fast_facts import _plain_rows, _stored_rows

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def _moved_ledger(data_dir: Path, *, keep_in_touch: bool = False) -> Ledger:
    """A churned ledger made in Berlin, opened again in New York: every row is stale."""
    rng = random.Random(7)
    clock = FixedClock(START)
    ledger = Ledger.open(data_dir, clock, BERLIN)
    ids = build(ledger, rng, 30)
    if keep_in_touch:  # items that live on one loop per contact, which may be closed
        for contact_id in sorted({ledger.loop(i).contact_id for i in ids})[:3]:
            KeepInTouchService(ledger).set_contact(contact_id, 10)
    churn(ledger, ReminderService(ledger), rng, ids)
    ledger.close_loop(ids[0], Outcome.NO_RESPONSE)
    ledger.close()
    return Ledger.open(data_dir, clock, NEW_YORK)


def test_another_process_computes_the_rows_of_the_plain_computation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    moved = _moved_ledger(tmp_path)
    try:
        recompute = Recompute(moved)
        assert recompute.needed()
        recompute.begin()

        def not_here(*_args: object, **_kwargs: object) -> object:
            raise AssertionError("computed in the window's own process")

        # Had the rows been computed in this process, this would have stopped it.
        monkeypatch.setattr(follow_ups, "compute_rows", not_here)
        seen: list[tuple[int, int]] = []
        assert recompute.run_elsewhere(lambda done, total: seen.append((done, total)))
        assert recompute.end()
        monkeypatch.undo()
        assert seen[0][0] == 0
        assert all(total == seen[0][1] for _d, total in seen)
        assert _stored_rows(moved) == _plain_rows(moved)
        assert not recompute.run_elsewhere()  # current now: nothing to do
    finally:
        moved.close()


def test_a_child_that_cannot_open_the_store_says_why(tmp_path: Path) -> None:
    moved = _moved_ledger(tmp_path)
    try:
        recompute = Recompute(moved)
        path = store_of(moved).path
        store_of(moved).path = tmp_path / "gone.sqlite3"  # as if moved away meanwhile
        with pytest.raises(StoreError, match="no database here"):
            recompute.run_elsewhere()
        store_of(moved).path = path
    finally:
        moved.close()


def test_the_packaged_app_runs_the_child_when_given_its_flag(tmp_path: Path) -> None:
    """``ghostless.__main__`` (the packaged app's entry) recognises the flag."""
    moved = _moved_ledger(tmp_path)
    path = store_of(moved).path
    moved.close()
    done = subprocess.run(
        [sys.executable, "-m", "ghostless", CHILD_FLAG],
        input=pickle.dumps((str(path), NEW_YORK)),
        capture_output=True,
        check=True,
        timeout=120,
    )
    said = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert said[-1] == {"did": True}
    assert any("progress" in line for line in said)


@pytest.mark.parametrize("shares", [2, 3])
def test_a_recompute_split_in_shares_writes_the_rows_of_one_in_one_piece(
    tmp_path: Path, shares: int
) -> None:
    """Each helper computes one share of the loops on a connection of its own; one
    that fails leaves its share to the recompute itself. The rows are those of the
    recompute in one piece, keep-in-touch items (on closed loops too) included."""
    moved = _moved_ledger(tmp_path, keep_in_touch=True)
    path = store_of(moved).path
    settings = follow_ups.load_settings(store_of(moved))
    whole = follow_ups.compute_rows(read_facts(store_of(moved), None), settings, NEW_YORK)
    assert any(row[3] == "contact.keep_in_touch" for row in whole[0])
    asked: list[tuple[int, int]] = []

    def helper(share: tuple[int, int]) -> Callable[[], follow_ups.ShareRows | None]:
        asked.append(share)
        if share[0] == shares - 1 and shares > 2:
            return lambda: None  # this helper could not start
        rows = share_rows(path, NEW_YORK, share)  # what a helper process does
        return lambda: rows

    store = Store.open(path, create=False, migrate=False)
    try:
        store.planning_zone = NEW_YORK
        assert follow_ups.rebuild_beside_writers(store, NEW_YORK, helper=helper, shares=shares)
    finally:
        store.close()
    assert asked == [(k, shares) for k in range(1, shares)]
    assert _stored_rows(moved) == (sorted(whole[0]), sorted(whole[1]))
    moved.close()
