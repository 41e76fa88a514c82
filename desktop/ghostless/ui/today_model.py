"""The Today list: what is owed now, most urgent first, then what is coming or snoozed.

Rows are :class:`~ghostless.services.reminders.Owed` entries from the service's
agenda, in its order; entries that are owed now (open, due, overdue and not
snoozed) come first, then the later ones (upcoming, or snoozed until a later
time), greyed. Every cell text is worked out once when the rows are set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QIcon

from ghostless.core.planner import Status
from ghostless.core.wording import REPAIR_WORDS, STATUS_LABELS, due_words, when_text
from ghostless.services.reminders import Owed, is_owed_now
from ghostless.ui.icons import STATUS_COLOURS, status_icon
from ghostless.ui.local_time import short_local
from ghostless.ui.table_model import FlatTableModel, Index

#: The Owed entry behind a row.
OWED_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = Index


class TodayColumn(IntEnum):
    STATUS = 0
    CONTACT = 1
    OWED = 2
    WHEN = 3


_HEADERS = {
    TodayColumn.STATUS: "Status",
    TodayColumn.CONTACT: "Who",
    TodayColumn.OWED: "What is owed",
    TodayColumn.WHEN: "By when",
}


@dataclass(frozen=True, slots=True)
class _Row:
    owed: Owed
    texts: tuple[str, str, str, str]
    tooltip: str
    now: bool


class TodayModel(FlatTableModel):
    """Owed entries: first those owed now (``now_count`` of them), then the later ones."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(tuple(_HEADERS[column] for column in TodayColumn), parent)
        self._rows: list[_Row] = []
        self.now_count = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self._icons: dict[Status, QIcon] = {status: status_icon(status) for status in Status}
        self._later_colour = QColor(STATUS_COLOURS[Status.UPCOMING])

    def set_entries(self, entries: Sequence[Owed], now: datetime, zone: tzinfo) -> None:
        """Show ``entries`` (the agenda's order) as they stand at ``now``, in ``zone``."""
        now_rows = [self._row(owed, now, zone) for owed in entries if is_owed_now(owed)]
        later_rows = [self._row(owed, now, zone) for owed in entries if not is_owed_now(owed)]
        self.beginResetModel()
        self._rows = now_rows + later_rows
        self.now_count = len(now_rows)
        self.endResetModel()

    @staticmethod
    def _row(owed: Owed, now: datetime, zone: tzinfo) -> _Row:
        window, loop = owed.window, owed.loop
        status = STATUS_LABELS[owed.status]
        if owed.snoozed_until is not None:
            status = f"Snoozed ({status.lower()})"
            when = f"snoozed until {when_text(owed.snoozed_until, now, zone)}"
        else:
            when = due_words(window, owed.status, now, zone)
        who = f"{loop.contact_name} ({loop.contact_org})" if loop.contact_org else loop.contact_name
        tooltip = (
            f"{loop.subject}\nopens {short_local(window.opens_at, zone)}"
            f"\ndue {short_local(window.due_at, zone)}"
            f"\noverdue {short_local(window.overdue_at, zone)}"
        )
        if owed.repair is not None:
            when = f"{when} · {REPAIR_WORDS[owed.repair]}"
            tooltip += f"\n{owed.repair.advice}"
        return _Row(owed, (status, who, window.label, when), tooltip, is_owed_now(owed))

    # -- lookups -------------------------------------------------------------
    def owed_at(self, row: int) -> Owed | None:
        return self._rows[row].owed if 0 <= row < len(self._rows) else None

    def entries(self) -> list[Owed]:
        return [row.owed for row in self._rows]

    def now_loop_ids(self) -> list[int]:
        """The loops owed something now, in order (a loop may have several rows)."""
        ids: list[int] = []
        for row in self._rows[: self.now_count]:
            if row.owed.loop.id not in ids:
                ids.append(row.owed.loop.id)
        return ids

    def row_of(self, loop_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.owed.loop.id == loop_id:
                return number
        return None

    # -- Qt model ------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = index.row(), index.column()
        if not (index.isValid() and 0 <= row < len(self._rows) and 0 <= column < len(TodayColumn)):
            return None
        shown = self._rows[row]
        status = shown.owed.status
        if role == Qt.ItemDataRole.DisplayRole:
            return shown.texts[column]
        if role == OWED_ROLE:
            return shown.owed
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[status] if column == TodayColumn.STATUS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not shown.now:
                return self._later_colour
            if column in (TodayColumn.STATUS, TodayColumn.WHEN):
                return STATUS_COLOURS[status]
            return None
        if role == Qt.ItemDataRole.FontRole:
            overdue = status is Status.OVERDUE and column == TodayColumn.WHEN
            return self._bold if shown.now and (column == TodayColumn.CONTACT or overdue) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown.tooltip
        return None
