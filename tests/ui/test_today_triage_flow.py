"""Triage Today from the keyboard alone, on a real store of 20 loops: key events only.

After each action the cursor (current row, selection and keyboard focus) sits on
the owed line that took the acted-on line's place, on screen; Ctrl+1 puts the
focus in the list; Home and End go to the top and the bottom; E stays on Today;
X on a line it cannot settle says so without a modal box; the selected row looks
different when the list has the focus; and the whole list is triaged in no more
than two keys a line.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidgetAction
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, LoopKind
from ghostless.core.windows import Action
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import Owed
from ghostless.ui.app import build_main_window
from ghostless.ui.common.accessible import mnemonic_letter
from ghostless.ui.loops.event_dialog import EventDialog
from ghostless.ui.main_window import TODAY_TAB, MainWindow
from ghostless.ui.today.today_page import TodayPage
from tests.ui.test_keyboard_only import focused

CTRL = Qt.KeyboardModifier.ControlModifier

#: Twenty loops of mixed kinds, from one to nine days old: most owe something now.
_KINDS = [
    LoopKind.RECRUITER_OUTREACH,
    LoopKind.HELP_RECEIVED,
    LoopKind.COLLABORATION_PROPOSAL,
    LoopKind.NETWORKING_CALL,
    LoopKind.INTERVIEW_HELD,
    LoopKind.OTHER,
    LoopKind.INTRODUCTION,
]


@pytest.fixture
def twenty(ledger: Ledger, clock: FixedClock) -> Ledger:
    for number in range(20):
        contact = ledger.add_contact(name=f"Person {number:02d}", email=f"p{number}@example.org")
        ledger.add_loop(
            contact_id=contact,
            kind=_KINDS[number % len(_KINDS)],
            subject=f"Matter {number:02d}",
            at=clock.now() - timedelta(days=1 + number % 9, hours=number),
            text="Hello, could we talk?",
        )
    return ledger


@pytest.fixture
def window(qtbot: QtBot, twenty: Ledger, settings: QSettings) -> Iterator[MainWindow]:
    shown = build_main_window(twenty, settings)
    qtbot.addWidget(shown)
    shown.start_scheduler()
    shown.show()
    shown.activateWindow()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def press(
    qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key where the keyboard goes (an open menu first, as on a desktop)."""
    QTest.keyClick(QApplication.activePopupWidget() or focused(), which, modifier)
    qtbot.wait(1)


def cursor_line(page: TodayPage) -> Owed:
    """The line under the cursor, checked to be the one the user sees: current,
    the only one selected, on screen, and the list has the keyboard focus."""
    table = page.table
    current = table.currentIndex()
    assert current.isValid(), "no current row"
    rows = [index.row() for index in table.selectionModel().selectedRows()]
    assert rows == [current.row()], f"selected {rows}, current {current.row()}"
    assert focused() is table, f"the focus is on {focused()!r}"
    rect = table.visualRect(current)
    assert table.viewport().rect().contains(rect.center()), "the current row is off-screen"
    owed = page.model.owed_at(current.row())
    assert owed is not None
    return owed


def owed_now(page: TodayPage) -> list[tuple[int, str]]:
    return [
        (owed.loop.id, owed.window.key)
        for row in range(page.model.now_count)
        if (owed := page.model.owed_at(row)) is not None
    ]


def _to_today(qtbot: QtBot, window: MainWindow) -> TodayPage:
    press(qtbot, Qt.Key.Key_1, CTRL)
    return window.today_page


def test_the_list_has_the_focus_at_start_and_after_ctrl_1(qtbot: QtBot, window: MainWindow) -> None:
    page = window.today_page
    assert window.tabs.currentIndex() == TODAY_TAB
    assert cursor_line(page) == page.model.owed_at(0)
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert focused() is not page.table
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.tabs.currentIndex() == TODAY_TAB
    assert cursor_line(page) == page.model.owed_at(0)


