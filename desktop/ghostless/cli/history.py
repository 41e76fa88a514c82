"""Taking back and correcting: ``undo``, ``redo``, editing or deleting a logged event.

The undo history is kept in the store (see :mod:`ghostless.services.undo`), so
``ghostless undo`` takes back the last action wherever it was made, in the
window or here.
"""

from __future__ import annotations

import argparse

from ghostless.cli.common import open_ledger, parse_id, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.i18n import _
from ghostless.core.timeparse import parse_instant
from ghostless.core.validation import parse_event_kind


def undo_command(args: argparse.Namespace) -> int:
    return _take_back(args, redo=False)


def redo_command(args: argparse.Namespace) -> int:
    return _take_back(args, redo=True)


def _take_back(args: argparse.Namespace, *, redo: bool) -> int:
    ledger = open_ledger(args)
    try:
        done = ledger.history.redo() if redo else ledger.history.undo()
        next_undo, next_redo = ledger.history.undo_label(), ledger.history.redo_label()
    finally:
        ledger.close()
    if wants_json(args):
        verb = "redone" if redo else "undone"
        print_json({verb: done.label, "loop_ids": sorted(done.loop_ids),
                    "undo": next_undo, "redo": next_redo})  # fmt: skip
        return EXIT_OK
    print(f"{'Redone' if redo else 'Undone'}: {done.label}.")
    return EXIT_OK


def event_edit(args: argparse.Namespace) -> int:
    event_id = parse_id(args.event_id, "event")
    ledger = open_ledger(args)
    try:
        event = ledger.event(event_id)
        kind = parse_event_kind(args.event) if args.event else event.kind
        at = parse_instant(args.at, ledger.zone, field="at") if args.at else event.at
        text = event.text if args.text is None else args.text
        ledger.edit_event(event_id, kind=kind, at=at, text=text, confirmed=args.yes)
        loop = ledger.loop(event.loop_id)
    finally:
        ledger.close()
    if wants_json(args):
        print_json({"event_id": event_id, "loop_id": loop.id, "turn": loop.turn.value})
        return EXIT_OK
    print(_("Corrected event {event_id} on loop {id}. Now: {value}. Undo with: "
"ghostless undo").format(event_id=event_id, id=loop.id, value=loop.turn.label.lower()))  # fmt: skip
    return EXIT_OK


def event_delete(args: argparse.Namespace) -> int:
    from ghostless.core.errors import ConfirmationRequired

    event_id = parse_id(args.event_id, "event")
    ledger = open_ledger(args)
    try:
        event = ledger.event(event_id)
        if not args.yes:
            raise ConfirmationRequired(
                f"event {event_id} ({event.kind.label.lower()}) would leave loop "
                f"{event.loop_id}'s record; add --yes to delete it"
            )
        ledger.delete_event(event_id)
    finally:
        ledger.close()
    print(
        _("Deleted event {event_id} from loop {loop_id}. Undo with: ghostless undo").format(
            event_id=event_id, loop_id=event.loop_id
        )
    )
    return EXIT_OK
