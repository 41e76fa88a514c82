"""Checking what the user typed before anything is written.

Each check raises :class:`InputError` naming the field, so the window can point
at the box and the command line can print one clear line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Required, TypedDict, TypeVar
from urllib.parse import urlsplit

from ghostless.core.errors import InputError
from ghostless.core.models import Address, AddressKind, EventKind, LoopKind, Outcome

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
#: Characters no field may hold: C0 and C1 controls (tab and line breaks aside, which
#: single-line fields fold into spaces), DEL, and lone surrogates (which SQLite cannot
#: store). A NUL would also cut the value short inside SQLite's length() and trim().
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
MAX_NAME = 200
_Choice = TypeVar("_Choice", LoopKind, EventKind, Outcome)
MAX_TEXT = 100_000
MAX_LABEL = 60


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
    addresses: Sequence[Address]


@dataclass(frozen=True, slots=True)
class ContactFields:
    """The editable fields of a contact, cleaned.

    ``addresses`` is every address (see :func:`clean_addresses`); ``email``,
    ``phone`` and ``url`` are the primary one of each kind. Built by hand with
    only those three, :meth:`every_address` gives them as addresses.
    """

    name: str
    email: str = ""
    org: str = ""
    role: str = ""
    phone: str = ""
    url: str = ""
    notes: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)
    addresses: tuple[Address, ...] = ()

    def every_address(self) -> tuple[Address, ...]:
        if self.addresses:
            return self.addresses
        return tuple(
            Address(kind, value, "", True)
            for kind, value in (
                (AddressKind.EMAIL, self.email),
                (AddressKind.PHONE, self.phone),
                (AddressKind.URL, self.url),
            )
            if value
        )


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
    addresses: Sequence[Address] = (),
    checked: bool = False,
) -> ContactFields:
    """Trim and check contact fields; raises InputError for the first bad one.

    ``email``, ``phone`` and ``url`` are primary addresses; ``addresses`` adds
    any number more (see :func:`clean_addresses`); ``checked`` says each of them
    already went through :func:`clean_address` (an import does that first, to leave
    out a bad one with a note).
    """
    if _CONTROL.search("".join((name, org, role, notes, *tags))):  # then find which one
        for label, value in (
            ("name", name), ("org", org), ("role", role), ("notes", notes),
            *(("tags", tag) for tag in tags),
        ):  # fmt: skip
            check_characters(value, label)
    name = " ".join(name.split())
    if not name:
        raise InputError("name: a contact needs a name", field="name")
    if len(name) > MAX_NAME:
        raise InputError(f"name: longer than {MAX_NAME} characters", field="name")
    given = [
        Address(kind, value, "", True)
        for kind, value in (
            (AddressKind.EMAIL, email),
            (AddressKind.PHONE, phone),
            (AddressKind.URL, url),
        )
        if value.strip()
    ]
    cleaned = clean_addresses([*given, *addresses], checked=checked and not given)
    primary = {address.kind: address.value for address in cleaned if address.primary}
    org = " ".join(org.split())
    role = " ".join(role.split())
    return ContactFields(
        name,
        primary.get(AddressKind.EMAIL, ""),
        org,
        role,
        primary.get(AddressKind.PHONE, ""),
        primary.get(AddressKind.URL, ""),
        _limit(notes.strip(), "notes"),
        _tags(tags),
        cleaned,
    )


def clean_address(address: Address) -> Address:
    """One address checked for its kind, its label trimmed; InputError names the kind."""
    kind = address.kind
    check_characters(address.value, kind.value)
    check_characters(address.label, kind.value)
    label = " ".join(address.label.split())
    if len(label) > MAX_LABEL:
        raise InputError(f"{kind.value}: a label longer than {MAX_LABEL} characters", field=kind)
    if kind is AddressKind.EMAIL:
        value = address.value.strip()
        if not _EMAIL.match(value):
            raise InputError(f"email: {value!r} is not an e-mail address", field="email")
    elif kind is AddressKind.URL:
        value = clean_url(address.value)
    else:
        value = " ".join(address.value.split())
        if len(value) > MAX_NAME:
            raise InputError(f"phone: longer than {MAX_NAME} characters", field="phone")
    if value == address.value and label == address.label:
        return address
    return Address(kind, value, label, address.primary)


def address_key(kind: AddressKind, value: str) -> str:
    """What makes two addresses the same: case for e-mail, scheme and www for URLs,
    punctuation for phone numbers."""
    if kind is AddressKind.EMAIL:
        return value.strip().casefold()
    if kind is AddressKind.URL:
        return url_key(value)
    digits = "".join(ch for ch in value if ch.isdigit())
    return ("+" if value.lstrip().startswith("+") else "") + digits if digits else value.casefold()


@functools.lru_cache(maxsize=1024)  # an import keys each URL three times in a row
def url_key(url: str) -> str:
    """A profile URL without scheme, ``www.``, user, query, fragment or trailing slash."""
    text = url.strip().casefold()
    if not text:
        return ""
    _scheme, sep, rest = text.partition("://")
    rest = (rest if sep else text).split("#", 1)[0].split("?", 1)[0]
    host, _slash, path = rest.partition("/")
    host = host.rpartition("@")[2].removeprefix("www.")
    return f"{host}/{path}".rstrip("/")


_KIND_ORDER = {AddressKind.EMAIL: 0, AddressKind.PHONE: 1, AddressKind.URL: 2}


def clean_addresses(addresses: Sequence[Address], *, checked: bool = False) -> tuple[Address, ...]:
    """Every address checked, the same one given twice kept once, one primary per kind.

    The primary of a kind is the first one marked primary, else the first of
    the kind. The result lists e-mail, then phone, then URL; within a kind
    the primary first, the others in the order given.
    """
    if not addresses:
        return ()
    kept: dict[tuple[AddressKind, str], Address] = {}
    for address in addresses:
        if not address.value.strip():
            continue
        cleaned = address if checked else clean_address(address)
        key = (cleaned.kind, address_key(cleaned.kind, cleaned.value))
        earlier = kept.get(key)
        if earlier is None:
            kept[key] = cleaned
        elif (cleaned.primary and not earlier.primary) or (cleaned.label and not earlier.label):
            kept[key] = Address(
                earlier.kind,
                earlier.value,
                earlier.label or cleaned.label,
                earlier.primary or cleaned.primary,
            )
    chosen: dict[AddressKind, Address] = {}
    for address in kept.values():
        if address.primary and address.kind not in chosen:
            chosen[address.kind] = address
    for address in kept.values():
        chosen.setdefault(address.kind, address)
    ordered = sorted(
        kept.values(),
        key=lambda a: (_KIND_ORDER[a.kind], chosen[a.kind] is not a),
    )
    return tuple(
        a
        if a.primary == (chosen[a.kind] is a)
        else Address(a.kind, a.value, a.label, not a.primary)
        for a in ordered
    )


def has_control(*values: str) -> bool:
    """Whether any of ``values`` holds a character :func:`check_characters` refuses."""
    return _CONTROL.search("".join(values)) is not None


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


#: A single-line value with nothing to tidy: words of characters no check refuses,
#: one space between them, none at either end (the empty value too).
_WORD = "[^\\s\x00-\x1f\x7f-\x9f\ud800-\udfff]+"
_TIDY_LINE = re.compile(f"(?:{_WORD}(?: {_WORD})*)?")
#: Notes with nothing to tidy: no control character, no carriage return, no space at
#: either end (line breaks and tabs inside are kept, as :func:`clean_contact` keeps them).
_UNTIDY_NOTES = re.compile("[\x00-\x08\x0b\x0c\r\x0e-\x1f\x7f-\x9f\ud800-\udfff]|^\\s|\\s$")


def tidy_contact(
    name: str, org: str, role: str, notes: str, tags: tuple[str, ...], email: str, url: str
) -> ContactFields | None:
    """What :func:`clean_contact` makes of values that need no cleaning, or None.

    An import's typical row (a LinkedIn export: trimmed values, at most one
    e-mail address and one profile URL, nothing to leave out) is checked by a
    few precompiled patterns instead of field by field; any other row (None)
    takes the general path. tests/core/test_tidy_contact.py checks both agree.
    """
    if not (
        name
        and len(name) <= MAX_NAME
        and _TIDY_LINE.fullmatch(name)
        and _TIDY_LINE.fullmatch(org)
        and _TIDY_LINE.fullmatch(role)
        and len(notes) <= MAX_TEXT
        and not _UNTIDY_NOTES.search(notes)
    ):
        return None
    kept_tags = _tidy_tags(tags)
    if kept_tags is None:
        return None
    addresses: tuple[Address, ...] = ()
    if email:
        if not _EMAIL.fullmatch(email) or _CONTROL.search(email):
            return None
        addresses = (Address(AddressKind.EMAIL, email, "", True),)
    if url:
        if not _PLAIN_URL.fullmatch(url) or _CONTROL.search(url):
            return None
        addresses = (*addresses, Address(AddressKind.URL, url, "", True))
    return ContactFields(name, email, org, role, "", url, notes, kept_tags, addresses)


@functools.lru_cache(maxsize=256)
def _tidy_tags(tags: tuple[str, ...]) -> tuple[str, ...] | None:
    # A file gives thousands of rows the same few tag sets.
    if has_control(*tags):
        return None
    return _tag_set(tags)
