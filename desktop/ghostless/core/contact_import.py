"""Importing contacts, the pure part: mapping rows, recognising people, planning.

The readers in :mod:`ghostless.services.importers` turn a file into
:class:`ImportRecord` values; :func:`plan_import` compares them with what the
store holds (a :class:`ContactIndex`) and says, per record, what an import
would do: create, update, leave unchanged, or skip with a reason. Nothing here
reads a file or the database, so the preview and the import agree exactly.

A record is matched to an existing contact by any of its e-mail addresses
first, then by its profile URL, then by a content fingerprint (name,
organisation, phone and any source-specific detail such as LinkedIn's
"Connected On"). Re-importing the same export therefore never duplicates.

The stored contacts are asked for through :class:`ContactLookup`, a batch of
records at a time: :class:`ContactIndex` holds them all in memory (for tests
and small stores), the store's own lookup fetches only what each batch needs.
"""

from __future__ import annotations

import array
import functools
import hashlib
import itertools
import operator
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Protocol

from ghostless.core.errors import InputError
from ghostless.core.exports import CONTACT_CSV_HEADER, unneutralise_cell
from ghostless.core.models import Address, AddressKind
from ghostless.core.validation import (
    ContactFields,
    address_key,
    check_characters,
    clean_address,
    clean_addresses,
    clean_contact,
    has_control,
    tidy_contact,
    url_key,
)

#: Files larger than this are refused before any of them is read.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: A single field (or a physical line) larger than this is refused.
MAX_FIELD_CHARS = 1024 * 1024


class ImportFileError(InputError):
    """A file that cannot be imported at all; names the file, line and field.

    Nothing is written when it is raised: the import is one transaction.
    """

    def __init__(self, path: str, message: str, *, line: int | None = None, column: str = ""):
        where = path
        if line is not None:
            where += f", line {line}"
        if column:
            where += f", field {column!r}"
        super().__init__(f"{where}: {message}", field="file")
        self.path = path
        self.line = line
        self.column = column
        self.reason = message

    def as_dict(self) -> dict[str, object]:
        return {"file": self.path, "line": self.line, "field": self.column, "message": self.reason}


class ImportCancelled(Exception):
    """Raised by a progress callback to stop an import; the transaction rolls back."""


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One person as read from a file, before any checks.

    ``line`` is where the record starts in the file (1-based). ``extra`` is
    source-specific identity content kept only for the fingerprint.
    ``skip`` set means the reader already knows the record cannot be imported.
    Readers that know labels give every address in ``addresses``; the simpler
    ones give ``emails`` (the first preferred), ``phone`` and ``url``.
    ``dropped`` are notes about fields a reader could not use.
    """

    line: int
    name: str = ""
    emails: tuple[str, ...] = ()
    org: str = ""
    role: str = ""
    phone: str = ""
    url: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    extra: str = ""
    skip: str = ""
    addresses: tuple[Address, ...] = ()
    dropped: tuple[str, ...] = ()


class RowAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIP = "skip"

    @property
    def label(self) -> str:
        return {"create": "Create", "update": "Update", "unchanged": "Unchanged", "skip": "Skip"}[
            self.value
        ]


#: Identity keys: ("email" | "url" | "fingerprint", normalised value).
Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class RowPlan:
    """What the import does with one record."""

    line: int
    action: RowAction
    name: str
    reason: str = ""
    contact_id: int | None = None
    fields: ContactFields | None = None
    changes: tuple[str, ...] = ()
    #: Keys to remember for this contact beyond its own addresses.
    keys: tuple[Key, ...] = ()
    #: Fields of the record that were left out, each with why (shown in the preview).
    notes: tuple[str, ...] = ()
    #: How an existing contact was recognised: "e-mail address" or "profile URL" ("": not).
    matched_by: str = ""
    #: An existing contact with the same name and organisation: proposed, never merged.
    similar_to: int | None = None
    #: The name of the contact matched (``contact_id``) or proposed (``similar_to``).
    target: str = ""

    def explain(self) -> str:
        """The preview's words for what happens besides the action."""
        parts = []
        if self.reason:
            parts.append(self.reason)
        if self.contact_id is not None and self.matched_by:
            who = self.target or self.name
            parts.append(f"will merge with {who} (#{self.contact_id}, same {self.matched_by})")
        if self.similar_to is not None:
            parts.append(
                f"may be the same person as {self.target} (#{self.similar_to}): same name and "
                "organisation; added separately, merge them in Find duplicates if so"
            )
        parts += self.notes
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    skips: tuple[tuple[int, str], ...] = ()
    #: What else the user should know of a row imported: merges, proposals, fields left out.
    remarks: tuple[tuple[int, str], ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "skips": [{"line": line, "reason": reason} for line, reason in self.skips],
            "remarks": [{"line": line, "text": text} for line, text in self.remarks],
        }

    def text(self) -> str:
        return (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.skipped} skipped"
        )


