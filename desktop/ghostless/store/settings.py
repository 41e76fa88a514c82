"""The user's settings, one JSON value per key (see :class:`ghostless.core.settings.Settings`)."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from ghostless.core.errors import InputError
from ghostless.core.settings import Settings
from ghostless.store.database import Store

if TYPE_CHECKING:
    from ghostless.store.windows import Progress

logger = logging.getLogger(__name__)


class SettingsRepository:
    """Reads and writes the settings table. Saving is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def raw(self) -> dict[str, object]:
        """The stored key/values as written, unknown keys included."""
        rows = self._store.conn.execute("SELECT key, value FROM settings ORDER BY key")
        return {str(key): json.loads(str(value)) for key, value in rows}

    def load(self) -> Settings:
        """The stored settings over the defaults.

        A stored value that no longer passes the checks (written by hand, or by
        a newer Ghostless with other limits) is left out with a warning, so a
        bad value never stops the app from starting.
        """
        data = self.raw()
        while True:
            try:
                return Settings.from_dict(data)
            except InputError as exc:
                if exc.field is None or exc.field not in data:
                    logger.warning("settings: %s; using the defaults", exc)
                    return Settings()
                logger.warning("settings: %s; using the default for %s", exc, exc.field)
                data = {key: value for key, value in data.items() if key != exc.field}

    def save(self, settings: Settings, progress: Progress | None = None) -> None:
        """Write every setting and recompute every window, in one transaction.

        ``progress(done, total)`` is told how far the recompute got.
        """
        values = [
            (key, json.dumps(value, ensure_ascii=False))
            for key, value in settings.to_dict().items()
        ]
        with self._store.transaction():
            self._store.conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                values,
            )
            from ghostless.store.windows import settings_changed

            settings_changed(self._store, progress)