def test_home_and_end_select_the_first_and_last_line(qtbot: QtBot, window: MainWindow) -> None:
    page = _to_today(qtbot, window)
    last = page.model.rowCount() - 1
    press(qtbot, Qt.Key.Key_End)
    assert cursor_line(page) == page.model.owed_at(last)
    press(qtbot, Qt.Key.Key_Home)
    assert cursor_line(page) == page.model.owed_at(0)
    press(qtbot, Qt.Key.Key_End, CTRL)
    assert cursor_line(page) == page.model.owed_at(last)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    assert cursor_line(page) == page.model.owed_at(0)


def _plain_row(page: TodayPage, start: int) -> int:
    """The first owed-now row from ``start`` that X settles on its own loop."""
    return next(
        row
        for row in range(start, page.model.now_count)
        if (owed := page.model.owed_at(row)) is not None
        and owed.window.action is not Action.REACH_OUT
    )


def test_after_x_the_cursor_is_on_the_line_that_took_its_place(
    qtbot: QtBot, window: MainWindow, twenty: Ledger
) -> None:
    page = _to_today(qtbot, window)
    row = _plain_row(page, 3)
    for _ in range(row):
        press(qtbot, Qt.Key.Key_Down)
    acted = cursor_line(page)
    lines = owed_now(page)
    following = lines[lines.index((acted.loop.id, acted.window.key)) + 1]
    press(qtbot, Qt.Key.Key_X)
    assert twenty.events(acted.loop.id)[-1].kind is EventKind.SENT
    now = cursor_line(page)
    assert (now.loop.id, now.window.key) == following
    assert page.table.currentIndex().row() == row
    # The last owed line done: the cursor goes to the one before it.
    press(qtbot, Qt.Key.Key_End)
    while page.table.currentIndex().row() >= page.model.now_count:
        press(qtbot, Qt.Key.Key_Up)
    while cursor_line(page).window.action is Action.REACH_OUT:
        press(qtbot, Qt.Key.Key_Up)
    row = page.table.currentIndex().row()
    press(qtbot, Qt.Key.Key_X)
    assert page.table.currentIndex().row() == min(row, page.model.now_count - 1)
    assert cursor_line(page).snoozed_until is None


def _menu_key(menu: QMenu, index: int) -> Qt.Key:
    """The accelerator key of the menu's ``index``-th plain entry."""
    entries = [
        a for a in menu.actions() if not a.isSeparator() and not isinstance(a, QWidgetAction)
    ]
    letter = mnemonic_letter(entries[index].text())
    assert letter is not None, f"{entries[index].text()!r} has no accelerator"
    return Qt.Key(ord(letter.upper()))


def test_after_s_the_cursor_stays_on_the_owed_lines_not_on_the_snoozed_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _to_today(qtbot, window)
    press(qtbot, Qt.Key.Key_Down)
    acted = cursor_line(page)
    following = owed_now(page)[2]
    press(qtbot, Qt.Key.Key_S)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    press(qtbot, _menu_key(menu, 0))
    assert QApplication.activePopupWidget() is None
    assert (acted.loop.id, acted.window.key) not in owed_now(page)
    now = cursor_line(page)
    assert (now.loop.id, now.window.key) == following


def test_every_snooze_menu_entry_has_its_own_accelerator(qtbot: QtBot, window: MainWindow) -> None:
    page = _to_today(qtbot, window)
    press(qtbot, Qt.Key.Key_S)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    entries = [
        a.text() for a in menu.actions() if not a.isSeparator() and not isinstance(a, QWidgetAction)
    ]
    letters = [mnemonic_letter(text) for text in entries]
    assert None not in letters, entries
    assert len(set(letters)) == len(letters), entries
    press(qtbot, Qt.Key.Key_Escape)
    assert cursor_line(page) == page.model.owed_at(0)


