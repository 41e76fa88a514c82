"""Finding contacts that are likely one person, and merging them (undoably).

Likely pairs share an e-mail address or a profile URL, or have similar names at
the same organisation (or the same name, one of them without an organisation).
Names are compared with rapidfuzz (token-sort ratio, so "Lovelace, Ada" and
"Ada Lovelace" match), within each organisation only.
"""

from __future__ import annotations

from dataclasses import dataclass

from ghostless.core.contact_import import person_key
from ghostless.core.models import Contact
from ghostless.services.ledger import Ledger, contacts_of, store_of
from ghostless.store.merges import last_merge, merge_contacts, merged_pair, undo_merge

#: The least token-sort ratio (0-100) for two names at one organisation to be proposed.
NAME_SCORE = 88


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two contacts that are likely one person, and why."""

    first: Contact
    second: Contact
    reasons: tuple[str, ...]
    score: int

    def as_dict(self) -> dict[str, object]:
        return {
            "ids": [self.first.id, self.second.id],
            "names": [self.first.name, self.second.name],
            "reasons": list(self.reasons),
            "score": self.score,
        }


def find_duplicates(ledger: Ledger) -> list[DuplicatePair]:
    """Likely pairs: shared addresses first, then the most similar names."""
    conn = store_of(ledger).conn
    reasons: dict[tuple[int, int], list[str]] = {}
    scores: dict[tuple[int, int], int] = {}
    words = {"email": "same e-mail address", "url": "same profile URL"}
    for kind, value, ids_text in conn.execute(
        "SELECT kind, min(value), group_concat(DISTINCT contact_id) FROM contact_addresses "
        "WHERE kind IN ('email', 'url') GROUP BY kind, key "
        "HAVING count(DISTINCT contact_id) > 1"
    ):
        ids = sorted(int(part) for part in str(ids_text).split(","))
        for n, first in enumerate(ids):
            for second in ids[n + 1 :]:
                reasons.setdefault((first, second), []).append(f"{words[kind]} {value}")
                scores[(first, second)] = 100
    by_org: dict[str, list[tuple[int, str]]] = {}
    by_name: dict[str, list[tuple[int, str]]] = {}
    for contact_id, name, org in conn.execute("SELECT id, name, org FROM contacts ORDER BY id"):
        person, company = person_key(str(name), str(org))
        by_name.setdefault(person, []).append((int(contact_id), company))
        if company:
            by_org.setdefault(company, []).append((int(contact_id), person))
    # The same name where one of the two has no organisation to tell them apart (a
    # LinkedIn row without a company and an address-book card, say): proposed too.
    for people in by_name.values():
        for n, (first, first_org) in enumerate(people):
            for second, second_org in people[n + 1 :]:
                if bool(first_org) != bool(second_org) or not (first_org or second_org):
                    pair = (first, second)
                    reasons.setdefault(pair, []).append(
                        "the same name, and no organisation to tell them apart"
                    )
                    scores[pair] = max(scores.get(pair, 0), 90)
    from rapidfuzz import fuzz, process

    for company, people in by_org.items():
        if len(people) < 2:
            continue
        names = [name for _id, name in people]
        for i, (first, name) in enumerate(people):
            # extract() scores one name against the rest in C; no numpy needed.
            for _match, score, j in process.extract(
                name,
                names[i + 1 :],
                scorer=fuzz.token_sort_ratio,
                score_cutoff=NAME_SCORE,
                limit=None,
            ):
                pair = (first, people[i + 1 + j][0])
                reasons.setdefault(pair, []).append(
                    f"similar names ({int(score)}%) at the same organisation ({company})"
                )
                scores[pair] = max(scores.get(pair, 0), int(score))
    if not reasons:
        return []
    wanted = sorted({contact_id for pair in reasons for contact_id in pair})
    contacts = {contact.id: contact for contact in contacts_of(ledger).get_many(wanted)}
    pairs = [
        DuplicatePair(contacts[a], contacts[b], tuple(found), scores[(a, b)])
        for (a, b), found in reasons.items()
        if a in contacts and b in contacts
    ]
    pairs.sort(key=lambda pair: (-pair.score, pair.first.name.casefold(), pair.first.id))
    return pairs


@dataclass(frozen=True, slots=True)
class MergeDone:
    merge_id: int
    loops_moved: int


def merge(ledger: Ledger, keep_id: int, other_id: int) -> MergeDone:
    """Merge ``other_id`` into ``keep_id`` (loops, events, addresses) in one transaction."""
    label = f"merge {ledger.contact(other_id).name} into {ledger.contact(keep_id).name}"
    with ledger.history.step(label, contacts=[keep_id, other_id]):
        merge_id, moved = merge_contacts(store_of(ledger), keep_id, other_id, at=ledger.clock.now())
    return MergeDone(merge_id, moved)


def undo(ledger: Ledger, merge_id: int | None = None) -> int:
    """Undo a merge (the last one by default); returns the id of the contact brought back."""
    if merge_id is None:
        merge_id = last_merge(store_of(ledger))
        if merge_id is None:
            from ghostless.core.errors import InputError

            raise InputError("merge: there is no merge to undo", field="merge")
    kept_id, other_id = merged_pair(store_of(ledger), merge_id)
    with ledger.history.step("undo a merge", contacts=[kept_id, other_id]):
        return undo_merge(store_of(ledger), merge_id, at=ledger.clock.now())
