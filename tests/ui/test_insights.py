"""The Insights tab: each chart draws what ``ghostless stats --json`` prints on the same
store, every table passes the model tester, a click lists the loops behind a bar, the
exports hold the figures, and the charts library stays out of start-up."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QChart, QLineSeries
from PySide6.QtGui import QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, LoopKind, Outcome
from ghostless.services.ledger import Ledger
from ghostless.ui.insights.loops_dialog import LoopsBehindDialog
from ghostless.ui.insights.page import InsightsPage
from ghostless.ui.insights.panel import ChartPanel
from ghostless.ui.main_window import INSIGHTS_TAB, MainWindow

ORGS = ("Northwind", "Fjord Labs", "Quartz Games")


def _history(ledger: Ledger) -> None:
    """Five months of answered, late, unanswered and closed loops before the clock's now."""
    clock = ledger.clock
    assert isinstance(clock, FixedClock)
    now = clock.now()
    people = [ledger.add_contact(name=f"Person {i}", org=org) for i, org in enumerate(ORGS)]
    kinds = (LoopKind.RECRUITER_OUTREACH, LoopKind.HELP_RECEIVED, LoopKind.NETWORKING_CALL)
    for month in range(1, 6):
        for n in range(6):
            at = now - timedelta(days=30 * month + n)
            loop = ledger.add_loop(
                contact_id=people[n % 3], kind=kinds[n % 3], subject=f"Matter {month}.{n}", at=at
            )
            if n != 5:
                ledger.log_event(loop, EventKind.SENT, at=at + timedelta(hours=6 + 17 * n))
            if n in (1, 2):
                clock.set(at + timedelta(days=3))
                ledger.close_loop(loop, (Outcome.DECLINED, Outcome.THANKED)[n - 1])
                clock.set(now)


@pytest.fixture
def history(examples: Ledger) -> Ledger:
    _history(examples)
    return examples


@pytest.fixture
def page(qtbot: QtBot, history: Ledger, example_window: MainWindow) -> InsightsPage:
    # The history is written before the window opens, so its lists hold it.
    example_window.show_insights()
    loaded = example_window.insights_tab.page
    assert loaded is not None
    loaded.period_combo.setCurrentIndex(loaded.period_combo.findText("All time"))
    return loaded


