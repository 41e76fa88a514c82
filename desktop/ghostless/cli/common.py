"""What every ``ghostless`` command shares: opening the store, ids, JSON, tables."""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo

from ghostless.cli.output import write_all
from ghostless.core.clock import FixedClock, SystemClock
from ghostless.core.errors import InputError
from ghostless.core.timeparse import local_text, parse_instant
from ghostless.services.ledger import Ledger
from ghostless.services.paths import resolve_data_dir
from ghostless.services.reminders import ReminderService


def open_ledger(args: argparse.Namespace) -> Ledger:
    """The ledger in the user's zone (the settings' time zone, else the system's),
    its clock fixed at ``--now`` when the command takes one."""
    ledger = Ledger.open(resolve_data_dir(getattr(args, "data_dir", None)), SystemClock())
    from ghostless.services.language import start_for

    start_for(ledger, getattr(args, "language", None))
    text = getattr(args, "now", None)
    if text:
        try:
            ledger.clock = FixedClock(parse_instant(text, ledger.zone, field="now"))
        except BaseException:
            ledger.close()
            raise
    return ledger


def open_service(args: argparse.Namespace) -> ReminderService:
    """The follow-up engine over the user's ledger, its clock fixed at this command's now."""
    ledger = open_ledger(args)
    ledger.clock = FixedClock(ledger.clock.now())
    return ReminderService(ledger)


def wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def parse_id(text: str, field: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise InputError(f"{field}: {text!r} is not an id (a whole number)", field=field) from None
    if value <= 0:
        raise InputError(f"{field}: {text!r} is not an id (a whole number)", field=field)
    return value


def print_table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    widths = table_widths(header, rows)
    print_rows(header, rows, widths or [len(cell) for cell in header])


#: The widest a column grows; longer cells are cut with an ellipsis.
MAX_WIDTH = 40


def table_widths(header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> list[int] | None:
    """Each column's width (its widest cell, at most :data:`MAX_WIDTH`) over ``rows``,
    read once; None when there are none."""
    widths = [len(cell) for cell in header]
    empty = True
    for row in rows:
        empty = False
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    return None if empty else [min(MAX_WIDTH, width) for width in widths]


def print_rows(
    header: tuple[str, ...], rows: Iterable[tuple[str, ...]], widths: Sequence[int]
) -> None:
    """The header and ``rows`` in columns of ``widths``, each row printed as it comes."""

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            (cell if len(cell) <= w else cell[: w - 1] + "…").ljust(w)
            for cell, w in zip(cells, widths, strict=True)
        ).rstrip()

    write_all(line(row) + "\n" for row in itertools.chain((header,), rows))


def local_or_none(instant: datetime | None, zone: tzinfo) -> str | None:
    """An optional instant as ISO 8601 with the user's offset, for JSON."""
    return local_text(instant, zone) if instant else None
