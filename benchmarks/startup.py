"""The path a user takes: start-up to the first painted window, tray-only start,
memory at rest and idle wake-ups, each against a bare PySide6 floor of the same run.

Ghostless starts as a user starts it (``python -m ghostless --data-dir D``, the
real ``run`` and ``Shell.start``) on a working copy of each generated store,
on the xcb platform under a private Xvfb with a tray host (offscreen only when
Xvfb is missing, and then every figure says so). The cases take turns, round
after round, so drift in the machine's load hits them all alike; the first
round is a warm-up (compiled modules cached, the day's backup taken) and is
not counted. See :mod:`benchmarks.observe` for what each run reads.
"""

from __future__ import annotations

import contextlib
import shutil
import statistics
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.desktop import Unavailable, isolated_env, private_desktop
from benchmarks.observe import Case, Observed, observe
from benchmarks.report import Figure, Report

HERE = Path(__file__).resolve().parent
BARE_WINDOW = HERE / "bare_window.py"
BARE_TRAY = HERE / "bare_tray.py"
WINDOW = "Start-up to the first painted window ({platform}), {runs} interleaved runs"
TRAY = "Tray-only start until the event loop is idle ({platform}), {runs} interleaved runs"
REST = "At rest: RSS {rest:.0f} s after ready, wake-ups over {idle:.0f} s ({platform}), {runs} runs"
WINDOW_GOAL, TRAY_GOAL, RSS_GOAL, WAKEUPS_GOAL = 1.3, 1.2, 1.5, 1.5
TRAY_RSS_GOAL_MB = 80.0


@dataclass(frozen=True)
class Plan:
    """How much to measure: runs per case, the rest before RSS, the idle interval."""

    runs: int = 5
    rest_runs: int = 3
    rest_s: float = 3.0
    idle_s: float = 5.0
    tray: bool = True


def user_path(report: Report, root: Path, stores: dict[int, Path], plan: Plan) -> None:
    """Every section of this module, on one private desktop (or offscreen)."""
    copies = _working_copies(root, stores)
    with _desktop(root) as (env, platform):
        _window(report, env, platform, copies, plan)
        if plan.tray:
            _tray(report, env, platform, copies, plan)
        _rest(report, env, platform, copies, plan)


@contextlib.contextmanager
def _desktop(root: Path) -> Iterator[tuple[dict[str, str], str]]:
    env = isolated_env(root)
    try:
        with private_desktop(root / "desktop") as (desktop_env, _registered):
            yield env | desktop_env, "xcb under Xvfb"
    except Unavailable as why:
        print(f"  no private X desktop ({why}); FALLING BACK to offscreen", flush=True)
        env["QT_QPA_PLATFORM"] = "offscreen"
        yield env, f"OFFSCREEN FALLBACK: {why}"


def _working_copies(root: Path, stores: dict[int, Path]) -> dict[int, Path]:
    """A copy of each store to start the app on: it records deliveries and backups."""
    copies = {}
    for loops, store in stores.items():
        copy = root / f"app-{loops}"
        shutil.copytree(store, copy)
        copies[loops] = copy
    return copies


def _app(data_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "ghostless", "--data-dir", str(data_dir), *extra]


def _interleave(
    cases: list[Case],
    rounds: int,
    run: Callable[[Case], Observed],
    what: str,
    *,
    warm_up: bool = True,
) -> None:
    """A warm-up round (not kept) unless told, then ``rounds`` rounds taking turns."""
    for number in range(0 if warm_up else 1, rounds + 1):
        print(f"  {what}: round {number}/{rounds}{' (warm-up)' if not number else ''}", flush=True)
        for case in cases:
            seen = run(case)
            if number:
                case.runs.append(seen)


def _window(
    report: Report, env: dict[str, str], platform: str, stores: dict[int, Path], plan: Plan
) -> None:
    floor = Case("bare PySide6 window", [sys.executable, str(BARE_WINDOW)])
    apps = {n: Case(f"Ghostless, {n:,} loops", _app(path)) for n, path in stores.items()}
    _interleave([floor, *apps.values()], plan.runs, lambda c: observe(c.argv, env), "window")
    section = WINDOW.format(platform=platform, runs=plan.runs)
    for stage, label in (("painted_s", "first paint"), ("ready_s", "ready (start-up work done)")):
        _ratios(report, section, label, floor, apps, stage, "ms", 1000, WINDOW_GOAL)
    _problems(report, "window start", [floor, *apps.values()])


def _tray(
    report: Report, env: dict[str, str], platform: str, stores: dict[int, Path], plan: Plan
) -> None:
    section = TRAY.format(platform=platform, runs=plan.runs)
    if "xcb" not in env.get("QT_QPA_PLATFORM", ""):
        report.add(Figure(section, "tray-only start", None, "×", f"≤ {TRAY_GOAL}×",
                          note="not measured: offscreen has no tray"))  # fmt: skip
        return
    floor = Case("bare PySide6 tray icon", [sys.executable, str(BARE_TRAY)])
    apps = {n: Case(f"Ghostless --autostart, {n:,} loops", _app(p, "--autostart"))
            for n, p in stores.items()}  # fmt: skip
    _interleave([floor, *apps.values()], plan.runs, lambda c: observe(c.argv, env), "tray")
    _ratios(report, section, "ready", floor, apps, "ready_s", "ms", 1000, TRAY_GOAL)
    _problems(report, "tray start", [floor, *apps.values()])


