"""One-click fixes for the draft checker's findings, offered only where they are safe.

A fix is an edit of the draft (:class:`~ghostless.core.draft_model.Fix`):
remove a vague promise, remove an extra apology, put one sentence in place of
a paragraph of reasons, add a thank-you line, drop a "for now" from a message
that closes the door, use the contact's name. Before it is offered, every fix
is tried: the rules run again on the edited draft, and the fix is dropped
unless its finding is gone and no new "never says no" or "never thanks" has
appeared. A fix that would cut the answer out with the excuse is not safe.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ghostless.core import draft_rules as rules
from ghostless.core.draft_model import CheckOptions, Finding, FindingKind, Fix, Intent
from ghostless.core.draft_text import Sentence, normal_form, sentences

__all__ = ["with_fixes"]

Find = Callable[[str, Intent, CheckOptions, "str | None"], list[Finding]]

_THANK_YOU_LINE = {
    Intent.CANCEL_INTERVIEW: "Thank you for your time.",
    Intent.THANKS: "Thank you for your help.",
}
_THANK_YOU_DEFAULT = "Thank you for thinking of me."
_GREETING_LINE = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening))\b[^,\n]{0,40}"
    r"(?:,[ \t]*|[ \t]*(?=\n))",
    re.IGNORECASE,
)
_NAME_FIELD = re.compile(r"^(?:\[(?:name|first[ _]name|contact)\??\]|\{\{?name\}?\}|\$\{?name\}?"
                         r"|<(?:name|first name)>)$", re.IGNORECASE)  # fmt: skip
#: What stays behind a clause when it is cut: its connector.
_CONNECTOR = re.compile(
    r"(?:\s*[,;:—–&-]\s*|\s+)(?:and|but|so|though|although|plus)?"
    r"(?:\s+(?:i|i['’]m|i am|we|we['’]re|also|again|so))*\s*$",
    re.IGNORECASE,
)
#: Where a clause ends inside a sentence, with the connector after it.
_CLAUSE_END = re.compile(
    r"\s*[,;:—–]\s*(?:(?:and|but|so)\s+)?|\s+[-—–&]\s+|\s+and\s+(?=[^\W\d_])", re.IGNORECASE
)
#: Words that may come before a clause-opening apology or promise.
_LEAD_IN = re.compile(r"(?:\W*(?:i|i['’]m|i am|we|we['’]re|we are|so|and|but|also|again)\b)*\W*",
                      re.IGNORECASE)  # fmt: skip


def with_fixes(
    text: str,
    intent: Intent,
    options: CheckOptions,
    contact: str | None,
    find: Find,
) -> list[Finding]:
    """The findings of ``find`` on ``text``, each with a safe fix where one exists."""
    findings = find(text, intent, options, contact)
    if not findings:
        return findings
    parts = sentences(text)
    result = []
    for finding in findings:
        fix = _propose(text, parts, intent, contact, finding)
        if fix is not None and not _safe(
            text, fix, finding, findings, (intent, options, contact), find
        ):
            fix = None
        result.append(replace(finding, fix=fix))
    return result


def _propose(
    text: str,
    parts: list[Sentence],
    intent: Intent,
    contact: str | None,
    finding: Finding,
) -> Fix | None:
    kind = finding.finding
    if kind is FindingKind.VAGUE_PROMISE:
        return _cut(text, parts, finding, "Remove the promise")
    if kind is FindingKind.OVER_APOLOGY:
        return _cut(text, parts, finding, "Keep one apology")
    if kind is FindingKind.OVER_JUSTIFICATION and finding.replacement:
        return _replace_reasons(text, parts, finding, finding.replacement)
    if kind is FindingKind.NO_THANKS:
        return _thank_you_line(text, intent)
    if kind is FindingKind.FALSE_HOPE:
        return _drop_adverbial(text, finding)
    if kind is FindingKind.PLACEHOLDER and contact and contact.split():
        if _NAME_FIELD.match(text[finding.start : finding.end]):
            name = contact.split()[0]
            return Fix(f"Use “{name}”", finding.start, finding.end, name)
        return None
    if kind is FindingKind.WRONG_NAME and finding.replacement:
        name = finding.replacement
        return Fix(f"Use “{name}”", finding.start, finding.end, name)
    return None


def _drop_adverbial(text: str, finding: Finding) -> Fix | None:
    """Remove a bare "for now" or "at this time"; keep the sentence around it whole."""
    words = text[finding.start : finding.end]
    if not rules.REMOVABLE_HOPE.match(normal_form(words)):
        return None
    label = f"Remove “{words}”"
    before = text[: finding.start].rstrip(" \t")
    after = re.match(r",?[ \t]*(\w)", text[finding.end :])
    if (not before or before[-1] in ".!?\n") and after is not None:
        # "For now, I'm declining." -> "I'm declining."
        end = finding.end + after.end()
        return Fix(label, finding.start, end, after.group(1).upper())
    start = finding.start
    while start > 0 and text[start - 1] in " \t,":
        start -= 1
    return Fix(label, start, finding.end, "")


def _sentence_of(parts: list[Sentence], start: int) -> Sentence | None:
    for sentence in parts:
        if sentence.start <= start < sentence.end:
            return sentence
    return None


def _cut(text: str, parts: list[Sentence], finding: Finding, label: str) -> Fix | None:
    """Remove the sentence the finding is in, or else the clause it is in."""
    sentence = _sentence_of(parts, finding.start)
    if sentence is None:
        return None
    body_end = sentence.end
    while body_end > finding.end and text[body_end - 1] in ".!?…":
        body_end -= 1
    boundary = _CLAUSE_END.search(text, finding.end, body_end)
    if boundary is not None and _LEAD_IN.fullmatch(text, sentence.start, finding.start):
        # The clause opens the sentence ("I'm sorry, but I ..."): cut up to the next clause.
        rest = boundary.end()
        return Fix(label, sentence.start, rest + 1, text[rest].upper())
    connector = _CONNECTOR.search(text, sentence.start, finding.start)
    if (
        connector is not None
        and connector.start() > sentence.start
        and re.search(r"[,;:—–&-]|\b(?:and|but|so|though|plus)\b", connector.group(), re.I)
    ):
        # The clause is inside the sentence ("..., and I'll circle back"): cut it alone.
        return Fix(label, connector.start(), boundary.start() if boundary else body_end, "")
    earlier = " ".join(part.norm for part in sentences(text[sentence.start : finding.start]))
    if _only_this(text, sentence, finding) and not (
        finding.finding is FindingKind.OVER_APOLOGY and rules.APOLOGY.search(earlier)
    ):
        return Fix(label, *_whole_sentence(text, sentence), "")
    return None


def _only_this(text: str, sentence: Sentence, finding: Finding) -> bool:
    """Whether the sentence says nothing but the finding (and filler around it)."""
    rest = text[sentence.start : finding.start] + " " + text[finding.end : sentence.end]
    rest_norm = " ".join(s.norm for s in sentences(rest))
    if rules.THANKS.search(rest_norm) or any(
        p.search(rest_norm) for p in rules.NO_BY_FAMILY.values()
    ):
        return False
    words = re.findall(r"[^\W\d_]+", rest)
    return len(words) <= 8


def _whole_sentence(text: str, sentence: Sentence) -> tuple[int, int]:
    """The sentence and the space after it (or before it, when it ends its line)."""
    start, end = sentence.start, sentence.end
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    if after < len(text) and text[after] != "\n":
        return (start, after)
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    return (before, end) if before < start else (start, after)


def _replace_reasons(
    text: str, parts: list[Sentence], finding: Finding, sentence: str
) -> Fix | None:
    first = _sentence_of(parts, finding.start)
    last = _sentence_of(parts, max(finding.end - 1, finding.start))
    if first is None or last is None:
        return None
    end = last.end
    if finding.start == first.start or not text[first.start : finding.start].strip():
        return Fix("Use one sentence", first.start, end, sentence)
    # The reasons start mid-sentence ("I have to decline, because ..."): end it there.
    connector = _CONNECTOR.search(text[first.start : finding.start])
    start = first.start + connector.start() if connector else finding.start
    return Fix("Use one sentence", start, end, ". " + sentence)


def _thank_you_line(text: str, intent: Intent) -> Fix:
    line = _THANK_YOU_LINE.get(intent, _THANK_YOU_DEFAULT)
    greeting = _GREETING_LINE.match(text)
    if greeting is None:
        return Fix("Add a thank-you line", 0, 0, line + " ")
    end = greeting.end()
    rest = text[end:]
    if rest.startswith(("\n", "\r")):
        body = end + (len(rest) - len(rest.lstrip()))
        return Fix("Add a thank-you line", body, body, line + " ")
    return Fix("Add a thank-you line", end, end, line[:1].lower() + line[1:] + " ")


def _safe(
    text: str,
    fix: Fix,
    finding: Finding,
    before: list[Finding],
    how: tuple[Intent, CheckOptions, str | None],
    find: Find,
) -> bool:
    """Whether applying ``fix`` removes one ``finding`` and adds no missing answer or thanks."""
    intent, options, contact = how
    missing = {k for k in (FindingKind.NO_CLEAR_NO, FindingKind.NO_THANKS) if options.enabled(k)}
    # Only the rules that can tell: the finding's own and the two "never says" ones.
    only = replace(options, disabled=frozenset(FindingKind) - missing - {finding.finding})
    after = find(fix.apply(text), intent, only, contact)
    count = sum(1 for f in before if f.finding is finding.finding)
    left = sum(1 for f in after if f.finding is finding.finding)
    if left >= count or (finding.finding is FindingKind.OVER_APOLOGY and left != count - 1):
        return False  # the finding stays, or the one apology to keep went too
    was = {f.finding for f in before} & missing
    return not ({f.finding for f in after} & missing) - was
