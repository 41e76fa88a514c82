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

import contextlib
import linecache
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ghostless import APP_ID, APP_NAME, ORG_NAME, __version__
from ghostless.core.clock import SystemClock
from ghostless.core.errors import GhostlessError, StoreDamaged, StoreError
from ghostless.core.models import Loop
from ghostless.core.planner import AwayReason, Delivery, SnoozePreset
from ghostless.services.ledger import Ledger
from ghostless.services.paths import ensure_private_dir, resolve_data_dir
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import KeyringSecretStore
from ghostless.services.zone import local_zone
from ghostless.ui.icons import app_icon
from ghostless.ui.recompute_progress import BackgroundRecompute
from ghostless.ui.scheduler import SchedulerDriver
from ghostless.ui.single_instance import NOTHING, SHOW, SHOWN, SingleInstance, instance_name
from ghostless.ui.sync.runner import SyncRunner
from ghostless.ui.terminate import TerminateWatcher
from ghostless.ui.tray import TrayController, TraySnapshot, read_snapshot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

    from ghostless.services.dav_sync import SyncReport
    from ghostless.services.secrets import SecretStore
    from ghostless.ui.insights.review import WeeklyReview
    from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner
    from ghostless.ui.main_window import MainWindow
    from ghostless.ui.notifier import Notifier
    from ghostless.ui.settings_dialog import SettingsDialog

#: Set to 1 to quit once the window (or, started with --autostart, the tray icon)
#: has been shown: the start-up benchmark's stopwatch.
EXIT_WHEN_READY_ENV = "GHOSTLESS_EXIT_WHEN_READY"
WINDOW_SETTINGS_NAME = "window.ini"
#: Platforms with no screen a person looks at; a message box there would wait forever.
_HEADLESS_PLATFORMS = ("offscreen", "minimal")
#: window.ini keys: preferences that only the window app uses.
NO_TRAY_NOTED_KEY = "tray/no_tray_noted"
NATIVE_NOTIFICATIONS_KEY = "notifications/native"
REMINDERS_BAR_KEY = "notifications/bar"
#: How long a mail account's problem stays in the window's status bar.
MAIL_PROBLEM_SHOWN_MS = 60_000

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


def forget_imported_sources() -> None:
    """Drop the source lines PySide6's import hook read (and linecache kept).

    The hook reads the source of every module imported after PySide6 to see
    whether it uses PySide6 (``__feature__``), and keeps only the answer; the
    lines stay in linecache: about 4 MB for the window's modules, for nothing.
    A traceback reads the lines it shows again.
    """
    linecache.clearcache()


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
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        f"{APP_NAME} cannot open its data",
        f"{APP_NAME} cannot open its data and will close without changing anything.",
    )
    box.setInformativeText(str(error))
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
    clock, zone = SystemClock(), local_zone()
    while True:
        try:
            return Ledger.open(folder, clock, zone)
        except StoreDamaged as error:
            print(f"ghostless: {error}", file=sys.stderr)  # noqa: T201 - also for logs and terminals
            if ask is None:
                if app.platformName() in _HEADLESS_PLATFORMS:
                    return None
                ask = _recovery_dialog(folder)
            if not ask(error):
                return None
        except StoreError as error:
            _report_store_error(app, error)
            return None


def _recovery_dialog(folder: Path) -> Callable[[StoreDamaged], str]:
    def ask(error: StoreDamaged) -> str:
        from ghostless.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(error, folder, SystemClock(), local_zone())
        dialog.exec()
        return dialog.outcome

    return ask


class _BarNotifier:
    """The last resort and in-app record: the reminders bar of the (possibly hidden) window."""

    def __init__(self, shell: Shell) -> None:
        self._shell = shell

    def notify(self, delivery: Delivery) -> None:
        if flag(self._shell.settings, REMINDERS_BAR_KEY):
            self._shell.ensure_window().notifier.notify(delivery)


