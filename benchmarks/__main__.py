"""``python -m benchmarks``: generate (or reuse) the stores, measure, report.

Stores of 1,000, 10,000 and 30,000 loops (``--sizes``) are generated once a
week and cached in benchmarks/.data; every figure that grows with the store is
measured at each size. The report is printed, saved as JSON in
benchmarks/.data/last-run.json and written to docs/performance.md with the
machine it ran on. ``--quick`` is a smoke run (1,000 loops, one round each).
Exits 0 whatever it measures: the benchmarks inform, they never fail the build.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from benchmarks import (
    commands,
    dav,
    drafts,
    followups,
    imap,
    import_memory,
    imports,
    insights,
    mail,
    recompute,
    sections,
    startup,
)
from benchmarks.generate import CACHE_ROOT, SCALES, Sizes, cached_data_dir, record_anchor
from benchmarks.report import Report

DOCS = Path(__file__).resolve().parents[1] / "docs" / "performance.md"


def machine() -> list[str]:
    """Where the figures come from: they only compare within one machine."""
    cpu = _first("/proc/cpuinfo", "model name") or platform.processor() or platform.machine()
    ram = _first("/proc/meminfo", "MemTotal")
    gib = f"{int(ram.split()[0]) / 1024 / 1024:.1f} GiB" if ram else "unknown"
    os_name = _first("/etc/os-release", "PRETTY_NAME", "=").strip('"') or platform.system()
    try:
        pyside = version("PySide6-Essentials")
    except PackageNotFoundError:
        pyside = "not installed"
    try:
        from PySide6.QtCore import qVersion

        qt = qVersion()
    except ImportError:
        qt = "not installed"
    return [
        f"CPU: {cpu}, {os.cpu_count()} logical cores",
        f"RAM: {gib}",
        f"OS: {os_name} ({platform.system()} {platform.release()}, {platform.machine()})",
        f"Python {platform.python_version()}, PySide6 {pyside}, Qt {qt}, "
        f"SQLite {sqlite3.sqlite_version}",
    ]


def _first(path: str, key: str, sep: str = ":") -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                name, found, value = line.partition(sep)
                if found and name.strip() == key:
                    return value.strip()
    except OSError:
        pass
    return ""


def _stores(report: Report, scales: tuple[int, ...]) -> dict[int, Path]:
    anchor = record_anchor()
    stores: dict[int, Path] = {}
    for loops in scales:
        print(f"Preparing the {loops:,}-loop store…", flush=True)
        sizes = Sizes.of(loops)
        data_dir, generated = cached_data_dir(sizes, anchor)
        how = "reused from the cache" if generated is None else f"generated in {generated:.1f} s"
        print(f"  {how}: {data_dir}", flush=True)
        report.details.setdefault("stores", []).append(
            f"{sizes.contacts:,} contacts, {sizes.loops:,} loops, {sizes.events:,} events, "
            f"record ending {anchor:%Y-%m-%d}: {how}"
        )
        stores[loops] = data_dir
    return stores


def _measure(report: Report, args: argparse.Namespace) -> None:
    scales = tuple(sorted(args.sizes))
    stores = _stores(report, scales)
    largest = scales[-1]
    plan = startup.Plan(
        runs=args.runs,
        rest_runs=args.rest_runs,
        rest_s=args.rest,
        idle_s=args.idle,
        tray=not args.skip_tray,
    )
    root = Path(tempfile.mkdtemp(prefix="ghostless-bench-"))
    try:
        work = root / "store"
        shutil.copytree(stores[largest], work)
        steps: list[Callable[[], None]] = []
        if not args.skip_startup:
            steps.append(lambda: startup.user_path(report, root, stores, plan))
        if not args.skip_cli:
            steps.append(lambda: commands.command_line(report, root, stores, args.cli_runs))
        if not args.skip_filter:
            steps.append(lambda: sections.filtering(report, root, work, largest, args.profile))
        if not args.skip_followups:
            anchor = record_anchor()
            steps.append(lambda: followups.follow_up_engine(report, root, work, anchor))
        if not args.skip_insights:
            steps.append(lambda: insights.insights(report, root, work, largest, record_anchor()))
        if not args.skip_recompute:
            steps.append(lambda: recompute.recompute(report, root, stores))
        if not args.skip_drafts:
            steps.append(lambda: drafts.draft_checker(report))
        if not args.skip_mail:
            steps.append(lambda: mail.mail_rules(report))
        if not args.skip_imports:
            steps.append(lambda: imports.import_linkedin(report, scales, args.import_runs))
        if not args.skip_import_memory:
            steps.append(lambda: import_memory.import_memory(report))
        if not args.skip_dav:
            steps.append(lambda: dav.dav_sync_bench(report))
        if not args.skip_imap:
            steps.append(lambda: imap.imap_sync(report))
        for step in steps:
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - a benchmark reports, never fails the build
                traceback.print_exc()
                report.problems.append(f"{type(exc).__name__}: {exc}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _sizes(text: str) -> list[int]:
    return [int(word.replace("_", "").replace(",", "")) for word in text.split("/")]


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a smoke run: 1,000 loops, one round of each, short rests, no import memory",
    )
    parser.add_argument(
        "--sizes", type=_sizes, default=list(SCALES), help="store sizes in loops, as 1000/30000"
    )
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per case (5)")
    parser.add_argument("--rest-runs", type=int, default=3, help="runs at rest per case (3)")
    parser.add_argument("--rest", type=float, default=3.0, help="seconds at rest before RSS (3)")
    parser.add_argument("--idle", type=float, default=5.0, help="seconds of wake-ups counted (5)")
    parser.add_argument("--cli-runs", type=int, default=3, help="runs per command (3)")
    parser.add_argument("--import-runs", type=int, default=3, help="runs per import size (3)")
    for name, what in (
        ("startup", "the window, tray and at-rest sections (Xvfb)"),
        ("tray", "the tray-only start and its memory"),
        ("cli", "the command-line section"),
        ("filter", "filter-as-you-type"),
        ("followups", "the follow-up engine"),
        ("insights", "opening Insights"),
        ("recompute", "the window during a full recompute"),
        ("drafts", "the draft checker"),
        ("mail", "the mail turn rules on the corpora"),
        ("imports", "the LinkedIn imports"),
        ("import-memory", "the peak memory of importing 10 MB and 50 MB files"),
        ("dav", "the sync to a local Radicale (section dav)"),
        ("imap", "the 100,000-message IMAP sync from a local Dovecot (needs root and dovecot)"),
    ):
        parser.add_argument(f"--skip-{name}", action="store_true", help=f"skip {what}")
    parser.add_argument("--no-docs", action="store_true", help="do not write docs/performance.md")
    parser.add_argument("--profile", action="store_true", help="cProfile the typing")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = [min(args.sizes)]
        args.runs = args.rest_runs = args.cli_runs = args.import_runs = 1
        args.rest, args.idle = 1.0, 2.0
        args.skip_import_memory = True
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    report = Report()
    about = machine()
    report.details["machine"] = "; ".join(about)
    try:
        _measure(report, args)
    except Exception as exc:  # noqa: BLE001 - a benchmark reports, never fails the build
        traceback.print_exc()
        report.problems.append(f"{type(exc).__name__}: {exc}")
    print()
    print(report.text())
    out = CACHE_ROOT / "last-run.json"
    report.save(out)
    print(f"\n(saved {out})")
    if not args.no_docs:
        command = " ".join(["python -m benchmarks", *(sys.argv[1:] if argv is None else argv)])
        DOCS.write_text(report.markdown(about, command), encoding="utf-8")
        print(f"(written {DOCS})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