def _rest(
    report: Report, env: dict[str, str], platform: str, stores: dict[int, Path], plan: Plan
) -> None:
    floor = Case("bare PySide6 window", [sys.executable, str(BARE_WINDOW)])
    apps = {n: Case(f"Ghostless window, {n:,} loops", _app(p)) for n, p in stores.items()}
    cases = [floor, *apps.values()]
    if plan.tray and "xcb" in env.get("QT_QPA_PLATFORM", ""):
        tray = {n: Case(f"Ghostless --autostart, {n:,} loops", _app(p, "--autostart"))
                for n, p in stores.items()}  # fmt: skip
        cases += tray.values()
    else:
        tray = {}

    def run(case: Case) -> Observed:
        return observe(case.argv, env, rest_s=plan.rest_s, idle_s=plan.idle_s)

    # The start-up sections before this one warmed every case up.
    _interleave(cases, plan.rest_runs, run, "at rest", warm_up=False)
    section = REST.format(rest=plan.rest_s, idle=plan.idle_s, platform=platform,
                          runs=plan.rest_runs)  # fmt: skip
    _ratios(report, section, "RSS, window open", floor, apps, "rss_kib", "MB", 1 / 1024, RSS_GOAL)
    _wakeups(report, section, floor, apps, plan.idle_s)
    for loops, case in tray.items():
        rss = case.values("rss_kib")
        value = statistics.median(rss) / 1024 if rss else None
        report.add(
            Figure(section, f"RSS, tray only, {loops:,} loops, median", value, "MB",
                   f"≤ {TRAY_RSS_GOAL_MB:.0f} MB",
                   value is not None and value <= TRAY_RSS_GOAL_MB,
                   note=_spread(rss, 1 / 1024, "MB"))
        )  # fmt: skip
        wakes = case.values("wakeups")
        per_minute = 60 / plan.idle_s
        report.add(
            Figure(section, f"wake-ups, tray only, {loops:,} loops, median",
                   statistics.median(wakes) * per_minute if wakes else None, "/min",
                   note=_spread(wakes, per_minute, "/min"))
        )  # fmt: skip
    _problems(report, "at rest", cases)


def _ratios(
    report: Report,
    section: str,
    label: str,
    floor: Case,
    apps: dict[int, Case],
    attribute: str,
    unit: str,
    scale: float,
    goal: float,
) -> None:
    """One figure per store size: median Ghostless / median floor, the mins noted."""
    base = floor.values(attribute)
    report.add(
        Figure(section, f"{label}: {floor.name} (floor), median",
               statistics.median(base) * scale if base else None, unit,
               note=_spread(base, scale, unit))
    )  # fmt: skip
    for loops, case in apps.items():
        values = case.values(attribute)
        middle = statistics.median(base) if base else 0.0
        lowest = min(base) if base else 0.0
        ratio = statistics.median(values) / middle if values and middle else None
        low = min(values) / lowest if values and lowest else None
        note = _spread(values, scale, unit) + (f"; ratio of mins {low:.2f}×" if low else "")
        report.add(
            Figure(section, f"{label}, {loops:,} loops: Ghostless / floor, median", ratio, "×",
                   f"≤ {goal:.1f}×", ratio is not None and ratio <= goal, note=note, digits=2)
        )  # fmt: skip


def _wakeups(
    report: Report, section: str, floor: Case, apps: dict[int, Case], idle_s: float
) -> None:
    """Wake-ups while idle, per minute: a ratio when the floor woke at all, else the count."""
    per_minute = 60 / idle_s
    base = floor.values("wakeups")
    middle = statistics.median(base) if base else 0.0
    report.add(
        Figure(section, f"wake-ups, window open: {floor.name} (floor), median",
               middle * per_minute if base else None, "/min",
               note=_spread(base, per_minute, "/min"))
    )  # fmt: skip
    for loops, case in apps.items():
        values = case.values("wakeups")
        note = _spread(values, per_minute, "/min")
        name = f"wake-ups, window open, {loops:,} loops"
        if middle and values:
            ratio = statistics.median(values) / middle
            report.add(
                Figure(section, f"{name}: Ghostless / floor, median", ratio, "×",
                       f"≤ {WAKEUPS_GOAL:.1f}×", ratio <= WAKEUPS_GOAL, note=note, digits=2)
            )  # fmt: skip
        else:
            value = statistics.median(values) * per_minute if values else None
            report.add(
                Figure(section, f"{name}: Ghostless, median", value, "/min",
                       note=note + "; the floor did not wake at all: no ratio")
            )  # fmt: skip


def _spread(values: list[float], scale: float, unit: str) -> str:
    if not values:
        return "no good run"
    low, mid = min(values) * scale, statistics.median(values) * scale
    return f"min {low:,.1f} {unit}, median {mid:,.1f} {unit}, {len(values)} runs".replace(" ,", ",")


def _problems(report: Report, what: str, cases: list[Case]) -> None:
    for case in cases:
        if case.failures:
            report.problems.append(
                f"{what}, {case.name}: {len(case.failures)} failed run(s); "
                f"first: {case.failures[0]}"
            )
