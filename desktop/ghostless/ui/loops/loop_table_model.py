"""The loop list: a table model over frozen Loop rows, fetched from SQL in batches.

Filtering and ordering happen in the query (LoopQuery, urgency order), never in
a proxy model: at 30,000 loops a Python QSortFilterProxyModel takes a quarter
of a second per keystroke, the SQL query a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPalette

from ghostless.core.models import Loop, LoopStatus, Turn
from ghostless.core.planner import Status
from ghostless.core.queries import LoopQuery
from ghostless.core.timeparse import describe_wait
from ghostless.core.wording import STATUS_LABELS, next_text, snoozed_next_text
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import Owed
from ghostless.ui.common.icons import (
    STATUS_COLOURS,
    TURN_COLOURS,
    icon,
    status_icon,
    status_turn,
    turn_icon,
)
from ghostless.ui.common.local_time import short_local
from ghostless.ui.common.paged_model import PagedTableModel
from ghostless.ui.common.table_model import Index
from ghostless.ui.common.theme import follow_palette
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

#: Rows per page: about one screenful, so a keystroke in the filter stays cheap.
FIRST_BATCH = 50
#: The Loop dataclass behind a row, for views and actions.
LOOP_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = Index


class NextWindows(Protocol):
    """The most urgent window of each of the given loops at an instant (one batch per
    call); the loops themselves, already read, are passed along."""

    def __call__(
        self, loop_ids: Collection[int], now: datetime, *, loops: Mapping[int, Loop]
    ) -> Mapping[int, Owed]: ...


class LoopColumn(IntEnum):
    CONTACT = 0
    ORGANISATION = 1
    KIND = 2
    SUBJECT = 3
    TURN = 4
    WAITING = 5
    NEXT = 6


_HEADERS = {
    LoopColumn.CONTACT: QT_TRANSLATE_NOOP("LoopTableModel", "Contact"),
    LoopColumn.ORGANISATION: QT_TRANSLATE_NOOP("LoopTableModel", "Organisation"),
    LoopColumn.KIND: QT_TRANSLATE_NOOP("LoopTableModel", "Kind"),
    LoopColumn.SUBJECT: QT_TRANSLATE_NOOP("LoopTableModel", "Subject"),
    LoopColumn.TURN: QT_TRANSLATE_NOOP("LoopTableModel", "Whose turn"),
    LoopColumn.WAITING: QT_TRANSLATE_NOOP("LoopTableModel", "Waiting"),
    LoopColumn.NEXT: QT_TRANSLATE_NOOP("LoopTableModel", "Next"),
}


def turn_text(loop: Loop) -> str:
    """Whose turn ("My turn", "Their turn"), or how a finished loop ended, in a few words."""
    if loop.status is LoopStatus.OPEN:
        return loop.turn.label
    if loop.status is LoopStatus.ARCHIVED:
        return QCoreApplication.translate("LoopTableModel", "Archived")
    return (
        loop.outcome.label
        if loop.outcome
        else QCoreApplication.translate("LoopTableModel", "Closed")
    )


def _next_cell(owed: Owed | None, now: datetime, zone: tzinfo) -> str:
    """What is owed next, or that it is snoozed and until when."""
    if owed is None:
        return ""
    if owed.snoozed_until is not None:
        return snoozed_next_text(owed.window, owed.snoozed_until, now, zone)
    return next_text(owed.window, owed.status, now, zone)


def status_sentence(loop: Loop) -> str:
    """The status for the detail pane: "Open", "Closed: Declined", "Archived"."""
    said = {
        LoopStatus.OPEN: QCoreApplication.translate("LoopTableModel", "Open"),
        LoopStatus.CLOSED: QCoreApplication.translate("LoopTableModel", "Closed"),
        LoopStatus.ARCHIVED: QCoreApplication.translate("LoopTableModel", "Archived"),
    }[loop.status]
    if loop.status is LoopStatus.OPEN or loop.outcome is None:
        return said
    return f"{said}: {loop.outcome.label}"


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
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
#: The roles :meth:`LoopTableModel.data` answers.
_ROLES = frozenset({_DISPLAY, LOOP_ROLE, _DECORATION, _FOREGROUND, _FONT, _TOOLTIP, _ACCESSIBLE})


class LoopTableModel(PagedTableModel[_Row]):
    """Loops matching a query, most urgent first, counted in SQL and read by the page.

    Pages are ``FIRST_BATCH`` rows; at most ``KEEP`` of them stay in memory.

    Each row's cell texts and turn are computed once when its page is read, so
    ``data()``, called hundreds of times per repaint, only looks them up.
    """

    PAGE = FIRST_BATCH
    KEEP = 16

    def __init__(
        self,
        ledger: Ledger,
        parent: QObject | None = None,
        next_windows: NextWindows | None = None,
    ) -> None:
        super().__init__(tuple(self.tr(_HEADERS[column]) for column in LoopColumn), parent)
        self._ledger = ledger
        self._next_windows = next_windows
        self._status_icons: dict[Status, QIcon] = {s: status_icon(s) for s in Status}
        self._snooze_icon = icon("snooze")
        self._query = LoopQuery()
        self._counted = True
        self._bold = QFont()
        self._bold.setBold(True)
        self._icons: dict[Turn, QIcon] = {turn: turn_icon(turn) for turn in Turn}
        self._colours: dict[Turn, QColor] = dict(TURN_COLOURS)
        # Made readable on the palette once, as the turn colours are: not per painted cell.
        self._status_colours: dict[Status, QColor] = dict(STATUS_COLOURS)
        follow_palette(self._on_app_palette_changed)

    def _on_app_palette_changed(self, _palette: QPalette) -> None:
        # Made readable on the new palette.
        self._colours = dict(TURN_COLOURS)
        self._status_colours = dict(STATUS_COLOURS)

    # -- loading -------------------------------------------------------------
    @property
    def query(self) -> LoopQuery:
        return self._query

    def set_query(self, query: LoopQuery) -> None:
        """Show the loops ``query`` finds: the first page now, the count when asked
        (:meth:`count_all`), so a keystroke in the filter reads one small page.

        A page that reads as the one shown (a longer word matching the same loops)
        leaves the list as it is: nothing to reset, re-select or paint again.
        """
        self._query = query
        first = self.read_page(0, self.PAGE)
        # A first page shorter than a page is the whole list: nothing to count.
        counted = len(first) < self.PAGE
        if counted == self._counted and self.total == len(first) and self.page(0) == first:
            return
        self._counted = counted
        self.reset(len(first), first)

    def refresh(self, *, counted: int | None = None) -> None:
        """Read again after a change: the first page, and the count if it was known
        (a list scrolled far down keeps its length; its other pages are read when shown).

        ``counted`` is how many loops the query finds, when the caller has just
        counted them (the window counts the open loops for its status bar after a
        write): one count then serves both.
        """
        self._load_first(count=self._counted, counted=counted)

    def _load_first(self, *, count: bool, counted: int | None = None) -> None:
        first = self.read_page(0, self.PAGE)
        # A first page shorter than a page is the whole list: nothing to count.
        self._counted = count or len(first) < self.PAGE
        if not count:
            total = len(first)
        else:
            total = self._ledger.count_loops(self._query) if counted is None else counted
        self.reset(max(total, len(first)), first)

    def count_all(self) -> int:
        """Count every match in SQL and make the list that long."""
        if not self._counted:
            self._counted = True
            self.grow(self._ledger.count_loops(self._query))
        return self.total

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default
        return not parent.isValid() and not self._counted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's default
        # Scrolled past the first page: count once; pages are then read as shown.
        if not parent.isValid():
            self.count_all()

    def read_page(self, offset: int, limit: int) -> list[_Row]:
        return self._rows_of(self._ledger.list_loops(self._query, limit=limit, offset=offset))

    def _rows_of(self, loops: list[Loop]) -> list[_Row]:
        waited_seconds = self._ledger.waited_seconds
        now, zone = self._ledger.clock.now(), self._ledger.zone
        open_loops = {loop.id: loop for loop in loops if loop.is_open}
        upcoming: Mapping[int, Owed] = (
            self._next_windows(list(open_loops), now, loops=open_loops)
            if self._next_windows and open_loops
            else {}
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
                _next_cell(owed, now, zone),
            )
            rows.append(_Row(loop, texts, status_turn(loop.status, loop.turn), owed))
        return rows

    # -- lookups -------------------------------------------------------------
    def next_of(self, row: int) -> Owed | None:
        """The agenda's first line for the loop in ``row`` (what its Next cell shows)."""
        shown = self.row_at(row)
        return shown.next if shown is not None else None

    def loop_at(self, row: int) -> Loop | None:
        shown = self.row_at(row)
        return shown.loop if shown is not None else None

    def row_of(self, loop_id: int, *, anywhere: bool = True) -> int | None:
        """The row of ``loop_id`` in the list: among the pages in memory, else (when
        ``anywhere``) where one indexed count finds it (None: the query leaves it out)."""
        for row, shown in self.loaded_rows():
            if shown.loop.id == loop_id:
                return row
        return self._ledger.loop_position(loop_id, self._query) if anywhere else None

    # -- Qt model ------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Qt asks each painted cell for a dozen roles, most answered by none: those
        # cost no lookup (about 1,000 calls per keystroke in the filter).
        if role not in _ROLES:
            return None
        row, column = index.row(), index.column()
        if not (index.isValid() and 0 <= column < _COLUMNS):
            return None
        shown = self.row_at(row)
        if shown is None:
            return None
        if role == _DISPLAY:
            return shown.texts[column]
        if role == _ACCESSIBLE:
            return self._accessible_text(shown, column)
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

    def _accessible_text(self, shown: _Row, column: int) -> str:
        """The cell as a screen reader says it: what colour and bold show, in words."""
        text = shown.texts[column]
        if column == _NEXT_COLUMN and shown.next is not None:
            return f"{STATUS_LABELS[shown.next.status]}: {text}"
        return text

    def _next_data(self, owed: Owed, role: int) -> object:
        snoozed = owed.snoozed_until is not None
        if role == _DECORATION:
            return self._snooze_icon if snoozed else self._status_icons[owed.status]
        if role == _FOREGROUND:
            colours = self._status_colours
            return colours[Status.UPCOMING] if snoozed else colours[owed.status]
        if role == _FONT:
            return self._bold if owed.status is Status.OVERDUE else None
        return None

    def _tooltip(self, loop: Loop, column: LoopColumn, owed: Owed | None = None) -> str | None:
        zone = self._ledger.zone
        if column is LoopColumn.NEXT and owed is not None:
            window = owed.window
            tip = self.tr("{status}: {action}\nopens {opens}\ndue {due}\noverdue {overdue}").format(
                status=STATUS_LABELS[owed.status],
                action=window.label,
                opens=short_local(window.opens_at, zone),
                due=short_local(window.due_at, zone),
                overdue=short_local(window.overdue_at, zone),
            )
            if owed.snoozed_until is not None:
                tip += "\n" + self.tr("snoozed until {until}").format(
                    until=short_local(owed.snoozed_until, zone)
                )
            return tip
        if column is LoopColumn.WAITING and loop.is_open and loop.turn_since:
            since = short_local(loop.turn_since, zone)
            if loop.turn is Turn.MINE:
                return self.tr("Waiting on me since {since}").format(since=since)
            return self.tr("Waiting on them since {since}").format(since=since)
        if column is LoopColumn.TURN and loop.closed_at:
            return f"{status_sentence(loop)}, {short_local(loop.closed_at, zone)}"
        if column is LoopColumn.SUBJECT:
            return loop.subject
        return None
