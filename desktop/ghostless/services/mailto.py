"""``mailto:`` links for "open in my mail client" (RFC 6068).

Every value is percent-encoded with ``urllib.parse.quote(..., safe="")``:
spaces become %20 (never "+", which is HTML-form encoding and shows up as a
plus sign in the mail client), line breaks become %0D%0A.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from urllib.parse import quote, unquote

from ghostless.core.errors import InputError

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _encode(value: str, safe: str = "") -> str:
    return quote(value, safe=safe, encoding="utf-8", errors="strict")


def build_mailto(
    to: str,
    subject: str = "",
    body: str = "",
    *,
    in_reply_to: str = "",
    references: tuple[str, ...] = (),
) -> str:
    """A ``mailto:`` URL for ``to`` with the subject and body filled in.

    ``in_reply_to`` and ``references`` (Message-IDs) keep a reply in its thread;
    RFC 6068 allows any header field in the URL, and In-Reply-To is its own example.
    """
    to = to.strip()
    if any(char in to for char in "\r\n"):
        raise InputError("to: an e-mail address cannot contain a line break", field="to")
    if any(char in subject for char in "\r\n"):
        raise InputError("subject: must be one line", field="subject")
    parts = []
    if subject:
        parts.append(f"subject={_encode(subject)}")
    if any(char in value for value in (in_reply_to, *references) for char in "\r\n"):
        raise InputError("in_reply_to: a Message-ID must be one line", field="in_reply_to")
    if in_reply_to:
        parts.append(f"In-Reply-To={_encode(in_reply_to)}")
    if references:
        parts.append(f"References={_encode(' '.join(references))}")
    if body:
        parts.append(f"body={_encode(_LINE_BREAK.sub(chr(13) + chr(10), body))}")
    url = f"mailto:{_encode(to, safe='@')}"
    return url + (f"?{'&'.join(parts)}" if parts else "")


def mailto_headers(url: str) -> dict[str, str]:
    """Every ``name=value`` of a ``mailto:`` URL's query, decoded (for tests and checks)."""
    query = url.partition("?")[2]
    pairs = (part.partition("=") for part in query.split("&") if part)
    return {name: unquote(value, errors="strict") for name, _, value in pairs}


def parse_mailto(url: str) -> tuple[str, str, str]:
    """``(to, subject, body)`` from a URL :func:`build_mailto` made (for tests and checks)."""
    if not url.startswith("mailto:"):
        raise InputError("not a mailto: URL", field="url")
    rest = url[len("mailto:") :]
    address, _, query = rest.partition("?")
    subject = body = ""
    for part in query.split("&") if query else []:
        name, _, value = part.partition("=")
        if name == "subject":
            subject = unquote(value, errors="strict")
        elif name == "body":
            body = unquote(value, errors="strict")
    return unquote(address, errors="strict"), subject, body


def mail_client_missing() -> bool:
    """True when this computer clearly has no program for ``mailto:`` links.

    Only Linux desktops can say (``xdg-mime query default``); elsewhere, or
    when the query itself is not there, the answer is False (unknown), and the
    user's "I sent it" is what records the message anyway.
    """
    if not sys.platform.startswith("linux"):
        return False
    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is None:
        return False
    try:
        found = subprocess.run(  # a fixed program and arguments
            [xdg_mime, "query", "default", "x-scheme-handler/mailto"],
            capture_output=True, text=True, timeout=5, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return False
    return found.returncode == 0 and not found.stdout.strip()
