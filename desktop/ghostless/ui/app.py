"""Starting the desktop app: the data folder, the ledger, the application and its window.

Start-up imports only what the first window needs; sqlite-utils, for one, is
loaded by the store on the first write, not here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ghostless import APP_ID, APP_NAME, ORG_NAME, __version__
from ghostless.core.clock import SystemClock
from ghostless.core.errors import StoreError
from ghostless.services.ledger import Ledger
from ghostless.services.paths import resolve_data_dir
from ghostless.services.zone import local_zone
from ghostless.ui.icons import app_icon
from ghostless.ui.main_window import MainWindow

#: Set to 1 to quit once the window has been shown: the start-up benchmark's stopwatch.
EXIT_WHEN_READY_ENV = "GHOSTLESS_EXIT_WHEN_READY"
WINDOW_SETTINGS_NAME = "window.ini"
#: Platforms with no screen a person looks at; a message box there would wait forever.
_HEADLESS_PLATFORMS = ("offscreen", "minimal")


def window_settings(data_dir: Path) -> QSettings:
    """Window layout settings, kept as an INI file beside the database."""
    return QSettings(str(data_dir / WINDOW_SETTINGS_NAME), QSettings.Format.IniFormat)


def build_main_window(ledger: Ledger, settings: QSettings) -> MainWindow:
    """The main window over ``ledger``, laid out as ``settings`` remember (not yet shown)."""
    return MainWindow(ledger, settings)


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def _report_store_error(app: QApplication, error: StoreError) -> None:
    """Say once, in plain words, why Ghostless cannot open its data."""
    print(f"ghostless: {error}", file=sys.stderr)  # noqa: T201 - also for logs and terminals
    if app.platformName() in _HEADLESS_PLATFORMS:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        f"{APP_NAME} cannot open its data",
        f"{APP_NAME} cannot open its data and will close without changing anything.",
    )
    box.setInformativeText(str(error))
    box.exec()


def run(data_dir: str | None) -> int:
    """Start the app on the ledger in ``data_dir`` (or the default folder); the exit status."""
    app = _application()
    try:
        folder = resolve_data_dir(data_dir)
        ledger = Ledger.open(folder, SystemClock(), local_zone())
    except StoreError as error:
        _report_store_error(app, error)
        return 1
    try:
        window = build_main_window(ledger, window_settings(folder))
        window.show()
        if os.environ.get(EXIT_WHEN_READY_ENV) == "1":
            # Runs after the show and the paint it posted: the window is up.
            QTimer.singleShot(0, app.quit)
        else:
            # After the first paint too: the catch-up of what was missed while the
            # app was closed (a database transaction) never delays the window.
            QTimer.singleShot(0, window.start_scheduler)
        return app.exec()
    finally:
        ledger.close()
