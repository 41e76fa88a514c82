"""The draft checker: what a careful editor would say about a short message.

:func:`check` reads a draft against what it is meant to do (its
:class:`Intent`) and returns :class:`Finding` objects with the span of text
each is about, a one-line reason and a suggestion. The same words can be right
in one intent and wrong in another: "maybe later" is honest in a *not now*
and false hope in a message that closes the door.

The rules are families of regular expressions over paraphrases, not fixed
phrases: "I'm going to have to pass", "I'll sit this one out" and "it's a no
from me" all say no. Every pattern is compiled once, at import; a 300-word
draft takes well under a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "DEFAULT_JUSTIFICATION_LIMIT",
    "DEFAULT_WORD_LIMIT",
    "CheckOptions",
    "Finding",
    "FindingKind",
    "Intent",
    "check",
    "parse_intent",
    "word_count",
]

DEFAULT_WORD_LIMIT = 120
#: Reasons ("because", "since", "due to", ...) in one draft before it over-explains.
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
        return _INTENT_LABELS[self]


_INTENT_LABELS = {
    Intent.DECLINE: "Decline",
    Intent.CLOSE_DOOR: "Close the door",
    Intent.NOT_NOW: "Not now",
    Intent.THANKS: "Thanks",
    Intent.FOLLOW_UP: "Follow-up",
    Intent.CANCEL_INTERVIEW: "Cancel or reschedule an interview",
    Intent.STEP_BACK: "Step back",
    Intent.APOLOGY: "Apology",
}


class FindingKind(StrEnum):
    TOO_LONG = "too_long"
    VAGUE_PROMISE = "vague_promise"
    OVER_APOLOGY = "over_apology"
    OVER_JUSTIFICATION = "over_justification"
    FALSE_HOPE = "false_hope"
    NO_THANKS = "no_thanks"
    NO_CLEAR_NO = "no_clear_no"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to look at: ``text[start:end]`` (empty for something missing)."""

    finding: FindingKind
    start: int
    end: int
    message: str
    suggestion: str


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


# -- the word families ------------------------------------------------------------
_FLAGS = re.IGNORECASE | re.UNICODE
_A = "['’]"  # straight or curly apostrophe
_I_WILL = rf"(?:i{_A}ll|i\s+will|i\s+shall|we{_A}ll|we\s+will)"
_I_AM = rf"(?:i{_A}m|i\s+am)"
_LETS = rf"(?:let{_A}s|let\s+us|we\s+should|we\s+must|we\s+can|we\s+could|maybe\s+we\s+can)"
_NT = rf"(?:n{_A}t|\s+not)"  # don't / do not
_CANT = rf"(?:can{_A}t|cannot|can\s+not|won{_A}t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|am\s+not\s+able\s+to|{_I_AM}\s+not\s+able\s+to|{_I_AM}\s+unable\s+to|am\s+unable\s+to|unable\s+to|not\s+able\s+to)"  # noqa: E501

_WORD = re.compile(r"[\w'’-]+", _FLAGS)

#: Promises of an unnamed future action by the writer.
_VAGUE_PROMISE = re.compile(
    "|".join(
        (
            rf"\b{_I_WILL}\s+(?:circle|get|come|loop)\s+back(?:\s+to\s+you)?\b(?!\s+(?:on|by|after|before|in|next)\s+\w)",
            rf"\b{_I_WILL}\s+(?:be\s+in\s+touch|reach\s+out(?:\s+again)?|keep\s+you\s+(?:posted|updated|in\s+the\s+loop)|let\s+you\s+know\s+if\s+(?:anything|something)\s+changes)\b",
            rf"\b{_LETS}\s+(?:keep|stay)\s+in\s+touch\b",
            rf"\b{_LETS}\s+(?:touch\s+base|catch\s+up|grab\s+(?:a\s+)?(?:coffee|lunch|a\s+drink)|get\s+(?:a\s+)?coffee|connect)\b(?:\s+\w+)?\s+(?:sometime|some\s+time|soon|one\s+of\s+these\s+days|at\s+some\s+point)\b",
            rf"\b{_LETS}\s+(?:touch\s+base|catch\s+up|circle\s+back)\b",
            r"\b(?:keep|stay)\s+in\s+touch\b",
            r"\b(?:grab|get)\s+(?:a\s+)?(?:coffee|lunch|drink)\s+(?:sometime|some\s+time|soon)\b",
            r"\bmaybe\s+down\s+the\s+(?:road|line)\b",
        )
    ),
    _FLAGS,
)

