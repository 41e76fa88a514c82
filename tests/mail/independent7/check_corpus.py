"""Check the seventh independent corpus without the app (standard library only).

- labels.toml: `me`, `now`, and 80 threads, each with a root, an expectation
  (owed / awaiting / none) and a one-line reason; roots unique.
- Every file in the Maildir and its Maildir++ folders parses, its subject and
  first text part decode, and a readable Date is before `now` and matches the
  file name's delivery time. Mail in .Sent and .Drafts is from "me"; mail from
  "me" elsewhere is a copy of a sent message.
- A Message-ID held in two folders is the same message (a copy).
- Threads: messages are joined by References / In-Reply-To (and a bounce by
  the Message-ID in the headers it returns); a fragment holding no labelled
  root joins the labelled thread with the same normalised subject and the
  same counterpart within 30 days. Then every message lies in exactly one
  labelled thread, every root is found, and two labelled threads sharing a
  subject and a counterpart are more than 30 days apart.
- The counts are about a third owed, a fifth awaiting, the rest none.

    python tests/mail/independent7/check_corpus.py
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILDIR = HERE / "Maildir"
PREFIX = re.compile(r"^\s*(re|sv|vb|odp|pd|fw|fwd|automatic reply|autosvar|out of office|odpowiedź automatyczna)\s*:\s*", re.I)
MSGID = re.compile(r"<[^<>\s]+>")


def normalised(subject: str) -> str:
    subject = re.sub(r"\s+", " ", subject).strip()
    while True:
        shorter = PREFIX.sub("", subject)
        if shorter == subject:
            return subject.lower()
        subject = shorter


def addresses(msg, *names: str) -> set[str]:
    values = [str(msg[n]) for n in names if msg[n] is not None]
    return {a.lower() for _, a in email.utils.getaddresses(values) if a}


def main() -> int:  # noqa: C901 - one linear list of checks
    problems: list[str] = []
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))
    me = {a.lower() for a in labels["me"]}
    now = dt.datetime.fromisoformat(labels["now"].replace("Z", "+00:00"))
    threads = labels["thread"]
    for t in threads:
        if t.get("expect") not in ("owed", "awaiting", "none"):
            problems.append(f"bad expect for {t.get('root')}")
        if not t.get("why") or "\n" in t["why"]:
            problems.append(f"missing or multi-line why for {t.get('root')}")
        if not MSGID.fullmatch(t.get("root", "")):
            problems.append(f"root is not a Message-ID: {t.get('root')}")
    roots = [t["root"] for t in threads]
    if len(set(roots)) != len(roots):
        problems.append("duplicate roots")

    folders = [MAILDIR] + sorted(p for p in MAILDIR.iterdir() if p.is_dir() and p.name.startswith("."))
    for folder in folders:
        for sub in ("cur", "new", "tmp"):
            if not (folder / sub).is_dir():
                problems.append(f"missing {folder.name}/{sub}")
        if folder != MAILDIR and not (folder / "maildirfolder").exists():
            problems.append(f"{folder.name}: no maildirfolder marker")

    msgs = []  # (key, path, folder, msg, mid, when, sender, counterparts, subject)
    by_mid: dict[str, list] = defaultdict(list)
    for folder in folders:
        for path in sorted((folder / "cur").iterdir()) + sorted((folder / "new").iterdir()):
            if path.name.startswith("."):
                continue
            name = f"{folder.name if folder != MAILDIR else 'INBOX'}/{path.parent.name}/{path.name}"
            try:
                msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
                subject = str(msg["Subject"] or "")
                body = msg.get_body(preferencelist=("plain", "html"))
                if body is not None:
                    try:
                        body.get_content()
                    except (LookupError, UnicodeError):
                        body.get_payload(decode=True).decode("utf-8", "replace")
            except Exception as exc:  # noqa: BLE001 - report any parse failure
                problems.append(f"{name}: {exc!r}")
                continue
            if msg["From"] is None:
                problems.append(f"{name}: no From")
            when = None
            try:
                when = email.utils.parsedate_to_datetime(str(msg["Date"])) if msg["Date"] else None
                if when is not None and when.tzinfo is None:
                    when = None
            except (TypeError, ValueError):
                when = None
            stamp = dt.datetime.fromtimestamp(int(path.name.split(".")[0]), dt.timezone.utc)
            if when is not None and abs((when - stamp).total_seconds()) > 60:
                problems.append(f"{name}: Date does not match the file name")
            if stamp >= now:
                problems.append(f"{name}: delivered after now")
            when = when or stamp
            sender = email.utils.parseaddr(str(msg["From"]))[1].lower()
            recipients = addresses(msg, "To", "Cc")
            counterparts = (recipients - me) if sender in me else {sender}
            mid = (msg["Message-ID"] or "").strip() or None
            key = mid or name
            entry = (key, name, folder.name, msg, mid, when, sender, counterparts, normalised(subject))
            msgs.append(entry)
            if mid:
                by_mid[mid].append(entry)
            own = folder.name in (".Sent", ".Drafts")
            if own and sender not in me:
                problems.append(f"{name}: not from me in {folder.name}")

    copies = []
    for mid, entries in by_mid.items():
        if len(entries) > 1:
            first = entries[0][3]
            for other in entries[1:]:
                if any(str(first[h]) != str(other[3][h]) for h in ("From", "Date", "Subject")):
                    problems.append(f"Message-ID {mid} names two different messages")
            copies.append(f"{mid} in " + ", ".join(e[2] or "INBOX" for e in entries))
    sent_ids = {e[4] for e in msgs if e[2] == ".Sent" and e[4]}
    for e in msgs:
        if e[6] in me and e[2] not in (".Sent", ".Drafts") and e[4] not in sent_ids:
            problems.append(f"{e[1]}: my mail outside .Sent that is not a copy of a sent message")

    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    for key, name, _, msg, mid, *_ in msgs:
        find(key)
        related = MSGID.findall(str(msg["References"] or "") + " " + str(msg["In-Reply-To"] or ""))
        if msg.get_content_type() == "multipart/report":
            for part in msg.walk():
                if part.get_content_type() in ("text/rfc822-headers", "message/rfc822"):
                    returned = re.search(r"^Message-ID:\s*(<[^>]+>)", str(part.get_payload()), re.M | re.I)
                    if returned and returned.group(1) in by_mid:
                        related.append(returned.group(1))
        for ref in related:
            union(key, ref)

    root_group = {find(r): r for r in roots if r in by_mid}
    for r in roots:
        if r not in by_mid:
            problems.append(f"root not found: {r}")
    groups: dict[str, list] = defaultdict(list)
    for e in msgs:
        groups[find(e[0])].append(e)
    joined = []
    for g, entries in list(groups.items()):
        if g in root_group:
            continue
        candidates = set()
        for e in entries:
            for lg in root_group:
                for o in groups[lg]:
                    if o[8] == e[8] and o[7] & e[7] and abs((o[5] - e[5]).total_seconds()) <= 30 * 86400:
                        candidates.add(lg)
        if len(candidates) == 1:
            target = candidates.pop()
            joined.append(f"{entries[0][1]} -> thread of {root_group[target]}")
            groups[target].extend(entries)
            del groups[g]
        else:
            problems.append(f"{entries[0][1]}: joins {len(candidates)} labelled threads")
    seen_in: Counter = Counter()
    for g, entries in groups.items():
        roots_here = [r for r in roots if r in {e[4] for e in entries}]
        if len(roots_here) != 1:
            problems.append(f"a thread holds {len(roots_here)} labelled roots: {roots_here}")
        for e in entries:
            seen_in[e[1]] += 1
    for e in msgs:
        if seen_in[e[1]] != 1:
            problems.append(f"{e[1]} lies in {seen_in[e[1]]} labelled threads")
    spans = []
    for g, entries in groups.items():
        label = root_group.get(g)
        first = min(entries, key=lambda x: x[5])
        spans.append((label, first[8], set().union(*(x[7] for x in entries)),
                      min(x[5] for x in entries), max(x[5] for x in entries)))
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a[1] == b[1] and a[2] & b[2]:
                gap = max(a[3], b[3]) - min(a[4], b[4])
                if gap <= dt.timedelta(days=30):
                    problems.append(f"{a[0]} and {b[0]}: same subject and counterpart within 30 days")
                else:
                    print(f"same subject, new thread after {gap.days} days: {a[0]} / {b[0]}")

    counts = Counter(t["expect"] for t in threads)
    print(f"{len(msgs)} files, {len(by_mid)} Message-IDs, {len(threads)} threads: "
          + ", ".join(f"{k} {counts[k]}" for k in ("owed", "awaiting", "none")))
    for c in copies:
        print("copy:", c)
    for j in joined:
        print("joined by subject:", j)
    if len(threads) != 80:
        problems.append(f"{len(threads)} threads, not 80")
    if not (22 <= counts["owed"] <= 30 and 13 <= counts["awaiting"] <= 19):
        problems.append("the owed / awaiting / none balance is off")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
