"""The tray icon: what is owed at a glance, and its menu.

Three states, each its own picture (not only a colour): nothing owed (a tick),
something owed (dots and an amber badge), something overdue (a red "!" badge).
On macOS the menu bar gets monochrome template pictures (``QIcon.setIsMask``)
so it follows the light or dark bar. The tooltip counts ("2 owed now, 1 overdue").

The icon and tooltip follow the counts, read (with two aggregate queries)
whenever the state is refreshed. The menu's lines are read and the menu rebuilt
only just before it opens (``aboutToShow``): what is owed now, each entry
opening its loop, then "Snooze all for an hour", away mode, "Open Ghostless",
"Settings…" and "Quit". A scheduler tick or a write refreshes the counts, not
lines nobody is looking at. The controller only says what was asked
(signals); the app does it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ghostless import APP_NAME
from ghostless.core.notices import clip
from ghostless.core.planner import SnoozePreset, Status
from ghostless.services.reminders import Owed, ReminderService, is_owed_now
from ghostless.ui.common.icons import icon, status_icon
from ghostless.ui.common.theme import follow_palette
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

#: Owed entries the menu lists at most; the rest are behind "N more in Today…".
MAX_MENU_ITEMS = 8
SNOOZE_ALL_TEXT = QT_TRANSLATE_NOOP("TrayController", "Snooze all for an hour")
#: The tray's snooze choices: true at any hour ("this evening" is not, after 18:00).
TRAY_SNOOZE_PRESETS = (SnoozePreset.HOUR, SnoozePreset.TOMORROW_MORNING, SnoozePreset.NEXT_WEEK)


class TrayState(Enum):
    IDLE = "idle"
    OWED = "owed"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class TraySnapshot:
    """What the tray shows: the first entries owed now, most urgent first, how many
    are owed now and overdue in all (counted in SQL; from ``owed`` when not given),
    and away mode. ``listed`` is False when only the counts were read (``owed`` is
    then empty, and the menu keeps its lines until it is about to show)."""

    owed: tuple[Owed, ...] = ()
    away: bool = False
    owed_count: int | None = None
    overdue_count: int | None = None
    listed: bool = True

    @property
    def total(self) -> int:
        return len(self.owed) if self.owed_count is None else self.owed_count

    @property
    def overdue(self) -> int:
        if self.overdue_count is not None:
            return self.overdue_count
        return sum(1 for owed in self.owed if owed.status is Status.OVERDUE)

    @property
    def state(self) -> TrayState:
        if self.overdue:
            return TrayState.OVERDUE
        return TrayState.OWED if self.total else TrayState.IDLE

    def counts_text(self) -> str:
        """ "2 owed now, 1 overdue", "1 owed now" or "Nothing owed now"."""
        if not self.total:
            return QCoreApplication.translate("TrayController", "Nothing owed now")
        if self.overdue:
            return QCoreApplication.translate(
                "TrayController", "{owed} owed now, {overdue} overdue"
            ).format(owed=self.total, overdue=self.overdue)
        return QCoreApplication.translate("TrayController", "{owed} owed now").format(
            owed=self.total
        )

    def tooltip(self) -> str:
        text = f"{APP_NAME}: {self.counts_text()}"
        return (
            QCoreApplication.translate("TrayController", "{text} (reminders paused: away)").format(
                text=text
            )
            if self.away
            else text
        )


def snapshot_of(agenda: list[Owed], *, away: bool) -> TraySnapshot:
    """The tray's view of an agenda: only what is owed now (not upcoming, not snoozed)."""
    return TraySnapshot(tuple(owed for owed in agenda if is_owed_now(owed)), away)


def read_snapshot(reminders: ReminderService, now: datetime, *, lines: bool = True) -> TraySnapshot:
    """The tray's view at ``now``: the counts, and (``lines``) only the lines its menu lists."""
    counts = reminders.agenda_counts(now)
    head = reminders.agenda(now, limit=MAX_MENU_ITEMS) if lines and counts.owed_now else []
    return TraySnapshot(
        tuple(owed for owed in head if is_owed_now(owed)),
        reminders.away() is not None,
        owed_count=counts.owed_now,
        overdue_count=counts.overdue_now,
        listed=lines,
    )


def tray_icon_name(state: TrayState, *, template: bool) -> str:
    if template:
        return {
            TrayState.IDLE: "tray-template",
            TrayState.OWED: "tray-template-owed",
            TrayState.OVERDUE: "tray-template-overdue",
        }[state]
    return f"tray-{state.value}"


