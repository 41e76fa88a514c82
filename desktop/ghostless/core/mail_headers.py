"""Reading a message's header block: fields split once, encoded words decoded on demand.

Parsed with the ``compat32`` policy of :mod:`email`, which only splits the block
into fields; ``policy.default`` builds a structured object for every header read,
and that was most of the cost of reading mail (issue 14: a first sync of 100,000
messages). Encoded words (RFC 2047) are decoded with :mod:`email.header` only in
the headers a person reads (names, Subject), and address lists are split before
any decoding. Nothing here raises on the content of a message.
"""

from __future__ import annotations

import re
from email import policy
from email.errors import MessageError
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parseaddr

#: Splits a header block into fields and nothing more.
_HEADER_PARSER = BytesHeaderParser(policy=policy.compat32)
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_SURROGATE = re.compile("[\udc80-\udcff]")
#: What makes an address list more than plain "Name <a@b>, c@d" items.
_NOT_PLAIN = re.compile(r'["()\\;:\[\]]')
_PLAIN_ADDRESS = re.compile(
    r"\s*(?:(?P<name>[^<>@,]*?)\s*<(?P<angle>[^<>\s@,]+@[^<>\s@,]+)>"
    r"|(?P<bare>[^<>\s@,]+@[^<>\s@,]+))\s*"
)


def read_headers(header_bytes: bytes) -> HeaderBlock:
    """The header block of a message (a whole message is fine too)."""
    return HeaderBlock(_HEADER_PARSER.parsebytes(header_bytes))


class HeaderBlock:
    """A header block: raw values by name (unfolded), decoded ones (RFC 2047) on demand.

    The first of a repeated header counts; Received lines are all kept, in order.
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


def sanitize(text: str) -> str:
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
        return sanitize(text)
    try:
        chunks = decode_header(text)
    except _UNDECODABLE:
        return sanitize(text)
    try:
        return sanitize(str(make_header(chunks)))
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
            parts.append(sanitize(chunk.decode("ascii", "surrogateescape")))
    return sanitize(" ".join(part.strip() for part in parts))


def addresses(text: str) -> tuple[str, ...]:
    """Every address of a raw address header (To, Cc), lower-cased, each once."""
    found: list[str] = []
    for _name, address in address_list(text):
        address = address.strip().lower()
        if "@" in address and address not in found:
            found.append(address)
    return tuple(found)


def address_list(text: str) -> list[tuple[str, str]]:
    """(name, address) pairs of a raw address header, split before any decoding: a
    decoded name may hold a comma or a bracket that would split it wrongly.

    The plain lists nearly all mail has ("Name <a@b>, c@d") are split here; any
    other (quotes, comments, groups, routes) goes to :func:`email.utils.getaddresses`.
    """
    text = sanitize(text)
    plain = plain_address_list(text)
    if plain is not None:
        return plain
    try:
        return getaddresses([text])
    except (ValueError, IndexError, TypeError):
        return []


def plain_address_list(text: str) -> list[tuple[str, str]] | None:
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


def first_address(headers: HeaderBlock) -> tuple[str, str]:
    """The From header's first address (lower-cased) and its decoded display name."""
    for name, address in address_list(headers.raw("From")):
        if "@" in address:
            return decode_words(name), address.strip().lower()
    display, address = parseaddr(headers.decoded("From"))
    return display, address.strip().lower()
