"""Dialogs of the follow-up engine: snooze to a chosen time, go away, and come back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.models import Loop
from ghostless.core.planner import AwayReason, BackNowSummary
from ghostless.core.wording import STATUS_LABELS
from ghostless.services.reminders import ReminderService
from ghostless.ui.common.accessible import name
from ghostless.ui.common.form_dialog import FormDialog, about_loops
from ghostless.ui.common.icons import STATUS_COLOURS
from ghostless.ui.common.local_time import from_wall_clock, instant_edit
from ghostless.ui.common.tab_order import tab_buttons_as_shown
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

AWAY_HINTS = {
    AwayReason.ILLNESS: QT_TRANSLATE_NOOP(
        "AwayDialog", "You are unwell. Rest first; the loops will wait."
    ),
    AwayReason.BEREAVEMENT: QT_TRANSLATE_NOOP(
        "AwayDialog", "You lost someone. Nothing here matters more than that."
    ),
    AwayReason.BURNOUT: QT_TRANSLATE_NOOP(
        "AwayDialog", "You need a break. Stepping back is allowed."
    ),
    AwayReason.OTHER: QT_TRANSLATE_NOOP("AwayDialog", "You cannot correspond for a while."),
}


class SnoozeDialog(FormDialog):
    """Snoozes a loop's reminders (or several loops', as one undo step) to a time the
    user picks (in their zone); a time beyond a year is asked about first."""

    def __init__(
        self,
        reminders: ReminderService,
        loop: Loop,
        parent: QWidget | None = None,
        more: Sequence[Loop] = (),
    ):
        super().__init__(QCoreApplication.translate("SnoozeDialog", "Snooze until…"), parent)
        self._reminders = reminders
        self._loop = loop
        self._loops = [loop, *more]
        about = about_loops(self._loops)
        self.form.addRow(about)
        now = reminders.ledger.clock.now()
        self.when_edit = instant_edit(now + timedelta(hours=3), reminders.zone)
        self.add_field("snooze", self.tr("Remind me &at"), self.when_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Snooze"))

    def submit(self) -> None:
        from ghostless.services.triage import Triage

        until = from_wall_clock(self.when_edit.dateTime(), self._reminders.zone)
        loop_ids = [each.id for each in self._loops]
        Triage(self._reminders).snooze(loop_ids, until, confirmed=self.confirmed)


class AwayDialog(FormDialog):
    """Turns away mode on, with a reason that shapes the "back now" message later."""

    def __init__(self, reminders: ReminderService, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AwayDialog", "I'm away"), parent)
        self._reminders = reminders
        intro = QLabel(
            self.tr(
                "Reminders pause until you come back. Nothing is lost: on your return, "
                "Ghostless lists every loop that went quiet and offers a short “back "
                "now” message."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reason_combo = QComboBox()
        for reason in AwayReason:
            self.reason_combo.addItem(reason.label, reason.value)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.add_field("reason", self.tr("&Reason"), self.reason_combo)
        self.form.addRow("", self.hint_label)
        self.reason_combo.currentIndexChanged.connect(self._on_reason_combo_changed)
        self._on_reason_combo_changed()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pause reminders"))

    def reason(self) -> AwayReason:
        return AwayReason(self.reason_combo.currentData())

    def set_reason(self, reason: AwayReason) -> None:
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(reason.value))

    def _on_reason_combo_changed(self) -> None:
        self.hint_label.setText(self.tr(AWAY_HINTS[self.reason()]))

    def submit(self) -> None:
        self._reminders.away_on(self.reason())


class BackNowDialog(QDialog):
    """Welcome back: the loops that went quiet while away, and a message to copy.

    Attributes:
        loops_label: the quiet loops, worst first ("Nothing went quiet" if none).
        message_edit: the "back now" draft, editable before copying.
        copy_button: copies the draft to the clipboard.
    """

    def __init__(
        self, summary: BackNowSummary, names: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome back"))
        self.setMinimumWidth(480)
        self.summary = summary
        heading = QLabel(self.tr("<b>Reminders are on again.</b>"))
        self.loops_label = QLabel(self._loops_html(summary, names))
        self.loops_label.setWordWrap(True)
        self.message_edit = QPlainTextEdit(summary.message)
        name(self.message_edit, self.tr("Back-now message"))
        self.message_edit.setMinimumHeight(90)
        self.copy_button = QPushButton(self.tr("&Copy message"))
        self.copy_button.clicked.connect(self.copy_message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.loops_label)
        if not summary.is_empty:
            layout.addWidget(QLabel(self.tr("A short message you can send to each of them:")))
            layout.addWidget(self.message_edit)
        else:
            self.message_edit.hide()
            self.copy_button.hide()
        layout.addWidget(buttons)
        tab_buttons_as_shown(buttons)  # once in the dialog: Tab keeps it

    @staticmethod
    def _loops_html(summary: BackNowSummary, names: dict[int, str]) -> str:
        if summary.is_empty:
            return QCoreApplication.translate(
                "BackNowDialog", "Nothing went quiet while you were away."
            )
        count = len(summary.loops)
        lines = []
        for quiet in summary.loops:
            colour = STATUS_COLOURS[quiet.status].name()
            what = "; ".join(window.label for window in quiet.windows)
            name = escape(
                names.get(
                    quiet.loop_id,
                    QCoreApplication.translate("BackNowDialog", "Loop {loop_id}").format(
                        loop_id=quiet.loop_id
                    ),
                )
            )
            lines.append(
                f"<li><span style='color:{colour}'><b>{STATUS_LABELS[quiet.status]}</b></span> "
                f"· <b>{name}</b>: {escape(what)}</li>"
            )
        went = QCoreApplication.translate(
            "BackNowDialog", "Loops that went quiet while you were away ({count}):"
        ).format(count=count)
        return f"{went}<ul>{''.join(lines)}</ul>"

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self.message_edit.toPlainText())
