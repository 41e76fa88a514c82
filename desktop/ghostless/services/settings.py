"""Settings as the user changes them: list, get, set, reset and undo the last change.

One store of settings, read by the window and the command line alike (the
playbook figures, working hours, the time zone, snooze times and the draft
checker's limits). Every change checks all values before anything is saved,
recomputes every follow-up window in the same transaction (with progress),
and keeps the settings it replaced so the change can be undone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import nullcontext

from ghostless.core.draft_checker import CheckOptions, FindingKind
from ghostless.core.errors import InputError
from ghostless.core.settings import ORDER_PAIRS, SPECS, Settings, SettingSpec, spec_of
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.recompute import writes_mark_stale
from ghostless.store.preferences import PreferenceRepository
from ghostless.store.settings import SettingsRepository
from ghostless.store.windows import Progress

#: The preference holding the settings a change replaced, for undo.
PREVIOUS = "settings_before_last_change"


def _blame_the_change(exc: InputError, changes: Mapping[str, object]) -> InputError:
    """Two settings out of order are told under the one the user changed."""
    if exc.field is None or exc.field in changes:
        return exc
    for earlier, later in ORDER_PAIRS:
        partner = {earlier: later, later: earlier}.get(exc.field)
        if partner is not None and partner in changes:
            message = str(exc).removeprefix(f"{exc.field}: ")
            return InputError(f"{partner}: {message}", field=partner)
    return exc


class SettingsService:
    """The user's settings in one ledger's store."""

    def __init__(self, ledger: Ledger) -> None:
        self._repo = SettingsRepository(store_of(ledger))
        self._prefs = PreferenceRepository(store_of(ledger))
        self._store = store_of(ledger)
        self._ledger = ledger

    def current(self) -> Settings:
        return self._repo.load()

    def values(self) -> dict[str, object]:
        """Every setting by its key, as plain JSON values."""
        return self.current().to_dict()

    def get(self, key: str) -> object:
        spec_of(key)
        return self.values()[key]

    @staticmethod
    def specs() -> tuple[SettingSpec, ...]:
        return SPECS

    def update(
        self,
        changes: Mapping[str, object],
        progress: Progress | None = None,
        *,
        recompute: bool = True,
    ) -> Settings:
        """Change settings by key; every value is checked first, nothing is written
        on a bad one (InputError names it, and its range).

        With ``recompute=False`` the follow-up windows are only marked stale, for
        the caller to work out elsewhere (the window does it on a thread, see
        :mod:`ghostless.services.recompute`); a read that refreshes does it first.
        """
        for key in changes:
            spec_of(key)
        before = self.values()
        try:
            updated = Settings.from_dict({**before, **changes})
        except InputError as exc:
            raise _blame_the_change(exc, changes) from None
        if updated.to_dict() == before:
            return updated
        # Without a recompute here, the save marks the windows stale.
        stale = nullcontext() if recompute else writes_mark_stale(self._ledger)
        with stale, self._store.transaction():
            self._prefs.set(PREVIOUS, before)
            self._repo.save(updated, progress)
        return updated

    def reset(
        self,
        keys: Iterable[str] | None = None,
        progress: Progress | None = None,
        *,
        recompute: bool = True,
    ) -> Settings:
        """Put settings back to their defaults (every one when ``keys`` is None)."""
        chosen = [spec.key for spec in SPECS] if keys is None else list(keys)
        defaults = {key: spec_of(key).default for key in chosen}
        return self.update(defaults, progress, recompute=recompute)

    def can_undo(self) -> bool:
        return isinstance(self._prefs.get(PREVIOUS), dict)

    def undo(self, progress: Progress | None = None, *, recompute: bool = True) -> Settings:
        """Go back to the settings before the last change (undo again to redo it)."""
        previous = self._prefs.get(PREVIOUS)
        if not isinstance(previous, dict):
            raise InputError("settings: no change to undo", field="settings")
        return self.update(previous, progress, recompute=recompute)

    def undo_preview(self) -> list[tuple[str, object, object]]:
        """What undo would change: (key, now, after undo) for each setting that differs."""
        previous = self._prefs.get(PREVIOUS)
        if not isinstance(previous, dict):
            return []
        now = self.values()
        return [
            (key, now[key], previous[key])
            for key in now
            if key in previous and previous[key] != now[key]
        ]

    def checker_options(self) -> CheckOptions:
        """The draft checker's limits as the settings hold them."""
        settings = self.current()
        disabled = frozenset(FindingKind(name) for name in settings.draft_checks_off)
        return CheckOptions(disabled=disabled, word_limit=settings.draft_word_limit)
