"""Icons already on screen follow a live switch between light and dark.

The desktop turning dark changes the application's palette while the window is
open (tests/helpers/palettes.py plays it). Each icon is drawn over its window
colour before and after, and the two drawings must differ: the models' cached
status icons, the toolbar's actions, the buttons, the tray menu and the labels
that hold a pixmap.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ghostless.ui.common.icons import IconLabel, icon
from ghostless.ui.loops.loop_table_model import LoopColumn
from ghostless.ui.main_window import LOOPS_TAB, MainWindow
from ghostless.ui.reminders.tray import TrayController, TraySnapshot
from tests.helpers.palettes import DARK_PALETTES, app_palette, palette_of

SIZE = 32
#: Drawn over one grey, so only the icon's own colours tell the drawings apart.
BACKDROP = QColor("#808080")


def _drawing(picture: QIcon | QPixmap) -> bytes:
    image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    image.fill(BACKDROP)
    painter = QPainter(image)
    if isinstance(picture, QIcon):
        picture.paint(painter, 0, 0, SIZE, SIZE)
    else:
        painter.drawPixmap(0, 0, SIZE, SIZE, picture)
    painter.end()
    return bytes(image.constBits())


def _light_then_dark(read: Callable[[], QIcon | QPixmap]) -> tuple[bytes, bytes]:
    light = _drawing(read())
    with app_palette(palette_of(DARK_PALETTES["breeze-dark"])):
        QApplication.processEvents()
        dark = _drawing(read())
    return light, dark


def _decoration(index: QModelIndex) -> QIcon:
    picture = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(picture, QIcon)
    assert not picture.isNull()
    return picture


def test_status_icons_in_the_loops_and_today_tables_follow(example_window: MainWindow) -> None:
    loops = example_window.loops_tab.loop_model
    example_window.today_page.refresh()
    today = example_window.today_page.model
    today_row = next(
        today.index(row, column)
        for row in range(today.rowCount())
        for column in range(today.columnCount())
        if isinstance(today.index(row, column).data(Qt.ItemDataRole.DecorationRole), QIcon)
    )
    for index in (loops.index(0, int(LoopColumn.TURN)), today_row):
        light, dark = _light_then_dark(lambda index=index: _decoration(index))
        assert light != dark, index.model()


def test_actions_and_buttons_follow(example_window: MainWindow) -> None:
    actions = example_window.window_actions
    for action in (actions.snooze, actions.new_contact, actions.reopen_loop):
        light, dark = _light_then_dark(action.icon)
        assert light != dark, action.text()
    button = example_window.contacts_page.new_button
    light, dark = _light_then_dark(button.icon)
    assert light != dark


def test_the_tray_menu_follows(qapp: QApplication) -> None:
    tray = TrayController(TraySnapshot, template=False)
    for action in (tray.snooze_all_action, tray.away_action):
        light, dark = _light_then_dark(action.icon)
        assert light != dark, action.text()


def test_the_tray_menu_says_its_entries_changed(qapp: QApplication, qtbot: QtBot) -> None:
    # A D-Bus tray host keeps the menu it read until an entry says it changed.
    tray = TrayController(TraySnapshot, template=False)
    dark = palette_of(DARK_PALETTES["breeze-dark"])
    with qtbot.waitSignal(tray.snooze_all_action.changed, timeout=1000), app_palette(dark):
        QApplication.processEvents()


def test_a_label_showing_an_icon_is_drawn_again(qapp: QApplication) -> None:
    label = IconLabel(icon("away"), SIZE)

    def shown() -> QPixmap:
        return label.pixmap()

    light, dark = _light_then_dark(shown)
    assert light != dark
    assert _drawing(shown()) == light  # and back to light with the palette


def test_the_loop_pane_follows(example_window: MainWindow) -> None:
    example_window.tabs.setCurrentIndex(LOOPS_TAB)  # builds the tab, held in its place
    example_window.loops_tab.loop_table.selectRow(0)
    pane = example_window.loops_tab.detail_pane
    assert pane.loop is not None
    light_style = pane.turn_label.styleSheet()
    light, dark = _light_then_dark(pane.turn_icon_label.pixmap)
    assert light != dark
    with app_palette(palette_of(DARK_PALETTES["breeze-dark"])):
        QApplication.processEvents()
        assert pane.turn_label.styleSheet() != light_style  # its colour, made readable on dark
