"""A new time zone recomputes every window after the first paint, not before it."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.windows import Action
from ghostless.services.examples import load_examples
from ghostless.services.ledger import Ledger
from ghostless.ui.app import build_main_window


def test_windows_from_another_zone_are_recomputed_once_the_window_is_up(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, settings: QSettings
) -> None:
    berlin = Ledger.open(data_dir, clock, ZoneInfo("Europe/Berlin"))
    load_examples(berlin)
    berlin.close()
    tokyo = Ledger.open(data_dir, clock, ZoneInfo("Asia/Tokyo"))
    try:
        window = build_main_window(tokyo, settings)
        qtbot.addWidget(window)
        # Building and showing the window read the rows as they were: no recompute yet.
        assert window.reminders.needs_refresh()
        window.show()
        qtbot.waitExposed(window)
        assert window.reminders.needs_refresh()
        window.start_scheduler()
        assert not window.reminders.needs_refresh()
        # A thank-you is due from the start of the next working day on the user's clock:
        # recomputed, that is 09:00 in Tokyo, no longer 09:00 in Berlin (17:00 in Tokyo).
        thanks = [
            owed.window
            for owed in window.reminders.agenda(clock.now())
            if owed.window.action is Action.THANK_YOU
        ]
        assert thanks
        assert all(w.due_at.astimezone(ZoneInfo("Asia/Tokyo")).hour == 9 for w in thanks)
        window.close()
    finally:
        tokyo.close()
