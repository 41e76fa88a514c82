"""Noticing what other processes wrote (the command line, a cron ``remind``, a sync tool).

While a window is visible, the data folder, the database and its write-ahead
log are watched (``QFileSystemWatcher``: inotify, FSEvents, ReadDirectoryChanges),
so nothing runs until a file changes: an open window that nobody writes to
never wakes up. A change (the window's own writes included) is then checked
with :class:`~ghostless.services.changes.StoreChanges` (``PRAGMA data_version``,
no table read), which tells only what other connections committed. Where files
cannot be watched (some network folders), a timer asks four times a second
instead. A hidden app keeps its idle wake-up budget either way: the scheduler's
own periodic look refreshes the tray then.

What changed is read from the store's change log (m015) from the last number
seen: the cost follows the size of the change, not of the store, so the first
look is taken when the window is built.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ghostless.services.changes import CONTACTS, HISTORY, LOOPS, REMINDERS, StoreChanges
from ghostless.services.ledger import Ledger

__all__ = ["CONTACTS", "HISTORY", "LOOPS", "POLL_MS", "REMINDERS", "ExternalWrites"]

#: How often the counter is read when the files cannot be watched.
POLL_MS = 250
#: A commit touches the log several times; they are checked once, this long after the first.
SETTLE_MS = 30


class ExternalWrites(QObject):
    """Tells which parts of the store other processes changed, while it is running.

    Signals:
        changed(object): a frozenset of the parts that changed (:data:`LOOPS`,
            :data:`CONTACTS`, :data:`REMINDERS`, :data:`HISTORY`).

    Attributes:
        watcher: the file watcher (None while stopped).
        timer: the polling timer, used only where the files cannot be watched.
    """

    changed = Signal(object)

    def __init__(self, ledger: Ledger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes = StoreChanges(ledger)
        self.watcher: QFileSystemWatcher | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        #: True while changes are to be left for :meth:`absorb`: the recompute's own
        #: commit is another process's, told before its worker is done otherwise.
        self.deferred: Callable[[], bool] = lambda: False

    @property
    def running(self) -> bool:
        return self.watcher is not None or self.timer.isActive()

    def start(self) -> None:
        """Watch (a window became visible); what changed while hidden is told at once."""
        if self.running:
            return
        watcher = QFileSystemWatcher(self)
        folder = self._changes.files()[0]
        if watcher.addPath(str(folder)):
            self.watcher = watcher
            watcher.directoryChanged.connect(self._on_folder_changed)
            watcher.fileChanged.connect(self._on_file_changed)
            self._watch_files()
        else:  # cannot be watched here: look on a timer instead
            watcher.deleteLater()
            self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self._settle.stop()
        if self.watcher is not None:
            self.watcher.deleteLater()
            self.watcher = None

    def check(self) -> frozenset[str]:
        """Which parts changed since the last look (emitted when any did).

        Nothing is looked at while :attr:`deferred` says so (a full recompute runs,
        and its owner takes in what changed with :meth:`absorb` once it is done).
        """
        if self.deferred():
            return frozenset()
        parts = self._changes.check()
        if parts:
            self.changed.emit(parts)
        return parts

    def absorb(self) -> frozenset[str]:
        """Take in what changed since the last look without telling it: for an owner
        about to re-read those parts anyway (a full recompute's rows, just written on
        a connection of its own). Returns the parts, so it can tell the rest itself."""
        return self._changes.check()

    def _watch_files(self) -> None:
        """Watch the database and its log if they are there (the log comes and goes)."""
        if self.watcher is None:
            return
        watched = set(self.watcher.files())
        for path in self._changes.files()[1:]:
            if str(path) not in watched and path.exists():
                self.watcher.addPath(str(path))

    def _on_folder_changed(self, _folder: str) -> None:
        self._watch_files()
        self._on_file_changed("")

    def _on_file_changed(self, _path: str) -> None:
        self._watch_files()  # a file replaced or removed stops being watched
        if not self._settle.isActive():
            self._settle.start()
