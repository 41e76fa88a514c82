"""The draft checker: what a careful editor would say about a short message.

:func:`check` reads a draft against what it is meant to do (its
:class:`Intent`) and returns :class:`Finding` objects with the span of text
each is about, a one-line reason, a suggestion and, where a safe one exists,
a :class:`Fix` the user can apply in one click. The same words can be right
in one intent and wrong in another: "maybe later" is honest in a *not now*
and false hope in a message that closes the door.

The rules read sentences in a normal form (:mod:`ghostless.core.draft_text`:
long forms, American spelling, intensifiers dropped) against word families
(:mod:`ghostless.core.draft_rules`), so "I'll definitely get back to you
soon" is the promise "i will get back to you soon", and "I'm not really
looking" says no. Over-justification is a structure, not a word: reason
clauses ("because", "since", "on top of that", and clauses that tell the
reader about the writer's circumstances) counted against a limit.

The word limit and the rules switched on are parameters (:class:`CheckOptions`);
where they are stored is the caller's business.
"""

from __future__ import annotations

import re

from ghostless.core import draft_rules as rules
from ghostless.core.draft_fixes import with_fixes
from ghostless.core.draft_model import (
    DEFAULT_JUSTIFICATION_LIMIT,
    DEFAULT_WORD_LIMIT,
    CheckOptions,
    Finding,
    FindingKind,
    Fix,
    Intent,
    parse_intent,
)
from ghostless.core.draft_names import fold as _fold
from ghostless.core.draft_names import same_name as _same_name
from ghostless.core.draft_text import Sentence, sentences
from ghostless.core.i18n import N_, _

__all__ = [
    "DEFAULT_JUSTIFICATION_LIMIT",
    "DEFAULT_WORD_LIMIT",
    "CheckOptions",
    "Finding",
    "FindingKind",
    "Fix",
    "Intent",
    "check",
    "parse_intent",
    "word_count",
]

# -- which rules read which intents -------------------------------------------------
_NO_FAMILIES: dict[Intent, tuple[str, ...]] = {
    Intent.DECLINE: ("common", "later"),
    Intent.CLOSE_DOOR: ("common", "later"),
    Intent.NOT_NOW: ("common", "later", "not_now"),
    Intent.CANCEL_INTERVIEW: ("common", "cancel"),
    Intent.STEP_BACK: ("common", "step"),
}
_NEEDS_THANKS = frozenset(
    {Intent.DECLINE, Intent.CLOSE_DOOR, Intent.NOT_NOW, Intent.CANCEL_INTERVIEW, Intent.THANKS}
)
_NO_VAGUE_PROMISES = frozenset(
    {Intent.DECLINE, Intent.CLOSE_DOOR, Intent.CANCEL_INTERVIEW, Intent.STEP_BACK}
)
_NO_HOPE = frozenset({Intent.CLOSE_DOOR})
#: Where an explanation is less out of place, one more reason is allowed.
_EXPLAINS = frozenset({Intent.THANKS, Intent.FOLLOW_UP})

