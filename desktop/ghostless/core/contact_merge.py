"""Two contacts that are one person, as one: what the kept contact becomes (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from ghostless.core.models import Address, AddressKind, Contact
from ghostless.core.validation import ContactFields, address_key, clean_addresses


@dataclass(frozen=True, slots=True)
class Merged:
    """The kept contact's fields and flags after a merge, and how many addresses it gained."""

    fields: ContactFields
    muted: bool
    blocked: bool
    block_reason: str
    added: int


def merge_people(keep: Contact, other: Contact) -> Merged:
    """``keep`` with what ``other`` adds: every address it lacks (its own primary ones
    stay primary), organisation, role and notes where it has none, tags joined.

    A mute or block on either stays on the merged contact: the app never starts
    pushing the user towards someone they blocked because a duplicate was merged.
    """
    known = {(a.kind, address_key(a.kind, a.value)) for a in keep.addresses}
    kinds = {a.kind for a in keep.addresses}
    added = [
        Address(a.kind, a.value, a.label, a.primary and a.kind not in kinds)
        for a in other.addresses
        if (a.kind, address_key(a.kind, a.value)) not in known
    ]
    addresses = clean_addresses([*keep.addresses, *added])
    primary = {a.kind: a.value for a in addresses if a.primary}
    notes = keep.notes
    if other.notes and other.notes not in notes:
        notes = f"{notes}\n\n{other.notes}" if notes else other.notes
    fields = ContactFields(
        name=keep.name,
        email=primary.get(AddressKind.EMAIL, ""),
        org=keep.org or other.org,
        role=keep.role or other.role,
        phone=primary.get(AddressKind.PHONE, ""),
        url=primary.get(AddressKind.URL, ""),
        notes=notes,
        tags=tuple(sorted(set(keep.tags) | set(other.tags))),
        addresses=addresses,
    )
    return Merged(
        fields,
        keep.muted or other.muted,
        keep.blocked or other.blocked,
        keep.block_reason or other.block_reason,
        len(added),
    )
