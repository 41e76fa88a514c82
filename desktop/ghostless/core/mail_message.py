"""One mail message as Ghostless keeps it: headers that thread it, and a snippet.

:func:`parse_mail` turns the raw header block of a message (from a Maildir file,
an mbox, or the :data:`HEADER_FIELDS` an IMAP sync fetches) into a :class:`MailMessage`, and
:func:`first_text_snippet` takes at most 200 characters of the first text part
of a whole message. Nothing else of a body is kept (issue 14, item 2).

Both survive bad mail: a missing Message-ID gets a stable one made from the
headers (so a copy in a second folder is still the same message), a malformed
Date falls back to the last Received line, then to the time the store gives
(and is marked ``undated``, so threading orders it by its reply chain), unknown
charsets and broken RFC 2047 words are decoded with replacement characters (raw
8-bit headers as UTF-8, else Windows-1252), HTML-only mail is reduced to its text.
They never raise on the content of a message.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import Message
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime

from ghostless.core.mail_headers import HeaderBlock, addresses, first_address, read_headers
from ghostless.core.mail_signals import is_no_reply_address, sender_kind

SNIPPET_LIMIT = 200
#: The header-based marks the turn rules read (see ghostless.core.mail_rules).
MARKS = (
    "list", "bulk", "auto_submitted", "auto_reply", "bounce", "calendar", "read_receipt",
    "undated", "reply_to_person",
)  # fmt: skip

#: Every header :func:`parse_mail` and the snippet reader look at, and no other: what
#: an IMAP sync fetches (``BODY.PEEK[HEADER.FIELDS (...)]``). Received lines are left
#: out (they are most of a header's bytes); an IMAP message's INTERNALDATE dates it
#: when its Date cannot.
HEADER_FIELDS = (
    "Message-ID", "In-Reply-To", "References", "From", "Sender", "To", "Cc", "Date",
    "Subject", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
    "Content-Class", "List-Id", "List-Post", "List-Unsubscribe", "Precedence",
    "Auto-Submitted", "X-Autoreply", "X-Autorespond", "Reply-To",
)  # fmt: skip

_MSGID = re.compile(r"<[^<>\s]+>")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class MailMessage:
    """What Ghostless keeps of one message: the fields of issue 14 item 2, and no body.

    Addresses are lower-cased. ``at`` is an aware UTC instant, or None when
    neither the Date nor any Received line could be read. ``marks`` names what
    the headers say about the message (a mailing list, bulk mail, an automatic
    reply, a bounce; see :data:`MARKS`): classifications the turn rules need,
    not content. ``undated`` says the Date header was missing or unreadable, so
    ``at`` is a fallback (a Received line, the store's delivery time).
    ``reply_to`` is the person a program's address (no-reply@, a job board's) sends for,
    named in its Reply-To: the one an answer reaches; empty otherwise.
    """

    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]
    sender: str
    sender_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    at: datetime | None
    subject: str
    snippet: str
    marks: frozenset[str] = frozenset()
    source: str = ""
    folder: str = ""
    reply_to: str = ""

    @property
    def recipients(self) -> tuple[str, ...]:
        return self.to + self.cc


def parse_mail(
    header_bytes: bytes,
    snippet: str | None,
    *,
    source: str,
    folder: str,
    fallback_at: datetime | None = None,
    body_start: bytes = b"",
) -> MailMessage:
    """Parse a message's header block (a whole message is fine too) into a MailMessage.

    ``snippet`` is the text already taken from the body (see
    :func:`first_text_snippet`), or None when only headers were fetched.
    ``fallback_at`` (an IMAP INTERNALDATE, a file's time) dates a message
    whose Date and Received lines are all unreadable. ``body_start``, the first
    bytes of the body when only the header block is given, is looked at for
    the parts of a calendar invitation or a read receipt, and kept no further.
    """
    headers = read_headers(header_bytes)
    sender_name, sender = first_address(headers)
    sender_name = _one_line(sender_name)
    subject = headers.decoded("Subject")
    dated = _parse_date(headers.raw("Date"))
    ids = _message_ids(headers.raw("Message-ID"))
    message_id = (
        ids[0] if ids else _made_up_id(sender, dated, headers.raw("Date"), subject, snippet)
    )
    reply_ids = _message_ids(headers.raw("In-Reply-To"))
    references = tuple(dict.fromkeys(_message_ids(headers.raw("References"))))
    data = header_bytes + b"\n" + body_start if body_start else header_bytes
    marks = _marks(headers, subject, sender, data, snippet or "")
    if dated is None:
        marks.add("undated")
    return MailMessage(
        message_id=message_id,
        in_reply_to=reply_ids[0] if reply_ids else None,
        references=references,
        sender=sender,
        sender_name=sender_name,
        to=addresses(headers.raw("To")),
        cc=addresses(headers.raw("Cc")),
        at=dated or _received_date(headers) or _utc(fallback_at),
        subject=_one_line(subject),
        snippet=clip_snippet(snippet or ""),
        marks=frozenset(marks),
        source=source,
        folder=folder,
        reply_to=_person_behind(headers, sender),
    )


# -- headers ------------------------------------------------------------------


def _person_behind(headers: HeaderBlock, sender: str) -> str:
    """The person a program's address writes for, named in Reply-To ("Zoe via Hirepoint
    <no-reply@...>", Reply-To: zoe@lumen.example); empty when the sender is a person."""
    if sender_kind(sender, "") not in {"no_reply_sender", "notification_sender"}:
        return ""
    people = [a for a in addresses(headers.raw("Reply-To")) if a != sender]
    return next((a for a in people if not is_no_reply_address(a)), "")


def _one_line(text: str) -> str:
    """One line of printable text: control characters become spaces."""
    text = _CONTROL.sub(" ", text.replace("\ufffd", "?"))
    return _SPACE.sub(" ", text).strip()


def _message_ids(text: str) -> list[str]:
    found = _MSGID.findall(text)
    if not found and text.strip() and " " not in text.strip():
        # A bare id without angle brackets, as a few old clients write it.
        found = [f"<{text.strip()}>"]
    return found


def _made_up_id(
    sender: str, dated: datetime | None, raw_date: str, subject: str, snippet: str | None
) -> str:
    """A stable id for a message without one, made from what a person would call the same
    message: its sender, its Date, its Subject and the start of its first text part.

    Normalised (addresses lower-cased, the Date as a UTC instant, words joined by single
    spaces, case folded), so a copy in another folder, or the same message fetched again
    after the server renumbered its folder (UIDVALIDITY) with its headers folded or ordered
    differently or other headers added, gets the same id and counts once.
    """
    when = dated.isoformat() if dated is not None else _SPACE.sub(" ", raw_date).strip()
    parts = (sender, when, _one_line(subject).casefold(), clip_snippet(snippet or "").casefold())
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]
    return f"<{digest}@no-message-id.ghostless.invalid>"


