"""The window's side of a damaged database: what is wrong, the backups, and the ways out."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.errors import StoreDamaged
from ghostless.services.ledger import Ledger
from ghostless.services.paths import DATABASE_NAME
from ghostless.ui.app import open_or_recover
from ghostless.ui.lifecycle.recovery_dialog import RecoveryDialog
from tests.conftest import FRIDAY
from tests.services.test_recovery import _daily, _ledger_with_data

BERLIN = ZoneInfo("Europe/Berlin")


def _emptied(data_dir: Path) -> StoreDamaged:
    _ledger_with_data(data_dir)
    _daily(data_dir)
    (data_dir / DATABASE_NAME).write_bytes(b"")
    with pytest.raises(StoreDamaged) as caught:
        Ledger.open(data_dir, FixedClock(FRIDAY), BERLIN)
    return caught.value


def test_the_dialog_says_what_is_wrong_lists_the_backups_and_restores(
    qtbot: QtBot, data_dir: Path
) -> None:
    error = _emptied(data_dir)
    dialog = RecoveryDialog(error, data_dir, FixedClock(FRIDAY), BERLIN)
    qtbot.addWidget(dialog)
    assert "empty" in dialog.problem_label.text()
    assert dialog.backup_list.count() == 1
    line = dialog.backup_list.item(0).text()
    assert "KB" in line
    assert "40 loop(s)" in line
    assert "daily-" in line
    dialog.restore_button.click()
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert "empty-before-restore-" in dialog.outcome
    ledger = Ledger.open(data_dir, FixedClock(FRIDAY), BERLIN)
    try:
        assert len(ledger.list_loops()) == 40
    finally:
        ledger.close()


def test_starting_afresh_needs_the_box_ticked_and_keeps_the_file(
    qtbot: QtBot, data_dir: Path
) -> None:
    error = _emptied(data_dir)
    dialog = RecoveryDialog(error, data_dir, FixedClock(FRIDAY), BERLIN)
    qtbot.addWidget(dialog)
    assert not dialog.afresh_button.isEnabled()
    dialog.afresh_check.setChecked(True)
    dialog.afresh_button.click()
    assert "empty-before-start-afresh-" in dialog.outcome
    assert list((data_dir / "backups").glob("empty-before-start-afresh-*.sqlite3"))


def test_the_app_never_opens_an_emptied_file_as_a_new_store(qtbot: QtBot, data_dir: Path) -> None:
    _emptied(data_dir)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    asked: list[str] = []

    def quit_instead(error: StoreDamaged) -> str:
        asked.append(str(error))
        return ""

    assert open_or_recover(app, data_dir, quit_instead) is None
    assert "ghostless restore FILE" in asked[0]
    assert (data_dir / DATABASE_NAME).read_bytes() == b""


def test_the_app_opens_once_the_user_restored(qtbot: QtBot, data_dir: Path) -> None:
    _emptied(data_dir)
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def restore_newest(error: StoreDamaged) -> str:
        dialog = RecoveryDialog(error, data_dir, FixedClock(FRIDAY), BERLIN)
        qtbot.addWidget(dialog)
        dialog.restore_button.click()
        return dialog.outcome

    ledger = open_or_recover(app, data_dir, restore_newest)
    assert ledger is not None
    try:
        assert len(ledger.list_loops()) == 40
    finally:
        ledger.close()