_WHY = {
    FindingKind.TOO_LONG: N_(
        "over {limit} words: a message like this should fit in a few sentences"
    ),
    FindingKind.VAGUE_PROMISE: N_(
        "a promise with no date reads as a maybe in a message that means no"
    ),
    FindingKind.OVER_APOLOGY: N_("more than one apology: one is gracious, more sounds like guilt"),
    FindingKind.OVER_JUSTIFICATION: N_(
        "{count} reasons piled up: clarity beats detail, and no explanation is owed"
    ),
    FindingKind.FALSE_HOPE: N_(
        "'not now' language leaves the door open in a message meant to close it"
    ),
    FindingKind.NO_THANKS: "{what}",
    FindingKind.NO_CLEAR_NO: "{what}",
    FindingKind.PLACEHOLDER: N_("a field left to fill in: {field}"),
    FindingKind.WRONG_NAME: N_("the greeting says {greeted}, but this is to {contact}"),
}
_SUGGEST = {
    FindingKind.TOO_LONG: N_("Cut it to the answer, one reason at most, and thanks."),
    FindingKind.VAGUE_PROMISE: N_("Remove it, or name a date you mean to keep."),
    FindingKind.OVER_APOLOGY: N_("Keep one apology and remove this one."),
    FindingKind.OVER_JUSTIFICATION: N_("One sentence is enough: “{sentence}”"),
    FindingKind.FALSE_HOPE: N_("Say it plainly: the answer is no, not 'not yet'."),
    FindingKind.NO_THANKS: N_("Thank them for their time or their thought."),
    FindingKind.NO_CLEAR_NO: N_("Say the answer in one plain sentence, such as “{example}”"),
    FindingKind.PLACEHOLDER: N_("Fill it in or take it out before sending."),
    FindingKind.WRONG_NAME: N_("Greet them by their own name: {name}."),
}
_MISSING_NO = {
    Intent.DECLINE: (N_("the draft never actually says no"),
                     N_("I'll have to pass on this one.")),
    Intent.CLOSE_DOOR: (N_("the draft never actually says no"),
                        N_("I've decided not to go ahead.")),
    Intent.NOT_NOW: (N_("the draft never says that now is not possible"),
                     N_("I can't take this on at the moment.")),
    Intent.CANCEL_INTERVIEW: (N_("the draft never says the interview is cancelled or moved"),
                              N_("I need to cancel our interview.")),
    Intent.STEP_BACK: (N_("the draft never says that you are stepping back"),
                       N_("I need to step back for now.")),
}  # fmt: skip

_WORD = re.compile(r"[\w'’-]+", re.UNICODE)


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def check(
    text: str,
    intent: Intent | str,
    options: CheckOptions | None = None,
    *,
    contact: str | None = None,
) -> list[Finding]:
    """Everything worth a second look in ``text`` for ``intent``, in text order.

    ``contact`` is the name of the person the draft is to; with it, a greeting
    that names someone else is a finding. Absent things (no thanks, no clear
    no) have an empty span at 0. Each fix offered has been tried: applying it
    removes its finding and adds no missing thanks or missing no.
    """
    intent = intent if isinstance(intent, Intent) else parse_intent(intent)
    options = options or CheckOptions()
    return with_fixes(text, intent, options, contact, find)


def find(
    text: str, intent: Intent, options: CheckOptions, contact: str | None = None
) -> list[Finding]:
    """The findings without fixes (what :func:`check` builds on)."""
    rules.follow_language()
    parts = sentences(text)
    findings: list[Finding] = []

    def add(kind: FindingKind, start: int, end: int, *, replacement: str | None = None,
            suggest: dict[str, str] | None = None, **values: object) -> None:  # fmt: skip
        suggestion = _(_SUGGEST[kind]).format(**(suggest or {}))
        findings.append(Finding(kind, start, end, _(_WHY[kind]).format(**values), suggestion,
                                replacement))  # fmt: skip

    if options.enabled(FindingKind.TOO_LONG):
        words = list(_WORD.finditer(text))
        if len(words) > options.word_limit:
            add(FindingKind.TOO_LONG, words[options.word_limit].start(), len(text),
                limit=options.word_limit)  # fmt: skip

    if options.enabled(FindingKind.PLACEHOLDER):
        for match in rules.PLACEHOLDER.finditer(text):
            add(FindingKind.PLACEHOLDER, *match.span(), field=match.group())

    if contact and options.enabled(FindingKind.WRONG_NAME):
        wrong = wrong_greeting(text, contact)
        if wrong is not None:
            start, end, name = wrong
            add(FindingKind.WRONG_NAME, start, end, replacement=name, suggest={"name": name},
                greeted=text[start:end], contact=contact.strip())  # fmt: skip

    hope_spans: list[tuple[int, int]] = []
    if intent in _NO_HOPE and options.enabled(FindingKind.FALSE_HOPE):
        for span in _false_hope(parts):
            if not _overlaps(span, hope_spans):
                hope_spans.append(span)
                add(FindingKind.FALSE_HOPE, *span)

    if intent in _NO_VAGUE_PROMISES and options.enabled(FindingKind.VAGUE_PROMISE):
        taken = list(hope_spans)
        for span in _vague_promises(parts):
            if not _overlaps(span, taken):
                taken.append(span)
                add(FindingKind.VAGUE_PROMISE, *span)

    if options.enabled(FindingKind.OVER_APOLOGY):
        for span in _matches(parts, rules.APOLOGY)[1:]:
            add(FindingKind.OVER_APOLOGY, *span)

    if options.enabled(FindingKind.OVER_JUSTIFICATION):
        reasons = reason_clauses(parts)
        if len(reasons) >= justification_limit(parts, intent, options):
            start, end = reasons[0][0], reasons[-1][1]
            sentence = one_sentence(text[start:end], intent)
            add(FindingKind.OVER_JUSTIFICATION, start, end, replacement=sentence,
                suggest={"sentence": sentence}, count=len(reasons))  # fmt: skip

    if (
        intent in _NEEDS_THANKS
        and options.enabled(FindingKind.NO_THANKS)
        and not any(rules.THANKS.search(s.norm) for s in parts)
    ):
        what = (
            _("a thank-you note that never says thank you")
            if intent is Intent.THANKS
            else _("the draft never thanks them for their time")
        )
        add(FindingKind.NO_THANKS, 0, 0, what=what)

    if (
        intent in _NO_FAMILIES
        and options.enabled(FindingKind.NO_CLEAR_NO)
        and not says_no(parts, intent)
    ):
        what, example = (_(part) for part in _MISSING_NO[intent])
        add(FindingKind.NO_CLEAR_NO, 0, 0, what=what, suggest={"example": example})

    findings.sort(key=lambda f: (f.start, f.end, f.finding.value))
    return findings