#: Language that says "later" instead of "no".
_FALSE_HOPE = re.compile(
    "|".join(
        (
            r"\b(?:right|just)\s+now\b",
            r"\bat\s+(?:this\s+(?:time|stage|point|moment)|present|the\s+moment)\b",
            r"\bfor\s+(?:now|the\s+time\s+being|the\s+moment)\b",
            r"\b(?:maybe|perhaps|possibly)\s+(?:later|another\s+time|in\s+the\s+future|down\s+the\s+(?:road|line)|some\s*day|next\s+(?:time|year))\b",
            r"\bdown\s+the\s+(?:road|line)\b",
            r"\b(?:in\s+the\s+(?:near\s+)?future|future\s+(?:projects|roles|opportunities|openings))\b",
            r"\b(?:keep|have)\s+me\s+in\s+mind\b",
            r"\breach\s+out\s+again\b",
            r"\b(?:timing|time)\s+(?:is|isn['’]t|is\s+not)\s+(?:not\s+)?(?:right|tricky|difficult|bad)\b",
            r"\btiming\s+is\s+tricky\b",
            r"\bnot\s+yet\b",
            r"\bwho\s+knows\b",
            r"\b(?:this|next)\s+(?:cycle|round|time|year)\b",
            r"\bin\s+a\s+few\s+(?:months|weeks)\b",
            r"\bwe['’]ll\s+see\s+where\s+things\s+stand\b",
        )
    ),
    _FLAGS,
)

_APOLOGY = re.compile(
    "|".join(
        (
            r"\bsorry\b(?!\s+to\s+hear)",
            r"\bapolog(?:y|ies|i[sz]e|i[sz]ing)\b",
            r"\bforgive\s+me\b",
            r"\bpardon\s+(?:me|the)\b",
            r"\bmy\s+bad\b",
            r"\bi\s+feel\s+(?:terrible|awful|bad)\b",
            r"\bi\s+regret\s+(?:the|my|not)\b",
        )
    ),
    _FLAGS,
)

#: Reasons given: each match is one piece of explanation.
_REASON = re.compile(
    "|".join(
        (
            r"\bbecause\b",
            r"(?<!\bever\s)(?<!\bweeks\s)(?<!\bmonths\s)(?<!\byears\s)(?<!\bdays\s)\bsince\s+(?!then\b|last\b|our\b|we\s+(?:met|spoke|talked))",
            r"\bdue\s+to\b",
            r"\bthe\s+reason\b",
            r"\bgiven\s+that\b",
            r"\bwhich\s+means\b",
            r"\bon\s+top\s+of\s+that\b",
            r"\bnot\s+to\s+mention\b",
            r"\bas\s+a\s+result\b",
            r"\bfor\s+these\s+reasons\b",
            r"\bthat['’]s\s+why\b",
            r"\b(?:also|plus),",
            r"\band\s+then\b",
            r"\bso\s+(?:a|an|the|my)\s+\w+\s+(?:makes|is|means)\b",
        )
    ),
    _FLAGS,
)

_THANKS = re.compile(
    r"\b(?:thank(?:s|\s+you|ing|ful)?|grateful|gratitude|appreciat(?:e|ed|ion|ive)|much\s+obliged|"
    r"cheers\s+for|kind\s+of\s+you|means\s+a\s+lot)\b",
    _FLAGS,
)

