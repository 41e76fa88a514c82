"""The main window's layout kept across runs: geometry, toolbars, the Loops tab's
splitter and columns, the last tab and the selected loop (window.ini)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QTabWidget

from ghostless.ui.loops.loops_tab import LoopsTab


def restore_layout(
    window: QMainWindow, tabs: QTabWidget, loops_tab: LoopsTab, settings: QSettings, first_tab: int
) -> None:
    """Lay ``window`` out as ``settings`` remember (``first_tab`` on a first run)."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 760)
        # The list gets the room: its subject column is the one that stretches.
        loops_tab.setSizes([880, 400])
    # Never wider or taller than the screen (a 1024 px laptop, or a layout kept
    # from a larger monitor).
    room = window.screen().availableGeometry()
    if window.width() > room.width() or window.height() > room.height():
        window.resize(min(window.width(), room.width()), min(window.height(), room.height()))
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    loops_tab.restore_state(settings)
    tab = str(settings.value("window/tab", first_tab))
    tabs.setCurrentIndex(int(tab) if tab.isdigit() else first_tab)
    loops_tab.restore_selection(settings)


def save_layout(
    window: QMainWindow, tabs: QTabWidget, loops_tab: LoopsTab, settings: QSettings
) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    loops_tab.save_state(settings)
    settings.setValue("window/tab", tabs.currentIndex())
    settings.sync()
