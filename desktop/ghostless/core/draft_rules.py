"""The word families the draft checker reads, over the normal form of a sentence.

Every pattern here reads :attr:`ghostless.core.draft_text.Sentence.norm`:
lower case, long forms ("i will", "can not", "is not"), American spelling,
intensifiers already dropped, one space between tokens and punctuation as a
token ("thanks , but i will pass ."). So a family names each idea once and
"I'll definitely get back to you soon" and "I will get back to you soon" are
the same sentence to it.
"""

from __future__ import annotations

import re

from ghostless.core import draft_text, i18n

__all__ = [
    "APOLOGY",
    "CIRCUMSTANCE",
    "CONCRETE_TIME",
    "CONDITIONAL_HOPE",
    "FALSE_HOPE",
    "HEDGE",
    "NOT_A_NO",
    "NO_BY_FAMILY",
    "PLACEHOLDER",
    "REASON_CUE",
    "REMOVABLE_HOPE",
    "THANKS",
    "VAGUE_PROMISE",
    "VAGUE_UNLESS_DATED",
]


def _family(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_ANY = r"(?:[^ ]+ )"  # one token and its space
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: Months; "may" only after a preposition, where it cannot be the verb.
_MONTHS = (
    "january|february|march|april|(?<=in |by |on )may|june|july|august|september|october|"
    "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

#: A time one can hold the writer to: it makes a promise concrete.
CONCRETE_TIME = _family(
    rf"\b(?:{_DAYS}|{_MONTHS}|tomorrow|tonight|today|spring|summer|autumn|winter)\b",
    r"\d",
    r"\b(?:next|this) (?:week|month|quarter|term|semester|afternoon|morning|evening)\b",
    r"\bend of (?:the |this |next )?(?:day|week|month)\b",
    r"\bwithin (?:a|an|one|two|three|a few|\d+) (?:days?|hours?|weeks?)\b",
)

#: Promises of an unnamed future act by the writer: vague unless a date follows.
VAGUE_UNLESS_DATED = _family(
    r"\b(?:i|we) (?:will|shall|would|am going to|are going to) "
    r"(?:try to |make sure to |be sure to )?"
    r"(?:get|come|circle|loop|write|report|reach) back\b(?: to you)?",
    r"\b(?:i|we) (?:will|shall|am going to|are going to) (?:try to |make sure to |be sure to )?"
    r"(?:be in touch|get in touch(?: again)?|reach out(?: again)?|"
    r"keep you (?:posted|updated|informed|in the loop)|let you know|follow up|touch base|"
    r"drop you a line|ping you|give you a shout)\b",
    # The same promise as a wish: "I hope to get back to you", "I'd love to catch up".
    r"\b(?:i|we) (?:hope|plan|mean|intend|want|would like|would love|will try) to "
    r"(?:get back|come back|circle back|be in touch|get in touch|reach out|follow up|"
    r"catch up|reconnect|touch base|keep you posted)\b",
    r"\blet us (?:catch up|touch base|circle back|talk|chat|connect|reconnect|"
    r"grab (?:a )?(?:coffee|lunch|a drink)|get (?:a )?(?:coffee|lunch|a drink)|"
    r"do (?:coffee|lunch))\b",
)
#: Vague whatever follows.
VAGUE_PROMISE = _family(
    r"\b(?:keep|stay|remain) in (?:touch|contact)\b",
    r"\b(?:stay|keep) connected\b",
    r"\bkeep (?:the|our) (?:conversation|dialogue|lines of communication) (?:going|open)\b",
    rf"\b(?:talk|chat|speak|meet|catch up|connect|reconnect|touch base|grab|get|have) "
    rf"{_ANY}{{0,3}}?(?:sometime|some time|at some point|one day|someday|some day|"
    r"one of these days|down the (?:road|line)|again sometime|later on)\b",
    r"\b(?:talk|chat|speak|meet|catch up|connect|reconnect) (?:to you |with you |again )?"
    r"(?:soon|later)\b(?! (?:this|next|today|tonight|tomorrow|in|on|at)\b)",
    r"\bcatch you (?:later|soon)\b(?! (?:this|next|today|tonight|tomorrow|in|on|at)\b)",
    r"\b(?:get|come|circle|loop|write) back to you soon\b",
    r"\bmaybe down the (?:road|line)\b",
    r"\bour paths (?:will |may |might |are sure to )?cross\b",
)

#: "Later" instead of "no" (read only in a message that closes the door).
FALSE_HOPE = _family(
    r"\bright now\b",
    r"\bat (?:this|the) (?:time|stage|point|moment)\b",
    r"\bat present\b",
    r"\bfor (?:now|the time being|the moment|the foreseeable future)\b",
    rf"\b(?:maybe|perhaps|possibly|hopefully) {_ANY}{{0,3}}?(?:later|another time|"
    r"in the future|down the (?:road|line)|some ?day|one day|next (?:time|year|round)|"
    r"in (?:a|an|one|two|three|a few|a couple of|\d+) (?:[^ ]+ )?(?:years?|months?|weeks?))\b",
    r"\bdown the (?:road|line)\b",
    r"\bin the (?:near |not so distant |foreseeable )?future\b",
    r"\bfuture (?:projects|roles|opportunities|openings|positions|vacancies|rounds)\b",
    r"\b(?:keep|have|bear) me in mind\b",
    r"\breach out (?:again|anytime|any time|whenever)\b",
    r"\b(?:timing|time) (?:is|was) not (?:right|great|ideal|good)\b",
    r"\bnot the (?:right|best|ideal) (?:time|moment)\b",
    r"\btiming is (?:tricky|difficult|bad|awkward)\b",
    r"\bnot yet\b",
    r"\bwho knows\b",
    r"\b(?:this|next) (?:cycle|round|time|year)\b",
    r"\bin a few (?:months|weeks)\b",
    r"\bwe will see where things stand\b",
    r"\bthings (?:may|might|could|will) (?:change|look different|be different)\b",
    r"\bnever say never\b",
    r"\bwhat the future (?:holds|brings)\b",
    r"\bdoor (?:is |remains |stays )?(?:open|not closed)\b",
)
#: "If things change": false hope on its own, part of the promise after "I'll reach out".
CONDITIONAL_HOPE = _family(
    r"\b(?:if|when|should) (?:things|circumstances|that|anything|something) (?:\w+ )?"
    r"(?:change|changes)\b"
)
#: False-hope phrases that are a bare adverbial: removing them leaves a sentence.
REMOVABLE_HOPE = _family(
    r"^(?:right now|at (?:this|the) (?:time|stage|point|moment)|at present|"
    r"for (?:now|the time being|the moment|the foreseeable future))$"
)

APOLOGY = _family(
    r"\bsorry\b(?! to hear| for your loss| about your)",
    r"\bapolog(?:y|ies|ize|izes|ized|izing)\b",
    r"\bforgive me\b",
    r"\bpardon (?:me|the|my)\b",
    r"\bmy bad\b",
    r"\bi feel (?:terrible|awful|bad|horrible|dreadful)\b",
    r"\bi regret (?:the|my|not|that|any|having)\b",
    r"\bmea culpa\b",
)

THANKS = _family(
    # "I'd appreciate it if you took me off the list" asks; it does not thank.
    r"\b(?:thank|thanks|thanking|thankful|grateful|gratitude|appreciate|appreciated|"
    r"appreciation|appreciative)\b(?! (?:it )?if\b)",
    # "Cheers" and "ta" thank only when they say what for; as a sign-off ("Cheers, Jo")
    # they are a goodbye.
    r"\b(?:cheers|ta) (?:for|so much|a lot|much|again|mate)\b",
    r"\bmuch obliged\b",
    r"\bkind of you\b",
    r"\bmeans a lot\b",
)

_I_WILL = r"(?:i|we) (?:will|shall|would|must|have to|need to|am going to|are going to|would have to|will have to|am|are)"  # noqa: E501
_CANT = r"(?:can not|could not|unable to|not able to|will not be able to|would not be able to)"
#: Ways of saying no to the matter at hand, by which intents accept them.
NO_COMMON = _family(
    rf"\b{_I_WILL} (?:have to |need to |be )?(?:pass|decline|declining|say no|bow out|bowing out|"
    r"sit (?:this|that) one out|withdraw|withdrawing|step (?:back|away|aside|down)|"
    r"turn (?:it|this|that) down|give (?:it|this|that)(?: one)? a miss|opt out|"
    r"skip (?:it|this|that)|"
    r"passing|stepping (?:back|away|aside|down))\b",
    r"\b(?:i|we) (?:decline|withdraw|pass)\b",
    r"\b(?:decided|chosen|chose|choose) (?:not to|against|to (?:stay|remain|decline|pass|"
    r"withdraw|step|leave|stop|retire|quit|focus|"
    r"go (?:in )?(?:a |another |a different )|accept (?:another|an|a)|keep))",
    r"\b(?:is|are|was|would be|seems|feels) not (?:quite )?(?:a |the |an )?"
    r"(?:right |good |best |ideal )?(?:fit|match|move|direction|step|choice)\b",
    r"\b(?:is|are|would be) not (?:right|for me|something i)\b",
    r"\bnot (?:the )?right (?:for me|fit|move|direction|choice|role|path)\b",
    r"\b(?:not|no longer) (?:interested|looking|pursuing|available|exploring|considering|"
    r"in the market|open to|taking on|accepting)\b",
    r"\b(?:i|we) am (?:happy|staying|settled|content|remaining) (?:where|in|at|with)\b",
    r"\bstay(?:ing)? (?:where i am|put|(?:in|at|with) my (?:current )?\w+)",
    r"\bremain(?:ing)? (?:where i am|(?:in|at|with) my (?:current )?\w+)",
    r"\b(?:will|shall) not (?:be )?(?:pursu|mov|continu|proceed|tak|particip|join|explor|"
    r"accept|apply|appl|go|going ahead|going forward|com|attend)\w*",
    rf"\b{_CANT} (?:take|commit|accept|make|join|do|continue|help|attend|participate|fit|"
    r"say yes|move forward|proceed|go ahead|give|be part|be involved|manage|fit)\b",
    r"\bnot going to be able to\b",
    # A short refusal: "I'm afraid I can't." ends on the verb.
    r"\b(?:i|we) (?:can not|could not|will not be able to)(?: , i am afraid)?(?= [.,!;]|$)",
    r"\bnot (?:keen|interested) (?:on|in)\b",
    r"\bstick(?:ing)? with (?:my|our) (?:current|present) \w+",
    r"\b(?:i|we) do not (?:take on|accept|do) (?:any |new )?(?:\w+ )?"
    r"(?:roles|work|projects|positions|engagements|contracts|commissions|clients)\b",
    r"\bnot the right (?:person|candidate|fit|match)\b",
    r"\blet (?:this|that|it)(?: one)? go\b",
    r"\bnot (?:going|planning|intending) to (?:apply|proceed|pursue|accept|join|continue|"
    r"go ahead|move forward|take|go|move)\b",
    r"\bnot (?:move|moving|go|going) (?:forward|ahead)\b",
    r"\bdo not (?:want|wish|plan|intend) to (?:pursue|continue|proceed|move|go|take|apply|"
    r"join|change|accept)\b",
    r"\bdo not have the (?:bandwidth|capacity|time|room|headspace)\b",
    r"\bnot in a position to\b",
    r"\b(?:a|is a) no (?:from|for) me\b",
    r"\bis an? (?:firm |hard |clear |definite |polite |final |respectful |regretful )?no"
    r"(?= [.,!;]| (?:from|for|on|to|at|this|then)\b|$)",
    r"\bthe answer is no\b",
    r"\bno , (?:but )?thank",
    r"\bno thank",
    r"\bnot for me\b",
    r"\b(?:take|remove) (?:me|my name) (?:off|out|from)\b",
    r"\bclose (?:my|the) application\b",
    r"\bwithdraw(?:ing)? (?:from|my)\b",
    rf"\b(?:turn|turning) (?:it|this|that|the {_ANY}?\w+) down\b",
    r"\b(?:accepted|taken|took|signed|accepting) (?:another|an|a) (?:\w+ )?"
    r"(?:offer|role|position|job)\b",
    r"\b(?:accepted|taken|took) (?:a )?(?:role|position|job|offer) (?:elsewhere|with)\b",
    r"\b(?:pass|passing) on (?:this|that|the|it)\b",
    r"\bsay(?:ing)? no to\b",
    r"\b(?:i|we) would (?:rather|prefer) not\b",
    r"\bcount me out\b",
    r"\bno longer (?:able|be able|pursu|interest|attend|join|tak)",
    r"\bdo not think (?:that )?(?:i|we) (?:can|could|will be able to|am able to) "
    r"(?:do|take|make|commit|accept|join|help|go ahead)\b",
    r"\bdo not think (?:that )?(?:this|it|that|the \w+) (?:is|would be) (?:right|for me|a fit)\b",
    r"\b(?:pursue|pursuing|explore|exploring) (?:other|another|a different) "
    r"(?:opportunit|role|position|offer|path|direction)",
    r"\bturn(?:ing)? down (?:the|this|that|your|it)\b",
    r"\b(?:go|going|gone|went) with (?:another|a different|an other|other) \w+",
    r"\b(?:decided|chosen|chose|choosing) to (?:take|accept|join) (?:another|a different|"
    r"an other|a role|a position|a job|an offer)",
    r"\b(?:not|no longer) (?:in|on) the (?:job )?market\b",
    r"\b(?:signed|signing) (?:on )?with (?:another|a different)\b",
    r"\b(?:chosen|chose|choosing|picked|selected) (?:another|a different) "
    r"(?:offer|role|position|job|company|option|path)\b",
    r"\b(?:do not|please do not|no need to) (?:contact|email|e - mail|call|message) me\b",
    r"\b(?:like|want|ask|asking) to be (?:removed|taken off|unsubscribed)\b",
    r"\bmy (?:decision|answer|mind) is (?:final|made up|no)\b",
)
#: A reschedule or a cancellation settles an interview.
NO_CANCEL = _family(
    r"\bcancel(?:ing|ed|s)?\b",
    r"\breschedul(?:e|ing)\b",
    r"\bpostpon(?:e|ing)\b",
    r"\bcall(?:ing)? off\b",
    r"\b(?:pull|pulling) out of\b",
    r"\b(?:find|finding|arrange|pick|suggest) (?:another|a new|a different|a later|an other) "
    r"(?:time|day|date|slot)\b",
    rf"\b(?:move|push|shift|change) (?:it|our|the|this|that|"
    rf"{_ANY}{{1,3}}?(?:call|interview|meeting|slot|time)) "
    rf"{_ANY}{{0,4}}?(?:to|until|back)\b",
    rf"\b{_CANT} (?:make|attend|be there|join|come)\b",
)
#: A step back: a pause, a break, stepping away.
NO_STEP = _family(
    r"\bstep(?:ping)? (?:back|away|aside|down)\b",
    r"\b(?:take|taking) (?:a|some) (?:break|pause|step back|leave|breather|time off|time away)\b",
    r"\bpaus(?:e|ing) (?:our|the|my|this)\b",
    r"\b(?:away|offline) from (?:correspondence|email|e - mail|work)\b",
    r"\b(?:leave|leaving|quit|quitting) the (?:group|committee|club|board|team|project)\b",
    r"\bstop (?:attending|coming|our)\b",
    r"\b(?:time|some time) (?:away|off) from\b",
    r"\bneed (?:some )?(?:space|distance|a break)\b",
)
#: A not-now: "not at the moment" is itself the answer.
NO_LATER = _family(
    r"\bnot (?:right )?now\b",
    r"\bnot (?:at the moment|at this time|"
    r"this (?:year|quarter|month|season|time|term|semester|round))\b",
    r"\b(?:timing|time) is not right\b",
    r"\bhold off\b",
    rf"\b{_CANT} {_ANY}{{1,4}}?"
    r"(?:right now|at the moment|for now|this (?:year|quarter|month|term))\b",
)
#: Only a not-now answers with a later date: in a decline, "busy until June" is no answer.
NO_NOT_NOW = _family(
    r"\b(?:ask|try) me (?:again )?(?:in|after|next)\b",
    r"\bnot yet\b",
    r"\b(?:full|booked|booked up|busy|swamped|committed) (?:until|till|through)\b",
)
NO_BY_FAMILY = {
    "common": NO_COMMON,
    "cancel": NO_CANCEL,
    "step": NO_STEP,
    "later": NO_LATER,
    "not_now": NO_NOT_NOW,
}

#: A sentence that hedges: its "no" is not a clear one.
HEDGE = _family(
    r"\bnot sure\b",
    r"\bunsure\b",
    r"\bnot certain\b",
    r"\bundecided\b",
    r"\b(?:i|we) might\b",
    r"\blet me (?:think|see|mull|sleep)\b",
    r"\bthink (?:it )?(?:over|about it)\b",
    r"\bon the fence\b",
    r"\bwondering (?:if|whether)\b",
)
#: A no turned round: "I don't want to decline", "I'm not declining".
NOT_A_NO = _family(
    r"\b(?:do|would|did) not (?:want|like|wish) to (?:decline|pass|withdraw|say no)\b",
    r"\b(?:am|are) not (?:declining|passing|withdrawing|saying no)\b",
    r"\bhate to (?:decline|pass|say no)\b",
)

#: Words that give a reason or pile one on.
REASON_CUE = _family(
    r"\bbecause\b",
    r"\b(?:cause|cos|coz)\b(?= (?:i|we|my|our|the|it))",
    r"(?<!ever )(?<!weeks )(?<!months )(?<!years )(?<!days )\bsince "
    rf"(?!then\b|last\b|our\b|we (?:met|spoke|talked)|(?:{_MONTHS}|{_DAYS})\b|\d)",
    r"\bdue to\b",
    r"\bthe reason\b",
    r"\bgiven (?:that|how)\b",
    r"\bseeing as\b",
    r"\b(?:which|that) means\b",
    r"\bon top of (?:that|this|it)\b",
    r"\bnot to mention\b",
    r"\bwhat is more\b",
    r"\bin addition\b",
    r"\bas a result\b",
    r"\bfor (?:these|those|all these|all those) reasons\b",
    r"\bthat is why\b",
    r"(?:^|[,;] )(?:also|plus|besides) ",
    r"\b(?:i|we) (?:have|am|are) also\b",
    r"\band then\b",
    r"\bso (?:a|an|the|my) \w+ (?:makes|is|means)\b",
    r"(?:^|, )as (?=(?:i|we|my|our|the|it|there) )(?!.*\bas\b)",
)
#: A clause that tells the reader about the writer's circumstances.
CIRCUMSTANCE = _family(
    r"^(?:and |but |plus |also )?(?:my|our) (?:[^ ]+ ){0,3}?(?:is|are|was|were|has|have|had|will|"
    r"would|needs?|started|starts|moved|doubled|means|makes|runs|works|travels|lives|leaves|"
    r"finishes|ends|takes|went|fell|got|broke|left|took|came|began|lost|\w+ed)\b",
    r"^(?:and |but |plus |also )?the (?:commute|salary|pay|office|location|hours|travel|"
    r"policy|hybrid|package|band|rate|distance|relocation|kids|children|deadline|schedule|"
    r"journey|train|drive|team|workload|budget)\b"
    # ... about the writer, not the reader's offer ("the team you described sounds good")
    r"(?! (?:you|that you|your|they|sounds|looks|seems)\b)",
    r"^(?:and |but |plus |also )?(?:i|we) (?:have|am|are|had|was|were)? ?(?:recently |already |"
    r"currently |also |now )?(?:moved|moving|started|starting|covering|caring|looking after|"
    r"juggling|expecting|relocating|promised|been asked|been unwell|committed|in the middle of|"
    r"studying|recovering|dealing with|traveling|leading|running|finishing|busy|swamped|"
    r"overloaded|stretched|taken on|took on|got)\b",
    r"^(?:and |but |plus |also )?(?:too much|a lot|so much) (?:going on|on my plate)\b",
    r"^(?:and |but |plus |also )?the money\b",
    r"^(?:and |but |plus |also )?(?:things|work|life|everything) (?:is|are|has been|have been) "
    r"(?:hectic|busy|crazy|mad|chaotic|intense|a lot|full on|overwhelming|up in the air)\b",
)
_CLAUSE_BREAK = re.compile(
    r" (?:[;:—–]|, (?:and|but|plus|which|while|whereas)|,(?! (?:and|but|plus|which|while|whereas) )"
    r"|(?:and|but|plus)(?= (?:my|our|the|i|we|work|things) )) "
)

#: An unfilled field: the templates' ``[role?]``, or ``[Name]``, ``{company}``, ``%name%``,
#: ``<name>``, or any ``$word`` but a currency code (``$USD``; ``$50`` is a price).
PLACEHOLDER = re.compile(
    r"\[(?!sic\])[A-Za-z_][A-Za-z_ ]{0,30}\??\]|\{\{?[A-Za-z_][A-Za-z_ ]{0,30}\}?\}"
    r"|(?<![\w$])\$(?!(?-i:[A-Z]{3})\b)\{?[A-Za-z_][A-Za-z_]{1,30}\b\}?|%[A-Za-z_][A-Za-z_ ]{0,30}%"
    r"|<[A-Za-z][A-Za-z_ ]{0,30}>|\bXXX+\b",
    re.IGNORECASE,
)


def clauses(norm: str) -> list[tuple[int, int]]:
    """The spans of the clauses of one normal-form sentence."""
    spans, start = [], 0
    for match in _CLAUSE_BREAK.finditer(norm):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(norm)))
    return [(a, b) for a, b in spans if b > a]