# -- the rules ----------------------------------------------------------------------
def _matches(parts: list[Sentence], pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    return [s.source(*m.span()) for s in parts for m in pattern.finditer(s.norm)]


def _false_hope(parts: list[Sentence]) -> list[tuple[int, int]]:
    spans = _matches(parts, rules.FALSE_HOPE)
    for sentence in parts:
        if rules.VAGUE_UNLESS_DATED.search(sentence.norm):
            continue  # "I'll reach out if anything changes": one promise, not two findings
        spans.extend(
            sentence.source(*m.span()) for m in rules.CONDITIONAL_HOPE.finditer(sentence.norm)
        )
    return sorted(spans)


def _vague_promises(parts: list[Sentence]) -> list[tuple[int, int]]:
    spans = []
    for sentence in parts:
        for match in rules.VAGUE_UNLESS_DATED.finditer(sentence.norm):
            if not rules.CONCRETE_TIME.search(sentence.norm, match.end()):
                spans.append(sentence.source(*match.span()))
        spans.extend(
            sentence.source(*m.span()) for m in rules.VAGUE_PROMISE.finditer(sentence.norm)
        )
    return sorted(spans)


def says_no(parts: list[Sentence], intent: Intent) -> bool:
    """Whether some sentence gives the answer the intent calls for, without hedging it."""
    for sentence in parts:
        norm = sentence.norm
        if rules.HEDGE.search(norm) or rules.NOT_A_NO.search(norm):
            continue
        for family in _NO_FAMILIES[intent]:
            if family == "common" and norm.endswith("?"):
                continue  # "would it be all right if I passed?" asks, it does not answer
            if rules.NO_BY_FAMILY[family].search(norm):
                return True
    return False


def reason_clauses(parts: list[Sentence]) -> list[tuple[int, int]]:
    """The draft spans of the clauses that give a reason, one per reason, in order."""
    spans: list[tuple[int, int]] = []
    for sentence in parts:
        for start, end in rules.clauses(sentence.norm):
            clause = sentence.norm[start:end]
            cues = list(rules.REASON_CUE.finditer(clause))
            if cues:
                begin = (
                    start
                    + cues[0].start()
                    + (len(cues[0].group()) - len(cues[0].group().lstrip(",; ")))
                )
                spans.extend([sentence.source(begin, end)] * len(cues))
            elif rules.CIRCUMSTANCE.search(clause):
                spans.append(sentence.source(start, end))
    return spans


#: In a long message, reasons must also be this share of its sentences to be a pile.
REASON_SHARE = 0.3


def justification_limit(parts: list[Sentence], intent: Intent, options: CheckOptions) -> int:
    """How many reason clauses make a pile: the option, one more where explaining is the
    point (thanks, follow-up), and in a long message a share of its sentences."""
    limit = options.justification_limit + (1 if intent in _EXPLAINS else 0)
    body = sum(1 for sentence in parts if sentence.norm.count(" ") >= 3)  # not "Best, Sam"
    return max(limit, round(body * REASON_SHARE))


_CAUSES = (
    (N_("commitments at home"), re.compile(
        r"\b(?:mother|mom|mum|father|dad|parent|parents|partner|wife|husband|kids|children|"
        r"child|son|daughter|family|baby|school|care|health|unwell|ill)\b", re.IGNORECASE)),
    (N_("the location"), re.compile(
        r"\b(?:commute|office|relocat\w*|move|moving|travel\w*|train|drive|distance|city|"
        r"location|hybrid|remote|home)\b", re.IGNORECASE)),
    (N_("the pay"), re.compile(
        r"\b(?:salary|pay|package|band|rate|money|compensation)\b", re.IGNORECASE)),
    (N_("my current workload"), re.compile(
        r"\b(?:project|workload|team|deadline|launch|migration|manager|colleague|on-call|"
        r"busy|panels?|teaching|thesis|exams?|work)\b", re.IGNORECASE)),
)  # fmt: skip
_ONE_SENTENCE = {
    Intent.DECLINE: N_("Because of {cause}, it isn't the right move for me."),
    Intent.CLOSE_DOOR: N_("Because of {cause}, it isn't the right move for me."),
    Intent.NOT_NOW: N_("Because of {cause}, I can't take this on for now."),
    Intent.CANCEL_INTERVIEW: N_("Because of {cause}, I can't go ahead with the interview."),
    Intent.STEP_BACK: N_("Because of {cause}, I need to step back."),
    Intent.APOLOGY: N_("Things got on top of me, and I should have written sooner."),
}
_ONE_SENTENCE_DEFAULT = N_("{Cause} made this hard.")


def one_sentence(explanation: str, intent: Intent) -> str:
    """What one sentence could say in place of ``explanation``: the gist of the reasons."""
    found = [name for name, pattern in _CAUSES if pattern.search(explanation)]
    # A translator writes each cause in the case their sentences need ("Wegen {cause}").
    cause = _(found[0] if len(found) == 1 else "my circumstances")
    template = _(_ONE_SENTENCE.get(intent, _ONE_SENTENCE_DEFAULT))
    return template.format(cause=cause, Cause=cause[:1].upper() + cause[1:])


_GREETING = re.compile(
    r"^\s*(?i:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|greetings|"
    r"thanks|thank you|many thanks)[ ,]+(?:(?P<title>(?i:mr|mrs|ms|miss|mx|dr|prof|professor))"
    r"\.?\s+)?(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})",
    re.UNICODE,
)
#: Words after "Hi" that are not a person's name ("Hi all", "Dear Hiring Team").
_NOT_A_NAME = frozenset(
    {"all", "team", "everyone", "everybody", "there", "folks", "hiring", "sir", "madam", "both",
     "friends", "again", "so", "for", "the", "and", "you", "very", "a", "recruiter",
     "recruiters", "colleagues"}
)  # fmt: skip


def wrong_greeting(text: str, contact: str) -> tuple[int, int, str] | None:
    """The span of a greeted name that is not the contact's, and the name to use instead."""
    match = _GREETING.match(text)
    known = [_fold(part) for part in re.findall(r"[^\W\d_][\w'’-]*", contact)]
    if match is None or not known:
        return None
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", match.group("name")))
    # A name is capitalised; stop at the first word that is not ("Hi Dana thanks for...").
    names = []
    for word in words:
        if not word.group()[:1].isupper() or _fold(word.group()) in _NOT_A_NAME:
            break
        names.append(word)
    if not names:
        return None
    greeted = [_fold(word.group()) for word in names]
    if any(_same_name(g, k) for g in greeted for k in known):
        return None
    base = match.start("name")
    parts = contact.split()
    instead = parts[-1] if match.group("title") and len(parts) > 1 else parts[0]
    return (base + names[0].start(), base + names[-1].end(), instead)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)
