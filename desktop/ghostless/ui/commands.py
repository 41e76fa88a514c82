"""What the user can do to loops and contacts, each as one method.

Every method opens its dialog or question with ``open()`` and returns it, so
the window stays responsive and tests can fill the dialog in and press its
buttons. When the ledger was written, :attr:`Commands.records_changed` says so
once and the window refreshes from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QDialog, QMenu, QMessageBox, QWidget

from ghostless.core.errors import ConfirmationRequired, GhostlessError
from ghostless.core.models import EventKind, Loop
from ghostless.core.planner import BackNowSummary, SnoozePreset
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import SecretStore
from ghostless.ui.common.accessible import name_message_icon

if TYPE_CHECKING:
    # Imported on first use instead: start-up needs none of the dialogs.
    from ghostless.ui.contact_actions.loops_dialog import ContactLoopsDialog
    from ghostless.ui.contact_actions.merge_box import MergeBox
    from ghostless.ui.contacts.contact_dialog import ContactDialog
    from ghostless.ui.contacts.duplicates_dialog import DuplicatesDialog
    from ghostless.ui.loops.close_dialog import CloseDialog
    from ghostless.ui.loops.deadline_dialog import DeadlineDialog
    from ghostless.ui.loops.event_dialog import EventDialog
    from ghostless.ui.loops.introduced_by_dialog import IntroducedByDialog
    from ghostless.ui.loops.loop_dialog import LoopDialog
    from ghostless.ui.reminders.reminder_dialogs import AwayDialog, BackNowDialog
    from ghostless.ui.triage.triage_commands import TriageCommands
    from ghostless.ui.wizard.finish import Finisher
    from ghostless.ui.wizard.wizard import DisengageWizard, OpenUrl

_Dialog = TypeVar("_Dialog", bound=QDialog)


def _sentence(message: str) -> str:
    """A core message (lower case, no full stop: made for one-line output) as a sentence."""
    return f"{message[:1].upper()}{message[1:]}."


class ConfirmBox(QMessageBox):
    """A question with one button that goes ahead (``confirm_button``) and Cancel."""

    def __init__(
        self, parent: QWidget, title: str, text: str, detail: str, confirm_label: str
    ) -> None:
        super().__init__(QMessageBox.Icon.Warning, title, text, parent=parent)
        self.setInformativeText(detail)
        self.confirm_button = self.addButton(confirm_label, QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        name_message_icon(self)


class Commands(QObject):
    """Use cases behind the window's actions, dialogs and questions.

    Signals:
        records_changed(int): the ledger was written; the id of the loop to show, or 0.
        reminders_changed(int): a snooze (the loop's id) or away mode (0) changed;
            the loops themselves did not.
        open_requested(int): show this loop in the Loops tab (from a contact's loops).

    Attributes:
        last_dialog: the most recent dialog opened, for tests to fill in.
        last_prompt: the most recent question or warning shown, for tests to answer.
        settings: window.ini, where the wizard remembers its answers and options.
        secrets, open_url, finisher: the wizard's ports (None: the real keyring, the
            desktop's URL handler, the services); tests replace them.
    """

    records_changed = Signal(int)
    reminders_changed = Signal(int)
    open_requested = Signal(int)

    def __init__(
        self,
        ledger: Ledger,
        parent: QWidget,
        reminders: ReminderService | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.secrets: SecretStore | None = None
        self.open_url: OpenUrl | None = None
        self.finisher: Finisher | None = None
        self._ledger = ledger
        self.reminders = reminders or ReminderService(ledger)
        self.last_summary: BackNowSummary | None = None
        self._window = parent
        self.last_dialog: QDialog | None = None
        self.last_prompt: QMessageBox | None = None
        self._triage: TriageCommands | None = None

    # -- contacts ------------------------------------------------------------
    def new_contact(self) -> ContactDialog:
        from ghostless.ui.contacts.contact_dialog import ContactDialog

        dialog = ContactDialog(self._ledger, None, self._window)
        return self._open(dialog, lambda: 0)

    def edit_contact(self, contact_id: int) -> ContactDialog | None:
        try:
            contact = self._ledger.contact(contact_id)
        except GhostlessError as exc:
            self.warn(str(exc))
            return None
        from ghostless.ui.contacts.contact_dialog import ContactDialog

        return self._open(ContactDialog(self._ledger, contact, self._window), lambda: 0)

    def contact_loops(self, contact_id: int) -> ContactLoopsDialog | None:
        """Every loop with this person; one opens in the Loops tab (``open_requested``)."""
        from ghostless.ui.contact_actions.loops_dialog import ContactLoopsDialog

        try:
            contact = self._ledger.contact(contact_id)
            loops = self._ledger.loops_with(contact_id)
        except GhostlessError as exc:
            self.warn(str(exc))
            return None
        dialog = ContactLoopsDialog(contact, loops, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_requested)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def delete_contact(self, contact_id: int) -> ConfirmBox | None:
        """Say what deleting the contact takes along, and delete only once confirmed."""
        try:
            contact = self._ledger.contact(contact_id)
            loops, events = self._ledger.contact_holdings(contact_id)
        except GhostlessError as exc:
            self.warn(str(exc))
            return None
        taken = (
            self.tr(
                "Their {loops} loop(s), with the {events} entries in their records, "
                "are deleted with them. Closing or archiving the loops keeps the "
                "records."
            ).format(loops=loops, events=events)
            if loops
            else self.tr("They have no loops.")
        )
        return self._confirm(
            self.tr("Delete contact"),
            self.tr("Delete {name}?").format(name=contact.name),
            self.tr("{taken} Undo (Ctrl+Z) brings everything back.").format(taken=taken),
            self.tr("Delete")
            if not loops
            else self.tr("Delete with {loops} loop(s)").format(loops=loops),
            lambda: self._write(lambda: self._ledger.delete_contact(contact_id, confirmed=True), 0),
        )

    def merge_contacts(self, first_id: int, second_id: int) -> MergeBox | None:
        """Ask which of the two to keep, then move everything onto it (one undo step)."""
        from ghostless.services import duplicates
        from ghostless.ui.contact_actions.merge_box import MergeBox

        try:
            first, second = self._ledger.contact(first_id), self._ledger.contact(second_id)
            counts = self._ledger.open_loop_counts([first_id, second_id])
        except GhostlessError as exc:
            self.warn(str(exc))
            return None
        box = MergeBox(first, second, counts, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_clicked(button: QAbstractButton) -> None:
            kept = [cid for cid, keep_button in box.keep_buttons.items() if keep_button is button]
            if kept:
                keep_id = kept[0]
                other_id = second_id if keep_id == first_id else first_id
                self._write(lambda: duplicates.merge(self._ledger, keep_id, other_id), 0)

        box.buttonClicked.connect(on_clicked)
        self.last_prompt = box
        box.open()
        return box

    def find_duplicates(self) -> DuplicatesDialog:
        """Contacts ▸ Find duplicates: likely pairs, merged (and undone) one at a time."""
        from ghostless.ui.contacts.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self._ledger, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda _contact_id: self.records_changed.emit(0))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def undo_merge(self) -> None:
        """Contacts ▸ Undo last merge: the two contacts and their loops as they were."""
        from ghostless.services import duplicates

        self._write(lambda: duplicates.undo(self._ledger), 0)

    # -- loops ---------------------------------------------------------------
    def new_loop(self, contact_id: int | None = None) -> LoopDialog:
        from ghostless.ui.loops.loop_dialog import LoopDialog

        dialog = LoopDialog(self._ledger, contact_id=contact_id, parent=self._window)
        return self._open(dialog, lambda: dialog.loop_id or 0)

    def edit_loop(self, loop: Loop) -> LoopDialog:
        from ghostless.ui.loops.loop_dialog import LoopDialog

        dialog = LoopDialog(self._ledger, loop, parent=self._window)
        return self._open(dialog, lambda: loop.id)

    def log_event(self, loop: Loop, kind: EventKind) -> EventDialog:
        from ghostless.ui.loops.event_dialog import EventDialog

        return self._open(EventDialog(self._ledger, loop, kind, self._window), lambda: loop.id)

    def edit_event(self, event_id: int) -> EventDialog | None:
        """Correct a logged entry (its kind, time or words); Ctrl+Z brings it back."""
        from ghostless.ui.loops.event_dialog import EventDialog

        try:
            event = self._ledger.event(event_id)
            loop = self._ledger.loop(event.loop_id)
        except GhostlessError as exc:
            self.warn(str(exc))
            return None
        dialog = EventDialog(self._ledger, loop, event.kind, self._window, event=event)
        return self._open(dialog, lambda: loop.id)

    def delete_event(self, event_id: int) -> ConfirmBox | None:
        """Ask first, then take the entry out of the record (Ctrl+Z brings it back)."""
        try:
            event = self._ledger.event(event_id)
            loop = self._ledger.loop(event.loop_id)
        except GhostlessError as exc:
            self.warn(str(exc))
            return None
        return self._confirm(
            self.tr("Delete entry"),
            self.tr("Delete “{label}” from the record of the loop with {contact_name}?").format(
                label=event.kind.label, contact_name=loop.contact_name
            ),
            self.tr(
                "Whose turn it is and what is owed are worked out again without it. "
                "Undo (Ctrl+Z) brings it back."
            ),
            self.tr("Delete entry"),
            lambda: self._write(lambda: self._ledger.delete_event(event_id), loop.id),
        )

    def close_loop(self, loop: Loop) -> CloseDialog:
        from ghostless.ui.loops.close_dialog import CloseDialog

        return self._open(CloseDialog(self._ledger, loop, self._window), lambda: loop.id)

    def disengage(self, loop_id: int) -> DisengageWizard | None:
        """Walk the loop through the polite-disengagement wizard (answers kept if closed)."""
        from ghostless.ui.wizard.wizard import DisengageWizard

        try:
            loop = self._ledger.loop(loop_id)
            if not loop.is_open:
                self.warn(f"the loop with {loop.contact_name} is already {loop.status.value}")
                return None
            wizard = DisengageWizard(
                self._ledger,
                loop_id,
                settings=self.settings or QSettings(),
                reminders=self.reminders,
                secrets=self.secrets,
                finisher=self.finisher,
                open_url=self.open_url,
                parent=self._window,
            )
        except GhostlessError as exc:
            self.warn(str(exc))
            return None
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished_with.connect(lambda result: self._on_wizard_finished(loop_id, result))
        self.last_dialog = wizard
        wizard.open()
        return wizard

    def _on_wizard_finished(self, loop_id: int, result: object) -> None:
        if getattr(result, "away", False):
            self.reminders_changed.emit(0)
        if getattr(result, "closed", False):
            self.records_changed.emit(loop_id)

    def set_deadline(self, loop: Loop) -> DeadlineDialog:
        """Ask for the loop's deadline (an offer's answer-by date, a promised date, an
        interview time), typed as people say it; empty clears it."""
        from ghostless.ui.loops.deadline_dialog import DeadlineDialog

        return self._open(DeadlineDialog(self._ledger, loop, self._window), lambda: loop.id)

    def clear_deadline(self, loop: Loop) -> None:
        self._write(lambda: self._ledger.set_deadline(loop.id, None), loop.id)

    def decide_decline(self, loop_id: int) -> DisengageWizard | None:
        """The user has decided to say no: a clear, short decline is due within days,
        and the Close politely wizard opens to write it now or later."""
        try:
            self._ledger.decide_decline(loop_id)
        except GhostlessError as exc:
            self.warn(str(exc))
            return None
        self.records_changed.emit(loop_id)
        return self.disengage(loop_id)

    def undecide_decline(self, loop_id: int) -> None:
        """The user changed their mind: the loop's usual playbook applies again."""
        self._write(lambda: self._ledger.undecide_decline(loop_id), loop_id)

    def link_introduction(self, loop: Loop) -> IntroducedByDialog:
        """Ask who introduced the user in this loop, and link it to their introduction."""
        from ghostless.ui.loops.introduced_by_dialog import IntroducedByDialog

        return self._open(IntroducedByDialog(self._ledger, loop, self._window), lambda: loop.id)

    def unlink_introduction(self, loop_id: int) -> None:
        self._write(lambda: self._ledger.set_introduced_by(loop_id, None), loop_id)

    def dismiss(self, loop_id: int, key: str) -> None:
        """Dismiss an item the user chose not to act on (an offer-deadline note)."""
        self._write(lambda: self._ledger.dismiss(loop_id, key), loop_id)

    def undismiss(self, loop_id: int) -> None:
        """Bring back what was dismissed on the loop."""

        def bring_back() -> None:
            with self._ledger.transaction():
                for key in self._ledger.dismissed(loop_id):
                    self._ledger.undismiss(loop_id, key)

        self._write(bring_back, loop_id)

    def reopen_loop(self, loop: Loop) -> None:
        self._write(lambda: self._ledger.reopen_loop(loop.id), loop.id)

    def archive_loop(self, loop: Loop) -> None:
        self._write(lambda: self._ledger.archive_loop(loop.id), loop.id)

    def delete_loop(self, loop: Loop) -> ConfirmBox:
        """Ask first; a loop still owing an answer is asked about a second time."""
        return self._confirm(
            self.tr("Delete loop"),
            self.tr("Delete the loop with {contact_name} about “{subject}”?").format(
                contact_name=loop.contact_name, subject=loop.subject
            ),
            self.tr(
                "Its whole record goes with it and cannot be brought back. Closing or "
                "archiving the loop keeps the record."
            ),
            self.tr("Delete"),
            lambda: self._delete(loop, confirmed=False),
        )

    def _delete(self, loop: Loop, *, confirmed: bool) -> None:
        try:
            self._ledger.delete_loop(loop.id, confirmed=confirmed)
        except ConfirmationRequired as exc:
            self._confirm(
                self.tr("Delete loop"),
                self.tr("{contact_name} is still waiting for your answer.").format(
                    contact_name=loop.contact_name
                ),
                _sentence(str(exc)),
                self.tr("Delete anyway"),
                lambda: self._delete(loop, confirmed=True),
            )
            return
        except GhostlessError as exc:
            self.warn(str(exc))
            return
        self.records_changed.emit(0)

    def load_examples(self) -> None:
        from ghostless.services.examples import load_examples

        self._write(lambda: load_examples(self._ledger), 0)

    # -- reminders -----------------------------------------------------------
    @property
    def triage(self) -> TriageCommands:
        """Snooze, unsnooze, mark done and log on one loop or several (built on first use)."""
        if self._triage is None:
            from ghostless.ui.triage.triage_commands import TriageCommands

            self._triage = TriageCommands(self, self.reminders, self._window)
        return self._triage

    def snooze(self, loop_id: int, preset: SnoozePreset) -> None:
        """Snooze the loop's reminders by a preset (an hour, this evening, …)."""
        self.triage.snooze([loop_id], preset)

    def unsnooze(self, loop_id: int) -> None:
        self.triage.unsnooze([loop_id])

    def snooze_menu(self, loop_id: int, parent: QWidget, *, snoozed: bool = False) -> QMenu:
        """The snooze choices that make sense now, a typed time, then "Pick a time…"."""
        from ghostless.ui.triage.snooze_menu import snooze_menu

        return snooze_menu(self.triage, [loop_id], parent, snoozed=snoozed)

    def go_away(self) -> AwayDialog:
        """Ask why, then pause every reminder."""
        from ghostless.ui.reminders.reminder_dialogs import AwayDialog

        dialog = AwayDialog(self.reminders, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reminders_changed.emit(0))
        dialog.rejected.connect(lambda: self.reminders_changed.emit(0))  # the toggle goes back
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def come_back(self) -> BackNowDialog | None:
        """End away mode and show what went quiet meanwhile, with a "back now" draft."""
        from ghostless.ui.reminders.reminder_dialogs import BackNowDialog

        try:
            summary = self.reminders.away_off()
        except GhostlessError as exc:
            self.warn(str(exc))
            self.reminders_changed.emit(0)
            return None
        self.last_summary = summary
        names = {}
        for quiet in summary.loops:
            try:
                names[quiet.loop_id] = self._ledger.loop(quiet.loop_id).contact_name
            except GhostlessError:
                continue
        self.reminders_changed.emit(0)
        dialog = BackNowDialog(summary, names, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    # -- plumbing ------------------------------------------------------------
    def _open(self, dialog: _Dialog, loop_to_show: Callable[[], int]) -> _Dialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.records_changed.emit(loop_to_show()))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _write(self, action: Callable[[], object], loop_id: int) -> None:
        try:
            action()
        except GhostlessError as exc:
            self.warn(str(exc))
            return
        self.records_changed.emit(loop_id)

    def _confirm(
        self, title: str, text: str, detail: str, label: str, go_ahead: Callable[[], None]
    ) -> ConfirmBox:
        box = ConfirmBox(self._window, title, text, detail, label)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_clicked(button: QAbstractButton) -> None:
            if button is box.confirm_button:
                go_ahead()

        box.buttonClicked.connect(on_clicked)
        self.last_prompt = box
        box.open()
        return box

    def with_loop_id(self, loop_id: int, act: Callable[[Loop], object]) -> None:
        """Act on the loop as it is now (read again: it may have changed), or say why not."""
        try:
            loop = self._ledger.loop(loop_id)
        except GhostlessError as exc:
            self.warn(str(exc))
            return
        act(loop)

    def warn(self, message: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Ghostless", _sentence(message), parent=self._window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_prompt = box
        name_message_icon(box)
        box.open()
        return box
