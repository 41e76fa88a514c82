"""A screen reader names every control: each window, dialog and wizard page, read through
Qt's accessibility interface, has no focusable widget without a name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from ghostless.core.models import EventKind
from ghostless.core.wording import STATUS_LABELS
from ghostless.services.disengage import DisengageService
from ghostless.services.importers import Source
from ghostless.services.ledger import Ledger
from ghostless.services.mail_accounts import MailAccounts
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.app import Shell
from ghostless.ui.import_export.import_dialog import ImportDialog
from ghostless.ui.insights.loops_dialog import LoopsBehindDialog
from ghostless.ui.loops.loop_table_model import LoopColumn
from ghostless.ui.mail_accounts.add_dialog import AddAccountDialog
from ghostless.ui.main_window import MainWindow
from ghostless.ui.wizard.template_manager import TemplateEditor
from ghostless.ui.wizard.wizard import DisengageWizard
from tests.ui.accessibility import nameless, recovery_dialog, same_names

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture
def window(shell_window: MainWindow) -> MainWindow:
    return shell_window


def opened(qtbot: QtBot, dialog: QWidget | None) -> QWidget:
    assert dialog is not None
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
        qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def every_dialog(qtbot: QtBot, shell: Shell, window: MainWindow, examples: Ledger) -> list[QWidget]:
    """Every dialog the window opens, each opened the way the user opens it."""
    commands = window.commands
    loop = window.loop_model.loop_at(0)
    assert loop is not None
    other = window.loop_model.loop_at(1)
    assert other is not None
    made: list[QWidget | None] = [
        commands.new_contact(),
        commands.edit_contact(loop.contact_id),
        commands.contact_loops(loop.contact_id),
        commands.delete_contact(loop.contact_id),
        commands.merge_contacts(loop.contact_id, other.contact_id),
        commands.find_duplicates(),
        commands.new_loop(),
        commands.edit_loop(loop),
        commands.log_event(loop, EventKind.RECEIVED),
        commands.close_loop(loop),
        commands.set_deadline(loop),
        commands.link_introduction(loop),
        commands.delete_loop(loop),
        commands.triage.pick_time([loop.id]),
        commands.go_away(),
    ]
    shell.reminders.away_on(now=examples.clock.now() - timedelta(days=10))
    made.append(commands.come_back())
    made.append(commands.warn("Something went wrong."))
    made.append(shell.note_no_tray_once())
    made.append(shell.settings_opener.open())
    accounts = shell.mail.open_accounts()
    made.append(accounts)
    made.append(AddAccountDialog(MailAccounts(examples, MemorySecretStore()), accounts))
    made.append(ImportDialog(examples, path=FIXTURES / "vcard_4_0.vcf", source=Source.VCARD))
    made.append(LoopsBehindDialog("Loops behind", examples.list_loops(), window))
    return [opened(qtbot, dialog) for dialog in made]


def test_every_control_of_the_main_window_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    missing: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # the lazy tabs are built when first shown
        qtbot.wait(1)
        missing += nameless(window)
    assert sorted(set(missing)) == [], "\n".join(sorted(set(missing)))


def test_buttons_side_by_side_have_different_names(qtbot: QtBot, window: MainWindow) -> None:
    window.start_scheduler()  # the reminders bar: a row of Open, Snooze, Dismiss per loop
    assert len(window.notifier.rows) > 1
    repeated: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        repeated += same_names(window)
    assert sorted(set(repeated)) == [], "\n".join(sorted(set(repeated)))


def test_see_them_all_in_today_is_reached_with_tab(qtbot: QtBot, window: MainWindow) -> None:
    window.start_scheduler()
    bar = window.notifier
    assert len(bar.loop_ids()) > len(bar.rows)
    see_all = bar.see_all_button
    assert see_all.isVisible()
    assert see_all.focusPolicy() & Qt.FocusPolicy.TabFocus
    face = QAccessible.queryAccessibleInterface(see_all)
    assert face is not None
    assert face.role() == QAccessible.Role.PushButton
    assert face.text(QAccessible.Text.Name) == "See them all in Today"
    with qtbot.waitSignal(bar.today_requested):
        qtbot.keyClick(see_all, Qt.Key.Key_Space)


def test_every_control_of_every_dialog_has_a_name(
    qtbot: QtBot, shell: Shell, window: MainWindow, examples: Ledger
) -> None:
    missing: list[str] = []
    for dialog in every_dialog(qtbot, shell, window, examples):
        missing += nameless(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
    assert sorted(set(missing)) == [], "\n".join(sorted(set(missing)))


def test_every_wizard_page_and_its_dialogs_name_their_controls(
    qtbot: QtBot, window: MainWindow
) -> None:
    loop = window.loop_model.loop_at(0)
    assert loop is not None
    window.commands.secrets = MemorySecretStore()
    wizard = window.commands.disengage(loop.id)
    assert isinstance(wizard, DisengageWizard)  # deletes itself on close
    missing: list[str] = []
    for page_id in wizard.pageIds():
        missing += nameless(wizard.page(page_id))
    missing += nameless(wizard)
    for dialog in (
        wizard.manage_templates(),
        wizard.checker_settings(),
        wizard.mail_settings(),
        TemplateEditor(None, wizard),
    ):
        dialog.show()  # the wizard owns them
        missing += nameless(dialog)
        dialog.reject()
    wizard.reject()
    assert sorted(set(missing)) == [], "\n".join(sorted(set(missing)))


def test_the_recovery_dialog_names_its_controls(
    qtbot: QtBot, data_dir: Path, ledger: Ledger
) -> None:
    missing = nameless(opened(qtbot, recovery_dialog(data_dir, ledger.zone)))
    assert missing == [], len(missing)


def cells(model: QAbstractItemModel) -> Iterator[QModelIndex]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            yield model.index(row, column)


def test_every_list_gives_each_cell_an_accessible_text(
    qtbot: QtBot, window: MainWindow, examples: Ledger
) -> None:
    """A screen reader reads each cell, and hears what colour and bold show."""
    window.tabs.setCurrentIndex(3)  # Mail: built when first shown
    mail = window.mail_tab.ensure_page()
    models = [
        window.loop_model,
        window.today_page.model,
        window.contacts_page.contact_model,
        window.detail_pane.timeline_model,
        mail.model,
    ]
    read = 0
    for model in models:
        for index in cells(model):
            shown = index.data(Qt.ItemDataRole.DisplayRole)
            spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
            if shown:
                assert str(shown) in str(spoken), (type(model).__name__, shown)
                read += 1
    assert read >= 40  # seven loops, their contacts and record
    # The Next column's colour (overdue in red, due in orange) is said in words.
    next_cells = [
        window.loop_model.index(row, LoopColumn.NEXT) for row in range(window.loop_model.rowCount())
    ]
    owed = [i for i in next_cells if window.loop_model.next_of(i.row()) is not None]
    assert owed
    for index in owed:
        status = window.loop_model.next_of(index.row())
        assert status is not None
        spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert spoken.startswith(STATUS_LABELS[status.status])


def test_a_blocked_contact_is_said_to_be_blocked(window: MainWindow, examples: Ledger) -> None:
    model = window.contacts_page.contact_model
    loop = window.loop_model.loop_at(0)
    assert loop is not None
    DisengageService(examples).block(loop.id, "threats")
    contact = examples.contact(loop.contact_id)
    window.contacts_page.refresh()
    row = model.row_of(contact.id)
    assert row is not None
    spoken = model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.endswith("blocked")
