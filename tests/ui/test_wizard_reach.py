"""Reaching the wizard from the window, and the template manager."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ghostless.core.disengage import Delivery, Reason
from ghostless.core.models import LoopStatus
from ghostless.services.ledger import Ledger
from ghostless.services.secrets import MemorySecretStore
from ghostless.services.templates import TemplateService
from ghostless.ui.main_window import LOOPS_TAB, TODAY_TAB, MainWindow
from ghostless.ui.wizard.template_manager import TemplateManagerDialog
from ghostless.ui.wizard.wizard import DisengageWizard, PageId


def _wizard(window: MainWindow) -> DisengageWizard:
    wizard = window.commands.last_dialog
    assert isinstance(wizard, DisengageWizard)
    return wizard


def _prepare(window: MainWindow) -> None:
    window.commands.secrets = MemorySecretStore()
    window.commands.open_url = lambda _url: True


def test_declining_from_the_today_view_closes_the_loop_and_refreshes(
    qtbot: QtBot, example_window: MainWindow, examples: Ledger
) -> None:
    window = example_window
    _prepare(window)
    window.tabs.setCurrentIndex(TODAY_TAB)
    page = window.today_page
    page.refresh()
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.owed_at(r).loop.contact_name == "Priya Raman"
    )
    page.table.selectRow(row)
    qtbot.mouseClick(page.disengage_button, Qt.MouseButton.LeftButton)
    wizard = _wizard(window)
    loop_id = wizard.loop.id
    wizard.assess_page.choose(Reason.DISINTEREST)
    for _ in range(3):
        wizard.next()
    assert wizard.currentId() == PageId.SEND
    wizard.send_page.choose_delivery(Delivery.COPIED)
    wizard.send_page.leave_out_missing()
    wizard.accept()  # copied: recorded only once the user says it went out
    assert examples.loop(loop_id).is_open
    with qtbot.waitSignal(window.commands.records_changed):
        wizard.accept()  # "I sent it"
    assert examples.loop(loop_id).status is LoopStatus.CLOSED
    assert page.model.row_of(loop_id) is None  # the Today view no longer lists it


def test_the_action_the_context_menu_and_the_detail_pane_reach_it(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    window = example_window
    _prepare(window)
    window.tabs.setCurrentIndex(LOOPS_TAB)
    window.loop_table.selectRow(0)
    actions = window.window_actions
    assert actions.disengage in window.loop_table.actions()  # the context menu
    assert actions.disengage.shortcut().toString() == "Ctrl+Shift+D"
    actions.disengage.trigger()
    first = _wizard(window)
    assert first.loop.id == window.current_loop().id  # type: ignore[union-attr]
    first.reject()
    assert window.detail_pane.disengage_button.isVisibleTo(window)
    qtbot.mouseClick(window.detail_pane.disengage_button, Qt.MouseButton.LeftButton)
    second = _wizard(window)
    assert second is not first
    assert second.loop.id == first.loop.id
    second.reject()


def test_a_crisis_from_the_window_turns_away_mode_on(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    window = example_window
    _prepare(window)
    loop = window.current_loop()
    assert loop is not None
    window.commands.disengage(loop.id)
    wizard = _wizard(window)
    from ghostless.core.disengage import Situation

    wizard.assess_page.choose(Reason.OVERLOAD, Situation.CRISIS)
    wizard.next()
    with qtbot.waitSignal(window.commands.reminders_changed):
        wizard.accept()
    assert window.away_banner.isVisibleTo(window)


def test_a_closed_loop_gets_no_wizard(example_window: MainWindow, examples: Ledger) -> None:
    from ghostless.core.models import Outcome

    loop = example_window.current_loop()
    assert loop is not None
    examples.close_loop(loop.id, Outcome.REPLIED)
    assert example_window.commands.disengage(loop.id) is None
    assert "already closed" in example_window.commands.last_prompt.text()  # type: ignore[union-attr]


def test_templates_are_created_edited_duplicated_and_deleted(
    qtbot: QtBot, examples: Ledger
) -> None:
    repo = TemplateService(examples)
    dialog = TemplateManagerDialog(repo)
    qtbot.addWidget(dialog)
    assert not dialog.edit_button.isEnabled()  # a built-in one is selected: read-only
    editor = dialog.edit(None)
    assert editor is not None
    editor.title_edit.setText("Short no")
    editor.direct_edit.setPlainText("Hi $name, thanks, but I'll pass. $nickname")
    editor.accept()
    assert "$nickname" in editor.error_label.text()
    assert editor.isVisible()
    editor.direct_edit.setPlainText("Hi $name, thanks, but I'll pass.")
    editor.accept()
    (mine,) = repo.mine()
    assert mine.title == "Short no"
    assert dialog.selected() == mine
    editor = dialog.edit(mine)
    assert editor is not None
    editor.title_edit.setText("Short no, kind")
    editor.accept()
    assert repo.get(mine.user_id or 0).title == "Short no, kind"
    dialog.duplicate_selected()
    assert sorted(t.title for t in repo.mine()) == ["Short no, kind", "Short no, kind (copy)"]
    dialog.delete_selected(confirm=False)
    assert [t.title for t in repo.mine()] == ["Short no, kind"]
    dialog.select_key("builtin:step_back")
    dialog.duplicate_selected()
    assert any(t.based_on == "builtin:step_back" for t in repo.mine())
    assert dialog.changed
