"""The app's shell as its parts see it: what :class:`~ghostless.ui.app.Shell` is made of.

The shell's methods are split by what they do (the tray,
:mod:`ghostless.ui.reminders.shell_tray`; keeping everything current,
:mod:`ghostless.ui.lifecycle.shell_updates`), each a base class of the shell.
This names, for the type checker only, what they share; at run time it is
``object`` and adds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QObject

    from ghostless.services.ledger import Ledger
    from ghostless.services.reminders import ReminderService
    from ghostless.ui.lifecycle.background import BackgroundStart
    from ghostless.ui.main_window import MainWindow
    from ghostless.ui.reminders.notifier import Notifier
    from ghostless.ui.reminders.scheduler import SchedulerDriver
    from ghostless.ui.reminders.tray import TrayController
    from ghostless.ui.reminders.tray_actions import TrayActions
    from ghostless.ui.settings.opener import SettingsOpener
    from ghostless.ui.settings.recompute_progress import BackgroundRecompute

    class ShellParts(QObject):
        ledger: Ledger
        reminders: ReminderService
        scheduler: SchedulerDriver
        recompute: BackgroundRecompute
        window: MainWindow | None
        tray: TrayController | None
        tray_actions: TrayActions
        settings_opener: SettingsOpener
        notifier: Notifier
        background: BackgroundStart
        # Each defined by one part, called by another.
        show_window: Callable[[], MainWindow]
        open_loop: Callable[[int], None]
        disengage: Callable[[int], None]
        quit: Callable[[], None]
        refresh_tray: Callable[[], None]
        _reminders_changed: Callable[[list[int]], None]

else:
    ShellParts = object
