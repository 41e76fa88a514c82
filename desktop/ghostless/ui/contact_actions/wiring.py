"""The contact actions wired to what the window shows.

On the Contacts tab they act on the selected contacts (edit and their loops
on one, merge on two, delete on one); on Today and Loops, editing and their
loops act on the selected loop's contact. Otherwise they are off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QTabWidget

from ghostless.core.models import Loop
from ghostless.ui.actions import WindowActions
from ghostless.ui.commands import Commands

if TYPE_CHECKING:
    from ghostless.ui.contacts.contacts_page import ContactsPage


class Window(Protocol):
    """What the wiring needs of the main window."""

    tabs: QTabWidget
    commands: Commands
    window_actions: WindowActions

    @property
    def contacts_page(self) -> ContactsPage: ...  # built on first need

    def visible_loop(self) -> Loop | None: ...


class ContactActionWiring:
    """Connects the contact actions, and enables them for the tab on show."""

    def __init__(self, window: Window, contacts_tab: int) -> None:
        self._window = window
        self._contacts_tab = contacts_tab
        actions = window.window_actions
        actions.edit_contact.triggered.connect(self._on_edit_contact_triggered)
        actions.contact_loops.triggered.connect(self._on_contact_loops_triggered)
        actions.merge_contacts.triggered.connect(self._on_merge_contacts_triggered)
        actions.delete_contact.triggered.connect(self._on_delete_contact_triggered)

    def _on_contacts_tab(self) -> bool:
        return self._window.tabs.currentIndex() == self._contacts_tab

    def update(self, loop: Loop | None) -> None:
        """Enable what fits the selection on show; ``loop`` is the visible tab's loop."""
        actions = self._window.window_actions
        on_contacts = self._on_contacts_tab()
        chosen = self._window.contacts_page.selected_contacts() if on_contacts else []
        one = len(chosen) == 1 if on_contacts else loop is not None
        actions.edit_contact.setEnabled(one)
        actions.contact_loops.setEnabled(one)
        actions.merge_contacts.setEnabled(len(chosen) == 2)
        actions.delete_contact.setEnabled(on_contacts and len(chosen) == 1)

    def _visible_contact_id(self) -> int | None:
        """The contact the tab on show points at: the one selected, or the loop's."""
        if self._on_contacts_tab():
            contact = self._window.contacts_page.selected_contact()
            return contact.id if contact else None
        loop = self._window.visible_loop()
        return loop.contact_id if loop else None

    def _on_edit_contact_triggered(self) -> None:
        contact_id = self._visible_contact_id()
        if contact_id is not None:
            self._window.commands.edit_contact(contact_id)

    def _on_contact_loops_triggered(self) -> None:
        contact_id = self._visible_contact_id()
        if contact_id is not None:
            self._window.commands.contact_loops(contact_id)

    def _on_merge_contacts_triggered(self) -> None:
        if not self._on_contacts_tab():  # (the page is built once it has been shown)
            return
        chosen = self._window.contacts_page.selected_contacts()
        if len(chosen) == 2:
            self._window.commands.merge_contacts(chosen[0].id, chosen[1].id)

    def _on_delete_contact_triggered(self) -> None:
        if not self._on_contacts_tab():
            return
        contact = self._window.contacts_page.selected_contact()
        if contact is not None:
            self._window.commands.delete_contact(contact.id)