class Shell(QObject):
    """The running app: reminders, their scheduler, the tray icon and the window.

    The window is built on first need (shown, or a reminder for its bar), so a
    start at login costs the tray only.

    Attributes:
        reminders: the follow-up engine's service over the ledger.
        scheduler: delivers reminders on time; runs while the app does.
        tray: the tray icon and menu (None where the desktop has no tray).
        window: the main window, once built.
        notifier: where deliveries go (the notification chain, ending in the bar).
        settings_dialog: the settings dialog while open.
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
        self.scheduler = SchedulerDriver(self.reminders, ledger.clock, self)
        self.recompute = BackgroundRecompute(ledger, self)
        self.recompute.finished.connect(self._on_recompute_finished)
        self.recompute.failed.connect(lambda _message: self._on_recompute_finished(False))
        self.window: MainWindow | None = None
        self.weekly_review: WeeklyReview | None = None
        self.settings_dialog: SettingsDialog | None = None
        #: The background mail sync (built by :meth:`mail_runner`) and the keyring
        #: it reads passwords from (None: the system's).
        self.mail_sync: MailSyncRunner | None = None
        self.mail_accounts_dialog: QDialog | None = None
        self.secrets: SecretStore | None = None
        self.tray: TrayController | None = None
        if tray_available:
            self.tray = TrayController(self.snapshot, self)
            self.tray.open_loop_requested.connect(self.open_loop)
            self.tray.disengage_requested.connect(self.disengage)
            self.tray.open_requested.connect(self.show_window)
            self.tray.snooze_all_requested.connect(self.snooze_all)
            self.tray.away_requested.connect(self.set_away)
            self.tray.settings_requested.connect(self.open_settings)
            self.tray.quit_requested.connect(self.quit)
        self.notifier = self._build_notifier()
        self.sync = SyncRunner(ledger, KeyringSecretStore(), self)
        self.sync.finished.connect(self._on_sync_finished)
        self.scheduler.reminders_due.connect(self._on_scheduler_reminders_due)
        self.scheduler.schedule_changed.connect(self.refresh_tray)

    # -- parts -----------------------------------------------------------------
    def _build_notifier(self) -> Notifier:
        bar = _BarNotifier(self)
        return _Preferred(self.settings, lambda: self._build_chain(bar), bar)

    def _build_chain(self, bar: Notifier) -> Notifier:
        # Built for the first delivery, not at start: the chain and its backends
        # (D-Bus, plyer, tray messages) have nothing to do before then.
        from ghostless.ui.notify_chain import build_notifier

        return build_notifier(
            tray_icon=self.tray.icon if self.tray is not None else None,
            last_resort=bar,
            on_open=self.open_loop,
            on_snooze=self.snooze_hour,
            on_show_all=self.show_today,
            zone=self.ledger.zone,
            clock=self.ledger.clock,
            loop_of=self._loop_or_none,
            parent=self,
        )

    def _loop_or_none(self, loop_id: int) -> Loop | None:
        try:
            return self.ledger.loop(loop_id)
        except GhostlessError:
            return None

    def snapshot(self) -> TraySnapshot:
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
            window.settings_requested.connect(self.open_settings)
            window.mail_runner = self.mail_runner
            window.mail_accounts_requested.connect(self.open_mail_accounts)
            window.mail_sync_requested.connect(lambda: self.mail_runner().sync_now())
            window.commands.reminders_changed.connect(lambda _id: self.refresh_tray())
            window.commands.records_changed.connect(lambda _id: self.refresh_tray())
            window.external_writes.changed.connect(lambda _parts: self.refresh_tray())
            if self.scheduler.running:
                window.today_page.refresh()
            self.window = window
        return self.window

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

    def snooze_hour(self, loop_id: int) -> None:
        self._snooze([loop_id])

    def snooze_all(self) -> None:
        """Snooze every loop owed something now by an hour."""
        self._snooze(self.reminders.owed_now_loop_ids(self.ledger.clock.now()))

    def _snooze(self, loop_ids: list[int]) -> None:
        now = self.ledger.clock.now()
        for loop_id in loop_ids:
            try:
                self.reminders.snooze_preset(loop_id, SnoozePreset.HOUR, now)
            except GhostlessError:
                continue  # deleted or closed meanwhile: nothing to snooze
        self._reminders_changed(loop_ids)

    def set_away(self, away: bool) -> None:
        if away == (self.reminders.away() is not None):
            self.refresh_tray()
            return
        if away:
            with contextlib.suppress(GhostlessError):  # already away, from another process
                self.reminders.away_on(AwayReason.OTHER)
            self._reminders_changed([])
        else:
            # Coming back shows what went quiet meanwhile, with a "back now" draft.
            self.show_window().commands.come_back()

    def open_settings(self) -> SettingsDialog:
        from ghostless.services.autostart import command_for, for_platform, launch_command
        from ghostless.ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return self.settings_dialog
        parent: QWidget | None = self.window if self.window and self.window.isVisible() else None
        dialog = SettingsDialog(
            self.reminders,
            # Started on another folder, login starts that folder's Ghostless.
            for_platform(launch_command() if self.data_dir is None else command_for(self.data_dir)),
            self.settings,
            parent,
        )
        from ghostless.ui.sync.page import SyncPage

        dialog.add_page("Sync", SyncPage(self.sync))
        dialog.applied.connect(self._on_settings_applied)
        dialog.away_requested.connect(self.set_away)
        dialog.finished.connect(lambda _result: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def mail_runner(self) -> MailSyncRunner:
        """The background mail sync, built on first need (after the first paint)."""
        if self.mail_sync is None:
            from ghostless.services.secrets import KeyringSecretStore
            from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner

            secrets = self.secrets if self.secrets is not None else KeyringSecretStore()
            self.mail_sync = MailSyncRunner(self.ledger, secrets, parent=self)
            self.mail_sync.problem.connect(self._on_mail_sync_problem)
        return self.mail_sync

    def open_mail_accounts(self) -> QDialog:
        from ghostless.services.mail_accounts import MailAccounts
        from ghostless.ui.mail_accounts.accounts_dialog import MailAccountsDialog

        if self.mail_accounts_dialog is not None:
            self.mail_accounts_dialog.raise_()
            self.mail_accounts_dialog.activateWindow()
            return self.mail_accounts_dialog
        runner = self.mail_runner()
        parent: QWidget | None = self.window if self.window and self.window.isVisible() else None
        dialog = MailAccountsDialog(
            MailAccounts(self.ledger, runner.secrets), runner.secrets, runner, parent
        )
        dialog.finished.connect(lambda _result: setattr(self, "mail_accounts_dialog", None))
        self.mail_accounts_dialog = dialog
        dialog.open()
        return dialog

    def _on_mail_sync_problem(self, message: str) -> None:
        # Said where the user looks, without a modal box every interval; the
        # accounts dialog lists it too, and the next tick tries again.
        if self.window is not None:
            self.window.statusBar().showMessage(message, MAIL_PROBLEM_SHOWN_MS)

    def quit(self) -> None:
        if self.window is not None:
            self.window.save_state()
        self.scheduler.stop()
        self.sync.stop()
        if self.mail_sync is not None:
            self.mail_sync.stop()
        QApplication.quit()

    # -- keeping everything current ----------------------------------------------
    def start(self) -> None:
        """Start delivering: what was missed comes now, once (after the first paint)."""
        from ghostless.services.backup import daily_backup_of

        # One rotating copy a day (kept 7 days), taken with SQLite's backup API.
        ledger = self.reminders.ledger
        try:
            daily_backup_of(ledger)
        except (GhostlessError, OSError) as exc:  # a missed backup must not stop the app
            logger.warning("daily backup not made: %s", exc)
        if self.window is not None:
            self.window.start_scheduler()
        elif not self.recompute.start():  # stale rows: worked out on a thread first
            self.scheduler.start()
        self.sync.start()
        self.refresh_tray()
        self._start_weekly_review()
        self.mail_runner().start()

    def _start_weekly_review(self) -> None:
        """The weekly review (off unless turned on), checked from after the first paint."""
        from ghostless.services.insights import InsightsService
        from ghostless.ui.insights.review import WeeklyReview

        icon = self.tray.icon if self.tray is not None else None
        self.weekly_review = WeeklyReview(InsightsService(self.ledger), icon, self)
        self.weekly_review.open_requested.connect(self.show_insights)
        self.weekly_review.shown.connect(self._on_weekly_review_shown)
        self.weekly_review.start()

    def show_insights(self) -> None:
        self.show_window().show_insights()

    def _on_weekly_review_shown(self, text: str) -> None:
        # Without a tray the line waits in the window's status bar.
        if self.tray is None and self.window is not None:
            self.window.statusBar().showMessage(text)

    def _on_recompute_finished(self, _did: bool) -> None:
        """The rows are current again: deliver (tray only) and show what is owed."""
        if self.window is None and not self.scheduler.running:
            self.scheduler.start()
        self.scheduler.reschedule()
        self.refresh_tray()

    def disengage(self, loop_id: int) -> None:
        """The tray's "Close politely…": the window, and the wizard on that loop."""
        self.show_window().commands.disengage(loop_id)

    def refresh_tray(self) -> None:
        if self.tray is not None:
            self.tray.refresh()

    def _reminders_changed(self, loop_ids: list[int]) -> None:
        if self.window is not None:
            for loop_id in loop_ids:
                self.window.notifier.discard(loop_id)
            self.window.reminders_changed_elsewhere()
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
        if flag(self.settings, NO_TRAY_NOTED_KEY, default=False):
            return None
        self.settings.setValue(NO_TRAY_NOTED_KEY, "true")
        self.settings.sync()
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            f"{APP_NAME} has no tray here",
            f"This desktop has no system tray, so {APP_NAME} reminds you only while its "
            "window is open. Closing the window quits it; minimise it instead to keep "
            "reminders coming.",
            parent=self.window,
        )
        box.setInformativeText(
            "On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds a "
            "tray, and Ghostless then stays there when you close its window."
        )
        box.open()
        return box


