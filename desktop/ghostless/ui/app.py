"""Starting the desktop app: one instance, the ledger, the scheduler, the tray and the window.

Start-up imports only what the first screen needs; sqlite-utils, for one, is
loaded by the store on the first write, not here. Started at login
(``--autostart``) with a tray available, Ghostless shows only its tray icon and
builds the main window the first time it is needed.

Where the desktop has no tray (GNOME without the AppIndicator extension, the
offscreen platform), closing the window quits Ghostless, as closing any window
without a tray does: an app that kept running with nothing on screen could not
be found again or quit. The user is told once (remembered in window.ini) that
reminders come only while Ghostless runs. Minimising instead of closing would
break the one gesture every desktop gives for "I'm done with this window".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ghostless import APP_NAME
from ghostless.core.errors import StoreError
from ghostless.core.planner import Delivery
from ghostless.services.ledger import Ledger
from ghostless.services.paths import ensure_private_dir, resolve_data_dir
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import KeyringSecretStore
from ghostless.ui.lifecycle.background import BackgroundStart
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
from ghostless.ui.mail_accounts.app_mail import AppMail
from ghostless.ui.reminders.no_tray_note import note_no_tray_once
from ghostless.ui.reminders.preferred_notifier import app_notifier
from ghostless.ui.reminders.scheduler import SchedulerDriver, SettingsWatchLog
from ghostless.ui.reminders.tray import TrayController, TraySnapshot, read_snapshot
from ghostless.ui.reminders.tray_actions import TrayActions
from ghostless.ui.settings.opener import SettingsOpener
from ghostless.ui.settings.recompute_progress import BackgroundRecompute
from ghostless.ui.sync.runner import SyncRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ghostless.services.dav_sync import SyncReport
    from ghostless.ui.main_window import MainWindow

#: Set to 1 to quit once the window (or, started with --autostart, the tray icon)
#: has been shown: the start-up benchmark's stopwatch.
EXIT_WHEN_READY_ENV = "GHOSTLESS_EXIT_WHEN_READY"


def build_main_window(
    ledger: Ledger,
    settings: QSettings,
    *,
    reminders: ReminderService | None = None,
    scheduler: SchedulerDriver | None = None,
    recompute: BackgroundRecompute | None = None,
) -> MainWindow:
    """The main window over ``ledger``, laid out as ``settings`` remember (not yet shown)."""
    from ghostless.ui.main_window import MainWindow

    forget_imported_sources()
    return MainWindow(
        ledger, settings, reminders=reminders, scheduler=scheduler, recompute=recompute
    )


class Shell(QObject):
    """The running app: reminders, their scheduler, the tray icon and the window.

    The window is built on first need (shown, or a reminder for its bar), so a
    start at login costs the tray only.

    Attributes:
        reminders: the follow-up engine's service over the ledger.
        scheduler: delivers reminders on time; runs while the app does.
        tray: the tray icon and menu (None where the desktop has no tray).
        tray_actions: the tray's snoozes and away mode.
        window: the main window, once built.
        notifier: where deliveries go (the notification chain, ending in the bar).
        settings_opener: opens the settings dialog (one at a time).
        mail: the background mail sync and the mail accounts dialog.
        background: the backup, syncs and weekly review, started after the start-up work.
        data_dir: the data folder it runs on (None: unknown, login starts the default).
    """

    def __init__(
        self,
        ledger: Ledger,
        settings: QSettings,
        *,
        tray_available: bool,
        data_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.settings = settings
        self.data_dir = data_dir
        # Stale windows (a new zone or settings) are recomputed after the first
        # paint, with a progress bar, not on the first read before it.
        self.reminders = ReminderService(ledger, refresh_on_read=False)
        self.scheduler = SchedulerDriver(
            self.reminders, ledger.clock, self, watch_log=SettingsWatchLog(settings)
        )
        self.recompute = BackgroundRecompute(ledger, self)
        self.recompute.finished.connect(self._on_recompute_finished)
        self.recompute.failed.connect(lambda _message: self._on_recompute_finished(False))
        self.window: MainWindow | None = None
        self.tray_actions = TrayActions(
            self.reminders, self.show_window, self._reminders_changed, self.refresh_tray
        )
        self.mail = AppMail(
            ledger, window=lambda: self.window, parent_widget=self._visible_window, parent=self
        )
        self.sync = SyncRunner(ledger, KeyringSecretStore(), self)
        self.settings_opener = SettingsOpener(
            self.reminders,
            settings,
            self.sync,
            data_dir=data_dir,
            parent=self._visible_window,
            applied=self._on_settings_applied,
            away_requested=self.tray_actions.set_away,
        )
        self.tray: TrayController | None = None
        if tray_available:
            self.tray = TrayController(self.snapshot, self, read_menu=self.menu_snapshot)
            self.tray.open_loop_requested.connect(self.open_loop)
            self.tray.disengage_requested.connect(self.disengage)
            self.tray.open_requested.connect(self.show_window)
            self.tray.snooze_all_requested.connect(self.tray_actions.snooze_all)
            self.tray.snooze_requested.connect(self.tray_actions.snooze_loop)
            self.tray.snooze_pick_requested.connect(
                lambda loop_id: self.show_window().commands.triage.pick_time([loop_id])
            )
            self.tray.away_requested.connect(self.tray_actions.set_away)
            self.tray.settings_requested.connect(self.settings_opener.open)
            self.tray.quit_requested.connect(self.quit)
        tray_icon = self.tray.icon if self.tray is not None else None
        self.notifier = app_notifier(
            settings,
            ledger,
            self.ensure_window,
            tray_icon=tray_icon,
            on_open=self.open_loop,
            on_snooze=self.tray_actions.snooze_hour,
            on_show_all=self.show_today,
            parent=self,
        )
        #: Starts the background parts a moment after the start-up work (see :meth:`start`).
        self.background = BackgroundStart(
            self.reminders,
            self.sync,
            self.mail.runner,
            tray_icon=tray_icon,
            window=lambda: self.window,
            show_insights=lambda: self.show_window().show_insights(),
            parent=self,
        )
        self.sync.finished.connect(self._on_sync_finished)
        self.scheduler.reminders_due.connect(self._on_scheduler_reminders_due)
        self.scheduler.schedule_changed.connect(self.refresh_tray)

    # -- parts -----------------------------------------------------------------
    def snapshot(self) -> TraySnapshot:
        """The tray's counts (its menu lines are read when the menu opens)."""
        return read_snapshot(self.reminders, self.ledger.clock.now(), lines=False)

    def menu_snapshot(self) -> TraySnapshot:
        return read_snapshot(self.reminders, self.ledger.clock.now())

    def ensure_window(self) -> MainWindow:
        if self.window is None:
            window = build_main_window(
                self.ledger,
                self.settings,
                reminders=self.reminders,
                scheduler=self.scheduler,
                recompute=self.recompute,
            )
            window.keep_running_in_tray = self.tray is not None
            window.quit_requested.connect(self.quit)
            window.settings_requested.connect(self.settings_opener.open)
            window.mail_tab.runner = self.mail.runner
            window.mail_accounts_requested.connect(self.mail.open_accounts)
            window.mail_sync_requested.connect(lambda: self.mail.runner().sync_now())
            window.commands.reminders_changed.connect(lambda _id: self.refresh_tray())
            window.commands.records_changed.connect(lambda _id: self.refresh_tray())
            window.external_writes.changed.connect(lambda _parts: self.refresh_tray())
            # The first frame shows what is owed (as stored; stale rows are worked out
            # after it): the start of delivering need not read it again.
            window.today_page.refresh()
            window.delivery_start.today_read = not self.scheduler.running
            self.window = window
        return self.window

    def _visible_window(self) -> QWidget | None:
        """The window, as a dialog's parent, while it is on screen."""
        return self.window if self.window and self.window.isVisible() else None

    # -- what the user asks for ------------------------------------------------
    def show_window(self) -> MainWindow:
        window = self.ensure_window()
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_today(self) -> None:
        self.show_window().window_actions.show_today.trigger()

    def open_loop(self, loop_id: int) -> None:
        self.show_window().open_loop(loop_id)

    def disengage(self, loop_id: int) -> None:
        """The tray's "Close politely…": the window, and the wizard on that loop."""
        self.show_window().commands.disengage(loop_id)

    def quit(self) -> None:
        if self.window is not None:
            self.window.save_state()
        self.stop_background()
        QApplication.quit()

    def stop_background(self) -> None:
        """Stop the timers and the workers (quitting): a backup under way is cancelled
        and waited for, so it leaves no file behind."""
        self.scheduler.stop()
        self.background.stop()
        self.sync.stop()
        self.mail.stop()

    # -- keeping everything current ----------------------------------------------
    def start(self) -> None:
        """Start delivering: what was missed comes now, once (after the first paint).

        The parts that work in the background (the daily backup, calendar and
        mail sync, the weekly review) start a moment later (see
        :class:`~ghostless.ui.lifecycle.background.BackgroundStart`).
        """
        if self.window is not None:
            self.window.start_scheduler()
        elif not self.recompute.start():  # stale rows: worked out on a thread first
            self.scheduler.start()  # its first tick refreshes the tray
        self.background.arm()

    def _on_recompute_finished(self, _did: bool) -> None:
        """The rows are current again: deliver (tray only) and show what is owed."""
        if self.window is None and not self.scheduler.running:
            self.scheduler.start()
        self.scheduler.reschedule()
        self.refresh_tray()

    def refresh_tray(self) -> None:
        if self.tray is not None:
            self.tray.refresh()

    def _reminders_changed(self, loop_ids: list[int]) -> None:
        if self.window is not None:
            self.window.reminder_reactions.changed_elsewhere(loop_ids)
        self.scheduler.reschedule()
        self.refresh_tray()

    def _on_settings_applied(self) -> None:
        """New working hours or away mode: windows recompute on a thread, the timer re-plans."""
        if not self.recompute.start():
            self._reminders_changed([])

    def _on_sync_finished(self, report: SyncReport) -> None:
        """What came from the server was written on the worker's connection: show it."""
        if report.changed:
            if self.window is not None:
                self.window.external_writes.check()
            self._reminders_changed([])

    def _on_scheduler_reminders_due(self, delivery: Delivery) -> None:
        self.notifier.notify(delivery)
        self.refresh_tray()

    def note_no_tray_once(self) -> QMessageBox | None:
        """Say once that without a tray, reminders come only while the window is open."""
        return note_no_tray_once(self.settings, self.window)


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
