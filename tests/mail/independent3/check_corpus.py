"""Sanity-check the third independent corpus without the app (stdlib only).

Every file parses, has the headers a message needs and a Date before `now`,
its file name starts with the Date's epoch; every thread (joined by
In-Reply-To/References) is labelled exactly once by the Message-ID of its
first message that has one; prints the counts per class.
"""

import sys
import tomllib
from collections import Counter
from datetime import datetime
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))
    now = datetime.fromisoformat(labels["now"].replace("Z", "+00:00"))
    problems = []
    msgs = {}
    parent = {}
    files = [p for d in ("cur", ".Sent/cur") for p in sorted((HERE / "Maildir" / d).iterdir())]
    nameless = []
    for path in files:
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        for h in ("From", "To", "Subject", "Date"):
            if msg[h] is None:
                problems.append(f"{path.name}: no {h}")
        date = parsedate_to_datetime(str(msg["Date"]))
        if date >= now:
            problems.append(f"{path.name}: dated after now")
        if int(path.name.split(".")[0]) != int(date.timestamp()):
            problems.append(f"{path.name}: name does not match Date")
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            body.get_content()  # decodes the charset and transfer encoding
        mid = msg["Message-ID"]
        refs = (str(msg["References"] or "").split() + str(msg["In-Reply-To"] or "").split())
        if mid is None:
            nameless.append((date, refs, msg["Subject"]))
            continue
        mid = str(mid).strip()
        msgs.setdefault(mid, (date, str(msg["Subject"])))
        for r in refs:
            parent.setdefault(mid, set()).add(r)

    # union-find over Message-IDs
    root = {m: m for m in msgs}

    def find(m):
        while root[m] != m:
            root[m] = root[root[m]]
            m = root[m]
        return m

    for m, rs in parent.items():
        for r in rs:
            if r in root:
                root[find(m)] = find(r)
    groups = {}
    for m in msgs:
        groups.setdefault(find(m), []).append(m)
    first = {g: min(ms, key=lambda x: msgs[x][0]) for g, ms in groups.items()}

    labelled = Counter(t["root"] for t in labels["thread"])
    for r, n in labelled.items():
        if n > 1:
            problems.append(f"{r}: labelled {n} times")
        if r not in msgs:
            problems.append(f"{r}: label root is no Message-ID in the Maildir")
        elif first[find(r)] != r:
            problems.append(f"{r}: not the first message of its thread ({first[find(r)]})")
    for g, f in first.items():
        if f not in labelled:
            problems.append(f"thread of {f} ({msgs[f][1]}) has no label")
    for t in labels["thread"]:
        if t["expect"] not in ("owed", "awaiting", "none") or not t.get("why"):
            problems.append(f"{t['root']}: bad label")

    counts = Counter(t["expect"] for t in labels["thread"])
    print(f"{len(files)} files, {len(groups)} threads, {len(labels['thread'])} labels, "
          f"{len(nameless)} message(s) without Message-ID")
    print(", ".join(f"{k} {counts[k]}" for k in ("owed", "awaiting", "none")))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
