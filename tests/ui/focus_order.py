"""Where Tab goes: the focus chain of a window, and the steps that jump back against the
reading order (up the page, or leftwards on the same line)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from tests.ui.accessibility import describe


def takes_tab(widget: QWidget) -> bool:
    """A widget Tab stops at now: shown, enabled, accepting Tab focus, no proxy of it."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab visits, in the order it visits them."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and widget not in chain:
        if takes_tab(widget) and (root is widget or root.isAncestorOf(widget)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _box(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    line = [widget]
    while line[-1] is not root and line[-1].parentWidget() is not None:
        line.append(line[-1].parentWidget())
    return line


def _before(first: QRect, second: QRect) -> bool:
    """``second`` comes earlier in reading order than ``first``: wholly above it, or
    beside it on the same line and wholly to its left."""
    if second.bottom() < first.top():
        return True
    same_line = second.top() <= first.bottom() and first.top() <= second.bottom()
    return same_line and second.right() < first.left()


def _said(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{describe(widget)} {shown!r}" if isinstance(shown, str) and shown else describe(widget)


def backward_steps(root: QWidget) -> list[str]:
    """Each Tab step from one widget to the next that goes against the reading order.

    The two are compared where their branches part: the sibling boxes holding each
    (two columns side by side read left, then right, each top to bottom).
    """
    chain = tab_chain(root)
    if chain:  # Tab goes round: read the circle from the widget the page begins with
        boxes = [_box(widget, root) for widget in chain]
        first = min(range(len(chain)), key=lambda i: (boxes[i].top(), boxes[i].left()))
        chain = chain[first:] + chain[:first]
    wrong = []
    for current, following in pairwise(chain):
        mine = _ancestors(current, root)
        theirs = _ancestors(following, root)
        shared = next(widget for widget in mine if widget in theirs)
        holder_a = mine[mine.index(shared) - 1] if shared is not current else current
        holder_b = theirs[theirs.index(shared) - 1] if shared is not following else following
        if _before(_box(holder_a, root), _box(holder_b, root)):
            wrong.append(f"{_said(current)} -> {_said(following)}")
    return wrong
