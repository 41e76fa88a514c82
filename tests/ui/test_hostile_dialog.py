"""Issue 11, item 5: the window's dialogs refuse control characters and broken URLs by field."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ghostless.services.ledger import Ledger, contacts_of
from ghostless.ui.contacts.contact_dialog import ContactDialog
from tests.ui.test_dialogs import open_dialog, press_ok


def test_the_contact_dialog_refuses_a_nul_name_and_a_broken_url_under_their_fields(
    qtbot: QtBot, ledger: Ledger
) -> None:
    dialog = open_dialog(qtbot, ContactDialog(ledger, None, None))
    dialog.name_edit.setText("\x00Ada")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "control character" in dialog.field_error("name")
    dialog.name_edit.setText("Ada")
    dialog.url_edit.setText("http://[oops")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "is not a web address" in dialog.field_error("url")
    assert contacts_of(ledger).count() == 0
    dialog.url_edit.setText("https://example.org/ada")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert contacts_of(ledger).count() == 1
