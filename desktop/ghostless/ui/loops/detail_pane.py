"""The selected loop in full: who, what, whose turn, and its record."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.models import Contact, Event, Loop, LoopKind, Turn
from ghostless.core.notices import clip
from ghostless.core.timeparse import describe_wait
from ghostless.core.wording import window_line
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.common.accessible import ValueLabel, name
from ghostless.ui.common.icons import (
    STATUS_COLOURS,
    TURN_COLOURS,
    IconLabel,
    icon,
    status_turn,
    turn_icon,
)
from ghostless.ui.common.local_time import short_local
from ghostless.ui.common.theme import follow_palette
from ghostless.ui.loops.deadline_edit import deadline_label
from ghostless.ui.loops.loop_table_model import status_sentence
from ghostless.ui.loops.timeline_model import TimelineModel

#: The most of a name, role or organisation the pane shows (the rest in a tooltip).
PANE_NAME_CHARS = 60
#: The most of a subject the pane's heading shows.
PANE_TITLE_CHARS = 140


def _small_button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


def _row(label: QLabel, *buttons: QPushButton) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label, 1)
    for button in buttons:
        row.addWidget(button)
    return holder


def _value_label() -> QLabel:
    label = ValueLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


class LoopDetailPane(QWidget):
    """Shows one loop, or a hint to pick one.

    Attributes:
        timeline_model: the loop's events, newest first.
        turn_label: whose turn it is and for how long, in the turn's colour.
        owed_label: the loop's lines of the agenda: what is owed, opens, due, overdue,
            the repair advice of a late one, and "Dismiss" on a dismissible one.
        deadline_label, deadline_button, clear_deadline_button: the deadline the
            playbook reads (an offer's answer-by date, a promised date, an interview).
        introduced_label, unlink_button: the introduction that led to this loop.
        decision_label, decide_button, undecide_button: "I've decided to decline".
        disengage_button: "Close politely…", for an open loop.

    Signals:
        disengage_requested(int): walk the shown loop through the disengagement wizard.
        deadline_requested(int): set or change the loop's deadline.
        deadline_cleared(int), unlink_requested(int): clear the deadline, the introduction.
        link_requested(int): say who introduced the user in this loop.
        decide_requested(int), undecide_requested(int): decided to decline, or not.
        dismiss_requested(int, str): dismiss the item with this key.
        undismiss_requested(int): bring back the items dismissed on this loop.
        event_edit_requested(int), event_delete_requested(int): correct or delete the
            event with this id (double-click, Enter, or the record's context menu).
        unsnooze_requested(int): "Remind me now" on a snoozed loop.
    """

    disengage_requested = Signal(int)
    deadline_requested = Signal(int)
    deadline_cleared = Signal(int)
    unlink_requested = Signal(int)
    link_requested = Signal(int)
    decide_requested = Signal(int)
    undecide_requested = Signal(int)
    dismiss_requested = Signal(int, str)
    undismiss_requested = Signal(int)
    event_edit_requested = Signal(int)
    event_delete_requested = Signal(int)
    unsnooze_requested = Signal(int)

    def __init__(
        self,
        ledger: Ledger,
        parent: QWidget | None = None,
        reminders: ReminderService | None = None,
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._reminders = reminders
        self.loop: Loop | None = None
        #: The latest end of a snooze on the shown loop (None: nothing snoozed).
        self._snoozed_until: datetime | None = None
        self.timeline_model = TimelineModel(ledger.zone, self)

        self.placeholder = QLabel(self.tr("Select a loop to see whose turn it is and its record."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.turn_icon_label = IconLabel(QIcon(), 28)
        self.turn_label = QLabel()
        self.turn_label.setWordWrap(True)
        turn_row = QHBoxLayout()
        turn_row.addWidget(self.turn_icon_label)
        turn_row.addWidget(self.turn_label, 1)
        self.disengage_button = QPushButton(icon("disengage"), self.tr("Close politely…"))
        self.disengage_button.setToolTip(
            self.tr("Decline or step back kindly, then close the loop")
        )
        self.disengage_button.clicked.connect(self._on_disengage_button_clicked)
        self.decide_button = QPushButton(self.tr("I've decided to decline…"))
        self.decide_button.setToolTip(
            self.tr("Start the clock on a clear, short no (due within days), then write it")
        )
        self.decide_button.clicked.connect(lambda: self._emit(self.decide_requested))
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.decide_button)
        actions_row.addWidget(self.disengage_button)
        actions_row.addStretch(1)

        self.contact_label = _value_label()
        self.contact_label.setOpenExternalLinks(True)
        self.kind_label = _value_label()
        self.status_label = _value_label()
        self.opened_label = _value_label()
        self.notes_label = _value_label()
        facts = QFormLayout()
        facts.addRow(self.tr("Contact"), self.contact_label)
        facts.addRow(self.tr("Kind"), self.kind_label)
        facts.addRow(self.tr("Status"), self.status_label)
        facts.addRow(self.tr("Opened"), self.opened_label)
        facts.addRow(self.tr("Notes"), self.notes_label)
        self.deadline_label = _value_label()
        self.deadline_button = _small_button(self.tr("Set…"), self.tr("Set or change the deadline"))
        self.deadline_button.clicked.connect(lambda: self._emit(self.deadline_requested))
        self.clear_deadline_button = _small_button(self.tr("Clear"), self.tr("Remove the deadline"))
        self.clear_deadline_button.clicked.connect(lambda: self._emit(self.deadline_cleared))
        self._deadline_row = _row(
            self.deadline_label, self.deadline_button, self.clear_deadline_button
        )
        facts.addRow(self.tr("Deadline"), self._deadline_row)
        self.introduced_label = _value_label()
        self.unlink_button = _small_button(
            self.tr("Unlink"), self.tr("This loop came from no introduction")
        )
        self.unlink_button.clicked.connect(lambda: self._emit(self.unlink_requested))
        self.link_button = _small_button(
            self.tr("Link…"), self.tr("Who introduced you or vouched for you here?")
        )
        self.link_button.clicked.connect(lambda: self._emit(self.link_requested))
        self._introduced_row = _row(self.introduced_label, self.link_button, self.unlink_button)
        facts.addRow(self.tr("Introduced by"), self._introduced_row)
        self.decision_label = _value_label()
        self.undecide_button = _small_button(
            self.tr("Changed my mind"), self.tr("Go back to the usual timing")
        )
        self.undecide_button.clicked.connect(lambda: self._emit(self.undecide_requested))
        self._decision_row = _row(self.decision_label, self.undecide_button)
        facts.addRow(self.tr("Decision"), self._decision_row)
        self._facts = facts
        self.owed_label = _value_label()
        self.owed_label.setTextFormat(Qt.TextFormat.RichText)
        self.owed_label.linkActivated.connect(self._on_owed_label_link_activated)
        facts.addRow(self.tr("Owed"), self.owed_label)

        self.timeline_view = QListView()
        name(self.timeline_view, self.tr("Record, newest first"))
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setWordWrap(True)
        self.timeline_view.setIconSize(QSize(20, 20))
        self.timeline_view.setSpacing(3)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.timeline_view.setToolTip(
            self.tr("Double-click an entry to correct it; right-click to delete")
        )
        self.edit_event_action = QAction(self.tr("&Correct this entry…"), self.timeline_view)
        self.delete_event_action = QAction(self.tr("&Delete this entry…"), self.timeline_view)
        self.timeline_view.addActions([self.edit_event_action, self.delete_event_action])
        self.timeline_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.edit_event_action.triggered.connect(
            lambda: self._emit_event(self.event_edit_requested)
        )
        self.delete_event_action.triggered.connect(
            lambda: self._emit_event(self.event_delete_requested)
        )
        self.timeline_view.activated.connect(lambda _i: self._emit_event(self.event_edit_requested))
        record_heading = QLabel(self.tr("<b>Record</b> (newest first)"))

        details = QWidget()
        column = QVBoxLayout(details)
        column.addWidget(self.title_label)
        column.addLayout(turn_row)
        column.addLayout(actions_row)
        column.addLayout(facts)
        column.addWidget(record_heading)
        column.addWidget(self.timeline_view, 1)

        self._pages = QStackedLayout(self)
        self._pages.addWidget(self.placeholder)
        self._pages.addWidget(details)
        self.show_loop(None)
        self._palette_stale = False
        follow_palette(self._on_app_palette_changed)

    def _on_app_palette_changed(self, _palette: QPalette) -> None:
        # The turn's colour, the owed lines' colours and the links were worked out
        # for the old palette. Drawn again now if shown, else when next shown (a
        # closed window's pane may outlive its store).
        self._palette_stale = True
        if self.isVisible():
            self._redraw_for_palette()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._palette_stale:
            self._redraw_for_palette()

    def _redraw_for_palette(self) -> None:
        self._palette_stale = False
        if self.loop is not None:
            # A label given the same rich text again keeps its old layout: clear first.
            self.contact_label.clear()
            self.owed_label.clear()
            self.show_loop(self.loop)

    def show_loop(self, loop: Loop | None) -> None:
        """Show ``loop`` (read again with its events), or the hint when None."""
        self.loop = loop
        if loop is None:
            self.timeline_model.set_events([])
            self._pages.setCurrentIndex(0)
            return
        zone = self._ledger.zone
        # A pasted 200-character subject or name would push the facts below it out of
        # the pane: shown cut, whole in the tooltip.
        self.title_label.setText(clip(loop.subject, PANE_TITLE_CHARS))
        self.title_label.setToolTip(loop.subject if loop.subject != self.title_label.text() else "")
        turn = status_turn(loop.status, loop.turn)
        self.turn_icon_label.set_icon(turn_icon(turn))
        self.turn_icon_label.setAccessibleName(self._turn_words(turn))
        self.turn_label.setText(self._turn_sentence(loop))
        self.disengage_button.setVisible(loop.is_open)
        self.turn_label.setStyleSheet(f"color: {TURN_COLOURS[turn].name()}; font-weight: bold;")
        contact = self._ledger.contact(loop.contact_id)
        self.contact_label.setText(self._contact_html(contact))
        whole = "\n".join(part for part in (contact.name, contact.role, contact.org) if part)
        self.contact_label.setToolTip(whole)
        self.kind_label.setText(loop.kind.label)
        self.status_label.setText(status_sentence(loop))
        self.opened_label.setText(short_local(loop.opened_at, zone))
        self.notes_label.setText(loop.notes or "—")
        self.owed_label.setText(self._owed_html(loop))
        if self._snoozed_until is not None:
            until = short_local(self._snoozed_until, zone)
            self.status_label.setText(
                self.tr("{status} · snoozed until {until}").format(
                    status=status_sentence(loop), until=until
                )
            )
        self._show_follow_up_facts(loop)
        self.timeline_model.set_events(self._ledger.events(loop.id))
        self._pages.setCurrentIndex(1)

    def selected_event(self) -> Event | None:
        index = self.timeline_view.currentIndex()
        return self.timeline_model.event_at(index.row()) if index.isValid() else None

    def _emit_event(self, signal: SignalInstance) -> None:
        event = self.selected_event()
        if event is not None:
            signal.emit(event.id)

    def _emit(self, signal: SignalInstance) -> None:
        if self.loop is not None:
            signal.emit(self.loop.id)

    def _show_follow_up_facts(self, loop: Loop) -> None:
        """The deadline, the introduction and the decision to decline, each changeable."""
        ledger, zone = self._ledger, self._ledger.zone
        fields = ledger.follow_up_fields(loop.id)
        editable = loop.is_open
        # Only the kinds whose playbook reads a deadline offer one (or one already set).
        meaning = deadline_label(loop.kind)
        shown = meaning is not None or fields.deadline is not None
        self._facts.setRowVisible(self._deadline_row, shown)
        label = self._facts.labelForField(self._deadline_row)
        if isinstance(label, QLabel):
            label.setText(meaning or self.tr("Deadline"))
        if fields.deadline is not None:
            self.deadline_label.setText(short_local(fields.deadline, zone))
        else:
            self.deadline_label.setText(self.tr("None yet"))
        self.deadline_button.setText(self.tr("Change…") if fields.deadline else self.tr("Set…"))
        self.deadline_button.setVisible(editable)
        self.clear_deadline_button.setVisible(editable and fields.deadline is not None)
        introduced = fields.introduced_by is not None
        # An introduction is with the referrer: it is not itself introduced by anyone.
        self._facts.setRowVisible(
            self._introduced_row, introduced or loop.kind is not LoopKind.INTRODUCTION
        )
        if fields.introduced_by is not None:
            intro = ledger.loop(fields.introduced_by)
            self.introduced_label.setText(
                f"{escape(intro.contact_name)} ({escape(intro.subject)}); tell them how it "
                "turns out when this loop closes"
            )
        else:
            self.introduced_label.setText(self.tr("Nobody"))
        self.unlink_button.setVisible(editable and introduced)
        self.link_button.setVisible(editable and not introduced)
        decided = fields.decline_decided_at
        self._facts.setRowVisible(self._decision_row, decided is not None)
        if decided is not None:
            self.decision_label.setText(
                self.tr("Decided to decline on {when}").format(when=short_local(decided, zone))
            )
        self.undecide_button.setVisible(editable)
        self.decide_button.setVisible(editable and decided is None)

    def _on_owed_label_link_activated(self, link: str) -> None:
        if self.loop is None:
            return
        if link.startswith("dismiss:"):
            self.dismiss_requested.emit(self.loop.id, link.removeprefix("dismiss:"))
        elif link.startswith("undismiss:"):
            self.undismiss_requested.emit(self.loop.id)
        elif link == "unsnooze:":
            self.unsnooze_requested.emit(self.loop.id)

    def _on_disengage_button_clicked(self) -> None:
        if self.loop is not None:
            self.disengage_requested.emit(self.loop.id)

    def _turn_words(self, turn: Turn) -> str:
        """What the turn icon shows, for a screen reader."""
        if turn is Turn.MINE:
            return self.tr("My turn")
        if turn is Turn.THEIRS:
            return self.tr("Their turn")
        return self.tr("Nobody's turn")

    def _turn_sentence(self, loop: Loop) -> str:
        if not loop.is_open:
            when = f" on {short_local(loop.closed_at, self._ledger.zone)}" if loop.closed_at else ""
            return f"{status_sentence(loop)}{when}"
        waited = self._ledger.waited_seconds(loop)
        if loop.turn is Turn.NOBODY or waited is None:
            return "Nobody's turn: nothing is owed right now"
        # "just now" cannot follow "have been waiting" (found by a new user's trial).
        fresh = waited < 60
        if loop.turn is Turn.MINE:
            if fresh:
                return self.tr("My turn: they have been waiting since a moment ago")
            return self.tr("My turn: they have been waiting {wait}").format(
                wait=describe_wait(waited)
            )
        if fresh:
            return self.tr("Their turn: waiting since a moment ago")
        return self.tr("Their turn: I have been waiting {wait}").format(wait=describe_wait(waited))

    def _owed_html(self, loop: Loop) -> str:
        """The loop's lines of the agenda, in its order, each in its status colour."""
        self._snoozed_until = None
        if self._reminders is None or not loop.is_open:
            return "—"
        now, zone = self._ledger.clock.now(), self._ledger.zone
        lines = []
        for owed in self._reminders.loop_agenda(loop.id, now):
            colour = STATUS_COLOURS[owed.status].name()
            text = escape(window_line(owed.window, owed.status, now, zone))
            line = f"<span style='color:{colour}'>{text}</span>"
            if owed.snoozed_until is not None:
                until = owed.snoozed_until
                self._snoozed_until = max(until, self._snoozed_until or until)
                line += self.tr(
                    "<br><i>Snoozed until {until}</i> <a href='unsnooze:'>Remind me now</a>"
                ).format(until=escape(short_local(until, zone)))
            if owed.repair is not None:
                line += f"<br><i>{escape(owed.repair.advice)}</i>"
            if owed.window.rule.dismissible:
                key = escape(owed.window.key, quote=True)
                line += f" <a href='dismiss:{key}'>{self.tr('Dismiss')}</a>"
            lines.append(line)
        dismissed = len(self._ledger.dismissed(loop.id))
        if dismissed:
            lines.append(
                self.tr("<i>{count} dismissed</i> <a href='undismiss:all'>Bring back</a>").format(
                    count=dismissed
                )
            )
        return "<br>".join(lines) if lines else self.tr("Nothing owed")

    def _contact_html(self, contact: Contact) -> str:
        parts = [f"<b>{escape(clip(contact.name, PANE_NAME_CHARS))}</b>"]
        role, org = (escape(clip(part, PANE_NAME_CHARS)) for part in (contact.role, contact.org))
        if role and org:
            works = self.tr("{role} at {org}").format(role=role, org=org)
        else:
            works = role or org
        if works:
            parts.append(works)
        if contact.email:
            address = escape(contact.email, quote=True)
            parts.append(f'<a href="mailto:{address}">{escape(contact.email)}</a>')
        if contact.phone:
            parts.append(escape(contact.phone))
        return "<br>".join(parts)