#: The longest entry in the tray menu, in characters: a menu as wide as a
#: 200-character name would cover the screen (and dbusmenu hosts show no tooltips).
MENU_CHARS = 80


def _menu_text(text: str) -> str:
    # Cut with "…" (whole in the tooltip), and a lone & would make the next letter a shortcut.
    return clip(text, MENU_CHARS).replace("&", "&&")


class TrayController(QObject):
    """The tray icon and its menu over a source of snapshots.

    ``read`` gives what the icon and tooltip show (the counts may do); ``read_menu``
    (``read`` when not given) what the menu lists, read as the menu is about to show.

    Signals:
        open_loop_requested(int): show the window at this loop.
        disengage_requested(int): open the wizard to close this loop politely.
        snooze_requested(int, str): snooze this loop by a preset (its value).
        snooze_pick_requested(int): ask for a time, then snooze this loop until then.
        open_requested(): show the window (Today).
        snooze_all_requested(): snooze every entry owed now by an hour.
        away_requested(bool): away mode on (True) or off.
        settings_requested(): open the settings.
        quit_requested(): quit Ghostless.

    Attributes:
        icon: the QSystemTrayIcon (kept here so Python never drops it).
        menu: its context menu (likewise).
        snapshot: what it shows now.
        template: monochrome pictures (macOS menu bar).
    """

    open_loop_requested = Signal(int)
    disengage_requested = Signal(int)
    snooze_requested = Signal(int, str)
    snooze_pick_requested = Signal(int)
    open_requested = Signal()
    snooze_all_requested = Signal()
    away_requested = Signal(bool)
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        read: Callable[[], TraySnapshot],
        parent: QObject | None = None,
        *,
        read_menu: Callable[[], TraySnapshot] | None = None,
        template: bool = sys.platform == "darwin",
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._read_menu = read_menu if read_menu is not None else read
        self.template = template
        self.snapshot = TraySnapshot()
        self.menu = QMenu()
        self.menu.setToolTipsVisible(True)  # the whole of an entry cut with "…"
        self.menu.setTitle(APP_NAME)
        self.snooze_all_action = QAction(icon("snooze"), self.tr(SNOOZE_ALL_TEXT), self)
        self.away_action = QAction(icon("away"), self.tr("I'm away (pause reminders)"), self)
        self.away_action.setCheckable(True)
        self.open_action = QAction(self.tr("Open {app}").format(app=APP_NAME), self)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.quit_action = QAction(self.tr("Quit {app}").format(app=APP_NAME), self)
        self.snooze_all_action.triggered.connect(lambda: self.snooze_all_requested.emit())
        self.away_action.triggered.connect(lambda checked: self.away_requested.emit(checked))
        self.open_action.triggered.connect(lambda: self.open_requested.emit())
        self.settings_action.triggered.connect(lambda: self.settings_requested.emit())
        self.quit_action.triggered.connect(lambda: self.quit_requested.emit())
        self.owed_actions: list[QAction] = []
        self._listed: tuple[tuple[Owed, ...], int] = ((), 0)
        self._build_fixed_menu()
        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.menu.aboutToShow.connect(self.refresh_menu)
        self._show(self.snapshot)
        follow_palette(self._on_app_palette_changed)

    def refresh(self) -> TraySnapshot:
        """Read the state again and show it (icon, tooltip; the menu's lines if read)."""
        self._show(self._read())
        return self.snapshot

    def refresh_menu(self) -> TraySnapshot:
        """Read the state with the menu's lines and show it all (the menu is opening)."""
        self._show(self._read_menu())
        return self.snapshot

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def state_icon(self, state: TrayState) -> QIcon:
        picture = QIcon(icon(tray_icon_name(state, template=self.template)))
        if self.template:
            picture.setIsMask(True)
        return picture

    def menu_texts(self) -> list[str]:
        """The menu's entries as shown ("" for a separator), for tests."""
        return ["" if a.isSeparator() else a.text() for a in self.menu.actions()]

    def _show(self, snapshot: TraySnapshot) -> None:
        changed_state = snapshot.state is not self.snapshot.state or self.icon.icon().isNull()
        self.snapshot = snapshot
        if changed_state:
            self.icon.setIcon(self.state_icon(snapshot.state))
        self.icon.setToolTip(snapshot.tooltip())
        self._rebuild_menu(snapshot)

    def _on_app_palette_changed(self, _palette: QPalette) -> None:
        # The icons follow the palette when Qt paints them, but a tray host reads the
        # menu over D-Bus (dbusmenu) and keeps what it read: setting an icon again
        # tells it the entry changed. The tray picture itself is drawn for the panel.
        for action in self.menu.actions():
            if not action.icon().isNull():
                action.setIcon(action.icon())

    def _build_fixed_menu(self) -> None:
        """The commands, made once: a tray host (dbusmenu) clicks entries by id, and ids
        must outlive a refresh between its reading the menu and the click."""
        menu = self.menu
        self._owed_end = menu.addSeparator()
        menu.addAction(self.snooze_all_action)
        menu.addAction(self.away_action)
        menu.addSeparator()
        menu.addAction(self.open_action)
        menu.addAction(self.settings_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _rebuild_menu(self, snapshot: TraySnapshot) -> None:
        self.snooze_all_action.setEnabled(bool(snapshot.total))
        self.away_action.setChecked(snapshot.away)
        if not snapshot.listed:
            return  # the lines are read when the menu is about to show
        if self.owed_actions and (snapshot.owed, snapshot.total) == self._listed:
            return  # nothing new to list: keep the entries (and their ids)
        self._listed = (snapshot.owed, snapshot.total)
        for action in self.owed_actions:
            self.menu.removeAction(action)
            if action.menu() is not None:
                action.menu().deleteLater()
            action.deleteLater()
        fresh: list[QAction] = []
        heading = QAction(snapshot.counts_text(), self)
        heading.setEnabled(False)
        fresh.append(heading)
        for owed in snapshot.owed[:MAX_MENU_ITEMS]:
            text = _menu_text(f"{owed.loop.contact_name}: {owed.window.label}")
            action = QAction(status_icon(owed.status), text, self)
            action.setToolTip(f"{owed.loop.contact_name}: {owed.window.label}\n{owed.loop.subject}")
            loop_id = owed.loop.id
            action.triggered.connect(lambda _=False, i=loop_id: self.open_loop_requested.emit(i))
            fresh.append(action)
        more = snapshot.total - min(len(snapshot.owed), MAX_MENU_ITEMS)
        if more > 0:
            action = QAction(f"{more} more in Today…", self)
            action.triggered.connect(lambda: self.open_requested.emit())
            fresh.append(action)
        if snapshot.owed:
            fresh.append(self._snooze_menu(snapshot))
            fresh.append(self._polite_menu(snapshot))
        self.menu.insertActions(self._owed_end, fresh)
        self.owed_actions = fresh

    def _snooze_menu(self, snapshot: TraySnapshot) -> QAction:
        """ "Snooze…" with a submenu of the loops owed now, each with the presets that hold
        at any hour (and "Pick a time…", which opens the window's dialog)."""
        submenu = QMenu(self.menu)
        for owed in snapshot.owed[:MAX_MENU_ITEMS]:
            loop_menu = submenu.addMenu(
                _menu_text(f"{owed.loop.contact_name}: {owed.window.label}")
            )
            loop_id = owed.loop.id
            for preset in TRAY_SNOOZE_PRESETS:
                action = loop_menu.addAction(preset.label)
                action.triggered.connect(
                    lambda _=False, i=loop_id, p=preset.value: self.snooze_requested.emit(i, p)
                )
            loop_menu.addSeparator()
            pick = loop_menu.addAction(self.tr("Pick a time…"))
            pick.triggered.connect(lambda _=False, i=loop_id: self.snooze_pick_requested.emit(i))
        entry = QAction(icon("snooze"), self.tr("Snooze…"), self)
        entry.setMenu(submenu)
        return entry

    def _polite_menu(self, snapshot: TraySnapshot) -> QAction:
        """ "Close politely…" with a submenu of the loops owed now: the wizard on each."""
        submenu = QMenu(self.menu)
        submenu.setToolTipsVisible(True)
        for owed in snapshot.owed[:MAX_MENU_ITEMS]:
            whole = f"{owed.loop.contact_name}: {owed.loop.subject}"
            action = submenu.addAction(_menu_text(whole))
            action.setToolTip(whole)
            loop_id = owed.loop.id
            action.triggered.connect(lambda _=False, i=loop_id: self.disengage_requested.emit(i))
        entry = QAction(icon("disengage"), self.tr("Close politely…"), self)
        entry.setMenu(submenu)
        return entry

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A plain click opens the window (Windows, KDE, XEmbed trays); the context
        # click opens the menu by itself. macOS opens the menu on any click.
        if (
            reason
            in (
                QSystemTrayIcon.ActivationReason.Trigger,
                QSystemTrayIcon.ActivationReason.DoubleClick,
            )
            and not self.template
        ):
            self.open_requested.emit()
