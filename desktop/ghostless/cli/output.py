"""Exit codes and JSON output: what every command and the entry point share.

Kept free of the app's own modules, so ``ghostless`` (which starts the app)
and ``ghostless --version`` load nothing more than they need.
"""

from __future__ import annotations

import sys

#: Not ``typing.TYPE_CHECKING``: importing typing costs ``--version`` 3 ms (mypy and
#: ruff read this name the same way).
TYPE_CHECKING = False

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import Any

EXIT_OK, EXIT_STORE, EXIT_USAGE = 0, 1, 2


def print_json(value: Any) -> None:
    import json  # on first use: ``ghostless --version`` has no JSON to write

    # One write: ``json.dump`` writes every token on its own (900,000 writes for
    # ``loops --json`` at 30,000 loops, most of its time).
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, default=_json_default) + "\n")


def print_json_rows(rows: Iterator[Any]) -> None:
    """A JSON array written row by row as ``rows`` yields them: the same text as
    :func:`print_json` of the list, with one row in memory at a time."""
    from ghostless.core.json_stream import json_chunks

    write_all(json_chunks(rows))
    sys.stdout.write("\n")


#: How much text :func:`write_all` gathers before it writes.
_BATCH_CHARS = 1 << 16


def write_all(chunks: Iterable[str]) -> None:
    """Every chunk to stdout, gathered into large writes: stdout may be unbuffered
    (``PYTHONUNBUFFERED``, ``python -u``), and a write per row is then a system call
    per row."""
    batch: list[str] = []
    size = 0
    for chunk in chunks:
        batch.append(chunk)
        size += len(chunk)
        if size >= _BATCH_CHARS:
            sys.stdout.write("".join(batch))
            batch, size = [], 0
    sys.stdout.write("".join(batch))


def _json_default(value: object) -> str:
    from datetime import datetime

    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
