"""Whether calendar sync is set up, told without loading the sync (see ui.sync.runner)."""

from __future__ import annotations

from ghostless.services.ledger import Ledger, store_of
from ghostless.store.preferences import PreferenceRepository

#: The preference holding the sync account (see ghostless.services.dav_sync).
ACCOUNT = "dav_account"


def has_account(ledger: Ledger) -> bool:
    """Whether an account is kept (ghostless.services.dav_sync.account reads it whole)."""
    return isinstance(PreferenceRepository(store_of(ledger)).get(ACCOUNT), dict)
