"""The Today view, the reminders bar, the Next column and away mode, in the main window."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.models import LoopKind
from ghostless.core.planner import AwayReason, SnoozePreset, Status
from ghostless.core.wording import names_text, span_text, when_text
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.common.accessible import plain
from ghostless.ui.common.form_dialog import FormDialog
from ghostless.ui.common.icons import STATUS_COLOURS
from ghostless.ui.loops.event_dialog import EventDialog
from ghostless.ui.loops.loop_table_model import LoopColumn
from ghostless.ui.main_window import LOOPS_TAB, TODAY_TAB, MainWindow
from ghostless.ui.reminders.reminder_dialogs import AwayDialog, BackNowDialog, SnoozeDialog
from ghostless.ui.today.today_model import TodayColumn, TodayModel


def press_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _loop_id(ledger: Ledger, name: str) -> int:
    for loop in ledger.list_loops():
        if loop.contact_name == name:
            return loop.id
    raise AssertionError(name)


def _now_names(window: MainWindow) -> list[str]:
    model = window.today_page.model
    names = []
    for row in range(model.now_count):
        owed = model.owed_at(row)
        assert owed is not None
        names.append(owed.loop.contact_name)
    return names


def test_today_model_passes_the_model_tester(
    qtmodeltester: ModelTester, examples: Ledger, clock: FixedClock
) -> None:
    model = TodayModel()
    model.set_entries(ReminderService(examples).agenda(), clock.now(), examples.zone)
    assert model.rowCount() == 8
    qtmodeltester.check(model)


def test_today_lists_what_is_owed_now_most_urgent_first(example_window: MainWindow) -> None:
    window = example_window
    window.start_scheduler()
    assert window.tabs.currentIndex() == TODAY_TAB
    model = window.today_page.model
    assert model.now_count == 6
    # Later, greyed: two "offer to close" windows. Diego's late promise carries its
    # repair advice on its own line; no second line is made for it.
    assert model.rowCount() == 8
    first = model.index(0, TodayColumn.STATUS)
    assert first.data() == "Overdue"
    assert first.data(Qt.ItemDataRole.ForegroundRole) == STATUS_COLOURS[Status.OVERDUE]
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(0, TodayColumn.CONTACT).data().startswith("Diego Alvarez (")
    assert model.index(0, TodayColumn.WHEN).data() == (
        "overdue 3 hours · a short apology still repairs it"
    )
    statuses = [model.index(row, TodayColumn.STATUS).data() for row in range(model.rowCount())]
    assert statuses[-2:] == ["Upcoming", "Upcoming"]
    later = model.index(model.rowCount() - 1, TodayColumn.CONTACT)
    assert later.data(Qt.ItemDataRole.ForegroundRole) == STATUS_COLOURS[Status.UPCOMING]
    assert window.today_page.summary_label.text().startswith("<b>6 things owed now</b>")


def test_snooze_from_today_hides_the_row_until_its_time(
    example_window: MainWindow, clock: FixedClock
) -> None:
    window = example_window
    window.start_scheduler()
    page = window.today_page
    assert "Priya Raman" in _now_names(window)
    assert page.select_loop(_loop_id(window.ledger, "Priya Raman"))
    menu = page.snooze_menu()
    assert menu is not None
    labels = [plain(action.text()) for action in menu.actions() if action.text()]
    assert labels == [preset.label for preset in SnoozePreset] + ["Pick a time…"]
    hour = next(a for a in menu.actions() if a.data() == SnoozePreset.HOUR.value)
    hour.trigger()
    assert "Priya Raman" not in _now_names(window)
    snoozed = page.model.row_of(_loop_id(window.ledger, "Priya Raman"))
    assert snoozed is not None
    assert page.model.index(snoozed, TodayColumn.STATUS).data() == "Snoozed (open)"
    assert page.model.index(snoozed, TodayColumn.WHEN).data() == "snoozed until today 16:00"
    assert window.scheduler.next_wakeup_at == clock.now() + timedelta(hours=1)
    # An hour later it is back, and its reminder comes again, once.
    clock.advance(hours=1)
    delivery = window.scheduler.tick()
    assert [item.window.loop_id for item in delivery.items] == [
        _loop_id(window.ledger, "Priya Raman")
    ]
    assert "Priya Raman" in _now_names(window)


def test_snooze_to_a_picked_time(
    qtbot: QtBot, example_window: MainWindow, clock: FixedClock
) -> None:
    window = example_window
    window.start_scheduler()
    page = window.today_page
    page.select_loop(_loop_id(window.ledger, "Mei Chen"))
    menu = page.snooze_menu()
    assert menu is not None
    next(a for a in menu.actions() if plain(a.text()) == "Pick a time…").trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, SnoozeDialog)
    press_ok(qtbot, dialog)  # three hours from now, the dialog's suggestion
    assert "Mei Chen" not in _now_names(window)


def test_open_and_log_sent_from_today(
    qtbot: QtBot, example_window: MainWindow, clock: FixedClock
) -> None:
    window = example_window
    window.start_scheduler()
    page = window.today_page
    priya = _loop_id(window.ledger, "Priya Raman")
    page.select_loop(priya)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == LOOPS_TAB
    current = window.current_loop()
    assert current is not None
    assert current.id == priya

    window.tabs.setCurrentIndex(TODAY_TAB)
    page.select_loop(priya)
    qtbot.mouseClick(page.log_sent_button, Qt.MouseButton.LeftButton)
    dialog = window.commands.last_dialog
    assert isinstance(dialog, EventDialog)
    dialog.text_edit.setPlainText("Thanks, not looking right now.")
    press_ok(qtbot, dialog)
    # Triage stays on Today (Open is there to show the loop), read again at once.
    assert window.tabs.currentIndex() == TODAY_TAB
    assert "Priya Raman" not in _now_names(window)


def test_the_first_start_shows_one_digest_in_the_reminders_bar_and_nothing_missed(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    window = example_window
    assert window.notifier.isHidden()  # nothing before the scheduler starts
    window.start_scheduler()
    bar = window.notifier
    assert bar.isVisible()
    # The examples were just entered: owed now, but nothing came while Ghostless was closed.
    assert not bar.is_catch_up()
    assert bar.headline_label.full_text() == (
        "Reminders for 6 loops: Diego Alvarez, Tomasz Nowak, Amara Okafor and 3 more"
    )
    assert len(bar.rows) == 3
    assert bar.more_label.text().startswith("and 3 more")
    assert "Do what you promised" in bar.row_texts()[0]
    qtbot.mouseClick(bar.rows[0].dismiss_button, Qt.MouseButton.LeftButton)
    assert len(bar.loop_ids()) == 5
    qtbot.mouseClick(bar.rows[0].open_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == LOOPS_TAB
    qtbot.mouseClick(bar.dismiss_all_button, Qt.MouseButton.LeftButton)
    assert bar.isHidden()
    # Restarted at the same moment: nothing is shown twice.
    window.scheduler.stop()
    window.scheduler.start()
    assert bar.isHidden()


def test_the_loop_table_shows_each_loops_next_window(example_window: MainWindow) -> None:
    window = example_window
    model = window.loop_model
    cells = {
        model.loop_at(row).contact_name: model.index(row, LoopColumn.NEXT)  # type: ignore[union-attr]
        for row in range(model.rowCount())
    }
    assert cells["Diego Alvarez"].data() == "promise overdue 3 hours"
    # Counted in working days, Friday's message is due on Monday, not over the weekend.
    assert cells["Priya Raman"].data() == "reply due Mon 09:00"
    assert cells["Tomasz Nowak"].data() == "thank-you due now"
    assert (
        cells["Diego Alvarez"].data(Qt.ItemDataRole.ForegroundRole)
        == (STATUS_COLOURS[Status.OVERDUE])
    )
    assert not cells["Priya Raman"].data(Qt.ItemDataRole.DecorationRole).isNull()
    window.select_loop(_loop_id(window.ledger, "Priya Raman"))
    owed = window.detail_pane.owed_label.text()
    assert "Reply, even briefly" in owed
    assert "due Mon 09:00" in owed


def test_a_data_change_re_arms_the_scheduler(example_window: MainWindow, clock: FixedClock) -> None:
    window = example_window
    window.start_scheduler()
    before = window.scheduler.next_wakeup_at
    contact = window.ledger.add_contact(name="Lena Vogel")
    window.ledger.add_loop(
        contact_id=contact,
        kind=LoopKind.RECRUITER_OUTREACH,
        subject="Platform role",
        at=clock.now() - timedelta(hours=23, minutes=50),
    )
    window.commands.records_changed.emit(0)
    assert window.scheduler.next_wakeup_at == clock.now() + timedelta(minutes=10)
    assert window.scheduler.next_wakeup_at != before
    assert window.next_label.text() == "Next reminder today 15:10"


def test_away_mode_pauses_and_the_summary_appears_on_return(
    qtbot: QtBot, example_window: MainWindow, clock: FixedClock
) -> None:
    window = example_window
    window.window_actions.away.trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, AwayDialog)
    dialog.set_reason(AwayReason.BEREAVEMENT)
    press_ok(qtbot, dialog)
    assert window.window_actions.away.isChecked()
    assert window.away_banner.isVisible()
    assert "Reminders are paused" in window.away_label.text()
    window.start_scheduler()  # away before the reminders came: they wait
    assert window.notifier.isHidden()
    assert window.next_label.text() == "Reminders paused"
    clock.advance(days=1)
    assert window.scheduler.tick().items == ()
    assert window.notifier.isHidden()

    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    back = window.commands.last_dialog
    assert isinstance(back, BackNowDialog)
    assert not window.window_actions.away.isChecked()
    assert window.away_banner.isHidden()
    assert "went quiet while you were away" in back.loops_label.text()
    assert "Tomasz Nowak" in back.loops_label.text()
    # Priya's reply is not due before Monday (the weekend does not count): not quiet.
    assert "Priya Raman" not in back.loops_label.text()
    assert back.message_edit.toPlainText().startswith("Hello, I stepped away for a family matter")
    back.copy_button.click()
    assert QGuiApplication.clipboard().text() == back.message_edit.toPlainText()
    # What came due meanwhile arrives once, as a digest.
    assert window.notifier.isVisible()
    assert window.notifier.last_delivery is not None
    assert window.notifier.last_delivery.digest
    assert window.scheduler.tick().items == ()


def test_cancelling_the_away_dialog_leaves_reminders_on(
    example_window: MainWindow,
) -> None:
    window = example_window
    window.window_actions.away.trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, AwayDialog)
    dialog.reject()
    assert not window.window_actions.away.isChecked()
    assert window.away_banner.isHidden()


def test_due_times_in_words(zone: ZoneInfo, clock: FixedClock) -> None:
    now = clock.now()  # Friday 15:00 in Berlin
    assert when_text(now + timedelta(hours=1), now, zone) == "today 16:00"
    assert when_text(now + timedelta(days=1), now, zone) == "tomorrow 15:00"
    assert when_text(now + timedelta(days=3), now, zone) == "Mon 15:00"
    assert when_text(now + timedelta(days=13), now, zone) == "Thu 3 Dec"
    assert when_text(now + timedelta(days=60), now, zone) == "Tue 19 Jan 2027"
    assert span_text(timedelta(seconds=30)) == "a moment"
    assert span_text(timedelta(hours=49)) == "2 days"
    assert names_text(["A", "B", "C", "D", "E"]) == "A, B, C and 2 more"
