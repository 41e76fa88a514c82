"""Filter-as-you-type and its SQL floor: the typing run in a child, turned into figures."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks import sqlfloor
from benchmarks.filtering import NO_MATCH, QUERIES, Keystroke
from benchmarks.report import Figure, Report, summary
from ghostless.services.paths import database_path

TYPING = "Filter-as-you-type, {loops:,} loops: key event to list repopulated and painted"
FLOOR = "SQL floor: the same queries on raw sqlite3 (median of 5 each)"
FRAME_MS = 16.0
DEFAULT_BATCH = 200
CHILD_TIMEOUT_S = 600
#: References to None a fresh Ghostless process holds (measured: about 5,000).
NONE_REFS_AT_START = 5000


def _ms_figures(section: str, label: str, seconds: list[float], report: Report) -> None:
    stats = summary(seconds)
    for key, name in (("median_ms", "median"), ("p95_ms", "p95"), ("max_ms", "max")):
        value = stats.get(key)
        passed = value is not None and value <= FRAME_MS
        report.add(Figure(section, f"{label}, {name}", value, "ms", f"≤ {FRAME_MS:.0f} ms", passed))


def filtering(report: Report, root: Path, store_dir: Path, loops: int, profile: bool) -> None:
    section = TYPING.format(loops=loops)
    print("Filter-as-you-type: typing into the main window…", flush=True)
    result = _typing_in_child(root, store_dir, profile)
    strokes = [Keystroke(**stroke) for stroke in result["strokes"]]
    _ms_figures(section, f"every keystroke ({len(strokes)})", [s.seconds for s in strokes], report)
    worst = [s.seconds for s in strokes if s.text_after and NO_MATCH.startswith(s.text_after)]
    report.add(
        Figure(
            section,
            f"typing {NO_MATCH!r} (matches nothing: full scan), max",
            max(worst) * 1000 if worst else None,
            "ms",
            f"≤ {FRAME_MS:.0f} ms",
            bool(worst) and max(worst) * 1000 <= FRAME_MS,
        )
    )
    slowest = sorted(strokes, key=lambda s: s.seconds, reverse=True)[:5]
    report.figures[-1].note = "slowest keystrokes: " + ", ".join(
        f"{s.text_after or '(empty)'!r} {s.seconds * 1000:.1f} ms" for s in slowest
    )
    repaint = result["repaint_s"]
    report.add(
        Figure(
            section,
            "floor: repaint the whole window, nothing changed, median",
            statistics.median(repaint) * 1000 if repaint else None,
            "ms",
        )
    )
    stalls = result["pause_stall_s"]
    report.add(
        Figure(
            section,
            f"pause after each word: longest GUI stall ({len(stalls)} pauses)",
            max(stalls) * 1000 if stalls else None,
            "ms",
            note="deferred work (the status count on its timer) runs then; "
            "a key pressed meanwhile waits this long",
        )
    )
    report.add(
        Figure(
            section, "window built and shown (in-process)", result["window_shown_s"] * 1000, "ms"
        )
    )
    dropped = result["none_refs_dropped_per_keystroke"]
    if dropped > 0.5:
        report.problems.append(
            f"Qt binding refcount leak: every keystroke dropped {dropped:.0f} references to None, "
            f"so a session aborts ('Fatal Python error: none_dealloc') after roughly "
            f"{NONE_REFS_AT_START / dropped:,.0f} keystrokes. Measured with PySide6 6.12.0 on "
            "CPython 3.11 (void methods such as setText drop one each); 6.11.3, and any PySide6 "
            "on CPython >= 3.12 (immortal None), do not"
        )
    # A keystroke that left the words unchanged owes no reload; any other must paint.
    unpainted = [s for s in strokes if not s.painted and s.words_changed]
    report.details["typing"] = {
        "window_shown_s": result["window_shown_s"],
        "visible_table_rows_at_end": result["visible_table_rows"],
        "keystrokes": [
            {
                "text_after": s.text_after,
                "key": s.key,
                "ms": s.seconds * 1000,
                "repopulated": s.repopulated,
                "painted": s.painted,
                "selects": len(s.statements),
            }
            for s in strokes
        ],
    }
    if unpainted:
        report.problems.append(
            f"filter: {len(unpainted)} keystroke(s) did not repaint a reloaded list within the "
            f"cap (they count until the cap): "
            + ", ".join(repr(s.text_after) for s in unpainted[:8])
        )
    _floors(report, root, store_dir, strokes)


def _typing_in_child(root: Path, store_dir: Path, profile: bool) -> dict[str, Any]:
    """Run the typing in its own process; Qt's offscreen chatter is dropped from its stderr."""
    settings, out = root / "settings", root / "typing.json"
    settings.mkdir()
    argv = [sys.executable, "-m", "benchmarks.filtering", str(store_dir), str(settings), str(out)]
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("QT_QPA_PLATFORM"):
        # No screen to type on (a terminal, CI): Qt's xcb default would abort the child.
        env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [*argv, *(["--profile"] if profile else [])],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    for line in done.stderr.splitlines():
        if "propagateSizeHints" not in line:
            print(line, file=sys.stderr)
    if not out.is_file():
        raise RuntimeError(f"the typing process ended with status {done.returncode}, no figures")
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def _floors(report: Report, root: Path, store_dir: Path, strokes: list[Keystroke]) -> None:
    db_path = database_path(store_dir)
    replayed = sqlfloor.replay(db_path, [s.statements for s in strokes])
    selects = sum(len(s.statements) for s in strokes)
    report.add(
        Figure(
            FLOOR,
            f"the app's own SELECTs per keystroke ({selects} traced), median",
            statistics.median(replayed) * 1000 if replayed else None,
            "ms",
        )
    )
    report.add(Figure(FLOOR, "  same, max", max(replayed) * 1000 if replayed else None, "ms"))
    try:
        from ghostless.ui.loops import loop_table_model

        # The list reads a page of this many rows per keystroke.
        batch = loop_table_model.FIRST_BATCH
    except ImportError:
        batch = DEFAULT_BATCH
    _store_floor(report, db_path, batch, "store LIKE query, first {batch} rows")
    candidate = sqlfloor.with_candidate_index(db_path, root / "candidate")
    _store_floor(report, candidate, batch, "same with search_text in the urgency index")


def _store_floor(report: Report, db_path: Path, batch: int, label: str) -> None:
    floor = sqlfloor.store_query_floor(db_path, QUERIES, batch)
    page = [value * 1000 for value in floor["first_page"]]
    count = [value * 1000 for value in floor["count"]]
    name = label.format(batch=batch)
    report.add(Figure(FLOOR, f"{name}, median over prefixes", statistics.median(page), "ms"))
    report.add(Figure(FLOOR, f"{name}, max", max(page), "ms"))
    report.add(Figure(FLOOR, f"{name}: count(*), max", max(count), "ms"))
