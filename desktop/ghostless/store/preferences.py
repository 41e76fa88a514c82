"""The app's own preferences (not playbook settings): one JSON value per key."""

from __future__ import annotations

import json

from ghostless.store.database import Store


class PreferenceRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str) -> object | None:
        row = self._store.conn.execute(
            "SELECT value FROM preferences WHERE key = ?", (key,)
        ).fetchone()
        return None if row is None else json.loads(str(row[0]))

    def set(self, key: str, value: object | None) -> None:
        """Store ``value`` under ``key``; None removes it."""
        with self._store.transaction():
            if value is None:
                self._store.conn.execute("DELETE FROM preferences WHERE key = ?", (key,))
            else:
                self._store.conn.execute(
                    "INSERT INTO preferences (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, json.dumps(value, ensure_ascii=False)),
                )
