"""The command line's floor: the same rows read with sqlite3 and written out, nothing more.

``python cli_floor.py loops DB``: every open loop with its contact, in urgency
order, one tab-separated line each on stdout. ``python cli_floor.py export DB
FILE``: every contact, loop and event as one JSON line each into FILE. Both
stream, as the least any program printing these rows could do.
"""

from __future__ import annotations

import json
import sqlite3
import sys

LOOPS = (
    "SELECT loops.id, turn, turn_since, contacts.name, contacts.org, kind, subject "
    "FROM loops JOIN contacts ON contacts.id = loops.contact_id WHERE status = 'open' "
    "ORDER BY turn_rank, turn_since, loops.id"
)
TABLES = ("contacts", "loops", "events")


def main(argv: list[str]) -> int:
    what, db = argv[0], argv[1]
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    if what == "loops":
        out = sys.stdout
        for row in conn.execute(LOOPS):
            out.write("\t".join("" if v is None else str(v) for v in row) + "\n")
        return 0
    with open(argv[2], "w", encoding="utf-8") as handle:
        for table in TABLES:
            cursor = conn.execute(f"SELECT * FROM {table}")
            names = [column[0] for column in cursor.description]
            for row in cursor:
                handle.write(json.dumps(dict(zip(names, row, strict=True))) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
