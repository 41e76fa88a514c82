"""Icons and banners follow the palette: measured in pixels, on light and dark palettes.

Each icon is drawn over the window colour and its pixels are measured against
it (WCAG's 3:1 for graphics); each banner is grabbed as the user sees it and its
text measured against its background (WCAG AA, 4.5:1). Dark desktops are played
by their palettes (tests/helpers/palettes.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ghostless.ui.common.icons import (
    AS_AUTHORED,
    STATUS_COLOURS,
    TURN_COLOURS,
    drawn_icon,
    icon,
    resources_dir,
)
from ghostless.ui.common.theme import (
    GRAPHIC_CONTRAST,
    TEXT_CONTRAST,
    backgrounds,
    contrast,
    is_dark,
)
from ghostless.ui.main_window import MainWindow
from tests.helpers.palettes import DARK_PALETTES, app_palette, palette_of

#: Share of an icon's square that must stand out 3:1 from the window: its strokes.
MIN_INK = 0.08
SIZE = 48


def _icon_names() -> list[str]:
    folder = resources_dir()
    assert folder is not None
    return sorted(
        p.stem for p in (folder / "icons").glob("*.svg") if not p.stem.startswith(AS_AUTHORED)
    )


@pytest.fixture(params=["light", *DARK_PALETTES])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The app's own (light) palette, then each dark one, worn by the application."""
    if request.param == "light":
        yield qapp.palette()
        return
    with app_palette(palette_of(DARK_PALETTES[request.param])) as dark:
        yield dark


def _drawn(picture: QIcon, window: QColor) -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    image.fill(window)
    painter = QPainter(image)
    picture.paint(painter, 0, 0, SIZE, SIZE)
    painter.end()
    return image


def _pixels(image: QImage) -> Iterator[QColor]:
    for y in range(image.height()):
        for x in range(image.width()):
            yield QColor(image.pixel(x, y))


def ink_share(picture: QIcon, window: QColor) -> float:
    """The share of the icon's pixels that stand out 3:1 from ``window``."""
    image = _drawn(picture, window)
    strong = sum(1 for c in _pixels(image) if contrast(c, window) >= GRAPHIC_CONTRAST)
    return strong / (SIZE * SIZE)


@pytest.mark.parametrize("name", _icon_names())
def test_every_icon_stands_out_from_the_window(palette: QPalette, name: str) -> None:
    window = palette.color(QPalette.ColorRole.Window)
    assert ink_share(icon(name), window) >= MIN_INK, f"{name} fades into {window.name()}"


@pytest.mark.parametrize("name", ["snooze", "contact-new", "loop-reopen", "away"])
def test_dark_icons_differ_visibly_from_the_light_ones(qapp: QApplication, name: str) -> None:
    # The icons the issue saw vanish: drawn for light, they barely show on dark.
    light = drawn_icon(name, qapp.palette())
    for colours in DARK_PALETTES.values():
        with app_palette(palette_of(colours)) as dark:
            window = dark.color(QPalette.ColorRole.Window)
            assert ink_share(light, window) < MIN_INK  # the light drawing on a dark window
            assert ink_share(icon(name), window) >= 2 * MIN_INK


def test_text_colours_read_on_the_palette(palette: QPalette) -> None:
    for colours in (STATUS_COLOURS, TURN_COLOURS):
        for colour in colours.values():
            for background in backgrounds(palette):
                assert contrast(colour, background) >= TEXT_CONTRAST


def _background_of(image: QImage) -> QColor:
    """The colour most of the image shows."""
    counts = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    return QColor(counts.most_common(1)[0][0])


def _text_contrast(label: QLabel) -> float:
    """The strongest contrast of the label's pixels against the banner behind them."""
    image = label.grab().toImage()
    background = _background_of(image)
    return max(contrast(c, background) for c in _pixels(image))


def _banners(window: MainWindow) -> list[QWidget]:
    return [window.notifier, window.away_banner]


@pytest.fixture
def banner_window(qtbot: QtBot, palette: QPalette, example_window: MainWindow) -> MainWindow:
    window = example_window
    window.start_scheduler()  # the reminders bar
    window.away_banner.show()
    window.away_label.setText("<b>Reminders are paused</b>: you are away (ill) since today.")
    QApplication.processEvents()
    return window


def test_banners_take_their_colours_from_the_palette(
    banner_window: MainWindow, palette: QPalette
) -> None:
    window_colour = palette.color(QPalette.ColorRole.Window)
    for banner in _banners(banner_window):
        assert banner.isVisible()
        background = _background_of(banner.grab().toImage())
        # A tint of the window: dark on a dark palette, light on a light one.
        assert is_dark(palette) == (background.lightnessF() < 0.5), banner.objectName()
        assert contrast(background, window_colour) < 1.6, banner.objectName()
        labels = [
            label for label in banner.findChildren(QLabel) if label.isVisible() and label.text()
        ]
        assert labels
        for label in labels:
            assert _text_contrast(label) >= TEXT_CONTRAST, (banner.objectName(), label.text())


def test_the_bar_follows_a_palette_change_while_open(
    qapp: QApplication, example_window: MainWindow
) -> None:
    bar = example_window.notifier
    example_window.start_scheduler()
    light = bar.colours.background
    with app_palette(palette_of(DARK_PALETTES["breeze-dark"])):
        QApplication.processEvents()
        assert bar.colours.background != light
        assert bar.colours.background.lightnessF() < 0.5
        assert contrast(bar.colours.text, bar.colours.background) >= TEXT_CONTRAST
        assert contrast(bar.colours.link, bar.colours.background) >= TEXT_CONTRAST
    QApplication.processEvents()
    assert bar.colours.background == light


def test_an_icon_is_drawn_once_per_palette(qapp: QApplication) -> None:
    light = drawn_icon("snooze", qapp.palette())
    assert drawn_icon("snooze", qapp.palette()).cacheKey() == light.cacheKey()
    with app_palette(palette_of(DARK_PALETTES["fusion-dark"])) as palette:
        dark = drawn_icon("snooze", palette)
        assert dark.cacheKey() != light.cacheKey()
        assert drawn_icon("snooze", palette).cacheKey() == dark.cacheKey()
    assert drawn_icon("snooze", qapp.palette()).cacheKey() == light.cacheKey()
    # What callers hold is one icon whatever the palette: it picks a drawing when painted.
    assert icon("snooze").cacheKey() == icon("snooze").cacheKey()
