"""Who switches a ledger's writes to "mark stale": one place, and it nests.

A settings change saved for a recompute elsewhere and a recompute running on a
worker both defer the follow-up windows (services/recompute.py owns the switch).
A settings change made while a recompute runs must leave the recompute's
deferral in place, and the ledger must recompute on writes again once both end.
"""

from __future__ import annotations

from ghostless.services.ledger import Ledger, store_of
from ghostless.services.recompute import Recompute, writes_mark_stale
from ghostless.services.settings import SettingsService
from ghostless.store import windows as follow_ups


def test_a_settings_change_during_a_recompute_keeps_it_deferred(ledger: Ledger) -> None:
    store = store_of(ledger)
    assert store.planning_zone == ledger.zone
    recompute = Recompute(ledger)
    recompute.begin()
    assert store.planning_zone is None
    SettingsService(ledger).update({"reply_remind_hours": 20}, recompute=False)
    assert store.planning_zone is None  # the worker's deferral still holds
    assert not follow_ups.is_current(store, ledger.zone)  # marked stale, not recomputed
    recompute.run()
    assert recompute.end()
    assert store.planning_zone == ledger.zone


def test_a_settings_change_without_recompute_leaves_writes_recomputing(ledger: Ledger) -> None:
    SettingsService(ledger).update({"reply_remind_hours": 20}, recompute=False)
    store = store_of(ledger)
    assert store.planning_zone == ledger.zone
    assert not follow_ups.is_current(store, ledger.zone)  # marked stale, not recomputed


def test_the_switch_is_put_back_after_an_error(ledger: Ledger) -> None:
    try:
        with writes_mark_stale(ledger):
            raise RuntimeError("a write failed")
    except RuntimeError:
        pass
    assert store_of(ledger).planning_zone == ledger.zone
