"""The Pipeline tab: a column per stage; a card moves by drag and drop, Ctrl+Right or its menu.

Every move goes through :class:`ghostless.services.pipeline.PipelineService`,
which logs the event that moves the loop; the bar under the board says what was
logged and offers Undo.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.errors import GhostlessError
from ghostless.core.pipeline import Stage
from ghostless.services.pipeline import MoveDone, PipelineService
from ghostless.services.reminders import ReminderService
from ghostless.ui.pipeline.model import LOOP_ID_ROLE, StageColumnModel


class CardListView(QListView):
    """A column's list: Ctrl+Right asks to move the selected card one stage on.

    Handled here rather than as a shortcut: a list view takes arrow keys, with or
    without modifiers, for itself before shortcuts see them.
    """

    forward_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Right
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.forward_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PipelinePage(QWidget):
    """The board. Signals:

    moved(int): a card was moved or a move undone; the loop's id.
    open_requested(int): Enter or a double click on a card.
    close_requested(int): a card was moved to Closed: close the loop with an outcome.
    failed(str): a move was refused; the reason in words.
    """

    moved = Signal(int)
    open_requested = Signal(int)
    close_requested = Signal(int)
    failed = Signal(str)

    def __init__(self, reminders: ReminderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = PipelineService(reminders)
        self.last_move: MoveDone | None = None
        self.fresh = False
        self.models: dict[Stage, StageColumnModel] = {}
        self.views: dict[Stage, CardListView] = {}
        self.headers: dict[Stage, QLabel] = {}
        board = QHBoxLayout()
        for stage in Stage:
            model = StageColumnModel(stage, self._on_card_dropped, self)
            view = CardListView()
            view.setModel(model)
            view.setAccessibleName(self.tr("{label} column").format(label=stage.label))
            view.setWordWrap(True)
            # Lay the cards out again when the column's width changes (a scroll bar
            # appearing): otherwise a card keeps a height for a wider column and
            # its last line is cut to "…".
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            view.setAlternatingRowColors(True)
            view.setSpacing(0)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setDragEnabled(True)
            view.setAcceptDrops(True)
            view.setDropIndicatorShown(True)
            view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            view.setDefaultDropAction(Qt.DropAction.MoveAction)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(partial(self._on_view_menu, stage))
            view.activated.connect(partial(self._on_view_activated, stage))
            view.forward_requested.connect(partial(self.move_selected_forward, stage))
            header = QLabel()
            header.setBuddy(view)
            column = QVBoxLayout()
            column.addWidget(header)
            column.addWidget(view, 1)
            board.addLayout(column, 1)
            self.models[stage], self.views[stage], self.headers[stage] = model, view, header
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take the last move back, with the entry it logged"))
        self.undo_button.hide()
        hint = QLabel(
            self.tr(
                "Drag a card to a later stage, or select it and press Ctrl+Right; each "
                "move logs what happened in the loop."
            )
        )
        hint.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.undo_label, 1)
        footer.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(board, 1)
        layout.addLayout(footer)
        self.undo_button.clicked.connect(self.undo_last_move)

    def reload(self) -> None:
        """Read the board again."""
        now = self.service.ledger.clock.now()
        zone = self.service.ledger.zone
        for column in self.service.board(now=now):
            self.models[column.stage].set_cards(column.cards, now, zone)
            header = self.headers[column.stage]
            header.setText(
                self.tr("<b>{label}</b> ({total})").format(
                    label=column.stage.label, total=QLocale().toString(column.total)
                )
            )
            shown = len(column.cards)
            header.setToolTip(
                self.tr("The {shown} most urgent of {total}").format(
                    shown=QLocale().toString(shown), total=QLocale().toString(column.total)
                )
                if column.total > shown
                else self.tr("All {total}").format(total=QLocale().toString(column.total))
            )
        self.fresh = True

    def ensure_fresh(self) -> None:
        if not self.fresh:
            self.reload()

    def mark_stale(self) -> None:
        self.fresh = False
        if self.isVisible():
            self.reload()

    # -- moving ----------------------------------------------------------------
    def move_card(self, loop_id: int, target: Stage) -> MoveDone | None:
        """Move a card; a move to Closed asks for the outcome through the close path."""
        if target is Stage.CLOSED:
            self.close_requested.emit(loop_id)
            return None
        try:
            done = self.service.move(loop_id, target)
        except GhostlessError as exc:
            self.failed.emit(str(exc))
            return None
        self.last_move = done
        self.undo_label.setText(
            f"Moved loop {loop_id} from {done.moved_from.label} to {done.moved_to.label} "
            "and logged it in the loop."
        )
        self.undo_button.show()
        self._changed(loop_id)
        self._select(loop_id, target)
        return done

    def undo_last_move(self) -> None:
        done = self.last_move
        if done is None:
            return
        try:
            self.service.undo(done)
        except GhostlessError as exc:
            self.failed.emit(str(exc))
            return
        self.last_move = None
        self.undo_label.setText(
            self.tr("Moved loop {loop_id} back to {label}.").format(
                loop_id=done.loop_id, label=done.moved_from.label
            )
        )
        self.undo_button.hide()
        self._changed(done.loop_id)
        self._select(done.loop_id, done.moved_from)

    def _changed(self, loop_id: int) -> None:
        """Tell the window, which may read the board again; read it if it did not."""
        self.fresh = False
        self.moved.emit(loop_id)
        self.ensure_fresh()

    def move_selected_forward(self, stage: Stage) -> None:
        loop_id = self._selected(stage)
        if loop_id is not None and stage is not Stage.CLOSED:
            self.move_card(loop_id, list(Stage)[stage.order + 1])

    def _selected(self, stage: Stage) -> int | None:
        rows = self.views[stage].selectionModel().selectedIndexes()
        if not rows:
            return None
        value = rows[0].data(LOOP_ID_ROLE)
        return int(value) if value is not None else None

    def _select(self, loop_id: int, stage: Stage) -> None:
        model, view = self.models[stage], self.views[stage]
        for row in range(model.rowCount()):
            if model.index(row, 0).data(LOOP_ID_ROLE) == loop_id:
                view.setCurrentIndex(model.index(row, 0))
                view.setFocus()
                return

    def _on_card_dropped(self, loop_id: int, stage: Stage) -> None:
        # After the drag has finished: the move reads the board again.
        QTimer.singleShot(0, partial(self.move_card, loop_id, stage))

    def _on_view_activated(self, stage: Stage, index: QModelIndex) -> None:
        value = index.data(LOOP_ID_ROLE)
        if value is not None:
            self.open_requested.emit(int(value))

    def _on_view_menu(self, stage: Stage, point: QPoint) -> None:
        view = self.views[stage]
        index = view.indexAt(point)
        value = index.data(LOOP_ID_ROLE) if index.isValid() else None
        if value is None or stage is Stage.CLOSED:
            return
        menu = QMenu(view)
        for target in list(Stage)[stage.order + 1 :]:
            menu.addAction(
                self.tr("Move to {stage}").format(stage=target.label),
                partial(self.move_card, int(value), target),
            )
        menu.addSeparator()
        menu.addAction(self.tr("Open the loop"), partial(self.open_requested.emit, int(value)))
        menu.popup(view.viewport().mapToGlobal(point))
