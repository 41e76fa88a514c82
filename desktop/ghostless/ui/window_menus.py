"""The main window's menus and toolbar, over its shared actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from ghostless.ui.common.accessible import name_overflow_button
from ghostless.ui.import_export.file_menu import add_transfers

if TYPE_CHECKING:
    from ghostless.ui.main_window import MainWindow


@dataclass(frozen=True)
class MenuActions:
    """The menu items that are not window actions (kept for tests and the window)."""

    find_duplicates: QAction
    undo_merge: QAction
    mail_accounts: QAction
    mail_sync: QAction


def build_menus(window: MainWindow) -> MenuActions:
    """Fill ``window``'s menu bar: File, Edit, Loop, Contacts, View, Mail, Reminders."""
    actions, commands = window.window_actions, window.commands
    menus = window.menuBar()
    file_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions([actions.new_loop, actions.new_contact])
    file_menu.addSeparator()
    add_transfers(
        file_menu, window, window.ledger, window.reminders, lambda: commands.records_changed.emit(0)
    )
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = window.undo_controls
    edit_menu.addActions([undo.undo_action, undo.redo_action])
    loop_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Loop"))
    loop_menu.addActions([actions.log_received, actions.log_sent, actions.log_other])
    loop_menu.addSeparator()
    loop_menu.addActions([actions.edit_loop, actions.close_loop, actions.disengage])
    loop_menu.addAction(actions.snooze)
    loop_menu.addAction(actions.reopen_loop)
    loop_menu.addActions([actions.archive_loop, actions.delete_loop])
    contact_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Contacts"))
    contact_menu.addActions([actions.new_contact, actions.edit_contact])
    contact_menu.addActions(list(actions.contact_actions()))
    contact_menu.addSeparator()
    find_duplicates = contact_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Find duplicates…"),
        lambda: commands.find_duplicates(),
    )
    undo_merge = contact_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Undo last merge"), lambda: commands.undo_merge()
    )
    view_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addActions([actions.find, actions.show_closed])
    view_menu.addSeparator()
    view_menu.addActions([actions.show_today, actions.show_loops, actions.show_contacts])
    view_menu.addAction(window.show_mail_action)
    mail_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Mail"))
    mail_accounts = mail_menu.addAction(
        QCoreApplication.translate("MainWindow", "Mail &accounts…"),
        window.mail_accounts_requested.emit,
    )
    mail_sync = mail_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Sync mail now"), window.mail_sync_requested.emit
    )
    reminders_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Reminders"))
    reminders_menu.addAction(actions.show_today)
    reminders_menu.addSeparator()
    reminders_menu.addAction(actions.away)
    reminders_menu.addSeparator()
    reminders_menu.addAction(window.settings_action)
    return MenuActions(find_duplicates, undo_merge, mail_accounts, mail_sync)


def build_toolbar(window: MainWindow) -> QToolBar:
    """The toolbar of the loop actions; its actions are the list's context menu too."""
    actions = window.window_actions
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Actions"))
    toolbar.setObjectName("actions_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions.new_loop, actions.new_contact])
    toolbar.addSeparator()
    toolbar.addActions([actions.log_received, actions.log_sent, actions.log_other])
    toolbar.addSeparator()
    toolbar.addActions([actions.edit_loop, actions.close_loop, actions.disengage])
    toolbar.addAction(actions.snooze)
    toolbar.addAction(actions.reopen_loop)
    toolbar.addActions([actions.archive_loop, actions.delete_loop])
    window.addToolBar(toolbar)  # the Loops tab's list takes them too, once built
    name_overflow_button(toolbar)
    toolbar.installEventFilter(ToolbarFit(toolbar))
    return toolbar


class ToolbarFit(QObject):
    """Shows a toolbar's actions as icons only when their words do not fit its width.

    A longer language (German) or a narrow window would otherwise put the last
    actions behind the "»" button, where nobody finds them; each action's words stay
    in its tooltip. The words come back when the window is wide enough again.
    """

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self._toolbar = toolbar
        #: The width the toolbar needs with words beside its icons (known once measured).
        self._with_words = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:  # new words: measure them again
            self._toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LanguageChange):
            self.fit()
        return False

    def fit(self) -> None:
        toolbar = self._toolbar
        words = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        layout = toolbar.layout()
        if toolbar.toolButtonStyle() == words and layout is not None:
            self._with_words = layout.sizeHint().width()
        fits = self._with_words <= toolbar.width()
        wanted = words if fits else Qt.ToolButtonStyle.ToolButtonIconOnly
        if toolbar.toolButtonStyle() != wanted:
            toolbar.setToolButtonStyle(wanted)
