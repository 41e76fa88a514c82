"""Checking what the user typed before anything is written.

Each check raises :class:`InputError` naming the field, so the window can point
at the box and the command line can print one clear line.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Required, TypedDict, TypeVar
from urllib.parse import urlsplit

from ghostless.core.errors import InputError
from ghostless.core.models import EventKind, LoopKind, Outcome

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
#: Characters no field may hold: C0 and C1 controls (tab and line breaks aside, which
#: single-line fields fold into spaces), DEL, and lone surrogates (which SQLite cannot
#: store). A NUL would also cut the value short inside SQLite's length() and trim().
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
MAX_NAME = 200
_Choice = TypeVar("_Choice", LoopKind, EventKind, Outcome)
MAX_TEXT = 100_000


class ContactInput(TypedDict, total=False):
    """Contact fields as typed by the user, before :func:`clean_contact`."""

    name: Required[str]
    email: str
    org: str
    role: str
    phone: str
    url: str
    notes: str
    tags: tuple[str, ...] | list[str]


@dataclass(frozen=True, slots=True)
class ContactFields:
    """The editable fields of a contact, cleaned."""

    name: str
    email: str = ""
    org: str = ""
    role: str = ""
    phone: str = ""
    url: str = ""
    notes: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)


def clean_contact(
    *,
    name: str,
    email: str = "",
    org: str = "",
    role: str = "",
    phone: str = "",
    url: str = "",
    notes: str = "",
    tags: tuple[str, ...] | list[str] = (),
) -> ContactFields:
    """Trim and check contact fields; raises InputError for the first bad one."""
    for label, value in (
        ("name", name), ("email", email), ("org", org), ("role", role), ("phone", phone),
        ("url", url), ("notes", notes), *(("tags", tag) for tag in tags),
    ):  # fmt: skip
        check_characters(value, label)
    name = " ".join(name.split())
    if not name:
        raise InputError("name: a contact needs a name", field="name")
    if len(name) > MAX_NAME:
        raise InputError(f"name: longer than {MAX_NAME} characters", field="name")
    email = email.strip()
    if email and not _EMAIL.match(email):
        raise InputError(f"email: {email!r} is not an e-mail address", field="email")
    org = " ".join(org.split())
    role = " ".join(role.split())
    url = clean_url(url)
    phone = " ".join(phone.split())
    return ContactFields(
        name, email, org, role, phone, url, _limit(notes.strip(), "notes"), _tags(tags)
    )


def check_characters(value: str, name: str) -> None:
    """Raise InputError naming ``name`` if ``value`` holds a control character."""
    found = _CONTROL.search(value)
    if found is None:
        return
    char = found.group()
    what = "an invalid character" if "\ud800" <= char <= "\udfff" else "a control character"
    raise InputError(
        f"{name}: contains {what} (U+{ord(char):04X}) at position {found.start() + 1}; remove it",
        field=name,
    )


def _tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    if not tags:
        return ()
    if type(tags) is tuple:
        return _tag_set(tags)
    return tuple(sorted({tag.strip() for tag in tags if tag.strip()}))


@functools.lru_cache(maxsize=256)
def _tag_set(tags: tuple[str, ...]) -> tuple[str, ...]:
    # Imports give thousands of contacts the same few tag sets.
    return tuple(sorted({tag.strip() for tag in tags if tag.strip()}))


#: A plain http(s) link that the full check below would accept as it is (a fast path
#: for imports of tens of thousands of profile URLs).
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9][A-Za-z0-9.-]*(?:/[^\s\\]*)?")


def clean_url(url: str) -> str:
    """Accept http(s) links, adding https:// when the scheme was left off."""
    typed = url = url.strip()
    if not url:
        return ""
    check_characters(url, "url")
    if _PLAIN_URL.fullmatch(url):
        return url
    if "://" not in url:
        url = "https://" + url
    try:
        # urlsplit raises ValueError for "http://[oops" (an unclosed IPv6 bracket);
        # .port for "https://javascript:alert(1)", which reads "alert(1)" as a port.
        parts = urlsplit(url)
        scheme, hostname = parts.scheme, parts.hostname
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        scheme, hostname, port_ok = "", None, False
    if (
        scheme not in ("http", "https")
        or not hostname
        or not port_ok
        or any(ch.isspace() for ch in url)
    ):
        raise InputError(f"url: {typed!r} is not a web address", field="url")
    return url


def clean_subject(subject: str) -> str:
    check_characters(subject, "subject")
    subject = " ".join(subject.split())
    if not subject:
        raise InputError("subject: a loop needs a subject (what is it about?)", field="subject")
    if len(subject) > 500:
        raise InputError("subject: longer than 500 characters", field="subject")
    return subject


def _limit(text: str, name: str) -> str:
    if len(text) > MAX_TEXT:
        raise InputError(f"{name}: longer than {MAX_TEXT} characters", field=name)
    return text


def clean_text(text: str, name: str = "text") -> str:
    check_characters(text, name)
    return _limit(text.strip(), name)


def _choice(enum: type[_Choice], value: str, name: str) -> _Choice:
    try:
        return enum(value.strip().lower())
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        raise InputError(f"{name}: {value!r} is not one of {choices}", field=name) from None


def parse_kind(value: str) -> LoopKind:
    return _choice(LoopKind, value, "kind")


def parse_event_kind(value: str) -> EventKind:
    return _choice(EventKind, value, "event")


def parse_outcome(value: str) -> Outcome:
    return _choice(Outcome, value, "outcome")
