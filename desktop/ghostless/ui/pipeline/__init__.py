"""The job-search pipeline board: job loops in columns by stage, moved by mouse or keyboard.

Only :class:`PipelineTab` lives here: the board and its services load when the tab
is first shown, so starting the app does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ghostless.services.reminders import ReminderService

if TYPE_CHECKING:
    from ghostless.ui.pipeline.page import PipelinePage


class PipelineTab(QWidget):
    """A placeholder that builds the board the first time it is shown.

    Signals (the board's, passed on): moved(int), open_requested(int),
    close_requested(int), failed(str).
    """

    moved = Signal(int)
    open_requested = Signal(int)
    close_requested = Signal(int)
    failed = Signal(str)

    def __init__(self, reminders: ReminderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self.page: PipelinePage | None = None
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)

    def ensure_loaded(self) -> PipelinePage:
        """Build the board if it is not built yet, read it if stale, and return it."""
        if self.page is None:
            from ghostless.ui.pipeline.page import PipelinePage

            page = PipelinePage(self._reminders, self)
            page.moved.connect(self.moved)
            page.open_requested.connect(self.open_requested)
            page.close_requested.connect(self.close_requested)
            page.failed.connect(self.failed)
            self._column.addWidget(page)
            self.page = page
        self.page.ensure_fresh()
        return self.page

    def mark_stale(self) -> None:
        if self.page is not None:
            self.page.mark_stale()
