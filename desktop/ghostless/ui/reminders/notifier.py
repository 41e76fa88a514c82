"""Where reminders appear: the notifier port, and its in-window implementation.

The scheduler driver hands each :class:`~ghostless.core.planner.Delivery` to a
:class:`Notifier`. Until the tray lands (issue 4), :class:`InWindowNotifier`
shows deliveries as a bar at the top of the main window; the tray chain
(tray message, then this bar as the fallback) will take the same call.
What to suppress (away mode, muted contacts) is decided in the services,
never here: a notifier shows what it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Protocol

from PySide6.QtCore import Qt, Signal
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
from ghostless.core.wording import STATUS_LABELS, due_words, missed_headline, reminders_headline
from ghostless.ui.common.banner import Banner, link_button
from ghostless.ui.common.elided_label import ElidedLabel
from ghostless.ui.common.icons import STATUS_COLOURS, IconLabel, status_icon
from ghostless.ui.common.theme import REMINDER_ACCENT, readable

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
    """One reminder: who (cut to fit), what is owed (cut to fit), by when; then its buttons."""

    def __init__(self, shown: Shown, when: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        icon_label = IconLabel(status_icon(shown.status), 18)
        self.name_label = ElidedLabel(shown.loop.contact_name)
        name_font = self.name_label.font()
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.what_label = ElidedLabel(
            self.tr("· {label} ·").format(label=shown.pending.window.label)
        )
        self.when_label = QLabel(when)
        self.when_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.open_button = QPushButton(self.tr("Open"))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon_label)
        row.addWidget(self.name_label, 2)
        row.addWidget(self.what_label, 3)
        row.addWidget(self.when_label)
        row.addStretch(0)
        row.addWidget(self.open_button)
        row.addWidget(self.snooze_button)
        row.addWidget(self.dismiss_button)
        # Three rows of Open, Snooze, Dismiss: each says whose loop it acts on.
        who = shown.loop.contact_name
        icon_label.setAccessibleName(STATUS_LABELS[shown.status])
        self.open_button.setAccessibleName(f"Open the loop with {who}")
        self.snooze_button.setAccessibleName(f"Snooze the reminder for {who}")
        self.dismiss_button.setAccessibleName(f"Dismiss the reminder for {who}")

    def plain_text(self) -> str:
        parts = (self.name_label.full_text(), self.what_label.full_text(), self.when_label.text())
        return " ".join(parts)


class InWindowNotifier(Banner):
    """A bar at the top of the window listing the reminders delivered and not yet handled.

    One reminder reads "Priya Raman is waiting on you" with its row; several at
    once (a digest) say how many and name the first few. Each row has Open,
    Snooze and Dismiss; "Dismiss all" hides the bar. A loop appears once, with
    its latest reminder. Reminders that came while Ghostless was closed (a
    catch-up) fold into one line, "3 reminders came while Ghostless was closed:
    Open Today", counted as the notification counts them; Today lists them.
    Long names are cut with "…" (whole in the tooltip): the bar never widens
    the window.

    Signals:
        open_requested(int): show this loop.
        today_requested(): show the Today view (from "and N more", "Open Today").

    Attributes:
        headline_label: the first line ("3 reminders: A, B and C").
        today_label: the catch-up line: how many came while closed, and "Open Today".
        more_label: "and N more" when there are more than MAX_ROWS.
        see_all_button: "See them all in Today", beside it.
        rows: the row widgets shown, most recent delivery first (none for a catch-up).
    """

    open_requested = Signal(int)
    today_requested = Signal()

    def __init__(
        self,
        zone: tzinfo,
        loop_of: Callable[[int], Loop | None],
        snooze_menu: Callable[[int, QWidget], QMenu],
        parent: QWidget | None = None,
        *,
        loops_of: Callable[[Collection[int]], Mapping[int, Loop]] | None = None,
    ) -> None:
        super().__init__("reminders_bar", REMINDER_ACCENT, parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._zone = zone
        self._loop_of = loop_of
        #: The loops of many ids in one read, where the owner can (else one by one).
        self._loops_of = loops_of
        self._snooze_menu = snooze_menu
        self._shown: dict[int, Shown] = {}
        self._now: datetime | None = None
        self._catch_up = False
        #: How many loops the catch-up delivery brought (its notification's count).
        self._missed_count = 0
        self.last_delivery: Delivery | None = None

        self.headline_label = ElidedLabel()
        headline_font = self.headline_label.font()
        headline_font.setBold(True)
        self.headline_label.setFont(headline_font)
        self.today_label = QLabel()
        self.today_label.setTextFormat(Qt.TextFormat.RichText)
        self.today_label.linkActivated.connect(lambda _link: self.today_requested.emit())
        self.dismiss_all_button = QPushButton(self.tr("Dismiss all"))
        self.dismiss_all_button.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.addWidget(self.headline_label, 1)
        top.addWidget(self.today_label, 1)
        top.addWidget(self.dismiss_all_button)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(2)
        self.more_label = QLabel()
        # A button, not a link in a label: Tab reaches it and a screen reader says what it does.
        self.see_all_button = link_button(self.tr("See them all in Today"))
        self.see_all_button.clicked.connect(self.today_requested.emit)
        more = QHBoxLayout()
        more.addWidget(self.more_label)
        more.addWidget(self.see_all_button)
        more.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.addLayout(top)
        column.addLayout(self._rows_layout)
        column.addLayout(more)
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
        first = first_per_loop(items)
        if self._loops_of is not None:
            found = self._loops_of(list(first))
            loop_of: Callable[[int], Loop | None] = found.get
        else:
            loop_of = self._loop_of
        for item in first.values():
            loop = loop_of(item.loop_id)
            if loop is not None:
                fresh[loop.id] = Shown(loop, pending_of[item.window.key], item.status)
        for loop_id in fresh:
            self._shown.pop(loop_id, None)
        # The new ones first, most urgent first, then what was already there.
        self._shown = {**fresh, **self._shown}
        self._catch_up = delivery.catch_up
        if delivery.catch_up:
            self._missed_count = len(fresh)
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
        if self._catch_up:
            self._show_catch_up()
        else:
            self._show_rows()
        self.show()

    def _show_catch_up(self) -> None:
        """One line: how many came while closed, and the way to them."""
        # Short (a count, no names): the link follows the words, not the far edge.
        self.today_label.setText(
            f"<b>{missed_headline(self._missed_count)}:</b> "
            f"<a href='{SHOW_TODAY_LINK}'>Open Today</a>"
        )
        self.headline_label.hide()
        self.today_label.show()
        self.more_label.hide()
        self.see_all_button.hide()
        self.dismiss_all_button.setText(self.tr("Dismiss"))

    def _show_rows(self) -> None:
        names = [shown.loop.contact_name for shown in self._shown.values()]
        self.headline_label.set_full_text(reminders_headline(names))
        self.headline_label.show()
        self.today_label.hide()
        self.dismiss_all_button.setText(self.tr("Dismiss all"))
        for shown in list(self._shown.values())[:MAX_ROWS]:
            row = self._row(shown)
            loop_id = shown.loop.id
            row.open_button.clicked.connect(lambda _=False, i=loop_id: self.open_requested.emit(i))
            row.snooze_button.setMenu(self._snooze_menu(loop_id, row))
            row.dismiss_button.clicked.connect(lambda _=False, i=loop_id: self.discard(i))
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        more = len(self._shown) - MAX_ROWS
        self.more_label.setVisible(more > 0)
        self.see_all_button.setVisible(more > 0)
        if more > 0:
            self.more_label.setText(self.tr("and {count} more ·").format(count=more))

    def _row(self, shown: Shown) -> _ReminderRow:
        window = shown.pending.window
        now = self._now or shown.pending.at
        # Readable on the bar's own tint, light or dark.
        colour = readable(STATUS_COLOURS.authored[shown.status], self.colours.background)
        when = due_words(window, shown.status, now, self._zone)
        return _ReminderRow(shown, when, colour.name())

    def is_catch_up(self) -> bool:
        """The bar is the one line of reminders that came while Ghostless was closed."""
        return self._catch_up and bool(self._shown)

    def row_texts(self) -> list[str]:
        """The rows as plain text, whole, for tests and accessibility checks."""
        return [row.plain_text() for row in self.rows]
