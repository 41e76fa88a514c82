"""Exit codes and JSON output: what every command and the entry point share.

Kept free of the app's own modules, so ``ghostless`` (which starts the app)
and ``ghostless --version`` load nothing more than they need.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import datetime
from typing import Any

EXIT_OK, EXIT_STORE, EXIT_USAGE = 0, 1, 2


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=_json_default)
    sys.stdout.write("\n")


def print_json_list(items: Iterable[Any]) -> None:
    """Write a JSON array as ``print_json`` would, an element at a time: the listing
    streams, whatever its length, and memory stays that of one page."""
    out = sys.stdout
    first = True
    for item in items:
        text = json.dumps(item, indent=2, ensure_ascii=False, default=_json_default)
        out.write(("[\n  " if first else ",\n  ") + text.replace("\n", "\n  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
