"""Text is never drawn in a colour that fails WCAG AA against its background, light or dark."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

import ghostless.ui
from ghostless.core.draft_model import CheckOptions
from ghostless.core.models import Turn
from ghostless.ui.common.elided_tips import tip_cut_cells
from ghostless.ui.common.text_colours import (
    AA,
    DARK,
    FIXED_PAIRS,
    LIGHT,
    TextColours,
    contrast_ratio,
    is_dark,
    text_colours,
)
from ghostless.ui.common.theme import TEXT_CONTRAST, backgrounds, contrast
from ghostless.ui.main_window import MainWindow
from ghostless.ui.wizard.draft_editor import DraftEditor


def test_the_ratio_is_the_one_wcag_gives() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def _texts(colours: TextColours) -> dict[str, str]:
    named = {f"turn {t.value}": c for t, c in colours.turn.items()}
    named |= {f"status {s.value}": c for s, c in colours.status.items()}
    return named | {"error": colours.error, "note": colours.note}


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_reads_on_every_background_of_its_palette(
    colours: TextColours,
) -> None:
    failing = [
        f"{what} {text} on {background}: {contrast_ratio(text, background):.2f}"
        for what, text in _texts(colours).items()
        for background in colours.backgrounds
        if contrast_ratio(text, background) < AA
    ]
    assert failing == []


def test_text_on_a_background_the_app_sets_reads() -> None:
    for text, background in FIXED_PAIRS:
        assert contrast_ratio(text, background) >= AA, (text, background)


def test_the_set_follows_the_palette() -> None:
    light = QPalette(QColor("#000000"), QColor("#efefef"))
    dark = QPalette(QColor("#eeeeee"), QColor("#353535"))
    assert not is_dark(light)
    assert is_dark(dark)
    assert text_colours(light) is LIGHT
    assert text_colours(dark) is DARK


def test_no_text_colour_is_written_into_the_ui_outside_the_sets() -> None:
    """A ``color: #…`` in a style sheet is a fixed pair's text; every other colour comes
    from the sets above, so the test covers what the window draws."""
    ui = Path(ghostless.ui.__file__).parent
    allowed = {text for text, _background in FIXED_PAIRS}
    found = {
        f"{path.relative_to(ui)}: {colour}"
        for path in ui.rglob("*.py")
        if path.name != "text_colours.py"
        for colour in re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", path.read_text())
        if colour.lower() not in allowed
    }
    assert found == set()


def _high_contrast(window: str, text: str, highlight: str, highlighted_text: str) -> QPalette:
    """A high-contrast palette as the desktop sets it (Windows' High Contrast, GNOME's
    HighContrast and its inverse): two colours and a selection colour."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.Base: window,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: highlighted_text,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


HIGH_CONTRAST = {
    "black, white and yellow": _high_contrast("#000000", "#ffffff", "#ffff00", "#000000"),
    "white and black": _high_contrast("#ffffff", "#000000", "#000000", "#ffffff"),
    "windows black": _high_contrast("#000000", "#ffffff", "#1aebff", "#000000"),
}


@pytest.mark.parametrize("name", sorted(HIGH_CONTRAST))
def test_every_text_colour_reads_on_a_high_contrast_palette(name: str) -> None:
    palette = HIGH_CONTRAST[name]
    colours = text_colours(palette)
    backgrounds = {
        palette.color(role).name() for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)
    }
    failing = [
        f"{what} {text} on {background}: {contrast_ratio(text, background):.2f}"
        for what, text in _texts(colours).items()
        for background in backgrounds
        if contrast_ratio(text, background) < AA
    ]
    assert failing == []


@pytest.mark.parametrize("name", sorted(HIGH_CONTRAST))
def test_a_selected_cell_is_written_in_the_selections_colour(qapp: QApplication, name: str) -> None:
    """Red or orange (overdue, my turn) is chosen against the list, not against a
    yellow selection: a selected cell takes the palette's highlighted text."""
    palette = HIGH_CONTRAST[name]
    view = QTableView()
    view.setPalette(palette)
    model = QStandardItemModel(1, 1)
    item = QStandardItem("My turn")
    item.setForeground(text_colours(palette).turn_colour(Turn.MINE))
    model.setItem(0, 0, item)
    view.setModel(model)
    delegate = tip_cut_cells(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.state |= QStyle.StateFlag.State_Selected
    delegate.initStyleOption(option, model.index(0, 0))
    shown = option.palette.color(QPalette.ColorRole.HighlightedText)
    text = option.palette.color(QPalette.ColorRole.Text)
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    assert contrast_ratio(shown.name(), highlight) >= AA
    assert contrast_ratio(text.name(), highlight) >= AA


# -- what the window draws, in each palette a desktop may give it -------------------------


def _drawn_contrast(widget: QWidget) -> float:
    """The strongest contrast of the widget's pixels against the colour most of it shows.

    Grabbed from its window, with what is drawn behind it (a flat button draws no background).
    """
    window = widget.window()
    image = window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()
    pixels = [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]
    background = QColor(Counter(pixels).most_common(1)[0][0])
    return max(contrast(QColor(p), background) for p in set(pixels))


def test_the_draft_highlight_reads(qtbot: QtBot, worn: QPalette) -> None:
    editor = DraftEditor(CheckOptions())
    qtbot.addWidget(editor)
    editor.set_text("Hi Ana, thank you for thinking of me for the [role?] role. Best, [my_name?]")
    selections = editor.edit.extraSelections()
    assert selections
    for selection in selections:
        fmt = selection.format
        text = (
            fmt.foreground().color()
            if fmt.hasProperty(QTextFormat.Property.ForegroundBrush)
            else editor.edit.palette().color(QPalette.ColorRole.Text)
        )
        ratio = contrast(text, fmt.background().color())
        assert ratio >= TEXT_CONTRAST, (text.name(), fmt.background().color().name(), ratio)


def test_the_reminders_bar_links_read(worn: QPalette, example_window: MainWindow) -> None:
    example_window.start_scheduler()
    QApplication.processEvents()
    bar = example_window.notifier
    assert len(bar.loop_ids()) > 3  # the "and N more" line is there
    background = bar.colours.background
    for label in bar.findChildren(QLabel):
        link = label.palette().color(QPalette.ColorRole.Link)
        assert contrast(link, background) >= TEXT_CONTRAST, (label.text(), link.name())
    see_all = bar.see_all_button
    assert see_all.isVisible()
    assert _drawn_contrast(see_all) >= TEXT_CONTRAST


def test_hints_and_placeholders_read(worn: QPalette, example_window: MainWindow) -> None:
    hint = example_window.today_page.keys_label
    assert hint.isVisible()
    assert _drawn_contrast(hint) >= TEXT_CONTRAST
    palette = QApplication.palette()
    for background in backgrounds(palette):
        placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
        assert contrast(placeholder, background) >= TEXT_CONTRAST, placeholder.name()


def test_every_cell_colour_reads_on_its_row(worn: QPalette, example_window: MainWindow) -> None:
    rows = (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    for view in (example_window.today_page.table, example_window.loop_table):
        model = view.model()
        palette = view.palette()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                colour = model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
                if colour is None:
                    continue
                colour = colour.color() if isinstance(colour, QBrush) else QColor(colour)
                for role in rows:
                    assert contrast(colour, palette.color(role)) >= TEXT_CONTRAST, colour.name()