#: Ways of saying no to the matter at hand.
_NO_COMMON = (
    rf"\b(?:{_I_WILL}|{_I_AM}\s+going\s+to|{_I_AM}\s+gonna|i\s+(?:have|need)\s+to|i{_A}d\s+have\s+to|i\s+must|i{_A}ll\s+have\s+to)\s+(?:have\s+to\s+)?(?:pass|decline|say\s+no|bow\s+out|sit\s+(?:this|that)\s+one\s+out|withdraw|step\s+(?:back|away|aside|down)|hold\s+off|turn\s+(?:it|this|that)\s+down)\b",
    r"\b(?:respectfully|politely|regretfully|must|will|have\s+to|going\s+to|gonna)\s+decline\b",
    r"\b(?:i|we)\s+(?:am\s+|['’]m\s+)?declin(?:e|ing)\b",
    rf"\b{_I_AM}\s+(?:declining|withdrawing|passing|stepping\s+(?:back|away|aside|down))\b",
    r"\bdecided\s+(?:not\s+to|to\s+(?:stay|decline|pass|withdraw|step|go\s+(?:in\s+)?(?:a\s+)?(?:another|different)|remain|accept\s+(?:another|an)))\b",
    r"\b(?:not|isn['’]t|is\s+not|aren['’]t|wasn['’]t)\s+(?:quite\s+)?(?:a\s+|the\s+)?(?:right\s+|good\s+)?(?:fit|match)\b",
    r"\b(?:isn['’]t|is\s+not|not)\s+(?:right|for\s+me|something\s+i)\b",
    r"\b(?:not|no\s+longer)\s+(?:interested|looking|pursuing|available|exploring|in\s+the\s+market|open\s+to)\b",
    rf"\b{_I_AM}\s+(?:happy|staying|settled|content)\s+(?:where|in)\b",
    r"\bstay(?:ing)?\s+(?:where\s+i\s+am|put|in\s+my\s+(?:current\s+)?(?:role|job|position))\b",
    rf"\b(?:won{_A}t|will\s+not|wo\s+not|shan{_A}t)\s+be\s+(?:pursuing|moving|continuing|proceeding|taking|participating|joining|exploring|able|accepting|applying|going)\b",
    rf"\b(?:won{_A}t|will\s+not)\s+(?:pursue|continue|proceed|move\s+forward|take|join|accept|apply)\b",
    rf"\b{_CANT}\s+(?:take|commit|accept|make|join|do|continue|help|attend|participate|fit|say\s+yes|move\s+forward|proceed|go\s+ahead|give|be\s+part|be\s+involved)\b",
    r"\b(?:not\s+(?:going\s+to|gonna)|won['’]t)\s+(?:go|move)\s+(?:forward|ahead)\b",
    r"\bnot\s+(?:move|moving|go|going)\s+forward\b",
    r"\b(?:don['’]t|do\s+not)\s+(?:want|wish|plan|intend)\s+to\s+(?:pursue|continue|proceed|move|go|take|apply|join|change)\b",
    r"\b(?:don['’]t|do\s+not)\s+have\s+the\s+(?:bandwidth|capacity|time|room)\b",
    r"\bnot\s+in\s+a\s+position\s+to\b",
    r"\b(?:a|it['’]s\s+a|that['’]s\s+a)\s+no\s+from\s+me\b",
    r"\bno,?\s+thank(?:s|\s+you)\b",
    r"\bnot\s+for\s+me\b",
    r"\b(?:take|remove)\s+(?:me|my\s+name)\s+(?:off|out|from)\b",
    r"\bwithdraw(?:ing)?\s+(?:from|my)\b",
    r"\b(?:turn|turning)\s+(?:it|this|that|the\s+\w+)\s+down\b",
    r"\b(?:accepted|taken|took|signed)\s+(?:another|an(?:other)?|a\s+different)\s+(?:offer|role|position|job)\b",
    r"\b(?:pass|passing)\s+on\s+(?:this|that|the|it)\b",
    r"\bsay(?:ing)?\s+no\s+to\b",
    r"\bno\s+longer\s+(?:able|be\s+able|pursu|interest)",
)
#: A reschedule or cancellation also settles an interview.
_NO_CANCEL = (
    r"\bcancel(?:l?ing|l?ed)?\b",
    r"\breschedul(?:e|ing)\b",
    r"\b(?:move|push|shift)\s+(?:it|our|the|this)\b[^.?!]{0,30}\b(?:to|until)\b",
    r"\b(?:move|push|shift)\s+it\b",
    rf"\b{_CANT}\s+(?:make|attend|be\s+there|join)\b",
)
#: A step back: a pause, a break, stepping away.
_NO_STEP = (
    r"\bstep(?:ping)?\s+(?:back|away|aside|down)\b",
    r"\b(?:take|taking)\s+a\s+(?:break|pause|step\s+back)\b",
    r"\bpaus(?:e|ing)\s+(?:our|the|my|this)\b",
    r"\b(?:away|offline)\s+from\s+(?:correspondence|email|work)\b",
)
#: A not-now: the honest "not at the moment" is itself the answer.
_NO_LATER = (
    r"\bnot\s+(?:right\s+)?now\b",
    r"\bnot\s+(?:at\s+the\s+moment|at\s+this\s+time|this\s+(?:year|quarter|month|season|time))\b",
    r"\b(?:timing|time)\s+(?:isn['’]t|is\s+not)\s+right\b",
    r"\bhold\s+off\b",
    rf"\b{_CANT}\s+\w+(?:\s+\w+)?\s+(?:right\s+now|this\s+(?:year|quarter|month))\b",
)

