"""One agenda line as the command line writes it in JSON (``due``, ``loop show``)."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from ghostless.cli.common import local_or_none
from ghostless.core.agenda import AgendaLine, line_of
from ghostless.core.timeparse import local_text
from ghostless.services.reminders import Owed


def owed_json(item: Owed, zone: tzinfo) -> dict[str, Any]:
    """One agenda line with its loop (see :func:`line_json`)."""
    return line_json(line_of(item.item, item.loop), zone)


def line_json(line: AgendaLine, zone: tzinfo) -> dict[str, Any]:
    """One agenda line: one object per thing owed, its repair advice a field of it."""
    return {
        "loop_id": line.loop_id,
        "key": line.key,
        "contact": line.contact,
        "org": line.org,
        "subject": line.subject,
        "kind": line.kind.value,
        "rule": line.rule.value,
        "action": line.action.value,
        "label": line.action.label,
        "status": line.status.value,
        "owed_now": line.owed_now,
        "waiting": line.waiting,
        "dismissible": line.rule.dismissible,
        "opens_at": local_text(line.opens_at, zone),
        "due_at": local_text(line.due_at, zone),
        "overdue_at": local_text(line.overdue_at, zone),
        "remind_at": local_or_none(line.remind_at, zone),
        "snoozed_until": local_or_none(line.snoozed_until, zone),
        "repair": None
        if line.repair is None
        else {
            "kind": line.repair.value,
            "advice": line.repair.advice,
            "apology_works_until": local_or_none(line.repair_until, zone),
        },
    }
