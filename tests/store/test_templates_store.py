"""The user's own templates: create, edit, duplicate, delete, each one transaction."""

from __future__ import annotations

import pytest

from ghostless.core.draft_checker import Intent
from ghostless.core.errors import InputError, NotFoundError
from ghostless.core.models import LoopKind
from ghostless.core.templates import builtin, clean_template, fields_for, render
from ghostless.store.database import Store
from ghostless.store.templates import TemplateRepository
from tests.conftest import FRIDAY


def test_create_edit_duplicate_delete(store: Store) -> None:
    repo = TemplateRepository(store)
    fields = clean_template(title="Short no", intent="decline", subject="Re: $subject",
                            direct="Hi $name, thanks, but I'll pass. $my_name",
                            kinds=[LoopKind.RECRUITER_OUTREACH])  # fmt: skip
    first = repo.create(fields, at=FRIDAY)
    template = repo.get(first)
    assert template.key == f"user:{first}"
    assert template.intent is Intent.DECLINE
    assert template.kinds == frozenset({LoopKind.RECRUITER_OUTREACH})
    assert render(template, fields_for(name="Dana Lee", my_name="Sam")).body == (
        "Hi Dana, thanks, but I'll pass. Sam"
    )

    repo.update(first, clean_template(title="Shorter no", intent="close_door", direct="No."),
                at=FRIDAY)  # fmt: skip
    assert repo.get(first).title == "Shorter no"
    assert repo.get(first).intent is Intent.CLOSE_DOOR

    copy = repo.duplicate(f"user:{first}", at=FRIDAY)
    from_builtin = repo.duplicate("builtin:step_back", at=FRIDAY)
    assert repo.get(copy).title == "Shorter no (copy)"
    assert repo.get(from_builtin).direct == builtin("step_back").direct
    assert repo.get(from_builtin).based_on == "builtin:step_back"
    assert [t.title for t in repo.all()] == [
        "Shorter no", "Shorter no (copy)", "Step back for now (copy)"
    ]  # fmt: skip

    repo.delete(copy)
    with pytest.raises(NotFoundError):
        repo.get(copy)
    with pytest.raises(NotFoundError):
        repo.delete(copy)
    with pytest.raises(InputError):
        repo.duplicate("builtin:nope", at=FRIDAY)
    assert len(repo.all()) == 2


def test_a_failed_write_leaves_nothing_behind(store: Store) -> None:
    repo = TemplateRepository(store)
    fields = clean_template(title="A", intent="thanks", direct="Thank you, $name.")

    def create_then_fail() -> None:
        with store.write():
            repo.create(fields, at=FRIDAY)
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        create_then_fail()
    assert repo.all() == []
