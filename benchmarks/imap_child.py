"""One IMAP benchmark run in a process of its own: add the account, first sync, sync again.

Prints one JSON object: the seconds of each sync (and the first one's CPU seconds in
this process, which other work on a shared machine disturbs less), what each fetched, and the
resident memory (from /proc/self/statm, now, not the peak) when the first
sync had read 25,000, 50,000 and 100,000 messages. Run by :mod:`benchmarks.imap`.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from time import perf_counter, process_time

from ghostless.core.clock import SystemClock
from ghostless.services.imap_sync import MailSync, SyncProgress
from ghostless.services.ledger import Ledger
from ghostless.services.mail_accounts import MailAccounts
from ghostless.services.mail_sync_run import IngestConsumer
from ghostless.services.secrets import MemorySecretStore

MARKS = (25_000, 50_000, 100_000)
DAYS = 60


def rss_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def main(port: str, ca_file: str, user: str, password: str, data_dir: str) -> None:
    ledger = Ledger.open(Path(data_dir), SystemClock())
    secrets = MemorySecretStore()
    MailAccounts(ledger, secrets).add(
        server=f"127.0.0.1:{port}", username=user, password=password, ca_file=ca_file,
        me=["alice@example.org"],
    )  # fmt: skip
    consumer = IngestConsumer(ledger)  # what every sync hands batches to: parse and keep
    sync = MailSync(ledger, secrets, consumer)
    samples: dict[int, float] = {}
    read: dict[str, int] = {}  # by folder, so far

    def sample(progress: SyncProgress) -> None:
        read[progress.folder] = progress.done
        done = sum(read.values())
        for mark in MARKS:
            if done >= mark and mark not in samples:
                samples[mark] = rss_mib()

    start_rss = rss_mib()
    started, cpu_started = perf_counter(), process_time()
    first = sync.sync_all(days=DAYS, progress=sample)
    first_s, first_cpu_s = perf_counter() - started, process_time() - cpu_started
    started = perf_counter()
    again = sync.sync_all(days=DAYS)
    again_s = perf_counter() - started
    ledger.close()
    json.dump(
        {
            "first_s": first_s,
            "first_cpu_s": first_cpu_s,
            "first_fetched": sum(report.fetched for report in first),
            "first_error": next((r.error for r in first if r.error), None),
            "again_s": again_s,
            "again_fetched": sum(report.fetched for report in again),
            "again_error": next((r.error for r in again if r.error), None),
            "rss_start_mib": start_rss,
            "rss_mib": {str(mark): value for mark, value in samples.items()},
        },
        sys.stdout,
    )


if __name__ == "__main__":
    if os.environ.get("GHOSTLESS_BENCH_PROFILE"):
        import cProfile

        cProfile.run("main(*sys.argv[1:6])", os.environ["GHOSTLESS_BENCH_PROFILE"])
    else:
        main(*sys.argv[1:6])
