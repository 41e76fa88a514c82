"""Filter-as-you-type: each keystroke in the filter box until the list is repopulated and painted.

Runs in a child process (``python -m benchmarks.filtering``) on an offscreen
QApplication with the real main window, so Qt never loads in the parent.
A keystroke's time runs from the key event to the return of the
``processEvents()`` that painted the table after its model was reset (so a
debounce timer, if the window has one, counts too: the user waits for it). A
key after which the list reads as before is not reset or painted again: it is
timed to the return of the first ``processEvents()``, which runs the window's
0 ms filter timer and so the search that found the same loops.
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import sys
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from time import perf_counter, sleep
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ghostless.core.queries import search_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QTableView, QWidget

#: What people type: a name, an organisation, a kind, a non-ASCII name, two
#: words, and a word nothing matches (the worst case: the whole table is scanned).
QUERIES = ["priya", "northwind", "interview", "zoë", "backend remote", "zqxjv"]
NO_MATCH = "zqxjv"
#: How long to wait for the list to change after a keystroke that changes the words.
REPOPULATE_CAP_S = 1.0
#: After one that leaves the words as they were (a trailing space) a reload is optional.
UNCHANGED_CAP_S = 0.3
#: The pause after each typed word, before it is backspaced away: deferred work runs then.
PAUSE_S = 0.6
#: Whole-window repaints timed after the typing: the paint floor of this window.
REPAINTS = 20


@dataclass
class Keystroke:
    text_after: str
    key: str
    seconds: float
    repopulated: bool
    painted: bool
    statements: list[str] = field(default_factory=list)
    #: processEvents() calls the harness made (each drops a None reference, see main()).
    harness_calls: int = 0
    #: False for a trailing space: the words are the same, so no reload is needed.
    words_changed: bool = True


def _watcher_class() -> type:
    from PySide6.QtCore import QEvent, QObject

    class Watcher(QObject):
        """Notes model resets of the visible tables and the first paint of each after it."""

        def __init__(self, views: list[QTableView]) -> None:
            super().__init__()
            self.reset = False
            self.painted = False
            for view in views:
                model = view.model()
                model.modelReset.connect(self._on_model_reset)
                model.layoutChanged.connect(self._on_model_reset)
                view.viewport().installEventFilter(self)

        def arm(self) -> None:
            self.reset = self.painted = False

        def _on_model_reset(self) -> None:
            self.reset, self.painted = True, False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
            if event.type() == QEvent.Type.Paint and self.reset:
                self.painted = True
            return False

    return Watcher


def _press(app: QApplication, watcher: object, act: Callable[[], None], cap: float) -> Keystroke:
    watcher.arm()  # type: ignore[attr-defined]
    started = perf_counter()
    act()
    first_return, calls = None, 0
    while True:
        app.processEvents()
        now, calls = perf_counter(), calls + 1
        first_return = first_return or now
        if watcher.painted:  # type: ignore[attr-defined]
            return Keystroke("", "", now - started, True, True, harness_calls=calls)
        if now - started > cap:
            reset = watcher.reset  # type: ignore[attr-defined]
            # Never repopulated: the user saw only the letter appear.
            seconds = (now if reset else first_return) - started
            return Keystroke("", "", seconds, reset, False, harness_calls=calls)


def _settle(app: QApplication, seconds: float) -> tuple[float, int]:
    """Let the window idle as a person pauses: its longest GUI-thread stall, and calls made.

    Deferred work (a count on a timer, say) runs here; a key pressed during the
    stall would wait that long.
    """
    longest, calls, end = 0.0, 0, perf_counter() + seconds
    while perf_counter() < end:
        began = perf_counter()
        app.processEvents()
        longest, calls = max(longest, perf_counter() - began), calls + 1
        sleep(0.002)
    return longest, calls


def _type_char(widget: QWidget, char: str) -> None:
    """Press and release a key that types ``char``; QTest.keyClicks asserts on non-ASCII text."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def _tables(window: QWidget) -> list[QTableView]:
    """The loop list if the window names it, else every visible table."""
    from PySide6.QtWidgets import QTableView

    named = getattr(window, "loop_table", None)
    if isinstance(named, QTableView):
        return [named]
    return [view for view in window.findChildren(QTableView) if view.isVisible()]


