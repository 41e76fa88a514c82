"""One chart with its reading in words, the table behind it, and PNG and CSV export."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ghostless.ui.common.accessible import name
from ghostless.ui.insights.charts import build_chart, is_dark
from ghostless.ui.insights.figures import ChartData
from ghostless.ui.insights.table import FigureTableModel

CHART_HEIGHT = 300


class ChartPanel(QWidget):
    """A titled chart, a line saying what it shows, and buttons for its table and exports.

    Signals:
        picked(str, str, object): a bar or point was clicked: the chart's key, the
            category (month, quarter, age band, organisation) and the series' pick
            name (or None).
    """

    picked = Signal(str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.reading_label = QLabel()
        self.reading_label.setWordWrap(True)
        self.reading_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header = QHBoxLayout()
        self.header.addWidget(self.title_label, 1)
        self.table_button = QPushButton(self.tr("Table"))
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("Show the figures as a table instead of a chart"))
        self.png_button = QPushButton(self.tr("Save PNG…"))
        self.csv_button = QPushButton(self.tr("Save CSV…"))
        for button in (self.table_button, self.png_button, self.csv_button):
            self.header.addWidget(button)
        self.view = QChartView()
        name(self.view, self.tr("Chart"))
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(CHART_HEIGHT)
        self.table_model = FigureTableModel(())
        self.table = QTableView()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(CHART_HEIGHT)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.addLayout(self.header)
        column.addWidget(self.reading_label)
        column.addWidget(self.stack)
        self.table_button.toggled.connect(self._on_table_button_toggled)
        self.png_button.clicked.connect(self._on_png_button_clicked)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.title_label.setText(data.title)
        # Several charts, each with these three buttons: each says which chart it acts on.
        name(self.table_button, self.tr("Show {0} as a table").format(data.title))
        name(self.png_button, self.tr("Save {0} as PNG").format(data.title))
        name(self.csv_button, self.tr("Save {0} as CSV").format(data.title))
        self.reading_label.setText(data.reading)
        chart = build_chart(data, dark=is_dark(self), on_pick=self._on_chart_pick)
        chart.setTitle("")
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()
        # The table model keeps its columns; a new chart kind gets a new model.
        if self.table_model.headers() != data.headers:
            self.table_model = FigureTableModel(data.headers, self)
            self.table.setModel(self.table_model)
        self.table_model.set_rows(data.rows)
        self.view.setAccessibleName(self.tr("{title} (chart)").format(title=data.title))
        self.view.setAccessibleDescription(data.reading)
        self.table.setAccessibleName(self.tr("{title} (table)").format(title=data.title))

    # -- exports ---------------------------------------------------------------
    def export_png(self, path: Path) -> bool:
        """The chart as drawn, as a PNG file."""
        return self.view.grab().save(str(path), "PNG")

    def export_csv(self, path: Path) -> None:
        """The table behind the chart, as CSV with a header row."""
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(self.table_model.headers())
            writer.writerows(self.table_model.rows())

    def _file_name(self, suffix: str) -> str:
        key = self.data.key if self.data else "chart"
        return f"ghostless-{key.replace('_', '-')}.{suffix}"

    def _on_png_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart as PNG"),
            self._file_name("png"),
            self.tr("PNG images (*.png)"),
        )
        if name:
            self.export_png(Path(name))

    def _on_csv_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the figures as CSV"),
            self._file_name("csv"),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            self.export_csv(Path(name))

    def _on_table_button_toggled(self, checked: bool) -> None:
        self.stack.setCurrentWidget(self.table if checked else self.view)

    def _on_chart_pick(self, index: int, series: str | None) -> None:
        if self.data is not None and 0 <= index < len(self.data.categories):
            self.picked.emit(self.data.key, self.data.categories[index], series)
