"""The window's actions: one QAction per command, with its shortcut, icon and tooltip.

Shortcuts follow mail clients where they can: Ctrl+N new, Ctrl+R for what
came in ("reply" territory), Ctrl+E for what went out (Ctrl+Enter would fire
from inside text boxes), Ctrl+F find, Delete to delete, Ctrl+Q quit. Every
tooltip names its shortcut, so the toolbar teaches them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ghostless.ui.common.icons import icon


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
    snooze: QAction
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
            self.snooze,
            self.reopen_loop,
            self.archive_loop,
            self.delete_loop,
        )


def build_actions(parent: QWidget) -> WindowActions:
    actions = WindowActions(
        new_loop=_action(
            parent,
            QCoreApplication.translate("actions", "&New loop…"),
            "Ctrl+N",
            QCoreApplication.translate("actions", "Start tracking a conversation"),
            "loop-new",
            QCoreApplication.translate("actions", "New loop"),
        ),
        new_contact=_action(
            parent,
            QCoreApplication.translate("actions", "New &contact…"),
            "Ctrl+Shift+N",
            QCoreApplication.translate("actions", "Add a person"),
            "contact-new",
            QCoreApplication.translate("actions", "New contact"),
        ),
        log_received=_action(
            parent,
            QCoreApplication.translate("actions", "Log message &received…"),
            "Ctrl+R",
            QCoreApplication.translate("actions", "Record a message they sent me: my turn"),
            "event-received",
            QCoreApplication.translate("actions", "Received"),
        ),
        log_sent=_action(
            parent,
            QCoreApplication.translate("actions", "Log message &sent…"),
            "Ctrl+E",
            QCoreApplication.translate("actions", "Record a message I sent: their turn"),
            "event-sent",
            QCoreApplication.translate("actions", "Sent"),
        ),
        log_other=_action(
            parent,
            QCoreApplication.translate("actions", "Log &other event…"),
            "Ctrl+L",
            QCoreApplication.translate("actions", "Record a meeting, a promise or a note"),
            "event-note",
            QCoreApplication.translate("actions", "Other"),
        ),
        edit_loop=_action(
            parent,
            QCoreApplication.translate("actions", "&Edit loop…"),
            "F2",
            QCoreApplication.translate("actions", "Change the loop's details"),
            "edit",
            QCoreApplication.translate("actions", "Edit"),
        ),
        close_loop=_action(
            parent,
            QCoreApplication.translate("actions", "&Close loop…"),
            "Ctrl+D",
            QCoreApplication.translate(
                "actions", "Finish the conversation with its outcome; the record stays"
            ),
            "loop-close",
            QCoreApplication.translate("actions", "Close"),
        ),
        disengage=_action(
            parent,
            QCoreApplication.translate("actions", "Close &politely…"),
            "Ctrl+Shift+D",
            QCoreApplication.translate(
                "actions",
                "Decline or step back kindly: assess, draft, set a boundary, send and close",
            ),
            "disengage",
            QCoreApplication.translate("actions", "Close politely"),
        ),
        snooze=_action(
            parent,
            # Reope&n has the n: the Loop menu gives each item a letter of its own.
            QCoreApplication.translate("actions", "Snoo&ze"),
            "Ctrl+Shift+S",
            QCoreApplication.translate(
                "actions", "Remind me later: an hour, tomorrow, a time you type (S on Today)"
            ),
            "snooze",
            QCoreApplication.translate("actions", "Snooze"),
        ),
        reopen_loop=_action(
            parent,
            QCoreApplication.translate("actions", "Reope&n loop"),
            "Ctrl+Shift+O",
            QCoreApplication.translate("actions", "Bring a closed or archived loop back"),
            "loop-reopen",
            QCoreApplication.translate("actions", "Reopen"),
        ),
        archive_loop=_action(
            parent,
            QCoreApplication.translate("actions", "&Archive loop"),
            "Ctrl+Shift+A",
            QCoreApplication.translate(
                "actions", "Put the loop away without an outcome; the record stays"
            ),
            "loop-archive",
            QCoreApplication.translate("actions", "Archive"),
        ),
        delete_loop=_action(
            parent,
            QCoreApplication.translate("actions", "&Delete loop…"),
            QKeySequence.StandardKey.Delete,
            QCoreApplication.translate("actions", "Delete the loop and its record (asks first)"),
            "loop-delete",
            QCoreApplication.translate("actions", "Delete"),
        ),
        edit_contact=_action(
            parent,
            QCoreApplication.translate("actions", "&Edit contact…"),
            "Ctrl+Shift+E",
            QCoreApplication.translate("actions", "Change the selected contact"),
            "edit",
        ),
        contact_loops=_action(
            parent,
            QCoreApplication.translate("actions", "&Loops with this person…"),
            "Ctrl+Shift+L",
            QCoreApplication.translate(
                "actions", "Every loop with the selected contact, open or closed"
            ),
            "loop-new",
            QCoreApplication.translate("actions", "Their loops"),
        ),
        merge_contacts=_action(
            parent,
            QCoreApplication.translate("actions", "&Merge two contacts…"),
            "Ctrl+Shift+M",
            QCoreApplication.translate(
                "actions",
                "The two selected contacts are one person: keep one, with all loops and addresses",
            ),
            None,
            QCoreApplication.translate("actions", "Merge"),
        ),
        delete_contact=_action(
            parent,
            QCoreApplication.translate("actions", "&Delete contact…"),
            QKeySequence.StandardKey.Delete,
            QCoreApplication.translate(
                "actions", "Delete the selected contact (says what goes with them, and asks first)"
            ),
            "loop-delete",
            QCoreApplication.translate("actions", "Delete"),
        ),
        find=_action(
            parent,
            QCoreApplication.translate("actions", "&Find…"),
            QKeySequence.StandardKey.Find,
            QCoreApplication.translate("actions", "Filter the list as you type"),
        ),
        show_closed=_action(
            parent,
            QCoreApplication.translate("actions", "&Show closed loops"),
            "Ctrl+H",
            QCoreApplication.translate("actions", "List closed and archived loops too"),
        ),
        # The tabs in their order: Ctrl+1, 2, 3 (Ctrl+T still opens Today, as before).
        show_today=_action(
            parent,
            QCoreApplication.translate("actions", "&Today"),
            "Ctrl+1",
            QCoreApplication.translate("actions", "Show what is owed now"),
            "status-due",
        ),
        show_loops=_action(
            parent,
            QCoreApplication.translate("actions", "&Loops"),
            "Ctrl+2",
            QCoreApplication.translate("actions", "Show the loops"),
        ),
        show_contacts=_action(
            parent,
            QCoreApplication.translate("actions", "&Contacts"),
            "Ctrl+3",
            QCoreApplication.translate("actions", "Show the contacts"),
        ),
        away=_action(
            parent,
            QCoreApplication.translate("actions", "I'm &away (pause reminders)…"),
            None,
            QCoreApplication.translate(
                "actions", "Illness, bereavement, burnout: pause every reminder; nothing is lost"
            ),
            "away",
        ),
        quit=_action(
            parent,
            QCoreApplication.translate("actions", "&Quit"),
            "Ctrl+Q",
            QCoreApplication.translate("actions", "Quit Ghostless"),
        ),
    )
    actions.show_today.setShortcuts([QKeySequence("Ctrl+1"), QKeySequence("Ctrl+T")])
    actions.show_closed.setCheckable(True)
    actions.away.setCheckable(True)
    return actions
