"""What "done" means for an owed item, wherever the user says it (Today's X key,
``ghostless done``, a task ticked on a phone).

Most items ask for a message (a reply, a thank-you, a nudge): done is that
message sent. "Still going?" ticked once the interview has begun means the
interview was held (a meeting at its time). The offer to close a silent loop,
done, closes it as "no response".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ghostless.core.models import EventKind, Outcome
from ghostless.core.windows import Action, FollowUpWindow

#: Items whose doing closes the loop, with the outcome.
_CLOSES = {Action.OFFER_CLOSE: Outcome.NO_RESPONSE}
#: Items that nothing logged on their own loop settles, and what does.
NOT_SETTLED_HERE = {
    Action.REACH_OUT: (
        "a new loop with the person you were introduced to settles it "
        "(New loop, then say who introduced you)"
    ),
}


@dataclass(frozen=True, slots=True)
class Done:
    """One way of doing an item: an event to log (``event`` at ``at``) or a close."""

    at: datetime
    event: EventKind | None = None
    outcome: Outcome | None = None

    @property
    def note(self) -> str:
        """What was recorded, in a few words."""
        if self.outcome is not None:
            return f"closed as {self.outcome.label.lower()}"
        if self.event is EventKind.MEETING:
            return "the interview was held"
        return "logged as a message sent"


def attended(window: FollowUpWindow, at: datetime) -> Done | None:
    """Done on a "still going?" item once the interview has begun: it was held."""
    if window.action is Action.CONFIRM_ATTENDING and at >= window.anchor:
        return Done(window.anchor, event=EventKind.MEETING)
    return None


def done_meaning(window: FollowUpWindow, at: datetime) -> Done:
    """What doing ``window``'s item at ``at`` records on its loop."""
    held = attended(window, at)
    if held is not None:
        return held
    outcome = _CLOSES.get(window.action)
    if outcome is not None:
        return Done(at, outcome=outcome)
    return Done(at, event=EventKind.SENT)
