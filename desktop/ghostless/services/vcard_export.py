"""Contacts as vCard 3.0 (the version Google and Apple both read), written by vobject.

Every address is written with its label the way Apple does (``item1.EMAIL``
with ``item1.X-ABLabel``: any label text survives, which TYPE values would
not), and the primary one of each kind as ``TYPE=pref``. vobject escapes and
folds the values; :mod:`ghostless.services.vcard_read` reads them back the same.
"""

from __future__ import annotations

from ghostless.core.models import AddressKind, Contact

_PROPERTY = {AddressKind.EMAIL: "email", AddressKind.PHONE: "tel", AddressKind.URL: "url"}


def vcard(contact: Contact, *, uid: str | None = None) -> str:
    """One contact's card; ``uid`` names it for good (the sync's address book)."""
    import vobject

    card = vobject.vCard()
    if uid is not None:
        card.add("uid").value = uid
    card.add("fn").value = contact.name
    given, _space, family = contact.name.rpartition(" ")
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if contact.org:
        card.add("org").value = [contact.org]
    if contact.role:
        card.add("title").value = contact.role
    if contact.notes:
        card.add("note").value = contact.notes
    if contact.tags:
        card.add("categories").value = list(contact.tags)
    for number, address in enumerate(contact.addresses, 1):
        line = card.add(_PROPERTY[address.kind])
        line.value = address.value
        line.group = f"item{number}"
        types = ["INTERNET"] if address.kind is AddressKind.EMAIL else []
        if address.primary:
            types.append("pref")
        if types:
            line.type_param = types
        if address.label:
            label = card.add("x-ablabel")
            label.value = address.label
            label.group = f"item{number}"
    text: str = card.serialize()
    return text
