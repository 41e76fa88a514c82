"""What a message's sender and words say about it, for the turn rules (mail_rules).

Read only from what Ghostless keeps: the sender's address and the 200-character
snippet (and the subject). Each function answers one question a person would ask
("is this a program?", "does this ask anything?") with patterns a person can read.
"""

from __future__ import annotations

import re
import unicodedata

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
    # the snippet may cut the last word ("automated messag")
    r"(mess\w*|e-?mail|notification|response|reply|confirmation)|"
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
    r"on (vacation|holiday|holidays)|travell?ing with limited)|"
    # German, French, Spanish, Dutch: "ich bin bis 8. Dezember nicht im Büro", "je suis
    # absente du bureau", "estoy fuera de la oficina", "ik ben met vakantie"
    r"\bich bin (\w+\.? ){0,6}(nicht im büro|abwesend|im urlaub|in elternzeit|außer haus)|"
    r"\bje (suis|serai) (\w+ ){0,3}(absente?|en congés?|en vacances|hors du bureau)|"
    r"\b(estoy|estaré) (\w+ ){0,3}(fuera de la oficina|de vacaciones|ausente|de baja)|"
    r"\bik ben (\w+ ){0,6}(afwezig|niet op kantoor|niet aanwezig|met vakantie|met verlof)",
    re.IGNORECASE,
)
_AWAY_DETAIL = re.compile(
    r"\b(limited|no|intermittent) access to (my )?e-?mail|\bback (on|in|at)\b|\breturn(ing)? "
    r"(on|to)\b|\buntil\b|\burgent|\bin my absence\b|"
    # when back, or whom to ask, in the same languages
    r"\b(bis|zurück|dringend\w*|jusqu'?au|de retour|urgen(ce|t)|hasta|volveré|de vuelta|"
    r"urgente|tot|terug|dringende?|spoed)\b",
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
    r"(reply|respond|answer)|nothing (needed|required) from you|nothing (for you )?to do|"
    r"no (further )?action (is )?(needed|required|necessary))\b",
    re.IGNORECASE,
)