_NO_BY_INTENT: dict[Intent, re.Pattern[str]] = {
    Intent.DECLINE: re.compile("|".join(_NO_COMMON + _NO_LATER), _FLAGS),
    Intent.CLOSE_DOOR: re.compile("|".join(_NO_COMMON + _NO_LATER), _FLAGS),
    Intent.NOT_NOW: re.compile("|".join(_NO_COMMON + _NO_LATER), _FLAGS),
    Intent.CANCEL_INTERVIEW: re.compile("|".join(_NO_COMMON + _NO_CANCEL), _FLAGS),
    Intent.STEP_BACK: re.compile("|".join(_NO_COMMON + _NO_STEP), _FLAGS),
}

# Which rules read which intents.
_SAYS_NO = frozenset(
    {Intent.DECLINE, Intent.CLOSE_DOOR, Intent.NOT_NOW, Intent.CANCEL_INTERVIEW, Intent.STEP_BACK}
)
_NEEDS_THANKS = frozenset(
    {Intent.DECLINE, Intent.CLOSE_DOOR, Intent.NOT_NOW, Intent.CANCEL_INTERVIEW, Intent.THANKS}
)
_NO_VAGUE_PROMISES = frozenset(
    {Intent.DECLINE, Intent.CLOSE_DOOR, Intent.CANCEL_INTERVIEW, Intent.STEP_BACK}
)
_NO_HOPE = frozenset({Intent.CLOSE_DOOR})

