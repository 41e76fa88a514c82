"""Fixtures for the window tests: window settings in the test's data folder, and windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ghostless.services import language
from ghostless.services.examples import load_examples
from ghostless.services.ledger import Ledger
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.app import Shell, build_main_window, window_settings
from ghostless.ui.common.translation import install
from ghostless.ui.main_window import MainWindow
from tests.helpers.palettes import OTHER_PALETTES, app_palette, palette_of

UI_TESTS = Path(__file__).parent

#: Qt's offscreen platform warns whenever a window's size limits change, a thing it
#: cannot do; every layout change triggers it, and it says nothing about our code.
OFFSCREEN_SIZE_HINTS = r"^This plugin does not support propagateSizeHints\(\)$"
#: Pop-ups (a completer's list) ask it to raise them and grab the keyboard: the same.
OFFSCREEN_POPUPS = r"^This plugin does not support (raise\(\)|grabbing the keyboard)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS, OFFSCREEN_POPUPS))


@pytest.fixture
def settings(data_dir: Path, ledger: Ledger) -> QSettings:
    # Depends on the ledger so the data folder exists before QSettings writes into it.
    return window_settings(data_dir)


@pytest.fixture
def examples(ledger: Ledger) -> Ledger:
    """The ledger holding the example loops, all open, five of them my turn."""
    load_examples(ledger)
    return ledger


def _shown_window(qtbot: QtBot, ledger: Ledger, settings: QSettings) -> Iterator[MainWindow]:
    shown = build_main_window(ledger, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    # Closed here, while the ledger is still open, not later by qtbot.
    shown.close()


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, settings: QSettings) -> Iterator[MainWindow]:
    """The main window over an empty ledger."""
    yield from _shown_window(qtbot, ledger, settings)


@pytest.fixture
def example_window(qtbot: QtBot, examples: Ledger, settings: QSettings) -> Iterator[MainWindow]:
    """The main window over the example loops."""
    yield from _shown_window(qtbot, examples, settings)


@pytest.fixture
def shell(qtbot: QtBot, examples: Ledger, settings: QSettings) -> Iterator[Shell]:
    """The app's shell over the example loops (no tray, passwords in memory)."""
    made = Shell(examples, settings, tray_available=False)
    made.mail.secrets = MemorySecretStore()
    yield made
    for widget in (made.settings_opener.dialog, made.mail.dialog, made.window):
        if widget is not None:
            widget.close()


@pytest.fixture
def shell_window(qtbot: QtBot, shell: Shell) -> MainWindow:
    """The shell's main window, shown."""
    shown = shell.ensure_window()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture(params=["light", *OTHER_PALETTES])
def worn(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The default (light) palette, then each dark and the high-contrast one, worn by the app."""
    if request.param == "light":
        yield qapp.palette()
        return
    with app_palette(palette_of(OTHER_PALETTES[request.param])) as other:
        yield other


@pytest.fixture
def german(qapp: QApplication) -> Iterator[str]:
    """The app in German (as ``--language de`` starts it), then English again."""
    before = QLocale()
    language.use("de")
    translators = install(qapp, "de")
    yield "de"
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)
    language.use("en")
