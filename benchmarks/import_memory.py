"""Peak memory of ``ghostless import linkedin`` at 10 MB and at the 50 MB size cap.

Issue 11: a file at the cap must stay under 150 MB, imported into a fresh store
and imported again into the store it made (every row then matches a contact).
Each run is a process of its own (through the launcher of
:mod:`benchmarks.memory`), so the figure is the import's own high-water mark,
not this process's. Both sizes are shown so that growth with the file is
visible: a streamed import grows only by what it remembers per row (a hash and
a line number), not by the rows themselves, and a re-import looks the stored
contacts up batch by batch rather than holding them all.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.desktop import isolated_env
from benchmarks.imports import write_linkedin
from benchmarks.memory import peak_rss
from benchmarks.report import Figure, Report

SECTION = "Import memory: LinkedIn Connections.csv, first import and re-import (peak RSS)"
GOAL_MIB = 150.0
#: Bytes per generated row (measured on the generator: about 85.5).
_ROW_BYTES = 85.5
SIZES_MB = (10, 50)
TIMEOUT_S = 600.0


def import_memory(report: Report) -> None:
    root = Path(tempfile.mkdtemp(prefix="ghostless-import-memory-"))
    try:
        env = isolated_env(root)
        for size in SIZES_MB:
            source = root / f"Connections-{size}MB.csv"
            # Just under the cap: a file over it is refused before it is read.
            rows = int(size * 1024 * 1024 * 0.97 / _ROW_BYTES)
            write_linkedin(source, rows)
            megabytes = os.path.getsize(source) / 1024 / 1024
            print(f"Import memory: {megabytes:.1f} MB, {rows:,} rows…", flush=True)
            data_dir = root / f"store-{size}"
            argv = [sys.executable, "-m", "ghostless", "import", "linkedin", str(source)]
            for label, key in (("first import", "first"), ("re-import", "again")):
                name = f"{megabytes:.1f} MB file, {rows:,} rows: {label}"
                run = peak_rss([*argv, "--data-dir", str(data_dir)], env, timeout=TIMEOUT_S)
                if run.failure or run.peak_kib is None:
                    report.add(Figure(SECTION, name, None, "MiB", f"≤ {GOAL_MIB:.0f} MiB", False))
                    report.problems.append(f"import memory at {size} MB, {label}: {run.failure}")
                    break
                peak = run.peak_kib / 1024
                report.add(
                    Figure(
                        SECTION,
                        name,
                        peak,
                        "MiB",
                        f"≤ {GOAL_MIB:.0f} MiB",
                        peak <= GOAL_MIB,
                        note=f"{run.seconds:.1f} s",
                    )
                )
                report.details.setdefault("import_memory", {})[f"{size}MB-{key}"] = {
                    "bytes": os.path.getsize(source),
                    "rows": rows,
                    "peak_kib": run.peak_kib,
                    "seconds": run.seconds,
                }
            shutil.rmtree(data_dir, ignore_errors=True)
            source.unlink()
    finally:
        shutil.rmtree(root, ignore_errors=True)
