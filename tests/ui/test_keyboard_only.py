"""The main flows with the keyboard alone: every step is a key press, no mouse, no
widget method: a new loop, a logged message, Close politely to the end, and settings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSpinBox,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from ghostless.core.disengage import Boundary, Delivery, Reason
from ghostless.core.models import EventKind, LoopStatus
from ghostless.services.ledger import Ledger
from ghostless.ui.app import Shell
from ghostless.ui.common.accessible import with_mnemonic
from ghostless.ui.loops.contact_picker import NEW_CONTACT
from ghostless.ui.loops.event_dialog import EventDialog
from ghostless.ui.loops.loop_dialog import LoopDialog
from ghostless.ui.main_window import MainWindow
from ghostless.ui.wizard.wizard import DisengageWizard, PageId

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    if QApplication.activeWindow() is None:
        # The offscreen platform has no window manager: when a dialog closes, nothing
        # hands the keyboard back to the main window, as a desktop's manager does.
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QMainWindow) and top.isVisible():
                top.activateWindow()
                QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(
    qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key where the keyboard goes: an open pop-up list first, as on a desktop."""
    QTest.keyClick(QApplication.activePopupWidget() or focused(), which, modifier)
    qtbot.wait(1)


def type_text(qtbot: QtBot, text: str) -> None:
    QTest.keyClicks(focused(), text)
    qtbot.wait(1)


@pytest.fixture
def window(qtbot: QtBot, shell: Shell) -> MainWindow:
    shown = shell.ensure_window()
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return shown


def mnemonic(qtbot: QtBot, letter: Qt.Key, done: Callable[[], object]) -> None:
    """Alt+letter, then wait for what it does: a button's mnemonic clicks it after
    a short flash, so the test waits for the effect, not for a time."""
    key(qtbot, letter, ALT)
    qtbot.waitUntil(lambda: bool(done()))


def test_a_new_loop_a_logged_message_and_a_polite_close_with_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, examples: Ledger
) -> None:
    before = {loop.id for loop in examples.list_loops()}
    # A new loop: Ctrl+N, the contact's name, Alt+S to the subject, Enter for OK.
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = window.commands.last_dialog
    assert isinstance(dialog, LoopDialog)
    assert dialog.isAncestorOf(focused())
    type_text(qtbot, "Noor Haddad")
    # The suggestions end with "New contact “Noor Haddad”…": Up reaches it, Enter picks it.
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.contact_id() == NEW_CONTACT
    key(qtbot, Qt.Key.Key_S, ALT)  # a label's mnemonic focuses its field at once
    assert focused() is dialog.subject_edit
    type_text(qtbot, "Offer: Staff engineer")
    key(qtbot, Qt.Key.Key_Return)
    (new_id,) = {loop.id for loop in examples.list_loops()} - before
    loop = examples.loop(new_id)
    assert (loop.contact_name, loop.subject) == ("Noor Haddad", "Offer: Staff engineer")
    assert window.current_loop() is not None
    assert window.current_loop().id == new_id  # type: ignore[union-attr]

    # Log what they sent: Ctrl+R, the text, Ctrl+Enter for OK (Enter is a new line there).
    key(qtbot, Qt.Key.Key_R, CTRL)
    event_dialog = window.commands.last_dialog
    assert isinstance(event_dialog, EventDialog)
    type_text(qtbot, "Could you start in March?")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    received = [e for e in examples.events(new_id) if e.kind is EventKind.RECEIVED]
    assert received[-1].text == "Could you start in March?"

    # Close politely, every step by key: the reason by arrows and Space, Alt+N for
    # Next, the boundary by its mnemonic, the delivery by its mnemonic, Alt+F to
    # finish (its letter follows the delivery chosen) and Alt+S for "I sent it".
    key(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    wizard = window.commands.last_dialog
    assert isinstance(wizard, DisengageWizard)
    assert wizard.isAncestorOf(focused())
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)
    assert wizard.state.reason is Reason.DISINTEREST
    mnemonic(qtbot, Qt.Key.Key_N, lambda: wizard.currentId() == PageId.DRAFT)
    mnemonic(qtbot, Qt.Key.Key_N, lambda: wizard.currentId() == PageId.BOUNDARY)
    mnemonic(qtbot, Qt.Key.Key_C, lambda: wizard.state.boundary is Boundary.CLOSE_DOOR)
    mnemonic(qtbot, Qt.Key.Key_N, lambda: wizard.currentId() == PageId.SEND)
    mnemonic(qtbot, Qt.Key.Key_C, lambda: wizard.state.delivery is Delivery.COPIED)
    # The template left a field unfilled (the new contact has no organisation): Alt+L.
    missing = wizard.send_page.remove_missing_button
    assert missing.isVisible()
    mnemonic(qtbot, Qt.Key.Key_L, lambda: not missing.isVisible())
    finish = wizard.button(QWizard.WizardButton.FinishButton).text()  # "Copy &and close"
    letter = Qt.Key(ord(finish[finish.index("&") + 1].upper()))
    mnemonic(qtbot, letter, lambda: wizard.send_page.awaiting is not None)
    mnemonic(qtbot, Qt.Key.Key_S, lambda: wizard.finish_result is not None)
    assert examples.loop(new_id).status is LoopStatus.CLOSED


def test_settings_with_the_keyboard_alone(qtbot: QtBot, shell: Shell, window: MainWindow) -> None:
    before = shell.reminders.settings()
    key(qtbot, Qt.Key.Key_Comma, CTRL)
    dialog = shell.settings_opener.dialog
    assert dialog is not None
    assert dialog.isAncestorOf(focused())
    assert focused() is dialog.group_list
    key(qtbot, Qt.Key.Key_Tab)  # into the page shown: its first setting
    first = focused()
    assert isinstance(first, QSpinBox)  # a figure: Up adds one
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Saved: the windows are recomputed on a thread, which ends before the ledger closes.
    qtbot.waitUntil(lambda: not shell.recompute.running)
    assert shell.reminders.settings() != before


def _mnemonic_of(text: str) -> str | None:
    shown = text.replace("&&", "")
    at = shown.find("&")
    return shown[at + 1].lower() if 0 <= at < len(shown) - 1 else None


def test_every_menu_and_menu_item_has_an_alt_letter_of_its_own(window: MainWindow) -> None:
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    bar_letters = [_mnemonic_of(action.text()) for action in window.menuBar().actions()]
    assert None not in bar_letters
    assert len(set(bar_letters)) == len(bar_letters)
    for menu in menus:
        items = [a for a in menu.actions() if not a.isSeparator()]  # type: ignore[union-attr]
        letters = [_mnemonic_of(item.text()) for item in items]
        assert None not in letters, (menu.title(), [i.text() for i in items])  # type: ignore[union-attr]
        # An item may sit in two menus (Today); within one menu each letter is one item's.
        assert len(set(letters)) == len(letters), (menu.title(), letters)  # type: ignore[union-attr]


def test_a_generated_label_gets_a_free_initial_in_any_language() -> None:
    taken = {"n", "b", "f"}
    assert (
        with_mnemonic("Nicht jetzt, vielleicht später", taken) == "Nicht &jetzt, vielleicht später"
    )
    assert with_mnemonic("Tür zumachen", taken) == "&Tür zumachen"
    assert with_mnemonic("Tschüss", taken) == "T&schüss"  # no free initial: the next free letter
    assert with_mnemonic("&Kopieren", taken) == "&Kopieren"
    assert taken == {"n", "b", "f", "j", "t", "s", "k"}
