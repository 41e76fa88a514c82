"""Keep in touch: a cadence per contact or per tag ("every 3 months").

When nothing has happened with a person for that long, a keep-in-touch item is
owed: a follow-up window of their loop with the latest activity, computed by the
playbooks with the rest, so it shows on Today, in the tray and in the calendar
export, waits for working hours, pauses while away and can be snoozed. Any
event with that person resets it.
"""

from __future__ import annotations

from ghostless.core.errors import InputError
from ghostless.services.ledger import Ledger, contacts_of, store_of
from ghostless.store.cadences import TagCadenceRepository


class KeepInTouchService:
    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self._tags = TagCadenceRepository(store_of(ledger))

    def contact_cadence(self, contact_id: int) -> int | None:
        """A contact's own cadence in days (None: only as its tags say)."""
        return contacts_of(self.ledger).keep_in_touch(contact_id)

    def effective_cadence(self, contact_id: int) -> int | None:
        """The cadence that applies: the contact's own, else the shortest of its tags'."""
        own = self.contact_cadence(contact_id)
        if own is not None:
            return own
        tags = self._tags.all()
        found = [tags[tag] for tag in self.ledger.contact(contact_id).tags if tag in tags]
        return min(found) if found else None

    def set_contact(self, contact_id: int, days: int | None) -> None:
        contacts_of(self.ledger).set_keep_in_touch(contact_id, days, at=self.ledger.clock.now())

    def contact_cadences(self) -> list[tuple[int, str, int]]:
        """Contacts with a cadence of their own: id, name, days."""
        return contacts_of(self.ledger).with_keep_in_touch()

    def tag_cadences(self) -> dict[str, int]:
        return self._tags.all()

    def set_tag(self, tag: str, days: int | None) -> int:
        """Set a tag's cadence (None: remove it); returns how many contacts carry the tag."""
        cleaned = tag.strip()
        if not cleaned:
            raise InputError("tag: empty; name the tag, like mentor", field="tag")
        self._tags.set(cleaned, days)
        return self._tags.tagged(cleaned)
