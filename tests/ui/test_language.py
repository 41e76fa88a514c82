"""The window in another language: translated, with Alt+letters of its own and every
control still named; the language chosen in Settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from ghostless.services import language
from ghostless.services.ledger import Ledger
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.accessible import mnemonic_letter
from ghostless.ui.app import Shell
from ghostless.ui.main_window import MainWindow
from ghostless.ui.translation import install
from ghostless.ui.wizard.page_base import wizard_keys
from ghostless.ui.wizard.wizard import DisengageWizard
from tests.ui.accessibility import nameless

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
    shell.secrets = MemorySecretStore()
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
    from ghostless.ui.settings_dialog import SettingsDialog

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
