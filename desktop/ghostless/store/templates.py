"""The user's own message templates: create, edit, duplicate, delete.

Every write is one transaction. Input is checked with
:func:`ghostless.core.templates.clean_template` before it reaches SQL, so a
template that could not render (an unknown ``$field``) is never stored.
"""

from __future__ import annotations

import json
from datetime import datetime

from ghostless.core.draft_checker import Intent
from ghostless.core.errors import NotFoundError
from ghostless.core.models import LoopKind
from ghostless.core.templates import Template, TemplateFields, builtin, clean_template
from ghostless.core.timeparse import to_utc_text
from ghostless.store.database import Store

_COLUMNS = "id, title, intent, subject, direct, softer, kinds, based_on"
MAX_COPY_TITLE = 200


class TemplateRepository:
    """Reads and writes ``user_templates``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def create(self, fields: TemplateFields, *, at: datetime) -> int:
        with self._store.write() as db:
            table = db.table("user_templates")
            table.insert(
                {**_values(fields), "created_at": to_utc_text(at), "updated_at": to_utc_text(at)}
            )
            template_id = table.last_pk
        assert isinstance(template_id, int)
        return template_id

    def update(self, template_id: int, fields: TemplateFields, *, at: datetime) -> None:
        self.get(template_id)
        with self._store.write() as db:
            db.table("user_templates").update(
                template_id, {**_values(fields), "updated_at": to_utc_text(at)}
            )

    def duplicate(self, key: str, *, at: datetime) -> int:
        """Copy a template ("builtin:<name>" or "user:<id>") into a new user template."""
        source = self.get(_user_id(key)) if key.startswith("user:") else builtin(key)
        title = f"{source.title} (copy)"[:MAX_COPY_TITLE]
        fields = clean_template(
            title=title,
            intent=source.intent,
            subject=source.subject,
            direct=source.direct,
            softer=source.softer,
            kinds=source.kinds,
            based_on=source.based_on if source.user_id is not None else source.key,
        )
        return self.create(fields, at=at)

    def delete(self, template_id: int) -> None:
        self.get(template_id)
        with self._store.write() as db:
            db.table("user_templates").delete(template_id)

    def get(self, template_id: int) -> Template:
        row = self._store.conn.execute(
            f"SELECT {_COLUMNS} FROM user_templates WHERE id = ?", (template_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(
                f"template: no template of yours with id {template_id}", field="template"
            )
        return _template(row)

    def all(self) -> list[Template]:
        rows = self._store.conn.execute(
            f"SELECT {_COLUMNS} FROM user_templates ORDER BY title COLLATE NOCASE, id"
        ).fetchall()
        return [_template(row) for row in rows]


def _user_id(key: str) -> int:
    try:
        return int(key.removeprefix("user:"))
    except ValueError:
        raise NotFoundError(f"template: {key!r} names no template", field="template") from None


def _values(fields: TemplateFields) -> dict[str, object]:
    return {
        "title": fields.title,
        "intent": fields.intent.value,
        "subject": fields.subject,
        "direct": fields.direct,
        "softer": fields.softer,
        "kinds": json.dumps(sorted(kind.value for kind in fields.kinds)),
        "based_on": fields.based_on,
    }


def _template(row: tuple[object, ...]) -> Template:
    id_, title, intent, subject, direct, softer, kinds, based_on = row
    assert isinstance(id_, int)
    kind_values = json.loads(str(kinds))
    return Template(
        key=f"user:{id_}",
        title=str(title),
        intent=Intent(str(intent)),
        subject=str(subject),
        direct=str(direct),
        softer=str(softer) or str(direct),
        kinds=frozenset(LoopKind(value) for value in kind_values),
        user_id=id_,
        based_on=None if based_on is None else str(based_on),
    )
