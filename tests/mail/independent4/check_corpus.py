"""Check the fourth independent corpus without the app (standard library only).

Every file parses as an RFC 5322 message with From, To, Subject and a Date
before `now`; every label's root is a Message-ID in the Maildir; roots are
unique; every message joins (by In-Reply-To/References) a labelled thread;
sent mail is from "me" and received mail is not; prints threads per class.

    python tests/mail/independent4/check_corpus.py
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILDIR = HERE / "Maildir"


def main() -> int:
    problems: list[str] = []
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))
    me = {a.lower() for a in labels["me"]}
    now = dt.datetime.fromisoformat(labels["now"].replace("Z", "+00:00"))

    for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
        folder = MAILDIR / sub
        if not folder.is_dir():
            problems.append(f"missing folder {sub}")
        elif not any(folder.iterdir()):
            problems.append(f"empty folder without .gitkeep: {sub}")

    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    ids: set[str] = set()
    orphans: list[str] = []
    files = sorted((MAILDIR / "cur").glob("*")) + sorted((MAILDIR / ".Sent/cur").glob("*"))
    for path in files:
        if path.name == ".gitkeep":
            continue
        sent = ".Sent" in path.parts
        try:
            msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            for header in ("From", "To", "Subject", "Date"):
                if msg[header] is None:
                    problems.append(f"{path.name}: no {header}")
            str(msg["Subject"])
            when = email.utils.parsedate_to_datetime(str(msg["Date"]))
            if when >= now:
                problems.append(f"{path.name}: dated after now")
            if not path.name.startswith(f"{int(when.timestamp())}."):
                problems.append(f"{path.name}: file name does not match Date")
            sender = email.utils.parseaddr(str(msg["From"]))[1].lower()
            if sent != (sender in me):
                problems.append(f"{path.name}: sender {sender} in wrong folder")
            body = msg.get_body(preferencelist=("plain",))
            if body is not None:
                body.get_content()
        except Exception as exc:  # noqa: BLE001 - report any parse failure
            problems.append(f"{path.name}: {exc!r}")
            continue
        mid = (msg["Message-ID"] or "").strip()
        related = (str(msg["References"] or "") + " " + str(msg["In-Reply-To"] or "")).split()
        if mid:
            if mid in ids:
                problems.append(f"{path.name}: duplicate Message-ID {mid}")
            ids.add(mid)
            find(mid)
            for ref in related:
                union(ref, mid)
        elif related:
            for ref in related[1:]:
                union(ref, related[0])
        else:
            orphans.append(path.name)

    roots = [t["root"] for t in labels["thread"]]
    for root in roots:
        if root not in ids:
            problems.append(f"root not found: {root}")
    if len(set(roots)) != len(roots):
        problems.append("duplicate roots")
    labelled = Counter(find(r) for r in roots if r in ids)
    for group, n in labelled.items():
        if n > 1:
            problems.append(f"{n} labels for one thread ({group})")
    for mid in ids:
        if find(mid) not in labelled:
            problems.append(f"message {mid} joins no labelled thread")
    for t in labels["thread"]:
        if t["expect"] not in ("owed", "awaiting", "none") or not t.get("why"):
            problems.append(f"bad label {t['root']}")

    counts = Counter(t["expect"] for t in labels["thread"])
    print(f"{len(files)} messages, {len(roots)} threads: "
          + ", ".join(f"{k} {counts[k]}" for k in ("owed", "awaiting", "none")))
    if orphans:
        print("messages without Message-ID or references (by convention): " + ", ".join(orphans))
    if len(roots) < 70:
        problems.append("fewer than 70 threads")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
