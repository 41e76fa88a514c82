"""Today's single keys: one QAction each, live only while the Today list has the focus.

Single letters cannot be window shortcuts (they would fire while typing in a
text field), so each action is added to the list itself with
``WidgetWithChildrenShortcut``. The same actions fill Today's context menu,
where Qt shows each key beside its entry, and every tooltip names its key: the
keys teach themselves. :data:`KEYS_HINT` is the line under the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ghostless.ui.common.icons import icon
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

#: The line under Today's list: every key it answers to.
KEYS_HINT = QT_TRANSLATE_NOOP(
    "TriageKeys",
    "Keys: ↑↓ move · Shift+↑↓ or Ctrl+click select several · Enter open · R received · "
    "E sent · S snooze · D close politely · X done · Ctrl+Z undo",
)


@dataclass
class TriageKeys:
    """The actions behind Today's keys; each acts on the selected lines."""

    open: QAction
    received: QAction
    sent: QAction
    snooze: QAction
    disengage: QAction
    done: QAction

    def all(self) -> tuple[QAction, ...]:
        return (self.open, self.received, self.sent, self.snooze, self.disengage, self.done)


def _key_action(
    view: QWidget, text: str, keys: list[str], tip: str, icon_name: str | None = None
) -> QAction:
    action = QAction(text, view)
    if icon_name:
        action.setIcon(icon(icon_name))
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shown})")
    action.setStatusTip(f"{tip} ({shown})")
    view.addAction(action)
    return action


def build_triage_keys(view: QWidget) -> TriageKeys:
    """The actions, each answering its key while ``view`` (Today's list) has the focus."""

    return TriageKeys(
        open=_key_action(
            view,
            QCoreApplication.translate("TriageKeys", "&Open loop"),
            ["Return", "Enter"],
            QCoreApplication.translate("TriageKeys", "Show the loop and its record"),
            "edit",
        ),
        received=_key_action(
            view,
            QCoreApplication.translate("TriageKeys", "Log message &received…"),
            ["R"],
            QCoreApplication.translate("TriageKeys", "They wrote: record their message"),
            "event-received",
        ),
        sent=_key_action(
            view,
            QCoreApplication.translate("TriageKeys", "Log answer &sent…"),
            ["E"],
            QCoreApplication.translate("TodayPage", "I answered: record the message I sent"),
            "event-sent",
        ),
        snooze=_key_action(
            view,
            QCoreApplication.translate("TriageKeys", "S&nooze…"),
            ["S"],
            QCoreApplication.translate(
                "TriageKeys", "Remind me later: an hour, tomorrow, a time you type"
            ),
            "snooze",
        ),
        disengage=_key_action(
            view,
            QCoreApplication.translate("TriageKeys", "Close &politely…"),
            ["D"],
            QCoreApplication.translate(
                "TodayPage", "Not answering? Decline or step back kindly, then close the loop"
            ),
            "disengage",
        ),
        done=_key_action(
            view,
            QCoreApplication.translate("TriageKeys", "Mark &done"),
            ["X"],
            QCoreApplication.translate(
                "TriageKeys",
                "I did it: record the message as sent (or the interview as held); "
                "Ctrl+Z takes it back",
            ),
            "loop-close",
        ),
    )
