"""The loop list: a table model over frozen Loop rows, fetched from SQL in batches.

Filtering and ordering happen in the query (LoopQuery, urgency order), never in
a proxy model: at 30,000 loops a Python QSortFilterProxyModel takes a quarter
of a second per keystroke, the SQL query a few milliseconds.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ghostless.core.models import Loop, LoopStatus, Turn
from ghostless.core.timeparse import describe_wait
from ghostless.services.ledger import Ledger
from ghostless.store.loops import LoopQuery
from ghostless.ui.icons import TURN_COLOURS, status_turn, turn_icon
from ghostless.ui.local_time import short_local

#: Rows per trip to the database; a screenful and then some.
BATCH_SIZE = 200
#: The Loop dataclass behind a row, for views and actions.
LOOP_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class LoopColumn(IntEnum):
    CONTACT = 0
    ORGANISATION = 1
    KIND = 2
    SUBJECT = 3
    TURN = 4
    WAITING = 5


_HEADERS = {
    LoopColumn.CONTACT: "Contact",
    LoopColumn.ORGANISATION: "Organisation",
    LoopColumn.KIND: "Kind",
    LoopColumn.SUBJECT: "Subject",
    LoopColumn.TURN: "Whose turn",
    LoopColumn.WAITING: "Waiting",
}


def turn_text(loop: Loop) -> str:
    """Whose turn ("My turn", "Their turn"), or how a finished loop ended, in a few words."""
    if loop.status is LoopStatus.OPEN:
        return loop.turn.label
    if loop.status is LoopStatus.ARCHIVED:
        return "Archived"
    return loop.outcome.label if loop.outcome else "Closed"


def status_sentence(loop: Loop) -> str:
    """The status for the detail pane: "Open", "Closed: Declined", "Archived"."""
    if loop.status is LoopStatus.OPEN:
        return "Open"
    if loop.outcome is None:
        return loop.status.value.capitalize()
    return f"{loop.status.value.capitalize()}: {loop.outcome.label}"


class LoopTableModel(QAbstractTableModel):
    """Loops matching a query, most urgent first, loaded ``BATCH_SIZE`` rows at a time."""

    def __init__(self, ledger: Ledger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._query = LoopQuery()
        self._rows: list[Loop] = []
        self._exhausted = True
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading -------------------------------------------------------------
    @property
    def query(self) -> LoopQuery:
        return self._query

    def set_query(self, query: LoopQuery) -> None:
        """Show the loops ``query`` finds, starting again from the first batch."""
        self._query = query
        self._reload(BATCH_SIZE)

    def refresh(self) -> None:
        """Read the rows again after a change, keeping as many loaded as before."""
        self._reload(max(BATCH_SIZE, len(self._rows)))

    def _reload(self, limit: int) -> None:
        self.beginResetModel()
        self._rows = self._ledger.list_loops(self._query, limit=limit)
        self._exhausted = len(self._rows) < limit
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's default
        if parent.isValid() or self._exhausted:
            return
        batch = self._ledger.list_loops(self._query, limit=BATCH_SIZE, offset=len(self._rows))
        self._exhausted = len(batch) < BATCH_SIZE
        if not batch:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    # -- lookups -------------------------------------------------------------
    def loop_at(self, row: int) -> Loop | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, loop_id: int) -> int | None:
        """The row showing ``loop_id`` among those loaded, or None."""
        for row, loop in enumerate(self._rows):
            if loop.id == loop_id:
                return row
        return None

    # -- Qt model ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(LoopColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(LoopColumn)
        ):
            return _HEADERS[LoopColumn(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        loop = self.loop_at(index.row()) if index.isValid() else None
        if loop is None or not 0 <= index.column() < len(LoopColumn):
            return None
        column = LoopColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(loop, column)
        if role == LOOP_ROLE:
            return loop
        turn = status_turn(loop.status, loop.turn)
        if role == Qt.ItemDataRole.DecorationRole and column is LoopColumn.TURN:
            return turn_icon(turn)
        # Finished loops are greyed out whole; open ones colour their turn and wait.
        if role == Qt.ItemDataRole.ForegroundRole and (
            turn is Turn.NOBODY or column in (LoopColumn.TURN, LoopColumn.WAITING)
        ):
            return TURN_COLOURS[turn]
        # Like unread mail: the loops that wait on me stand out in bold.
        if role == Qt.ItemDataRole.FontRole and turn is Turn.MINE:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(loop, column)
        return None

    def _display(self, loop: Loop, column: LoopColumn) -> str:
        if column is LoopColumn.CONTACT:
            return loop.contact_name
        if column is LoopColumn.ORGANISATION:
            return loop.contact_org
        if column is LoopColumn.KIND:
            return loop.kind.label
        if column is LoopColumn.SUBJECT:
            return loop.subject
        if column is LoopColumn.TURN:
            return turn_text(loop)
        waited = self._ledger.waited_seconds(loop) if loop.is_open else None
        return describe_wait(waited) if waited is not None else ""

    def _tooltip(self, loop: Loop, column: LoopColumn) -> str | None:
        zone = self._ledger.zone
        if column is LoopColumn.WAITING and loop.is_open and loop.turn_since:
            whose = "on me" if loop.turn is Turn.MINE else "on them"
            return f"Waiting {whose} since {short_local(loop.turn_since, zone)}"
        if column is LoopColumn.TURN and loop.closed_at:
            return f"{status_sentence(loop)}, {short_local(loop.closed_at, zone)}"
        if column is LoopColumn.SUBJECT:
            return loop.subject
        return None
