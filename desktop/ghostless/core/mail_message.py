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
from email.errors import MessageError
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

SNIPPET_LIMIT = 200
#: Splits a header block into fields and nothing more (see :class:`_Headers`).
_HEADER_PARSER = BytesHeaderParser(policy=policy.compat32)
#: The header-based marks the turn rules read (see ghostless.core.mail_rules).
MARKS = (
    "list", "bulk", "auto_submitted", "auto_reply", "bounce", "calendar", "read_receipt",
    "undated",
)  # fmt: skip

#: Every header :func:`parse_mail` and the snippet reader look at, and no other: what
#: an IMAP sync fetches (``BODY.PEEK[HEADER.FIELDS (...)]``). Received lines are left
#: out (they are most of a header's bytes); an IMAP message's INTERNALDATE dates it
#: when its Date cannot.
HEADER_FIELDS = (
    "Message-ID", "In-Reply-To", "References", "From", "Sender", "To", "Cc", "Date",
    "Subject", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
    "Content-Class", "List-Id", "List-Post", "List-Unsubscribe", "Precedence",
    "Auto-Submitted", "X-Autoreply", "X-Autorespond",
)  # fmt: skip

_MSGID = re.compile(r"<[^<>\s]+>")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_SURROGATE = re.compile("[\udc80-\udcff]")
#: What makes an address list more than plain "Name <a@b>, c@d" items.
_NOT_PLAIN = re.compile(r'["()\\;:\[\]]')
_PLAIN_ADDRESS = re.compile(
    r"\s*(?:(?P<name>[^<>@,]*?)\s*<(?P<angle>[^<>\s@,]+@[^<>\s@,]+)>"
    r"|(?P<bare>[^<>\s@,]+@[^<>\s@,]+))\s*"
)


@dataclass(frozen=True, slots=True)
class MailMessage:
    """What Ghostless keeps of one message: the fields of issue 14 item 2, and no body.

    Addresses are lower-cased. ``at`` is an aware UTC instant, or None when
    neither the Date nor any Received line could be read. ``marks`` names what
    the headers say about the message (a mailing list, bulk mail, an automatic
    reply, a bounce; see :data:`MARKS`): classifications the turn rules need,
    not content. ``undated`` says the Date header was missing or unreadable, so
    ``at`` is a fallback (a Received line, the store's delivery time).
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
    headers = _Headers(_HEADER_PARSER.parsebytes(header_bytes))
    ids = _message_ids(headers.raw("Message-ID"))
    message_id = ids[0] if ids else _made_up_id(header_bytes)
    reply_ids = _message_ids(headers.raw("In-Reply-To"))
    references = tuple(dict.fromkeys(_message_ids(headers.raw("References"))))
    sender_name, sender = _first_address(headers)
    subject = headers.decoded("Subject")
    dated = _parse_date(headers.raw("Date"))
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
        to=_addresses(headers.raw("To")),
        cc=_addresses(headers.raw("Cc")),
        at=dated or _received_date(headers) or _utc(fallback_at),
        subject=_one_line(subject),
        snippet=clip_snippet(snippet or ""),
        marks=frozenset(marks),
        source=source,
        folder=folder,
    )


# -- headers ------------------------------------------------------------------


class _Headers:
    """A header block: raw values by name (unfolded), decoded ones (RFC 2047) on demand.

    Parsed with the ``compat32`` policy, which only splits the block into fields:
    ``policy.default`` builds a structured object for every header read, and that
    was most of the cost of reading mail. Encoded words are decoded only in the
    headers a person reads (names, Subject), with :mod:`email.header`.
    """

    def __init__(self, message: Message) -> None:
        self._raw: dict[str, object] = {}
        self._received: list[object] = []
        for key, value in message.raw_items():
            name = key.lower()
            if name == "received":
                self._received.append(value)
            self._raw.setdefault(name, value)

    def has(self, name: str) -> bool:
        return name.lower() in self._raw

    def raw(self, name: str) -> str:
        """The header's text as written, unfolded onto one line; '' when absent."""
        return _unfold(self._raw.get(name.lower(), ""))

    @property
    def received(self) -> list[str]:
        return [_unfold(value) for value in self._received]

    def decoded(self, name: str) -> str:
        """The header's decoded text, '' when absent."""
        return decode_words(self.raw(name))


def _unfold(value: object) -> str:
    """One header's text on one line; a value the parser could not keep as text is ''."""
    if not isinstance(value, str):
        return ""
    return _FOLD.sub("", value).strip()