class ContactLookup(Protocol):
    """The stored contacts as planning asks for them.

    Before each batch of records, :meth:`prefetch` is given every key of the
    batch and :meth:`prefetch_people` the (name, organisation) of each record
    no key matched; the other methods are then asked only about those (and the
    contacts they lead to). Answers are those of one moment: what the import
    writes meanwhile is not seen.
    """

    def prefetch(self, keys: Collection[Key]) -> None: ...

    def prefetch_people(self, people: Collection[tuple[str, str]]) -> None: ...

    def owner(self, key: Key) -> int | None:
        """The contact answering to ``key``: the lowest id of those having it as
        an own key, else of those an import remembered it for."""

    def fields_of(self, contact_id: int) -> ContactFields: ...

    def own_keys_of(self, contact_id: int) -> list[Key]: ...

    def similar(self, people: tuple[str, str]) -> int | None:
        """The lowest id of the contacts with an organisation and this :func:`person_key`."""


@dataclass
class ContactIndex:
    """Every stored contact held in memory, keyed for lookup (a :class:`ContactLookup`)."""

    contacts: dict[int, ContactFields] = field(default_factory=dict)
    keys: dict[Key, int] = field(default_factory=dict)
    #: (name, organisation) normalised -> contact, for proposing possible duplicates.
    people: dict[tuple[str, str], int] = field(default_factory=dict)
    #: own_keys() of each contact as added, so planning need not work them out again.
    _own: dict[int, tuple[ContactFields, list[Key]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def add(self, contact_id: int, fields: ContactFields, extra_keys: Iterable[Key] = ()) -> None:
        self.contacts[contact_id] = fields
        own = own_keys(fields)
        self._own[contact_id] = (fields, own)
        for key in (*own, *extra_keys):
            self.keys.setdefault(key, contact_id)
        if fields.org:
            self.people.setdefault(person_key(fields.name, fields.org), contact_id)

    def prefetch(self, keys: Collection[Key]) -> None:
        pass  # all held already

    def prefetch_people(self, people: Collection[tuple[str, str]]) -> None:
        pass

    def owner(self, key: Key) -> int | None:
        return self.keys.get(key)

    def fields_of(self, contact_id: int) -> ContactFields:
        return self.contacts[contact_id]

    def own_keys_of(self, contact_id: int) -> list[Key]:
        """own_keys() of a stored contact, worked out once."""
        fields = self.contacts[contact_id]
        cached = self._own.get(contact_id)
        if cached is not None and cached[0] is fields:
            return cached[1]
        return own_keys(fields)

    def similar(self, people: tuple[str, str]) -> int | None:
        return self.people.get(people)

    def find(self, keys: Sequence[Key]) -> int | None:
        return find(self, keys)


def find(index: ContactLookup, keys: Sequence[Key]) -> int | None:
    """The contact answering to the first of ``keys`` that one answers to."""
    for key in keys:
        found = index.owner(key)
        if found is not None:
            return found
    return None


# -- normalising --------------------------------------------------------------------
def email_key(email: str) -> str:
    return email.strip().casefold()


def fingerprint(name: str, org: str, phone: str, extra: str = "") -> str:
    """A stable digest of what identifies a record that has no e-mail or URL."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    text = "\x1f".join(
        (" ".join(name.casefold().split()), " ".join(org.casefold().split()), digits, extra.strip())
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def person_key(name: str, org: str) -> tuple[str, str]:
    return " ".join(name.casefold().split()), " ".join(org.casefold().split())


def own_keys(fields: ContactFields) -> list[Key]:
    """The keys a stored contact answers to by its own addresses: every e-mail
    address and profile URL, or (with neither) its content fingerprint."""
    keys: list[Key] = []
    for address in fields.every_address():
        if address.kind is AddressKind.EMAIL:
            keys.append(("email", email_key(address.value)))
        elif address.kind is AddressKind.URL:
            keys.append(("url", url_key(address.value)))
    if not keys:
        keys.append(("fingerprint", fingerprint(fields.name, fields.org, fields.phone)))
    return keys


_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DMY = re.compile(r"^\s*(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{4})\s*$")


def parse_connected_on(text: str) -> date | None:
    """LinkedIn's ``05 Oct 2020`` (or ISO ``2020-10-05``); None when it is not a date."""
    match = _DMY.match(text)
    try:
        if match:
            month = _MONTHS.get(match.group(2).casefold())
            if month is None:
                return None
            return date(int(match.group(3)), month, int(match.group(1)))
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


def split_labels(text: str) -> tuple[str, ...]:
    """Google's ``* myContacts ::: Friends`` (or comma lists) as tags, system labels dropped."""
    parts = re.split(r":::|,", text)
    tags = []
    for part in parts:
        tag = part.strip().lstrip("*").strip()
        if tag and tag.casefold() not in {"mycontacts", "starred"}:
            tags.append(tag)
    return tuple(tags)


def join_name(*parts: str) -> str:
    return " ".join(part.strip() for part in parts if part and part.strip())


# -- rows by header name -------------------------------------------------------------
Row = Mapping[str, str]


def _get(row: Row, *names: str) -> str:
    for name in names:
        value = row.get(name)
        if value and value.strip():
            return value.strip()
    return ""


_NUMBERED = re.compile(
    r"^(E-mail|Phone|Website|Organization) (\d+) - (Value|Name|Title|Label|Type)$"
)


def _numbered(row: Row, what: str, part: str = "Value") -> list[str]:
    found: list[tuple[int, str]] = []
    for header, value in row.items():
        match = _NUMBERED.match(header or "")
        if match and match.group(1) == what and match.group(3) == part and value and value.strip():
            # Google joins several values in one cell with " ::: ".
            found += [(int(match.group(2)), v.strip()) for v in value.split(":::") if v.strip()]
    return [value for _, value in sorted(found, key=lambda pair: pair[0])]


LINKEDIN_HEADER = (
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
)


def linkedin_record(row: Row, line: int) -> ImportRecord:
    """A row of LinkedIn's Connections.csv, by header name."""
    return linkedin_reader(tuple(row))([value or "" for value in row.values()], line)


_LINKEDIN_TAGS = ("LinkedIn",)


@functools.lru_cache(maxsize=8192)  # 15 years of days
def _connected_since(connected: str) -> tuple[str, str]:
    """(notes, fingerprint detail) for a "Connected On" cell; a file repeats few dates."""
    day = parse_connected_on(connected) if connected else None
    if day is None:
        return "", connected
    return f"LinkedIn connection since {day.isoformat()}", day.isoformat()


def linkedin_reader(header: Sequence[str]) -> Callable[[list[str], int], ImportRecord]:
    """:func:`linkedin_record` for rows read as lists of cells under ``header``.

    The same records as going through a dict per row (a repeated column reads
    its last occurrence, a missing one reads empty), without building the dicts.
    """
    width = len(header)
    position = {name: index for index, name in enumerate(header)}  # the last one wins
    used = sorted(position.values())
    repeated = len(used) != width
    # Column -> index into the row padded with one empty cell (index ``width``) at the end.
    take = operator.itemgetter(*(position.get(name, width) for name in LINKEDIN_HEADER))

    def record(cells: list[str], line: int) -> ImportRecord:
        if len(cells) == width:
            cells.append("")
        else:
            cells = [*cells[:width], *([""] * (width - len(cells))), ""]
        if repeated:
            if not "".join([cells[index] for index in used]).strip():
                return ImportRecord(line, skip="empty row")
        elif not "".join(cells).strip():
            return ImportRecord(line, skip="empty row")
        first, last, url, email, company, role, connected = take(cells)
        first, last, url = first.strip(), last.strip(), url.strip()
        name = f"{first} {last}" if first and last else first or last
        if not name and not url:
            return ImportRecord(line, skip="a deactivated profile: no name and no profile URL")
        email = email.strip()
        notes, extra = _connected_since(connected.strip())
        return ImportRecord(
            line,
            name,
            (email,) if email else (),
            company.strip(),
            role.strip(),
            "",
            url,
            notes,
            _LINKEDIN_TAGS,
            extra,
        )

    return record


_GOOGLE_KINDS = (
    ("E-mail", AddressKind.EMAIL),
    ("Phone", AddressKind.PHONE),
    ("Website", AddressKind.URL),
)


def google_addresses(row: Row) -> tuple[Address, ...]:
    """Every e-mail address, phone and website of a Google row, with its label.

    Google marks the preferred one with a star on its label (``* Work``), in
    whichever numbered column it is; several values in one cell are joined
    with `` ::: `` and share the label.
    """
    found: dict[tuple[str, int], dict[str, str]] = {}
    for header, value in row.items():
        match = _NUMBERED.match(header or "")
        if match and value and value.strip():
            part = "Label" if match.group(3) == "Type" else match.group(3)
            found.setdefault((match.group(1), int(match.group(2))), {})[part] = value.strip()
    addresses: list[Address] = []
    for what, kind in _GOOGLE_KINDS:
        for _key, cells in sorted((k, v) for k, v in found.items() if k[0] == what):
            label = cells.get("Label", "")
            preferred = label.startswith("*")
            label = label.lstrip("*").strip()
            for n, value in enumerate(v.strip() for v in cells.get("Value", "").split(":::")):
                if value:
                    addresses.append(Address(kind, value, label, preferred and n == 0))
    return tuple(addresses)


def google_record(row: Row, line: int) -> ImportRecord:
    """A row of Google's current or legacy CSV, by header name."""
    if not any((value or "").strip() for value in row.values()):
        return ImportRecord(line, skip="empty row")
    name = _get(row, "Name") or join_name(
        _get(row, "Name Prefix"),
        _get(row, "First Name", "Given Name"),
        _get(row, "Middle Name", "Additional Name"),
        _get(row, "Last Name", "Family Name"),
        _get(row, "Name Suffix"),
    )
    name = name or _get(row, "File As", "Nickname")
    orgs, titles = _numbered(row, "Organization", "Name"), _numbered(row, "Organization", "Title")
    org = _get(row, "Organization Name") or (orgs[0] if orgs else "")
    role = _get(row, "Organization Title") or (titles[0] if titles else "")
    return ImportRecord(
        line,
        name=name,
        org=org,
        role=role,
        notes=_get(row, "Notes"),
        tags=split_labels(_get(row, "Labels", "Group Membership")),
        addresses=google_addresses(row),
    )


#: Outlook's phone columns and the label each gives; "Primary Phone" is the primary one.
_OUTLOOK_PHONES = (
    ("Primary Phone", "Primary"),
    ("Mobile Phone", "Mobile"),
    ("Business Phone", "Work"),
    ("Business Phone 2", "Work"),
    ("Home Phone", "Home"),
    ("Home Phone 2", "Home"),
    ("Company Main Phone", "Company"),
    ("Other Phone", "Other"),
    ("Car Phone", "Car"),
    ("Assistant's Phone", "Assistant"),
)


def outlook_record(row: Row, line: int) -> ImportRecord:
    """A row of an Outlook.com or classic Outlook desktop CSV, by header name."""
    if not any((value or "").strip() for value in row.values()):
        return ImportRecord(line, skip="empty row")
    name = join_name(
        _get(row, "First Name"),
        _get(row, "Middle Name"),
        _get(row, "Last Name"),
        _get(row, "Suffix"),
    )
    # Outlook has no labels for e-mail addresses; the first is its main one.
    addresses = [
        Address(AddressKind.EMAIL, value, "", n == "")
        for n in ("", " 2", " 3")
        if (value := _get(row, f"E-mail{n} Address"))
    ]
    addresses += [
        Address(AddressKind.PHONE, value, label, column == "Primary Phone")
        for column, label in _OUTLOOK_PHONES
        if (value := _get(row, column))
    ]
    if web := _get(row, "Web Page"):
        addresses.append(Address(AddressKind.URL, web, "", True))
    return ImportRecord(
        line,
        name=name or _get(row, "E-mail Display Name"),
        org=_get(row, "Company"),
        role=_get(row, "Job Title"),
        notes=_get(row, "Notes"),
        tags=split_labels(_get(row, "Categories").replace(";", ",")),
        addresses=tuple(addresses),
    )


#: What a generic CSV column can be mapped to.
TARGETS = (
    "name",
    "first_name",
    "last_name",
    "email",
    "org",
    "role",
    "phone",
    "url",
    "notes",
    "tags",
)
_GUESSES: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "display name", "contact name"),
    "first_name": ("first name", "given name", "first", "firstname", "vorname"),
    "last_name": ("last name", "family name", "surname", "last", "lastname", "nachname"),
    "email": ("email", "e-mail", "email address", "e-mail address", "mail", "e-mail 1 - value"),
    "org": ("company", "organization", "organisation", "org", "employer", "organization name"),
    "role": ("title", "job title", "position", "role", "organization title"),
    "phone": ("phone", "telephone", "mobile", "phone number", "mobile phone", "tel"),
    "url": ("url", "website", "web page", "linkedin", "profile", "profile url", "link"),
    "notes": ("notes", "note", "comments", "comment", "remarks"),
    "tags": ("tags", "labels", "categories", "groups", "group membership"),
}


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """Target field -> column, guessed from the header names (each column used once)."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for target, names in _GUESSES.items():
        for column in header:
            if column not in used and column.strip().casefold() in names:
                mapping[target] = column
                used.add(column)
                break
    return mapping


def mapped_record(row: Row, line: int, mapping: Mapping[str, str]) -> ImportRecord:
    """A generic CSV row read through a column mapping (target field -> column)."""
    if not any((value or "").strip() for value in row.values()):
        return ImportRecord(line, skip="empty row")

    def get(target: str) -> str:
        column = mapping.get(target)
        return (row.get(column) or "").strip() if column else ""

    email = get("email")
    return ImportRecord(
        line,
        name=get("name") or join_name(get("first_name"), get("last_name")),
        emails=tuple(e.strip() for e in re.split(r"[;,]", email) if e.strip()),
        org=get("org"),
        role=get("role"),
        phone=get("phone"),
        url=get("url"),
        notes=get("notes"),
        tags=split_labels(get("tags")),
    )


def is_ghostless_csv(header: Sequence[str]) -> bool:
    """Whether a CSV header is that of Ghostless's own contacts export."""
    return tuple(header[: len(CONTACT_CSV_HEADER)]) == CONTACT_CSV_HEADER


