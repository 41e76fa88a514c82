"""``ghostless pipeline``: the job-search board, and moving a loop along it."""

from __future__ import annotations

import argparse

from ghostless.cli.common import open_service, parse_id, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.cli.owed import owed_json
from ghostless.core.i18n import _
from ghostless.core.pipeline import parse_stage
from ghostless.core.wording import next_text
from ghostless.services.pipeline import PipelineService


def pipeline_show(args: argparse.Namespace) -> int:
    service = open_service(args)
    try:
        now, zone = service.ledger.clock.now(), service.zone
        columns = PipelineService(service).board(limit=args.limit, now=now)
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json(
            [
                {
                    "stage": column.stage.value,
                    "label": column.stage.label,
                    "total": column.total,
                    "cards": [
                        {
                            "loop_id": card.loop.id,
                            "loop_ids": list(card.loop_ids),
                            "role": card.role,
                            "contact": card.loop.contact_name,
                            "org": card.org,
                            "subject": card.loop.subject,
                            "kind": card.loop.kind.value,
                            "owed": None if card.owed is None else owed_json(card.owed, zone),
                        }
                        for card in column.cards
                    ],
                }
                for column in columns
            ]
        )
        return EXIT_OK
    lines: list[str] = []
    for column in columns:
        lines.append(f"{column.stage.label} ({column.total:,})")
        for card in column.cards:
            loop = card.loop
            who = card.org or loop.contact_org or loop.contact_name
            others = [i for i in card.loop_ids if i != loop.id]
            also = (
                f" (with loop{'s' if len(others) > 1 else ''} {', '.join(map(str, others))})"
                if others
                else ""
            )
            owed = (
                f" – {next_text(card.owed.window, card.owed.status, now, zone)}"
                if card.owed
                else ""
            )
            lines.append(f"  loop {loop.id}{also}: {who} – {card.role or loop.subject}{owed}")
        if column.total > len(column.cards):
            lines.append(f"  … and {column.total - len(column.cards):,} more")
    print("\n".join(lines))
    return EXIT_OK


def pipeline_move(args: argparse.Namespace) -> int:
    loop_id = parse_id(args.loop_id, "loop")
    target = parse_stage(args.stage)
    service = open_service(args)
    try:
        done = PipelineService(service).move(loop_id, target)
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json(
            {
                "loop_id": done.loop_id,
                "event_id": done.event_id,
                "from": done.moved_from.value,
                "to": done.moved_to.value,
            }
        )
    else:
        print(
            _("Loop {loop_id} moved from {label} to {label2}.").format(
                loop_id=loop_id, label=done.moved_from.label, label2=done.moved_to.label
            )
        )
    return EXIT_OK
