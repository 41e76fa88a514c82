"""Text from the first bytes of a MIME part: what a mail snippet is read from.

An IMAP server hands over the start of a part (``BODY.PEEK[1]<0.1024>``), still
in its transfer encoding and charset, and cut wherever the byte count fell: in
the middle of a base64 quantum, a quoted-printable ``=XX`` escape or a
multi-byte character. Each is trimmed to what decodes whole, never guessed.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re

from ghostless.core.mail_message import clip_snippet, html_to_text, own_words

#: The most characters a snippet holds (issue 14: "at most 200 characters").
SNIPPET_CHARS = 200

_SPACE = re.compile(r"\s+")
_BROKEN_ESCAPE = re.compile(rb"=[0-9A-Fa-f]?$")


def _undo_transfer_encoding(data: bytes, encoding: str) -> bytes:
    encoding = encoding.strip().lower()
    if encoding == "base64":
        compact = b"".join(data.split())
        compact = compact[: len(compact) - len(compact) % 4]
        try:
            return base64.b64decode(compact, validate=False)
        except (binascii.Error, ValueError):
            return b""
    if encoding == "quoted-printable":
        return quopri.decodestring(_BROKEN_ESCAPE.sub(b"", data))
    return data  # 7bit, 8bit, binary or unknown: the bytes as they are


def _decoder(charset: str) -> codecs.IncrementalDecoder:
    try:
        factory = codecs.getincrementaldecoder(charset.strip().strip('"') or "us-ascii")
    except (LookupError, ValueError):
        factory = codecs.getincrementaldecoder("utf-8")
    try:
        return factory(errors="replace")
    except TypeError:
        return codecs.getincrementaldecoder("utf-8")(errors="replace")


def part_text(data: bytes, *, transfer_encoding: str, charset: str) -> str:
    """The text of the start of a part, its lines kept; a character cut at the end is dropped.

    ``charset`` may be empty (US-ASCII, as RFC 2045 says) or unknown (read as
    UTF-8, mistakes replaced).
    """
    raw = _undo_transfer_encoding(data, transfer_encoding)
    # "us-ascii" mislabels 8-bit mail often enough; UTF-8 reads ASCII the same.
    label = "utf-8" if charset.strip().lower() in ("", "us-ascii", "ascii") else charset
    return _decoder(label).decode(raw, final=False)


def partial_text(
    data: bytes, *, transfer_encoding: str, charset: str, limit: int = SNIPPET_CHARS
) -> str | None:
    """Up to ``limit`` characters of readable text from the start of a part, or None.

    Whitespace runs become one space; a character cut by the byte limit is
    dropped rather than shown as a replacement mark.
    """
    text = part_text(data, transfer_encoding=transfer_encoding, charset=charset)
    text = _SPACE.sub(" ", text).strip()
    return text[:limit].rstrip() or None


def snippet_of(data: bytes, *, transfer_encoding: str, charset: str, subtype: str) -> str | None:
    """A message's snippet from the start of its first text part, as a whole message
    gives it (:func:`~ghostless.core.mail_message.first_text_snippet`): the sender's
    own words, an HTML part reduced to its text; None when there are none."""
    text = part_text(data, transfer_encoding=transfer_encoding, charset=charset)
    if subtype == "html":
        text = html_to_text(text, cut=True)
    return clip_snippet(own_words(text)) or None


def snippet_from_start(header: bytes, start: bytes) -> tuple[str | None, bool]:
    """A snippet from a message's header and the first bytes of its body.

    Returns the snippet (None when there is no text part, or it is empty) and
    whether the answer is final. The first text/plain part is read, else the
    first text/html one. It is not final when the message is multipart and
    that part did not begin within ``start``: then only the message's
    structure can tell where it is.
    """
    from email.parser import BytesParser
    from email.policy import compat32

    message = BytesParser(policy=compat32).parsebytes(header + start)
    if not message.is_multipart():
        kind = message.get_content_type()
        if kind not in ("text/plain", "text/html") or _attached(message):
            return None, True
        return _part_text(message), True
    boundary = message.get_boundary()
    whole = boundary is not None and f"--{boundary}--".encode() in start
    html = None
    for part in message.walk():
        if part.is_multipart() or _attached(part):
            continue
        kind = part.get_content_type()
        if kind == "text/html" and html is None:
            html = part
        if kind != "text/plain":
            continue
        text = _part_text(part)
        if text is not None or whole:
            return text, True
        return None, False  # its header or body was cut off
    if whole:
        return (_part_text(html) if html is not None else None), True
    return None, False


def _attached(part: object) -> bool:
    disposition = getattr(part, "get_content_disposition", lambda: None)()
    return disposition == "attachment"


def _part_text(part: object) -> str | None:
    from email.message import Message

    assert isinstance(part, Message)
    encoding = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
    if encoding in ("base64", "quoted-printable"):
        payload = part.get_payload(decode=False)
        if not isinstance(payload, str):
            return None
        # Encoded text is ASCII; anything else in it is noise the decoding drops.
        raw = payload.encode("ascii", "replace")
    else:
        # 7bit, 8bit, binary: the body's bytes exactly as they came (asking for them
        # undecoded would give text already read in the part's charset).
        body = part.get_payload(decode=True)
        if not isinstance(body, bytes):
            return None
        raw, encoding = body, "8bit"
    return snippet_of(
        raw,
        transfer_encoding=encoding,
        charset=part.get_content_charset() or "",
        subtype=part.get_content_subtype(),
    )