# -- other languages ---------------------------------------------------------------
#: The families a language's rules file may give (``locale/<code>/draft_rules.json``);
#: ``NO_BY_FAMILY`` maps the same five names as the English one.
LANGUAGE_FAMILIES = (
    "APOLOGY",
    "CIRCUMSTANCE",
    "CONCRETE_TIME",
    "CONDITIONAL_HOPE",
    "FALSE_HOPE",
    "HEDGE",
    "NOT_A_NO",
    "REASON_CUE",
    "REMOVABLE_HOPE",
    "THANKS",
    "VAGUE_PROMISE",
    "VAGUE_UNLESS_DATED",
)
_ENGLISH: dict[str, object] = {
    name: globals()[name] for name in (*LANGUAGE_FAMILIES, "NO_BY_FAMILY")
}
_followed: list[object] = [None]


def follow_language() -> None:
    """Read drafts by the families of the language in use: a rules file's, or English's.

    A family the file leaves out keeps its English patterns (they match nothing in
    another language, so the check it feeds stays quiet rather than wrong).
    """
    wanted = i18n.checker_rules()
    if _followed[0] is wanted:
        return
    _followed[0] = wanted
    chosen: dict[str, object] = dict(_ENGLISH)
    if wanted is not None:
        for name in LANGUAGE_FAMILIES:
            patterns = wanted.get(name)
            if isinstance(patterns, list):
                chosen[name] = _family(*(str(p) for p in patterns))
        by_family = wanted.get("NO_BY_FAMILY")
        if isinstance(by_family, dict):
            english = _ENGLISH["NO_BY_FAMILY"]
            assert isinstance(english, dict)
            chosen["NO_BY_FAMILY"] = {
                family: _family(*(str(p) for p in by_family[family]))
                if isinstance(by_family.get(family), list)
                else english[family]
                for family in english
            }
    globals().update(chosen)
    draft_text.read_as_english(wanted is None)
