"""One draft in the wizard: a template suggested at step 3 keeps the user's work,
can be undone, and Back and Next show the same draft (found by a new user's trial)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.disengage import Boundary, Reason
from ghostless.core.templates import filled_in
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import MemorySecretStore
from ghostless.ui.wizard.wizard import DisengageWizard, PageId

APOLOGY = "Sorry for the slow reply."


@pytest.fixture
def wizard(
    qtbot: QtBot, examples: Ledger, settings: QSettings, clock: FixedClock
) -> Iterator[DisengageWizard]:
    clock.advance(days=3)  # late, so the apology opener is offered
    loop_id = next(
        loop.id for loop in examples.list_loops() if loop.contact_name.startswith("Priya")
    )
    made = DisengageWizard(
        examples, loop_id, settings=settings, reminders=ReminderService(examples),
        secrets=MemorySecretStore(), open_url=lambda url: True,
    )  # fmt: skip
    qtbot.addWidget(made)
    made.show()
    yield made
    made.hide()


def edited_draft_at_step_3(wizard: DisengageWizard) -> str:
    """Fill in the role, add the apology, go on and close the door."""
    wizard.assess_page.choose(Reason.DISINTEREST)
    wizard.next()
    page = wizard.draft_page
    assert "[role?]" in page.editor.text()
    page.editor.set_text(page.editor.text().replace("[role?]", "Platform engineer"))
    page.apology_button.click()
    wizard.next()
    wizard.boundary_page.choose(Boundary.CLOSE_DOOR)
    return wizard.state.draft_body


def test_use_it_instead_keeps_the_filled_in_role_and_the_apology(
    wizard: DisengageWizard,
) -> None:
    edited = edited_draft_at_step_3(wizard)
    page = wizard.boundary_page
    assert wizard.state.draft_body == edited  # kept, as the notice says
    assert page.use_template_button.isVisibleTo(wizard)
    old_template = wizard.state.template_key
    page.use_template_button.click()
    assert wizard.state.template_key != old_template
    body = wizard.state.draft_body
    assert body != edited
    assert "[role?]" not in body
    assert "Platform engineer" in body
    assert APOLOGY in body
    assert page.preview.toPlainText() == body


def test_use_it_instead_can_be_undone(wizard: DisengageWizard) -> None:
    edited = edited_draft_at_step_3(wizard)
    page = wizard.boundary_page
    old_template = wizard.state.template_key
    page.use_template_button.click()
    assert page.keep_draft_button.isVisibleTo(wizard)
    page.keep_draft_button.click()
    assert wizard.state.draft_body == edited
    assert wizard.state.template_key == old_template
    assert page.preview.toPlainText() == edited
    assert not page.keep_draft_button.isVisibleTo(wizard)


def test_back_and_next_show_the_same_current_draft(wizard: DisengageWizard) -> None:
    edited_draft_at_step_3(wizard)
    wizard.boundary_page.use_template_button.click()
    current = wizard.state.draft_body
    wizard.back()
    assert wizard.currentId() == PageId.DRAFT
    assert wizard.draft_page.editor.text() == current
    assert wizard.draft_page.current_key() == wizard.state.template_key
    wizard.next()
    assert wizard.state.draft_body == current
    assert wizard.boundary_page.preview.toPlainText() == current


def test_the_step_3_checker_never_repeats_a_finding(wizard: DisengageWizard) -> None:
    edited_draft_at_step_3(wizard)
    wizard.back()
    text = "Hi Priya,\n\nThanks, but not right now. Not right now, really.\n\nBest,\nSam"
    wizard.draft_page.editor.set_text(text)
    wizard.next()
    wizard.boundary_page.choose(Boundary.CLOSE_DOOR)
    shown = wizard.boundary_page.checker_label.text()
    bullets = [item.split("</li>")[0] for item in shown.split("<li>")[1:]]
    assert bullets
    assert len(bullets) == len(set(bullets))


def test_values_typed_over_marks_are_found_by_the_words_around_them() -> None:
    rendered = "Hi Tom,\n\nThanks for the [role?] role at [org?].\n\nBest,\n[my_name?]"
    edited = "Hi Tom,\n\nSorry. Thanks for the Platform engineer role at Acme.\n\nBest,\nSam"
    assert filled_in(rendered, edited) == {"role": "Platform engineer", "org": "Acme"}
    assert filled_in(rendered, "Hi Tom, no thanks.") == {}