def run_typing(data_dir: Path, settings_dir: Path, profile: bool = False) -> dict[str, object]:
    """Type every query and backspace it away; every keystroke and the window's set-up."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ghostless.core.clock import SystemClock
    from ghostless.services.ledger import Ledger, store_of
    from ghostless.ui import app as ui_app

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    ledger = Ledger.open(data_dir, SystemClock(), ZoneInfo("UTC"))
    settings = QSettings(str(settings_dir / "ghostless.ini"), QSettings.Format.IniFormat)
    started = perf_counter()
    window = ui_app.build_main_window(ledger, settings)
    window.show()
    app.processEvents()
    shown = perf_counter() - started
    edit = window.filter_edit
    window.focus_filter()  # what Ctrl+F does: from Today, the Loops tab and its filter
    app.processEvents()
    views = _tables(window)
    watcher = _watcher_class()(views)
    batch: list[str] = []
    store_of(ledger).conn.set_trace_callback(batch.append)
    strokes: list[Keystroke] = []
    profiler = cProfile.Profile() if profile else None

    def press(act: Callable[[], None], key: str, before: str, after: str) -> None:
        batch.clear()
        changed = search_words(before) != search_words(after)
        cap = REPOPULATE_CAP_S if changed else UNCHANGED_CAP_S
        stroke = _press(app, watcher, act, cap)
        stroke.key, stroke.text_after = key, edit.text()
        stroke.words_changed = changed
        stroke.statements = [s for s in batch if s.lstrip().upper().startswith("SELECT")]
        strokes.append(stroke)

    def backspace() -> None:
        QTest.keyClick(edit, Qt.Key.Key_Backspace)

    stalls: list[float] = []
    settle_calls = 0
    none_refs = sys.getrefcount(None)
    if profiler:
        profiler.enable()
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            char = query[end - 1]
            press(partial(_type_char, edit, char), char, query[: end - 1], query[:end])
        for end in range(len(query), 0, -1):
            if end == len(query):
                stall, calls = _settle(app, PAUSE_S)
                stalls.append(stall)
                settle_calls += calls
            press(backspace, "⌫", query[:end], query[: end - 1])
            strokes[-1].harness_calls += 1  # QTest.keyClick returns nothing too
    if profiler:
        profiler.disable()
    # What the window's own code dropped, net of the harness's calls.
    harness = settle_calls + sum(stroke.harness_calls for stroke in strokes)
    none_dropped = (none_refs - sys.getrefcount(None) - harness) / len(strokes)
    store_of(ledger).conn.set_trace_callback(None)
    repaints = []
    for _ in range(REPAINTS):
        began = perf_counter()
        window.repaint()
        repaints.append(perf_counter() - began)
    if profiler:
        print("\nProfile of the typing (top 30 by cumulative time):")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(30)
    rows = [view.model().rowCount() for view in views]
    window.close()
    ledger.close()
    return {
        "window_shown_s": shown,
        "strokes": [asdict(stroke) for stroke in strokes],
        "visible_table_rows": rows,
        "repaint_s": repaints,
        "pause_stall_s": stalls,
        "none_refs_dropped_per_keystroke": none_dropped,
    }


def main(argv: list[str]) -> int:
    """``python -m benchmarks.filtering DATA_DIR SETTINGS_DIR OUT_JSON [--profile]``."""
    data_dir, settings_dir, out = (Path(arg) for arg in argv[:3])
    # PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a
    # void method (measured: QLineEdit.setText, processEvents); after ~5,000 calls
    # None is freed and Python aborts. Extra references keep this run alive long
    # enough to measure; the leak itself is measured and reported.
    keep_none_alive = [None] * 1_000_000 if sys.version_info < (3, 12) else []
    result = run_typing(data_dir, settings_dir, profile="--profile" in argv)
    out.write_text(json.dumps(result, ensure_ascii=False))
    sys.stdout.flush()
    del keep_none_alive
    # Skip interpreter teardown: it can only crash (see above), never add a figure.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
