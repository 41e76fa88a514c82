"""``ghostless stats``: the figures behind every chart of the Insights tab."""

from __future__ import annotations

import argparse

from ghostless.cli.common import open_ledger, print_table, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.i18n import _
from ghostless.core.insights import (
    OUTCOME_GROUPS,
    Insights,
    reading_outcomes,
    reading_owed,
    reading_punctuality,
    reading_quiet,
)
from ghostless.core.timeparse import parse_instant
from ghostless.services.insights import InsightsService


def stats(args: argparse.Namespace) -> int:
    ledger = open_ledger(args)
    try:
        since = parse_instant(args.since, ledger.zone, field="since") if args.since else None
        figures = InsightsService(ledger).insights(since)
    finally:
        ledger.close()
    if wants_json(args):
        print_json(figures.to_json())
    else:
        _print(figures)
    return EXIT_OK


def _print(figures: Insights) -> None:
    print(_("My reply time (hours): median and 90th percentile, against the playbook's due time"))
    print_table(
        ("month", "kind", "median", "90%", "due", "answered"),
        [
            (r.month, r.kind.label, str(r.median_hours), str(r.p90_hours), str(r.due_hours),
             str(r.answered))
            for r in figures.reply_times
        ] or [("–", "", "", "", "", "")],
    )  # fmt: skip
    print()
    print(
        _("On time, late and still owed, by month asked: ")
        + reading_punctuality(figures.punctuality)
    )
    print_table(
        ("month", "on time", "late", "still owed"),
        [(p.month, str(p.on_time), str(p.late), str(p.owed)) for p in figures.punctuality]
        or [("–", "", "", "")],
    )
    print()
    print(_("What I owe now, by age: ") + reading_owed(figures.owed_by_age))
    print_table(("waited", "loops"), [(b.label, str(b.loops)) for b in figures.owed_by_age])
    print()
    print(_("Who went quiet on me: ") + reading_quiet(figures.quiet))
    print_table(
        ("organisation", "quiet", "of my loops", "share"),
        [(q.org, str(q.quiet), str(q.loops), f"{q.share:.0%}") for q in figures.quiet]
        or [("–", "", "", "")],
    )
    print()
    print(_("Outcomes by quarter closed: ") + reading_outcomes(figures.outcomes))
    print_table(
        ("quarter", *(_(label).lower() for _key, label in OUTCOME_GROUPS)),
        [(o.quarter, *(str(n) for n in o.counts)) for o in figures.outcomes]
        or [("–", *("" for _group in OUTCOME_GROUPS))],
    )
