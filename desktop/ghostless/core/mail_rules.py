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

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ghostless.core.mail_message import MailMessage, strip_prefixes
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
}

_NO_REPLY_LOCAL = re.compile(
    r"^(notifications?|notify|alerts?|mailer-daemon|postmaster|bounces?(\+.*)?|"
    r"auto-?confirm|automated|mailer|automailer|auto-?reply|robot|daemon|jira|confluence)$|"
    # "no-reply" anywhere between separators: no_reply, noreply-jobs, no-reply-aws, x.noreply
    r"(^|[-.+_])(no[-._]?reply|do[-._]?not[-._]?reply)([-.+_0-9]|$)"
)
#: Addresses that send newsletters and marketing, not people.
_NEWSLETTER_LOCAL = re.compile(
    r"^(newsletters?|news|digest|marketing|promo(tions)?|offers|deals|mailings?|"
    r"announce(ments)?|updates?)$|(^|[-.+_])(newsletters?|digest)([-.+_]|$)"
)
_VIEW_IN_BROWSER = re.compile(
    r"\b(view (this (e-?mail|email|message|newsletter) )?(in|on) (your|a|the) (web )?browser|"
    r"view (it |this )?online|view as (a )?web ?page|having trouble (viewing|reading) this)\b",
    re.IGNORECASE,
)
#: Job boards, social networks, freelance marketplaces, applicant-tracking systems and
#: work tools: their mail is a notification of something answered on the site (and
#: subdomains).
NOTIFICATION_DOMAINS = frozenset(
    {
        "linkedin.com", "indeed.com", "glassdoor.com", "monster.com", "ziprecruiter.com",
        "xing.com", "stepstone.de", "stepstone.com", "dice.com", "hired.com", "wellfound.com",
        "angel.co", "welcometothejungle.com", "otta.com", "facebookmail.com", "facebook.com",
        "twitter.com", "x.com", "instagram.com", "github.com", "gitlab.com", "meetup.com",
        "slack.com", "discord.com", "reddit.com", "medium.com", "quora.com", "youtube.com",
        "workablemail.com", "greenhouse-mail.io", "myworkday.com", "smartrecruiters.com",
        # freelance marketplaces
        "upwork.com", "fiverr.com", "toptal.com", "malt.com", "malt.fr", "freelancer.com",
        "peopleperhour.com", "contra.com", "guru.com", "freelancermap.de",
        # applicant-tracking systems
        "lever.co", "greenhouse.io", "ashbyhq.com", "jobvite.com", "icims.com", "taleo.net",
        "bamboohr.com", "recruitee.com", "teamtailor.com", "teamtailor-mail.com",
        "personio.de", "breezy.hr", "applytojob.com", "workable.com", "successfactors.com",
        # work tools that mail what happens in them
        "atlassian.net", "atlassian.com", "asana.com", "trello.com", "notion.so", "figma.com",
        "clickup.com", "monday.com", "linear.app", "airtable.com", "calendly.com", "zoom.us",
        "docusign.net", "hellosign.com",
    }
)  # fmt: skip
#: What a program writes, not a person: read in the snippet.
_AUTOMATED_TEXT = re.compile(
    r"\b(this is an? (automated|automatic|auto-generated|system[- ]generated) "
    r"(message|e-?mail|notification|response|reply|confirmation)|"
    r"(please )?(do not|don'?t) (reply|respond) (to|directly to) this (e-?mail|message)|"
    r"this (mailbox|inbox|e-?mail address|address) is not monitored)",
    re.IGNORECASE,
)
#: An application or request acknowledged; a program's unless it asks something of me.
_RECEIVED_TEXT = re.compile(
    r"\b((we|we'?ve|we have) (successfully )?received your (application|submission|request)|"
    r"your application has been (received|submitted))",
    re.IGNORECASE,
)
_ASKS_ME = re.compile(
    r"\b(could you|can you|would you|will you|are you|do you|let me know|please (send|let|"
    r"confirm|reply|call|book|pick|choose|schedule|share|complete)|when (are|can|would) you)\b",
    re.IGNORECASE,
)
#: An out-of-office reply in words, when no header or subject says it is automatic: being
#: away, and when back or whom to ask instead; a question makes it a person's message.
_AWAY = re.compile(
    r"\b(i am|i'm|i will be|i'll be) (currently |now )?(out of (the )?office|"
    r"away from (the office|my desk|e-?mail)|on (annual |parental |sick |medical )?leave|"
    r"on (vacation|holiday|holidays)|travell?ing with limited)",
    re.IGNORECASE,
)
_AWAY_DETAIL = re.compile(
    r"\b(limited|no|intermittent) access to (my )?e-?mail|\bback (on|in|at)\b|\breturn(ing)? "
    r"(on|to)\b|\buntil\b|\burgent|\bin my absence\b",
    re.IGNORECASE,
)
#: A calendar program's answer to an invitation, named by its subject, with the words
#: it writes; and an invitation or notice in Google Calendar's "Title @ When" form.
_CALENDAR_ANSWER = re.compile(
    r"^\s*(accepted|declined|tentative|tentatively accepted)\s*(\([^)]*\))?:\s", re.IGNORECASE
)
_CALENDAR_ANSWER_TEXT = re.compile(
    r"\b(has|have) (accepted|declined|tentatively accepted)\b|\binvitation\b", re.IGNORECASE
)
_CALENDAR_INVITE = re.compile(
    r"^\s*(invitation|updated invitation|new event|canceled event|cancell?ed event|"
    r"event cancell?ed)\s*(\([^)]*\))?:\s.*\s@\s",
    re.IGNORECASE,
)
_NO_REPLY_NEEDED = re.compile(
    r"\b(no (need|reason) to (reply|respond|answer|get back)|no reply (needed|necessary|"
    r"required)|no response (needed|necessary|required)|(you )?(don'?t|do not) need to "
    r"(reply|respond|answer)|nothing (needed|required) from you|no action (needed|required))\b",
    re.IGNORECASE,
)