def _utc(instant: datetime | None) -> datetime | None:
    if instant is None:
        return None
    if instant.tzinfo is None:
        # RFC 5322 "-0000": the zone is unknown; UTC is the honest reading.
        return instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC)


def _parse_date(text: str) -> datetime | None:
    """An RFC 5322 date, or an ISO 8601 one as some scripts write; None otherwise."""
    text = text.strip()
    if not text:
        return None
    try:
        return _utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return _utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return None


def _received_date(headers: HeaderBlock) -> datetime | None:
    """The date of the top Received line (the last server's), after its ';'."""
    for value in headers.received:
        if ";" in value:
            found = _parse_date(value.rsplit(";", 1)[1])
            if found is not None:
                return found
    return None


_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(auto(matic)?[ -]?(reply|response|antwort)|out of (the )?office|abwesenheit|"
    r"r[ée]ponse automatique|away from (my|the) (desk|office)|on (annual )?leave|"
    # what mail programs put before the subject in other languages
    r"automatische antwort|automatisch antwoord|respuesta autom[áa]tica|"
    r"risposta automatica|fuera de la oficina)\b|"
    # one word that needs its colon: "Afwezig: ...", "Absence : ...", "Abwesend: ..."
    r"^\s*(afwezig|abwesend|absent|absence|ausente|assente)\s*:",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(undeliver(ed|able)|delivery status notification|mail delivery (failed|failure|"
    r"system)|returned mail|failure notice|delivery failure)",
    re.IGNORECASE,
)
_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster)@", re.IGNORECASE)


_CALENDAR_SENDER = re.compile(r"^calendar-(notification|server)[^@]*@", re.IGNORECASE)
#: iTIP scheduling methods (RFC 5546): an invitation, an answer to one, a cancellation.
_ITIP = r"(request|reply|cancel|counter|declinecounter|add|refresh)"
_CALENDAR_TYPE = re.compile(rf"^\s*text/calendar\b[^\n]*method=\"?{_ITIP}\b", re.IGNORECASE)
_CALENDAR_PART = re.compile(
    rb"^content-type:\s*text/calendar\b(?:[^\n]|\n[ \t])*method=\"?" + _ITIP.encode()
    + rb"\b|^method:\s*" + _ITIP.encode() + rb"\s*$",
    re.IGNORECASE | re.MULTILINE,
)  # fmt: skip
_RECEIPT_PART = re.compile(
    rb"^content-type:\s*message/disposition-notification\b|"
    rb"^disposition:\s*(manual|automatic)-action/",
    re.IGNORECASE | re.MULTILINE,
)
_RECEIPT_SUBJECT = re.compile(
    r"^\s*(read|not read|gelesen|ungelesen|lu|le[íi]do|letto|gelezen|l[äa]st|"
    r"read receipt|return receipt|read notification)\s*:",
    re.IGNORECASE,
)
_RECEIPT_TEXT = re.compile(
    r"\b(was (read|displayed|opened)|has been (read|displayed|opened)|wurde .{0,40}gelesen|"
    r"a été lu|return receipt|read receipt)\b",
    re.IGNORECASE,
)


def _is_calendar(headers: HeaderBlock, sender: str, data: bytes) -> bool:
    """An invitation, an answer to one or a cancellation, sent by a calendar program.

    Read from the Content-Type (text/calendar with an iTIP method, at the top or
    in a part when the body is there), Outlook's Content-Class, or a calendar
    service's sending address. An .ics attachment without a method (a shared
    event, not a scheduling message) is not one.
    """
    if _CALENDAR_TYPE.search(headers.raw("Content-Type").replace("\n", " ")):
        return True
    if "calendarmessage" in headers.raw("Content-Class").lower():
        return True
    if _CALENDAR_SENDER.match(sender) or _CALENDAR_SENDER.match(
        parseaddr(headers.raw("Sender"))[1]
    ):
        return True
    return bool(_CALENDAR_PART.search(data))


def _is_read_receipt(headers: HeaderBlock, subject: str, data: bytes, snippet: str) -> bool:
    """A read receipt (a message disposition notification, RFC 8098), not a person's reply.

    A message that only asks for a receipt (Disposition-Notification-To) is not one.
    """
    content_type = re.sub(r'[\s"]', "", headers.raw("Content-Type").lower())
    if "report-type=disposition-notification" in content_type:
        return True
    if _RECEIPT_PART.search(data):
        return True
    return bool(_RECEIPT_SUBJECT.search(subject) and _RECEIPT_TEXT.search(snippet))


def _marks(headers: HeaderBlock, subject: str, sender: str, data: bytes, snippet: str) -> set[str]:
    marks: set[str] = set()
    if _is_calendar(headers, sender, data):
        marks.add("calendar")
    if _is_read_receipt(headers, subject, data, snippet):
        marks.add("read_receipt")
    if headers.has("List-Id") or headers.raw("List-Post"):
        marks.add("list")
    if headers.has("List-Unsubscribe"):
        marks.add("bulk")
    precedence = headers.raw("Precedence").strip().lower()
    if precedence in {"bulk", "junk"}:
        marks.add("bulk")
    if precedence == "list":
        marks.add("list")
    auto = headers.raw("Auto-Submitted").strip().lower()
    if auto.startswith("auto-replied"):
        marks.add("auto_reply")
    elif auto and auto != "no":
        marks.add("auto_submitted")
    if any(headers.has(name) for name in ("X-Autoreply", "X-Autorespond")):
        marks.add("auto_reply")
    if _AUTO_REPLY_SUBJECT.search(subject):
        marks.add("auto_reply")
    # A person writing through a program's address (an applicant-tracking system's
    # no-reply@) names herself in Reply-To: answering reaches her.
    reply_to = addresses(headers.raw("Reply-To"))
    if any(address != sender and not is_no_reply_address(address) for address in reply_to):
        marks.add("reply_to_person")
    content_type = headers.raw("Content-Type").lower().replace(" ", "")
    if (
        "report-type=delivery-status" in content_type
        or _BOUNCE_SENDER.match(sender)
        or (_BOUNCE_SUBJECT.search(subject) and not headers.raw("In-Reply-To"))
    ):
        marks.add("bounce")
    return marks


# -- snippets -----------------------------------------------------------------

_QUOTE_START = re.compile(
    r"(^|\n)\s*(on .{0,200}wrote:|le .{0,200}a écrit|am .{0,200}schrieb|"
    r"-{2,}\s*original message\s*-{2,}|_{5,}|from:\s.*\nsent:\s)",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"\n-- ?\n")


def first_text_snippet(message_bytes: bytes) -> str:
    """At most 200 characters of what the sender wrote, from the first text part.

    Prefers text/plain; an HTML-only message is reduced to its text. Quoted
    lines, the "On ... wrote:" line and everything after it, and the
    signature are left out, so the snippet is this message's own words.
    """
    try:
        # compat32: the body's structure is all that is read here, and it is several
        # times cheaper than policy.default, whose header objects this does not need.
        message = BytesParser(policy=policy.compat32).parsebytes(message_bytes)
    except Exception:  # noqa: BLE001 - a message the parser cannot read has no snippet
        return ""
    text = _part_text(message, "plain")
    if text is None:
        html_text = _part_text(message, "html")
        text = html_to_text(html_text) if html_text is not None else ""
    return clip_snippet(own_words(text))


def _part_text(message: Message, subtype: str) -> str | None:
    try:
        for part in message.walk():
            if part.is_multipart() or part.get_content_maintype() != "text":
                continue
            if part.get_content_subtype() != subtype:
                continue
            if str(part.get("Content-Disposition", "")).lower().startswith("attachment"):
                continue
            return _decoded(part)
    except Exception:  # noqa: BLE001 - a broken structure has no snippet to give
        return None
    return None


def _decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload())
    charset = str(part.get_content_charset() or "utf-8")
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


