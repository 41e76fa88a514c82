"""Settings ▸ Sync against a real Radicale: test connection, pick, save and sync, status."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from ghostless.core.models import LoopKind
from ghostless.services import dav_sync
from ghostless.services.ledger import Ledger
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.sync.page import SyncPage
from ghostless.ui.sync.runner import SyncRunner
from tests.conftest import FRIDAY
from tests.integration.radicale_server import PASSWORD, USER, Radicale, start_radicale


@pytest.fixture
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    try:
        yield server
    finally:
        server.stop()


def test_set_up_and_sync_from_the_window(qtbot: QtBot, ledger: Ledger, radicale: Radicale) -> None:
    contact = ledger.add_contact(name="Priya Raman")
    ledger.add_loop(
        contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Platform role",
        at=FRIDAY - timedelta(hours=30),
    )  # fmt: skip
    secrets = MemorySecretStore()
    runner = SyncRunner(ledger, secrets)
    page = SyncPage(runner)
    qtbot.addWidget(page)
    assert page.status_label.text() == "Sync is off."
    assert not page.sync_button.isEnabled()

    page.url_edit.setText(radicale.url)
    page.user_edit.setText(USER)
    page.password_edit.setText("wrong")
    page.ca_edit.setText(str(radicale.ca))
    page.test_button.click()
    qtbot.waitUntil(lambda: "refused" in page.message_label.text(), timeout=15000)

    page.password_edit.setText(PASSWORD)
    page.test_button.click()
    qtbot.waitUntil(lambda: page.message_label.text().startswith("Connected"), timeout=15000)
    assert page.calendar_combo.currentText() == dav_sync.DEFAULT_CALENDAR

    with qtbot.waitSignal(runner.finished, timeout=30000) as synced:
        page.save_button.click()
    report = synced.args[0]
    assert report.ok, report.message
    assert report.created == 1
    assert page.status_label.text().startswith("Last synced")
    assert "sent 1 new" in page.status_label.text()
    assert page.password_edit.text() == ""
    assert secrets.get(dav_sync.password_key(USER, radicale.url)) == PASSWORD

    radicale.stop()
    with qtbot.waitSignal(runner.finished, timeout=30000):
        page.sync_button.click()
    assert page.status_label.text().startswith("Last sync failed")
    assert "cannot be reached" in page.status_label.text()

    page.off_button.click()
    assert dav_sync.account(ledger) is None
    assert page.status_label.text() == "Sync is off."
    runner.wait()


def test_tasks_on_the_phone_is_chosen_in_the_window_and_honoured_by_the_sync(
    qtbot: QtBot, ledger: Ledger, radicale: Radicale
) -> None:
    from ghostless.services.dav_phone_tasks import phone_tasks

    for hours in (30, 40, 50):
        contact = ledger.add_contact(name=f"Person {hours}")
        ledger.add_loop(
            contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Platform role",
            at=FRIDAY - timedelta(hours=hours),
        )  # fmt: skip
    secrets = MemorySecretStore()
    dav_sync.setup(
        ledger, secrets, url=radicale.url, user=USER, password=PASSWORD, ca_file=radicale.ca
    )
    runner = SyncRunner(ledger, secrets)
    page = SyncPage(runner)
    qtbot.addWidget(page)
    assert page.every_task_radio.isChecked()  # the default: every owed item
    assert not page.urgent_spin.isEnabled()

    page.urgent_tasks_radio.click()
    assert page.urgent_spin.isEnabled()
    assert phone_tasks(ledger) == page.urgent_spin.value()
    page.urgent_spin.setValue(2)
    assert phone_tasks(ledger) == 2
    assert "only the 2 most urgent" in page.message_label.text()
    with qtbot.waitSignal(runner.finished, timeout=30000) as synced:
        page.sync_button.click()
    assert (synced.args[0].created, synced.args[0].not_on_phone) == (2, 1)

    again = SyncPage(runner)  # the choice is kept
    qtbot.addWidget(again)
    assert again.urgent_tasks_radio.isChecked()
    assert again.urgent_spin.value() == 2
    again.every_task_radio.click()
    assert phone_tasks(ledger) is None
    with qtbot.waitSignal(runner.finished, timeout=30000) as synced:
        again.sync_button.click()
    assert (synced.args[0].created, synced.args[0].not_on_phone) == (1, 0)
    runner.wait()