_OWN_KINDS = ((AddressKind.EMAIL, "Email"), (AddressKind.PHONE, "Phone"), (AddressKind.URL, "URL"))
_OWN_NUMBERED = re.compile(r"^(Email|Phone|URL) (\d+)$")


def ghostless_record(row: Row, line: int) -> ImportRecord:
    """A row of Ghostless's own contacts CSV: every address with its label, and each
    cell's neutralising quote taken off again (so values round-trip exactly)."""
    if not any((value or "").strip() for value in row.values()):
        return ImportRecord(line, skip="empty row")

    def cell(name: str) -> str:
        return unneutralise_cell(row.get(name) or "")

    addresses: list[Address] = []
    for kind, column in _OWN_KINDS:
        if cell(column).strip():
            addresses.append(Address(kind, cell(column), cell(f"{column} label"), True))
        numbered = sorted(
            int(match.group(2))
            for header in row
            if (match := _OWN_NUMBERED.match(header or "")) and match.group(1) == column
        )
        for n in numbered:
            value = cell(f"{column} {n}")
            if value.strip():
                addresses.append(Address(kind, value, cell(f"{column} {n} label")))
    return ImportRecord(
        line,
        name=cell("Name"),
        org=cell("Organisation"),
        role=cell("Role"),
        notes=cell("Notes"),
        tags=tuple(tag.strip() for tag in cell("Tags").split(",") if tag.strip()),
        addresses=tuple(addresses),
    )


