"""One agenda line as the command line writes it in JSON (``due``, ``loop show``)."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from ghostless.cli.common import local_or_none
from ghostless.core.timeparse import local_text
from ghostless.services.reminders import Owed


def owed_json(item: Owed, zone: tzinfo) -> dict[str, Any]:
    """One agenda line: one object per thing owed, its repair advice a field of it."""
    loop, window = item.loop, item.window
    return {
        "loop_id": loop.id,
        "key": window.key,
        "contact": loop.contact_name,
        "org": loop.contact_org,
        "subject": loop.subject,
        "kind": loop.kind.value,
        "rule": window.rule.value,
        "action": window.action.value,
        "label": window.action.label,
        "status": item.status.value,
        "owed_now": item.owed_now,
        "waiting": window.waiting,
        "dismissible": window.rule.dismissible,
        "opens_at": local_text(window.opens_at, zone),
        "due_at": local_text(window.due_at, zone),
        "overdue_at": local_text(window.overdue_at, zone),
        "remind_at": local_or_none(window.remind_at, zone),
        "snoozed_until": local_or_none(item.snoozed_until, zone),
        "repair": None
        if item.repair is None
        else {
            "kind": item.repair.value,
            "advice": item.repair.advice,
            "apology_works_until": local_or_none(item.item.repair_until, zone),
        },
    }
