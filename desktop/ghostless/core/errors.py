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
    """The database file is damaged or is not a Ghostless database.

    Attributes:
        kind: a word for file names and checks: "empty", "damaged" or "not-ghostless".
    """

    def __init__(self, message: str, *, kind: str = "damaged") -> None:
        super().__init__(message)
        self.kind = kind


class StoreDamaged(StoreCorrupt):
    """The data folder's database exists but cannot be opened, with what the user can do.

    The message lists the backups (newest first, with their dates and sizes)
    and the two ways out: restore one, or start afresh with the file kept aside.

    Attributes:
        path: the database file, left untouched.
        problem: what is wrong with it, in one line.
        backups: what :func:`ghostless.services.backup.list_backups` found.
    """

    def __init__(
        self, message: str, *, path: object, problem: str, kind: str, backups: tuple[object, ...]
    ) -> None:
        super().__init__(message, kind=kind)
        self.path = path
        self.problem = problem
        self.backups = backups


class StoreTooNew(StoreError):
    """The database was written by a newer Ghostless than this one."""


class StoreLocked(StoreError):
    """Another program holds the database and did not let go in time."""