# -- planning ------------------------------------------------------------------------
def _record_addresses(record: ImportRecord) -> list[Address]:
    if record.addresses:
        return list(record.addresses)
    found = [
        Address(AddressKind.EMAIL, email, "", index == 0)
        for index, email in enumerate(record.emails)
        if email.strip()
    ]
    if record.phone:
        found.append(Address(AddressKind.PHONE, record.phone, "", True))
    if record.url:
        found.append(Address(AddressKind.URL, record.url, "", True))
    return found


_WHAT = {AddressKind.EMAIL: "e-mail", AddressKind.PHONE: "phone", AddressKind.URL: "URL"}


def _clean(record: ImportRecord) -> tuple[ContactFields, tuple[str, ...]]:
    """The contact fields of a record, and notes on the fields it had to leave out.

    A field the app cannot use (an address that is not one, a control
    character in the notes) is left out with a note; the person is kept.
    Raises InputError only for a record that cannot become a contact at all
    (no usable name, e-mail address, organisation or phone).
    """
    tidy = _tidy(record)
    return _clean_generally(record) if tidy is None else (tidy, record.dropped)


def _tidy(record: ImportRecord) -> ContactFields | None:
    """The fields of a record that needs no cleaning (see ``tidy_contact``), else None."""
    if record.addresses or record.phone or len(record.emails) > 1:
        return None
    return tidy_contact(
        record.name, record.org, record.role, record.notes, record.tags,
        record.emails[0] if record.emails else "", record.url,
    )  # fmt: skip


