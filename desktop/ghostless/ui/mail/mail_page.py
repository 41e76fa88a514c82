"""The Mail tab: who is owed a reply (or owes one), from the user's own mail.

Lists the suggestions most urgent first; for the one selected it shows the
snippet, the rules that decided it and a kind to change, with Accept, Ignore
and Never for this sender / domain (each undoable). "Sync now" runs the
app's one mail sync (:class:`MailSyncRunner`: local sources and IMAP accounts,
on a worker thread with progress and cancel); the list is read again after
every sync, the timer's too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.errors import GhostlessError
from ghostless.core.mail_rules import RULES
from ghostless.core.mail_suggestions import MailSuggestion
from ghostless.core.models import LoopKind
from ghostless.services.mail import MailService
from ghostless.services.mail_local import SourceKind
from ghostless.services.mail_sync import MailSource
from ghostless.ui.common.accessible import name
from ghostless.ui.mail.suggestion_model import MailColumn, SuggestionModel
from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner

if TYPE_CHECKING:
    from ghostless.services.mail_sync_run import MailSyncReport

#: More sources for "Sync now", read with the local ones (tests, other readers).
ExtraSources = Callable[[], Sequence[MailSource]]


class MailPage(QWidget):
    """Signals:
    records_changed(int): loops were written (always 0: the Mail tab stays in front).
    sync_finished(str): a sync ended (started here, by the timer or the accounts
        dialog); what it did, in words.
    accounts_requested(): the user asked for the mail accounts dialog.
    """

    records_changed = Signal(int)
    sync_finished = Signal(str)
    accounts_requested = Signal()

    def __init__(
        self,
        service: MailService,
        parent: QWidget | None = None,
        *,
        extra_sources: ExtraSources | None = None,
        runner: MailSyncRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        if runner is None:  # a page on its own (the window passes the app's one runner)
            from ghostless.services.secrets import KeyringSecretStore

            runner = MailSyncRunner(service.ledger, KeyringSecretStore(), parent=self)
        #: The one sync of the app: local sources and IMAP accounts, off this thread.
        self.runner = runner
        if extra_sources is not None:
            runner.extra_sources = extra_sources
        #: This page started the running sync (its words are said already).
        self._asked = False
        self._undo: Callable[[], object] | None = None
        self.model = SuggestionModel(self)

        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setToolTip(
            self.tr("Read your mail folders and accounts again (nothing in them is changed)")
        )
        self.accounts_button = QPushButton(self.tr("Accounts…"))
        self.accounts_button.setToolTip(self.tr("IMAP mail accounts: add, test, remove"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(320)
        self.add_maildir_button = QPushButton(self.tr("Add Maildir…"))
        self.add_mbox_button = QPushButton(self.tr("Add mbox…"))
        self.addresses_button = QPushButton(self.tr("My addresses…"))
        self.addresses_button.setToolTip(
            self.tr("The addresses that are yours: mail from them is yours")
        )
        self.sources_label = QLabel()
        self.sources_label.setWordWrap(True)
        bar = QHBoxLayout()
        for widget in (self.sync_button, self.accounts_button, self.progress, self.cancel_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.add_maildir_button, self.add_mbox_button, self.addresses_button):
            bar.addWidget(widget)

        self.table = QTableView()
        name(self.table, self.tr("Conversations from your mail"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MailColumn.SAID, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)

        self.snippet_label = QLabel()
        self.snippet_label.setWordWrap(True)
        self.snippet_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules_label = QLabel()
        self.rules_label.setWordWrap(True)
        self.kind_combo = QComboBox()
        name(self.kind_combo, "Kind of loop")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in LoopKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setToolTip(
            self.tr("Add the person (if new) and a loop with these messages at their real times")
        )
        self.ignore_button = QPushButton(self.tr("Ignore"))
        self.ignore_button.setToolTip(self.tr("Never suggest this thread again"))
        self.never_sender_button = QPushButton(self.tr("Never for this sender"))
        self.never_domain_button = QPushButton(self.tr("Never for this domain"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Said:"), self.snippet_label)
        form.addRow(self.tr("Why:"), self.rules_label)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo)
        kind_row.addStretch(1)
        form.addRow(self.tr("Kind:"), kind_row)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.ignore_button, self.never_sender_button,
                       self.never_domain_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label, 2)
        buttons.addWidget(self.undo_button)

        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.sources_label)
        column.addWidget(self.table, 1)
        column.addLayout(form)
        column.addLayout(buttons)
        self._connect()
        self._show_running(self.runner.running)
        self.undo_button.setEnabled(False)
        self.refresh()

    def _connect(self) -> None:
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.accounts_button.clicked.connect(self.accounts_requested)
        self.runner.running_changed.connect(self._on_runner_running_changed)
        self.runner.advanced.connect(self._on_runner_advanced)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.synced.connect(self._on_runner_synced)
        self.runner.stopped.connect(self._on_runner_stopped)
        self.add_maildir_button.clicked.connect(self._on_add_maildir_button_clicked)
        self.add_mbox_button.clicked.connect(self._on_add_mbox_button_clicked)
        self.addresses_button.clicked.connect(self._on_addresses_button_clicked)
        self.accept_button.clicked.connect(self.accept_selected)
        self.ignore_button.clicked.connect(self.ignore_selected)
        self.never_sender_button.clicked.connect(lambda: self.never_selected(domain=False))
        self.never_domain_button.clicked.connect(lambda: self.never_selected(domain=True))
        self.undo_button.clicked.connect(self.undo)
        self.kind_combo.activated.connect(self._on_kind_combo_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    # -- showing -------------------------------------------------------------
    def refresh(self) -> None:
        """Show the suggestions as they stand now, keeping the selected thread if still there."""
        selected = self.selected()
        try:
            items = self.service.suggestions()
        except GhostlessError as exc:
            self.status_label.setText(str(exc))
            items = []
        self.model.set_suggestions(items, self.service.ledger.zone)
        self._show_sources()
        row = next(
            (i for i, item in enumerate(items) if selected and item.root == selected.root), 0
        )
        if items:
            self.table.selectRow(row)
        self._show_selected()

    def _show_sources(self) -> None:
        names = [str(source.path) for source in self.service.sources()]
        names += self.service.account_labels()
        me = self.service.me()
        if not me:
            text = self.tr("Add your addresses first (My addresses…): mail from them is yours.")
        elif not names:
            text = self.tr("No mail source yet: add a Maildir folder, an mbox file or an account.")
        else:
            count = self.service.message_count()
            text = f"Reading {', '.join(names)} as {', '.join(me)} · {count} messages kept"
        self.sources_label.setText(text)

    def selected(self) -> MailSuggestion | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.suggestion(rows[0].row()) if rows else None

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _show_selected(self) -> None:
        item = self.selected()
        for button in (self.accept_button, self.ignore_button, self.never_sender_button,
                       self.never_domain_button, self.kind_combo):  # fmt: skip
            button.setEnabled(item is not None)
        if item is None:
            if self.model.rowCount():
                text = ""
            elif self.service.message_count():
                text = "Nothing is owed or awaited in your mail."
            else:
                text = self.tr("No mail read yet: press Sync now.")
            self.snippet_label.setText(text)
            self.rules_label.setText("")
            return
        self.snippet_label.setText(item.message.snippet or self.tr("(no text kept)"))
        self.rules_label.setText("; ".join(RULES.get(rule, rule) for rule in item.rules))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(self.model.kind_of(item).value))
        domain = item.counterpart.rpartition("@")[2]
        self.never_domain_button.setText(self.tr("Never for {domain}").format(domain=domain))

    def _on_table_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        self._show_selected()

    def _on_kind_combo_activated(self, index: int) -> None:
        value = self.kind_combo.itemData(index)
        if value:
            self.model.set_kind(self._selected_row(), LoopKind(str(value)))

    # -- deciding ------------------------------------------------------------
    def accept_selected(self) -> int | None:
        item = self.selected()
        if item is None:
            return None
        try:
            loop_id = self.service.accept(item.root, self.model.kind_of(item))
        except GhostlessError as exc:
            self._say(str(exc))
            return None
        who = item.counterpart_name or item.counterpart
        self._say(
            f"Added a loop with {who}: “{item.subject}”.",
            undo=lambda: self._unaccept(loop_id),
        )
        self.refresh()
        # 0: the lists refresh and the user stays here, to go on through the suggestions.
        self.records_changed.emit(0)
        return loop_id

    def _unaccept(self, loop_id: int) -> None:
        self.service.unaccept(loop_id)
        self.records_changed.emit(0)

    def ignore_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        self._decide(
            lambda: self.service.ignore(item.root),
            lambda: self.service.unignore(item.root),
            f"“{item.subject}” will not be suggested again.",
        )

    def never_selected(self, *, domain: bool) -> None:
        item = self.selected()
        if item is None:
            return
        if domain:
            value = item.counterpart.rpartition("@")[2]
            self._decide(
                lambda: self.service.never(domain=value),
                lambda: self.service.unnever(domain=value),
                f"Nothing from {value} will be suggested again.",
            )
        else:
            address = item.counterpart
            self._decide(
                lambda: self.service.never(sender=address),
                lambda: self.service.unnever(sender=address),
                f"Nothing with {address} will be suggested again.",
            )

    def _decide(self, do: Callable[[], object], undo: Callable[[], object], said: str) -> None:
        try:
            do()
        except GhostlessError as exc:
            self._say(str(exc))
            return
        self._say(said, undo=undo)
        self.refresh()

    def undo(self) -> None:
        if self._undo is None:
            return
        undo, self._undo = self._undo, None
        undo()
        self._say(self.tr("Undone."))
        self.refresh()

    def _say(self, text: str, *, undo: Callable[[], object] | None = None) -> None:
        self.status_label.setText(text)
        self._undo = undo
        self.undo_button.setEnabled(undo is not None)

    # -- sources and addresses ----------------------------------------------------
    def add_source(self, kind: SourceKind, path: str) -> bool:
        try:
            source = self.service.add_source(kind, path)
        except GhostlessError as exc:
            self._say(str(exc))
            return False
        self._say(f"Added {source.path}; it is read on every sync.")
        if not self.runner.running and not self.runner.timer.isActive():
            self.runner.timer.start(self.runner.interval_ms())  # the first source: wake up
        self._show_sources()
        return True

    def _on_add_maildir_button_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a Maildir folder"), str(Path.home())
        )
        if path:
            self.add_source(SourceKind.MAILDIR, path)

    def _on_add_mbox_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an mbox file"), str(Path.home())
        )
        if path:
            self.add_source(SourceKind.MBOX, path)

    def set_my_addresses(self, text: str) -> bool:
        """Replace the user's addresses with those in ``text`` (commas or spaces between)."""
        wanted = [part for part in text.replace(",", " ").split() if part]
        try:
            for address in wanted:
                self.service.add_me(address)
        except GhostlessError as exc:
            self._say(str(exc))
            return False
        keep_these = {address.lower() for address in wanted}
        for address in self.service.me():
            # An IMAP account's addresses stay yours while the account is kept.
            if address not in keep_these and self.service.account_of(address) is None:
                self.service.remove_me(address)
        self.refresh()
        return True

    def _on_addresses_button_clicked(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("My addresses"),
            "Your e-mail addresses, separated by commas:",
            text=", ".join(self.service.me()),
        )
        if ok:
            self.set_my_addresses(text)

    # -- syncing -------------------------------------------------------------------
    def sync_now(self) -> MailSyncRunner | None:
        """Sync every source and account on a worker thread; None when one already runs
        (from here, the accounts dialog or the timer) or there is nothing to read."""
        if self.runner.running:
            return None
        if self.runner.extra_sources is None and not self.runner.has_mail():
            self._say(
                self.tr("No mail source yet: add a Maildir folder, an mbox file or an account.")
            )
            return None
        self._asked = True
        self._say("Reading your mail…")
        self.runner.sync_now()
        return self.runner

    def cancel_sync(self) -> None:
        self.runner.cancel()

    def _show_running(self, running: bool) -> None:
        self.sync_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.progress.setFormat("")

    def _on_runner_running_changed(self, running: bool) -> None:
        self._show_running(running)
        if running and not self._asked:
            self._say("Reading your mail…")  # the timer, or the accounts dialog

    def _on_runner_advanced(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _on_runner_progressed(self, text: str) -> None:
        self.progress.setFormat(text)

    def _on_runner_synced(self, report: MailSyncReport) -> None:
        self._asked = False
        self.refresh()
        if report.logged_events:
            self.records_changed.emit(0)
        if report.cancelled and not report.read:
            self._finish(self.tr("Sync cancelled; nothing was kept."))
            return
        said = (
            f"Read {report.read} messages: {report.new_messages} new, "
            f"{report.logged_events} logged in linked loops."
        )
        if report.cancelled:
            said = self.tr("Sync stopped; what was read is kept. ") + said
        if report.problems:
            said += " Not read: " + "; ".join(report.problems)
        self._finish(said)

    def _on_runner_stopped(self, message: str) -> None:
        self._asked = False
        self.refresh()
        self._finish(f"{message}. Try again later.")

    def _finish(self, said: str) -> None:
        self._say(said)
        self.sync_finished.emit(said)
