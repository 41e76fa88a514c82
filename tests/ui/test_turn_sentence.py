"""The loop pane's turn line reads as a sentence even a moment after a message
(a new user saw "Their turn: I have been waiting just now")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.loops.detail_pane import LoopDetailPane


def _pane(qtbot: QtBot, ledger: Ledger) -> LoopDetailPane:
    pane = LoopDetailPane(ledger, reminders=ReminderService(ledger))
    qtbot.addWidget(pane)
    return pane


def test_their_turn_a_moment_after_i_wrote(qtbot: QtBot, examples: Ledger) -> None:
    loop = next(each for each in examples.list_loops() if each.contact_name.startswith("Priya"))
    examples.log_event(loop.id, EventKind.SENT, text="Thanks, no.")
    pane = _pane(qtbot, examples)
    pane.show_loop(examples.loop(loop.id))
    assert pane.turn_label.text() == "Their turn: waiting since a moment ago"


def test_their_turn_hours_after_i_wrote(qtbot: QtBot, examples: Ledger, clock: FixedClock) -> None:
    loop = next(each for each in examples.list_loops() if each.contact_name.startswith("Priya"))
    examples.log_event(loop.id, EventKind.SENT, text="Thanks, no.")
    clock.advance(hours=3)
    pane = _pane(qtbot, examples)
    pane.show_loop(examples.loop(loop.id))
    assert pane.turn_label.text() == "Their turn: I have been waiting 3 h"