_WHY = {
    FindingKind.TOO_LONG: "over {limit} words: a message like this should fit in a few sentences",
    FindingKind.VAGUE_PROMISE: "a promise with no date reads as a maybe in a message that means no",
    FindingKind.OVER_APOLOGY: "more than one apology: one is gracious, more sounds like guilt",
    FindingKind.OVER_JUSTIFICATION: "{count} reasons given: clarity beats detail, and no "
    "explanation is owed",
    FindingKind.FALSE_HOPE: "'not now' language leaves the door open in a message meant to "
    "close it",
    FindingKind.NO_THANKS: "{what}",
    FindingKind.NO_CLEAR_NO: "{what}",
}
_SUGGEST = {
    FindingKind.TOO_LONG: "Cut it to the answer, one reason at most, and thanks.",
    FindingKind.VAGUE_PROMISE: "Remove it, or name a date you mean to keep.",
    FindingKind.OVER_APOLOGY: "Keep one apology and remove this one.",
    FindingKind.OVER_JUSTIFICATION: "Keep one short reason, or none.",
    FindingKind.FALSE_HOPE: "Say it plainly: the answer is no, not 'not yet'.",
    FindingKind.NO_THANKS: "Thank them for their time or their thought.",
    FindingKind.NO_CLEAR_NO: "Say the answer in one plain sentence.",
}
_MISSING_NO = {
    Intent.DECLINE: "the draft never actually says no",
    Intent.CLOSE_DOOR: "the draft never actually says no",
    Intent.NOT_NOW: "the draft never says that now is not possible",
    Intent.CANCEL_INTERVIEW: "the draft never says the interview is cancelled or moved",
    Intent.STEP_BACK: "the draft never says that you are stepping back",
}


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def check(text: str, intent: Intent | str, options: CheckOptions | None = None) -> list[Finding]:
    """Everything worth a second look in ``text`` for ``intent``, in text order.

    Absent things (no thanks, no clear no) have an empty span at 0.
    """
    intent = intent if isinstance(intent, Intent) else parse_intent(intent)
    options = options or CheckOptions()
    findings: list[Finding] = []

    def add(kind: FindingKind, start: int, end: int, **values: object) -> None:
        findings.append(Finding(kind, start, end, _WHY[kind].format(**values), _SUGGEST[kind]))

    if options.enabled(FindingKind.TOO_LONG):
        words = list(_WORD.finditer(text))
        if len(words) > options.word_limit:
            add(FindingKind.TOO_LONG, words[options.word_limit].start(), len(text),
                limit=options.word_limit)  # fmt: skip

    hope_spans: list[tuple[int, int]] = []
    if intent in _NO_HOPE and options.enabled(FindingKind.FALSE_HOPE):
        for match in _FALSE_HOPE.finditer(text):
            if not _overlaps(match.span(), hope_spans):
                hope_spans.append(match.span())
                add(FindingKind.FALSE_HOPE, *match.span())

    if intent in _NO_VAGUE_PROMISES and options.enabled(FindingKind.VAGUE_PROMISE):
        taken: list[tuple[int, int]] = list(hope_spans)
        for match in _VAGUE_PROMISE.finditer(text):
            if not _overlaps(match.span(), taken):
                taken.append(match.span())
                add(FindingKind.VAGUE_PROMISE, *match.span())

    if options.enabled(FindingKind.OVER_APOLOGY):
        for match in list(_APOLOGY.finditer(text))[1:]:
            add(FindingKind.OVER_APOLOGY, *match.span())

    if options.enabled(FindingKind.OVER_JUSTIFICATION):
        reasons = list(_REASON.finditer(text))
        if len(reasons) >= options.justification_limit:
            add(FindingKind.OVER_JUSTIFICATION, reasons[0].start(), reasons[-1].end(),
                count=len(reasons))  # fmt: skip

    if (
        intent in _NEEDS_THANKS
        and options.enabled(FindingKind.NO_THANKS)
        and not _THANKS.search(text)
    ):
        what = (
            "a thank-you note that never says thank you"
            if intent is Intent.THANKS
            else "the draft never thanks them for their time"
        )
        add(FindingKind.NO_THANKS, 0, 0, what=what)

    if (
        intent in _SAYS_NO
        and options.enabled(FindingKind.NO_CLEAR_NO)
        and not _NO_BY_INTENT[intent].search(text)
    ):
        add(FindingKind.NO_CLEAR_NO, 0, 0, what=_MISSING_NO[intent])

    findings.sort(key=lambda f: (f.start, f.end, f.finding.value))
    return findings


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)
