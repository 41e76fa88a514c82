"""Every text the window shows is German with ``--language de``: the main window and each
tab, every dialog and every wizard page are read in English, then in German, and a text
the German window still shows in English fails (names and the user's data aside)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ghostless.services import language
from ghostless.services.ledger import Ledger
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.app import Shell
from ghostless.ui.common.translation import install
from ghostless.ui.reminders.no_tray_note import NO_TRAY_NOTED_KEY
from ghostless.ui.wizard.template_manager import TemplateEditor
from ghostless.ui.wizard.wizard import DisengageWizard
from tests.ui.accessibility import recovery_dialog
from tests.ui.test_accessibility import every_dialog
from tests.ui.visible_text import visible_texts

#: Texts that read the same in German: proper names, protocols, words German took over
#: unchanged, and each language offered by its own name. Keep it short; anything else
#: the German window shows in English is a missing translation.
SAME_IN_GERMAN = {
    "Ghostless",
    "IMAP",
    "CalDAV",
    "CardDAV",
    "vCard",
    "Maildir",
    "CSV",
    "PEM",
    "OK",
    "(.vcf)",
    "American English",  # the languages in Settings, each in its own words
    "Deutsch",
    "Burnout",  # the same word in German
    "Details",
    "Mail",
    "Name",
    "Organisation",
    "Pipeline",
    "Port",
    "Problem",
    "Server",
    "Status",
    "Text",
    "optional",
    # A GNOME extension's own name, the words the user searches for.
    "AppIndicator and KStatusNotifierItem Support",
    # The collections Ghostless makes on the user's server: named the same in every
    # language, so each desktop finds the ones another made.
    "Ghostless contacts",
    "Ghostless follow-ups",
}
#: What the test itself puts on screen (a warning's text, a damaged file's problem, a
#: title), and the undo step the examples were loaded with, recorded in English.
TEST_TEXTS = {"Something went wrong.", "the file is empty", "Loops behind", "load the examples"}
#: Example addresses in placeholders (host names, e-mail addresses, links).
ADDRESS = re.compile(r"^\S*(@|:\/\/|\w\.\w)\S*$")


def _strings(row: object) -> set[str]:
    values = (getattr(row, field.name) for field in fields(row))  # type: ignore[arg-type]
    return {value for value in values if isinstance(value, str) and value}


def _data(ledger: Ledger) -> set[str]:
    """The user's own words (names, organisations, subjects, notes): shown as typed."""
    words: set[str] = set()
    for contact in ledger.search_contacts():
        words |= _strings(contact)
    for loop in ledger.list_loops():
        words |= _strings(loop)
        for event in ledger.events(loop.id):
            words |= _strings(event)
    return words


def _everything(qtbot: QtBot, examples: Ledger, settings: QSettings, data_dir: Path) -> set[str]:
    # The no-tray note is said once per data folder: each language's walk opens it anew.
    settings.remove(NO_TRAY_NOTED_KEY)
    shell = Shell(examples, settings, tray_available=False)
    shell.mail.secrets = MemorySecretStore()
    window = shell.ensure_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    texts: set[str] = set()
    window.today_page.refresh()  # what is owed, as the scheduler's first tick shows it
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # the lazy tabs are built when first shown
        qtbot.wait(1)
    texts |= visible_texts(window)
    window.tabs.setCurrentIndex(1)  # each loop in the detail pane: its turn, what is owed
    for row in range(window.loop_model.rowCount()):
        window.loop_table.selectRow(row)
        qtbot.wait(1)
        texts |= visible_texts(window.detail_pane)
    for dialog in every_dialog(qtbot, shell, window, examples):
        texts |= visible_texts(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
    loop = window.loop_model.loop_at(0)
    assert loop is not None
    window.commands.secrets = MemorySecretStore()
    wizard = window.commands.disengage(loop.id)
    assert isinstance(wizard, DisengageWizard)
    texts |= visible_texts(wizard)
    extra: list[QWidget] = [
        wizard.manage_templates(),
        wizard.checker_settings(),
        wizard.mail_settings(),
        TemplateEditor(None, wizard),
    ]
    for dialog in extra:
        dialog.show()
        texts |= visible_texts(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
    wizard.reject()
    recovery = recovery_dialog(data_dir, examples.zone)
    qtbot.addWidget(recovery)
    texts |= visible_texts(recovery)
    for widget in (shell.settings_opener.dialog, shell.mail.dialog, window):
        if widget is not None:
            widget.close()
    return texts


@contextmanager
def _speaking(qapp: QApplication, code: str) -> Iterator[None]:
    """The app in ``code`` (as ``--language`` starts it), then as it was."""
    before = QLocale()
    language.use(code)
    translators = install(qapp, code)
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
        language.use("en")


#: Words only English has: one of them in a German text is a sentence left in English.
ENGLISH_ONLY = re.compile(r"\b(the|you|your|with|and|of|to|is|it|my|by|reply|loops?)\b")


def _without_known_words(text: str, data: set[str]) -> str:
    """``text`` without the words that are the same in both languages (longest first)."""
    for word in sorted(data | SAME_IN_GERMAN | TEST_TEXTS, key=len, reverse=True):
        text = text.replace(word, "")
    return text


def _english_words(text: str, data: set[str]) -> bool:
    return ENGLISH_ONLY.search(_without_known_words(text, data)) is not None


def _still_english(text: str, data: set[str]) -> bool:
    if ADDRESS.match(text) or text in available_timezones():
        return False
    return re.search(r"[^\W\d_]{2,}", _without_known_words(text, data)) is not None


def test_the_german_window_shows_no_english_text(
    qtbot: QtBot, examples: Ledger, settings: QSettings, data_dir: Path, qapp: QApplication
) -> None:
    # The session compiles the catalogues first (tests/conftest.py): a missing one is a
    # broken build, never a reason to skip.
    assert "de" in language.available(), "the German catalogue did not compile"
    english = _everything(qtbot, examples, settings, data_dir)
    with _speaking(qapp, "de"):
        german = _everything(qtbot, examples, settings, data_dir)
    data = _data(examples)
    untranslated = sorted(t for t in english & german if _still_english(t, data))
    untranslated += sorted(t for t in german - english if _english_words(t, data))
    assert untranslated == [], f"{len(untranslated)} texts have no German: {untranslated}"
