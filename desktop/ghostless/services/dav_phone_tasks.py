"""How many owed items the phone holds: every one (the default) or the N most urgent.

A user setting (Settings ▸ Sync, ``ghostless sync set --phone-tasks``). Kept
apart from :mod:`ghostless.services.dav_sync` so the window and the command
line read and change it without loading the CalDAV client.
"""

from __future__ import annotations

from ghostless.core.errors import InputError
from ghostless.core.i18n import _
from ghostless.services.ledger import Ledger, store_of
from ghostless.store.preferences import PreferenceRepository

#: The user's choice: a positive number, or absent for every owed item.
PHONE_TASKS = "dav_phone_tasks"
#: The choice the last completed sync wrote the tasks under: a sync that finds the
#: choice lowered since removes the tasks beyond it (see TaskSync._write).
HONOURED = "dav_phone_tasks_synced"
#: What the window offers when the user first picks "only the N most urgent".
SUGGESTED_LIMIT = 100
#: Most a user can pick: past this "every owed item" says the same.
MOST = 100_000


def phone_tasks(ledger: Ledger) -> int | None:
    """How many tasks the phone holds; None: every owed item."""
    return _limit(PreferenceRepository(store_of(ledger)).get(PHONE_TASKS))


def set_phone_tasks(ledger: Ledger, limit: int | None) -> None:
    """Keep the choice; the next sync adds or removes tasks to match it."""
    PreferenceRepository(store_of(ledger)).set(
        PHONE_TASKS, None if limit is None else _checked(limit)
    )


def parse_phone_tasks(text: str) -> int | None:
    """``all`` or a whole number, as typed on the command line."""
    value = text.strip().lower()
    if value in {"all", "every"}:
        return None
    try:
        limit = int(value)
    except ValueError:
        raise InputError(
            f"phone-tasks: “{text}” is neither “all” nor a number", field="phone_tasks"
        ) from None
    return _checked(limit)


def _checked(limit: int) -> int:
    if not 1 <= limit <= MOST:
        raise InputError(f"phone-tasks: {limit} is not between 1 and {MOST:,}", field="phone_tasks")
    return limit


def shown(limit: int | None) -> int | str:
    """The choice as ``sync status --json`` and ``sync set --json`` give it."""
    return "all" if limit is None else limit


def describe(limit: int | str | None) -> str:
    if not isinstance(limit, int):
        return _("every owed item")
    if limit == 1:
        return _("only the most urgent owed item")
    return _("only the {count:,} most urgent").format(count=limit)


def lowered_since_last_sync(ledger: Ledger, limit: int | None) -> bool:
    """Whether ``limit`` holds fewer tasks than the one the last sync wrote under.

    No record (a sync before this setting existed): not lowered, so an upgrade
    never removes tasks the phone already shows."""
    kept = PreferenceRepository(store_of(ledger)).get(HONOURED)
    if not isinstance(kept, dict):
        return False
    before = _limit(kept.get("limit"))
    return limit is not None and (before is None or limit < before)


def record_honoured(ledger: Ledger, limit: int | None) -> None:
    PreferenceRepository(store_of(ledger)).set(HONOURED, {"limit": limit})


def forget_honoured(ledger: Ledger) -> None:
    """Sync turned off: what was written is forgotten, so is the choice it honoured."""
    PreferenceRepository(store_of(ledger)).set(HONOURED, None)


def _limit(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None
