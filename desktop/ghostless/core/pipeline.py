"""The job-search pipeline: each job loop's stage, and what moving it to another logs.

A loop's stage follows from its kind, whether it is open, and whose turn it is
(after the interview, a thank-you sent hands the turn to them: now I wait). So the
board needs no state of its own, and moving a card is the event and the change of
kind that make the loop be at the new stage: nothing is recorded that the user
did not say happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from ghostless.core.errors import InputError
from ghostless.core.i18n import N_, _
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Turn


class Stage(StrEnum):
    """The columns of the board, in order."""

    OUTREACH = "outreach"
    SCHEDULED = "interview_scheduled"
    HELD = "interview_held"
    WAITING = "waiting"
    OFFER = "offer"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _(_LABELS[self])

    @property
    def order(self) -> int:
        return list(Stage).index(self)


_LABELS = {
    Stage.OUTREACH: N_("Outreach"),
    Stage.SCHEDULED: N_("Interview scheduled"),
    Stage.HELD: N_("Interview held"),
    Stage.WAITING: N_("Waiting"),
    Stage.OFFER: N_("Offer"),
    Stage.CLOSED: N_("Closed"),
}

#: The kind of loop at each open stage.
STAGE_KIND = {
    Stage.OUTREACH: LoopKind.RECRUITER_OUTREACH,
    Stage.SCHEDULED: LoopKind.INTERVIEW_SCHEDULED,
    Stage.HELD: LoopKind.INTERVIEW_HELD,
    Stage.WAITING: LoopKind.INTERVIEW_HELD,
    Stage.OFFER: LoopKind.JOB_OFFER,
}


def stage_of(kind: LoopKind, status: LoopStatus, turn: Turn) -> Stage | None:
    """The board column of a loop; None for a loop that is not part of a job search."""
    if kind not in STAGE_KIND.values():
        return None
    if status is not LoopStatus.OPEN:
        return Stage.CLOSED
    if kind is LoopKind.INTERVIEW_HELD:
        return Stage.WAITING if turn is Turn.THEIRS else Stage.HELD
    return next(stage for stage, k in STAGE_KIND.items() if k is kind)


@dataclass(frozen=True, slots=True)
class Move:
    """What moving a card does: the loop's new kind (None: unchanged), the event
    logged, with its text. Closing goes through the close path, with an outcome."""

    kind: LoopKind | None
    event: EventKind
    text: str


#: The event that puts a loop at each open stage, and the words it is logged with.
_ARRIVAL = {
    Stage.OUTREACH: (EventKind.RECEIVED, "Moved to outreach on the pipeline board."),
    Stage.SCHEDULED: (EventKind.NOTE, "Interview scheduled (pipeline board)."),
    Stage.HELD: (EventKind.MEETING, "Interview held (pipeline board)."),
    Stage.WAITING: (EventKind.SENT, "Thank-you sent after the interview (pipeline board)."),
    Stage.OFFER: (EventKind.RECEIVED, "Offer received (pipeline board)."),
}


def move_to(current: Stage, target: Stage, kind: LoopKind) -> Move:
    """What moving a card from ``current`` to ``target`` logs.

    Cards move forward only: going back would mean saying that something that
    happened did not. A closed card is reopened in the loop itself.
    """
    if target is current:
        raise InputError(f"stage: the loop is already at {target.label.lower()}", field="stage")
    if target is Stage.CLOSED:
        raise InputError(
            "stage: close the loop with an outcome to move it to closed", field="stage"
        )
    if current is Stage.CLOSED:
        raise InputError("stage: reopen a closed loop before moving it", field="stage")
    if target.order < current.order:
        raise InputError(
            f"stage: a card moves forward only ({current.label.lower()} is past "
            f"{target.label.lower()}); log what happened in the loop instead",
            field="stage",
        )
    event, text = _ARRIVAL[target]
    new_kind = STAGE_KIND[target]
    return Move(kind=None if new_kind is kind else new_kind, event=event, text=text)


def parse_stage(text: str) -> Stage:
    cleaned = text.strip().lower().replace("-", "_").replace(" ", "_")
    for stage in Stage:
        if cleaned in (stage.value, stage.name.lower()):
            return stage
    names = ", ".join(stage.value for stage in Stage)
    raise InputError(f"stage: {text!r} is not a stage; one of {names}", field="stage")


# -- opportunities --------------------------------------------------------------
# A job search is about opportunities, not messages: the recruiter's note, the
# interview invitation and the offer for one role at one organisation are often
# separate loops. The board shows one card per opportunity, at the furthest stage
# any of its open loops has reached.

#: Words that say where a conversation is, not what the role is: two subjects that
#: differ only in these are about the same role.
_STAGE_WORDS = frozenset(
    {
        "a",
        "about",
        "after",
        "an",
        "and",
        "application",
        "applied",
        "apply",
        "assignment",
        "at",
        "behavioral",
        "behavioural",
        "call",
        "case",
        "chat",
        "coding",
        "confirm",
        "confirmed",
        "culture",
        "design",
        "discussion",
        "final",
        "first",
        "fit",
        "follow",
        "followup",
        "for",
        "from",
        "fw",
        "fwd",
        "held",
        "hiring",
        "home",
        "in",
        "interview",
        "interviews",
        "intro",
        "invitation",
        "invite",
        "job",
        "loop",
        "meeting",
        "news",
        "next",
        "of",
        "offer",
        "on",
        "onsite",
        "opening",
        "opportunity",
        "our",
        "panel",
        "phone",
        "position",
        "question",
        "questions",
        "re",
        "recruiter",
        "recruiting",
        "role",
        "round",
        "scheduled",
        "screen",
        "screening",
        "second",
        "step",
        "steps",
        "study",
        "system",
        "take",
        "technical",
        "thank",
        "thanks",
        "the",
        "time",
        "to",
        "up",
        "update",
        "video",
        "with",
        "you",
        "your",
    }
)


_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4096)
def _noise(org: str) -> frozenset[str]:
    """Stage words and the organisation's own name: not part of a role."""
    return _STAGE_WORDS.union(_WORD.findall(org.casefold()))


