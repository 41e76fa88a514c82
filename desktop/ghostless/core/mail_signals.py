"""What a message's sender and words say about it, for the turn rules (mail_rules).

Read only from what Ghostless keeps: the sender's address and the 200-character
snippet (and the subject). Each function answers one question a person would ask
("is this a program?", "does this ask anything?") with patterns a person can read.
"""

from __future__ import annotations

import re

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


def sender_kind(address: str, snippet: str) -> str | None:
    """The rule that says an address is no person to answer, if one does."""
    local, _, domain = address.partition("@")
    if not domain:
        return None
    if _NO_REPLY_LOCAL.search(local):
        return "no_reply_sender"
    parts = domain.split(".")
    if any(".".join(parts[i:]) in NOTIFICATION_DOMAINS for i in range(len(parts) - 1)):
        return "notification_sender"
    if _NEWSLETTER_LOCAL.search(local) or _VIEW_IN_BROWSER.search(snippet):
        return "newsletter"
    return None


def written_by_a_program(text: str) -> bool:
    """Words only a program writes ("This is an automated message", "do not reply to this
    email"), or an application acknowledged that asks nothing of me."""
    if _AUTOMATED_TEXT.search(text):
        return True
    return bool(_RECEIVED_TEXT.search(text)) and not _ASKS_ME.search(text)


def says_no_reply_needed(text: str) -> bool:
    """They say no answer is needed ("No need to reply")."""
    return bool(_NO_REPLY_NEEDED.search(text))


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
