"""A deadline typed as people say it ("next friday 5pm", "2026-12-11 17:00"), read back live.

Used for an offer's answer-by date, a promised date and an interview time, in
the loop dialog and from the detail pane. The line shows what it understood
under it as the user types, so a misread date is seen before it is saved.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ghostless.core.errors import InputError
from ghostless.core.models import LoopKind
from ghostless.services.ledger import Ledger
from ghostless.services.typed_time import parse_when
from ghostless.ui.common.accessible import name_clear_button
from ghostless.ui.common.local_time import short_local
from ghostless.ui.common.text_colours import error_style
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

#: What the date means for each kind whose playbook reads a deadline.
HINT = QT_TRANSLATE_NOOP(
    "DeadlineEdit", "Optional: an offer's answer-by date, a promised date or an interview time"
)
DEADLINE_LABELS = {
    LoopKind.JOB_OFFER: QT_TRANSLATE_NOOP("DeadlineEdit", "Answer by"),
    LoopKind.INTERVIEW_SCHEDULED: QT_TRANSLATE_NOOP("DeadlineEdit", "Interview at"),
    LoopKind.PROMISE_MINE: QT_TRANSLATE_NOOP("DeadlineEdit", "Promised by"),
    LoopKind.PROMISE_THEIRS: QT_TRANSLATE_NOOP("DeadlineEdit", "They promised by"),
}


def deadline_label(kind: LoopKind) -> str | None:
    """What the deadline means for ``kind`` ("Answer by"), in the user's language; None
    when its playbook reads no deadline."""
    label = DEADLINE_LABELS.get(kind)
    return None if label is None else QCoreApplication.translate("DeadlineEdit", label)


class DeadlineEdit(QWidget):
    """A line to type a deadline into; empty means none.

    Attributes:
        line_edit: where the time is typed.
        preview_label: what the text is understood as, or why it is not.
    """

    def __init__(
        self, ledger: Ledger, current: datetime | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText(
            self.tr("e.g. friday 5pm, 11 dec 17:00 or 2026-12-11 17:00")
        )
        name_clear_button(self.line_edit)
        self.line_edit.setToolTip(self.tr(HINT))
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.line_edit)
        column.addWidget(self.preview_label)
        self.setFocusProxy(self.line_edit)
        if current is not None:
            self.line_edit.setText(short_local(current, ledger.zone).replace(",", ""))
        self.line_edit.textChanged.connect(self._on_line_edit_text_changed)
        self._on_line_edit_text_changed(self.line_edit.text())

    def deadline(self) -> datetime | None:
        """The instant typed (None when empty); InputError naming ``deadline`` when unreadable."""
        text = self.line_edit.text().strip()
        if not text:
            return None
        ledger = self._ledger
        return parse_when(text, ledger.clock.now(), ledger.zone, field="deadline", allow_past=True)

    def _on_line_edit_text_changed(self, _text: str) -> None:
        try:
            found = self.deadline()
        except InputError as exc:
            self.preview_label.setStyleSheet(error_style())
            self.preview_label.setText(str(exc).split(": ", 1)[-1])
            return
        self.preview_label.setStyleSheet("color: palette(placeholder-text);")
        self.preview_label.setText(
            self.tr("No deadline")
            if found is None
            else self.tr("→ {when}").format(when=short_local(found, self._ledger.zone))
        )
