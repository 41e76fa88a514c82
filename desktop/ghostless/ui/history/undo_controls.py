"""Edit ▸ Undo and Redo (Ctrl+Z, Ctrl+Shift+Z), and the "Undo" link in the status bar.

The history itself is :class:`ghostless.services.undo.UndoHistory`, kept in
the store; this only offers it. After every write the window makes (the
commands' ``records_changed`` and ``reminders_changed``), the status bar says
what was done with an "Undo" link for a few seconds. Undoing or redoing emits
``records_changed(0)``, the signal every view already refreshes from, so the
lists, Today, the pane and the tray follow at once.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ghostless.core.done_words import done_sentence, redone_sentence, undone_sentence
from ghostless.core.errors import GhostlessError
from ghostless.services.undo import UndoHistory
from ghostless.ui.commands import Commands

#: How long the "Undo" link stays in the status bar after an action.
LINK_SHOWN_MS = 8000


class UndoControls(QObject):
    """The undo and redo actions, and the status bar's link.

    Attributes:
        undo_action, redo_action: Edit ▸ Undo / Redo, named after the step they take.
        link_label: "Closed the loop with …. Undo" after an action, "Undid “…”. Redo"
            after an undo (a plain sentence, :mod:`ghostless.core.done_words`).
        hide_timer: takes the link away again (tests fire it instead of waiting).
    """

    def __init__(
        self, history: UndoHistory, commands: Commands, status_bar: QStatusBar, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._commands = commands
        self._applying = False
        self.undo_action = QAction(self.tr("&Undo"), parent)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(self.tr("&Redo"), parent)
        # Ctrl+Shift+Z everywhere; Ctrl+Y too where it is the platform's redo.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                      if k not in redo_keys]  # fmt: skip
        self.redo_action.setShortcuts(redo_keys)
        self.link_label = QLabel()
        self.link_label.setTextFormat(Qt.TextFormat.RichText)
        self.link_label.hide()
        status_bar.addWidget(self.link_label)
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(LINK_SHOWN_MS)
        self.hide_timer.timeout.connect(self.link_label.hide)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.link_label.linkActivated.connect(self._on_link_label_link_activated)
        commands.records_changed.connect(self._on_commands_written)
        commands.reminders_changed.connect(self._on_commands_written)
        self.refresh()

    def refresh(self) -> None:
        """Name the steps Undo and Redo would take (another process may have written)."""
        try:
            undo, redo = self._history.undo_label(), self._history.redo_label()
        except GhostlessError:
            undo = redo = None
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(
            self.tr("&Undo {step}").format(step=_short(undo)) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {step}").format(step=_short(redo)) if redo else self.tr("&Redo")
        )
        for action, step in ((self.undo_action, undo), (self.redo_action, redo)):
            action.setToolTip(step or self.tr("Nothing to take back"))

    def undo(self) -> None:
        self._take_back(redo=False)

    def redo(self) -> None:
        self._take_back(redo=True)

    def _take_back(self, *, redo: bool) -> None:
        try:
            done = self._history.redo() if redo else self._history.undo()
        except GhostlessError as exc:
            self._commands.warn(str(exc))
            self.refresh()
            return
        self._applying = True
        try:
            self._commands.records_changed.emit(0)
        finally:
            self._applying = False
        self.refresh()
        if redo:
            self._show_link(escape(redone_sentence(_short(done.label))), "undo", self.tr("Undo"))
        else:
            self._show_link(escape(undone_sentence(_short(done.label))), "redo", self.tr("Redo"))

    def _on_commands_written(self, _loop_id: int) -> None:
        if self._applying:
            return
        self.refresh()
        label = self._history.undo_label()
        if label:
            self._show_link(escape(done_sentence(_short(label))), "undo", self.tr("Undo"))
            self.link_label.setToolTip(
                self.tr("{label} — Undo ({keys})").format(label=label, keys=self._keys("undo"))
            )

    def _show_link(self, text: str, href: str, word: str) -> None:
        self.link_label.setText(f"{text} <a href='{href}'>{word}</a>")
        self.link_label.setToolTip(f"{word} ({self._keys(href)})")
        self.link_label.show()
        self.hide_timer.start()

    def _keys(self, href: str) -> str:
        action = self.undo_action if href == "undo" else self.redo_action
        return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def _on_link_label_link_activated(self, link: str) -> None:
        self.link_label.hide()
        self._take_back(redo=link == "redo")


def _short(label: str, limit: int = 60) -> str:
    """A step's words short enough for a menu or the status bar (a 200-character name
    must not widen the window; the full words are the tooltip)."""
    return label if len(label) <= limit else label[: limit - 1] + "…"
