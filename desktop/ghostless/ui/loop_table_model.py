"""The loop list: a table model over frozen Loop rows, fetched from SQL in batches.

Filtering and ordering happen in the query (LoopQuery, urgency order), never in
a proxy model: at 30,000 loops a Python QSortFilterProxyModel takes a quarter
of a second per keystroke, the SQL query a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

from ghostless.core.models import Loop, LoopStatus, Turn
from ghostless.core.planner import Status
from ghostless.core.queries import LoopQuery
from ghostless.core.timeparse import describe_wait
from ghostless.core.wording import STATUS_LABELS, next_text
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import Owed
from ghostless.ui.icons import STATUS_COLOURS, TURN_COLOURS, status_icon, status_turn, turn_icon
from ghostless.ui.local_time import short_local
from ghostless.ui.table_model import FlatTableModel, Index

#: Rows read when the query changes: about one screenful, so a keystroke stays cheap.
FIRST_BATCH = 50
#: Rows per later trip to the database, as the user scrolls.
BATCH_SIZE = 200
#: The Loop dataclass behind a row, for views and actions.
LOOP_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = Index
#: The most urgent window of each of the given loops at an instant (one batch per call).
NextWindows = Callable[[Collection[int], datetime], Mapping[int, Owed]]


class LoopColumn(IntEnum):
    CONTACT = 0
    ORGANISATION = 1
    KIND = 2
    SUBJECT = 3
    TURN = 4
    WAITING = 5
    NEXT = 6


_HEADERS = {
    LoopColumn.CONTACT: "Contact",
    LoopColumn.ORGANISATION: "Organisation",
    LoopColumn.KIND: "Kind",
    LoopColumn.SUBJECT: "Subject",
    LoopColumn.TURN: "Whose turn",
    LoopColumn.WAITING: "Waiting",
    LoopColumn.NEXT: "Next",
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


@dataclass(frozen=True, slots=True)
class _Row:
    """A loop with what its cells show, worked out once when the row is read."""

    loop: Loop
    texts: tuple[str, ...]
    turn: Turn
    next: Owed | None = None


_TURN_COLUMN = int(LoopColumn.TURN)
_WAITING_COLUMN = int(LoopColumn.WAITING)
_NEXT_COLUMN = int(LoopColumn.NEXT)
_COLUMNS = len(LoopColumn)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class LoopTableModel(FlatTableModel):
    """Loops matching a query, most urgent first: ``FIRST_BATCH`` rows, then ``BATCH_SIZE`` more.

    Each row's cell texts and turn are computed once when it is read, so
    ``data()``, called hundreds of times per repaint, only looks them up.
    """

    def __init__(
        self,
        ledger: Ledger,
        parent: QObject | None = None,
        next_windows: NextWindows | None = None,
    ) -> None:
        super().__init__(tuple(_HEADERS[column] for column in LoopColumn), parent)
        self._ledger = ledger
        self._next_windows = next_windows
        self._status_icons: dict[Status, QIcon] = {s: status_icon(s) for s in Status}
        self._query = LoopQuery()
        self._rows: list[_Row] = []
        self._exhausted = True
        self._bold = QFont()
        self._bold.setBold(True)
        self._icons: dict[Turn, QIcon] = {turn: turn_icon(turn) for turn in Turn}
        self._colours: dict[Turn, QColor] = dict(TURN_COLOURS)

    # -- loading -------------------------------------------------------------
    @property
    def query(self) -> LoopQuery:
        return self._query

    def set_query(self, query: LoopQuery) -> None:
        """Show the loops ``query`` finds, starting again from the first batch."""
        self._query = query
        self._reload(FIRST_BATCH)

    def refresh(self) -> None:
        """Read the rows again after a change, keeping as many loaded as before."""
        self._reload(max(FIRST_BATCH, len(self._rows)))

    def _reload(self, limit: int) -> None:
        loops = self._ledger.list_loops(self._query, limit=limit)
        rows = self._rows_of(loops)
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < limit
        self.endResetModel()

    def _rows_of(self, loops: list[Loop]) -> list[_Row]:
        waited_seconds = self._ledger.waited_seconds
        now, zone = self._ledger.clock.now(), self._ledger.zone
        open_ids = [loop.id for loop in loops if loop.is_open]
        upcoming: Mapping[int, Owed] = (
            self._next_windows(open_ids, now) if self._next_windows and open_ids else {}
        )
        rows = []
        for loop in loops:
            waited = waited_seconds(loop) if loop.is_open else None
            owed = upcoming.get(loop.id)
            texts = (
                loop.contact_name,
                loop.contact_org,
                loop.kind.label,
                loop.subject,
                turn_text(loop),
                describe_wait(waited) if waited is not None else "",
                next_text(owed.window, owed.status, now, zone) if owed else "",
            )
            rows.append(_Row(loop, texts, status_turn(loop.status, loop.turn), owed))
        return rows

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's default
        if parent.isValid() or self._exhausted:
            return
        loops = self._ledger.list_loops(self._query, limit=BATCH_SIZE, offset=len(self._rows))
        self._exhausted = len(loops) < BATCH_SIZE
        if not loops:
            return
        batch = self._rows_of(loops)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    # -- lookups -------------------------------------------------------------
    def next_of(self, row: int) -> Owed | None:
        """The agenda's first line for the loop in ``row`` (what its Next cell shows)."""
        return self._rows[row].next if 0 <= row < len(self._rows) else None

    def loop_at(self, row: int) -> Loop | None:
        return self._rows[row].loop if 0 <= row < len(self._rows) else None

    def row_of(self, loop_id: int) -> int | None:
        """The row showing ``loop_id`` among those loaded, or None."""
        for row, shown in enumerate(self._rows):
            if shown.loop.id == loop_id:
                return row
        return None

    # -- Qt model ------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = index.row(), index.column()
        if not (index.isValid() and 0 <= row < len(self._rows) and 0 <= column < _COLUMNS):
            return None
        shown = self._rows[row]
        if role == _DISPLAY:
            return shown.texts[column]
        if role == LOOP_ROLE:
            return shown.loop
        turn = shown.turn
        if column == _NEXT_COLUMN and shown.next is not None and role != _TOOLTIP:
            return self._next_data(shown.next, role)
        if role == _DECORATION:
            return self._icons[turn] if column == _TURN_COLUMN else None
        # Finished loops are greyed out whole; open ones colour their turn and wait.
        if role == _FOREGROUND:
            if turn is Turn.NOBODY or column in (_TURN_COLUMN, _WAITING_COLUMN):
                return self._colours[turn]
            return None
        # Like unread mail: the loops that wait on me stand out in bold.
        if role == _FONT:
            return self._bold if turn is Turn.MINE else None
        if role == _TOOLTIP:
            return self._tooltip(shown.loop, LoopColumn(column), shown.next)
        return None

    def _next_data(self, owed: Owed, role: int) -> object:
        if role == _DECORATION:
            return self._status_icons[owed.status]
        if role == _FOREGROUND:
            return STATUS_COLOURS[owed.status]
        if role == _FONT:
            return self._bold if owed.status is Status.OVERDUE else None
        return None

    def _tooltip(self, loop: Loop, column: LoopColumn, owed: Owed | None = None) -> str | None:
        zone = self._ledger.zone
        if column is LoopColumn.NEXT and owed is not None:
            window = owed.window
            return (
                f"{STATUS_LABELS[owed.status]}: {window.label}\n"
                f"opens {short_local(window.opens_at, zone)}\n"
                f"due {short_local(window.due_at, zone)}\n"
                f"overdue {short_local(window.overdue_at, zone)}"
            )
        if column is LoopColumn.WAITING and loop.is_open and loop.turn_since:
            whose = "on me" if loop.turn is Turn.MINE else "on them"
            return f"Waiting {whose} since {short_local(loop.turn_since, zone)}"
        if column is LoopColumn.TURN and loop.closed_at:
            return f"{status_sentence(loop)}, {short_local(loop.closed_at, zone)}"
        if column is LoopColumn.SUBJECT:
            return loop.subject
        return None
