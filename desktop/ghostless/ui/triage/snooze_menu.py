"""The snooze menu, the same wherever it opens (Today, the Loops toolbar, the Loop
menu, a list's context menu, the reminders bar): a time typed as people say it,
the presets that make sense now, "Pick a date and time…", and "Remind me again
now" for what is already snoozed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget, QWidgetAction

from ghostless.core.planner import snooze_presets
from ghostless.ui.common.accessible import name_clear_button, with_mnemonic
from ghostless.ui.common.icons import icon
from ghostless.ui.triage.triage_commands import TriageCommands

TYPED_PLACEHOLDER = "Type a time: friday 3pm, in 2 days…"
UNSNOOZE_TEXT = "Remind me again now"


class TypedTimeAction(QWidgetAction):
    """A line in the menu to type a time into; Enter snoozes and closes the menu.

    Attributes:
        edit: the line edit (tests type into it).
    """

    def __init__(self, menu: QMenu, snooze: Callable[[str], bool]) -> None:
        super().__init__(menu)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(TYPED_PLACEHOLDER)
        self.edit.setToolTip(
            self.tr(
                "Words such as 'tomorrow 9am', 'next monday', 'in 3 hours', or a date; "
                "Enter snoozes"
            )
        )
        name_clear_button(self.edit)
        self.edit.setMinimumWidth(240)
        self.setDefaultWidget(self.edit)
        self._menu = menu
        self._snooze = snooze
        self.edit.returnPressed.connect(self._on_edit_return_pressed)

    def _on_edit_return_pressed(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        self._menu.close()
        self._snooze(text)


def snooze_menu(
    triage: TriageCommands,
    loop_ids: Sequence[int],
    parent: QWidget | None,
    *,
    snoozed: bool = False,
) -> QMenu:
    """The snooze choices for ``loop_ids`` (several are snoozed together, as one step)."""
    ids = list(loop_ids)
    title = "Snooze" if len(ids) <= 1 else f"Snooze {len(ids)} loops"
    menu = QMenu(title, parent)
    menu.setIcon(icon("snooze"))
    fill_snooze_menu(menu, triage, ids, snoozed=snoozed)
    return menu


def fill_snooze_menu(
    menu: QMenu, triage: TriageCommands, loop_ids: list[int], *, snoozed: bool
) -> None:
    """(Re)fill ``menu``: presets first (read at this instant), then the typed time."""
    menu.clear()
    ledger = triage.service.ledger
    settings = triage.service.reminders.settings()
    for preset in snooze_presets(ledger.clock.now(), ledger.zone, settings):
        action = menu.addAction(preset.label)
        action.setData(preset.value)
        action.triggered.connect(lambda _=False, p=preset: triage.snooze(loop_ids, p))
    menu.addSeparator()
    menu.addAction(TypedTimeAction(menu, lambda text: triage.snooze_typed(loop_ids, text)))
    pick = menu.addAction(QCoreApplication.translate("Commands", "Pick a time…"))
    pick.triggered.connect(lambda: triage.pick_time(loop_ids))
    if snoozed:
        menu.addSeparator()
        again = menu.addAction(QCoreApplication.translate("TodayPage", "Remind me again now"))
        again.triggered.connect(lambda: triage.unsnooze(loop_ids))
    _add_accelerators(menu)


def _add_accelerators(menu: QMenu) -> None:
    """One letter per entry, underlined, so S then a letter snoozes: the presets'
    words change with the hour and the language, so the letters are picked here."""
    taken: set[str] = set()
    for action in menu.actions():
        if not action.isSeparator() and not isinstance(action, QWidgetAction):
            action.setText(with_mnemonic(action.text(), taken))


def typed_time_action(menu: QMenu) -> TypedTimeAction | None:
    """The menu's typed-time line (for tests and keyboard focus)."""
    return next((a for a in menu.actions() if isinstance(a, TypedTimeAction)), None)