_QUESTION_OR_ASK = re.compile(
    r"\?|\b(please|could you|can you|would you|will you|let me know|do you|are you|"
    r"send (me|them|it|those|these|the|over)|"
    r"when (is|are|can|will)|what (is|are|about)|how about)\b",
    re.IGNORECASE,
)
_COURTESY = re.compile(
    r"\b(thanks|thank you|thank u|thx|cheers|much appreciated|appreciate it|many thanks|"
    r"perfect|great|got it|sounds good|will do|noted|brilliant|wonderful|awesome|"
    r"that's (really |very )?helpful|looking forward|see you (then|there|soon|tomorrow|"
    r"next \w+|on \w+|\w+day)|works for me|suits me|confirmed|talk soon|speak soon|all good|"
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
    r"pass on this|(we'?ll|we will|we('re| are) going to) pass|"
    r"thanks?,? but no\b(?!\s+(rush|hurry|need|problem|worries|pressure|stress))|"
    r"(won'?t|will not) be (buying|proceeding|moving forward|going ahead|taking (it|this|"
    r"that) (further|forward))|not interested|no longer interested|"
    r"(must|have to|will|'ll|going to|politely|respectfully|regretfully|to) decline|"
    r"withdraw(ing)? (my|from)|accepted (another|a different|an?) (offer|position|role|job)|"
    r"not looking (for|to|right now|at the moment)|not the right (fit|time) for me|"
    r"please remove me|no,? thank you|"
    # German, French, Spanish, Dutch: "muss leider absagen", "je dois décliner", "no me
    # interesa", "ik moet helaas bedanken"
    r"(muss|müssen) (ihnen |dir |euch )?(leider )?(absagen|ablehnen|passen)|kein interesse|"
    r"(je dois|je vais|je préfère|nous devons|nous préférons) (\w+ )?(décliner|refuser)|"
    r"ne (suis|sommes) pas intéressée?s?|non merci|"
    r"no (me|nos) interesa|(tengo|tenemos) que (declinar|rechazar)|no,? gracias|"
    r"ik (moet|ga) (helaas )?(bedanken|afzeggen|passen)|geen interesse|nee,? bedankt|"
    # Italian, Portuguese: "per ora non ne abbiamo bisogno", "não estamos interessados"
    r"non (ne )?(abbiamo|ho) bisogno|non (siamo|sono) interessat[aeio]|no,? grazie|"
    r"(não|nao) (estamos|estou) interessad[ao]s?|(não|nao) (precisamos|preciso)|"
    r"(não|nao),? obrigad[ao])",
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


#: A greeting before the words ("Hi Chris,", "Dear Ms Grant,"): not counted in their length.
_GREETING = re.compile(
    r"^\W*(?i:hi|hello|hey|dear|morning|good (morning|afternoon)|hallo|bonjour|hola|beste)"
    r"((\s+[A-Z][\w'.-]*){1,2})?\s*[,!:\u2013\u2014-]\s+"
)


def _short_courtesy(text: str) -> bool:
    words = _GREETING.sub("", text, count=1).split()
    if not words or len(words) > COURTESY_MAX_WORDS:
        return False
    return bool(_COURTESY.search(text)) and not _QUESTION_OR_ASK.search(text)


def closes_clearly(text: str) -> bool:
    """A message that says no for good ("I'll pass, thank you", "not interested")."""
    found = _CLOSED.search(text)
    if not found:
        return False
    opening = found.group(0).lower()
    return not (opening.startswith(("i'll pass", "i will pass", "we'll pass", "we will pass"))
                and _PASS_ALONG.search(text.lower()))  # fmt: skip


#: They say no: an application turned down, a request declined.
_THEY_DECLINE = re.compile(
    r"\b((decided|chosen|chose|opted) to (move|go) (forward|ahead) with (other|another|a "
    r"different)|(decided|chosen|chose|opted) to (proceed|continue) with (other|another|a "
    r"different)|(not|won'?t|will not) be (moving|going|taking (it|this|your application)) "
    r"forward|(will|'ll) have to be a no|position has (now )?been filled|"
    r"i'?m afraid (i|we) (can'?t|cannot|won'?t be able|am unable|are unable|have to decline)|"
    r"unfortunately,? (i|we) (can'?t|cannot|won'?t be able|am not able|are not able|am unable|"
    r"are unable|will not be able)|(not|unable to) (be able to )?offer you|"
    # "we've gone with another developer", "decided on a different studio"
    r"(decided|chosen|chose|opted) to go with (another|a different|other)|"
    r"(we'?ve|we have|i'?ve|i have) gone with (another|a different|other)|"
    r"(decided|chosen|chose|opted) (on|for) (another|a different)|"
    # an application turned down: "you have not been shortlisted", "your application has
    # been unsuccessful", "decided not to progress your application"
    r"(have|has|were|was) not been (shortlisted|selected|successful)|"
    r"(you|i) (were|was) not (shortlisted|selected|successful)|"
    r"(your|the) application (has been|was|is) unsuccessful|"
    # the news may be cut by the snippet: "I'm sorry to tell you that on this occasion you"
    r"(i'?m|we'?re|i am|we are) sorry to (tell|inform) you|(i|we) regret to (tell|inform) you|"
    r"not (to )?(progress|proceed with|take forward|take further) (with )?your "
    r"(application|candidacy)|(not|won'?t) be (progressing|taking) your (application|"
    r"candidacy)|"
    # German, Spanish, French: "für ein anderes Büro entschieden", "seguir con otro"
    r"(uns|mich) (\w+ ){0,4}für (ein|eine|einen) andere[nrs]? (\w+ )?entschieden|"
    r"(müssen|muss) (ihnen|dir|euch) (leider )?absagen|"
    r"(hemos|he) decidido (seguir|continuar|ir|avanzar|trabajar|quedarnos) con otr[oa]s?|"
    r"(hemos|he) (elegido|optado por) (a )?otr[oa]s?|"
    r"(avons|ai) (décidé|choisi) de (retenir|poursuivre avec|travailler avec) "
    r"(un autre|une autre|d'autres)|"
    # Portuguese, Italian: "lamentamos informar que ... não foi selecionada", "non è stata
    # selezionata", "siamo spiacenti di comunicarle"
    r"lamentamos (informar|comunicar)|(não|nao) (foi|foram) (selecionad|seleccionad|aprovad|"
    r"escolhid|aceit)\w*|(non|nao) (è|e'|sono) stat[aeio] (selezionat|scelt|ammess|accolt)\w*|"
    r"(siamo spiacenti|ci dispiace|purtroppo dobbiamo) (di )?(informarl|comunicarl|informart|"
    r"comunicart)\w*)",
    re.IGNORECASE,
)
#: Closing lines that offer help without asking anything: they want no answer.
_BOILERPLATE = re.compile(
    r"\b((please )?(let me know|do not hesitate to|don'?t hesitate to|feel free to) "
    r"(\w+ ){0,3}if you (have|need) (any )?(other |further |more )?(questions?|anything( else)?|"
    r"help)|(please )?(do not|don'?t) hesitate to (contact|ask|reach out|get in touch)\w*|"
    r"(please )?feel free to (contact|ask|reach out|get in touch)\w*|"
    r"if you have any (other |further )?questions?,? (please )?"
    r"(let me know|just ask|get in touch))",
    re.IGNORECASE,
)
#: An offer or an invitation wants an answer even without a question mark.
_OFFERS = re.compile(
    r"\b((happy|glad) to(?=\s+\w)|shall (i|we)|should i|want me to|would (you )?like|we'?d like|"
    r"i'?d like|invite|if you('re| are) (interested|keen|free|available|up for)|let'?s)\b",
    re.IGNORECASE,
)
#: They will take the next step: send, check, come back.
_WILL_COME_BACK = re.compile(
    r"\b((i'?ll|i will|we'?ll|we will|i'?m going to|we'?re going to|i am going to) "
    r"((get|come|revert) back to you|send|forward|share|confirm|follow up|check|update you|"
    r"let you know|be in touch|get back|come back|revert|give you (my|our|an|the) "
    r"(answer|decision|reply|feedback))|"
    # a colleague of theirs will: "Ben is preparing the quote and will send it to you"
    r"(will|'ll) (send|forward|e-?mail) (it|them|this|that) (over )?to you|"
    r"(will|'ll) give you (my|our|an|the) (answer|decision|reply|feedback)|"
    # an assistant for her manager: "he will get back to you after the 7th", "she will
    # reply to you on Monday"
    r"\b(he|she|they)\b[^.?!]{0,40}\b(will|'ll) (get back|come back|reply|respond|write back|"
    r"answer you)|"
    # German: "melde mich bis Mittwoch", "schickt es Ihnen bis Donnerstag"
    r"(melde|melden) (ich |wir )?(mich|uns)|(schicke|schickt|sende|sendet|schicken|senden) "
    r"(ich |wir )?(es |sie |ihn |das )?(ihnen|dir|euch)|(gebe|geben) (ich |wir )?(ihnen|dir|"
    r"euch) (\w+ )?bescheid|(komme|kommen) (ich |wir )?(\w+ )?auf (sie|dich|euch) zurück|"
    # Spanish, future: "te enviaré", "me pondré en contacto"
    r"(te|le|les|os) (enviaré|enviaremos|mandaré|mandaremos|escribiré|escribiremos|"
    r"confirmaré|confirmaremos|diré|diremos)|(me|nos) (pondré|pondremos) en contacto)\b",
    re.IGNORECASE,
)
#: A promise with a day on it: "by Monday", "bis Donnerstag", "tomorrow".
_DEADLINE = re.compile(
    r"\b((by|before|until|on|bis|hasta|antes del?) (the end of (the )?)?(monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"lunes|martes|miércoles|jueves|viernes|next week|the end of the week|end of (the )?week|"
    r"the \d+\w*|\d+)|tomorrow|morgen|mañana|next week|nächste woche|la semana que viene)\b",
    re.IGNORECASE,
)
#: A message to nobody by name: mass mail, often a scam.
_IMPERSONAL = re.compile(
    r"^\W*(dear|hello|hi|greetings),?\s+(candidate|applicant|job ?seeker|sir\s*(/|or)\s*madam|"
    r"sir|madam|customer|user|friend|beneficiary|professional|valued \w+)\b",
    re.IGNORECASE,
)
#: A message to many: "Dear all", "Hi everyone", "Dear clients".
_TO_MANY = re.compile(
    r"^\W*(dear|hi|hello|hey|good (morning|afternoon)),?\s+(all|everyone|everybody|team|"
    r"colleagues|clients|customers|suppliers|vendors|partners|friends|folks|members|"
    r"participants)\b",
    re.IGNORECASE,
)


def asks_something(text: str) -> bool:
    """A question, a request or an offer that wants an answer; closing boilerplate
    ("Let me know if you have any questions") asks nothing."""
    rest = _BOILERPLATE.sub(" ", text)
    return bool(_QUESTION_OR_ASK.search(rest) or _OFFERS.search(rest))


def they_decline(text: str) -> bool:
    """They say no ("we have decided to proceed with other candidates", "it will have to
    be a no") and ask nothing."""
    return bool(_THEY_DECLINE.search(text)) and not asks_something(text)


def will_come_back(text: str) -> bool:
    """They promise the next step ("I'll send you the revised contract by Friday", "my
    colleague will send it to you") and ask nothing: the ball is in their court.

    A promise with a day on it outweighs a wish of theirs ("I'd like to talk it over
    first, and will give you my answer by Friday"); a question never does.
    """
    if not _WILL_COME_BACK.search(text):
        return False
    rest = _WILL_COME_BACK.sub(" ", text)  # "will send it to you" is no "send it" asked of me
    if _DEADLINE.search(text):
        return not _QUESTION_OR_ASK.search(_BOILERPLATE.sub(" ", rest))
    return not asks_something(rest)


def promises(text: str) -> bool:
    """My message promises them the next step ("I'll send you the budget on Monday")."""
    return bool(_WILL_COME_BACK.search(text))


def is_impersonal(text: str) -> bool:
    """A message to nobody by name ("Dear Candidate", "Dear Sir/Madam")."""
    return bool(_IMPERSONAL.search(text))


def is_announcement(text: str) -> bool:
    """A message to many ("Dear all", "Hi everyone") that asks nothing of them."""
    return bool(_TO_MANY.search(text)) and not asks_something(text)


def asked_by_name(text: str, names: frozenset[str]) -> bool:
    """Someone asks me by name ("Alex - could you confirm ...?", "Alex, over to you on
    ...") in a message to others."""
    text = without_accents(text)  # "Inês, can you confirm ...?" asks ines@
    return any(
        re.search(rf"\b{re.escape(name)}\s*[-\u2013\u2014,:]\s*(could|can|would|will|please|"
                  r"do|did|are|is|what|when|where|how|which|over to you|your (call|turn|view|"
                  r"thoughts))\b", text, re.IGNORECASE)
        for name in names
    )  # fmt: skip


_STOP_WRITING = re.compile(
    r"\b((remove|take) me (off|from) (your|the|this) (\w+ )?(list|database|records)|"
    r"stop (contacting|e-?mailing|writing to|messaging) me|(do not|don'?t) (contact|e-?mail|"
    r"write to) me again|unsubscribe me)\b",
    re.IGNORECASE,
)


def asks_to_stop(text: str) -> bool:
    """I asked them to stop writing ("Please take me off your list")."""
    return bool(_STOP_WRITING.search(text))


def is_no_reply_address(address: str) -> bool:
    """An address nobody reads (no-reply@, notifications@, mailer-daemon@)."""
    return bool(_NO_REPLY_LOCAL.search(address.partition("@")[0]))


#: A thank-you note's words of thanks, in the languages the corpora hold.
_THANKS = re.compile(
    r"\b(thank you|thanks (so much|a lot|again|for)|many thanks|muchas gracias|"
    r"muchísimas gracias|mil gracias|vielen (herzlichen )?dank|herzlichen dank|tausend dank|"
    r"merci beaucoup|grazie mille)\b",
    re.IGNORECASE,
)
#: Work still to do, or a request in another language: no mere thank-you note.
_STILL_TO_DO = re.compile(
    r"\b(still|needs?|must|have to|has to|missing|wrong|problem|issue|deadline|noch|muss|"
    r"müssen|fehlt|bitte|könnten|können sie|todavía|falta|hay que|por favor|podrías|puedes|"
    r"pourriez|merci de)\b",
    re.IGNORECASE,
)


def is_thank_you_note(text: str) -> bool:
    """A thank-you note ("Thank you so much for mentoring me ..."), longer than a courtesy,
    in any of a few languages, that asks nothing and names no work still to do."""
    return bool(_THANKS.search(text)) and not (asks_something(text) or _STILL_TO_DO.search(text))


#: A service's notice that a person sent or shared something in it.
_ON_BEHALF = re.compile(
    r"\b(sent you (a|an|the) (document|envelope|file|contract|agreement|form)s?|"
    r"shared (a|an|the) (file|folder|document|album|drive|board)s? with you|"
    r"invited you to (edit|view|collaborate|sign|comment))\b",
    re.IGNORECASE,
)


def is_on_behalf_notice(subject: str, text: str) -> bool:
    """A service's notice sent in a person's name ("Dana Fox sent you a document to sign",
    "Tom shared a folder with you"): answered in the service, not by mail."""
    return bool(_ON_BEHALF.search(subject) or _ON_BEHALF.search(text))


#: Shared addresses of an organisation (jobs@, info@): mail to them reaches its people.
_ROLE_LOCAL = re.compile(
    r"^(jobs?|careers?|karriere|bewerbung(en)?|applications?|apply|recruiting|hiring|hr|"
    r"info|office|buero|büro|hello|hallo|contact|kontakt|studio|mail|post|team|enquiries|"
    r"inquiries|admin|anfragen?)$"
)
#: Mail providers anyone can have an address at: sharing one is no colleague.
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "yahoo.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de", "gmx.net",
        "gmx.at", "gmx.ch", "web.de", "posteo.de", "mailbox.org", "proton.me",
        "protonmail.com", "t-online.de", "freenet.de", "yandex.ru", "mail.ru", "zoho.com",
        "fastmail.com", "hey.com", "tutanota.com", "orange.fr", "free.fr", "laposte.net",
    }
)  # fmt: skip


