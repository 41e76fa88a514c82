"""Keep-in-touch cadences per tag ("every contact tagged mentor, every 90 days")."""

from __future__ import annotations

from ghostless.store import windows as follow_ups
from ghostless.store.database import Store


class TagCadenceRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def all(self) -> dict[str, int]:
        """Every tag with a cadence, by tag."""
        rows = self._store.conn.execute("SELECT tag, days FROM tag_cadences ORDER BY tag")
        return {str(tag): int(days) for tag, days in rows}

    def set(self, tag: str, days: int | None) -> None:
        """Set (None: remove) a tag's cadence; the items of its contacts follow."""
        with self._store.transaction():
            conn = self._store.conn
            if days is None:
                conn.execute("DELETE FROM tag_cadences WHERE tag = ?", (tag,))
            else:
                conn.execute(
                    "INSERT INTO tag_cadences (tag, days) VALUES (?, ?) "
                    "ON CONFLICT (tag) DO UPDATE SET days = excluded.days",
                    (tag, days),
                )
            ids = [
                int(row[0])
                for row in conn.execute(
                    "SELECT loops.id FROM loops JOIN contacts ON contacts.id = loops.contact_id "
                    "WHERE EXISTS (SELECT 1 FROM json_each(contacts.tags) WHERE value = ?)",
                    (tag,),
                )
            ]
            if ids:
                follow_ups.loops_changed(self._store, ids)

    def tagged(self, tag: str) -> int:
        """How many contacts carry ``tag``."""
        row = self._store.conn.execute(
            "SELECT count(*) FROM contacts "
            "WHERE EXISTS (SELECT 1 FROM json_each(contacts.tags) WHERE value = ?)",
            (tag,),
        ).fetchone()
        return int(row[0])