def _stats_json(data_dir: Path, *args: str) -> dict[str, list[dict[str, object]]]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "GHOSTLESS_DATA_DIR"}}
    done = subprocess.run(
        [sys.executable, "-m", "ghostless", "stats", "--json", "--data-dir", str(data_dir), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _drawn(chart: QChart) -> dict[str, list[float]]:
    """Every series of a chart, as Qt Charts holds it: name to values."""
    drawn: dict[str, list[float]] = {}
    for series in chart.series():
        if isinstance(series, QLineSeries):
            drawn[series.name()] = [point.y() for point in series.points()]
        else:
            assert isinstance(series, QAbstractBarSeries)
            for bar_set in series.barSets():
                drawn[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())]
    return drawn


def _categories(chart: QChart) -> list[str]:
    [axis] = [a for a in chart.axes() if hasattr(a, "categories")]
    return list(axis.categories())  # type: ignore[attr-defined]


def test_each_chart_draws_what_ghostless_stats_prints(
    page: InsightsPage, history: Ledger, data_dir: Path, qtmodeltester: ModelTester
) -> None:
    now = history.clock.now().isoformat()
    stats = _stats_json(data_dir, "--now", now)
    punctual = page.punctuality_panel.view.chart()
    assert _categories(punctual) == [row["month"] for row in stats["punctuality"]]
    assert _drawn(punctual) == {
        "On time": [row["on_time"] for row in stats["punctuality"]],
        "Late": [row["late"] for row in stats["punctuality"]],
        "Still owed": [row["owed"] for row in stats["punctuality"]],
    }
    owed = page.owed_panel.view.chart()
    assert _categories(owed) == [row["age"] for row in stats["owed_by_age"]]
    assert _drawn(owed) == {"Loops waiting on me": [row["loops"] for row in stats["owed_by_age"]]}
    quiet = page.quiet_panel.view.chart()
    quiet_rows = list(reversed(stats["quiet"]))  # the most quiet is drawn at the top
    assert quiet_rows, "the history leaves some organisations quiet"
    assert _categories(quiet) == [row["organisation"] for row in quiet_rows]
    assert _drawn(quiet) == {
        "Gone quiet": [row["quiet"] for row in quiet_rows],
        "My other loops with them": [
            row["loops"] - row["quiet"]  # type: ignore[operator]
            for row in quiet_rows
        ],
    }
    outcomes = page.outcomes_panel.view.chart()
    assert _categories(outcomes) == [row["quarter"] for row in stats["outcomes"]]
    drawn = _drawn(outcomes)
    assert drawn["Declined"] == [row["declined"] for row in stats["outcomes"]]
    assert drawn["Closed politely"] == [row["closed_politely"] for row in stats["outcomes"]]
    # The reply-time chart, for every kind offered.
    kinds = [page.kind_combo.itemData(i) for i in range(page.kind_combo.count())]
    assert sorted(kinds) == sorted({row["kind"] for row in stats["reply_times"]})
    for index, kind in enumerate(kinds):
        page.kind_combo.setCurrentIndex(index)
        rows = [row for row in stats["reply_times"] if row["kind"] == kind]
        chart = page.reply_panel.view.chart()
        assert _categories(chart) == [row["month"] for row in rows]
        assert _drawn(chart) == {
            "Median": [row["median_hours"] for row in rows],
            "9 in 10 within": [row["p90_hours"] for row in rows],
            "Due by the playbook": [row["due_hours"] for row in rows],
        }
    for panel in page.panels:
        qtmodeltester.check(panel.table_model)
        assert panel.reading_label.text()
        assert panel.table.accessibleName().endswith("(table)")


def test_a_period_counts_from_the_first_of_a_month_as_stats_since_does(
    page: InsightsPage, history: Ledger, data_dir: Path
) -> None:
    page.period_combo.setCurrentIndex(page.period_combo.findText("Last 3 months"))
    assert page.since is not None
    assert page.since.day == 1
    stats = _stats_json(
        data_dir, "--now", history.clock.now().isoformat(), "--since", page.since.isoformat()
    )
    assert _drawn(page.punctuality_panel.view.chart())["Late"] == [
        row["late"] for row in stats["punctuality"]
    ]
    assert len(stats["punctuality"]) == 3  # this month and the two before


def test_clicking_a_bar_lists_the_loops_behind_it_and_opens_one(
    qtbot: QtBot,
    page: InsightsPage,
    example_window: MainWindow,
    qtmodeltester: ModelTester,
) -> None:
    chart = page.punctuality_panel.view.chart()
    [bars] = chart.series()
    assert isinstance(bars, QAbstractBarSeries)
    late = next(s for s in bars.barSets() if s.label() == "Late")
    column = next(i for i in range(late.count()) if late.at(i) > 0)
    late.clicked.emit(column)
    [dialog] = page.findChildren(LoopsBehindDialog)
    qtmodeltester.check(dialog.model)
    assert len(dialog.loops) == late.at(column)
    chosen = dialog.loops[0].id
    with qtbot.waitSignal(page.open_requested) as opened:
        dialog.open_button.click()
    assert opened.args == [chosen]
    assert example_window.current_loop() is not None
    assert example_window.current_loop().id == chosen  # type: ignore[union-attr]


def test_each_chart_exports_as_png_and_its_table_as_csv(page: InsightsPage, tmp_path: Path) -> None:
    panel: ChartPanel
    for panel in page.panels:
        assert panel.data is not None
        png = tmp_path / f"{panel.data.key}.png"
        assert panel.export_png(png)
        image = QImage(str(png))
        assert image.width() > 200
        assert image.height() > 200
        table = tmp_path / f"{panel.data.key}.csv"
        panel.export_csv(table)
        with table.open(newline="", encoding="utf-8") as rows:
            read = list(csv.reader(rows))
        assert read[0] == list(panel.data.headers)
        assert read[1:] == [[str(cell) for cell in row] for row in panel.data.rows]


def test_the_table_button_shows_the_figures_instead_of_the_chart(page: InsightsPage) -> None:
    panel = page.owed_panel
    panel.table_button.click()
    assert panel.stack.currentWidget() is panel.table
    panel.table_button.click()
    assert panel.stack.currentWidget() is panel.view


def test_a_change_to_the_record_is_counted_when_the_tab_is_next_shown(
    example_window: MainWindow, history: Ledger
) -> None:
    example_window.show_insights()
    page = example_window.insights_tab.page
    assert page is not None
    before = sum(r.owed for r in page.figures.punctuality)  # type: ignore[union-attr]
    example_window.tabs.setCurrentIndex(0)
    contact = history.add_contact(name="New Person")
    example_window.commands.records_changed.emit(
        history.add_loop(contact_id=contact, kind=LoopKind.OTHER, subject="New")
    )
    example_window.tabs.setCurrentIndex(INSIGHTS_TAB)
    assert sum(r.owed for r in page.figures.punctuality) == before + 1  # type: ignore[union-attr]


def test_starting_the_window_loads_neither_the_charts_nor_the_board(data_dir: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ghostless.core.clock import SystemClock\n"
        "from ghostless.services.ledger import Ledger\n"
        "from ghostless.ui.app import build_main_window, window_settings\n"
        "folder = Path(sys.argv[1])\n"
        "ledger = Ledger.open(folder, SystemClock())\n"
        "window = build_main_window(ledger, window_settings(folder))\n"
        "window.show(); app.processEvents()\n"
        "later = ('ghostless.core.insights', 'ghostless.ui.pipeline.page')\n"
        "print(any(name in sys.modules for name in later))\n"
        "print('PySide6.QtCharts' in sys.modules)\n"
        "window.show_insights(); app.processEvents()\n"
        "print('PySide6.QtCharts' in sys.modules)\n"
        "window.close(); ledger.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["False", "False", "True"]


def test_a_closed_loop_behind_a_bar_opens_with_closed_loops_shown(
    qtbot: QtBot, page: InsightsPage, example_window: MainWindow
) -> None:
    [bars] = page.outcomes_panel.view.chart().series()
    assert isinstance(bars, QAbstractBarSeries)
    declined = next(s for s in bars.barSets() if s.label() == "Declined")
    declined.clicked.emit(next(i for i in range(declined.count()) if declined.at(i) > 0))
    [dialog] = page.findChildren(LoopsBehindDialog)
    chosen = dialog.loops[0]
    assert chosen.outcome is Outcome.DECLINED
    assert not example_window.show_closed_check.isChecked()
    dialog.open_button.click()
    assert example_window.show_closed_check.isChecked()
    assert example_window.current_loop() == chosen


def test_the_weekly_review_shows_once_when_due_and_a_click_opens_insights(
    qtbot: QtBot, history: Ledger
) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    from ghostless.services.insights import InsightsService
    from ghostless.ui.insights.review import REVIEW, WeeklyReview
    from ghostless.ui.reminders.notify_tray import MESSAGE_OWNER

    icon = QSystemTrayIcon()
    service = InsightsService(history)
    review = WeeklyReview(service, icon)
    assert review.check() is None  # off by default
    service.set_review_enabled(True)
    with qtbot.waitSignal(review.shown) as shown:
        text = review.check()
    assert text is not None
    assert text.startswith("This week: ")
    assert shown.args == [text]
    assert review.check() is None  # once a week
    icon.setProperty(MESSAGE_OWNER, REVIEW)
    with qtbot.waitSignal(review.open_requested):
        icon.messageClicked.emit()
    icon.setProperty(MESSAGE_OWNER, "tray")  # a reminder's message: not the review's
    with qtbot.assertNotEmitted(review.open_requested):
        icon.messageClicked.emit()


def test_the_weekly_review_is_switched_on_from_the_insights_tab(page: InsightsPage) -> None:
    assert not page.review_check.isChecked()
    page.review_check.setChecked(True)
    assert page.service.review_enabled()
