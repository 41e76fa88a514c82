"""The main window's layout kept across runs: geometry, toolbars, the last tab (window.ini).

The Loops tab keeps its own (splitter, columns, the selected loop), restored when
it is built (:meth:`~ghostless.ui.loops.loops_tab.LoopsTab.restore_state`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QTabWidget

if TYPE_CHECKING:
    from ghostless.ui.loops.loops_tab import LoopsTab


def restore_layout(
    window: QMainWindow, tabs: QTabWidget, settings: QSettings, first_tab: int
) -> None:
    """Lay ``window`` out as ``settings`` remember (``first_tab`` on a first run): the
    tab shown is built by the window as it is chosen, and lays itself out."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 760)
    # Never wider or taller than the screen (a 1024 px laptop, or a layout kept
    # from a larger monitor).
    room = window.screen().availableGeometry()
    if window.width() > room.width() or window.height() > room.height():
        window.resize(min(window.width(), room.width()), min(window.height(), room.height()))
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    tab = str(settings.value("window/tab", first_tab))
    tabs.setCurrentIndex(int(tab) if tab.isdigit() else first_tab)


def save_layout(
    window: QMainWindow, tabs: QTabWidget, loops_tab: LoopsTab | None, settings: QSettings
) -> None:
    """Keep the layout; a Loops tab never built leaves its layout as it was kept."""
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    if loops_tab is not None:
        loops_tab.save_state(settings)
    settings.setValue("window/tab", tabs.currentIndex())
    settings.sync()
