"""Settings ▸ Sync is reachable from the app, and the sync runs only when set up."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ghostless.services.ledger import Ledger
from ghostless.ui.app import Shell
from ghostless.ui.sync.page import SyncPage
from ghostless.ui.sync.runner import SYNC_INTERVAL_MS


def test_the_settings_have_a_sync_page(qtbot: QtBot, ledger: Ledger, settings: QSettings) -> None:
    shell = Shell(ledger, settings, tray_available=True)
    dialog = shell.settings_opener.open()
    titles = [dialog.group_list.item(row).text() for row in range(dialog.group_list.count())]
    assert titles[-1] == "Sync"
    page = dialog.pages.widget(len(titles) - 1).widget()
    assert isinstance(page, SyncPage)
    assert page.status_label.text() == "Sync is off."
    dialog.reject()


def test_one_timer_and_no_worker_while_sync_is_off(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    shell = Shell(ledger, settings, tray_available=True)
    shell.start()
    shell.background.run()
    assert shell.sync.timer.isActive()
    assert shell.sync.timer.interval() == SYNC_INTERVAL_MS
    assert not shell.sync.running  # nothing to sync: no thread started
    assert not shell.sync.sync_now()
    shell.quit()
    assert not shell.sync.timer.isActive()
