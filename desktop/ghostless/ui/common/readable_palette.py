"""The desktop's palette, made readable where Qt's defaults are not, and visible focus in lists.

Two things the desktop's palette leaves short:

* Qt draws placeholder and hint text (``PlaceholderText``) as the text colour at
  half strength: #777 on a #efefef window, 3.9:1, under WCAG AA's 4.5:1. The
  application's palette gets a placeholder colour of the same hue that reads on
  its window and its lists.
* A table's selected row looks the same whether the table has the keyboard or
  not (the palette has one highlight for the whole window). A list without the
  focus shows its selection muted (a tint of the highlight with the list's
  text), the one with the focus in the full highlight, so the eye finds where
  the keys go.

Both follow the palette when the desktop switches light and dark.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ghostless.ui.common.theme import TEXT_CONTRAST, backgrounds, mix, readable

#: A little over AA: a colour just at 4.5:1 drawn with anti-aliasing reads a hair under it.
HINT_CONTRAST = TEXT_CONTRAST + 0.1

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: How much of the highlight a list without the focus keeps in its selected rows.
MUTED_SHARE = 0.35


def readable_placeholder(palette: QPalette) -> QColor:
    """The palette's placeholder colour, made readable (AA) on its window and lists."""
    drawn = palette.color(Role.PlaceholderText)
    if drawn.alphaF() < 1.0:  # Qt's default: the text colour, half transparent
        opaque = QColor(drawn)
        opaque.setAlphaF(1.0)
        drawn = mix(palette.color(Role.Window), opaque, drawn.alphaF())
    return readable(drawn, *backgrounds(palette), ratio=HINT_CONTRAST)


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with a placeholder colour that reads (every other colour as it was)."""
    made = QPalette(palette)
    placeholder = readable_placeholder(palette)
    for group in (Group.Active, Group.Inactive):
        made.setColor(group, Role.PlaceholderText, placeholder)
    return made


def focused_selection(palette: QPalette) -> tuple[QColor, QColor]:
    """The highlight and highlighted text of the list with the focus: the desktop's
    highlight, darker or lighter (same hue) where its text would not read on it."""
    text = palette.color(Role.HighlightedText)
    return readable(palette.color(Role.Highlight), text, ratio=HINT_CONTRAST), text


def muted_selection(palette: QPalette) -> tuple[QColor, QColor]:
    """The highlight and highlighted text of a list without the focus: a tint, readable."""
    base = palette.color(Role.Base)
    highlight = mix(base, palette.color(Role.Highlight), MUTED_SHARE)
    text = readable(palette.color(Role.Text), highlight, ratio=HINT_CONTRAST)
    return highlight, text


class _Keeper(QObject):
    """Keeps the application's palette readable and the focused list's selection strong."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.paletteChanged.connect(self._on_palette_changed)
        app.focusChanged.connect(self._on_focus_changed)
        self._on_palette_changed(app.palette())

    def _on_palette_changed(self, palette: QPalette) -> None:
        wanted = readable_placeholder(palette)
        if palette.color(Role.PlaceholderText) != wanted:
            self._app.setPalette(readable_palette(palette))  # comes back here once, unchanged
            return
        for view in self._app.allWidgets():
            if isinstance(view, QAbstractItemView):
                show_focus(view)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Every list of the window the focus went to: a list built since starts muted.
        views = set(new.window().findChildren(QAbstractItemView)) if new is not None else set()
        for widget in (old, new):
            view = _view_of(widget)
            if view is not None:
                views.add(view)
        for view in views:
            show_focus(view)


def _view_of(widget: QWidget | None) -> QAbstractItemView | None:
    """The list ``widget`` is (or whose viewport it is)."""
    if isinstance(widget, QAbstractItemView):
        return widget
    parent = widget.parentWidget() if widget is not None else None
    return parent if isinstance(parent, QAbstractItemView) else None


def show_focus(view: QAbstractItemView) -> None:
    """Give ``view`` the full highlight when it has the focus, a muted one when not."""
    palette = view.palette()
    source = QGuiApplication.palette()
    if view.hasFocus():
        highlight, text = focused_selection(source)
    else:
        highlight, text = muted_selection(source)
    for group in (Group.Active, Group.Inactive):
        palette.setColor(group, Role.Highlight, highlight)
        palette.setColor(group, Role.HighlightedText, text)
    view.setPalette(palette)


def keep_palette_readable(app: QApplication | None = None) -> None:
    """Make the application's palette readable, now and after every change (once per app)."""
    found = app or QApplication.instance()
    if not isinstance(found, QApplication) or found.property("ghostless_readable_palette"):
        return
    found.setProperty("ghostless_readable_palette", True)
    _Keeper(found)
