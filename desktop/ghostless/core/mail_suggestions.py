"""Suggestions from mail: the threads owed or awaiting, most urgent first.

Pure: the caller passes the messages, the user's addresses, the instant and
what the user already decided (ignored threads, never-for rules, links to
loops); the same function serves ``ghostless mail scan``, ``mail
suggestions`` and the Mail view, so they never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from ghostless.core.mail_kinds import guess_kind
from ghostless.core.mail_message import MailMessage
from ghostless.core.mail_rules import MailTurn, ThreadVerdict, decide, thread_subject
from ghostless.core.mail_threads import MailThread, Me, thread_messages
from ghostless.core.models import LoopKind

_VIA = re.compile(r"\s*[(\[]?\bvia\b.*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MailSuggestion:
    """One thread the user may want a loop for: who, what, since when, and why."""

    verdict: ThreadVerdict
    subject: str
    kind: LoopKind
    waited_days: int

    @property
    def root(self) -> str:
        return self.verdict.root

    @property
    def turn(self) -> MailTurn:
        return self.verdict.turn

    @property
    def message(self) -> MailMessage:
        assert self.verdict.message is not None  # owed and awaiting always name one
        return self.verdict.message

    @property
    def counterpart(self) -> str:
        return self.verdict.counterpart

    @property
    def counterpart_name(self) -> str:
        """The other side's display name when a message of theirs gives one."""
        for message in reversed(self.verdict.thread.messages):
            if message.sender == self.counterpart and message.sender_name:
                return message.sender_name
            if message.reply_to == self.counterpart and message.sender_name:
                # "Zoe Turner via Hirepoint" names Zoe.
                return _VIA.sub("", message.sender_name).strip()
        return ""

    @property
    def at(self) -> datetime | None:
        return self.message.at

    @property
    def rules(self) -> tuple[str, ...]:
        return self.verdict.rules

    @property
    def thread(self) -> MailThread:
        return self.verdict.thread


@dataclass(frozen=True, slots=True)
class Decisions:
    """What the user decided about mail: never to be shown these again."""

    ignored: Collection[str] = frozenset()
    linked: Collection[str] = frozenset()
    never_senders: Collection[str] = frozenset()
    never_domains: Collection[str] = frozenset()

    def hides(self, thread: MailThread, counterpart: str) -> bool:
        ids = thread.message_ids
        if any(message_id in ids for message_id in (*self.ignored, *self.linked)):
            return True
        address = counterpart.lower()
        if address in self.never_senders:
            return True
        domain = address.rpartition("@")[2]
        return any(domain == d or domain.endswith("." + d) for d in self.never_domains)


def verdicts(messages: Iterable[MailMessage], me: Me, now: datetime) -> list[ThreadVerdict]:
    """Every thread's verdict, in the order of their first messages."""
    return [decide(thread, me, now) for thread in thread_messages(messages, me)]


def suggestions(
    messages: Iterable[MailMessage],
    me: Me,
    now: datetime,
    decisions: Decisions = Decisions(),
    *,
    blocked: Callable[[str], bool] = lambda address: False,
) -> list[MailSuggestion]:
    """Owed threads first, then awaiting ones; in each, the longest waiting first.

    Threads the user ignored or linked, senders and domains they said never
    for, and people they blocked (no reply is owed to them) are left out.
    """
    found = []
    for verdict in verdicts(messages, me, now):
        if verdict.turn is MailTurn.NONE or verdict.message is None:
            continue
        if decisions.hides(verdict.thread, verdict.counterpart) or blocked(verdict.counterpart):
            continue
        found.append(
            MailSuggestion(
                verdict,
                thread_subject(verdict.thread),
                guess_kind(verdict.thread),
                verdict.waited_days(now),
            )
        )
    order = {MailTurn.OWED: 0, MailTurn.AWAITING: 1}
    return sorted(
        found,
        key=lambda s: (order[s.turn], s.at.timestamp() if s.at else 0.0, s.root),
    )
