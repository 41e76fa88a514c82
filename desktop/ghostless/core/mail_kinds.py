"""A first guess at the kind of loop a mail thread is, which the user can change.

Read from the subject and snippets of the thread, first match wins, in an
order that puts the most specific kinds (an offer, an interview) before the
broad ones (recruiter outreach).
"""

from __future__ import annotations

import re

from ghostless.core.mail_threads import MailThread
from ghostless.core.models import LoopKind

_GUESSES: tuple[tuple[LoopKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (LoopKind.JOB_OFFER,
         r"\b(offer letter|job offer|our offer|the offer|offer of employment)\b"),
        (LoopKind.INTERVIEW_SCHEDULED, r"\b(interview|second round|on-?site|technical screen)\b"),
        (LoopKind.INTRODUCTION,
         r"\b(intro(duction)?|introducing|connect(ing)? you|referr(al|ed))\b"),
        (LoopKind.COLLABORATION_PROPOSAL,
         r"\b(collaborat\w*|partner(ship)?|proposal|advisory|speak(ing)? at|talk at|panel|"
         r"co-?author|guest lecture)\b"),
        (LoopKind.RECRUITER_OUTREACH,
         r"\b(role|position|opening|opportunit(y|ies)|hiring|recruit\w*|vacancy|"
         r"headhunt\w*|candidate)\b"),
        (LoopKind.NETWORKING_CALL, r"\b(coffee|catch up|quick call|chat)\b"),
        (LoopKind.HELP_RECEIVED, r"\b(advice|help|favou?r|reference)\b"),
    )
)  # fmt: skip


def guess_kind(thread: MailThread) -> LoopKind:
    """The loop kind the thread's words suggest; OTHER when nothing does."""
    text = " ".join(f"{m.subject} {m.snippet}" for m in thread.messages)
    for kind, pattern in _GUESSES:
        if pattern.search(text):
            return kind
    return LoopKind.OTHER
