"""The follow-up commands: what is owed (``due``), ``snooze`` and ``away``."""

from __future__ import annotations

import argparse
from datetime import datetime, tzinfo
from typing import Any

from ghostless.cli import EXIT_OK, print_json
from ghostless.cli_common import local_or_none, now_of, open_reminders, parse_id, wants_json
from ghostless.core.planner import Status
from ghostless.core.playbooks import repair_advice
from ghostless.core.timeparse import local_text
from ghostless.core.windows import Action
from ghostless.core.wording import when_words
from ghostless.services.reminders import Owed, parse_away_reason, parse_snooze_preset
from ghostless.services.typed_time import parse_when
from ghostless.services.zone import local_zone


# -- follow-ups ----------------------------------------------------------------
def due(args: argparse.Namespace) -> int:
    zone = local_zone()
    now = now_of(args, zone)
    service = open_reminders(args, now, zone)
    try:
        owed = service.agenda(now)
        away = service.away()
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json([owed_json(item, zone) for item in owed])
        return EXIT_OK
    if away is not None:
        print(
            f"Away since {when_words(away.start, now, zone)} ({away.reason.label.lower()}): "
            "reminders are paused. Say 'ghostless away off' when you are back."
        )
    if not owed:
        print("Nothing is owed. Every open loop is either answered or waiting on them.")
        return EXIT_OK
    # A repair is advice on a late loop, not one more thing owed: it is told
    # under that loop's own entry rather than listed as a second one.
    repairs = {i.loop.id: i for i in owed if i.window.action is Action.REPAIR}
    for item in owed:
        loop, window = item.loop, item.window
        if window.action is Action.REPAIR and any(
            other.loop.id == loop.id and other is not item for other in owed
        ):
            continue
        who = loop.contact_name + (f" ({loop.contact_org})" if loop.contact_org else "")
        print(f"{item.status.value.upper():<9} loop {loop.id}: {who} – {loop.subject}")
        print(f"{'':<9} {window.action.label}")
        print(f"{'':<9} {_timing_words(item, now, zone)}")
        repair = repairs.get(loop.id)
        if repair is not None and repair is not item:
            print(f"{'':<9} {repair_advice(repair.window, now)}")
    return EXIT_OK


def _timing_words(item: Owed, now: datetime, zone: tzinfo) -> str:
    window = item.window
    if item.status is Status.UPCOMING:
        text = (
            f"opens {when_words(window.opens_at, now, zone)}, "
            f"due {when_words(window.due_at, now, zone)}"
        )
        remind = window.remind_at
        if remind is not None and remind != window.opens_at and item.snoozed_until is None:
            # Outside working hours the reminder waits for the next working morning.
            text += f"; reminder {when_words(remind, now, zone)}"
    elif item.status is Status.OPEN:
        text = f"due {when_words(window.due_at, now, zone)}"
    elif item.status is Status.DUE:
        text = (
            f"due since {when_words(window.due_at, now, zone)}; "
            f"overdue {when_words(window.overdue_at, now, zone)}"
        )
    else:
        text = f"overdue since {when_words(window.overdue_at, now, zone)}"
    if item.snoozed_until is not None:
        text += f"; snoozed until {when_words(item.snoozed_until, now, zone)}"
    return text


def owed_json(item: Owed, zone: tzinfo) -> dict[str, Any]:
    loop, window = item.loop, item.window
    return {
        "loop_id": loop.id,
        "contact": loop.contact_name,
        "org": loop.contact_org,
        "subject": loop.subject,
        "kind": loop.kind.value,
        "rule": window.rule.value,
        "action": window.action.value,
        "label": window.action.label,
        "status": item.status.value,
        "waiting": window.waiting,
        "opens_at": local_text(window.opens_at, zone),
        "due_at": local_text(window.due_at, zone),
        "overdue_at": local_text(window.overdue_at, zone),
        "remind_at": local_or_none(window.remind_at, zone),
        "snoozed_until": local_or_none(item.snoozed_until, zone),
    }


def snooze(args: argparse.Namespace) -> int:
    loop_id = parse_id(args.loop_id, "loop")
    zone = local_zone()
    now = now_of(args, zone)
    preset = parse_snooze_preset(args.until)
    chosen = None if preset else parse_when(args.until, now, zone)
    service = open_reminders(args, now, zone)
    try:
        if preset is not None:
            until, keys = service.snooze_preset(loop_id, preset, now)
        else:
            assert chosen is not None
            until, keys = chosen, service.snooze(loop_id, chosen, now)
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json({"loop_id": loop_id, "until": local_text(until, zone), "snoozed": list(keys)})
    elif keys:
        print(f"Snoozed loop {loop_id} until {when_words(until, now, zone)}.")
    else:
        print(
            f"Nothing on loop {loop_id} comes before {when_words(until, now, zone)}; not snoozed."
        )
    return EXIT_OK


def away_on(args: argparse.Namespace) -> int:
    reason = parse_away_reason(args.reason)
    zone = local_zone()
    now = now_of(args, zone)
    service = open_reminders(args, now, zone)
    try:
        period = service.away_on(reason, now)
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json({"away": True, "since": local_text(period.start, zone), "reason": reason.value})
    else:
        print(
            f"Away from {when_words(period.start, now, zone)}, reason: {reason.value}. "
            "Reminders are paused and nothing is lost; say 'ghostless away off' when you are back."
        )
    return EXIT_OK


def away_off(args: argparse.Namespace) -> int:
    zone = local_zone()
    now = now_of(args, zone)
    service = open_reminders(args, now, zone)
    try:
        summary = service.away_off(now)
        loops = {quiet.loop_id: service.ledger.loop(quiet.loop_id) for quiet in summary.loops}
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json(
            {
                "away_since": local_text(summary.away.start, zone),
                "back_at": local_text(summary.back_at, zone),
                "reason": summary.away.reason.value,
                "message": summary.message,
                "loops": [
                    {
                        "loop_id": quiet.loop_id,
                        "contact": loops[quiet.loop_id].contact_name,
                        "subject": loops[quiet.loop_id].subject,
                        "status": quiet.status.value,
                        "actions": [w.action.value for w in quiet.windows],
                        "due_at": local_text(quiet.windows[0].due_at, zone),
                    }
                    for quiet in summary.loops
                ],
            }
        )
        return EXIT_OK
    print(f"Welcome back. You were away since {when_words(summary.away.start, now, zone)}.")
    if summary.is_empty:
        print("No loop went quiet meanwhile.")
        return EXIT_OK
    print(f"{len(summary.loops)} loop(s) went quiet meanwhile:")
    for quiet in summary.loops:
        loop = loops[quiet.loop_id]
        status = quiet.status.value.upper()
        print(f"  {status:<9} loop {loop.id}: {loop.contact_name} – {loop.subject}")
        for window in quiet.windows:
            print(f"  {'':<9} {window.action.label}")
    print("A short note you could send them (edit it first):")
    print(f"  {summary.message}")
    return EXIT_OK
