"""Noticing what other processes wrote (the command line, a cron ``remind``, a sync tool).

A timer asks :class:`~ghostless.services.changes.StoreChanges` four times a
second whether another connection committed (``PRAGMA data_version``, no
table read), and only while a window is visible: a hidden app keeps its idle
wake-up budget, and the scheduler's own periodic look refreshes the tray then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ghostless.services.changes import CONTACTS, HISTORY, LOOPS, REMINDERS, StoreChanges
from ghostless.services.ledger import Ledger

__all__ = ["CONTACTS", "HISTORY", "LOOPS", "POLL_MS", "REMINDERS", "ExternalWrites"]

#: How often the counter is read while a window is visible: well inside a second.
POLL_MS = 250


class ExternalWrites(QObject):
    """Tells which parts of the store other processes changed, while it is running.

    Signals:
        changed(object): a frozenset of the parts that changed (:data:`LOOPS`,
            :data:`CONTACTS`, :data:`REMINDERS`).
    """

    changed = Signal(object)

    def __init__(self, ledger: Ledger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes = StoreChanges(ledger)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start(self) -> None:
        """Watch (a window became visible); what changed while hidden is told at once."""
        if not self.timer.isActive():
            self.timer.start()
            self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> frozenset[str]:
        """Which parts changed since the last look (emitted when any did)."""
        parts = self._changes.check()
        if parts:
            self.changed.emit(parts)
        return parts
