"""The banner across the window while away mode is on: reminders are paused, and a way back."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from ghostless.core.planner import AwayPeriod
from ghostless.core.wording import when_text
from ghostless.ui.common.banner import Banner
from ghostless.ui.common.icons import IconLabel, icon
from ghostless.ui.common.theme import AWAY_ACCENT


class AwayBanner(Banner):
    """The "Reminders are paused" line, and "I'm back"; hidden while the user is here.

    Attributes:
        label: what is paused, and since when.
        back_button: "I'm back".
    """

    def __init__(self) -> None:
        super().__init__("away_banner", AWAY_ACCENT)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.back_button = QPushButton(QCoreApplication.translate("MainWindow", "I'm back"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        icon_label = IconLabel(icon("away"), 20)
        icon_label.setAccessibleName(QCoreApplication.translate("MainWindow", "Away"))
        row.addWidget(icon_label)
        row.addWidget(self.label, 1)
        row.addWidget(self.back_button)
        self.hide()

    def show_away(self, away: AwayPeriod | None, now: datetime, zone: tzinfo) -> None:
        """Show the banner while ``away`` (None: the user is here, no banner)."""
        self.setVisible(away is not None)
        if away is not None:
            since = when_text(away.start, now, zone)
            self.label.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "<b>Reminders are paused</b>: you are away ({reason}) since {since}. "
                    "Nothing is lost; when you are back, Ghostless shows what went quiet.",
                ).format(reason=away.reason.label.lower(), since=since)
            )
