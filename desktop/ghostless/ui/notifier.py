"""Where reminders appear: the notifier port, and its in-window implementation.

The scheduler driver hands each :class:`~ghostless.core.planner.Delivery` to a
:class:`Notifier`. Until the tray lands (issue 4), :class:`InWindowNotifier`
shows deliveries as a bar at the top of the main window; the tray chain
(tray message, then this bar as the fallback) will take the same call.
What to suppress (away mode, muted contacts) is decided in the services,
never here: a notifier shows what it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from html import escape
from typing import Protocol

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.agenda import agenda_items, first_per_loop
from ghostless.core.models import Loop
from ghostless.core.planner import Delivery, Pending, Status
from ghostless.core.wording import due_words, reminders_headline
from ghostless.ui.icons import status_icon
from ghostless.ui.text_colours import text_colours

#: Rows the bar shows at most; a longer digest says how many more there are.
MAX_ROWS = 3
SHOW_TODAY_LINK = "show-today"


class Notifier(Protocol):
    """Shows a delivery to the user (a tray message, a bar in the window, a log line)."""

    def notify(self, delivery: Delivery) -> None: ...


@dataclass(frozen=True, slots=True)
class Shown:
    """One reminder on the bar: the loop, what is owed and where it stood when delivered."""

    loop: Loop
    pending: Pending
    status: Status


class _ReminderRow(QWidget):
    def __init__(self, shown: Shown, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        icon_label = QLabel()
        icon_label.setPixmap(status_icon(shown.status).pixmap(QSize(18, 18)))
        self.text_label = QLabel(text)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton("Open")
        self.snooze_button = QToolButton()
        self.snooze_button.setText("Snooze")
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.dismiss_button = QPushButton("Dismiss")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon_label)
        row.addWidget(self.text_label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.snooze_button)
        row.addWidget(self.dismiss_button)


class InWindowNotifier(QFrame):
    """A bar at the top of the window listing the reminders delivered and not yet handled.

    One reminder reads "Priya Raman is waiting on you" with its row; several at
    once (a digest) say how many and name the first few. Each row has Open,
    Snooze and Dismiss; "Dismiss all" hides the bar. A loop appears once, with
    its latest reminder.

    Signals:
        open_requested(int): show this loop.
        today_requested(): show the Today view (from "and N more").

    Attributes:
        headline_label: the first line ("3 reminders: A, B and C").
        more_label: "and N more in Today" when there are more than MAX_ROWS.
        rows: the row widgets shown, most recent delivery first.
    """

    open_requested = Signal(int)
    today_requested = Signal()

    def __init__(
        self,
        zone: tzinfo,
        loop_of: Callable[[int], Loop | None],
        snooze_menu: Callable[[int, QWidget], QMenu],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminders_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#reminders_bar { background: #fff4e6; border: 1px solid #ffc078; border-radius: 4px; }"
            "#reminders_bar QLabel { color: #212529; }"
        )
        self._zone = zone
        self._loop_of = loop_of
        self._snooze_menu = snooze_menu
        self._shown: dict[int, Shown] = {}
        self._now: datetime | None = None
        self._catch_up = False
        self.last_delivery: Delivery | None = None

        self.headline_label = QLabel()
        headline_font = self.headline_label.font()
        headline_font.setBold(True)
        self.headline_label.setFont(headline_font)
        self.dismiss_all_button = QPushButton("Dismiss all")
        self.dismiss_all_button.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.addWidget(self.headline_label, 1)
        top.addWidget(self.dismiss_all_button)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(2)
        self.more_label = QLabel()
        self.more_label.setTextFormat(Qt.TextFormat.RichText)
        self.more_label.linkActivated.connect(lambda _link: self.today_requested.emit())
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.addLayout(top)
        column.addLayout(self._rows_layout)
        column.addWidget(self.more_label)
        self.rows: list[_ReminderRow] = []
        self.hide()

    # -- the port --------------------------------------------------------------
    def notify(self, delivery: Delivery) -> None:
        """Show ``delivery`` (already recorded); earlier reminders on the bar stay."""
        self.last_delivery = delivery
        self._now = delivery.now
        # The agenda decides each line's status and order, as in Today; a reminder
        # being delivered is not snoozed, and the bar shows no advice.
        pending_of = {p.window.key: p for p in delivery.items}
        items = agenda_items(
            [p.window for p in delivery.items], delivery.now, snoozes={}, repair_after=timedelta(0)
        )
        fresh: dict[int, Shown] = {}
        for item in first_per_loop(items).values():
            loop = self._loop_of(item.loop_id)
            if loop is not None:
                fresh[loop.id] = Shown(loop, pending_of[item.window.key], item.status)
        for loop_id in fresh:
            self._shown.pop(loop_id, None)
        # The new ones first, most urgent first, then what was already there.
        self._shown = {**fresh, **self._shown}
        self._catch_up = delivery.catch_up
        self._rebuild()

    # -- what is shown ---------------------------------------------------------
    def loop_ids(self) -> list[int]:
        return list(self._shown)

    def discard(self, loop_id: int) -> None:
        """Take the loop off the bar (snoozed, answered or dismissed)."""
        if self._shown.pop(loop_id, None) is not None:
            self._rebuild()

    def keep_only(self, loop_ids: Collection[int]) -> None:
        """Take off every loop not in ``loop_ids`` (no longer owed anything now)."""
        gone = [loop_id for loop_id in self._shown if loop_id not in loop_ids]
        for loop_id in gone:
            del self._shown[loop_id]
        if gone:
            self._rebuild()

    def clear(self) -> None:
        self._shown.clear()
        self._rebuild()

    def _rebuild(self) -> None:
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        if not self._shown:
            self.hide()
            return
        names = [shown.loop.contact_name for shown in self._shown.values()]
        self.headline_label.setText(reminders_headline(names, catch_up=self._catch_up))
        for shown in list(self._shown.values())[:MAX_ROWS]:
            row = _ReminderRow(shown, self._row_html(shown))
            loop_id = shown.loop.id
            row.open_button.clicked.connect(lambda _=False, i=loop_id: self.open_requested.emit(i))
            row.snooze_button.setMenu(self._snooze_menu(loop_id, row))
            row.dismiss_button.clicked.connect(lambda _=False, i=loop_id: self.discard(i))
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        more = len(self._shown) - MAX_ROWS
        self.more_label.setVisible(more > 0)
        if more > 0:
            self.more_label.setText(
                f"and {more} more · <a href='{SHOW_TODAY_LINK}'>See them all in Today</a>"
            )
        self.show()

    def _row_html(self, shown: Shown) -> str:
        window, loop = shown.pending.window, shown.loop
        now = self._now or shown.pending.at
        colour = text_colours().status[shown.status]
        when = due_words(window, shown.status, now, self._zone)
        return (
            f"<b>{escape(loop.contact_name)}</b> · {escape(window.label)} · "
            f"<span style='color:{colour}'><b>{escape(when)}</b></span>"
        )

    def row_texts(self) -> list[str]:
        """The rows as plain text, for tests and accessibility checks."""
        return [row.text_label.text() for row in self.rows]