def _clean_generally(record: ImportRecord) -> tuple[ContactFields, tuple[str, ...]]:
    """:func:`_clean` for any record, field by field."""
    notes: list[str] = list(record.dropped)
    addresses: list[Address] = []
    for address in _record_addresses(record):
        try:
            addresses.append(clean_address(address))
        except InputError as exc:
            notes.append(f"{_WHAT[address.kind]} {address.value.strip()[:80]!r} left out: "
                         f"{_reason(exc)}")  # fmt: skip
    values = {"org": record.org, "role": record.role, "notes": _newlines(record.notes)}
    tags = list(record.tags)
    if has_control(values["org"], values["role"], values["notes"], *tags):
        for name, value in values.items():
            try:
                check_characters(value, name)
            except InputError as exc:
                notes.append(f"{name} left out: {_reason(exc)}")
                values[name] = ""
        tags = []
        for tag in record.tags:
            try:
                check_characters(tag, "tags")
                tags.append(tag)
            except InputError as exc:
                notes.append(f"tag left out: {_reason(exc)}")
    emails = [a.value for a in addresses if a.kind is AddressKind.EMAIL]
    phones = [a.value for a in addresses if a.kind is AddressKind.PHONE]
    name = (
        record.name
        or (emails[0] if emails else "")
        or values["org"]
        or (phones[0] if phones else "")
    )
    if not name.strip():
        raise InputError("no name, e-mail address, organisation or phone", field="name")
    try:
        fields = clean_contact(
            name=name,
            org=values["org"],
            role=values["role"],
            notes=values["notes"],
            tags=tags,
            addresses=addresses,
            checked=True,
        )
    except InputError as exc:
        if exc.field not in ("notes", "org", "role"):
            raise
        notes.append(f"{exc.field} left out: {_reason(exc)}")
        values[exc.field] = ""
        fields = clean_contact(
            name=name,
            org=values["org"],
            role=values["role"],
            notes=values["notes"],
            tags=tags,
            addresses=addresses,
            checked=True,
        )
    return fields, tuple(notes)


