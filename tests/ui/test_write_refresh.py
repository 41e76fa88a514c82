"""What the window reads again after a write: one count of the open loops, and the
contacts only when their page is on show."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ghostless.core.models import EventKind, LoopKind
from ghostless.services.ledger import Ledger, store_of
from ghostless.ui.loops.loop_table_model import FIRST_BATCH
from ghostless.ui.main_window import CONTACTS_TAB, LOOPS_TAB, MainWindow


def _statements(ledger: Ledger, act: object) -> list[str]:
    seen: list[str] = []
    conn = store_of(ledger).conn
    conn.set_trace_callback(seen.append)
    try:
        act()  # type: ignore[operator]
    finally:
        conn.set_trace_callback(None)
    return seen


def test_a_write_counts_the_open_loops_once_for_the_status_bar_and_the_list(
    window: MainWindow, ledger: Ledger
) -> None:
    contact = ledger.add_contact(name="Ada")
    with store_of(ledger).write():
        loops = [
            ledger.add_loop(contact_id=contact, kind=LoopKind.OTHER, subject=f"Talk {n}")
            for n in range(FIRST_BATCH + 5)
        ]
    window.commands.records_changed.emit(0)
    window.loop_model.count_all()  # scrolled down: the list holds every open loop
    ledger.log_event(loops[0], EventKind.NOTE, text="Called back")
    seen = _statements(ledger, lambda: window.commands.records_changed.emit(loops[0]))
    counts = [s for s in seen if "count(*) FROM loops" in s and "contact_id" not in s]
    assert len(counts) == 1, counts
    assert window.loop_model.rowCount() == FIRST_BATCH + 5
    assert window.status_label.text().startswith(f"{FIRST_BATCH + 5} open loop")


def test_the_contacts_are_read_again_when_their_page_is_shown(
    qtbot: QtBot, window: MainWindow, ledger: Ledger
) -> None:
    window.tabs.setCurrentIndex(CONTACTS_TAB)
    ledger.add_contact(name="Ada")
    window.commands.records_changed.emit(0)
    assert window.contacts_page.contact_model.rowCount() == 1
    window.tabs.setCurrentIndex(LOOPS_TAB)
    ledger.add_contact(name="Grace")
    seen = _statements(ledger, lambda: window.commands.records_changed.emit(0))
    assert not [s for s in seen if "FROM contacts" in s and "ORDER BY name" in s], seen
    window.tabs.setCurrentIndex(CONTACTS_TAB)
    qtbot.waitUntil(lambda: window.contacts_page.contact_model.rowCount() == 2)