_DROP_ELEMENTS = re.compile(
    r"<(script|style|head|blockquote)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_OPEN_AT_END = re.compile(
    r"<(script|style|head|blockquote)\b(?!.*</\1\s*>).*\Z|<[^>]*\Z", re.IGNORECASE | re.DOTALL
)
_BREAKS = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h\d)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")


def html_to_text(markup: str, *, cut: bool = False) -> str:
    """The readable text of an HTML body: tags dropped, lines kept, entities decoded.

    ``cut``: the markup is only the start of the body (an IMAP sync reads no more),
    so an element left open at its end (a style sheet, a tag) is dropped too.
    """
    markup = _DROP_ELEMENTS.sub(" ", markup)
    if cut:
        markup = _OPEN_AT_END.sub(" ", markup)
    markup = _BREAKS.sub("\n", markup)
    return html.unescape(_TAGS.sub(" ", markup))


def own_words(text: str) -> str:
    """The sender's own words: before any quoted reply or signature."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = _QUOTE_START.search(text)
    if match:
        text = text[: match.start()]
    signature = _SIGNATURE.search(text)
    if signature:
        text = text[: signature.start()]
    lines = [line for line in text.split("\n") if not line.lstrip().startswith(">")]
    return "\n".join(lines)


def clip_snippet(text: str) -> str:
    """One line of at most 200 characters."""
    return _one_line(text)[:SNIPPET_LIMIT].rstrip()


def strip_prefixes(subject: str) -> str:
    """A subject without its reply and forward prefixes ("Re:", "AW:", "[list]")."""
    text = subject.strip()
    while True:
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text:
            return _SPACE.sub(" ", text).strip()
        text = stripped


def normal_subject(subject: str) -> str:
    """A subject without prefixes, folded: the key for threading by subject."""
    return strip_prefixes(subject).casefold()


_PREFIX = re.compile(
    r"^\s*((re|fw|fwd|aw|wg|sv|vs|antw|tr|réf|rif)(\[\d+\])?\s*:|\[[^\]]{1,40}\])\s*",
    re.IGNORECASE,
)
