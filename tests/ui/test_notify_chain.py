"""The app's notifier: the in-window list always, the native chain, clicks and snoozes."""

from __future__ import annotations

import threading
from collections.abc import Collection
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import Loop, LoopKind, LoopStatus, Turn
from ghostless.core.notices import Notice
from ghostless.core.planner import Delivery, Pending
from ghostless.core.windows import Action, FollowUpWindow, Reminder, Rule, Timing
from ghostless.services.notify import DBUS, LAST_RESORT, PLYER, TRAY
from ghostless.services.notify_dbus import CLOSED, OPEN, SNOOZE_HOUR, NotificationAction
from ghostless.ui.reminders.notify_chain import ChainNotifier, build_notifier
from ghostless.ui.reminders.notify_tray import MESSAGE_OWNER, TrayMessageNotifications

NOW = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def _pending(loop_id: int) -> Pending:
    due = NOW + timedelta(hours=3)
    reminder = Reminder(f"{loop_id}:r", NOW, NOW)
    window = FollowUpWindow(
        loop_id=loop_id,
        rule=Rule.REPLY,
        action=Action.REPLY,
        timing=Timing.ELAPSED,
        anchor=NOW - timedelta(days=1),
        since=NOW - timedelta(days=1),
        opens_at=NOW - timedelta(hours=1),
        due_at=due,
        overdue_at=due + timedelta(hours=1),
        reminders=(reminder,),
        key=f"{loop_id}:w",
    )
    return Pending(window, reminder, reminder.key, NOW)


class Bar:
    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []

    def notify(self, delivery: Delivery) -> None:
        self.deliveries.append(delivery)


class Backend:
    def __init__(self, name: str, delivers: bool = True) -> None:
        self.name = name
        self.delivers = delivers
        self.sent: list[Notice] = []

    def available(self) -> bool:
        return True

    def send(self, notice: Notice) -> bool:
        self.sent.append(notice)
        return self.delivers


def _loop_of(loop_id: int) -> Loop | None:
    names = {1: "Priya Raman", 2: "Jonas Weber"}
    if loop_id not in names:
        return None
    return Loop(
        id=loop_id,
        contact_id=loop_id,
        kind=LoopKind.RECRUITER_OUTREACH,
        subject="A role",
        status=LoopStatus.OPEN,
        turn=Turn.MINE,
        turn_since=NOW,
        opened_at=NOW,
        contact_name=names[loop_id],
    )


class Calls:
    def __init__(self) -> None:
        self.opened: list[int] = []
        self.snoozed: list[int] = []
        self.all_shown = 0

    def show_all(self) -> None:
        self.all_shown += 1


def _notifier(bar: Bar, calls: Calls) -> ChainNotifier:
    return ChainNotifier(
        in_window=bar,
        loop_of=_loop_of,
        on_open=calls.opened.append,
        on_snooze=calls.snoozed.append,
        on_show_all=calls.show_all,
        zone=BERLIN,
        clock=FixedClock(NOW),
    )


def test_every_delivery_goes_to_the_bar_and_out_natively(qtbot: QtBot) -> None:
    bar, calls = Bar(), Calls()
    notifier = _notifier(bar, calls)
    dbus, tray = Backend(DBUS, delivers=False), Backend(TRAY)
    notifier.use_backends("linux", {DBUS: dbus, TRAY: tray})
    delivery = Delivery(NOW, (_pending(1),))
    with qtbot.waitSignal(notifier.notice_sent) as sent:
        notifier.notify(delivery)
    assert bar.deliveries == [delivery]
    assert sent.args is not None
    notice, carried_by = sent.args
    assert carried_by == TRAY
    assert notice.summary == "Priya Raman is waiting on you"
    assert dbus.sent == [notice]
    assert tray.sent == [notice]
    assert notifier.last_sent_at == NOW
    assert notifier.first_usable() == DBUS


def test_a_delivery_of_deleted_loops_reaches_only_the_bar(qtbot: QtBot) -> None:
    bar, calls = Bar(), Calls()
    notifier = _notifier(bar, calls)
    dbus = Backend(DBUS)
    notifier.use_backends("linux", {DBUS: dbus})
    notifier.notify(Delivery(NOW, (_pending(99),)))
    assert len(bar.deliveries) == 1
    assert dbus.sent == []


def test_no_native_backend_leaves_it_to_the_last_resort(qtbot: QtBot) -> None:
    bar, calls = Bar(), Calls()
    notifier = _notifier(bar, calls)
    notifier.use_backends("darwin", {})
    with qtbot.waitSignal(notifier.notice_sent) as sent:
        notifier.notify(Delivery(NOW, (_pending(1),)))
    assert sent.args is not None
    assert sent.args[1] == LAST_RESORT
    assert len(bar.deliveries) == 1


