"""Importing contacts: read a file, preview what would happen, then do it in one go.

``preview`` reads and plans without writing; ``run`` writes the plan in one
transaction (a cancel from the progress callback rolls it back). The command
line and the import dialog both come through here.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ghostless.core.contact_import import (
    ImportRecord,
    ImportSummary,
    RowPlan,
    plan_records,
    summarise,
)
from ghostless.services.importers import READERS, ReadResult, Source, read_mapped
from ghostless.services.ledger import Ledger, store_of
from ghostless.store.database import Store
from ghostless.store.import_lookup import stored_contacts
from ghostless.store.imports import ImportProgress, apply_plan


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing one file would do, row by row; nothing is written yet."""

    path: Path
    source: Source
    rows: tuple[RowPlan, ...]
    records: tuple[ImportRecord, ...]
    header: tuple[str, ...] = ()

    @property
    def summary(self) -> ImportSummary:
        return summarise(self.rows)


@contextlib.contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file is read, planned and written.

    An import makes tens of thousands of small objects that all stay alive
    until it ends; the collector would walk them again and again (about a
    third of the time of a 30,000-row import) and find nothing to free.
    Reference counting frees everything as usual meanwhile.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _planned(store: Store, records: Iterable[ImportRecord]) -> Generator[RowPlan]:
    """The plan of each record against the contacts stored when planning began.

    The stored contacts are looked up a batch of records at a time, never all
    loaded (issue 11: a re-import at the size cap stays under 150 MB); the
    lookup's own read ends as soon as the last record is planned, before the
    import commits.
    """
    with stored_contacts(store) as contacts:
        yield from plan_records(records, contacts)


def read(
    path: Path,
    source: Source,
    *,
    encoding: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> ReadResult:
    """The records of ``path``; ``mapping`` (target field -> column) for ``csv``."""
    if source is Source.CSV:
        from ghostless.core.contact_import import guess_mapping, is_ghostless_csv
        from ghostless.services.importers import csv_header, read_ghostless

        if mapping is None:
            header = csv_header(path, encoding)
            if is_ghostless_csv(header):  # our own export: every address and label
                return read_ghostless(path, encoding)
            mapping = guess_mapping(header)
        return read_mapped(path, mapping, encoding)
    return READERS[source](path, encoding)


def preview(
    ledger: Ledger,
    path: Path,
    source: Source,
    *,
    encoding: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> ImportPreview:
    """Read ``path`` and plan the import against the contacts stored now."""
    with _bulk():
        result = read(Path(path), source, encoding=encoding, mapping=mapping)
        records = tuple(result.records)
        rows = tuple(_planned(store_of(ledger), records))
    return ImportPreview(Path(path), source, rows, records, result.header)


def run(
    ledger: Ledger, planned: ImportPreview, progress: ImportProgress | None = None
) -> ImportSummary:
    """Write a previewed import in one transaction.

    The plan is made again against the store as it is now (another window or
    process may have written since the preview), so nothing is duplicated.
    """
    with _bulk():
        rows = list(_planned(store_of(ledger), planned.records))
        return apply_plan(store_of(ledger), rows, at=ledger.clock.now(), progress=progress)


def import_file(
    ledger: Ledger,
    path: Path,
    source: Source,
    *,
    encoding: str | None = None,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    progress: ImportProgress | None = None,
) -> ImportSummary:
    """Read, plan and (unless ``dry_run``) write; what the command line does.

    The file is streamed from reading through planning to writing: a file at
    the size cap is never held whole (issue 11; ``python -m benchmarks``
    prints the peak memory at 10 and 50 MB).
    """
    with _bulk():
        result = read(Path(path), source, encoding=encoding, mapping=mapping)
        with contextlib.closing(_planned(store_of(ledger), result.records)) as rows:
            if dry_run:
                return summarise(rows)
            return apply_plan(store_of(ledger), rows, at=ledger.clock.now(), progress=progress)
