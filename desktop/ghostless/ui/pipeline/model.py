"""One column of the board: its cards, dragged out as loop ids and dropped in as moves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, Qt

from ghostless.core.models import Turn
from ghostless.core.pipeline import Stage
from ghostless.core.wording import next_text
from ghostless.services.pipeline import Card
from ghostless.ui.common.table_model import FlatTableModel, Index

#: The drag's payload: a loop id as ASCII digits.
LOOP_MIME = "application/x-ghostless-loop-id"
#: The loop id of a card, for views and tests.
LOOP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def card_text(card: Card, now: datetime, zone: tzinfo) -> str:
    """Two lines: the organisation and role (and how many loops are about it), then
    what is owed and by when (or who waits)."""
    loop = card.loop
    who = card.org or loop.contact_org or loop.contact_name
    role = card.role or loop.subject
    count = f" ({len(card.loop_ids)} loops)" if len(card.loop_ids) > 1 else ""
    if card.owed is not None:
        owed = next_text(card.owed.window, card.owed.status, now, zone)
    elif card.stage is Stage.CLOSED:
        owed = loop.outcome.label if loop.outcome else loop.status.value.capitalize()
    elif loop.turn is Turn.THEIRS:
        owed = "nothing owed: waiting on them"
    else:
        owed = "nothing owed now"
    return f"{who} – {role}{count}\n{owed}"


class StageColumnModel(FlatTableModel):
    """The cards of one stage. Dropping a card here asks ``on_drop`` to move it."""

    def __init__(
        self,
        stage: Stage,
        on_drop: Callable[[int, Stage], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__((stage.label,), parent)
        self.stage = stage
        self._on_drop = on_drop
        self._rows: list[Card] = []
        self._texts: list[str] = []

    def set_cards(self, cards: Sequence[Card], now: datetime, zone: tzinfo) -> None:
        self.beginResetModel()
        self._rows = list(cards)
        self._texts = [card_text(card, now, zone) for card in cards]
        self.endResetModel()

    def card(self, row: int) -> Card | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            card = self._rows[index.row()]
            loops = ", ".join(str(i) for i in card.loop_ids) or str(card.loop.id)
            return f"Loops {loops}; a move moves loop {card.loop.id}\n{self._texts[index.row()]}"
        if role == LOOP_ID_ROLE:
            return self._rows[index.row()].loop.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [LOOP_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid() and 0 <= i.row() < len(self._rows)]
        if rows:
            data.setData(LOOP_MIME, QByteArray(str(self._rows[rows[0]].loop.id).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(LOOP_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(LOOP_MIME):
            return False
        text = bytes(data.data(LOOP_MIME).data()).decode()
        if not text.isdigit():
            return False
        loop_id = int(text)
        if any(card.loop.id == loop_id for card in self._rows):
            return False  # dropped back where it was
        self._on_drop(loop_id, self.stage)
        # The board is read again after the move; Qt must not remove the dragged row
        # itself, so the drop reports that nothing was moved by the model.
        return False
