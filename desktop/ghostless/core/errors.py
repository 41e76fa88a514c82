"""Errors the user can act on, split from bugs (after qutebrowser's misc/sql.py).

Every error here carries a message written for the person using Ghostless: it
says what went wrong and where (which field, file or line), never a traceback.
"""

from __future__ import annotations


class GhostlessError(Exception):
    """Base of every error Ghostless reports to the user in plain words."""


class InputError(GhostlessError):
    """Something the user typed or passed is not valid; nothing was written."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(InputError):
    """An id that names nothing in the store."""


class ConfirmationRequired(GhostlessError):
    """The action would remove something the user may still need; ask first."""


class StoreError(GhostlessError):
    """The database cannot be used: not our bug, but the user must know."""


class StoreCorrupt(StoreError):
    """The database file is damaged or is not a Ghostless database."""


class StoreTooNew(StoreError):
    """The database was written by a newer Ghostless than this one."""


class StoreLocked(StoreError):
    """Another program holds the database and did not let go in time."""
