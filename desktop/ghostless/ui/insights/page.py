"""The Insights page: five charts of how the user keeps their word.

Every figure comes from :class:`ghostless.services.insights.InsightsService`,
the same that ``ghostless stats`` prints. Opening the page counts once; it counts
again when the period changes or the record does.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.insights import Insights
from ghostless.core.models import LoopKind
from ghostless.services.insights import InsightsService, Pick
from ghostless.services.ledger import Ledger
from ghostless.ui.common.accessible import name
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP
from ghostless.ui.insights.figures import (
    outcomes_chart,
    owed_chart,
    punctuality_chart,
    quiet_chart,
    reply_kinds,
    reply_times_chart,
)
from ghostless.ui.insights.loops_dialog import LoopsBehindDialog
from ghostless.ui.insights.panel import ChartPanel

#: The periods offered, as (label, months back; None: the whole record).
PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("InsightsPage", "Last 12 months"), 12),
    (QT_TRANSLATE_NOOP("InsightsPage", "Last 3 months"), 3),
    (QT_TRANSLATE_NOOP("InsightsPage", "All time"), None),
)


def period_start(now: datetime, months: int | None) -> datetime | None:
    """The first day (UTC) of the month ``months - 1`` before ``now``'s: whole months."""
    if months is None:
        return None
    index = now.year * 12 + now.month - 1 - (months - 1)
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC)


class InsightsPage(QWidget):
    """The charts, a period to count over, and the loops behind any bar on a click.

    Signals:
        open_requested(int): a loop listed behind a chart was chosen.
    """

    open_requested = Signal(int)

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.service = InsightsService(ledger)
        self.figures: Insights | None = None
        self.since: datetime | None = None
        self.period_combo = QComboBox()
        for label, months in PERIODS:
            self.period_combo.addItem(self.tr(label), months)
        self.period_combo.setAccessibleName(self.tr("Period counted"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of loop"))
        self.refresh_button = QPushButton(self.tr("Count again"))
        self.review_check = QCheckBox(self.tr("Weekly review"))
        self.review_check.setToolTip(
            self.tr(
                "Once a week, at the start of your working day, a notification says "
                "how the past week went; clicking it opens this tab. Paused while you "
                "are away."
            )
        )
        self.review_check.setChecked(self.service.review_enabled())
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Counting:")))
        controls.addWidget(self.period_combo)
        controls.addStretch(1)
        controls.addWidget(self.review_check)
        controls.addWidget(self.refresh_button)
        self.reply_panel = ChartPanel()
        self.reply_panel.header.insertWidget(1, self.kind_combo)
        self.punctuality_panel = ChartPanel()
        self.owed_panel = ChartPanel()
        self.quiet_panel = ChartPanel()
        self.outcomes_panel = ChartPanel()
        self.panels = (
            self.reply_panel,
            self.punctuality_panel,
            self.owed_panel,
            self.quiet_panel,
            self.outcomes_panel,
        )
        body = QWidget()
        body_column = QVBoxLayout(body)
        for panel in self.panels:
            body_column.addWidget(panel)
        scroll = QScrollArea()
        name(scroll, self.tr("Insights"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        column = QVBoxLayout(self)
        column.addLayout(controls)
        column.addWidget(scroll, 1)
        self.period_combo.currentIndexChanged.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.review_check.toggled.connect(self.service.set_review_enabled)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        for panel in self.panels:
            panel.picked.connect(self._on_panel_picked)
        self.reload()

    def reload(self) -> None:
        """Count every figure again for the chosen period and redraw the charts."""
        months = self.period_combo.currentData()
        self.since = period_start(self.ledger.clock.now(), months)
        figures = self.service.insights(self.since)
        self.figures = figures
        chosen = self.kind_combo.currentData()
        kinds = reply_kinds(figures)
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in kinds:
            self.kind_combo.addItem(kind.label, kind.value)
        if chosen in [k.value for k in kinds]:
            self.kind_combo.setCurrentIndex([k.value for k in kinds].index(chosen))
        self.kind_combo.blockSignals(False)
        self._draw_reply_times()
        self.punctuality_panel.set_data(punctuality_chart(figures))
        self.owed_panel.set_data(owed_chart(figures))
        self.quiet_panel.set_data(quiet_chart(figures))
        self.outcomes_panel.set_data(outcomes_chart(figures))

    def _draw_reply_times(self) -> None:
        if self.figures is None:
            return
        value = self.kind_combo.currentData()
        kind = LoopKind(value) if value else LoopKind.RECRUITER_OUTREACH
        self.reply_panel.set_data(reply_times_chart(self.figures, kind))

    def _on_kind_combo_changed(self) -> None:
        self._draw_reply_times()

    def loops_behind(self, chart: str, key: str, series: str | None) -> LoopsBehindDialog:
        """The dialog listing the loops behind one bar or point (not yet shown)."""
        loops = self.service.loops_behind(Pick(chart, key, series), self.since)
        dialog = LoopsBehindDialog(self.tr("Loops behind {key}").format(key=key), loops, self)
        dialog.open_requested.connect(self.open_requested)
        return dialog

    def _on_panel_picked(self, chart: str, key: str, series: object) -> None:
        dialog = self.loops_behind(chart, key, series if isinstance(series, str) else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(True)
        dialog.show()