def test_e_logs_the_answer_and_stays_on_today_at_the_next_line(
    qtbot: QtBot, window: MainWindow, twenty: Ledger
) -> None:
    page = _to_today(qtbot, window)
    acted = cursor_line(page)
    following = owed_now(page)[1]
    press(qtbot, Qt.Key.Key_E)
    dialog = window.commands.last_dialog
    assert isinstance(dialog, EventDialog)
    QTest.keyClicks(focused(), "Thanks, happy to talk on Monday.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert twenty.events(acted.loop.id)[-1].kind is EventKind.SENT
    assert window.tabs.currentIndex() == TODAY_TAB
    now = cursor_line(page)
    assert (now.loop.id, now.window.key) == following


def test_x_on_a_line_it_cannot_settle_says_why_without_a_modal_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _to_today(qtbot, window)
    while cursor_line(page).window.action is not Action.REACH_OUT:
        press(qtbot, Qt.Key.Key_Down)
    row = page.table.currentIndex().row()
    assert "introduced" in page.x_hint_label.text()
    press(qtbot, Qt.Key.Key_X)
    assert not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert "New loop" in page.note_label.text()
    assert page.note_label.isVisible()
    # The next key goes to the list, not to a box.
    press(qtbot, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == row + 1
    assert cursor_line(page) is not None


def test_the_hint_says_what_x_does_on_the_line(qtbot: QtBot, window: MainWindow) -> None:
    page = _to_today(qtbot, window)
    owed = cursor_line(page)
    assert owed.window.action is not Action.REACH_OUT
    assert "X on this line" in page.x_hint_label.text()
    assert "sent" in page.x_hint_label.text()


def _selected_colour(page: TodayPage) -> tuple[int, int, int]:
    table = page.table
    rect = table.visualRect(table.model().index(table.currentIndex().row(), 2))
    image = table.viewport().grab().toImage()
    colour = image.pixelColor(rect.right() - 4, rect.center().y())
    return (colour.red(), colour.green(), colour.blue())


def test_the_selected_row_looks_different_without_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _to_today(qtbot, window)
    focused_colour = _selected_colour(page)
    page.done_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.done_button)
    unfocused = _selected_colour(page)
    difference = sum(abs(a - b) for a, b in zip(focused_colour, unfocused, strict=True))
    assert difference > 60, (focused_colour, unfocused)


def test_twenty_loops_are_triaged_in_at_most_two_keys_a_line(
    qtbot: QtBot, window: MainWindow, twenty: Ledger
) -> None:
    """Down the list: a plain line is done with X; every third is snoozed with S and
    the menu's first letter; an introduction (X cannot settle it) is snoozed too.
    Every key counts, Ctrl+1 included."""
    keys = 0

    def key(which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keys
        keys += 1
        press(qtbot, which, modifier)

    key(Qt.Key.Key_1, CTRL)
    page = window.today_page
    lines = len(owed_now(page))
    assert lines >= 15
    decided = 0
    while owed_now(page):
        owed = cursor_line(page)
        assert page.table.currentIndex().row() < page.model.now_count
        if owed.window.action is Action.REACH_OUT or decided % 3 == 2:
            key(Qt.Key.Key_S)
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu)
            key(_menu_key(menu, 0))
            assert owed.loop.id not in {loop_id for loop_id, _ in owed_now(page)}
        else:
            before = len(twenty.events(owed.loop.id))
            key(Qt.Key.Key_X)
            assert (
                len(twenty.events(owed.loop.id)) == before + 1
                or not twenty.loop(owed.loop.id).is_open
            )
        decided += 1
        assert decided <= lines, "a line came back"
    assert keys <= 2 * lines, (keys, lines)


def test_x_on_three_lines_puts_the_cursor_on_the_line_after_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _to_today(qtbot, window)
    row = _plain_row(page, 1)
    while not all(
        (owed := page.model.owed_at(r)) is not None and owed.window.action is not Action.REACH_OUT
        for r in range(row, row + 3)
    ):
        row += 1
    for _ in range(row):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(page.selected_lines()) == 3
    following = owed_now(page)[row + 3]
    press(qtbot, Qt.Key.Key_X)
    now = cursor_line(page)
    assert (now.loop.id, now.window.key) == following
    assert page.table.currentIndex().row() == row
