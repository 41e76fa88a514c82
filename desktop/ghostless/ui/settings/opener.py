"""Opening the settings dialog from the tray or the window: one at a time, with its Sync page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from ghostless.services.reminders import ReminderService
from ghostless.ui.sync.runner import SyncRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ghostless.ui.settings.settings_dialog import SettingsDialog


class SettingsOpener:
    """Opens the settings dialog, or raises the one open.

    Attributes:
        dialog: the settings dialog while open.
    """

    def __init__(
        self,
        reminders: ReminderService,
        settings: QSettings,
        sync: SyncRunner,
        *,
        data_dir: Path | None,
        parent: Callable[[], QWidget | None],
        applied: Callable[[], None],
        away_requested: Callable[[bool], None],
    ) -> None:
        self._reminders, self._settings, self._sync = reminders, settings, sync
        self._data_dir, self._parent = data_dir, parent
        self._applied, self._away_requested = applied, away_requested
        self.dialog: SettingsDialog | None = None

    def open(self) -> SettingsDialog:
        from ghostless.services.autostart import command_for, for_platform, launch_command
        from ghostless.ui.settings.settings_dialog import SettingsDialog

        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = SettingsDialog(
            self._reminders,
            # Started on another folder, login starts that folder's Ghostless.
            for_platform(
                launch_command() if self._data_dir is None else command_for(self._data_dir)
            ),
            self._settings,
            self._parent(),
        )
        from ghostless.ui.sync.page import SyncPage

        dialog.add_page("Sync", SyncPage(self._sync))
        dialog.applied.connect(self._applied)
        dialog.away_requested.connect(self._away_requested)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
