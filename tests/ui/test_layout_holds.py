"""Layout that holds: 200-character names and subjects never widen the window past the screen.

Long text is cut with "…" and shown whole in a tooltip: in the lists, the
reminders bar, the pane, the tray menu; notifications clip their own (see
tests/core/test_notices.py). Reminders that came while Ghostless was closed fold
into one line, counted as the notification counts them, and only after a real gap.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import LoopKind
from ghostless.core.notices import notice_for
from ghostless.services.examples import load_examples
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.app import build_main_window, window_settings
from ghostless.ui.loops.loop_table_model import LoopColumn
from ghostless.ui.main_window import CONTACTS_TAB, LOOPS_TAB, TODAY_TAB, MainWindow
from ghostless.ui.reminders.scheduler import WATCHED_KEY
from ghostless.ui.reminders.tray import MENU_CHARS, TrayController, TraySnapshot, snapshot_of

#: The longest a name may be, in words no window can fit on one line.
LONG_NAME = ("Maximiliane Konstantinopoulou-Wolfeschlegelsteinhausenberger " * 4)[:200].strip()
LONG_SUBJECT = ("Principal engineer for platform reliability and developer experience " * 3)[
    :200
].strip()
LONG_ORG = ("Very Long Organisation Name Incorporated Worldwide Holdings " * 3)[:200].strip()
NO_TIP = "(no tooltip)"
#: Screens the window must fit: a small laptop, and the issue's 1400 px screen.
SCREENS = [(1024, 768), (1400, 900)]


def _long_loops(ledger: Ledger) -> int:
    """Two loops owed now, the first with a 200-character name, organisation and subject."""
    now = ledger.clock.now()
    long_contact = ledger.add_contact(name=LONG_NAME, org=LONG_ORG, role=LONG_SUBJECT)
    loop_id = ledger.add_loop(
        contact_id=long_contact,
        kind=LoopKind.RECRUITER_OUTREACH,
        subject=LONG_SUBJECT,
        at=now - timedelta(days=3),
        text=LONG_SUBJECT,
    )
    short = ledger.add_contact(name="Ana Short")
    ledger.add_loop(
        contact_id=short,
        kind=LoopKind.HELP_RECEIVED,
        subject=LONG_SUBJECT,
        at=now - timedelta(days=2),
    )
    return loop_id


@pytest.fixture
def long_window(qtbot: QtBot, ledger: Ledger, settings: QSettings) -> Iterator[MainWindow]:
    loop_id = _long_loops(ledger)
    shown = build_main_window(ledger, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.start_scheduler()  # the bar shows both reminders, with the long name first
    shown.open_loop(loop_id)  # the pane shows the long loop
    yield shown
    shown.close()


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_long_names_keep_the_window_within_the_screen(
    qtbot: QtBot, long_window: MainWindow, width: int, height: int
) -> None:
    window = long_window
    assert window.notifier.isVisible()
    assert len(window.notifier.rows) == 2
    for tab in (TODAY_TAB, LOOPS_TAB, CONTACTS_TAB):
        window.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        needed = window.minimumSizeHint().width()
        assert needed <= width, f"tab {tab} needs {needed} px"
        window.resize(width, height)
        QApplication.processEvents()
        assert window.width() <= width, f"tab {tab}: {window.width()} px wide"
        assert window.height() <= height, f"tab {tab}: {window.height()} px high"


def test_the_bar_cuts_a_long_name_and_shows_it_whole_in_the_tooltip(
    long_window: MainWindow,
) -> None:
    bar = long_window.notifier
    long_window.resize(1024, 768)
    QApplication.processEvents()
    row = next(r for r in bar.rows if r.shown.loop.contact_name == LONG_NAME)
    assert row.name_label.is_elided()
    assert row.name_label.text().endswith("…")
    assert row.name_label.toolTip() == LONG_NAME
    assert bar.headline_label.toolTip() == bar.headline_label.full_text()
    # The buttons stay on the bar, inside the window.
    right = row.dismiss_button.mapTo(long_window, row.dismiss_button.rect().topRight()).x()
    assert right <= long_window.width()


def _tooltip_at(view: QAbstractItemView, index: QModelIndex) -> str:
    """The tooltip a pointer resting on the cell brings up ("" for none)."""
    centre = view.visualRect(index).center()
    viewport = view.viewport()
    # Qt hides a tooltip on a timer: a marker shown first tells "none" from "the last one".
    QToolTip.showText(viewport.mapToGlobal(centre), NO_TIP, viewport)
    event = QHelpEvent(QEvent.Type.ToolTip, centre, viewport.mapToGlobal(centre))
    QApplication.sendEvent(viewport, event)
    shown = QToolTip.text()
    return "" if shown == NO_TIP else shown


def test_the_lists_show_cut_text_whole_in_tooltips(long_window: MainWindow) -> None:
    long_window.resize(1024, 768)
    QApplication.processEvents()
    table, model = long_window.loop_table, long_window.loop_model
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    row = next(r for r in range(model.rowCount()) if model.loop_at(r).contact_name == LONG_NAME)
    short = next(r for r in range(model.rowCount()) if r != row)
    assert _tooltip_at(table, model.index(row, LoopColumn.CONTACT)) == LONG_NAME
    assert _tooltip_at(table, model.index(row, LoopColumn.ORGANISATION)) == LONG_ORG
    assert _tooltip_at(table, model.index(row, LoopColumn.SUBJECT)) == LONG_SUBJECT
    assert _tooltip_at(table, model.index(short, LoopColumn.CONTACT)) == ""  # it fits
    long_window.tabs.setCurrentIndex(CONTACTS_TAB)
    contacts = long_window.contacts_page.contact_table
    names = contacts.model()
    found = next(
        names.index(r, 0) for r in range(names.rowCount()) if names.index(r, 0).data() == LONG_NAME
    )
    assert _tooltip_at(contacts, found) == LONG_NAME
    long_window.tabs.setCurrentIndex(TODAY_TAB)
    today = long_window.today_page.table
    cells = [
        today.model().index(r, c)
        for r in range(today.model().rowCount())
        for c in range(today.model().columnCount())
    ]
    tips = {_tooltip_at(today, cell) for cell in cells}
    assert any(tip.startswith(f"{LONG_NAME}\n{LONG_SUBJECT}") for tip in tips)


def _missed_window(
    qtbot: QtBot, ledger: Ledger, data_dir: Path, clock: FixedClock, *, seen_ago: timedelta
) -> MainWindow:
    """The window started ``seen_ago`` after Ghostless last looked at the clock."""
    settings = window_settings(data_dir)
    settings.setValue(WATCHED_KEY, (clock.now() - seen_ago).isoformat())
    shown = build_main_window(ledger, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.start_scheduler()
    return shown


def test_reminders_missed_while_closed_fold_into_one_line_counted_as_the_notification(
    qtbot: QtBot, ledger: Ledger, data_dir: Path, clock: FixedClock
) -> None:
    load_examples(ledger)  # entered, then Ghostless closed for four days
    clock.advance(days=4)
    window = _missed_window(qtbot, ledger, data_dir, clock, seen_ago=timedelta(days=4))
    try:
        bar = window.notifier
        assert bar.isVisible()
        assert bar.is_catch_up()
        assert bar.rows == []  # one line, not a third of the window
        delivery = bar.last_delivery
        assert delivery is not None
        assert delivery.catch_up
        names = {
            p.window.loop_id: ledger.loop(p.window.loop_id).contact_name for p in delivery.items
        }
        notice = notice_for(delivery, names, ledger.zone)
        assert notice is not None
        assert notice.summary.endswith("reminders came while Ghostless was closed")
        assert bar.today_label.isVisible()
        assert bar.headline_label.isHidden()
        line = bar.today_label.text()
        assert line.startswith(f"<b>{notice.summary}:</b> ")
        assert "Open Today</a>" in line
        assert bar.dismiss_all_button.text() == "Dismiss"
        assert bar.sizeHint().height() < window.height() / 8
        window.tabs.setCurrentIndex(LOOPS_TAB)
        bar.today_label.linkActivated.emit("show-today")
        assert window.tabs.currentIndex() == TODAY_TAB
        bar.dismiss_all_button.click()
        assert bar.isHidden()
    finally:
        window.close()


def test_a_restart_soon_after_is_no_catch_up(
    qtbot: QtBot, ledger: Ledger, data_dir: Path, clock: FixedClock
) -> None:
    load_examples(ledger)
    window = _missed_window(qtbot, ledger, data_dir, clock, seen_ago=timedelta(minutes=2))
    try:
        assert window.notifier.isVisible()
        assert not window.notifier.is_catch_up()
    finally:
        window.close()


def test_loading_the_examples_misses_nothing(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    # Ghostless watched for a while, then the user loads the examples.
    window.start_scheduler()
    clock.advance(hours=2)
    qtbot.mouseClick(window.empty_page.load_examples_button, Qt.MouseButton.LeftButton)
    bar = window.notifier
    assert bar.isVisible()
    assert not bar.is_catch_up()
    assert "came while Ghostless was closed" not in bar.headline_label.full_text()


def test_the_tray_menu_cuts_a_long_entry_and_keeps_it_whole_in_the_tooltip(
    qtbot: QtBot, ledger: Ledger
) -> None:
    _long_loops(ledger)
    owed = snapshot_of(ReminderService(ledger).agenda(), away=False).owed
    tray = TrayController(lambda: TraySnapshot(tuple(owed)))
    tray.menu.aboutToShow.emit()
    entry = next(a for a in tray.owed_actions if a.text().startswith("Maximiliane"))
    assert len(entry.text()) <= MENU_CHARS
    assert entry.text().endswith("…")
    assert entry.toolTip().startswith(f"{LONG_NAME}: ")
    assert tray.menu.toolTipsVisible()
    assert tray.menu.sizeHint().width() < 1024
    polite = tray.owed_actions[-1].menu()
    assert polite is not None
    assert all(len(a.text()) <= MENU_CHARS for a in polite.actions())
    assert polite.sizeHint().width() < 1024


def test_the_window_opens_no_larger_than_the_screen(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    _long_loops(ledger)
    first = build_main_window(ledger, settings)  # no layout kept yet: the default size
    qtbot.addWidget(first)
    room = first.screen().availableGeometry()
    assert first.width() <= room.width()
    assert first.height() <= room.height()
    # A layout kept from a larger monitor.
    first.resize(room.width() + 600, room.height() + 400)
    first.save_state()
    first.close()
    again = build_main_window(ledger, settings)
    qtbot.addWidget(again)
    assert again.width() <= room.width()
    assert again.height() <= room.height()
    again.close()


def test_the_pane_cuts_a_long_name_and_subject_so_the_facts_below_stay_in_view(
    long_window: MainWindow,
) -> None:
    window = long_window
    window.tabs.setCurrentIndex(LOOPS_TAB)
    window.resize(1024, 768)
    QApplication.processEvents()
    pane = window.detail_pane
    assert pane.title_label.text().endswith("…")
    assert pane.title_label.toolTip() == LONG_SUBJECT
    assert LONG_NAME not in pane.contact_label.text()  # cut, the whole in the tooltip
    assert pane.contact_label.toolTip().splitlines()[0] == LONG_NAME
    # The last fact, what is owed, is still inside the pane's visible area.
    owed = pane.owed_label
    bottom = owed.mapTo(pane, owed.rect().bottomLeft()).y()
    assert owed.isVisible()
    assert bottom <= pane.height(), f"the Owed row ends at {bottom} px, the pane is {pane.height()}"
