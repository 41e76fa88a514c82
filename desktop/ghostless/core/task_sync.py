"""What a change made to a follow-up task elsewhere (a phone, another client) means.

Ghostless writes each owed item as a task (VTODO) on the user's CalDAV server.
When the sync reads one back changed, this module decides what it means on the
loop, with the same meaning a click in the window has:

- completed: what the item asked for was done. A reply, a thank-you, a nudge,
  a confirmation... is a message sent (logged when it was completed); "still
  going?" ticked once the interview has begun means the interview was held (a
  meeting at its time); an offer to close a silent loop closes it as "no
  response";
- its due date moved later: the item is snoozed until then;
- deleted: a dismissible item is dismissed; anything else (a reply owed is ended
  politely, never dismissed) is put back on the server, and the user is told why.

Nothing is recorded for an item that is no longer owed (handled here already,
or expired): the change is acknowledged and no event is invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ghostless.core.done import attended, done_meaning
from ghostless.core.models import EventKind, Outcome
from ghostless.core.windows import Action, FollowUpWindow


class Effect(StrEnum):
    """What the sync does on the loop for one changed task."""

    LOG_EVENT = "log_event"
    CLOSE = "close"
    SNOOZE = "snooze"
    DISMISS = "dismiss"
    PUT_BACK = "put_back"
    NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class RemoteTask:
    """A task as read back from the server (None: it was deleted there)."""

    completed: bool
    completed_at: datetime | None
    due_at: datetime | None


@dataclass(frozen=True, slots=True)
class Decision:
    """One effect and what it needs; ``note`` is what the sync reports to the user."""

    effect: Effect
    note: str
    event: EventKind | None = None
    at: datetime | None = None
    outcome: Outcome | None = None
    until: datetime | None = None
    text: str = ""


def decide(
    window: FollowUpWindow | None,
    remote: RemoteTask | None,
    *,
    sent_due: datetime,
    now: datetime,
) -> Decision:
    """What the change to one task means (see the module's docstring).

    ``window`` is the item's window if the loop still has it (None: handled here
    already), ``remote`` the task as the server has it (None: deleted),
    ``sent_due`` the due date Ghostless last wrote on it.
    """
    if window is not None and remote is not None and remote.completed:
        held = attended(window, min(remote.completed_at or now, now))
        if held is not None:
            return Decision(Effect.LOG_EVENT, "done elsewhere: the interview was held",
                            event=held.event, at=held.at,
                            text=done_text(window.action))  # fmt: skip
    if window is None or (window.expires_at is not None and now >= window.expires_at):
        return Decision(Effect.NOTHING, "no longer owed here; nothing recorded")
    if remote is None:
        if window.rule.dismissible:
            return Decision(Effect.DISMISS, "deleted elsewhere: dismissed")
        return Decision(
            Effect.PUT_BACK,
            "deleted elsewhere, but this cannot be dismissed (close the loop politely "
            "instead): put back",
        )
    if remote.completed:
        done = done_meaning(window, min(remote.completed_at or now, now))
        if done.outcome is not None:
            return Decision(Effect.CLOSE, f"done elsewhere: {done.note}",
                            at=done.at, outcome=done.outcome)  # fmt: skip
        return Decision(
            Effect.LOG_EVENT,
            f"done elsewhere: {done.note}",
            event=done.event,
            at=done.at,
            text=done_text(window.action),
        )
    if remote.due_at is not None and remote.due_at > sent_due and remote.due_at > now:
        return Decision(Effect.SNOOZE, "moved later elsewhere: snoozed", until=remote.due_at)
    return Decision(Effect.NOTHING, "changed elsewhere; nothing it means here")


def done_text(action: Action) -> str:
    """The text of the event logged when a task is completed elsewhere."""
    return f"Done in another app (from the task “{action.label}”)"
