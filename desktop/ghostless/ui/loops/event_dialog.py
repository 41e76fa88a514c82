"""Logging an entry in a loop's record: a message received or sent, a meeting, a note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from ghostless.core.done_words import event_phrase
from ghostless.core.models import Event, EventKind, Loop
from ghostless.services.ledger import Ledger
from ghostless.ui.common.form_dialog import FormDialog, about_loops
from ghostless.ui.common.icons import event_icon
from ghostless.ui.common.local_time import from_wall_clock, instant_edit


class EventDialog(FormDialog):
    """What happened in a loop, when, and what was said; or a logged entry, corrected.

    With ``more`` loops (several selected on Today), the same entry is logged on
    each of them, as one undo step.

    Attributes:
        event_id: the entry written, once the dialog was accepted (else None; the
            first loop's entry when several were logged).
    """

    def __init__(
        self,
        ledger: Ledger,
        loop: Loop,
        kind: EventKind,
        parent: QWidget | None = None,
        *,
        event: Event | None = None,
        more: Sequence[Loop] = (),
    ) -> None:
        loops = [loop, *more]
        if more:
            title = QCoreApplication.translate("EventDialog", "{count} loops").format(
                count=len(loops)
            )
        else:
            title = f"{loop.contact_name} – {loop.subject}"
        if event:
            said = QCoreApplication.translate("EventDialog", "Correct: {what}")
        else:
            said = QCoreApplication.translate("EventDialog", "Log: {what}")
        super().__init__(said.format(what=title), parent)
        self._ledger = ledger
        self._loop = loop
        self._loops = loops
        self._event = event
        self.event_id: int | None = None
        about = about_loops(loops)
        self.form.addRow(about)
        self.kind_combo = QComboBox()
        for each in EventKind:
            self.kind_combo.addItem(event_icon(each), each.label, each.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.when_edit = instant_edit(event.at if event else ledger.clock.now(), ledger.zone)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("What was said, or a short summary (optional)"))
        self.text_edit.setFixedHeight(110)
        self.add_field("event", self.tr("&Event"), self.kind_combo)
        self.add_field("time", self.tr("&When"), self.when_edit)
        self.add_field("text", self.tr("&Text"), self.text_edit)
        if event is not None:
            self.text_edit.setPlainText(event.text)
            self.form.addRow(QLabel(self.tr("Undo (Ctrl+Z) brings the entry back as it was.")))
        self.text_edit.setFocus()

    def kind(self) -> EventKind:
        return EventKind(self.kind_combo.currentData())

    def submit(self) -> None:
        if self._event is not None:
            self._ledger.edit_event(
                self._event.id,
                kind=self.kind(),
                at=from_wall_clock(self.when_edit.dateTime(), self._ledger.zone),
                text=self.text_edit.toPlainText(),
                confirmed=self.confirmed,
            )
            self.event_id = self._event.id
            return
        at = from_wall_clock(self.when_edit.dateTime(), self._ledger.zone)
        kind, text = self.kind(), self.text_edit.toPlainText()
        ids = [each.id for each in self._loops]
        if len(ids) == 1:
            self.event_id = self._ledger.log_event(
                ids[0], kind, at=at, text=text, confirmed=self.confirmed
            )
            return
        label = f"log {event_phrase(kind)} on {len(ids)} loops"
        with self._ledger.history.step(label, loops=ids):
            written = [
                self._ledger.log_event(loop_id, kind, at=at, text=text, confirmed=self.confirmed)
                for loop_id in ids
            ]
        self.event_id = written[0]
