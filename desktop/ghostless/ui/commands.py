"""What the user can do to loops and contacts, each as one method.

Every method opens its dialog or question with ``open()`` and returns it, so
the window stays responsive and tests can fill the dialog in and press its
buttons. When the ledger was written, :attr:`Commands.records_changed` says so
once and the window refreshes from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget

from ghostless.core.errors import ConfirmationRequired, GhostlessError
from ghostless.core.models import EventKind, Loop
from ghostless.services.ledger import Ledger

if TYPE_CHECKING:
    # Imported on first use instead: start-up needs none of the dialogs.
    from ghostless.ui.close_dialog import CloseDialog
    from ghostless.ui.contact_dialog import ContactDialog
    from ghostless.ui.event_dialog import EventDialog
    from ghostless.ui.loop_dialog import LoopDialog

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


class Commands(QObject):
    """Use cases behind the window's actions, dialogs and questions.

    Signals:
        records_changed(int): the ledger was written; the id of the loop to show, or 0.

    Attributes:
        last_dialog: the most recent dialog opened, for tests to fill in.
        last_prompt: the most recent question or warning shown, for tests to answer.
    """

    records_changed = Signal(int)

    def __init__(self, ledger: Ledger, parent: QWidget) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._window = parent
        self.last_dialog: QDialog | None = None
        self.last_prompt: QMessageBox | None = None

    # -- contacts ------------------------------------------------------------
    def new_contact(self) -> ContactDialog:
        from ghostless.ui.contact_dialog import ContactDialog

        dialog = ContactDialog(self._ledger, None, self._window)
        return self._open(dialog, lambda: 0)

    def edit_contact(self, contact_id: int) -> ContactDialog | None:
        try:
            contact = self._ledger.contact(contact_id)
        except GhostlessError as exc:
            self.warn(str(exc))
            return None
        from ghostless.ui.contact_dialog import ContactDialog

        return self._open(ContactDialog(self._ledger, contact, self._window), lambda: 0)

    # -- loops ---------------------------------------------------------------
    def new_loop(self, contact_id: int | None = None) -> LoopDialog:
        from ghostless.ui.loop_dialog import LoopDialog

        dialog = LoopDialog(self._ledger, contact_id=contact_id, parent=self._window)
        return self._open(dialog, lambda: dialog.loop_id or 0)

    def edit_loop(self, loop: Loop) -> LoopDialog:
        from ghostless.ui.loop_dialog import LoopDialog

        dialog = LoopDialog(self._ledger, loop, parent=self._window)
        return self._open(dialog, lambda: loop.id)

    def log_event(self, loop: Loop, kind: EventKind) -> EventDialog:
        from ghostless.ui.event_dialog import EventDialog

        return self._open(EventDialog(self._ledger, loop, kind, self._window), lambda: loop.id)

    def close_loop(self, loop: Loop) -> CloseDialog:
        from ghostless.ui.close_dialog import CloseDialog

        return self._open(CloseDialog(self._ledger, loop, self._window), lambda: loop.id)

    def reopen_loop(self, loop: Loop) -> None:
        self._write(lambda: self._ledger.reopen_loop(loop.id), loop.id)

    def archive_loop(self, loop: Loop) -> None:
        self._write(lambda: self._ledger.archive_loop(loop.id), loop.id)

    def delete_loop(self, loop: Loop) -> ConfirmBox:
        """Ask first; a loop still owing an answer is asked about a second time."""
        return self._confirm(
            "Delete loop",
            f"Delete the loop with {loop.contact_name} about “{loop.subject}”?",
            "Its whole record goes with it and cannot be brought back. Closing or archiving "
            "the loop keeps the record.",
            "Delete",
            lambda: self._delete(loop, confirmed=False),
        )

    def _delete(self, loop: Loop, *, confirmed: bool) -> None:
        try:
            self._ledger.delete_loop(loop.id, confirmed=confirmed)
        except ConfirmationRequired as exc:
            self._confirm(
                "Delete loop",
                f"{loop.contact_name} is still waiting for your answer.",
                _sentence(str(exc)),
                "Delete anyway",
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

    def warn(self, message: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Ghostless", _sentence(message), parent=self._window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_prompt = box
        box.open()
        return box
