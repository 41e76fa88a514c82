"""Working out every follow-up window again, with a progress bar.

After the time zone or the settings change, every open loop's windows are
computed afresh: a few milliseconds for a few hundred loops, seconds for tens of
thousands. The window does it after its first paint, and shows how far it got.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ghostless.services.reminders import Progress, ReminderService

_T = TypeVar("_T")

#: Below this the work is over before a dialog could be read; Qt shows none.
SHOW_AFTER_MS = 400


def bring_windows_up_to_date(service: ReminderService, parent: QWidget) -> bool:
    """Recompute every window if the zone or settings changed; True if it did."""
    if not service.needs_refresh():
        return False
    return with_progress(
        parent,
        "Working out what is owed, and when, for every open loop\n"
        "(the time zone or the settings changed)…",
        service.refresh,
    )


def with_progress(parent: QWidget | None, text: str, work: Callable[[Progress], _T]) -> _T:
    """Run ``work`` with a progress bar that shows once it takes longer than a moment."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle("Updating follow-ups")
    dialog.setCancelButton(None)  # stopping halfway would leave nothing owed to show
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)

    def progress(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()

    try:
        return work(progress)
    finally:
        dialog.reset()
        dialog.deleteLater()
