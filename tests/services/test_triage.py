"""Triage as Today's keys and ``ghostless done`` do it: mark done, snooze and unsnooze,
on one loop or several, each call one undo step that restores the store exactly; and
the odd dates that are asked about first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ghostless.core.errors import ConfirmationRequired, InputError
from ghostless.core.models import EventKind, LoopStatus, Outcome
from ghostless.core.planner import SnoozePreset
from ghostless.services.examples import load_examples
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.services.triage import Triage
from tests.conftest import FRIDAY
from tests.services.test_undo import first_loop, state


def _triage(ledger: Ledger) -> Triage:
    return Triage(ReminderService(ledger))


def _owed_now(ledger: Ledger) -> list[int]:
    return ReminderService(ledger).owed_now_loop_ids()


STEPS: dict[str, Callable[[Ledger], object]] = {
    "mark done": lambda led: _triage(led).mark_done([(first_loop(led, "Priya"), None)]),
    "mark three done": lambda led: _triage(led).mark_done(
        [(loop_id, None) for loop_id in _owed_now(led) if loop_id != first_loop(led, "Amara")][:3]),
    "snooze three": lambda led: _triage(led).snooze_preset(
        _owed_now(led)[:3], SnoozePreset.TOMORROW_MORNING),
    "snooze two beyond a year, confirmed": lambda led: _triage(led).snooze(
        _owed_now(led)[:2], FRIDAY + timedelta(days=800), confirmed=True),
}  # fmt: skip


@pytest.mark.parametrize("step", sorted(STEPS))
def test_each_triage_call_is_one_step_that_undo_takes_back_exactly(
    ledger: Ledger, data_dir: Path, step: str
) -> None:
    load_examples(ledger)
    before = state(data_dir)
    STEPS[step](ledger)
    after = state(data_dir)
    assert after != before
    ledger.history.undo()
    assert state(data_dir) == before
    ledger.history.redo()
    assert state(data_dir) == after


def test_unsnoozing_several_is_one_step(ledger: Ledger, data_dir: Path) -> None:
    load_examples(ledger)
    triage = _triage(ledger)
    loops = _owed_now(ledger)[:2]
    triage.snooze_preset(loops, SnoozePreset.HOUR)
    snoozed = state(data_dir)
    assert triage.unsnooze(loops) == 2
    assert set(loops) <= set(_owed_now(ledger))
    assert ledger.history.undo_label() == "unsnooze 2 loops"
    ledger.history.undo()
    assert state(data_dir) == snoozed


def test_done_records_what_the_item_asked_for(ledger: Ledger) -> None:
    load_examples(ledger)
    priya = first_loop(ledger, "Priya")
    (marked,) = _triage(ledger).mark_done([(priya, None)])
    last = ledger.events(priya)[-1]
    assert (last.kind, last.at) == (EventKind.SENT, FRIDAY)
    assert last.text == f"Marked done: {marked.owed.window.label}"
    assert priya not in _owed_now(ledger)
    assert ledger.history.undo_label() == "mark done on the loop with Priya Raman"


def test_done_on_a_loop_owing_nothing_says_so_and_writes_nothing(
    ledger: Ledger, data_dir: Path
) -> None:
    load_examples(ledger)
    jonas = first_loop(ledger, "Jonas")
    ledger.close_loop(jonas, Outcome.DECLINED)
    before = state(data_dir)
    with pytest.raises(InputError, match="nothing is owed"):
        _triage(ledger).mark_done([(first_loop(ledger, "Priya"), None), (jonas, None)])
    with pytest.raises(InputError, match="owes nothing under 'no-such-item'"):
        _triage(ledger).mark_done([(first_loop(ledger, "Priya"), "no-such-item")])
    assert state(data_dir) == before


def test_done_on_the_offer_to_close_closes_the_loop(ledger: Ledger) -> None:
    load_examples(ledger)
    service = ReminderService(ledger)
    offer = next(
        owed for owed in service.agenda() if owed.window.action.value == "offer_close_no_response"
    )
    _triage(ledger).mark_done([(offer.loop.id, offer.window.key)])
    assert ledger.loop(offer.loop.id).status is LoopStatus.CLOSED


def test_a_snooze_beyond_a_year_is_asked_about_and_writes_nothing(
    ledger: Ledger, data_dir: Path
) -> None:
    load_examples(ledger)
    before = state(data_dir)
    far = datetime(2999, 1, 1, tzinfo=UTC)
    with pytest.raises(ConfirmationRequired, match="years away"):
        ReminderService(ledger).snooze(first_loop(ledger, "Priya"), far)
    with pytest.raises(ConfirmationRequired):
        _triage(ledger).snooze(_owed_now(ledger)[:2], far)
    assert state(data_dir) == before
    assert ReminderService(ledger).snooze(first_loop(ledger, "Priya"), far, confirmed=True)


def test_an_event_far_in_the_future_is_asked_about(ledger: Ledger, data_dir: Path) -> None:
    load_examples(ledger)
    priya = first_loop(ledger, "Priya")
    before = state(data_dir)
    in_2099 = datetime(2099, 1, 1, 10, tzinfo=UTC)
    with pytest.raises(ConfirmationRequired, match="years from now"):
        ledger.log_event(priya, EventKind.RECEIVED, at=in_2099)
    event = ledger.events(priya)[0]
    with pytest.raises(ConfirmationRequired):
        ledger.edit_event(event.id, kind=event.kind, at=in_2099, text=event.text)
    assert state(data_dir) == before
    ledger.log_event(priya, EventKind.RECEIVED, at=in_2099, confirmed=True)
    assert ledger.events(priya)[-1].at == in_2099


def test_a_reach_out_is_settled_by_the_new_loop_not_by_done(ledger: Ledger, data_dir: Path) -> None:
    load_examples(ledger)
    reach_out = next(
        o for o in ReminderService(ledger).agenda() if o.window.action.value == "reach_out"
    )
    before = state(data_dir)
    with pytest.raises(InputError, match="a new loop with the person you were introduced to"):
        _triage(ledger).mark_done(
            [(first_loop(ledger, "Priya"), None), (reach_out.loop.id, reach_out.window.key)]
        )
    assert state(data_dir) == before


def test_done_that_leaves_the_item_owed_is_taken_back_whole(
    ledger: Ledger, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guard behind the list of items done cannot settle: were one missing from it,
    the message logged would settle nothing, and nothing of the step is kept."""
    from ghostless.services import triage

    monkeypatch.setattr(triage, "NOT_SETTLED_HERE", {})
    load_examples(ledger)
    reach_out = next(
        o for o in ReminderService(ledger).agenda() if o.window.action.value == "reach_out"
    )
    before = state(data_dir)
    with pytest.raises(InputError, match="did not settle what is owed to Amara Okafor"):
        _triage(ledger).mark_done(
            [(first_loop(ledger, "Priya"), None), (reach_out.loop.id, reach_out.window.key)]
        )
    assert state(data_dir) == before
    assert ledger.history.undo_label() == "load the examples"