def test_actions_from_the_dbus_thread_reach_the_gui_thread(qtbot: QtBot) -> None:
    bar, calls = Bar(), Calls()
    notifier = _notifier(bar, calls)
    seen_on: list[threading.Thread] = []

    def opened(loop_id: int) -> None:
        seen_on.append(threading.current_thread())
        calls.opened.append(loop_id)

    notifier._on_open = opened
    actions = [
        NotificationAction(10, (1,), OPEN),
        NotificationAction(10, (1,), SNOOZE_HOUR),
        NotificationAction(11, (1, 2), OPEN),
        NotificationAction(10, (1,), CLOSED),
    ]
    thread = threading.Thread(target=lambda: [notifier.dbus_action(a) for a in actions])
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: calls.all_shown == 1)
    assert calls.opened == [1]
    assert calls.snoozed == [1]
    assert seen_on == [threading.main_thread()]


def test_a_digest_click_opens_its_first_loop_without_a_show_all(qtbot: QtBot) -> None:
    bar, calls = Bar(), Calls()
    notifier = _notifier(bar, calls)
    notifier._on_show_all = None
    notifier.tray_clicked(Notice("2 reminders", "…", (2, 1)))
    assert calls.opened == [2]


def test_build_notifier_per_os(qtbot: QtBot) -> None:
    tray_icon = QSystemTrayIcon(QIcon())
    built = {
        platform: build_notifier(
            tray_icon=tray_icon,
            last_resort=Bar(),
            on_open=lambda _i: None,
            on_snooze=lambda _i: None,
            zone=BERLIN,
            clock=FixedClock(NOW),
            loop_of=_loop_of,
            platform=platform,
            dbus_address="unix:path=/nonexistent/ghostless-test-bus",
        )
        for platform in ("linux", "win32", "darwin")
    }
    assert [b.name for b in built["linux"].chain.backends] == [DBUS, PLYER, TRAY]
    assert [b.name for b in built["win32"].chain.backends] == [TRAY, PLYER]
    assert [b.name for b in built["darwin"].chain.backends] == [TRAY]
    no_tray = build_notifier(
        tray_icon=None,
        last_resort=Bar(),
        on_open=lambda _i: None,
        on_snooze=lambda _i: None,
        zone=BERLIN,
        clock=FixedClock(NOW),
        loop_of=_loop_of,
        platform="darwin",
    )
    assert no_tray.chain.backends == ()
    for notifier in (*built.values(), no_tray):
        notifier.close()


def test_the_tray_message_needs_a_visible_tray_icon(qtbot: QtBot) -> None:
    clicked: list[Notice] = []
    tray_icon = QSystemTrayIcon(QIcon())
    backend = TrayMessageNotifications(tray_icon, clicked.append)
    assert backend.name == TRAY
    # Offscreen there is no system tray: the backend steps aside, sends nothing.
    assert backend.available() is False
    assert backend.send(Notice("s", "b", (1,))) is False
    assert backend.last_notice is None
    backend.last_notice = Notice("s", "b", (1,))
    # The icon's last message was another's (the weekly review): its click is not ours.
    tray_icon.setProperty(MESSAGE_OWNER, "weekly-review")
    tray_icon.messageClicked.emit()
    assert clicked == []
    tray_icon.setProperty(MESSAGE_OWNER, TRAY)  # as send() marks its own message
    tray_icon.messageClicked.emit()
    assert clicked == [backend.last_notice]


def test_a_catch_up_reads_the_loops_it_names_in_one_read(qtbot: QtBot) -> None:
    """After a recompute a catch-up names hundreds of loops: one read, not one each."""
    reads: list[list[int]] = []

    def loops_of(loop_ids: Collection[int]) -> dict[int, Loop]:
        reads.append(sorted(loop_ids))
        return {i: loop for i in loop_ids if (loop := _loop_of(i)) is not None}

    def one_by_one(loop_id: int) -> Loop | None:
        raise AssertionError(f"loop {loop_id} read on its own")

    bar, calls = Bar(), Calls()
    notifier = ChainNotifier(
        in_window=bar, loop_of=one_by_one, loops_of=loops_of, on_open=calls.opened.append,
        on_snooze=calls.snoozed.append, zone=BERLIN, clock=FixedClock(NOW),
    )  # fmt: skip
    dbus = Backend(DBUS)
    notifier.use_backends("linux", {DBUS: dbus})
    delivery = Delivery(NOW, (_pending(1), _pending(2), _pending(3)), catch_up=True)
    notifier.notify(delivery)
    assert reads == [[1, 2, 3]]
    (notice,) = dbus.sent
    assert sorted(notice.loop_ids) == [1, 2]  # 3 is gone