class _Preferred:
    """The chain, or only the bar when native notifications are turned off (window.ini).

    The chain is made by ``make_chain`` when the first delivery needs it.
    """

    def __init__(
        self, settings: QSettings, make_chain: Callable[[], Notifier], bar: Notifier
    ) -> None:
        self._settings, self._make_chain, self._bar = settings, make_chain, bar
        self._chain: Notifier | None = None

    def notify(self, delivery: Delivery) -> None:
        if flag(self._settings, NATIVE_NOTIFICATIONS_KEY):
            if self._chain is None:
                self._chain = self._make_chain()
            self._chain.notify(delivery)
        else:
            self._bar.notify(delivery)


def run(data_dir: str | None, *, autostart: bool = False, language: str | None = None) -> int:
    """Start the app on the ledger in ``data_dir`` (or the default folder); the exit status.

    A second start on the same data hands over to the first (which shows its
    window, unless this start came from login) and exits with status 0.
    ``language`` (``--language``) speaks that language for this run.
    """
    forget_imported_sources()
    app = _application()
    folder = resolve_data_dir(data_dir)
    try:
        ensure_private_dir(folder)  # the single-instance lock lives there
    except StoreError as error:
        _report_store_error(app, error)
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
        from ghostless.ui.translation import install

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
            # After the first paint too: the catch-up of what was missed while the
            # app was closed (a database transaction) never delays the window.
            QTimer.singleShot(0, shell.start)
            from ghostless.ui.ready_signal import ready_signal

            stopwatch = ready_signal(shell.window)  # noqa: F841 - the benchmark's, kept alive
        return app.exec()
    finally:
        terminate.close()
        shell.scheduler.stop()
        if shell.tray is not None:
            shell.tray.hide()
