"""What the draft checker talks about: intents, findings, fixes and options.

Kept apart from the rules so that :mod:`ghostless.core.draft_fixes` and
:mod:`ghostless.core.draft_checker` can both use them without importing each
other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ghostless.core.i18n import N_, _

__all__ = [
    "DEFAULT_JUSTIFICATION_LIMIT",
    "DEFAULT_WORD_LIMIT",
    "CheckOptions",
    "Finding",
    "FindingKind",
    "Fix",
    "Intent",
    "parse_intent",
]

DEFAULT_WORD_LIMIT = 120
#: Reason clauses in one draft before it over-explains.
DEFAULT_JUSTIFICATION_LIMIT = 3


class Intent(StrEnum):
    """What the draft is meant to do."""

    DECLINE = "decline"
    CLOSE_DOOR = "close_door"
    NOT_NOW = "not_now"
    THANKS = "thanks"
    FOLLOW_UP = "follow_up"
    CANCEL_INTERVIEW = "cancel_interview"
    STEP_BACK = "step_back"
    APOLOGY = "apology"

    @property
    def label(self) -> str:
        return _(_INTENT_LABELS[self])


_INTENT_LABELS = {
    Intent.DECLINE: N_("Decline"),
    Intent.CLOSE_DOOR: N_("Close the door"),
    Intent.NOT_NOW: N_("Not now"),
    Intent.THANKS: N_("Thanks"),
    Intent.FOLLOW_UP: N_("Follow-up"),
    Intent.CANCEL_INTERVIEW: N_("Cancel or reschedule an interview"),
    Intent.STEP_BACK: N_("Step back"),
    Intent.APOLOGY: N_("Apology"),
}


class FindingKind(StrEnum):
    TOO_LONG = "too_long"
    VAGUE_PROMISE = "vague_promise"
    OVER_APOLOGY = "over_apology"
    OVER_JUSTIFICATION = "over_justification"
    FALSE_HOPE = "false_hope"
    NO_THANKS = "no_thanks"
    NO_CLEAR_NO = "no_clear_no"
    PLACEHOLDER = "placeholder"
    WRONG_NAME = "wrong_name"


@dataclass(frozen=True, slots=True)
class Fix:
    """One safe edit: put ``replacement`` in place of ``text[start:end]``.

    ``label`` is what the button says ("Remove it"). An empty span inserts.
    """

    label: str
    start: int
    end: int
    replacement: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to look at: ``text[start:end]`` (empty for something missing).

    ``replacement`` is suggested text the user can edit (the one sentence that
    could replace a paragraph of reasons); ``fix`` is a safe one-click edit,
    or None where no edit would be safe.
    """

    finding: FindingKind
    start: int
    end: int
    message: str
    suggestion: str
    replacement: str | None = None
    fix: Fix | None = None


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Which rules run, and their limits."""

    disabled: frozenset[FindingKind] = field(default_factory=frozenset)
    word_limit: int = DEFAULT_WORD_LIMIT
    justification_limit: int = DEFAULT_JUSTIFICATION_LIMIT

    def enabled(self, kind: FindingKind) -> bool:
        return kind not in self.disabled


def parse_intent(value: str) -> Intent:
    """An intent from its name; ValueError names the choices."""
    try:
        return Intent(value.strip().lower().replace("-", "_"))
    except ValueError:
        choices = ", ".join(intent.value for intent in Intent)
        raise ValueError(f"intent: {value!r} is not one of {choices}") from None
