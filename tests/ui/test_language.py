"""The window in another language: translated, with Alt+letters of its own and every
control still named; the language chosen in Settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from ghostless.core.disengage import Boundary, Delivery, Reason
from ghostless.core.models import EventKind, LoopKind, LoopStatus
from ghostless.services import language
from ghostless.services.ledger import Ledger
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.app import Shell
from ghostless.ui.common.accessible import mnemonic_letter
from ghostless.ui.common.translation import install
from ghostless.ui.main_window import MainWindow
from ghostless.ui.wizard.page_base import wizard_keys
from ghostless.ui.wizard.wizard import DisengageWizard, PageId
from tests.ui.accessibility import nameless
from tests.ui.test_keyboard_only import CTRL, SHIFT, key, mnemonic

LANGUAGES = sorted(language.available())


@pytest.fixture(params=LANGUAGES)
def speaking(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in one of its languages (as ``--language`` starts it), then English again."""
    code: str = request.param
    before = QLocale()
    language.use(code)
    translators = install(qapp, code)
    yield code
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)
    language.use("en")


@pytest.fixture
def window(
    qtbot: QtBot, speaking: str, examples: Ledger, settings: QSettings
) -> Iterator[MainWindow]:
    shell = Shell(examples, settings, tray_available=False)
    shell.mail.secrets = MemorySecretStore()
    shown = shell.ensure_window()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def test_the_menus_are_translated_and_each_letter_is_used_once(window: MainWindow) -> None:
    bar = [action.text() for action in window.menuBar().actions()]
    assert "&File" not in bar
    letters = [mnemonic_letter(text) for text in bar]
    assert None not in letters
    assert len(set(letters)) == len(letters), bar
    for action in window.menuBar().actions():
        menu = action.menu()
        assert menu is not None
        items = [item.text() for item in menu.actions() if not item.isSeparator()]
        keys = [mnemonic_letter(text) for text in items]
        assert None not in keys, items
        assert len(set(keys)) == len(keys), items


def test_every_control_is_still_named(qtbot: QtBot, window: MainWindow) -> None:
    missing: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        missing += nameless(window)
    assert sorted(set(missing)) == []


def test_the_polite_close_speaks_the_language_and_keeps_its_letters_apart(
    window: MainWindow, speaking: str
) -> None:
    loop = window.loop_model.loop_at(0)
    assert loop is not None
    wizard = window.commands.disengage(loop.id)
    assert isinstance(wizard, DisengageWizard)
    assert wizard.assess_page.title() != "Pause and assess"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) != "&Next >"
    taken = wizard_keys()
    choices = wizard.assess_page.findChildren(QRadioButton)
    letters = [mnemonic_letter(button.text()) for button in choices]
    assert None not in letters
    assert len(set(letters)) == len(letters)
    assert not taken & set(letters)  # Alt+W (Weiter) stays the wizard's
    assert nameless(wizard) == []
    wizard.reject()


def test_settings_offer_each_language_by_its_own_name(
    qtbot: QtBot, window: MainWindow, speaking: str
) -> None:
    from ghostless.services.reminders import ReminderService
    from ghostless.ui.settings.settings_dialog import SettingsDialog

    class NoEntry:
        def enabled(self) -> bool:
            return False

    entry = NoEntry()
    dialog = SettingsDialog(ReminderService(window.ledger), entry, window.settings)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    editor = dialog.editors["language"]
    assert isinstance(editor, QComboBox)
    offered = {editor.itemData(i) for i in range(editor.count())}
    assert offered == {"", "en", *LANGUAGES}
    names = {editor.itemText(i) for i in range(editor.count())}
    assert "Deutsch" in names  # named in itself, whatever the window speaks
    dialog.set_value("language", speaking)
    assert dialog.value("language") == speaking


def _letter(text: str) -> Qt.Key:
    found = mnemonic_letter(text)
    assert found is not None, text
    return Qt.Key(ord(found.upper()))