def role_words(subject: str, org: str) -> frozenset[str]:
    """The words of a loop's subject that name the role: without stage words and
    without the organisation's own name."""
    return frozenset(_WORD.findall(subject.casefold())).difference(_noise(org))


@dataclass(frozen=True, slots=True)
class JobLoop:
    """What grouping needs of one job loop; rows come most urgent first."""

    loop_id: int
    org: str
    subject: str
    stage: Stage
    closed_at: str = ""


@dataclass(slots=True)
class Opportunity:
    """One role at one organisation, and the job loops about it (most urgent first)."""

    org: str
    role: str
    loops: list[JobLoop]

    @property
    def loop_ids(self) -> list[int]:
        return [loop.loop_id for loop in self.loops]

    @property
    def stage(self) -> Stage:
        """The furthest stage any open loop has reached; closed once all are."""
        open_stages = [loop.stage for loop in self.loops if loop.stage is not Stage.CLOSED]
        return max(open_stages, key=lambda s: s.order) if open_stages else Stage.CLOSED

    @property
    def lead(self) -> int:
        """The loop that stands for the card: the most urgent at its stage; for a
        closed card, the loop closed last. Moving the card moves this loop."""
        stage = self.stage
        if stage is Stage.CLOSED:
            return max(self.loops, key=lambda loop: (loop.closed_at, loop.loop_id)).loop_id
        return next(loop.loop_id for loop in self.loops if loop.stage is stage)


class _OrgRoles:
    """The opportunities at one organisation, with an index from each role word to
    the opportunities whose role has it: a subject is compared only with roles it
    shares a word with (one's words a subset of the other's needs a shared word)."""

    def __init__(self) -> None:
        self.roles: list[tuple[frozenset[str], Opportunity]] = []
        self._by_word: dict[str, list[int]] = {}

    def match(self, words: frozenset[str]) -> Opportunity | None:
        """The first opportunity whose role contains or is contained in ``words``;
        a fuller subject becomes the opportunity's role."""
        candidates = sorted({i for word in words for i in self._by_word.get(word, ())})
        for index in candidates:
            known, opportunity = self.roles[index]
            if words <= known or known <= words:
                if len(words) > len(known):
                    self._index(words - known, index)
                    self.roles[index] = (words, opportunity)
                return opportunity
        return None

    def add(self, words: frozenset[str], opportunity: Opportunity) -> None:
        self.roles.append((words, opportunity))
        self._index(words, len(self.roles) - 1)

    def _index(self, words: frozenset[str], index: int) -> None:
        for word in words:
            self._by_word.setdefault(word, []).append(index)


def group_opportunities(rows: list[JobLoop]) -> list[Opportunity]:
    """Group job loops into opportunities, in the order of their most urgent loop.

    Loops belong together when they share the organisation and one's role words are
    a subset of the other's ("Data engineer" and "Interview: senior data engineer").
    A subject with no role words at all ("Interview on Tuesday") joins its
    organisation's one opportunity, or stands alone when there are several and
    guessing would be a guess.
    """
    by_org: dict[str, _OrgRoles] = {}
    # The same words again (the usual case) need no look at the organisation's roles.
    exact: dict[tuple[str, frozenset[str]], Opportunity] = {}
    vague: list[tuple[JobLoop, str]] = []
    order: list[Opportunity] = []
    for row in rows:
        key = row.org.casefold().strip()
        words = role_words(row.subject, row.org)
        if not words:
            vague.append((row, key))
            continue
        opportunity = exact.get((key, words))
        if opportunity is None:
            roles = by_org.setdefault(key, _OrgRoles())
            opportunity = roles.match(words)
            if opportunity is None:
                opportunity = Opportunity(row.org, row.subject, [])
                roles.add(words, opportunity)
                order.append(opportunity)
            elif len(words) > len(role_words(opportunity.role, opportunity.org)):
                opportunity.role = row.subject  # the fuller subject names the role
            exact[key, words] = opportunity
        opportunity.loops.append(row)
    for row, key in vague:
        roles = by_org.setdefault(key, _OrgRoles())
        if len(roles.roles) == 1:
            roles.roles[0][1].loops.append(row)
        else:
            opportunity = Opportunity(row.org, row.subject, [row])
            roles.roles.append((frozenset(), opportunity))
            order.append(opportunity)
    # Only vague loops arrived out of the urgency order: put them back in it.
    if vague:
        rank = {row.loop_id: index for index, row in enumerate(rows)}
        for opportunity in order:
            opportunity.loops.sort(key=lambda loop: rank[loop.loop_id])
        order.sort(key=lambda opportunity: rank[opportunity.loops[0].loop_id])
    return order
