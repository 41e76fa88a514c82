"""A draft cut into sentences, each in a normal form the checker's rules read.

The rules of :mod:`ghostless.core.draft_checker` match word families, and a
family should not care how a writer spells it. So each sentence is turned
into one canonical form before any rule reads it:

- lower case, curly apostrophes straight, one space between tokens and
  punctuation as tokens of its own (``"thanks , but i will pass ."``);
- contractions in their long forms (``won't`` -> ``will not``, ``I'm`` ->
  ``i am``, ``cant`` -> ``can not``), so a rule names only the long form;
- British spellings in their American form (``apologise`` -> ``apologize``);
- intensifiers dropped (``definitely``, ``really``, ``just``), so "I'll
  definitely get back to you" reads as "i will get back to you".

Every token keeps the span of the original words it came from, so a match in
the normal form maps back to exactly the text the user wrote, modifiers
included. Sentences end at ``.!?`` (not after "Mr." or "e.g.") and at line
breaks: a greeting or a sign-off on its own line is a sentence of its own.

This is standard library only, on purpose: the core is pure (import-linter),
English drafts of a few hundred words need only a closed list of forms, and a
300-word draft must check in well under 10 ms.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Sentence", "normal_form", "sentences"]

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…]+['’\")\]]*(?=\s)|\n+|$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ABBREVIATIONS = _words(
    "mr mrs ms dr prof st jr sr vs etc eg ie e.g i.e approx dept inc ltd co jan feb mar apr "
    "jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun"
)

#: Whole-token long forms (keys are lower case with a straight apostrophe).
_LONG_FORMS = {
    "won't": "will not",
    "wont": "will not",
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "shan't": "shall not",
    "ain't": "am not",
    "dont": "do not",
    "didnt": "did not",
    "doesnt": "does not",
    "isnt": "is not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "im": "i am",
    "ive": "i have",
    "let's": "let us",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "thx": "thanks",
    "thnx": "thanks",
    "tnx": "thanks",
    "ty": "thank you",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "it's": "it is",
    "that's": "that is",
    "there's": "there is",
    "what's": "what is",
    "here's": "here is",
    "he's": "he is",
    "she's": "she is",
    "who's": "who is",
    "something's": "something has",
    "things're": "things are",
}
#: Endings of contractions, in order of trial.
_SUFFIXES = (("n't", " not"), ("'ll", " will"), ("'re", " are"), ("'ve", " have"),
             ("'m", " am"), ("'d", " would"))  # fmt: skip
#: British spellings the rules meet, and their American forms.
_BRITISH = {
    "programme": "program",
    "programmes": "programs",
    "cancelled": "canceled",
    "cancelling": "canceling",
    "travelling": "traveling",
    "whilst": "while",
    "amongst": "among",
    "learnt": "learned",
    "favour": "favor",
    "honour": "honor",
    "centre": "center",
    "judgement": "judgment",
    "mum": "mom",
    "organisation": "organization",
}
_IZE = re.compile(r"^(apolog|real|organ|recogn|priorit|emphas|summar|special|final|minim|util)"
                  r"is(e|ed|es|ing|ation|ations)$")  # fmt: skip
#: Intensifiers that sit between the words of a pattern and change nothing.
_MODIFIERS = _words(
    "definitely really just certainly absolutely truly actually honestly surely totally "
    "simply genuinely sincerely unfortunately sadly regretfully respectfully politely "
    "still very quite kindly gladly happily hereby"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its span in the draft and its normal form.

    ``spans[i]`` is the span, relative to ``start``, of the draft words the
    normal form's ``i``-th token came from; ``starts[i]`` is where that token
    starts in ``norm``.
    """

    start: int
    end: int
    norm: str
    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    def source(self, start: int, end: int) -> tuple[int, int]:
        """The draft span of ``norm[start:end]``, from its first token to its last."""
        if not self.spans or end <= start:
            return (self.start, self.start)
        first = max(bisect_right(self.starts, start) - 1, 0)
        last = max(bisect_right(self.starts, end - 1) - 1, 0)
        return (self.start + self.spans[first][0], self.start + self.spans[last][1])


#: Whether words take English's normal form; a language with rules of its own reads
#: its words as written, in lower case ("im" is German, not "I'm").
_english = [True]


def read_as_english(english: bool) -> None:
    """Normalise as English (the built-in rules) or not (another language's rules)."""
    if _english[0] != english:
        _english[0] = english
        clear_caches()


@lru_cache(maxsize=8192)
def normal_word(token: str) -> str:
    """One token in its normal form: long forms, American spelling, '' for a modifier."""
    word = token.lower().replace("’", "'")
    if not _english[0]:
        return word
    if word in _MODIFIERS:
        return ""
    if word in _LONG_FORMS:
        return _LONG_FORMS[word]
    if word in _BRITISH:
        return _BRITISH[word]
    if "'" in word:
        for ending, long_form in _SUFFIXES:
            if word.endswith(ending):
                stem = word[: -len(ending)]
                stem = {"wo": "will", "ca": "can", "sha": "shall"}.get(stem, stem)
                return stem + long_form
        return word
    match = _IZE.match(word)
    if match:
        return f"{match.group(1)}iz{match.group(2)}"
    return word


@lru_cache(maxsize=2048)
def _normalise(chunk: str) -> tuple[str, tuple[tuple[int, int], ...], tuple[int, ...]]:
    """A sentence's normal form, its tokens' spans in ``chunk`` and their starts in the form.

    Cached: a fix that changes one sentence leaves the others to the cache.
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    starts: list[int] = []
    at = 0
    for match in _TOKEN.finditer(chunk):
        word = normal_word(match.group())
        if not word:
            continue
        parts.append(word)
        spans.append(match.span())
        starts.append(at)
        at += len(word) + 1
    return " ".join(parts), tuple(spans), tuple(starts)


def _sentence(text: str, start: int, end: int) -> Sentence:
    norm, spans, starts = _normalise(text[start:end])
    return Sentence(start, end, norm, spans, starts)


def sentences(text: str) -> list[Sentence]:
    """``text`` cut into sentences (empty ones skipped), each with its normal form."""
    result: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group().startswith((".", "…")) and "\n" not in match.group():
            words = _TOKEN.findall(text, start, match.start())
            last = words[-1].lower() if words else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha() and last != "i"):
                continue  # "Mr. Bakker", "J. Smith": not an end
        if text[start:end].strip():
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            trail = len(text[start:end]) - len(text[start:end].rstrip())
            result.append(_sentence(text, start + lead, end - trail))
        start = end
        if end >= len(text):
            break
    return result


def normal_form(text: str) -> str:
    """The normal form of ``text`` as one string (for tests and the command line)."""
    return " ".join(sentence.norm for sentence in sentences(text))


def clear_caches() -> None:
    """Forget every normal form computed so far (for measuring a cold check)."""
    _normalise.cache_clear()
    normal_word.cache_clear()
