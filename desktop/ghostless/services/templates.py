"""The user's own message templates, and the built-in ones, as the wizard offers them.

The window reaches the templates through here (never the store), and every
write is dated by the ledger's clock.
"""

from __future__ import annotations

from ghostless.core.templates import Template, TemplateFields, builtins
from ghostless.services.ledger import Ledger, store_of
from ghostless.store.templates import TemplateRepository


class TemplateService:
    """Create, edit, duplicate and delete the user's templates."""

    def __init__(self, ledger: Ledger) -> None:
        self._repo = TemplateRepository(store_of(ledger))
        self._clock = ledger.clock

    def all(self) -> list[Template]:
        """The user's templates, then the built-in ones."""
        return [*self._repo.all(), *builtins()]

    def mine(self) -> list[Template]:
        return self._repo.all()

    def get(self, template_id: int) -> Template:
        return self._repo.get(template_id)

    def create(self, fields: TemplateFields) -> int:
        return self._repo.create(fields, at=self._clock.now())

    def update(self, template_id: int, fields: TemplateFields) -> None:
        self._repo.update(template_id, fields, at=self._clock.now())

    def duplicate(self, key: str) -> int:
        return self._repo.duplicate(key, at=self._clock.now())

    def delete(self, template_id: int) -> None:
        self._repo.delete(template_id)
