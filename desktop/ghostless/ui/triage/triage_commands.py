"""What Today's keys and the snooze menus do, on one loop or several.

Each call writes through :class:`ghostless.services.triage.Triage` as one undo
step, then says so through the window's :class:`~ghostless.ui.commands.Commands`
signals (``records_changed``, ``reminders_changed``): every view refreshes from
those, and the status bar offers "Undo". A snooze beyond a year is asked about
before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from ghostless.core.errors import ConfirmationRequired, GhostlessError
from ghostless.core.models import EventKind, Loop
from ghostless.core.planner import SnoozePreset
from ghostless.services.reminders import Owed, ReminderService
from ghostless.services.triage import Triage
from ghostless.ui.commands import Commands, ConfirmBox

if TYPE_CHECKING:
    from ghostless.ui.loops.event_dialog import EventDialog
    from ghostless.ui.reminders.reminder_dialogs import SnoozeDialog


class TriageCommands(QObject):
    """Snooze, unsnooze, mark done and log, for the loops the user picked.

    Attributes:
        service: the triage use cases over the window's follow-up engine.
    """

    def __init__(self, commands: Commands, reminders: ReminderService, window: QWidget) -> None:
        super().__init__(commands)
        self._commands = commands
        self._window = window
        self.service = Triage(reminders)

    # -- snoozing ------------------------------------------------------------------------
    def snooze(self, loop_ids: Sequence[int], preset: SnoozePreset) -> None:
        self._reminders_write(loop_ids, lambda: self.service.snooze_preset(loop_ids, preset))

    def snooze_typed(self, loop_ids: Sequence[int], text: str) -> bool:
        """Snooze to a time typed as people say it ("friday 3pm", "in 2 days").

        False when the words are not understood or lie in the past (the user is told).
        """
        from ghostless.services.typed_time import parse_when

        ledger = self.service.ledger
        try:
            until = parse_when(text, ledger.clock.now(), ledger.zone, field="snooze")
        except GhostlessError as exc:
            self._commands.warn(str(exc))
            return False
        self.snooze_until(loop_ids, until)
        return True

    def snooze_until(
        self, loop_ids: Sequence[int], until: datetime, *, confirmed: bool = False
    ) -> None:
        """Snooze to ``until``; beyond a year, only once the user says it is meant."""
        try:
            self.service.snooze(loop_ids, until, confirmed=confirmed)
        except ConfirmationRequired as exc:
            go_ahead = partial(self.snooze_until, loop_ids, until, confirmed=True)
            self._ask_odd_snooze(str(exc), go_ahead)
            return
        except GhostlessError as exc:
            self._commands.warn(str(exc))
            return
        self._reminders_changed(loop_ids)

    def pick_time(self, loop_ids: Sequence[int]) -> SnoozeDialog | None:
        """Ask for a time with a date and time field, and snooze the loops until then."""
        from ghostless.ui.reminders.reminder_dialogs import SnoozeDialog

        loops = self._loops(loop_ids)
        if not loops:
            return None
        dialog = SnoozeDialog(self.service.reminders, loops[0], self._window, more=loops[1:])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._reminders_changed(loop_ids))
        self._commands.last_dialog = dialog
        dialog.open()
        return dialog

    def unsnooze(self, loop_ids: Sequence[int]) -> None:
        self._reminders_write(loop_ids, lambda: self.service.unsnooze(loop_ids))

    # -- recording -----------------------------------------------------------------------
    def mark_done(self, lines: Sequence[Owed]) -> None:
        """Record each line's item as done (the message sent, the interview held, …)."""
        items = [(owed.loop.id, owed.window.key) for owed in lines]
        if not items:
            return
        try:
            self.service.mark_done(items)
        except GhostlessError as exc:
            self._commands.warn(str(exc))
            return
        self._commands.records_changed.emit(0)

    def log(self, loop_ids: Sequence[int], kind: EventKind) -> EventDialog | None:
        """The log dialog for one loop, or for several at once (one entry on each).

        Triage stays where it is once logged: the window does not jump to the loop
        (the user is going down Today; Enter opens a loop when they ask).
        """
        loops = self._loops(loop_ids)
        if not loops:
            return None
        from ghostless.ui.loops.event_dialog import EventDialog

        dialog = EventDialog(self.service.ledger, loops[0], kind, self._window, more=loops[1:])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._commands.records_changed.emit(0))
        self._commands.last_dialog = dialog
        dialog.open()
        return dialog

    # -- plumbing ------------------------------------------------------------------------
    def _loops(self, loop_ids: Sequence[int]) -> list[Loop]:
        try:
            return [self.service.ledger.loop(loop_id) for loop_id in loop_ids]
        except GhostlessError as exc:
            self._commands.warn(str(exc))
            return []

    def _reminders_write(self, loop_ids: Sequence[int], write: Callable[[], object]) -> None:
        try:
            write()
        except GhostlessError as exc:
            self._commands.warn(str(exc))
            return
        self._reminders_changed(loop_ids)

    def _reminders_changed(self, loop_ids: Sequence[int]) -> None:
        # Per loop: the reminders bar drops each one's entry (a handful: a selection).
        for loop_id in loop_ids:
            self._commands.reminders_changed.emit(loop_id)

    def _ask_odd_snooze(self, message: str, go_ahead: Callable[[], None]) -> ConfirmBox:
        _field, _, why = message.partition(": ")
        box = ConfirmBox(
            self._window,
            self.tr("Snooze"),
            f"{why[:1].upper()}{why[1:]}.",
            self.tr("Is that the date you meant?"),
            self.tr("Snooze anyway"),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_clicked(button: QAbstractButton) -> None:
            if button is box.confirm_button:
                go_ahead()

        box.buttonClicked.connect(on_clicked)
        self._commands.last_prompt = box
        box.open()
        return box