def test_declining_a_recruiter_there_with_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, examples: Ledger, speaking: str
) -> None:
    """Close politely in the language, by keys whose letters the language gives."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    key(qtbot, Qt.Key.Key_2, CTRL)  # the Loops tab; Tab moves on to its list
    for _ in range(6):
        if QApplication.focusWidget() is window.loop_table:
            break
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.loop_table
    recruiter = next(
        loop for loop in examples.list_loops() if loop.kind is LoopKind.RECRUITER_OUTREACH
    )
    for _ in range(window.loop_model.rowCount()):
        current = window.current_loop()
        if current is not None and current.id == recruiter.id:
            break
        key(qtbot, Qt.Key.Key_Down)
    assert window.current_loop() == recruiter
    key(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    wizard = window.commands.last_dialog
    assert isinstance(wizard, DisengageWizard)
    next_key = _letter(wizard.buttonText(QWizard.WizardButton.NextButton))
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)
    assert wizard.state.reason is Reason.DISINTEREST
    mnemonic(qtbot, next_key, lambda: wizard.currentId() == PageId.DRAFT)
    draft = wizard.draft_page.editor.text()
    greeting = draft.splitlines()[0]
    assert "Priya" in greeting
    assert greeting != "Hi Priya,"  # the template of the language, not the English one
    mnemonic(qtbot, next_key, lambda: wizard.currentId() == PageId.BOUNDARY)
    close_door = wizard.boundary_page.buttons[Boundary.CLOSE_DOOR].text()
    mnemonic(qtbot, _letter(close_door), lambda: wizard.state.boundary is Boundary.CLOSE_DOOR)
    mnemonic(qtbot, next_key, lambda: wizard.currentId() == PageId.SEND)
    send = wizard.send_page
    copy = send.delivery_buttons[Delivery.COPIED].text()
    mnemonic(qtbot, _letter(copy), lambda: wizard.state.delivery is Delivery.COPIED)
    missing = send.remove_missing_button  # no name to sign with yet: [my_name?] left out
    assert missing.isVisible()
    mnemonic(qtbot, _letter(missing.text()), lambda: not missing.isVisible())
    finish = wizard.button(QWizard.WizardButton.FinishButton).text()
    mnemonic(qtbot, _letter(finish), lambda: send.awaiting is not None)
    sent_it = wizard.button(QWizard.WizardButton.FinishButton).text()  # "I sent it"
    mnemonic(qtbot, _letter(sent_it), lambda: wizard.finish_result is not None)
    assert examples.loop(recruiter.id).status is LoopStatus.CLOSED
    (message,) = [e for e in examples.events(recruiter.id) if e.kind is EventKind.SENT]
    assert greeting in message.text


def test_each_context_menu_keeps_its_letters_apart(qtbot: QtBot, window: MainWindow) -> None:
    """Today's and the loop list's right-click menus (Open, Log, Snooze, Close politely,
    Done): one Alt+letter each, in every language."""
    from PySide6.QtWidgets import QWidget

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
    menus = [
        widget
        for widget in window.findChildren(QWidget)
        if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        and widget.actions()
    ]
    menus.append(window.today_page.table)  # its own menu: the triage keys' actions
    assert len(window.today_page.table.actions()) >= 5
    for widget in menus:
        texts = [action.text() for action in widget.actions() if not action.isSeparator()]
        letters = [mnemonic_letter(text) for text in texts if mnemonic_letter(text)]
        assert len(set(letters)) == len(letters), texts


def test_each_dialog_keeps_its_letters_apart(
    qtbot: QtBot, speaking: str, shell: Shell, examples: Ledger
) -> None:
    """Alt+letter in a dialog goes to one field or button only, in every language."""
    from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel

    from tests.ui.test_accessibility import every_dialog

    shown = shell.ensure_window()
    qtbot.addWidget(shown)
    shown.show()
    clashes = []
    for dialog in every_dialog(qtbot, shell, shown, examples):
        texts = [
            widget.text()
            for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)
            if widget.isVisibleTo(dialog)
            and (not isinstance(widget, QLabel) or widget.buddy() is not None)
        ]
        letters = [letter.lower() for text in texts if (letter := mnemonic_letter(text))]
        if len(set(letters)) != len(letters):
            clashes.append(f"{dialog.windowTitle()}: {texts}")
        if isinstance(dialog, QDialog):
            dialog.reject()
    assert clashes == []
