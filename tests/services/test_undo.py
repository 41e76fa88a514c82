"""One undo history: every action taken back and done again, the store exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from ghostless.core.disengage import AfterSend, Delivery
from ghostless.core.errors import ConfirmationRequired, InputError
from ghostless.core.models import EventKind, LoopKind, Outcome
from ghostless.services import duplicates
from ghostless.services.disengage import DisengageService
from ghostless.services.examples import load_examples
from ghostless.services.ledger import Ledger
from ghostless.services.paths import database_path
from ghostless.services.reminders import ReminderService
from tests.conftest import FRIDAY
from tests.helpers.storefiles import record


def state(data_dir: Path) -> list[str]:
    """Every row of every table but the history itself, in a stable order.

    Sorted: derived window rows are recomputed after an undo, under new rowids
    (not part of the content), so only their order in a plain dump differs.
    """
    return record(database_path(data_dir))


def first_loop(ledger: Ledger, name: str) -> int:
    return next(loop.id for loop in ledger.list_loops() if loop.contact_name.startswith(name))


ACTIONS: dict[str, Callable[[Ledger], object]] = {
    "close": lambda led: led.close_loop(first_loop(led, "Priya"), Outcome.DECLINED),
    "reopen": lambda led: led.reopen_loop(first_loop_any(led, "Tomasz")),
    "archive": lambda led: led.archive_loop(first_loop(led, "Priya")),
    "delete": lambda led: led.delete_loop(first_loop(led, "Priya"), confirmed=True),
    "snooze": lambda led: ReminderService(led).snooze(
        first_loop(led, "Priya"), FRIDAY + timedelta(days=3)),
    "log": lambda led: led.log_event(first_loop(led, "Priya"), EventKind.SENT, text="Thanks, no."),
    "edit loop": lambda led: led.update_loop(
        first_loop(led, "Priya"), contact_id=led.loop(first_loop(led, "Priya")).contact_id,
        kind=LoopKind.COLLABORATION_PROPOSAL, subject="Changed", notes="n"),
    "edit contact": lambda led: led.update_contact(
        led.loop(first_loop(led, "Priya")).contact_id, name="Priya R.", email="p@x.example"),
    "edit event": lambda led: led.edit_event(
        led.events(first_loop(led, "Priya"))[0].id, kind=EventKind.NOTE,
        at=FRIDAY - timedelta(days=1), text="It was a note"),
    "delete event": lambda led: led.delete_event(led.events(first_loop(led, "Jonas"))[-1].id),
    "add loop": lambda led: led.add_loop(contact_id=1, kind=LoopKind.OTHER, subject="New"),
    "merge": lambda led: duplicates.merge(led, 1, 2),
    "close politely": lambda led: DisengageService(led).send_and_close(
        first_loop(led, "Priya"), subject="Re: role", body="Thanks, but no.",
        outcome=Outcome.DECLINED, how=Delivery.COPIED, after=AfterSend.MUTE,
        check_in=(FRIDAY + timedelta(days=30)).date()),
    "set deadline": lambda led: led.set_deadline(
        first_loop(led, "Priya"), FRIDAY + timedelta(days=2)),
    "decide to decline": lambda led: led.decide_decline(first_loop(led, "Priya")),
    "introduced by a new person": lambda led: led.introducer_named(
        first_loop(led, "Priya"), "Someone New"),
    "introduced by a contact": lambda led: led.introduced_by_contact(
        first_loop(led, "Priya"), led.loop(first_loop(led, "Jonas")).contact_id),
}  # fmt: skip


def first_loop_any(ledger: Ledger, name: str) -> int:
    from ghostless.core.queries import LoopQuery

    return next(
        loop.id
        for loop in ledger.list_loops(LoopQuery(include_closed=True))
        if loop.contact_name.startswith(name)
    )


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_undo_and_redo_restore_the_store_exactly(
    action: str, ledger: Ledger, data_dir: Path
) -> None:
    load_examples(ledger)
    ledger.close_loop(first_loop(ledger, "Tomasz"), Outcome.COMPLETED)  # to reopen
    before = state(data_dir)
    ACTIONS[action](ledger)
    after = state(data_dir)
    assert after != before
    while ledger.history.undo_label() != "close the loop with Tomasz Nowak":
        ledger.history.undo()
    assert state(data_dir) == before
    while ledger.history.redo_label() is not None:
        ledger.history.redo()
    assert state(data_dir) == after


def test_the_examples_load_as_one_step_and_undo_leaves_an_empty_store(
    ledger: Ledger, data_dir: Path
) -> None:
    # The first write also notes which zone and settings the windows were computed
    # with (window_state, a cache marker); it stays, and says nothing about the data.
    def data() -> list[str]:
        return [line for line in state(data_dir) if '"window_state"' not in line]

    empty = data()
    load_examples(ledger)
    assert ledger.history.undo_label() == "load the examples"
    ledger.history.undo()
    assert data() == empty
    assert ledger.is_empty()


def test_a_new_action_drops_what_could_be_redone(ledger: Ledger) -> None:
    load_examples(ledger)
    loop_id = first_loop(ledger, "Priya")
    ledger.close_loop(loop_id, Outcome.DECLINED)
    assert ledger.history.undo().label == "close the loop with Priya Raman"
    assert ledger.history.redo_label() == "close the loop with Priya Raman"
    ledger.log_event(loop_id, EventKind.NOTE, text="called")
    assert ledger.history.redo_label() is None
    with pytest.raises(InputError, match="nothing to redo"):
        ledger.history.redo()


def test_undo_refuses_when_the_rows_changed_outside_the_history(
    ledger: Ledger, data_dir: Path
) -> None:
    load_examples(ledger)
    loop_id = first_loop(ledger, "Priya")
    ledger.close_loop(loop_id, Outcome.DECLINED)
    with ledger.history.paused():  # a write the history does not know
        ledger.log_event(loop_id, EventKind.NOTE, text="later")
    now = state(data_dir)
    with pytest.raises(InputError, match="changed since"):
        ledger.history.undo()
    assert state(data_dir) == now


def test_a_failed_action_leaves_no_step(ledger: Ledger) -> None:
    load_examples(ledger)
    loop_id = first_loop(ledger, "Priya")
    with pytest.raises(InputError):
        ledger.log_event(loop_id, EventKind.SENT, text="Hi [name?]")
    assert ledger.history.undo_label() == "load the examples"


def test_the_only_event_of_a_loop_is_not_deleted(ledger: Ledger) -> None:
    load_examples(ledger)
    loop_id = first_loop(ledger, "Priya")
    (only,) = ledger.events(loop_id)
    with pytest.raises(InputError, match="delete the loop instead"):
        ledger.delete_event(only.id)


def test_the_history_is_in_the_store_so_another_process_can_undo(
    ledger: Ledger, data_dir: Path
) -> None:
    load_examples(ledger)
    loop_id = first_loop(ledger, "Priya")
    ledger.close_loop(loop_id, Outcome.DECLINED)
    other = Ledger.open(data_dir, ledger.clock, ledger.zone)
    try:
        assert other.history.undo().label == "close the loop with Priya Raman"
    finally:
        other.close()
    assert ledger.loop(loop_id).is_open


def test_a_contact_is_deleted_with_its_loops_only_once_confirmed(
    ledger: Ledger, data_dir: Path
) -> None:
    load_examples(ledger)
    contact_id = ledger.loop(first_loop(ledger, "Priya")).contact_id
    before = state(data_dir)
    assert ledger.contact_holdings(contact_id) == (1, 1)
    with pytest.raises(ConfirmationRequired, match="1 loop"):
        ledger.delete_contact(contact_id)
    assert state(data_dir) == before
    ledger.delete_contact(contact_id, confirmed=True)
    assert all(loop.contact_id != contact_id for loop in ledger.list_loops())
    ledger.history.undo()
    assert state(data_dir) == before
