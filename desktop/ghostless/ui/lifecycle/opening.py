"""Opening the app: the Qt application, the window's settings file, and the ledger, with a
way out when its database cannot be used (restore a backup, or start afresh)."""

from __future__ import annotations

import linecache
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ghostless import APP_ID, APP_NAME, ORG_NAME, __version__
from ghostless.core.clock import SystemClock
from ghostless.core.errors import StoreDamaged, StoreError
from ghostless.services.ledger import Ledger
from ghostless.services.zone import local_zone
from ghostless.ui.common.accessible import name_message_icon
from ghostless.ui.common.icons import app_icon
from ghostless.ui.common.readable_palette import keep_palette_readable

WINDOW_SETTINGS_NAME = "window.ini"
#: Platforms with no screen a person looks at; a message box there would wait forever.
_HEADLESS_PLATFORMS = ("offscreen", "minimal")

logger = logging.getLogger(__name__)


def window_settings(data_dir: Path) -> QSettings:
    """Window layout settings, kept as an INI file beside the database.

    It also keeps a half-finished draft and the mail server's user name, so it is
    readable by the user only, like the database (Qt's atomic save keeps the mode).
    """
    path = data_dir / WINDOW_SETTINGS_NAME
    if path.parent.is_dir():
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            path.chmod(0o600)
        except OSError as exc:  # a read-only folder: the store reports it better
            logger.warning("%s: cannot make it private (%s)", path, exc.strerror)
    return QSettings(str(path), QSettings.Format.IniFormat)


def flag(settings: QSettings, key: str, default: bool = True) -> bool:
    """A yes/no preference from window.ini (stored as "true"/"false")."""
    value = settings.value(key)
    return default if value is None else str(value).lower() == "true"


def forget_imported_sources() -> None:
    """Drop the source lines PySide6's import hook read (and linecache kept).

    The hook reads the source of every module imported after PySide6 to see
    whether it uses PySide6 (``__feature__``), and keeps only the answer; the
    lines stay in linecache: about 4 MB for the window's modules, for nothing.
    A traceback reads the lines it shows again.
    """
    linecache.clearcache()


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    keep_palette_readable(app)
    return app


def report_store_error(app: QApplication, error: StoreError) -> None:
    """Say once, in plain words, why Ghostless cannot open its data."""
    print(f"ghostless: {error}", file=sys.stderr)  # noqa: T201 - also for logs and terminals
    if app.platformName() in _HEADLESS_PLATFORMS:
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Opening", "{app} cannot open its data").format(app=APP_NAME),
        QCoreApplication.translate(
            "Opening", "{app} cannot open its data and will close without changing anything."
        ).format(app=APP_NAME),
    )
    box.setInformativeText(str(error))
    name_message_icon(box)
    box.exec()


def open_or_recover(
    app: QApplication,
    folder: Path,
    ask: Callable[[StoreDamaged], str] | None = None,
) -> Ledger | None:
    """The ledger in ``folder``; when its database is there but cannot be used, what to
    do is asked (restore a backup, start afresh) and the opening tried again.

    ``ask`` shows the recovery dialog and returns what was done ("" if the user
    quit); tests pass their own. None when Ghostless cannot start.
    """
    clock = SystemClock()
    while True:
        try:
            # In the user's zone (the settings' time zone, else the system's), as every
            # command opens it: with the system's, a zone set in the settings made each
            # start recompute every loop's windows for the other zone (seconds at 30k).
            return Ledger.open(folder, clock)
        except StoreDamaged as error:
            print(f"ghostless: {error}", file=sys.stderr)  # noqa: T201 - also for logs and terminals
            if ask is None:
                if app.platformName() in _HEADLESS_PLATFORMS:
                    return None
                ask = _recovery_dialog(folder)
            if not ask(error):
                return None
        except StoreError as error:
            report_store_error(app, error)
            return None


def _recovery_dialog(folder: Path) -> Callable[[StoreDamaged], str]:
    def ask(error: StoreDamaged) -> str:
        from ghostless.ui.lifecycle.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(error, folder, SystemClock(), local_zone())
        dialog.exec()
        return dialog.outcome

    return ask