def own_domains(my_addresses: frozenset[str]) -> frozenset[str]:
    """The domains of my addresses that are my organisation's, not a public provider's."""
    domains = {address.partition("@")[2] for address in my_addresses}
    return frozenset(domain for domain in domains if domain and domain not in PUBLIC_MAIL_DOMAINS)


def is_shared_address_of(address: str, domains: frozenset[str]) -> bool:
    """A shared address (jobs@, info@) at one of my organisation's domains."""
    local, _, domain = address.partition("@")
    return domain in domains and bool(_ROLE_LOCAL.match(local))


#: A nudge that repeats what was asked: it says nothing new.
_NUDGE = re.compile(
    r"\b((just |quickly )?(circling|checking|following) (back|in|up)|bump(ing)? (this|it|"
    r"my)|last chance|(gentle|friendly|quick) (reminder|nudge)|any (update|news|thoughts) on|"
    r"did you (get|have) a chance|in case (you|this|my) (missed|got lost)|"
    r"(top|front) of your inbox)\b",
    re.IGNORECASE,
)


def is_nudge(text: str) -> bool:
    """A nudge that repeats an earlier ask ("Just circling back", "bumping this", "last
    chance to join")."""
    return bool(_NUDGE.search(text))


def before_signature(text: str, names: frozenset[str]) -> str:
    """The words before a signature that starts with one of ``names`` after a sentence
    ("... I'll bring the laptop. Alex Alex Morgan Backend Engineer"), when no sign-off
    phrase ("Best regards,") marks it; the whole text when none does."""
    for name in sorted(names):
        found = re.search(rf"(?<=[.!?])\s+{re.escape(name)}\b", text, re.IGNORECASE)
        if found:
            text = text[: found.start()]
    return text


