"""The draft editor's one-click fixes: beside the highlight, beside the list, undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ghostless.core.disengage import Reason
from ghostless.core.draft_checker import CheckOptions, FindingKind, Intent
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.wizard.draft_editor import DraftEditor
from ghostless.ui.wizard.wizard import DisengageWizard

PROMISE = "Hi Dana, thanks for thinking of me. I'll pass. I'll definitely get back to you soon!"


@pytest.fixture
def editor(qtbot: QtBot) -> DraftEditor:
    shown = DraftEditor(CheckOptions())
    qtbot.addWidget(shown)
    shown.resize(700, 500)
    shown.show()
    shown.set_contact("Dana Cole")
    shown.set_intent(Intent.DECLINE)
    return shown


def kinds(editor: DraftEditor) -> set[FindingKind]:
    return {finding.finding for finding in editor.findings}


def test_a_fix_button_beside_the_list_fixes_in_one_undoable_edit(
    editor: DraftEditor, qtbot: QtBot
) -> None:
    editor.edit.setPlainText(PROMISE)
    assert kinds(editor) == {FindingKind.VAGUE_PROMISE}
    [button] = editor.fix_buttons
    assert button.text() == "Remove the promise"
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert editor.text() == "Hi Dana, thanks for thinking of me. I'll pass."
    assert kinds(editor) == set()
    assert not editor.fix_buttons
    editor.edit.undo()
    assert editor.text() == PROMISE
    assert kinds(editor) == {FindingKind.VAGUE_PROMISE}
    editor.edit.redo()
    assert editor.text() == "Hi Dana, thanks for thinking of me. I'll pass."


def test_the_fix_shows_beside_the_highlight_under_the_cursor(
    editor: DraftEditor, qtbot: QtBot
) -> None:
    editor.edit.setPlainText(PROMISE)
    assert not editor.fix_button.isVisible()
    cursor = editor.edit.textCursor()
    cursor.setPosition(PROMISE.index("definitely"))
    editor.edit.setTextCursor(cursor)
    assert editor.fix_button.isVisible()
    assert editor.fix_button.text() == "Remove the promise"
    highlight = editor.edit.cursorRect(cursor)
    assert abs(editor.fix_button.y() - highlight.bottom()) < 3 * highlight.height()
    qtbot.mouseClick(editor.fix_button, Qt.MouseButton.LeftButton)
    assert "get back" not in editor.text()
    assert not editor.fix_button.isVisible()


def test_picking_a_finding_in_the_list_shows_its_fix(editor: DraftEditor) -> None:
    text = "Hi Maria, sorry! Thanks, but I'll pass. Sorry again."
    editor.edit.setPlainText(text)
    assert kinds(editor) == {FindingKind.WRONG_NAME, FindingKind.OVER_APOLOGY}
    editor.findings_list.setCurrentRow(0)
    assert editor.edit.textCursor().selectedText() == "Maria"
    assert editor.fix_button.isVisible()
    assert editor.fix_button.text() == "Use “Dana”"
    editor.fix_button.click()
    assert editor.text() == "Hi Dana, sorry! Thanks, but I'll pass. Sorry again."
    [apology] = [i for i, f in enumerate(editor.findings) if f.finding is FindingKind.OVER_APOLOGY]
    editor.fix_finding(apology)
    assert editor.text() == "Hi Dana, sorry! Thanks, but I'll pass."
    editor.edit.undo()
    editor.edit.undo()
    assert editor.text() == text


def test_the_reason_paragraph_becomes_the_suggested_sentence(editor: DraftEditor) -> None:
    text = (
        "Hi Dana, thanks for the offer. I'm going to say no. My father needs care most evenings. "
        "My partner has just started a job in town. The commute would be ninety minutes.\n\nSam"
    )
    editor.edit.setPlainText(text)
    [finding] = [f for f in editor.findings if f.finding is FindingKind.OVER_JUSTIFICATION]
    assert finding.replacement
    [button] = [b for b in editor.fix_buttons if b.text() == "Use one sentence"]
    button.click()
    assert editor.text() == (
        f"Hi Dana, thanks for the offer. I'm going to say no. {finding.replacement}\n\nSam"
    )
    editor.edit.undo()
    assert editor.text() == text


def test_a_thank_you_line_is_added_after_the_greeting(editor: DraftEditor) -> None:
    editor.edit.setPlainText("Hi Dana,\n\nI won't be applying.\n\nSam")
    [button] = editor.fix_buttons
    assert button.text() == "Add a thank-you line"
    button.click()
    assert editor.text() == "Hi Dana,\n\nThank you for thinking of me. I won't be applying.\n\nSam"


def test_positions_hold_after_characters_outside_the_basic_plane(editor: DraftEditor) -> None:
    text = "Hi Dana 🙂, thanks! I'll pass. Let's keep in touch!"
    editor.edit.setPlainText(text)
    editor.fix_buttons[0].click()
    assert editor.text() == "Hi Dana 🙂, thanks! I'll pass."
    selections = editor.edit.extraSelections()
    assert selections == []


def test_the_right_click_menu_offers_the_fix(editor: DraftEditor, qtbot: QtBot) -> None:
    editor.edit.setPlainText(PROMISE)
    cursor = QTextCursor(editor.edit.document())
    cursor.setPosition(PROMISE.index("definitely"))
    point = editor.edit.cursorRect(cursor).center()
    seen: list[list[str]] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([action.text() for action in menu.actions()])
            [fix] = [a for a in menu.actions() if a.text() == "Remove the promise"]
            fix.trigger()
            menu.close()

    QTimer.singleShot(50, look)
    editor._on_edit_context_menu(point)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == "Remove the promise"
    assert "get back" not in editor.text()


def test_the_wizard_checks_the_greeting_against_the_contact(
    qtbot: QtBot, examples: Ledger, settings: QSettings
) -> None:
    loop_id = next(
        loop.id for loop in examples.list_loops() if loop.contact_name.startswith("Priya")
    )
    wizard = DisengageWizard(
        examples,
        loop_id,
        settings=settings,
        reminders=ReminderService(examples),
        secrets=MemorySecretStore(),
        open_url=lambda url: True,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    editor = wizard.draft_page.editor
    editor.set_text("Hi Maria, thanks, but I'll pass.")
    assert kinds(editor) == {FindingKind.WRONG_NAME}
    editor.fix_buttons[0].click()
    assert editor.text().startswith("Hi Priya, thanks")
    assert wizard.state.draft_body == editor.text()
    wizard.hide()


def test_the_fix_beside_the_highlight_follows_the_scroll(editor: DraftEditor) -> None:
    text = "Thanks for thinking of me. I'll pass. Let's keep in touch!" + "\n" * 80 + "Sam"
    editor.edit.setPlainText(text)
    editor.findings_list.setCurrentRow(0)
    assert editor.fix_button.isVisible()
    top = editor.fix_button.y()
    editor.edit.verticalScrollBar().setValue(editor.edit.verticalScrollBar().maximum())
    assert not editor.fix_button.isVisible()
    editor.edit.verticalScrollBar().setValue(0)
    assert editor.fix_button.isVisible()
    assert editor.fix_button.y() == top


def test_ctrl_dot_applies_the_fix_under_the_cursor(editor: DraftEditor, qtbot: QtBot) -> None:
    editor.edit.setPlainText(PROMISE)
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == PROMISE  # the cursor is in no finding: nothing to apply
    cursor = editor.edit.textCursor()
    cursor.setPosition(PROMISE.index("get back"))
    editor.edit.setTextCursor(cursor)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "Hi Dana, thanks for thinking of me. I'll pass."
