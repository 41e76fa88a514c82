"""One undo history for the window and the command line.

Each user action (close, reopen, archive, delete, snooze, log, edit, an event
edited or deleted, a contact edited, merged or deleted) runs as one *step*:
the rows it may touch are captured before and after it, in its transaction,
and kept in the store (see :mod:`ghostless.store.undo` for why row images).
Because the history lives in the store, ``ghostless undo`` takes back what the
window did and the other way round. Steps nest: an action made of others
(closing politely logs the message, closes the loop and mutes the contact) is
one step, undone at once.

Undo refuses, and changes nothing, when a row the step left has changed since
by a write the history does not know (an import, say): putting the old rows
back would silently drop that later change.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import tzinfo

from ghostless.core.clock import Clock
from ghostless.core.errors import InputError
from ghostless.core.timeparse import to_utc_text
from ghostless.store import windows as follow_ups
from ghostless.store.asks import refresh_asks
from ghostless.store.database import Store
from ghostless.store.undo import (
    Images,
    Scope,
    StoredStep,
    UndoSteps,
    capture,
    checked_part,
    restore,
    rowid_of,
)

#: How many steps the history keeps (the oldest go first).
KEEP_STEPS = 100


@dataclass(frozen=True, slots=True)
class UndoResult:
    """What an undo or a redo did: the step's words and the loops it changed."""

    label: str
    loop_ids: frozenset[int]
    undone: bool  # True: taken back; False: done again


@dataclass
class _OpenStep:
    label: str
    scope: Scope
    before: Images
    created_loops: set[int] = field(default_factory=set)
    created_contacts: set[int] = field(default_factory=set)


class UndoHistory:
    """The undo and redo stack of one store."""

    def __init__(self, store: Store, clock: Clock, zone: tzinfo) -> None:
        self._store = store
        self._clock = clock
        self._zone = zone
        self._steps = UndoSteps(store.conn)
        self._open: _OpenStep | None = None
        self._paused = 0

    # -- recording ---------------------------------------------------------------
    @contextmanager
    def step(
        self, label: str, *, loops: Iterable[int] = (), contacts: Iterable[int] = ()
    ) -> Iterator[None]:
        """Run the body as one undoable step touching these loops and contacts."""
        scope = Scope(frozenset(loops), frozenset(contacts))
        if self._paused:
            with self._store.transaction():
                yield
            return
        if self._open is not None:
            self._widen(scope)
            with self._store.transaction():
                yield
            return
        with self._store.transaction():
            opened = _OpenStep(label, scope, capture(self._store.conn, scope))
            self._open = opened
            try:
                yield
            finally:
                self._open = None
            created = Scope(frozenset(opened.created_loops), frozenset(opened.created_contacts))
            whole = opened.scope | created
            after = capture(self._store.conn, whole, [opened.before])
            if after != opened.before:
                at = to_utc_text(self._clock.now())
                self._steps.add(label, at, whole, opened.before, after, KEEP_STEPS)

    def created_loop(self, loop_id: int) -> None:
        """A loop added inside the open step: undo removes it."""
        if self._open is not None:
            self._open.created_loops.add(loop_id)

    def created_contact(self, contact_id: int) -> None:
        """A contact added inside the open step: undo removes it."""
        if self._open is not None:
            self._open.created_contacts.add(contact_id)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Writes that are not the user's own steps (loading the examples)."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def _widen(self, scope: Scope) -> None:
        """A nested step names rows the open step did not: keep how they are now.

        They are as the open step found them unless it created them, so every
        loop or contact a step adds is registered (:meth:`created_loop`,
        :meth:`created_contact`) and left out here: undo then removes it.
        """
        opened = self._open
        assert opened is not None
        # Rows created inside this step had no "before": they stay out of it.
        extra = Scope(
            scope.loops - opened.scope.loops - opened.created_loops,
            scope.contacts - opened.scope.contacts - opened.created_contacts,
        )
        if not extra.loops and not extra.contacts:
            return
        more = capture(self._store.conn, extra)
        for table, image in more.items():
            mine = opened.before.setdefault(table, {"columns": image["columns"], "rows": []})
            have = {rowid_of(row) for row in mine["rows"]}
            mine["rows"] = mine["rows"] + [r for r in image["rows"] if rowid_of(r) not in have]
        opened.scope = opened.scope | extra

    # -- taking back -------------------------------------------------------------
    def undo_label(self) -> str | None:
        """What Undo would take back (None: nothing)."""
        return self._steps.label_of_last_done()

    def redo_label(self) -> str | None:
        """What Redo would do again (None: nothing)."""
        return self._steps.label_of_first_undone()

    def undo(self) -> UndoResult:
        with self._store.transaction():
            step = self._steps.last_done()
            if step is None:
                raise InputError("undo: there is nothing to undo", field="undo")
            loops = self._apply(step, step.before, step.after, "undo")
            self._steps.mark(step.id, undone=True)
        return UndoResult(step.label, loops, undone=True)

    def redo(self) -> UndoResult:
        with self._store.transaction():
            step = self._steps.first_undone()
            if step is None:
                raise InputError("redo: there is nothing to redo", field="redo")
            loops = self._apply(step, step.after, step.before, "redo")
            self._steps.mark(step.id, undone=False)
        return UndoResult(step.label, loops, undone=False)

    def _apply(
        self, step: StoredStep, target: Images, expected: Images, verb: str
    ) -> frozenset[int]:
        conn = self._store.conn
        now = capture(conn, step.scope, [step.before, step.after])
        if checked_part(now) != checked_part(expected):
            raise InputError(
                f"{verb}: “{step.label}” cannot be taken back: what it changed has been "
                "changed since",
                field=verb,
            )
        changed = restore(conn, target, now)
        # Derived rows are not kept in the step: worked out again from the rows put back.
        refresh_asks(conn, changed)
        follow_ups.loops_changed(self._store, changed)
        return frozenset(changed)
