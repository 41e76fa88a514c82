"""The draft checker: precision and recall per finding on the hand-labelled corpus
(tests/drafts/corpus.toml), and the time to check a 300-word draft."""

from __future__ import annotations

import statistics
import time
import tomllib
from pathlib import Path

from benchmarks.report import Figure, Report
from ghostless.core.draft_checker import FindingKind, Intent, check, word_count

CORPUS = Path(__file__).parents[1] / "tests" / "drafts" / "corpus.toml"
SECTION = "Draft checker: {n} hand-labelled drafts; time per 300-word draft"
QUALITY_GOAL = 0.9
TIME_GOAL_MS = 10.0


def draft_checker(report: Report, runs: int = 200) -> None:
    print("Draft checker: corpus and timing…", flush=True)
    with CORPUS.open("rb") as handle:
        drafts = tomllib.load(handle)["draft"]
    section = SECTION.format(n=len(drafts))
    counts = {kind: [0, 0, 0] for kind in FindingKind}
    for draft in drafts:
        found = {f.finding for f in check(draft["text"], draft["intent"])}
        expect = {FindingKind(name) for name in draft["expect"]}
        for kind in FindingKind:
            index = 0 if kind in found and kind in expect else 1 if kind in found else 2
            if kind in found or kind in expect:
                counts[kind][index] += 1
    for kind, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else None
        recall = tp / (tp + fn) if tp + fn else None
        for name, value in (("precision", precision), ("recall", recall)):
            report.add(
                Figure(
                    section, f"{kind.value}, {name} (tp {tp}, fp {fp}, fn {fn})", value, "",
                    f"≥ {QUALITY_GOAL}", value is not None and value >= QUALITY_GOAL, digits=2,
                )
            )  # fmt: skip
    text = " ".join(" ".join(d["text"] for d in drafts).split()[:300])
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        for intent in Intent:
            check(text, intent)
        samples.append((time.perf_counter() - started) / len(Intent) * 1000)
    median = statistics.median(samples)
    worst = max(samples)
    report.add(Figure(section, f"check(), {word_count(text)} words, median", median, "ms",
                      f"≤ {TIME_GOAL_MS:.0f} ms", median <= TIME_GOAL_MS, digits=3))  # fmt: skip
    report.add(Figure(section, f"check(), {word_count(text)} words, max of {runs}", worst, "ms",
                      f"≤ {TIME_GOAL_MS:.0f} ms", worst <= TIME_GOAL_MS, digits=3))  # fmt: skip
