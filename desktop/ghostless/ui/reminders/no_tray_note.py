"""Where the desktop has no tray: saying once that reminders come only while the window is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from ghostless import APP_NAME
from ghostless.ui.common.accessible import name_message_icon
from ghostless.ui.lifecycle.opening import flag

#: window.ini key: the user was told once.
NO_TRAY_NOTED_KEY = "tray/no_tray_noted"


def note_no_tray_once(settings: QSettings, parent: QWidget | None) -> QMessageBox | None:
    """Say once that without a tray, reminders come only while the window is open."""
    if flag(settings, NO_TRAY_NOTED_KEY, default=False):
        return None
    settings.setValue(NO_TRAY_NOTED_KEY, "true")
    settings.sync()
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("NoTrayNote", "{app} has no tray here").format(app=APP_NAME),
        QCoreApplication.translate(
            "NoTrayNote",
            "This desktop has no system tray, so {app} reminds you only while "
            "its window is open. Closing the window quits it; minimise it instead "
            "to keep reminders coming.",
        ).format(app=APP_NAME),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "NoTrayNote",
            "On GNOME, the “AppIndicator and KStatusNotifierItem Support” "
            "extension adds a tray, and Ghostless then stays there when you close "
            "its window.",
        )
    )
    name_message_icon(box)
    box.open()
    return box
