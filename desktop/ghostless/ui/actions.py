"""The window's actions: one QAction per command, with its shortcut, icon and tooltip.

Shortcuts follow mail clients where they can: Ctrl+N new, Ctrl+R for what
came in ("reply" territory), Ctrl+E for what went out (Ctrl+Enter would fire
from inside text boxes), Ctrl+F find, Delete to delete, Ctrl+Q quit. Every
tooltip names its shortcut, so the toolbar teaches them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ghostless.ui.icons import icon


def _action(
    parent: QWidget,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
    tip: str,
    icon_name: str | None = None,
    icon_text: str | None = None,
) -> QAction:
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if icon_text:
        action.setIconText(icon_text)
    keys = QKeySequence(shortcut) if shortcut is not None else QKeySequence()
    if not keys.isEmpty():
        action.setShortcut(keys)
        tip = f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    return action


@dataclass
class WindowActions:
    """Every action of the main window; menus and the toolbar share them."""

    new_loop: QAction
    new_contact: QAction
    log_received: QAction
    log_sent: QAction
    log_other: QAction
    edit_loop: QAction
    close_loop: QAction
    disengage: QAction
    reopen_loop: QAction
    archive_loop: QAction
    delete_loop: QAction
    edit_contact: QAction
    contact_loops: QAction
    merge_contacts: QAction
    delete_contact: QAction
    find: QAction
    show_closed: QAction
    show_today: QAction
    show_loops: QAction
    show_contacts: QAction
    away: QAction
    quit: QAction

    def contact_actions(self) -> tuple[QAction, ...]:
        """The actions that work on the contacts selected on the Contacts tab."""
        return (self.contact_loops, self.merge_contacts, self.delete_contact)

    def loop_actions(self) -> tuple[QAction, ...]:
        """The actions that work on the selected loop."""
        return (
            self.log_received,
            self.log_sent,
            self.log_other,
            self.edit_loop,
            self.close_loop,
            self.disengage,
            self.reopen_loop,
            self.archive_loop,
            self.delete_loop,
        )


def build_actions(parent: QWidget) -> WindowActions:
    actions = WindowActions(
        new_loop=_action(
            parent, "&New loop…", "Ctrl+N", "Start tracking a conversation", "loop-new", "New loop"
        ),
        new_contact=_action(
            parent, "New &contact…", "Ctrl+Shift+N", "Add a person", "contact-new", "New contact"
        ),
        log_received=_action(
            parent,
            "Log message &received…",
            "Ctrl+R",
            "Record a message they sent me: my turn",
            "event-received",
            "Received",
        ),
        log_sent=_action(
            parent,
            "Log message &sent…",
            "Ctrl+E",
            "Record a message I sent: their turn",
            "event-sent",
            "Sent",
        ),
        log_other=_action(
            parent,
            "Log &other event…",
            "Ctrl+L",
            "Record a meeting, a promise or a note",
            "event-note",
            "Other",
        ),
        edit_loop=_action(parent, "&Edit loop…", "F2", "Change the loop's details", "edit", "Edit"),
        close_loop=_action(
            parent,
            "&Close loop…",
            "Ctrl+D",
            "Finish the conversation with its outcome; the record stays",
            "loop-close",
            "Close",
        ),
        disengage=_action(
            parent,
            "Close &politely…",
            "Ctrl+Shift+D",
            "Decline or step back kindly: assess, draft, set a boundary, send and close",
            "disengage",
            "Close politely",
        ),
        reopen_loop=_action(
            parent,
            "Reope&n loop",
            "Ctrl+Shift+O",
            "Bring a closed or archived loop back",
            "loop-reopen",
            "Reopen",
        ),
        archive_loop=_action(
            parent,
            "&Archive loop",
            "Ctrl+Shift+A",
            "Put the loop away without an outcome; the record stays",
            "loop-archive",
            "Archive",
        ),
        delete_loop=_action(
            parent,
            "&Delete loop…",
            QKeySequence.StandardKey.Delete,
            "Delete the loop and its record (asks first)",
            "loop-delete",
            "Delete",
        ),
        edit_contact=_action(
            parent, "&Edit contact…", "Ctrl+Shift+E", "Change the selected contact", "edit"
        ),
        contact_loops=_action(
            parent,
            "&Loops with this person…",
            "Ctrl+Shift+L",
            "Every loop with the selected contact, open or closed",
            "loop-new",
            "Their loops",
        ),
        merge_contacts=_action(
            parent,
            "&Merge two contacts…",
            "Ctrl+Shift+M",
            "The two selected contacts are one person: keep one, with all loops and addresses",
            None,
            "Merge",
        ),
        delete_contact=_action(
            parent,
            "&Delete contact…",
            QKeySequence.StandardKey.Delete,
            "Delete the selected contact (says what goes with them, and asks first)",
            "loop-delete",
            "Delete",
        ),
        find=_action(
            parent, "&Find…", QKeySequence.StandardKey.Find, "Filter the list as you type"
        ),
        show_closed=_action(
            parent, "&Show closed loops", "Ctrl+H", "List closed and archived loops too"
        ),
        # The tabs in their order: Ctrl+1, 2, 3 (Ctrl+T still opens Today, as before).
        show_today=_action(parent, "&Today", "Ctrl+1", "Show what is owed now", "status-due"),
        show_loops=_action(parent, "&Loops", "Ctrl+2", "Show the loops"),
        show_contacts=_action(parent, "&Contacts", "Ctrl+3", "Show the contacts"),
        away=_action(
            parent,
            "I'm &away (pause reminders)…",
            None,
            "Illness, bereavement, burnout: pause every reminder; nothing is lost",
            "away",
        ),
        quit=_action(parent, "&Quit", "Ctrl+Q", "Quit Ghostless"),
    )
    actions.show_today.setShortcuts([QKeySequence("Ctrl+1"), QKeySequence("Ctrl+T")])
    actions.show_closed.setCheckable(True)
    actions.away.setCheckable(True)
    return actions
