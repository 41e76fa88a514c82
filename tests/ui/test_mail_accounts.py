"""The accounts dialog and the background sync runner, without a mail server.

A server that is not there (a closed loopback port) stands in for every
network failure here; the real server's cases are in tests/integration/test_imap.py.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from pytestqt.qtbot import QtBot

from ghostless.services.imap_sync import imap_key
from ghostless.services.ledger import Ledger
from ghostless.services.mail_accounts import AccountCheck, MailAccount, MailAccounts
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.mail_accounts.accounts_dialog import MailAccountsDialog
from ghostless.ui.mail_accounts.add_dialog import AddAccountDialog
from ghostless.ui.mail_accounts.sync_runner import START_DELAY_MS, MailSyncRunner


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _account_without_server(ledger: Ledger, secrets: MemorySecretStore) -> MailAccount:
    accounts = MailAccounts(ledger, secrets)
    plan = accounts.prepare(server=f"127.0.0.1:{_closed_port()}", username="sam@example.org",
                            password="pw-CANARY")  # fmt: skip
    return accounts.keep(plan, "pw-CANARY", AccountCheck("Sent"))


def test_without_accounts_the_runner_never_wakes_up(qtbot: QtBot, ledger: Ledger) -> None:
    runner = MailSyncRunner(ledger, MemorySecretStore())
    runner.start()
    assert runner.findChildren(QTimer) == [runner.timer]
    assert not runner.timer.isActive()


def test_one_timer_armed_at_start_then_every_interval(qtbot: QtBot, ledger: Ledger) -> None:
    secrets = MemorySecretStore()
    _account_without_server(ledger, secrets)
    runner = MailSyncRunner(ledger, secrets)
    runner.start()
    assert runner.findChildren(QTimer) == [runner.timer]
    assert runner.timer.isActive()
    assert runner.timer.interval() == START_DELAY_MS
    with qtbot.waitSignal(runner.running_changed, timeout=20_000, check_params_cb=lambda r: not r):
        runner.timer.timeout.emit()  # the tick, without waiting for it
    assert runner.timer.isActive()
    assert runner.timer.interval() == 15 * 60_000
    assert runner.findChildren(QTimer) == [runner.timer]
    runner.stop()
    assert not runner.timer.isActive()


def test_a_server_that_is_down_is_one_message_and_a_retry_at_the_next_tick(
    qtbot: QtBot, ledger: Ledger
) -> None:
    secrets = MemorySecretStore()
    account = _account_without_server(ledger, secrets)
    runner = MailSyncRunner(ledger, secrets)
    problems: list[str] = []
    runner.problem.connect(problems.append)
    with qtbot.waitSignal(runner.running_changed, timeout=20_000, check_params_cb=lambda r: not r):
        assert runner.sync_now()
        assert not runner.sync_now()  # one at a time
    assert len(problems) == 1
    assert problems[0].startswith(f"sam@example.org on 127.0.0.1:{account.port}: cannot reach")
    assert "CANARY" not in problems[0]
    assert runner.timer.isActive()
    assert runner.timer.interval() == 15 * 60_000
    assert MailAccounts(ledger, secrets).get(account.id).last_error == problems[0]


def test_the_dialog_lists_removes_and_shows_the_problem(qtbot: QtBot, ledger: Ledger) -> None:
    secrets = MemorySecretStore()
    account = _account_without_server(ledger, secrets)
    runner = MailSyncRunner(ledger, secrets)
    dialog = MailAccountsDialog(MailAccounts(ledger, secrets), secrets, runner)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == f"sam@example.org on 127.0.0.1:{account.port}"
    assert dialog.table.item(0, 1).text() == "sam@example.org"
    with qtbot.waitSignal(runner.running_changed, timeout=20_000, check_params_cb=lambda r: not r):
        dialog.sync_button.click()
    assert "cannot reach the server" in dialog.status_label.text()
    assert "cannot reach the server" in dialog.table.item(0, 4).text()
    dialog.remove(account.id)
    assert dialog.table.rowCount() == 0
    assert secrets.get(imap_key(account)) is None
    assert "add it again to undo" in dialog.status_label.text()


def test_adding_shows_bad_input_under_its_field_and_a_refused_login_below(
    qtbot: QtBot, ledger: Ledger
) -> None:
    secrets = MemorySecretStore()
    dialog = AddAccountDialog(MailAccounts(ledger, secrets))
    qtbot.addWidget(dialog)
    dialog.server_edit.setText("imap.example.org:99999")
    dialog.user_edit.setText("sam@example.org")
    dialog.password_edit.setText("pw")
    dialog.accept()
    assert "not a port" in dialog.field_error("imap")
    dialog.server_edit.setText(f"127.0.0.1:{_closed_port()}")
    dialog.accept()
    assert dialog.checking
    qtbot.waitUntil(lambda: not dialog.checking, timeout=20_000)
    assert "cannot reach the server" in dialog.error_label.text()
    assert dialog.ok_button.isEnabled()
    assert MailAccounts(ledger, secrets).list() == []
    assert secrets.get(f"imap:sam@example.org@127.0.0.1:{dialog.server_edit.text()[10:]}") is None


def test_the_mail_menu_reaches_the_accounts_and_the_shell_syncs_in_the_background(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    from ghostless.ui.app import Shell

    shell = Shell(ledger, settings, tray_available=False)
    shell.mail.secrets = MemorySecretStore()
    window = shell.ensure_window()
    qtbot.addWidget(window)
    window.mail_accounts_action.trigger()
    dialog = shell.mail.dialog
    assert isinstance(dialog, MailAccountsDialog)
    qtbot.addWidget(dialog)
    assert shell.mail.open_accounts() is dialog  # one at a time
    runner = shell.mail.runner()
    assert runner is shell.mail.runner()  # one runner, one timer, for the app's life
    # The Mail tab's Sync now is the same sync.
    assert window.mail_tab.ensure_page().runner is runner
    with qtbot.waitSignal(runner.running_changed, timeout=20_000, check_params_cb=lambda r: not r):
        window.mail_sync_action.trigger()  # no accounts: a sync that reads nothing
    shell.start()
    shell.background.run()  # no accounts: no mail timer
    assert not runner.timer.isActive()
    shell.quit()


def test_cancel_while_logging_in_keeps_nothing(qtbot: QtBot, ledger: Ledger) -> None:
    secrets = MemorySecretStore()
    accounts = MailAccounts(ledger, secrets)
    dialog = AddAccountDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.server_edit.setText(f"127.0.0.1:{_closed_port()}")
    dialog.user_edit.setText("sam@example.org")
    dialog.password_edit.setText("pw")
    dialog.accept()
    dialog.reject()  # waits for the login thread, which must not outlive the dialog
    QCoreApplication.processEvents()  # the thread's last signals, queued before it ended
    assert not dialog.checking
    assert dialog.result() == 0
    assert accounts.list() == []
