"""Where the start-up time goes: CPU of each phase of one real start, in process.

``python -m benchmarks.startup_profile --data-dir D [--tray]`` starts Ghostless
as ``python -m ghostless --data-dir D`` does (the real ``run``), counts the
process's CPU time (``time.process_time``, all threads; steadier than wall time
on a loaded machine) at each phase, and the part of it spent creating Qt's enums
(PySide6 makes each Qt class's Python enums the first time the class is used)
and our dataclasses. It quits once the start-up work is done (``ready``). It
explains the ratios of :mod:`benchmarks.startup`; it is not one of them.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import sys
import time
from collections.abc import Callable
from typing import Any

_START = time.process_time()
_marks: list[tuple[str, float]] = []
_spent = {"Qt enums": 0.0, "dataclasses": 0.0}
_counts = {"Qt enums": 0, "dataclasses": 0}


def _mark(what: str) -> None:
    _marks.append((what, (time.process_time() - _START) * 1000))


def _timed(kind: str, original: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            _spent[kind] += time.process_time() - began
            _counts[kind] += 1

    return timed


def _instrument() -> None:
    # PySide6 builds its enums with the functional API (EnumType._create_); ours are
    # class statements. Dataclasses are made by one private function of the module.
    enum.EnumType._create_ = _timed("Qt enums", enum.EnumType._create_)  # type: ignore[method-assign]
    dataclasses._process_class = _timed("dataclasses", dataclasses._process_class)  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup_profile")
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--tray", action="store_true", help="start as at login (--autostart)")
    args = parser.parse_args(argv)
    _instrument()
    from PySide6.QtWidgets import QApplication

    _mark("Python and Qt (QtCore, QtGui, QtWidgets) imported")
    from ghostless.ui.lifecycle import ready_signal

    def stamp(self: ready_signal.FirstPaint, stage: str) -> None:
        if any(what.startswith(stage) for what, _at in _marks):
            return  # another watcher of the first paint (external writes) said it
        _mark(f"{stage} (see ready_signal)")
        if stage == "ready":
            QApplication.quit()

    # In place of the benchmark's pipe: stamped whether or not one was given.
    ready_signal.FirstPaint._write = stamp  # type: ignore[method-assign]
    from ghostless.ui import app

    _mark("ghostless.ui.app imported (the ledger, services, tray)")
    build = app.build_main_window

    def built(*a: Any, **k: Any) -> Any:
        _mark("> building the window (main_window imported on the way)")
        window = build(*a, **k)
        _mark("< window built (not yet shown)")
        return window

    app.build_main_window = built
    app.run(args.data_dir, autostart=args.tray)
    previous = 0.0
    print(f"{'CPU ms':>8} {'+ms':>7}  phase")
    for what, at in _marks:
        print(f"{at:8.1f} {at - previous:7.1f}  {what}")
        previous = at
    for kind, seconds in _spent.items():
        print(f"of which {kind}: {seconds * 1000:.1f} ms ({_counts[kind]} made)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
