"""No words in the wizard are cut off in German at the wizard's own size: each choice's
words fit its width, and each wrapped description gets the lines it needs."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from ghostless.services.ledger import Ledger
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.app import build_main_window
from ghostless.ui.common.elided_label import ElidedLabel
from ghostless.ui.wizard.wizard import DisengageWizard


def clipped(page: QApplication | object) -> list[str]:
    """The words on ``page`` drawn in less room than they need."""
    cut = []
    for button in page.findChildren(QAbstractButton):  # type: ignore[attr-defined]
        if not isinstance(button, QRadioButton | QCheckBox) or button.isHidden():
            continue
        if button.width() < button.sizeHint().width():
            cut.append(f"{button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    for label in page.findChildren(QLabel):  # type: ignore[attr-defined]
        if label.isHidden() or not label.text() or isinstance(label, ElidedLabel):
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                cut.append(f"{label.text()[:40]!r}: height {label.height()} < {needed}")
    return cut


def test_no_words_in_the_wizard_are_cut_off_in_german(
    qtbot: QtBot, german: str, examples: Ledger, settings: QSettings
) -> None:
    window = build_main_window(examples, settings)
    qtbot.addWidget(window)
    window.commands.secrets = MemorySecretStore()
    loop = window.loop_model.loop_at(0)
    assert loop is not None
    wizard = window.commands.disengage(loop.id)
    assert isinstance(wizard, DisengageWizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    QApplication.processEvents()
    assert clipped(wizard.currentPage()) == []
    page = wizard.currentPage()
    right = page.mapTo(wizard, page.rect().topRight()).x()
    assert right < wizard.width()  # the page is inside the wizard, not cut by its edge
    # Every other page, laid out in the room the wizard gives the current one.
    room = wizard.currentPage().size()
    cut = []
    for page_id, page in wizard.pages.items():
        page.resize(room)
        page.layout().activate()
        for _ in range(3):  # a wrapped label that grew lets the layout place it again
            QApplication.processEvents()
            page.layout().activate()
        cut += [f"{page_id.name}: {line}" for line in clipped(page)]
    assert cut == []
    wizard.reject()
    window.close()
