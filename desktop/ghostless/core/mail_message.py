"""One mail message as Ghostless keeps it: headers that thread it, and a snippet.

:func:`parse_mail` turns the raw header block of a message (from a Maildir file,
an mbox, or an IMAP ``BODY.PEEK[HEADER]``) into a :class:`MailMessage`, and
:func:`first_text_snippet` takes at most 200 characters of the first text part
of a whole message. Nothing else of a body is kept (issue 14, item 2).

Both survive bad mail: a missing Message-ID gets a stable one made from the
headers (so a copy in a second folder is still the same message), a malformed
Date falls back to the last Received line, unknown charsets and broken RFC 2047
words are decoded with replacement characters, HTML-only mail is reduced to its
text. They never raise on the content of a message.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser, BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

SNIPPET_LIMIT = 200
#: The header-based marks the turn rules read (see ghostless.core.mail_rules).
MARKS = ("list", "bulk", "auto_submitted", "auto_reply", "bounce")

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
    not content.
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
) -> MailMessage:
    """Parse a message's header block (a whole message is fine too) into a MailMessage.

    ``snippet`` is the text already taken from the body (see
    :func:`first_text_snippet`), or None when only headers were fetched.
    ``fallback_at`` (an IMAP INTERNALDATE, a file's time) dates a message
    whose Date and Received lines are all unreadable.
    """
    headers = BytesHeaderParser(policy=policy.default).parsebytes(header_bytes)
    ids = _message_ids(_header(headers, "Message-ID"))
    message_id = ids[0] if ids else _made_up_id(header_bytes)
    reply_ids = _message_ids(_header(headers, "In-Reply-To"))
    references = tuple(dict.fromkeys(_message_ids(_header(headers, "References"))))
    sender_name, sender = _first_address(headers, "From")
    return MailMessage(
        message_id=message_id,
        in_reply_to=reply_ids[0] if reply_ids else None,
        references=references,
        sender=sender,
        sender_name=sender_name,
        to=_addresses(headers, "To"),
        cc=_addresses(headers, "Cc"),
        at=_date(headers) or _received_date(headers) or _utc(fallback_at),
        subject=_one_line(_header(headers, "Subject")),
        snippet=clip_snippet(snippet or ""),
        marks=frozenset(_marks(headers)),
        source=source,
        folder=folder,
    )


# -- headers ------------------------------------------------------------------


def _header(headers: Message, name: str) -> str:
    """A header's decoded text, '' when absent or beyond repair."""
    try:
        value = headers.get(name)
    except Exception:  # noqa: BLE001 - the email package raises many kinds on bad input
        value = None
    if value is None:
        raw = _raw_header(headers, name)
        return raw or ""
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - see above
        return _raw_header(headers, name) or ""


def _raw_header(headers: Message, name: str) -> str | None:
    for key, value in headers.raw_items():
        if key.lower() == name.lower():
            return str(value)
    return None


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


def _addresses(headers: Message, name: str) -> tuple[str, ...]:
    text = _header(headers, name)
    found: list[str] = []
    for _name, address in getaddresses([text]):
        address = address.strip().lower()
        if "@" in address and address not in found:
            found.append(address)
    return tuple(found)


def _first_address(headers: Message, name: str) -> tuple[str, str]:
    try:
        value = headers.get(name)
        groups = getattr(value, "addresses", ())
        if groups:
            first: Address = groups[0]
            if first.addr_spec and "@" in first.addr_spec:
                return _one_line(first.display_name), first.addr_spec.lower()
    except Exception:  # noqa: BLE001 - a broken From falls back to the plain parser below
        pass
    display, address = parseaddr(_header(headers, name))
    return _one_line(display), address.strip().lower()


def _utc(instant: datetime | None) -> datetime | None:
    if instant is None:
        return None
    if instant.tzinfo is None:
        # RFC 5322 "-0000": the zone is unknown; UTC is the honest reading.
        return instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC)


def _parse_date(text: str) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    try:
        return _utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _date(headers: Message) -> datetime | None:
    return _parse_date(_raw_header(headers, "Date") or "")


def _received_date(headers: Message) -> datetime | None:
    """The date of the top Received line (the last server's), after its ';'."""
    for key, value in headers.raw_items():
        if key.lower() == "received" and ";" in str(value):
            found = _parse_date(str(value).rsplit(";", 1)[1])
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


def _marks(headers: Message) -> set[str]:
    marks: set[str] = set()
    if _raw_header(headers, "List-Id") is not None or _raw_header(headers, "List-Post"):
        marks.add("list")
    if _raw_header(headers, "List-Unsubscribe") is not None:
        marks.add("bulk")
    precedence = (_raw_header(headers, "Precedence") or "").strip().lower()
    if precedence in {"bulk", "junk"}:
        marks.add("bulk")
    if precedence == "list":
        marks.add("list")
    auto = (_raw_header(headers, "Auto-Submitted") or "").strip().lower()
    if auto.startswith("auto-replied"):
        marks.add("auto_reply")
    elif auto and auto != "no":
        marks.add("auto_submitted")
    if any(
        _raw_header(headers, name) is not None
        for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress-Reply")
    ):
        marks.add("auto_reply")
    subject = _header(headers, "Subject")
    if _AUTO_REPLY_SUBJECT.search(subject):
        marks.add("auto_reply")
    content_type = (_raw_header(headers, "Content-Type") or "").lower()
    sender = parseaddr(_header(headers, "From"))[1]
    if (
        "report-type=delivery-status" in content_type.replace(" ", "")
        or _BOUNCE_SENDER.match(sender)
        or (_BOUNCE_SUBJECT.search(subject) and not _header(headers, "In-Reply-To"))
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
        message = BytesParser(policy=policy.default).parsebytes(message_bytes)
    except Exception:  # noqa: BLE001 - a message the parser cannot read has no snippet
        return ""
    text = _part_text(message, "plain")
    if text is None:
        html_text = _part_text(message, "html")
        text = html_to_text(html_text) if html_text is not None else ""
    return clip_snippet(own_words(text))


def _part_text(message: Message, subtype: str) -> str | None:
    for part in message.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.get_content_subtype() != subtype:
            continue
        if str(part.get("Content-Disposition", "")).lower().startswith("attachment"):
            continue
        return _decoded(part)
    return None


def _decoded(part: Message) -> str:
    if isinstance(part, EmailMessage):
        try:
            content = part.get_content()
            if isinstance(content, str):
                return content
        except Exception:  # noqa: BLE001 - unknown charset or broken transfer encoding
            pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload())
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


_DROP_ELEMENTS = re.compile(
    r"<(script|style|head|blockquote)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_BREAKS = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h\d)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")


def html_to_text(markup: str) -> str:
    """The readable text of an HTML body: tags dropped, lines kept, entities decoded."""
    markup = _DROP_ELEMENTS.sub(" ", markup)
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
