"""Launching the desktop app: one instance per data folder, the ledger, the shell.

A second start on the same data hands over to the first; the ledger opens (or
the recovery dialog offers a backup); the shell shows the tray and the window,
and what can wait (the catch-up of missed reminders, the hand-over socket)
starts after the first paint. Quitting stops the workers and waits for them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ghostless import APP_NAME
from ghostless.core.errors import StoreError
from ghostless.services.ledger import Ledger
from ghostless.services.paths import ensure_private_dir, resolve_data_dir
from ghostless.ui.lifecycle.opening import (
    application,
    forget_imported_sources,
    open_or_recover,
    report_store_error,
    window_settings,
)
from ghostless.ui.lifecycle.single_instance import (
    NOTHING,
    SHOW,
    SHOWN,
    SingleInstance,
    instance_name,
)
from ghostless.ui.lifecycle.terminate import TerminateWatcher

#: Set to 1 to quit once the window (or, started with --autostart, the tray icon)
#: has been shown: the start-up benchmark's stopwatch.
EXIT_WHEN_READY_ENV = "GHOSTLESS_EXIT_WHEN_READY"


def run(data_dir: str | None, *, autostart: bool = False, language: str | None = None) -> int:
    """Start the app on the ledger in ``data_dir`` (or the default folder); the exit status.

    A second start on the same data hands over to the first (which shows its
    window, unless this start came from login) and exits with status 0.
    ``language`` (``--language``) speaks that language for this run.
    """
    forget_imported_sources()
    app = application()
    folder = resolve_data_dir(data_dir)
    try:
        ensure_private_dir(folder)  # the single-instance lock lives there
    except StoreError as error:
        report_store_error(app, error)
        return 1
    instance = SingleInstance(instance_name(folder), folder)
    if not instance.claim():
        instance.hand_over(NOTHING if autostart else SHOW)
        if instance.reply == SHOWN:
            print(f"ghostless: {APP_NAME} is already running; showed its window", file=sys.stderr)  # noqa: T201
        else:
            print(f"ghostless: {APP_NAME} is already running", file=sys.stderr)  # noqa: T201
        return 0
    try:
        ledger = open_or_recover(app, folder)
        if ledger is None:
            return 1
        from ghostless.services.language import start_for
        from ghostless.ui.common.translation import install

        install(app, start_for(ledger, language))  # before the first window is built
        try:
            return _run_shell(app, ledger, folder, instance, autostart=autostart)
        finally:
            ledger.close()
    finally:
        instance.release()


def _run_shell(
    app: QApplication, ledger: Ledger, folder: Path, instance: SingleInstance, *, autostart: bool
) -> int:
    tray_available = QSystemTrayIcon.isSystemTrayAvailable()
    # With a tray, closing the window leaves Ghostless in the tray; without, it quits.
    app.setQuitOnLastWindowClosed(not tray_available)
    from ghostless.ui.app import Shell  # app.py imports this module: no cycle at import

    shell = Shell(
        ledger,
        window_settings(folder),
        tray_available=tray_available,
        data_dir=folder,
        parent=app,
    )
    instance.show_requested.connect(shell.show_window)
    if shell.tray is not None:
        shell.refresh_tray()  # the right picture from the start, not a flash of "idle"
        shell.tray.show()
    if autostart and shell.tray is not None:
        pass  # the tray only; the window is built when first needed
    elif autostart:
        shell.ensure_window().showMinimized()  # no tray: a window to find it by
    else:
        shell.show_window()
    if shell.tray is None:
        shell.note_no_tray_once()
    terminate = TerminateWatcher(app)
    try:
        if os.environ.get(EXIT_WHEN_READY_ENV) == "1":
            # Runs after the show and the paint it posted: the window (or tray) is up.
            QTimer.singleShot(0, app.quit)
        else:
            # The catch-up of what was missed while the app was closed (a database
            # transaction) and the hand-over socket wait for the first paint: they
            # never delay the window.
            from ghostless.ui.lifecycle.ready_signal import after_first_paint

            def after_paint() -> None:
                instance.listen()  # a later start is answered from now on
                shell.start()

            first_paint = after_first_paint(shell.window, after_paint)  # noqa: F841 - kept alive
        return app.exec()
    finally:
        terminate.close()
        shell.stop_background()  # a backup under way is stopped and waited for, not cut off
        if shell.tray is not None:
            shell.tray.hide()
