"""Whose turn it is in a mail thread: owed, awaiting or nothing, by named rules.

**Owed**: a person wrote to me and I have not answered since. **Awaiting**: I
wrote to a person and have heard nothing since. Every verdict carries the
names of the rules that decided it (:data:`RULES` says what each means), so
the user can read why a thread is, or is not, suggested.

The rules read only what Ghostless keeps of a message (headers, their marks
and the 200-character snippet); a message fetched without its snippet is
judged on its headers alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ghostless.core.mail_message import SNIPPET_LIMIT, MailMessage, strip_prefixes
from ghostless.core.mail_signals import (
    asked_by_name,
    asks_a_fee,
    asks_something,
    asks_to_stop,
    before_signature,
    closes_clearly,
    gives_advice,
    is_announcement,
    is_calendar_subject,
    is_courtesy,
    is_impersonal,
    is_nudge,
    is_on_behalf_notice,
    is_plain_question,
    is_shared_address_of,
    is_thank_you_note,
    own_domains,
    promises,
    says_away,
    says_no_reply_needed,
    says_yes,
    sender_kind,
    solves_ticket,
    they_decline,
    will_come_back,
    written_by_a_program,
)
from ghostless.core.mail_threads import MailThread, Me, counterpart


class MailTurn(StrEnum):
    OWED = "owed"
    AWAITING = "awaiting"
    NONE = "none"


#: Every rule by name, with what it means in words a user reads.
RULES: dict[str, str] = {
    "last_word_theirs": "a person wrote to you last and you have not answered since",
    "last_word_mine": "you wrote last and have heard nothing since",
    "mailing_list": "mailing-list mail (List-Id or Precedence: list) is owed nothing",
    "bulk_mail": "bulk mail (List-Unsubscribe or Precedence: bulk/junk) is owed nothing",
    "automatic_mail": "automatic mail (Auto-Submitted) is owed nothing and answers nothing",
    "out_of_office": "an automatic or out-of-office reply is owed nothing and is no answer",
    "bounce": "a bounce is owed nothing and is no answer",
    "calendar_notice": "a calendar invitation, or a calendar's notice of an answer or a "
    "cancellation, is answered in the calendar: it is owed nothing and is no answer",
    "read_receipt": "a read receipt is sent by a mail program, not a person: it is owed "
    "nothing and is no answer",
    "automated_notice": "the message says it was sent by a program ('automated message', "
    "'do not reply', an application received)",
    "no_reply_sender": "a no-reply or notification address cannot be answered",
    "notification_sender": "notification mail from a job board, social network, freelance "
    "marketplace, applicant-tracking system or work tool: answered there, not by mail",
    "newsletter": "a newsletter or marketing mail (its address, or a 'view in your browser' line)",
    "only_cc": "you were only in Cc",
    "not_addressed_to_me": "you were neither in To nor in Cc",
    "courtesy_last_word": "the last word is a short courtesy that asks nothing (yours counts "
    "only when it answers theirs)",
    "closed_by_me": "you closed the conversation clearly",
    "no_reply_needed": "they said no reply is needed",
    "note_to_self": "a message you sent only to yourself",
    "closed_by_them": "they said no (your application turned down, your request declined) "
    "and asked nothing",
    "they_will_come_back": "they said they will take the next step (send, check, come back) "
    "and asked nothing: you are waiting for them",
    "answered_in_full": "they answered your question in full and asked nothing back",
    "asked_them_to_stop": "you asked them to stop writing: their nudges are owed nothing",
    "announcement": "you wrote to many ('Dear all') and asked nothing",
    "asked_by_name": "you were only in Cc, but they asked you by name",
    "impersonal_mail": "unasked-for mail to nobody by name ('Dear Candidate'): mass mail",
    "thank_you_note": "a thank-you note that asks nothing and names nothing left to do",
    "on_behalf_notice": "a service's notice sent in a person's name ('sent you a document "
    "to sign', 'shared a folder with you'): answered in the service",
    "my_promise_stands": "you promised them the next step; their thanks does not release you",
    "question_to_me_stands": "a question to you is still unanswered, though the last word "
    "went to someone else",
    "my_shared_address": "written to a shared address of your own organisation (jobs@, "
    "info@) that reaches you",
    "note_read_or_returned": "your note asked nothing, and only its read receipt or its "
    "bounce came back: nothing awaits",
    "answered_colleague": "a colleague asked, and your whole answer asks nothing back",
    "advice_given": "they asked your advice, and your answer gives it and asks nothing back",
    "answered_their_question": "they asked a question of fact, offering nothing, and your "
    "whole answer asks nothing back",
    "colleague_answered": "a colleague of your own organisation had the last word, to the "
    "others, and asked you nothing: your side has answered",
    "ticket_solved": "a helpdesk solved your request and closed its ticket, asking nothing",
    "fee_for_an_honour": "unasked-for mail that asks a fee for an award or a listing: a scam",
    "nudged_after_my_no": "you said no clearly, and they only nudged the same ask since "
    "('just circling back', 'last chance')",
}


@dataclass(frozen=True, slots=True)
class ThreadVerdict:
    """What a thread owes: its turn, the message that decided it and the rules that did.

    ``message`` is, for owed, the message owed a reply; for awaiting, my last
    message; otherwise the last one counted (None when none counted).
    """

    thread: MailThread
    turn: MailTurn
    message: MailMessage | None
    counterpart: str
    rules: tuple[str, ...]

    @property
    def root(self) -> str:
        return self.thread.root

    def waited_days(self, now: datetime) -> int:
        if self.message is None or self.message.at is None:
            return 0
        return max(0, (now - self.message.at).days)


def sender_rule(message: MailMessage) -> str | None:
    """Why a message's sender is no person to answer, if it is not.

    A person writing through a program's address, who names herself in Reply-To, is
    a person.
    """
    kind = sender_kind(message.sender, message.snippet)
    if kind in {"no_reply_sender", "notification_sender"} and "reply_to_person" in message.marks:
        # ... unless the service speaks for her: "Dana sent you a document to sign".
        if is_on_behalf_notice(message.subject, message.snippet):
            return "on_behalf_notice"
        return None
    return kind


def automatic_rule(message: MailMessage) -> str | None:
    """Why a message is automatic (never owed, never an answer), if it is."""
    if "bounce" in message.marks:
        return "bounce"
    if "read_receipt" in message.marks:
        return "read_receipt"
    if "calendar" in message.marks:
        return "calendar_notice"
    if is_calendar_subject(message.subject, message.snippet):
        return "calendar_notice"
    if "auto_reply" in message.marks or says_away(message.snippet):
        return "out_of_office"
    if "auto_submitted" in message.marks:
        return "automatic_mail"
    if written_by_a_program(message.snippet):
        return "automated_notice"
    return None


def counts(message: MailMessage, me: Me) -> bool:
    """Whether a message is a word in the conversation (not automatic, not a notification)."""
    if automatic_rule(message) is not None:
        return False
    return message.sender in me or sender_rule(message) is None


def decide(thread: MailThread, me: Me, now: datetime) -> ThreadVerdict:
    """The turn of one thread at ``now`` (messages after ``now`` are not yet there).

    A message without a readable Date is there whatever its fallback time: that
    time (a file's) may be when the mail was copied, long after it was written.
    """
    present = [m for m in thread.messages if m.at is None or m.at <= now or "undated" in m.marks]
    rules: list[str] = []
    counted: list[MailMessage] = []
    for message in present:
        mine = message.sender in me
        reason = automatic_rule(message) or (None if mine else sender_rule(message))
        if reason is not None:
            _note(rules, reason)
            continue
        counted.append(message)
    for index, message in enumerate(present):
        if message.sender in me:
            continue
        # A program's receipt of my request (a helpdesk ticket) is sent in bulk, but my
        # request was to someone: the receipt is no answer and makes it no list mail.
        if automatic_rule(message) and any(m.sender in me for m in present[:index]):
            continue
        if "list" in message.marks:
            return _none(thread, me, counted, [*rules, "mailing_list"])
        if "bulk" in message.marks:
            return _none(thread, me, counted, [*rules, "bulk_mail"])
    if not counted:
        return _none(thread, me, counted, rules)
    last = counted[-1]
    text = last.snippet
    if last.sender in me:
        other = counterpart(last, me)
        if not other:
            return _none(thread, me, counted, [*rules, "note_to_self"])
        if closes_clearly(text):
            return _none(thread, me, counted, [*rules, "closed_by_me"])
        # My thanks closes an exchange only when it answers them: a thank-you
        # I send first (after an interview) still waits for their word.
        answers_them = any(message.sender not in me for message in counted[:-1])
        if answers_them and is_courtesy(_before_signature(last, me)):
            return _none(thread, me, counted, [*rules, "courtesy_last_word"])
        if says_no_reply_needed(text):
            return _none(thread, me, counted, [*rules, "no_reply_needed"])
        if is_announcement(text):
            return _none(thread, me, counted, [*rules, "announcement"])
        if _only_notices_after(last, present) and not asks_something(text):
            return _none(thread, me, counted, [*rules, "note_read_or_returned"])
        if _answers_colleague_in_full(last, counted[-2] if len(counted) > 1 else None, me):
            return _none(thread, me, counted, [*rules, "answered_colleague"])
        if _answers_their_question(last, counted[-2] if len(counted) > 1 else None, me):
            return _none(thread, me, counted, [*rules, "answered_their_question"])
        if _gives_asked_advice(last, counted[-2] if len(counted) > 1 else None, me):
            return _none(thread, me, counted, [*rules, "advice_given"])
        return ThreadVerdict(thread, MailTurn.AWAITING, last, other, ("last_word_mine", *rules))
    return _their_last_word(thread, me, counted, rules)


def _their_last_word(
    thread: MailThread, me: Me, counted: list[MailMessage], rules: list[str]
) -> ThreadVerdict:
    """The turn when a person other than me wrote the last word that counts."""
    last = counted[-1]
    text = last.snippet
    mine = [message for message in counted[:-1] if message.sender in me]
    other = counterpart(last, me)
    domains = own_domains(me.addresses)
    if not any(address in me for address in last.to):
        if any(address in me for address in last.cc):
            if not asked_by_name(text, me.names):
                standing = _question_to_me_standing(counted, me)
                if standing is None:
                    return _none(thread, me, counted, [*rules, "only_cc"])
                return ThreadVerdict(
                    thread, MailTurn.OWED, standing, counterpart(standing, me),
                    ("question_to_me_stands", *rules),
                )  # fmt: skip
            rules = [*rules, "asked_by_name"]
        elif any(is_shared_address_of(address, domains) for address in last.recipients):
            rules = [*rules, "my_shared_address"]
        else:
            return _none(thread, me, counted, [*rules, "not_addressed_to_me"])
    if says_no_reply_needed(text):
        return _none(thread, me, counted, [*rules, "no_reply_needed"])
    if mine and _colleague_answered(last, me):
        return _none(thread, me, counted, [*rules, "colleague_answered"])
    if not mine and asks_a_fee(text):
        return _none(thread, me, counted, [*rules, "fee_for_an_honour"])
    if mine and asks_to_stop(mine[-1].snippet):
        # Nudges after I asked them to stop writing do not reopen it; a new offer
        # after a plain "I'll pass" may.
        return _none(thread, me, counted, [*rules, "asked_them_to_stop"])
    if mine and closes_clearly(mine[-1].snippet) and _only_nudges_since(mine[-1], counted):
        # The same pitch again after my clear no; a changed offer ("it can be remote now,
        # does that change anything?") is no nudge and reopens it.
        return _none(thread, me, counted, [*rules, "nudged_after_my_no"])
    if mine and solves_ticket(text):
        return _none(thread, me, counted, [*rules, "ticket_solved"])
    if they_decline(text):
        return _none(thread, me, counted, [*rules, "closed_by_them"])
    if not mine and is_impersonal(text):
        return _none(thread, me, counted, [*rules, "impersonal_mail"])
    if mine and will_come_back(text):
        # Before courtesy: "Thanks! I'll send it by Friday" leaves the next step theirs.
        return ThreadVerdict(
            thread, MailTurn.AWAITING, mine[-1], other, ("they_will_come_back", *rules)
        )
    if is_courtesy(_before_signature(last, me)):
        if _promised_what_they_asked(counted, me):
            return ThreadVerdict(thread, MailTurn.OWED, last, other, ("my_promise_stands", *rules))
        return _none(thread, me, counted, [*rules, "courtesy_last_word"])
    if _answers_in_full(last, counted[-2] if len(counted) > 1 else None, me):
        return _none(thread, me, counted, [*rules, "answered_in_full"])
    if is_whole(text) and is_thank_you_note(text):
        return _none(thread, me, counted, [*rules, "thank_you_note"])
    return ThreadVerdict(thread, MailTurn.OWED, last, other, ("last_word_theirs", *rules))


def _before_signature(message: MailMessage, me: Me) -> str:
    """A message's words before a signature that starts with its writer's name."""
    names = {word.casefold() for word in message.sender_name.split()[:1] if len(word) >= 3}
    if message.sender in me:
        names |= me.names
    return before_signature(message.snippet, frozenset(names))


def _only_nudges_since(mine: MailMessage, counted: list[MailMessage]) -> bool:
    """Every message after my last one only nudges (repeats the ask)."""
    after = counted[counted.index(mine) + 1 :]
    return bool(after) and all(is_nudge(message.snippet) for message in after)


def _answers_in_full(last: MailMessage, before: MailMessage | None, me: Me) -> bool:
    """Their whole message (shorter than a snippet) answers my question and asks nothing."""
    if before is None or before.sender not in me or "?" not in before.snippet:
        return False
    return is_whole(last.snippet) and not asks_something(last.snippet)


def is_whole(snippet: str) -> bool:
    """A snippet that holds the whole text: shorter than the limit, with room for the space
    a cut at the limit drops ("... em português ou pode ser" was cut mid-question)."""
    return len(snippet) < SNIPPET_LIMIT - 1


def _promised_what_they_asked(counted: list[MailMessage], me: Me) -> bool:
    """They asked, I promised the next step, they thanked me: I still owe it."""
    if len(counted) < 3:
        return False
    asked, promise = counted[-3], counted[-2]
    return (
        asked.sender not in me
        and promise.sender in me
        and asks_something(asked.snippet)
        and promises(promise.snippet)
    )


def _question_to_me_standing(counted: list[MailMessage], me: Me) -> MailMessage | None:
    """The latest message to me (in To) that asks something, which neither I nor a colleague
    has answered."""
    domains = own_domains(me.addresses)
    for message in reversed(counted):
        # A colleague's answer (my organisation's domain) answers for me too.
        if message.sender in me or message.sender.partition("@")[2] in domains:
            return None
        if any(address in me for address in message.to) and asks_something(message.snippet):
            return message
    return None


def _only_notices_after(mine: MailMessage, present: list[MailMessage]) -> bool:
    """My message got only its read receipt or its bounce back."""
    after = present[present.index(mine) + 1 :]
    return bool(after) and all(automatic_rule(m) in {"bounce", "read_receipt"} for m in after)


def _answers_colleague_in_full(last: MailMessage, before: MailMessage | None, me: Me) -> bool:
    """My whole answer (shorter than a snippet, asking nothing) to a colleague's question."""
    if before is None or before.sender in me or "?" not in before.snippet:
        return False
    if before.sender.partition("@")[2] not in own_domains(me.addresses):
        return False
    return is_whole(last.snippet) and not asks_something(last.snippet)


def _answers_their_question(last: MailMessage, before: MailMessage | None, me: Me) -> bool:
    """My whole answer (asking nothing, saying no yes) to their question of fact, which
    offered nothing: "16:9 or 2.39?" answered "2.39:1". A yes to their offer still waits."""
    if before is None or before.sender in me or not is_plain_question(before.snippet):
        return False
    text = last.snippet
    return is_whole(text) and not (asks_something(text) or says_yes(text))


def _colleague_answered(last: MailMessage, me: Me) -> bool:
    """A colleague of my own organisation wrote the last word to the others, asking me
    nothing: my side has answered."""
    domains = own_domains(me.addresses)
    if last.sender.partition("@")[2] not in domains:
        return False
    outsiders = [a for a in last.recipients if a not in me and a.partition("@")[2] not in domains]
    return bool(outsiders) and not asks_something(last.snippet)


def _gives_asked_advice(last: MailMessage, before: MailMessage | None, me: Me) -> bool:
    """My answer to their question gives advice ("I'd recommend ...") and asks nothing."""
    if before is None or before.sender in me or "?" not in before.snippet:
        return False
    return gives_advice(last.snippet)


def _note(rules: list[str], rule: str) -> None:
    if rule not in rules:
        rules.append(rule)


def _none(
    thread: MailThread, me: Me, counted: list[MailMessage], rules: list[str]
) -> ThreadVerdict:
    last = counted[-1] if counted else (thread.messages[-1] if thread.messages else None)
    other = counterpart(last, me) if last is not None else ""
    return ThreadVerdict(thread, MailTurn.NONE, last, other, tuple(dict.fromkeys(rules)))


def thread_subject(thread: MailThread) -> str:
    """The subject a person would name the thread by: its first message's, unprefixed."""
    for message in thread.messages:
        subject = strip_prefixes(message.subject)
        if subject:
            return subject
    return "(no subject)"
