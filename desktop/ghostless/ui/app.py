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

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication

from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import KeyringSecretStore
from ghostless.ui.common.readable_palette import keep_palette_readable
from ghostless.ui.lifecycle.background import BackgroundStart
from ghostless.ui.lifecycle.launch import EXIT_WHEN_READY_ENV, run
from ghostless.ui.lifecycle.opening import (
    forget_imported_sources,
    open_or_recover,
    window_settings,
)
from ghostless.ui.lifecycle.shell_updates import ShellUpdates
from ghostless.ui.mail_accounts.app_mail import AppMail
from ghostless.ui.reminders.no_tray_note import note_no_tray_once
from ghostless.ui.reminders.preferred_notifier import app_notifier
from ghostless.ui.reminders.scheduler import SchedulerDriver, SettingsWatchLog
from ghostless.ui.reminders.shell_tray import ShellTray
from ghostless.ui.reminders.tray import TrayController
from ghostless.ui.reminders.tray_actions import TrayActions
from ghostless.ui.settings.opener import SettingsOpener
from ghostless.ui.settings.recompute_progress import BackgroundRecompute
from ghostless.ui.sync.runner import SyncRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ghostless.ui.main_window import MainWindow

#: What other modules and tests import from here (the launch lives in lifecycle/launch.py).
__all__ = [
    "EXIT_WHEN_READY_ENV",
    "Shell",
    "build_main_window",
    "open_or_recover",
    "run",
    "window_settings",
]


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
    keep_palette_readable()
    return MainWindow(
        ledger, settings, reminders=reminders, scheduler=scheduler, recompute=recompute
    )


class Shell(ShellTray, ShellUpdates, QObject):
    """The running app: reminders, their scheduler, the tray icon and the window.

    Its parts: :class:`ShellTray` builds and refreshes the tray, :class:`ShellUpdates`
    starts delivering and reacts to changes; :func:`run` launches it.

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
        self._build_tray(tray_available)
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
            loops_of=self.reminders.loops,
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

    def note_no_tray_once(self) -> QMessageBox | None:
        """Say once that without a tray, reminders come only while the window is open."""
        return note_no_tray_once(self.settings, self.window)
