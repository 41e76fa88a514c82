"""Tab follows the reading order in every dialog and wizard page: top to bottom, left to
right, a column at a time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QRadioButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from ghostless.services.ledger import Ledger
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.app import Shell
from ghostless.ui.main_window import MainWindow
from ghostless.ui.wizard.template_manager import TemplateEditor
from ghostless.ui.wizard.wizard import DisengageWizard
from tests.ui.accessibility import recovery_dialog
from tests.ui.focus_order import backward_steps, tab_chain
from tests.ui.test_accessibility import every_dialog


@pytest.fixture
def window(shell_window: MainWindow) -> MainWindow:
    return shell_window


def _laid_out(qtbot: QtBot, dialog: QWidget) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)


def test_tab_reads_every_dialog_in_order(
    qtbot: QtBot, shell: Shell, window: MainWindow, examples: Ledger
) -> None:
    wrong: list[str] = []
    for dialog in every_dialog(qtbot, shell, window, examples):
        _laid_out(qtbot, dialog)
        assert tab_chain(dialog), dialog.windowTitle()
        wrong += backward_steps(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
    assert wrong == [], "\n".join(wrong)


def test_tab_reads_every_wizard_page_in_order(qtbot: QtBot, window: MainWindow) -> None:
    loop = window.loop_model.loop_at(0)
    assert loop is not None
    window.commands.secrets = MemorySecretStore()
    wizard = window.commands.disengage(loop.id)
    assert isinstance(wizard, DisengageWizard)
    _laid_out(qtbot, wizard)
    wrong: list[str] = []
    seen = set()
    while wizard.currentId() not in seen:
        seen.add(wizard.currentId())
        qtbot.wait(1)
        wrong += backward_steps(wizard.currentPage())
        if not wizard.button(QWizard.WizardButton.NextButton).isEnabled():
            wizard.currentPage().findChildren(QRadioButton)[0].click()  # a reason, say
        wizard.next()
    assert len(seen) >= 4, seen  # assess, draft, boundary, send
    for dialog in (
        wizard.manage_templates(),
        wizard.checker_settings(),
        wizard.mail_settings(),
        TemplateEditor(None, wizard),
    ):
        _laid_out(qtbot, dialog)
        wrong += backward_steps(dialog)
        dialog.reject()
    wizard.reject()
    assert wrong == [], "\n".join(wrong)


def test_the_recovery_dialog_reads_in_order(qtbot: QtBot, data_dir: Path, ledger: Ledger) -> None:
    dialog = recovery_dialog(data_dir, ledger.zone)
    qtbot.addWidget(dialog)
    _laid_out(qtbot, dialog)
    assert backward_steps(dialog) == []
