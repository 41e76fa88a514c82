"""Drawing a :class:`ChartData` with Qt Charts, and telling which bar or point was clicked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ghostless.ui.insights.figures import ChartData

#: Told the category index and the series' pick name of a clicked bar or point.
OnPick = Callable[[int, str | None], None]


def is_dark(widget: QWidget) -> bool:
    """Whether the widget's palette is a dark one (its window darker than mid-grey)."""
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def build_chart(data: ChartData, *, dark: bool, on_pick: OnPick) -> QChart:
    """A chart of ``data`` in the light or dark theme; clicks call ``on_pick``."""
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setVisible(len(data.series) > 1 or data.limit is not None)
    chart.setMargins(QMargins(4, 4, 4, 4))
    categories = QBarCategoryAxis()
    categories.append(list(data.categories))
    # Organisation names are long; Qt would cut them to "…" rather than make room.
    categories.setTruncateLabels(False)
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setTitleText(data.value_title)
    top = max((v for s in data.series for v in s.values), default=0.0)
    if data.style in ("stacked", "hstacked"):
        top = max((sum(column) for column in zip(*(s.values for s in data.series), strict=True)),
                  default=0.0)  # fmt: skip
    if data.limit is not None:
        top = max(top, *data.limit.values, 0.0)
    values.setRange(0, max(1.0, top))
    values.applyNiceNumbers()
    horizontal = data.style == "hstacked"
    chart.addAxis(
        categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    )
    chart.addAxis(
        values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    )
    if data.style == "lines":
        for series in data.series:
            line = _add_line(chart, series.label, series.values, (categories, values))
            line.setPointsVisible(True)
            if series.color:
                pen = QPen(line.pen())
                pen.setColor(QColor(series.color))
                pen.setWidth(2)
                line.setPen(pen)
            pick = series.pick
            line.clicked.connect(lambda point, pick=pick: _line_pick(point, pick, data, on_pick))
    else:
        bars = _bar_series(data.style)
        for series in data.series:
            bar_set = QBarSet(series.label)
            bar_set.append(list(series.values))
            if series.color:
                bar_set.setColor(QColor(series.color))
                bar_set.setBorderColor(QColor(series.color))
            pick = series.pick
            bar_set.clicked.connect(lambda index, pick=pick: on_pick(index, pick))
            bars.append(bar_set)
        bars.setBarWidth(0.7)
        chart.addSeries(bars)
        bars.attachAxis(categories)
        bars.attachAxis(values)
    if data.limit is not None:
        limit = _add_line(chart, data.limit.label, data.limit.values, (categories, values))
        pen = QPen(limit.pen())
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        if data.limit.color:
            pen.setColor(QColor(data.limit.color))
        limit.setPen(pen)
    return chart


def _bar_series(style: str) -> QAbstractBarSeries:
    if style == "stacked":
        return QStackedBarSeries()
    if style == "hstacked":
        return QHorizontalStackedBarSeries()
    return QBarSeries()


def _add_line(
    chart: QChart, label: str, values: tuple[float, ...], axes: tuple[QBarCategoryAxis, QValueAxis]
) -> QLineSeries:
    line = QLineSeries()
    line.setName(label)
    for index, value in enumerate(values):
        line.append(float(index), value)
    chart.addSeries(line)
    for axis in axes:
        line.attachAxis(axis)
    return line


def _line_pick(point: QPointF, pick: str | None, data: ChartData, on_pick: OnPick) -> None:
    index = round(point.x())
    if 0 <= index < len(data.categories):
        on_pick(index, pick)
