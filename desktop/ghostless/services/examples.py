"""A handful of realistic example loops, offered on an empty store.

They show each common situation once: a recruiter waiting for an answer, an
interview coming up, a thank-you owed, a promise, an introduction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from ghostless.core.i18n import _
from ghostless.core.models import EventKind, LoopKind
from ghostless.services.ledger import Ledger


@dataclass(frozen=True)
class _Example:
    name: str
    org: str
    role: str
    email: str
    kind: LoopKind
    subject: str
    hours_ago: float
    first_text: str
    later: tuple[tuple[EventKind, float, str], ...] = ()


EXAMPLES: tuple[_Example, ...] = (
    _Example(
        "Priya Raman",
        "Northwind Talent",
        "Technical recruiter",
        "priya@northwind.example",
        LoopKind.RECRUITER_OUTREACH,
        "Senior backend role, remote",
        30,
        "Saw your profile - are you open to a chat about a senior backend role?",
    ),
    _Example(
        "Tomasz Nowak",
        "Lumen Analytics",
        "Engineering manager",
        "tomasz@lumen.example",
        LoopKind.INTERVIEW_HELD,
        "Second-round interview",
        20,
        "Second round with the platform team, 45 minutes.",
    ),
    _Example(
        "Amara Okafor",
        "Fieldstone Labs",
        "Head of product",
        "amara@fieldstone.example",
        LoopKind.INTRODUCTION,
        "Intro to Daniel at Brightwave",
        52,
        "Amara introduced me to Daniel, who is hiring for a data team.",
    ),
    _Example(
        "Jonas Berg",
        "Freelance",
        "Designer",
        "jonas@berg.example",
        LoopKind.COLLABORATION_PROPOSAL,
        "Co-writing a talk for the spring meetup",
        100,
        "Would you like to co-present a talk on accessible dashboards?",
        ((EventKind.SENT, 90, "Sounds fun - let me check my calendar and get back to you."),),
    ),
    _Example(
        "Mei Chen",
        "Harbor & Co",
        "Talent partner",
        "mei.chen@harbor.example",
        LoopKind.JOB_OFFER,
        "Offer: Staff engineer",
        26,
        "Offer letter attached; we'd love an answer by Friday.",
    ),
    _Example(
        "Diego Alvarez",
        "Old colleague",
        "",
        "diego@alvarez.example",
        LoopKind.PROMISE_MINE,
        "Send Diego the conference notes",
        75,
        "I promised to send my notes from the conference.",
    ),
    _Example(
        "Sofia Rossi",
        "Kestrel Bank",
        "Hiring manager",
        "s.rossi@kestrel.example",
        LoopKind.INTERVIEW_HELD,
        "Panel interview, data platform",
        24 * 9,
        "Panel interview with four people.",
        ((EventKind.SENT, 24 * 8.5, "Thank you for your time today - I enjoyed the discussion."),),
    ),
)


def load_examples(ledger: Ledger) -> int:
    """Add the example contacts and loops in one transaction; returns how many loops."""
    now = ledger.clock.now()
    with ledger.history.step(_("load the examples")):
        for example in EXAMPLES:
            contact_id = ledger.add_contact(
                name=example.name, org=example.org, role=example.role, email=example.email
            )
            loop_id = ledger.add_loop(
                contact_id=contact_id,
                kind=example.kind,
                subject=example.subject,
                at=now - timedelta(hours=example.hours_ago),
                text=example.first_text,
            )
            for kind, hours_ago, text in example.later:
                ledger.log_event(loop_id, kind, at=now - timedelta(hours=hours_ago), text=text)
    return len(EXAMPLES)
