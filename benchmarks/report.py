"""Figures against their goals: summary statistics, the plain-text report and its JSON."""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


def percentile(samples: list[float], pct: int) -> float:
    """The ``pct``-th percentile, interpolated between the samples (inclusive method)."""
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[pct - 1]


def summary(samples: list[float]) -> dict[str, float]:
    """Median, p90, p95 and max of durations in seconds, as milliseconds."""
    if not samples:
        return {}
    ms = [value * 1000 for value in samples]
    return {
        "n": len(ms),
        "median_ms": statistics.median(ms),
        "p90_ms": percentile(ms, 90),
        "p95_ms": percentile(ms, 95),
        "max_ms": max(ms),
        "min_ms": min(ms),
    }


@dataclass
class Figure:
    """One measured number, its goal and whether it met it (None: informational)."""

    section: str
    name: str
    value: float | None
    unit: str
    goal: str = ""
    passed: bool | None = None
    note: str = ""
    digits: int = 1

    def line(self) -> str:
        shown = "n/a" if self.value is None else f"{self.value:,.{self.digits}f} {self.unit}"
        verdict = {True: "PASS", False: "MISS", None: ""}[self.passed]
        if self.value is None and self.goal:
            verdict = "NOT MEASURED"
        goal = f"goal {self.goal}" if self.goal else ""
        text = f"  {self.name:<56} {shown:>10}  {goal:<13} {verdict}"
        return text.rstrip() + (f"\n      {self.note}" if self.note else "")


@dataclass
class Report:
    """Everything one run measured, printed as text and saved as JSON."""

    figures: list[Figure] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, figure: Figure) -> None:
        if figure.value is None:
            figure.passed = None
        self.figures.append(figure)

    def text(self) -> str:
        lines = ["Ghostless benchmarks", "=" * 20]
        if "machine" in self.details:
            lines.append(str(self.details["machine"]))
        stores = self.details.get("stores", [])
        lines += [f"Store: {store}" for store in stores] if isinstance(stores, list) else []
        section = None
        for figure in self.figures:
            if figure.section != section:
                section = figure.section
                lines += ["", section]
            lines.append(figure.line())
        judged = [f for f in self.figures if f.passed is not None]
        missed = [f for f in judged if not f.passed]
        unmeasured = [f for f in self.figures if f.goal and f.value is None]
        lines += ["", f"{len(judged) - len(missed)} of {len(judged)} measured goals met."]
        if unmeasured:
            lines.append(f"{len(unmeasured)} goal(s) not measured (see the problems below).")
        if missed:
            lines.append("Missed: " + "; ".join(f.name for f in missed))
        for problem in self.problems:
            lines.append(f"PROBLEM: {problem}")
        return "\n".join(lines)

    def markdown(self, machine: list[str], command: str) -> str:
        """The report as the Markdown page docs/performance.md: machine, figures, problems."""
        lines = [
            "# Performance",
            "",
            f"The last run of `{command}`, written by the benchmark itself "
            "(`python -m benchmarks`; see benchmarks/__main__.py). Every ratio is to a floor "
            "taken in the same run on the same machine; the figures compare only within it.",
            "",
            "## The machine",
            "",
            *(f"- {line}" for line in machine),
            "",
            "## The stores",
            "",
            *(f"- {store}" for store in self.details.get("stores", []) or []),
        ]
        section = None
        for figure in self.figures:
            if figure.section != section:
                section = figure.section
                lines += ["", f"## {section}", "", "| figure | value | goal | | note |",
                          "|---|---:|---|---|---|"]  # fmt: skip
            shown = (
                "n/a"
                if figure.value is None
                else f"{figure.value:,.{figure.digits}f} {figure.unit}"
            )
            verdict = {True: "met", False: "**missed**", None: ""}[figure.passed]
            cells = (figure.name.strip(), shown.strip(), figure.goal, verdict, figure.note)
            lines.append("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
        judged = [f for f in self.figures if f.passed is not None]
        missed = [f for f in judged if not f.passed]
        lines += ["", f"{len(judged) - len(missed)} of {len(judged)} measured goals met."]
        if self.problems:
            lines += ["", "## Problems", "", *(f"- {problem}" for problem in self.problems)]
        return "\n".join(lines) + "\n"

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "figures": [asdict(f) for f in self.figures],
            "details": self.details,
            "problems": self.problems,
        }
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
