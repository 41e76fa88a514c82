"""The Today list: what is owed now, most urgent first, then what is coming or snoozed.

Rows are :class:`~ghostless.services.reminders.Owed` entries from the service's
agenda, in its order; entries that are owed now (open, due, overdue and not
snoozed) come first, then the later ones (upcoming, or snoozed until a later
time), greyed. The agenda's order puts every line owed now first, so the first
``now_count`` rows are those. Rows are read a page at a time and a cell's text
is worked out the first time a view asks for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette

from ghostless.core.agenda import AgendaCounts, agenda_counts
from ghostless.core.planner import Status
from ghostless.core.wording import REPAIR_WORDS, STATUS_LABELS, due_words, when_text
from ghostless.services.reminders import Owed
from ghostless.ui.common.icons import STATUS_COLOURS, status_icon
from ghostless.ui.common.local_time import short_local
from ghostless.ui.common.paged_model import PagedTableModel
from ghostless.ui.common.table_model import Index
from ghostless.ui.common.theme import follow_palette
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

#: The Owed entry behind a row.
OWED_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = Index


class TodayColumn(IntEnum):
    STATUS = 0
    CONTACT = 1
    OWED = 2
    WHEN = 3
    #: The loop's subject: one person's loops told apart (shown next to "Who").
    SUBJECT = 4


_HEADERS = {
    TodayColumn.STATUS: QT_TRANSLATE_NOOP("TodayModel", "Status"),
    TodayColumn.CONTACT: QT_TRANSLATE_NOOP("TodayModel", "Who"),
    TodayColumn.OWED: QT_TRANSLATE_NOOP("TodayModel", "What is owed"),
    TodayColumn.WHEN: QT_TRANSLATE_NOOP("TodayModel", "By when"),
    TodayColumn.SUBJECT: QT_TRANSLATE_NOOP("TodayModel", "About"),
}


#: Reads ``limit`` agenda lines from ``offset``, as they stand at the model's instant.
PageReader = Callable[[int, int], Sequence[Owed]]


class _Row:
    """One line: its entry, and its cell texts once a view has asked for them."""

    __slots__ = ("owed", "texts")

    def __init__(self, owed: Owed) -> None:
        self.owed = owed
        self.texts: tuple[str, str, str, str, str] | None = None


class TodayModel(PagedTableModel[_Row]):
    """Owed entries: first those owed now (``now_count`` of them), then the later ones.

    The agenda can hold tens of thousands of lines; the model knows them by their
    counts and reads the page of lines a view paints (:class:`PagedTableModel`),
    and makes a cell's text or tooltip when a view first asks for it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(tuple(self.tr(_HEADERS[column]) for column in TodayColumn), parent)
        self._read: PageReader = lambda _offset, _limit: ()
        self.now_count = 0
        self._now = datetime.min.replace(tzinfo=UTC)  # set with the first rows
        self._zone: tzinfo = UTC
        self._bold = QFont()
        self._bold.setBold(True)
        self._icons: dict[Status, QIcon] = {status: status_icon(status) for status in Status}
        self._later_colour = QColor(STATUS_COLOURS[Status.UPCOMING])
        follow_palette(self._on_app_palette_changed)

    def _on_app_palette_changed(self, _palette: QPalette) -> None:
        self._later_colour = QColor(STATUS_COLOURS[Status.UPCOMING])  # readable on the new one

    def set_source(
        self, read: PageReader, counts: AgendaCounts, now: datetime, zone: tzinfo
    ) -> None:
        """Show the agenda ``read`` pages through, as it stands at ``now`` in ``zone``."""
        self._read, self._now, self._zone = read, now, zone
        self.now_count = counts.owed_now
        first = self.read_page(0, self.PAGE) if counts.total else []
        self.reset(counts.total, first)

    def set_entries(self, entries: Sequence[Owed], now: datetime, zone: tzinfo) -> None:
        """Show ``entries`` (the agenda's order, whole) as they stand at ``now``."""
        listed = list(entries)
        counts = agenda_counts(owed.item for owed in listed)
        self.set_source(lambda offset, limit: listed[offset : offset + limit], counts, now, zone)

    def read_page(self, offset: int, limit: int) -> list[_Row]:
        return [_Row(owed) for owed in self._read(offset, limit)]

    @property
    def now(self) -> datetime:
        """The instant the rows stand at."""
        return self._now

    def _texts(self, row: _Row) -> tuple[str, str, str, str, str]:
        if row.texts is None:
            row.texts = self._texts_of(row.owed)
        return row.texts

    def _texts_of(self, owed: Owed) -> tuple[str, str, str, str, str]:
        window, loop, now, zone = owed.window, owed.loop, self._now, self._zone
        status = STATUS_LABELS[owed.status]
        if owed.snoozed_until is not None:
            status = f"Snoozed ({status.lower()})"
            when = f"snoozed until {when_text(owed.snoozed_until, now, zone)}"
        else:
            when = due_words(window, owed.status, now, zone)
        who = f"{loop.contact_name} ({loop.contact_org})" if loop.contact_org else loop.contact_name
        if owed.repair is not None:
            when = f"{when} · {REPAIR_WORDS[owed.repair]}"
        return (status, who, window.label, when, loop.subject)

    def _tooltip(self, owed: Owed) -> str:
        window, zone = owed.window, self._zone
        # The name and subject whole: the list cuts long ones with "…".
        tooltip = (
            f"{owed.loop.contact_name}\n{owed.loop.subject}"
            f"\nopens {short_local(window.opens_at, zone)}"
            f"\ndue {short_local(window.due_at, zone)}"
            f"\noverdue {short_local(window.overdue_at, zone)}"
        )
        if owed.repair is not None:
            tooltip += f"\n{owed.repair.advice}"
        return tooltip

    # -- lookups -------------------------------------------------------------
    def owed_at(self, row: int) -> Owed | None:
        shown = self.row_at(row)
        return shown.owed if shown is not None else None

    def entries(self) -> list[Owed]:
        """Every line, read page by page (for tests and small agendas)."""
        return [owed for row in range(self.total) if (owed := self.owed_at(row)) is not None]

    def row_of(self, loop_id: int, key: str | None = None) -> int | None:
        """The first row of ``loop_id`` (its line ``key`` if given) among the pages
        in memory, or None."""
        for number, row in self.loaded_rows():
            if row.owed.loop.id == loop_id and key in (None, row.owed.window.key):
                return number
        return None

    # -- Qt model ------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = index.row(), index.column()
        if not (index.isValid() and 0 <= column < len(TodayColumn)):
            return None
        shown = self.row_at(row)
        if shown is None:
            return None
        status = shown.owed.status
        now_row = row < self.now_count
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(shown)[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # The later rows are greyed out: said in words for a screen reader.
            text = self._texts(shown)[column]
            later = not now_row and column == TodayColumn.STATUS
            return QCoreApplication.translate("TodayModel", "Later: %s") % text if later else text
        if role == OWED_ROLE:
            return shown.owed
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[status] if column == TodayColumn.STATUS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not now_row:
                return self._later_colour
            if column in (TodayColumn.STATUS, TodayColumn.WHEN):
                return STATUS_COLOURS[status]
            return None
        if role == Qt.ItemDataRole.FontRole:
            overdue = status is Status.OVERDUE and column == TodayColumn.WHEN
            return self._bold if now_row and (column == TodayColumn.CONTACT or overdue) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(shown.owed)
        return None
