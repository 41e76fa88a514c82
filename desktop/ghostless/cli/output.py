"""Exit codes and JSON output: what every command and the entry point share.

Kept free of the app's own modules, so ``ghostless`` (which starts the app)
and ``ghostless --version`` load nothing more than they need.
"""

from __future__ import annotations

import sys
from typing import Any

EXIT_OK, EXIT_STORE, EXIT_USAGE = 0, 1, 2


def print_json(value: Any) -> None:
    import json  # on first use: ``ghostless --version`` has no JSON to write

    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=_json_default)
    sys.stdout.write("\n")


def _json_default(value: object) -> str:
    from datetime import datetime

    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