def _reason(exc: InputError) -> str:
    text = str(exc)
    return text.split(": ", 1)[1] if exc.field and text.startswith(f"{exc.field}: ") else text


def _newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _keys(record: ImportRecord, fields: ContactFields) -> tuple[list[Key], list[Key]]:
    """The keys a record is matched by (e-mail addresses first, then profile URLs),
    and those of them :func:`own_keys` gives its fields.

    Each key is worked out once: matching and remembering need both lists.
    """
    keys: list[Key] = []
    urls: list[Key] = []
    for address in fields.addresses:
        if address.kind is AddressKind.EMAIL:
            keys.append(("email", email_key(address.value)))
        elif address.kind is AddressKind.URL:
            urls.append(("url", url_key(address.value)))
    keys += urls
    if keys:
        return keys, keys
    # Only what has neither e-mail nor URL is known by its content.
    return (
        [("fingerprint", fingerprint(fields.name, fields.org, fields.phone, record.extra))],
        [("fingerprint", fingerprint(fields.name, fields.org, fields.phone))],
    )


_UPDATABLE = ("name", "org", "role")


def merge(old: ContactFields, new: ContactFields) -> tuple[ContactFields, tuple[str, ...]]:
    """The stored contact updated with what an import brings, and the fields that changed.

    Non-empty imported values replace name, organisation and role; every
    address the contact lacks is added (the contact's primary ones stay
    primary: the user's own are never overwritten); notes are filled in only
    where the contact has none; tags are joined.
    """
    values: dict[str, object] = {}
    for name in _UPDATABLE:
        value = getattr(new, name)
        if value and value != getattr(old, name):
            values[name] = value
    if new.notes and not old.notes:
        values["notes"] = new.notes
    if new.tags and not set(new.tags) <= set(old.tags):
        values["tags"] = tuple(sorted(set(old.tags) | set(new.tags)))
    old_addresses = old.every_address()
    known = {(a.kind, address_key(a.kind, a.value)) for a in old_addresses}
    kinds = {a.kind for a in old_addresses}
    added = [
        Address(a.kind, a.value, a.label, a.primary and a.kind not in kinds)
        for a in new.every_address()
        if (a.kind, address_key(a.kind, a.value)) not in known
    ]
    if added:
        addresses = clean_addresses([*old_addresses, *added])
        primary = {a.kind: a.value for a in addresses if a.primary}
        values["addresses"] = addresses
        values["email"] = primary.get(AddressKind.EMAIL, "")
        values["phone"] = primary.get(AddressKind.PHONE, "")
        values["url"] = primary.get(AddressKind.URL, "")
    if not values:
        return old, ()
    if "addresses" not in values and not old.addresses:
        values["addresses"] = old_addresses
    changes = tuple(name for name in values if name not in ("email", "phone", "url"))
    if "addresses" in values and not added:
        changes = tuple(name for name in changes if name != "addresses")
    return replace(old, **values), changes  # type: ignore[arg-type]


