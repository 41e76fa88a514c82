"""The Mail tab: suggestions from a Maildir, Sync now off the GUI thread with progress and
cancel, Accept with a changed kind, Ignore and Never with undo, reached from the window."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.mail_message import MailMessage
from ghostless.core.models import EventKind, LoopKind
from ghostless.services.ledger import Ledger
from ghostless.services.mail import MailService
from ghostless.services.mail_local import Cancelled, Progress, SourceKind
from ghostless.ui.app import build_main_window
from ghostless.ui.mail.mail_page import MailPage
from ghostless.ui.mail.suggestion_model import SUGGESTION_ROLE, MailColumn
from tests.conftest import FRIDAY

CORPUS = Path(__file__).parents[1] / "mail" / "corpus" / "Maildir"
PRIYA = "<c1.2000@tune.example>"


def _page(qtbot: QtBot, ledger: Ledger, tmp_path: Path, **kwargs: object) -> MailPage:
    # The corpus labels hold at 2026-11-20 12:00 UTC; FRIDAY is two hours later.
    ledger.clock = FixedClock(FRIDAY - timedelta(hours=2))
    page = MailPage(MailService(ledger), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    assert page.set_my_addresses("alex@example.org, a.morgan@oldjob.example")
    maildir = tmp_path / "Maildir"
    shutil.copytree(CORPUS, maildir)
    assert page.add_source(SourceKind.MAILDIR, str(maildir))
    return page


def _sync(qtbot: QtBot, page: MailPage) -> str:
    with qtbot.waitSignal(page.sync_finished, timeout=20_000) as finished:
        assert page.sync_now() is not None
        assert not page.sync_button.isEnabled()
    assert page.sync_button.isEnabled()
    return str(finished.args[0])


def _row_of(page: MailPage, root: str) -> int:
    for row in range(page.model.rowCount()):
        if page.model.index(row, 0).data(SUGGESTION_ROLE).root == root:
            return row
    raise AssertionError(root)


def test_sync_now_fills_the_list_most_urgent_first(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page = _page(qtbot, ledger, tmp_path)
    assert page.model.rowCount() == 0
    said = _sync(qtbot, page)
    assert said.startswith("Read 279 messages: 279 new")
    assert page.model.rowCount() == 85
    qtmodeltester.check(page.model)
    turns = [page.model.index(r, MailColumn.TURN).data() for r in range(page.model.rowCount())]
    assert turns == ["You owe a reply"] * 49 + ["Awaiting theirs"] * 36
    first = page.model.index(0, 0).data(SUGGESTION_ROLE)
    assert first.subject == "Speaking at meetup"  # owed the longest
    assert page.snippet_label.text() == first.message.snippet
    assert "you have not answered" in page.rules_label.text()
    assert "279 messages kept" in page.sources_label.text()


def test_accept_with_a_changed_kind_makes_the_loop_from_the_real_messages(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    page = _page(qtbot, ledger, tmp_path)
    _sync(qtbot, page)
    page.table.selectRow(_row_of(page, PRIYA))
    assert page.kind_combo.currentData() == LoopKind.RECRUITER_OUTREACH.value  # the guess
    index = page.kind_combo.findData(LoopKind.COLLABORATION_PROPOSAL.value)
    page.kind_combo.setCurrentIndex(index)
    page.kind_combo.activated.emit(index)
    assert page.model.index(_row_of(page, PRIYA), MailColumn.KIND).data() == (
        "Collaboration proposal"
    )
    with qtbot.waitSignal(page.records_changed):
        page.accept_button.click()
    (loop,) = ledger.list_loops()
    loop_id = loop.id
    loop = ledger.loop(loop_id)
    assert loop.kind is LoopKind.COLLABORATION_PROPOSAL
    assert [e.kind for e in ledger.events(loop_id)] == [EventKind.RECEIVED]
    assert PRIYA not in [page.model.suggestion(r).root for r in range(page.model.rowCount())]  # type: ignore[union-attr]
    with qtbot.waitSignal(page.records_changed):
        page.undo_button.click()  # the loop goes, the thread is suggested again
    assert ledger.list_loops() == []
    assert PRIYA in [page.model.suggestion(r).root for r in range(page.model.rowCount())]  # type: ignore[union-attr]


def test_ignore_and_never_can_be_undone(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    page = _page(qtbot, ledger, tmp_path)
    _sync(qtbot, page)
    rows = page.model.rowCount()
    page.table.selectRow(_row_of(page, PRIYA))
    page.ignore_button.click()
    assert page.model.rowCount() == rows - 1
    assert page.undo_button.isEnabled()
    page.undo_button.click()
    assert page.model.rowCount() == rows
    page.table.selectRow(_row_of(page, PRIYA))
    assert page.never_domain_button.text() == "Never for talentbridge.example"
    page.never_domain_button.click()
    assert page.model.rowCount() == rows - 1
    page.undo_button.click()
    page.table.selectRow(_row_of(page, PRIYA))
    page.never_sender_button.click()
    assert page.model.rowCount() == rows - 1
    assert "priya@talentbridge.example" in page.status_label.text()


class _Blocking:
    """A source that waits for the test before it goes on, then honours a cancel."""

    name = "blocking:test"

    def __init__(self) -> None:
        self.started = threading.Event()
        self.go_on = threading.Event()

    def messages(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> Iterator[MailMessage]:
        self.started.set()
        self.go_on.wait(10)
        if progress is not None:
            progress(1, 2, self.name)
        assert cancelled is not None
        if not cancelled():
            yield from ()


def test_a_cancelled_sync_keeps_nothing(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    source = _Blocking()
    page = _page(qtbot, ledger, tmp_path, extra_sources=lambda: [source])
    with qtbot.waitSignal(page.sync_finished, timeout=20_000) as finished:
        page.sync_now()
        assert page.cancel_button.isVisible() or not page.isVisible()
        assert page.sync_now() is None  # one at a time
        source.started.wait(10)
        page.cancel_sync()
        source.go_on.set()
    assert finished.args[0] == "Sync cancelled; nothing was kept."
    assert page.service.message_count() == 0
    assert page.model.rowCount() == 0


def test_the_mail_tab_is_reached_from_an_empty_window(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    window = build_main_window(ledger, settings)
    qtbot.addWidget(window)
    assert window.mail_tab.page is None  # built when first shown, off the start-up path
    assert window.stack.currentWidget() is window.empty_page
    window.empty_page.mail_button.click()
    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.currentWidget() is window.mail_tab
    assert window.mail_tab.page is not None
    assert "Add your addresses first" in window.mail_tab.page.sources_label.text()
    with qtbot.waitSignal(window.mail_accounts_requested, timeout=1_000):
        window.mail_tab.page.accounts_button.click()  # Accounts… beside Sync now
    window.tabs.setCurrentIndex(0)
    window.show_mail_action.trigger()
    assert window.tabs.currentWidget() is window.mail_tab