def _sanitize(text: str) -> str:
    """Raw 8-bit bytes in a header (kept by the parser as surrogates) read as UTF-8,
    as RFC 6532 allows and most mail programs send, else as Windows-1252 (what old
    programs send unlabelled); a byte neither can read is replaced."""
    if not _SURROGATE.search(text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


#: What :mod:`email.header` raises on words it cannot decode (a charset name that is not
#: ASCII is a CharsetError, a MessageError).
_UNDECODABLE = (MessageError, ValueError, LookupError, UnicodeError, AssertionError)


def decode_words(text: str) -> str:
    """A header's text with its RFC 2047 encoded words decoded, never raising.

    An unknown charset or a broken word is decoded with replacement characters
    (or left as written when it cannot be split into words at all).
    """
    if "=?" not in text:
        return _sanitize(text)
    try:
        chunks = decode_header(text)
    except _UNDECODABLE:
        return _sanitize(text)
    try:
        return _sanitize(str(make_header(chunks)))
    except _UNDECODABLE:
        pass
    # A charset Python does not know, or bytes its charset cannot read (Latin-1
    # labelled UTF-8): each chunk on its own, as UTF-8 or else Windows-1252.
    parts: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            parts.append(chunk)
            continue
        try:
            parts.append(chunk.decode(charset or "ascii"))
        except (LookupError, UnicodeError):
            parts.append(_sanitize(chunk.decode("ascii", "surrogateescape")))
    return _sanitize(" ".join(part.strip() for part in parts))


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


def _made_up_id(header_bytes: bytes) -> str:
    """A stable id for a message without one: the same headers give the same id."""
    digest = hashlib.sha256(header_bytes.strip()).hexdigest()[:24]
    return f"<{digest}@no-message-id.ghostless.invalid>"


def _addresses(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for _name, address in _address_list(text):
        address = address.strip().lower()
        if "@" in address and address not in found:
            found.append(address)
    return tuple(found)


def _address_list(text: str) -> list[tuple[str, str]]:
    """(name, address) pairs of a raw address header, split before any decoding: a
    decoded name may hold a comma or a bracket that would split it wrongly.

    The plain lists nearly all mail has ("Name <a@b>, c@d") are split here; any
    other (quotes, comments, groups, routes) goes to :func:`email.utils.getaddresses`.
    """
    text = _sanitize(text)
    plain = _plain_address_list(text)
    if plain is not None:
        return plain
    try:
        return getaddresses([text])
    except (ValueError, IndexError, TypeError):
        return []


def _plain_address_list(text: str) -> list[tuple[str, str]] | None:
    """The pairs of a list with no quoting, comments or groups; None for any other."""
    if _NOT_PLAIN.search(text):
        return None
    found: list[tuple[str, str]] = []
    for piece in text.split(","):
        match = _PLAIN_ADDRESS.fullmatch(piece)
        if match is None:
            if piece.strip():
                return None
            continue
        name = " ".join((match.group("name") or "").split())
        found.append((name, match.group("angle") or match.group("bare")))
    return found


def _first_address(headers: _Headers) -> tuple[str, str]:
    """The From header's first address and its decoded display name."""
    for name, address in _address_list(headers.raw("From")):
        if "@" in address:
            return _one_line(decode_words(name)), address.strip().lower()
    display, address = parseaddr(headers.decoded("From"))
    return _one_line(display), address.strip().lower()


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


def _received_date(headers: _Headers) -> datetime | None:
    """The date of the top Received line (the last server's), after its ';'."""
    for value in headers.received:
        if ";" in value:
            found = _parse_date(value.rsplit(";", 1)[1])
            if found is not None:
                return found
    return None


_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(auto(matic)?[ -]?(reply|response|antwort)|out of (the )?office|abwesenheit|"
    r"r[ée]ponse automatique|away from (my|the) (desk|office)|on (annual )?leave)\b",
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


def _is_calendar(headers: _Headers, sender: str, data: bytes) -> bool:
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


def _is_read_receipt(headers: _Headers, subject: str, data: bytes, snippet: str) -> bool:
    """A read receipt (a message disposition notification, RFC 8098), not a person's reply.

    A message that only asks for a receipt (Disposition-Notification-To) is not one.
    """
    content_type = re.sub(r'[\s"]', "", headers.raw("Content-Type").lower())
    if "report-type=disposition-notification" in content_type:
        return True
    if _RECEIPT_PART.search(data):
        return True
    return bool(_RECEIPT_SUBJECT.search(subject) and _RECEIPT_TEXT.search(snippet))


def _marks(headers: _Headers, subject: str, sender: str, data: bytes, snippet: str) -> set[str]:
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