def plan_import(records: Iterable[ImportRecord], index: ContactLookup) -> list[RowPlan]:
    """What importing ``records`` into the contacts in ``index`` would do, record by record.

    ``index`` is not changed. A record that matches a contact (or an earlier
    record of the same file) already planned is skipped as the same person.
    """
    return list(plan_records(records, index))


#: Records planned per batch: what is looked up in the store at once.
PLAN_BATCH = 500


class _Claims:
    """Contact id -> the line of the record that matched it, for every contact matched.

    A re-import matches every stored contact: at 595,000 a dict took about 40 MB.
    Ids are small and dense in practice, so the line sits at the id's place in an
    array of 4-byte numbers (0: none); ids beyond :data:`_ARRAY_IDS` (or a line that
    does not fit) go to a dict.
    """

    def __init__(self) -> None:
        self._lines = array.array("I")
        self._beyond: dict[int, int] = {}

    def get(self, contact_id: int) -> int | None:
        if 0 <= contact_id < len(self._lines):
            line = self._lines[contact_id]
            if line:
                return line
        return self._beyond.get(contact_id)

    def claim(self, contact_id: int, line: int) -> None:
        lines = self._lines
        if 0 <= contact_id < _ARRAY_IDS and 0 < line < 2**32:
            if contact_id >= len(lines):
                size = min(_ARRAY_IDS, max(contact_id + 1, 2 * len(lines)))
                lines.frombytes(bytes(lines.itemsize * (size - len(lines))))
            lines[contact_id] = line
        else:
            self._beyond[contact_id] = line


#: Contact ids kept in :class:`_Claims`'s array: up to 16 MB of it.
_ARRAY_IDS = 1 << 22


@dataclass(slots=True)
class _Cleaned:
    """A record checked, with what the batch's lookups found for it."""

    record: ImportRecord
    fields: ContactFields
    notes: tuple[str, ...]
    keys: list[Key]
    own: list[Key]
    #: The stored contact its keys lead to.
    found: int | None = None
    #: Its person_key(), when it has an organisation and its keys lead nowhere.
    person: tuple[str, str] | None = None


