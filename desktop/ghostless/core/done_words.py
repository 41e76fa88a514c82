"""An undo step's words as a plain sentence for the status bar.

A step is named in the imperative, which reads right after "Undo" in the
Edit menu ("Undo snooze the loop with Tom Becker"). Once the action is done
the status bar says it in the past tense: "Snoozed the loop with Tom Becker
until Fri 4 Dec 2026 09:00." (found by a new user's trial: "Done: snooze
the loop with …" read as broken English).
"""

from __future__ import annotations

from ghostless.core.i18n import N_, SOURCE_LANGUAGE, _, language
from ghostless.core.models import EventKind

#: An event as the object of "log": "log a sent message on the loop with Tom".
_EVENT_PHRASES: dict[EventKind, str] = {
    EventKind.RECEIVED: "a received message",
    EventKind.SENT: "a sent message",
    EventKind.MEETING: "a meeting or interview",
    EventKind.PROMISE: "a promise",
    EventKind.NOTE: "a note",
}


def event_phrase(kind: EventKind) -> str:
    """``kind`` as the object of a step's verb ("a sent message")."""
    return _EVENT_PHRASES[kind]


#: The verbs the steps start with (services, ui), and their past tense.
_PAST: dict[str, str] = {
    "add": N_("Added"),
    "archive": N_("Archived"),
    "bring back": N_("Brought back"),
    "change": N_("Changed"),
    "close": N_("Closed"),
    "decide": N_("Decided"),
    "delete": N_("Deleted"),
    "dismiss": N_("Dismissed"),
    "edit": N_("Edited"),
    "import": N_("Imported"),
    "link": N_("Linked"),
    "load": N_("Loaded"),
    "log": N_("Logged"),
    "mark": N_("Marked"),
    "merge": N_("Merged"),
    "reopen": N_("Reopened"),
    "set": N_("Set"),
    "snooze": N_("Snoozed"),
    "undo": N_("Undid"),
    "unsnooze": N_("Unsnoozed"),
}


def done_sentence(label: str) -> str:
    """ "snooze the loop with Tom" -> "Snoozed the loop with Tom." """
    label = label.strip().rstrip(".")
    if language() != SOURCE_LANGUAGE:
        # The steps are named in English (an imperative the verbs below turn into the
        # past): another language says the step whole rather than half-translated.
        return _("Done: “{step}”.").format(step=label)
    for verb in sorted(_PAST, key=len, reverse=True):  # "bring back" before "bring"
        if label == verb or label.startswith(verb + " "):
            return f"{_(_PAST[verb])}{label[len(verb) :]}."
    return _("Done: “{step}”.").format(step=label)


def undone_sentence(label: str) -> str:
    """What an undo took back: "Undid “snooze the loop with Tom”." """
    return _("Undid “{step}”.").format(step=label.strip().rstrip("."))


def redone_sentence(label: str) -> str:
    """What a redo did again, as :func:`done_sentence` says it."""
    return _("Again: {sentence}").format(sentence=done_sentence(label))
