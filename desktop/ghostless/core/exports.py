"""Writing what Ghostless knows for other programs: iCalendar and spreadsheet cells.

Pure values: the services decide where they go and write them. For the
calendar, this module decides what an item is (every follow-up window is one
item with its reminder time and a UID that stays the same from export to
export); :mod:`ghostless.services.icalendar_write` writes it as RFC 5545.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from hashlib import sha256

from ghostless.core.models import Address, AddressKind, Contact

#: Cells a spreadsheet would run as a formula start with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
#: Cells that get a leading quote: formula-like ones, and those starting with a quote
#: themselves, so that taking one quote off (:func:`unneutralise_cell`) is exact.
_QUOTED = (*FORMULA_STARTS, "'")


def neutralise_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: formula-like cells get a leading quote
    (OWASP ASVS 1.2.10; CWE-1236)."""
    return "'" + value if value.startswith(_QUOTED) else value


def unneutralise_cell(value: str) -> str:
    """The value :func:`neutralise_cell` was given: for re-importing our own export."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_QUOTED) else value


# -- contacts as CSV -----------------------------------------------------------------
#: The first columns of the contacts CSV: the primary address of each kind.
CONTACT_CSV_HEADER = ("Name", "Email", "Organisation", "Role", "Phone", "URL", "Notes", "Tags")
_KIND_COLUMNS = (
    (AddressKind.EMAIL, "Email"),
    (AddressKind.PHONE, "Phone"),
    (AddressKind.URL, "URL"),
)


def contact_csv_header(contacts: Sequence[Contact]) -> list[str]:
    """The header: :data:`CONTACT_CSV_HEADER`, the primary addresses' labels, then
    numbered columns for as many further addresses of each kind as any contact has."""
    return contact_csv_header_for(
        {
            kind: max((len(_others(contact, kind)) for contact in contacts), default=0)
            for kind, _column in _KIND_COLUMNS
        }
    )


def contact_csv_header_for(most: Mapping[AddressKind, int]) -> list[str]:
    """:func:`contact_csv_header` given the most further addresses of each kind any
    contact has (so that the contacts can be written as they are read)."""
    header = [*CONTACT_CSV_HEADER, "Email label", "Phone label", "URL label"]
    for kind, column in _KIND_COLUMNS:
        for n in range(2, most.get(kind, 0) + 2):
            header += [f"{column} {n}", f"{column} {n} label"]
    return header


def _others(contact: Contact, kind: AddressKind) -> list[Address]:
    return [a for a in contact.addresses if a.kind is kind and not a.primary]


def _primary(contact: Contact, kind: AddressKind) -> Address | None:
    return next((a for a in contact.addresses if a.kind is kind and a.primary), None)


def contact_csv_row(contact: Contact, header: Sequence[str]) -> list[str]:
    """One contact under ``header`` (see :func:`contact_csv_header`), cells neutralised."""
    cells = {
        "Name": contact.name, "Email": contact.email, "Organisation": contact.org,
        "Role": contact.role, "Phone": contact.phone, "URL": contact.url,
        "Notes": contact.notes, "Tags": ", ".join(contact.tags),
    }  # fmt: skip
    for kind, column in _KIND_COLUMNS:
        primary = _primary(contact, kind)
        cells[f"{column} label"] = primary.label if primary else ""
        for n, address in enumerate(_others(contact, kind), 2):
            cells[f"{column} {n}"] = address.value
            cells[f"{column} {n} label"] = address.label
    return [neutralise_cell(cells.get(name, "")) for name in header]


# -- iCalendar -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CalendarItem:
    """One follow-up window as a calendar shows it: what is exported, decided here;
    how it is written is :mod:`ghostless.services.icalendar_write`'s business.

    ``key`` is the window's key (the loop, the rule and what it counts from), and
    ``loop_id`` its loop: the sync reads them back from the items it wrote.
    """

    uid: str
    summary: str
    description: str
    opens_at: datetime
    due_at: datetime
    remind_at: datetime | None
    key: str = ""
    loop_id: int | None = None


def calendar_uid(key: str) -> str:
    """The UID of a follow-up window's calendar item: a hash of its key, so the same
    item keeps its UID from export to export and a new obligation gets a new one."""
    return f"{sha256(key.encode()).hexdigest()[:32]}@ghostless"
