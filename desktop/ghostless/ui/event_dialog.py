"""Logging an entry in a loop's record: a message received or sent, a meeting, a note."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from ghostless.core.models import Event, EventKind, Loop
from ghostless.services.ledger import Ledger
from ghostless.ui.form_dialog import FormDialog
from ghostless.ui.icons import event_icon
from ghostless.ui.local_time import from_wall_clock, instant_edit


class EventDialog(FormDialog):
    """What happened in a loop, when, and what was said; or a logged entry, corrected.

    Attributes:
        event_id: the entry written, once the dialog was accepted (else None).
    """

    def __init__(
        self,
        ledger: Ledger,
        loop: Loop,
        kind: EventKind,
        parent: QWidget | None = None,
        *,
        event: Event | None = None,
    ) -> None:
        verb = "Correct" if event else "Log"
        super().__init__(f"{verb}: {loop.contact_name} – {loop.subject}", parent)
        self._ledger = ledger
        self._loop = loop
        self._event = event
        self.event_id: int | None = None
        about = QLabel(f"<b>{loop.contact_name}</b> · {loop.subject}")
        about.setWordWrap(True)
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
            )
            self.event_id = self._event.id
            return
        self.event_id = self._ledger.log_event(
            self._loop.id,
            self.kind(),
            at=from_wall_clock(self.when_edit.dateTime(), self._ledger.zone),
            text=self.text_edit.toPlainText(),
        )
