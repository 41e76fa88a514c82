"""The Insights tab: how the user keeps their word, in charts.

Only :class:`InsightsTab` lives here, and it imports nothing but Qt Widgets: the
charts (Qt Charts, a further library) load when the tab is first shown, so
starting the app does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ghostless.services.ledger import Ledger

if TYPE_CHECKING:
    from ghostless.ui.insights.page import InsightsPage


class InsightsTab(QWidget):
    """A placeholder that builds the Insights page the first time it is shown.

    Signals:
        open_requested(int): a loop listed behind a chart was chosen.
    """

    open_requested = Signal(int)

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.page: InsightsPage | None = None
        self._stale = False
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)

    def ensure_loaded(self) -> InsightsPage:
        """Build the page (importing Qt Charts) if it is not built yet, or count again if
        the record changed since; return it."""
        if self.page is None:
            from ghostless.ui.insights.page import InsightsPage

            self.page = InsightsPage(self._ledger, self)
            self.page.open_requested.connect(self.open_requested)
            self._column.addWidget(self.page)
        elif self._stale:
            self.page.reload()
        self._stale = False
        return self.page

    def mark_stale(self) -> None:
        """The record changed: count again now if the page is showing, else when it is."""
        self._stale = True
        if self.page is not None and self.isVisible():
            self.ensure_loaded()
