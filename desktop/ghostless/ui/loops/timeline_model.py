"""A loop's record as a list, newest entry first.

Newest first because the latest entry is the one that decided whose turn it
is: it is what the user needs to see without scrolling.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ghostless.core.models import Event
from ghostless.ui.common.icons import event_icon
from ghostless.ui.common.local_time import short_local

#: The Event dataclass behind a row.
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    """The events of one loop, shown as icon, label, local time and text."""

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._events: list[Event] = []

    def set_events(self, events: Sequence[Event]) -> None:
        """Show ``events`` (in any order) newest first."""
        self.beginResetModel()
        self._events = sorted(events, key=lambda event: (event.at, event.id), reverse=True)
        self.endResetModel()

    def event_at(self, row: int) -> Event | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        event = self.event_at(index.row()) if index.isValid() else None
        if event is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            heading = f"{event.kind.label} · {short_local(event.at, self._zone)}"
            return f"{heading}\n{event.text}" if event.text else heading
        if role == Qt.ItemDataRole.DecorationRole:
            return event_icon(event.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return event.text or event.kind.label
        if role == EVENT_ROLE:
            return event
        return None
