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
        #: The rows last read and the settings made of them: the agenda reads the
        #: settings for every page of the loop list, and parsing them costs more than
        #: reading them. Whoever wrote them (this process or another), new rows are parsed.
        self._loaded: tuple[list[tuple[str, str]], Settings] | None = None

    def _rows(self) -> list[tuple[str, str]]:
        rows = self._store.conn.execute("SELECT key, value FROM settings ORDER BY key")
        return [(str(key), str(value)) for key, value in rows]

    def raw(self) -> dict[str, object]:
        """The stored key/values as written, unknown keys included."""
        return _parsed(self._rows())

    def load(self) -> Settings:
        """The stored settings over the defaults.

        A stored value that no longer passes the checks (written by hand, or by
        a newer Ghostless with other limits) is left out with a warning, so a
        bad value never stops the app from starting.
        """
        rows = self._rows()
        if self._loaded is not None and self._loaded[0] == rows:
            return self._loaded[1]
        settings = _settings_of(_parsed(rows))
        self._loaded = (rows, settings)
        return settings

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


def _parsed(rows: list[tuple[str, str]]) -> dict[str, object]:
    return {key: json.loads(value) for key, value in rows}


def _settings_of(data: dict[str, object]) -> Settings:
    while True:
        try:
            return Settings.from_dict(data)
        except InputError as exc:
            if exc.field is None or exc.field not in data:
                logger.warning("settings: %s; using the defaults", exc)
                return Settings()
            logger.warning("settings: %s; using the default for %s", exc, exc.field)
            data = {key: value for key, value in data.items() if key != exc.field}
