#!/usr/bin/env python3
"""Sanity checks for the independent2 corpus (parse, roots, counts, naive threading)."""
import re
import tomllib
from collections import Counter
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))
me = {a.lower() for a in labels["me"]}
now = datetime.fromisoformat(labels["now"].replace("Z", "+00:00"))

files = sorted(p for p in (HERE / "Maildir").rglob("*") if p.is_file() and p.name != ".gitkeep")
msgs, raw_seen = {}, {}
for p in files:
    data = p.read_bytes()
    for pol in (policy.default, policy.compat32):
        m = BytesParser(policy=pol).parsebytes(data)
        for k, v in m.items():
            str(v)
        for part in m.walk():
            part.get_payload(decode=True)
    m = BytesParser(policy=policy.compat32).parsebytes(data)
    mid = (m.get("Message-ID") or "").strip() or f"nomid:{p.name}"
    if mid in raw_seen:
        assert raw_seen[mid] == data, f"different content for {mid}"
        continue
    raw_seen[mid] = data
    try:
        dt = parsedate_to_datetime(m["Date"])
        assert dt < now, (p, dt)
    except (TypeError, ValueError):
        dt = None
        print("unparseable Date:", p.name, m["Date"])
    msgs[mid] = (m, dt, p)
print(f"{len(files)} files, {len(msgs)} distinct messages")

roots = [t["root"] for t in labels["thread"]]
assert len(roots) == len(set(roots)), "duplicate roots"
for r in roots:
    assert r in msgs, f"missing root {r}"
print(Counter(t["expect"] for t in labels["thread"]), len(roots), "threads")

# naive threading: refs union, then subject+counterpart within 30 days
parent = {k: k for k in msgs}
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    parent[find(a)] = find(b)
for k, (m, dt, p) in msgs.items():
    ids = re.findall(r"<[^>]+>", (m.get("References") or "") + " " + (m.get("In-Reply-To") or ""))
    for i in ids:
        if i in msgs:
            union(k, i)
def norm(s):
    from email.header import decode_header, make_header
    try:
        s = str(make_header(decode_header(s or "")))
    except Exception:
        s = s or ""
    while True:
        n = re.sub(r"^\s*(re|fwd?|sv|aw|rv|tr)\s*:\s*", "", s, flags=re.I)
        if n == s:
            return s.strip().lower()
        s = n
def counterpart(m):
    addrs = {a.lower() for _, a in getaddresses(m.get_all("From", []) + m.get_all("To", []) + m.get_all("Cc", []))}
    return frozenset(a for a in addrs if a not in me)
order = sorted(msgs, key=lambda k: msgs[k][1] or now)
for i, a in enumerate(order):
    for b in order[:i]:
        ma, da, _ = msgs[a]; mb, db, _ = msgs[b]
        if norm(ma["Subject"]) == norm(mb["Subject"]) and counterpart(ma) & counterpart(mb):
            if da and db and abs(da - db) <= timedelta(days=30):
                union(a, b)
groups = {}
for k in msgs:
    groups.setdefault(find(k), []).append(k)
rootset = set(roots)
bad = 0
for g, ks in groups.items():
    rs = [k for k in ks if k in rootset]
    if len(rs) != 1:
        bad += 1
        print("group with", len(rs), "roots:", [msgs[k][0]["Subject"] for k in ks])
print(len(groups), "naive groups;", bad, "problems")
