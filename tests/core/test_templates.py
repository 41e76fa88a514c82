"""Built-in templates, safe rendering and user template checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ghostless.core.disengage import Boundary, Situation
from ghostless.core.draft_checker import FindingKind, Intent, check
from ghostless.core.errors import InputError
from ghostless.core.models import LoopKind
from ghostless.core.templates import (
    BUILTIN,
    PLACEHOLDERS,
    Directness,
    builtin,
    clean_template,
    fields_for,
    is_late,
    render,
    substitute,
    suggest,
)

FIELDS = fields_for(name="Dana Whitfield", org="Brightwater", role="Platform lead",
                    my_name="Sam", subject="the platform role", date="3 March")  # fmt: skip


def test_at_least_sixteen_builtins_each_with_two_variants() -> None:
    assert len(BUILTIN) >= 16
    assert len({t.key for t in BUILTIN}) == len(BUILTIN)
    for template in BUILTIN:
        assert template.direct != template.softer, template.key
        assert set(template.placeholders()) <= set(PLACEHOLDERS), template.key
        assert "name" in template.placeholders()
        assert "my_name" in template.placeholders()


@pytest.mark.parametrize("template", BUILTIN, ids=lambda t: t.key)
@pytest.mark.parametrize("directness", list(Directness))
def test_every_builtin_renders_fully_and_passes_its_own_checker(
    template: object, directness: Directness
) -> None:
    from ghostless.core.templates import Template

    assert isinstance(template, Template)
    rendered = render(template, FIELDS, directness)
    assert rendered.missing == ()
    assert "$" not in rendered.body + rendered.subject
    findings = check(rendered.body, template.intent)
    assert findings == [], [(f.finding, rendered.body[f.start : f.end]) for f in findings]


def test_a_missing_field_is_listed_and_visibly_marked() -> None:
    rendered = render(builtin("recruiter_decline_open"), fields_for(name="Dana"), "softer")
    assert rendered.missing == ("subject", "role", "org", "my_name")
    assert "[role?]" in rendered.body
    assert "[my_name?]" in rendered.body
    assert rendered.subject == "Re: [subject?]"


def test_attribute_and_index_access_and_expressions_stay_text() -> None:
    text = "${name.__class__} $name[0] {name} ${ name } $$5 $ alone $unknown"
    out, missing = substitute(text, {"name": "Dana"})
    assert out == "${name.__class__} Dana[0] {name} ${ name } $5 $ alone $unknown"
    assert missing == []


@given(st.text(max_size=200), st.text(max_size=50))
def test_rendering_never_crashes_and_only_inserts_the_given_values(text: str, value: str) -> None:
    out, missing = substitute(text, {"name": value})
    assert isinstance(out, str)
    assert set(missing) <= set(PLACEHOLDERS)


def test_a_late_reply_gets_the_apology_opener_after_the_greeting() -> None:
    rendered = render(builtin("single_follow_up"), FIELDS, late=True)
    assert rendered.body.startswith("Hi Dana,\n\nSorry for the slow reply. I'm following up")
    assert check(rendered.body, Intent.FOLLOW_UP) == []
    due = datetime(2026, 11, 20, tzinfo=UTC)
    assert is_late(due, due + timedelta(seconds=1))
    assert not is_late(due, due)
    assert not is_late(None, due)


def test_suggestions_fit_the_loop_the_situation_and_the_boundary() -> None:
    picks = suggest(BUILTIN, kind=LoopKind.RECRUITER_OUTREACH, situation=Situation.NONE,
                    boundary=Boundary.NOT_NOW)  # fmt: skip
    assert picks[0].key == "builtin:recruiter_decline_open"
    assert all(not t.kinds or LoopKind.RECRUITER_OUTREACH in t.kinds for t in picks)
    crisis = suggest(BUILTIN, situation=Situation.CRISIS)
    assert "builtin:step_back" in [t.key for t in crisis]
    assert all(Situation.CRISIS in t.situations for t in crisis)
    power = suggest(BUILTIN, situation=Situation.POWER, boundary=Boundary.STEP_BACK)
    assert power[0].key == "builtin:step_back"


def test_the_step_back_template_is_the_minimal_acknowledgment() -> None:
    body = render(builtin("step_back"), FIELDS).body
    assert "I need to step back for now." in body
    assert [f.finding for f in check(body, Intent.STEP_BACK)] == []


def test_clean_template_refuses_unknown_fields_and_bad_input() -> None:
    fields = clean_template(title=" Mine ", intent="decline", direct="Hi $name, no. $my_name")
    assert fields.title == "Mine"
    assert fields.softer == fields.direct
    with pytest.raises(InputError, match=r"\$password is not a field"):
        clean_template(title="x", intent="decline", direct="Hi $password")
    with pytest.raises(InputError, match="title"):
        clean_template(title=" ", intent="decline", direct="x")
    with pytest.raises(InputError, match="intent"):
        clean_template(title="x", intent="ghost", direct="x")
    with pytest.raises(InputError, match="one line"):
        clean_template(title="x", intent="decline", subject="a\nBcc: x", direct="x")
    with pytest.raises(InputError, match="longer than"):
        clean_template(title="x", intent="decline", direct="x" * 10_001)
    with pytest.raises(InputError, match="kinds"):
        clean_template(title="x", intent="decline", direct="x", kinds=["nope"])


def test_unknown_builtin_is_an_input_error() -> None:
    with pytest.raises(InputError):
        builtin("nope")
    assert builtin("builtin:step_back").intent is Intent.STEP_BACK
    assert FindingKind.NO_THANKS  # the enum is importable alongside