_QUESTION_OR_ASK = re.compile(
    r"\?|\b(please|could you|can you|would you|will you|let me know|send me|do you|are you|"
    r"when (is|are|can|will)|what (is|are|about)|how about)\b",
    re.IGNORECASE,
)
_COURTESY = re.compile(
    r"\b(thanks|thank you|thank u|thx|cheers|much appreciated|appreciate it|many thanks|"
    r"perfect|great|got it|sounds good|will do|noted|brilliant|wonderful|awesome|"
    r"that's (really |very )?helpful|looking forward|see you (then|there|soon|tomorrow|"
    r"next \w+|on \w+|\w+day)|works for me|confirmed|talk soon|speak soon|all good|"
    r"no problem|no worries|you're welcome|my pleasure|received|"
    r"merci|danke|vielen dank|gracias|grazie|obrigad[oa]|dank je|bedankt|tack)\b|\U0001f44d",
    re.IGNORECASE,
)
#: A sign-off: what follows it is a signature, whose words do not count.
_SIGN_OFF = re.compile(
    r"(?<=\S)\s+(best regards|kind regards|warm regards|warmest regards|regards|best wishes|"
    r"all the best|best|sincerely|yours sincerely|yours truly|mit freundlichen grüßen|"
    r"viele grüße|cordialement|saludos)\s*,",
    re.IGNORECASE,
)
COURTESY_MAX_WORDS = 15
_CLOSED = re.compile(
    r"\b(i'?ll pass|i will pass|i(')?m going to pass|i have to pass|i must pass|"
    r"pass on this|not interested|no longer interested|"
    r"(must|have to|will|'ll|going to|politely|respectfully|regretfully|to) decline|"
    r"withdraw(ing)? (my|from)|accepted (another|a different|an?) (offer|position|role|job)|"
    r"not looking (for|to|right now|at the moment)|not the right (fit|time) for me|"
    r"please remove me|no,? thank you)",
    re.IGNORECASE,
)
_PASS_ALONG = re.compile(r"\bpass (it|this|that|them|your|the|these|those) (along|on|to)\b")


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
    """Why a message's sender is no person to answer, if it is not."""
    local, _, domain = message.sender.partition("@")
    if not domain:
        return None
    if _NO_REPLY_LOCAL.search(local):
        return "no_reply_sender"
    parts = domain.split(".")
    if any(".".join(parts[i:]) in NOTIFICATION_DOMAINS for i in range(len(parts) - 1)):
        return "notification_sender"
    if _NEWSLETTER_LOCAL.search(local) or _VIEW_IN_BROWSER.search(message.snippet):
        return "newsletter"
    return None


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
    text = message.snippet
    if _AUTOMATED_TEXT.search(text) or (_RECEIVED_TEXT.search(text) and not _ASKS_ME.search(text)):
        return "automated_notice"
    return None


