"""``ghostless remind``: deliver what is due now, for machines without a tray.

Run from a cron job or a systemd timer (docs/install.md shows both). Each
reminder is claimed and recorded once per data folder, whatever else runs:
the app, another ``remind``. When no notification service answers, the
reminders are printed on standard output, which cron mails to the user.
"""

from __future__ import annotations

import argparse
from typing import Any

from ghostless.cli.common import open_service, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.i18n import _
from ghostless.core.timeparse import local_text
from ghostless.core.wording import due_words
from ghostless.services.remind import Reminded, command_line_backends, remind


def remind_command(args: argparse.Namespace) -> int:
    service = open_service(args)
    zone, now = service.zone, service.ledger.clock.now()
    try:
        run = remind(service, now, command_line_backends())
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json([_item_json(item, run.shown_by, zone) for item in run.items])
        return EXIT_OK
    if run.printed:
        for item in run.items:
            window = item.pending.window
            print(
                _("{value:<9} loop {loop_id}: {contact} – {subject}").format(
                    value=item.status.value.upper(),
                    loop_id=item.loop_id,
                    contact=item.contact,
                    subject=item.subject,
                )
            )
            print(f"{'':<9} {window.label} · {due_words(window, item.status, now, zone)}")
    return EXIT_OK


def _item_json(item: Reminded, shown_by: str | None, zone: Any) -> dict[str, Any]:
    window = item.pending.window
    return {
        "loop_id": item.loop_id,
        "contact": item.contact,
        "subject": item.subject,
        "rule": window.rule.value,
        "action": window.action.value,
        "label": window.label,
        "status": item.status.value,
        "key": item.pending.key,
        "at": local_text(item.pending.at, zone),
        "due_at": local_text(window.due_at, zone),
        "shown_by": shown_by,
    }