#: Advice given: what I recommend or suggest to them, or my tips.
_ADVICE = re.compile(
    r"\b((i'?d|i would|i) (strongly )?(recommend|suggest)(?!\s+(we|that we|a (call|chat|"
    r"meeting)|meeting|to meet|(you )?(call|ring|phone) me))|my (advice|tip|suggestion) "
    r"(is|would be)|(a few|some|two|three) (tips|suggestions|recommendations))\b",
    re.IGNORECASE,
)
#: My yes to something of theirs: the next step is then theirs.
_MY_YES = re.compile(
    r"\b(yes|yeah|sure|gladly|(happy|glad|love) to|i'?m (interested|keen|in)|"
    r"count me in|open to (it|this|that|the)|sounds (good|great|interesting))\b",
    re.IGNORECASE,
)


def gives_advice(text: str) -> bool:
    """My answer gives the advice asked for ("I'd recommend ...", "My advice is ...") and
    asks nothing, nor says yes to anything of theirs."""
    return bool(_ADVICE.search(text)) and not (_MY_YES.search(text) or asks_something(text))


def without_accents(text: str) -> str:
    """The text with its letters' accents dropped ("Inês" -> "Ines"), as addresses spell names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


#: An offer, an invitation or an ask to take part: a question that wants my yes, not a fact.
_INVITES = re.compile(
    r"\b((would|will|are|could) you (be )?(open|interested|keen|available|free|up for|"
    r"willing|able)|(can|could|shall|should) (we|i) (talk|meet|chat|call|speak|send|book)|"
    r"join|work (with|for) (us|me)|role|position|opportunit\w*|interview|"
    # a time to agree ("Tuesday or Wednesday?") waits for their confirmation
    r"when|what time|(mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week|"
    r"\d{1,2}(:\d\d)?\s?(am|pm))\b",
    re.IGNORECASE,
)


def is_plain_question(text: str) -> bool:
    """A question of fact ("16:9 or 2.39?", "25p or 24p?") that offers nothing, invites to
    nothing, asks for no yes and agrees no time: a whole answer settles it."""
    return "?" in text and not (_OFFERS.search(text) or _INVITES.search(text))


def says_yes(text: str) -> bool:
    """My yes to something of theirs ("Yes, I'm interested", "Happy to"): the next step is
    then theirs."""
    return bool(_MY_YES.search(text))


#: A fee asked for an honour or a listing: "pay the $120 processing fee to receive your
#: laurels".
_FEE_FOR_AN_HONOUR = re.compile(
    r"\b(pay|paying|payment of|remit) (the |a |an |our |your )?([$€£]\s?\d+\S*\s+)?"
    r"(processing|handling|registration|release|administration|admin|listing|certificate|"
    r"publication|award|laurel|acceptance|verification) fee\b",
    re.IGNORECASE,
)


def asks_a_fee(text: str) -> bool:
    """Unasked-for mail that asks a fee to receive an award, a listing or a prize: a scam
    (a festival's own entry fee is paid when I enter, never asked of me first)."""
    return bool(_FEE_FOR_AN_HONOUR.search(text))


#: A helpdesk's word that my request is solved and its ticket closed; the snippet may cut
#: the last word ("I've marked this tic").
_SOLVED = re.compile(
    r"\b((i'?ve|i have|we'?ve|we have) (marked|closed|resolved) (this|your) (ticket|request|"
    r"case|tic\w*)|(this|your) (ticket|request|case) (has been|is now|is|was) (marked as )?"
    r"(solved|resolved|closed)|marked (it |this )?as (solved|resolved))",
    re.IGNORECASE,
)


def solves_ticket(text: str) -> bool:
    """A helpdesk solved my request and closed its ticket ("I've marked this ticket as
    solved"), asking nothing."""
    return bool(_SOLVED.search(text)) and not _QUESTION_OR_ASK.search(_BOILERPLATE.sub(" ", text))