def is_calendar_subject(subject: str, snippet: str) -> bool:
    """A calendar answer or notice told by its subject ("Accepted: Chat" saying it was
    accepted, "Invitation: Chat @ Tue 24 Nov 3pm"), when no calendar part says so."""
    if _CALENDAR_INVITE.match(subject):
        return True
    if not _CALENDAR_ANSWER.match(subject):
        return False
    return not snippet.strip() or bool(_CALENDAR_ANSWER_TEXT.search(snippet))


def says_away(text: str) -> bool:
    """An out-of-office reply in words ("I am out of the office until ..."), asking nothing."""
    return bool(_AWAY.search(text) and _AWAY_DETAIL.search(text)) and "?" not in text


def counts(message: MailMessage, me: Me) -> bool:
    """Whether a message is a word in the conversation (not automatic, not a notification)."""
    if automatic_rule(message) is not None:
        return False
    return message.sender in me or sender_rule(message) is None


def is_courtesy(text: str) -> bool:
    """A short thanks or acknowledgement that asks nothing ("Thanks!", "Got it, cheers").

    Words after a sign-off ("Best regards,") are a signature and do not count, unless
    they ask something (a postscript).
    """
    if _short_courtesy(text):
        return True
    sign_off = _SIGN_OFF.search(text)
    if sign_off is None or _QUESTION_OR_ASK.search(text[sign_off.end() :]):
        return False
    return _short_courtesy(text[: sign_off.end()])


def _short_courtesy(text: str) -> bool:
    words = text.split()
    if not words or len(words) > COURTESY_MAX_WORDS:
        return False
    return bool(_COURTESY.search(text)) and not _QUESTION_OR_ASK.search(text)


def closes_clearly(text: str) -> bool:
    """A message that says no for good ("I'll pass, thank you", "not interested")."""
    found = _CLOSED.search(text)
    if not found:
        return False
    return not (found.group(0).lower().startswith(("i'll pass", "i will pass"))
                and _PASS_ALONG.search(text.lower()))  # fmt: skip


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
    for message in present:
        if message.sender in me:
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
        if answers_them and is_courtesy(text):
            return _none(thread, me, counted, [*rules, "courtesy_last_word"])
        return ThreadVerdict(thread, MailTurn.AWAITING, last, other, ("last_word_mine", *rules))
    if not any(address in me for address in last.to):
        rule = "only_cc" if any(address in me for address in last.cc) else "not_addressed_to_me"
        return _none(thread, me, counted, [*rules, rule])
    if is_courtesy(text):
        return _none(thread, me, counted, [*rules, "courtesy_last_word"])
    if _NO_REPLY_NEEDED.search(text):
        return _none(thread, me, counted, [*rules, "no_reply_needed"])
    return ThreadVerdict(thread, MailTurn.OWED, last, last.sender, ("last_word_theirs", *rules))


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