def plan_records(records: Iterable[ImportRecord], index: ContactLookup) -> Iterator[RowPlan]:
    """:func:`plan_import`, one record at a time, so a large file is never held whole.

    Records are checked :data:`PLAN_BATCH` at a time and the stored contacts
    they may match looked up together (see :class:`ContactLookup`); the plan of
    each is then made in the file's order.

    What it remembers per record is the hash of each identity key and the line
    that claimed it (about 100 bytes, where the key itself would be twice that):
    two different keys of one file with the same 64-bit hash are not expected in
    any file under the size cap.
    """
    seen: dict[int, int] = {}  # hash of a key -> line of the record that claimed it
    claimed = _Claims()  # contact id -> line that updates it
    source = iter(records)
    while batch := list(itertools.islice(source, PLAN_BATCH)):
        cleaned: list[_Cleaned | RowPlan] = []
        wanted: set[Key] = set()
        for record in batch:
            if record.skip:
                cleaned.append(RowPlan(record.line, RowAction.SKIP, record.name, record.skip))
                continue
            try:
                fields, notes = _clean(record)
            except InputError as exc:
                cleaned.append(RowPlan(record.line, RowAction.SKIP, record.name, str(exc)))
                continue
            keys, own = _keys(record, fields)
            wanted.update(keys)
            cleaned.append(_Cleaned(record, fields, notes, keys, own))
        index.prefetch(wanted)
        people: set[tuple[str, str]] = set()
        for item in cleaned:
            if isinstance(item, _Cleaned):
                item.found = find(index, item.keys)
                if item.found is None and item.fields.org:
                    item.person = person_key(item.fields.name, item.fields.org)
                    people.add(item.person)
        index.prefetch_people(people)
        for item in cleaned:
            if isinstance(item, RowPlan):
                yield item
            else:
                yield _plan(item, index, seen, claimed)


def _plan(item: _Cleaned, index: ContactLookup, seen: dict[int, int], claimed: _Claims) -> RowPlan:
    record, fields, notes, keys, own = item.record, item.fields, item.notes, item.keys, item.own
    hashes = [hash(key) for key in keys]
    earlier = None
    for hashed in hashes:
        earlier = seen.get(hashed)
        if earlier is not None:
            break
    contact_id = item.found
    if earlier is None and contact_id is not None:
        earlier = claimed.get(contact_id)
    if earlier is not None:
        return RowPlan(
            record.line, RowAction.SKIP, fields.name, f"the same person as line {earlier}"
        )
    for hashed in hashes:
        seen[hashed] = record.line
    if contact_id is None:
        stored = () if keys is own else tuple(k for k in keys if k not in own)
        similar = index.similar(item.person) if item.person is not None else None
        return RowPlan(
            record.line, RowAction.CREATE, fields.name, "", None, fields, (), stored, notes,
            similar_to=similar,
            target=index.fields_of(similar).name if similar is not None else "",
        )  # fmt: skip
    claimed.claim(contact_id, record.line)
    old = index.fields_of(contact_id)
    merged, changes = merge(old, fields)
    merged_own = set(index.own_keys_of(contact_id) if merged is old else own_keys(merged))
    new_keys = tuple(k for k in keys if k not in merged_own and index.owner(k) != contact_id)
    action = RowAction.UPDATE if changes else RowAction.UNCHANGED
    matched_by = next(
        ({"email": "e-mail address", "url": "profile URL"}.get(k[0], "") for k in keys
         if index.owner(k) == contact_id),
        "",
    )  # fmt: skip
    return RowPlan(
        record.line, action, merged.name, "", contact_id, merged, changes, new_keys, notes,
        matched_by, target=old.name,
    )  # fmt: skip


def summarise(plans: Iterable[RowPlan]) -> ImportSummary:
    tally = Tally()
    for plan in plans:
        tally.count(plan)
    return tally.summary()


class Tally:
    """Counts what plans do as they go by, for imports that never hold them all."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(RowAction, 0)
        self.skips: list[tuple[int, str]] = []
        self.remarks: list[tuple[int, str]] = []

    def count(self, plan: RowPlan) -> None:
        self.counts[plan.action] += 1
        if plan.action is RowAction.SKIP:
            self.skips.append((plan.line, plan.reason))
        elif (
            plan.notes
            or plan.similar_to is not None
            or (plan.matched_by and plan.action is RowAction.UPDATE)
        ):  # an unchanged row needs no word (a re-import would repeat one for every row)
            self.remarks.append((plan.line, plan.explain()))

    def summary(self) -> ImportSummary:
        counts, skips = self.counts, self.skips
        return ImportSummary(
            created=counts[RowAction.CREATE],
            updated=counts[RowAction.UPDATE],
            unchanged=counts[RowAction.UNCHANGED],
            skipped=counts[RowAction.SKIP],
            skips=tuple(skips),
            remarks=tuple(self.remarks),
        )
