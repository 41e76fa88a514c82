"""The Mail view's list: one row per suggested thread, most urgent first.

Rows are :class:`~ghostless.core.mail_suggestions.MailSuggestion` entries in
the service's order (owed first, longest waiting first). The kind the user
picks for a row is kept here until Accept, over the guessed one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from ghostless.core.mail_rules import MailTurn
from ghostless.core.mail_suggestions import MailSuggestion
from ghostless.core.models import LoopKind
from ghostless.ui.common.local_time import short_local
from ghostless.ui.common.table_model import FlatTableModel, Index
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

#: The MailSuggestion behind a row.
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class MailColumn(IntEnum):
    TURN = 0
    WHO = 1
    SUBJECT = 2
    SAID = 3
    WHEN = 4
    KIND = 5


_HEADERS = (
    QT_TRANSLATE_NOOP("SuggestionModel", "Turn"),
    QT_TRANSLATE_NOOP("SuggestionModel", "Who"),
    QT_TRANSLATE_NOOP("SuggestionModel", "Subject"),
    QT_TRANSLATE_NOOP("SuggestionModel", "Last said"),
    QT_TRANSLATE_NOOP("SuggestionModel", "When"),
    QT_TRANSLATE_NOOP("SuggestionModel", "Kind"),
)
_TURN_WORDS = {
    MailTurn.OWED: QT_TRANSLATE_NOOP("SuggestionModel", "You owe a reply"),
    MailTurn.AWAITING: QT_TRANSLATE_NOOP("SuggestionModel", "Awaiting theirs"),
}


class SuggestionModel(FlatTableModel):
    """Suggested threads, with the kind chosen for each (the guess until changed)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(tuple(self.tr(header) for header in _HEADERS), parent)
        self._rows: list[MailSuggestion] = []
        self._texts: list[tuple[str, ...]] = []
        self._kinds: dict[str, LoopKind] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_suggestions(self, items: Sequence[MailSuggestion], zone: tzinfo) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self._texts = [self._cells(item, zone) for item in self._rows]
        kept = {item.root for item in self._rows}
        self._kinds = {root: kind for root, kind in self._kinds.items() if root in kept}
        self.endResetModel()

    def _cells(self, item: MailSuggestion, zone: tzinfo) -> tuple[str, ...]:
        name = item.counterpart_name
        who = f"{name} <{item.counterpart}>" if name else item.counterpart
        when = short_local(item.at, zone) if item.at else "unknown"
        waited = f"{when} ({item.waited_days} d)" if item.waited_days else when
        return (
            self.tr(_TURN_WORDS[item.turn]),
            who,
            item.subject,
            item.message.snippet,
            waited,
            "",
        )

    def suggestion(self, row: int) -> MailSuggestion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def kind_of(self, item: MailSuggestion) -> LoopKind:
        return self._kinds.get(item.root, item.kind)

    def set_kind(self, row: int, kind: LoopKind) -> None:
        item = self.suggestion(row)
        if item is None:
            return
        self._kinds[item.root] = kind
        cell = self.index(row, MailColumn.KIND)
        self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == MailColumn.KIND:
                return self.kind_of(item).label
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.message.snippet or item.subject
        if role == Qt.ItemDataRole.FontRole and column == MailColumn.TURN:
            return self._bold if item.turn is MailTurn.OWED else None
        if role == SUGGESTION_ROLE:
            return item
        return None
