"""``python -m benchmarks``: generate (or reuse) the big store, measure, report.

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

from benchmarks import drafts, followups, imap, import_memory, imports, mail, sections, tray
from benchmarks.generate import CACHE_ROOT, Sizes, cached_data_dir
from benchmarks.report import Report
from ghostless.services.paths import DATABASE_NAME


def _machine() -> str:
    """Where the figures come from: they only compare within one machine."""
    try:
        pyside = version("PySide6-Essentials")
    except PackageNotFoundError:
        pyside = "not installed"
    return (
        f"Python {platform.python_version()}, PySide6 {pyside}, SQLite {sqlite3.sqlite_version}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    )


def _measure(report: Report, args: argparse.Namespace) -> None:
    print("Preparing the 30,000-loop store…", flush=True)
    data_dir, generated = cached_data_dir()
    report.details["store"] = str(data_dir)
    report.details["generation_s"] = generated
    how = "reused from the cache" if generated is None else f"generated in {generated:.1f} s"
    sizes = Sizes()
    report.details["store_summary"] = (
        f"Store: {sizes.contacts:,} contacts, {sizes.loops:,} loops, {sizes.events:,} events, "
        f"{how} ({data_dir})"
    )
    print(f"  {how}: {data_dir}", flush=True)
    root = Path(tempfile.mkdtemp(prefix="ghostless-bench-"))
    try:
        work = root / "store"
        work.mkdir(mode=0o700)
        shutil.copy2(data_dir / DATABASE_NAME, work / DATABASE_NAME)
        steps: list[Callable[[], None]] = []
        if not args.skip_startup:
            steps.append(lambda: sections.startup(report, root, work, args.runs))
        if not args.skip_filter:
            steps.append(lambda: sections.filtering(report, root, work, args.profile))
        if not args.skip_followups:
            steps.append(lambda: followups.follow_up_engine(report, root, work))
        if not args.skip_drafts:
            steps.append(lambda: drafts.draft_checker(report))
        if not args.skip_mail:
            steps.append(lambda: mail.mail_rules(report))
        if not args.skip_tray:
            steps.append(lambda: tray.tray_and_memory(report, root, work, args.runs))
        if not args.skip_imports:
            steps.append(lambda: imports.import_linkedin(report))
        if not args.skip_import_memory:
            steps.append(lambda: import_memory.import_memory(report))
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="start-up runs per case (15)")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-filter", action="store_true")
    parser.add_argument("--skip-followups", action="store_true")
    parser.add_argument("--skip-drafts", action="store_true")
    parser.add_argument(
        "--skip-mail", action="store_true", help="skip the mail turn rules on the corpora"
    )
    parser.add_argument("--skip-tray", action="store_true", help="skip tray start-up and memory")
    parser.add_argument(
        "--skip-imports", action="store_true", help="skip the 30,000-row LinkedIn import"
    )
    parser.add_argument(
        "--skip-import-memory",
        action="store_true",
        help="skip the peak memory of importing 10 MB and 50 MB files",
    )
    parser.add_argument(
        "--skip-imap",
        action="store_true",
        help="skip the 100,000-message IMAP sync from a local Dovecot (needs root and dovecot)",
    )
    parser.add_argument("--profile", action="store_true", help="cProfile the typing")
    args = parser.parse_args(argv)

    report = Report()
    report.details["machine"] = _machine()
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
