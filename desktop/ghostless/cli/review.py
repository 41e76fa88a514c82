"""``ghostless review``: the weekly review's line, and turning its notification on or off."""

from __future__ import annotations

import argparse

from ghostless.cli.common import open_ledger, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.i18n import _
from ghostless.services.insights import InsightsService


def review(args: argparse.Namespace) -> int:
    ledger = open_ledger(args)
    try:
        service = InsightsService(ledger)
        if args.switch is not None:
            service.set_review_enabled(args.switch == "on")
        week = service.week()
        enabled = service.review_enabled()
    finally:
        ledger.close()
    if wants_json(args):
        print_json(
            {"on_time": week.on_time, "late": week.late, "owed": week.owed, "notify": enabled}
        )
        return EXIT_OK
    print(week.text)
    state = "on" if enabled else "off"
    print(
        _("The weekly review notification is {state} ('ghostless review on|off').").format(
            state=state
        )
    )
    return EXIT_OK
