"""One-click fixes: each removes its finding, keeps the answer and the thanks."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from ghostless.core.draft_checker import CheckOptions, Finding, FindingKind, Intent, check

CORPUS = Path(__file__).parents[1] / "drafts" / "corpus.toml"


def only(text: str, intent: Intent, kind: FindingKind, contact: str | None = None) -> Finding:
    [finding] = [f for f in check(text, intent, contact=contact) if f.finding is kind]
    return finding


def fixed(text: str, intent: Intent, kind: FindingKind, contact: str | None = None) -> str:
    fix = only(text, intent, kind, contact).fix
    assert fix is not None
    return fix.apply(text)


def test_remove_the_vague_promise_sentence() -> None:
    text = "Thanks, Aiko. I'll pass on this one. I'll definitely get back to you soon! Best, Sam"
    assert fixed(text, Intent.DECLINE, FindingKind.VAGUE_PROMISE) == (
        "Thanks, Aiko. I'll pass on this one. Best, Sam"
    )
    assert only(text, Intent.DECLINE, FindingKind.VAGUE_PROMISE).fix.label == "Remove the promise"


def test_remove_a_vague_promise_clause() -> None:
    text = "Thanks, Priya. It isn't for me, so I'll pass and I'll circle back."
    assert fixed(text, Intent.DECLINE, FindingKind.VAGUE_PROMISE) == (
        "Thanks, Priya. It isn't for me, so I'll pass."
    )


def test_keep_one_apology() -> None:
    text = "Hi Tom, sorry for the slow reply and thanks for waiting. I'm sorry, but I'll pass."
    assert fixed(text, Intent.DECLINE, FindingKind.OVER_APOLOGY) == (
        "Hi Tom, sorry for the slow reply and thanks for waiting. I'll pass."
    )
    spiral = "Sorry, sorry, sorry! Thanks, but I'll pass."
    for finding in check(spiral, Intent.DECLINE):
        assert finding.fix is not None
        assert finding.fix.apply(spiral) == "Sorry, sorry! Thanks, but I'll pass."


def test_replace_the_reasons_with_the_suggested_sentence() -> None:
    text = (
        "Hi Grace, thank you for the message. I have to decline, because my project runs until "
        "spring, and since my partner just started a new job we can't move, and on top of that "
        "the pay is lower. Best, Sam"
    )
    finding = only(text, Intent.DECLINE, FindingKind.OVER_JUSTIFICATION)
    assert finding.fix is not None
    assert finding.fix.replacement == ". " + str(finding.replacement)
    after = finding.fix.apply(text)
    assert after.startswith("Hi Grace, thank you for the message. I have to decline. Because of")
    assert after.endswith(". Best, Sam")
    assert not [f for f in check(after, Intent.DECLINE) if f.finding is not FindingKind.TOO_LONG]


def test_add_a_thank_you_line_after_the_greeting() -> None:
    inline = "Hi Conor, I won't be going ahead with the application."
    assert fixed(inline, Intent.DECLINE, FindingKind.NO_THANKS) == (
        "Hi Conor, thank you for thinking of me. I won't be going ahead with the application."
    )
    own_line = "Hi Conor,\n\nI need to cancel tomorrow's interview.\n\nJo"
    assert fixed(own_line, Intent.CANCEL_INTERVIEW, FindingKind.NO_THANKS) == (
        "Hi Conor,\n\nThank you for your time. I need to cancel tomorrow's interview.\n\nJo"
    )
    bare = "I won't be going ahead."
    assert fixed(bare, Intent.DECLINE, FindingKind.NO_THANKS).startswith("Thank you for")


def test_use_the_contacts_name() -> None:
    text = "Hi Maria, thanks, but it's a no from me."
    assert fixed(text, Intent.DECLINE, FindingKind.WRONG_NAME, "Priya Nair") == (
        "Hi Priya, thanks, but it's a no from me."
    )
    titled = "Dear Ms. Flynn, thanks, but it's a no from me."
    assert fixed(titled, Intent.DECLINE, FindingKind.WRONG_NAME, "Nora Quinn").startswith(
        "Dear Ms. Quinn,"
    )
    field = "Dear [name?], thanks, but it's a no from me."
    assert fixed(field, Intent.DECLINE, FindingKind.PLACEHOLDER, "Nora Quinn").startswith(
        "Dear Nora,"
    )
    role = [f for f in check("Thanks for the [role?] offer; I'll pass.", "decline", contact="Nora")]
    assert [f.fix for f in role] == [None]  # only the contact's name is known


def test_drop_the_for_now_from_a_closing_message() -> None:
    text = "Thanks for the follow-up, Ines. I'm declining the offer for now."
    assert fixed(text, Intent.CLOSE_DOOR, FindingKind.FALSE_HOPE) == (
        "Thanks for the follow-up, Ines. I'm declining the offer."
    )


def test_no_fix_that_would_cut_the_answer_out() -> None:
    # The only "no" is in the sentence with the promise: removing it would leave no answer.
    text = "Thanks for the offer. I'll pass and keep in touch."
    finding = only(text, Intent.DECLINE, FindingKind.VAGUE_PROMISE)
    if finding.fix is not None:
        after = finding.fix.apply(text)
        assert FindingKind.NO_CLEAR_NO not in {f.finding for f in check(after, "decline")}


def test_disabled_rules_do_not_block_a_fix() -> None:
    options = CheckOptions(disabled=frozenset({FindingKind.NO_CLEAR_NO}))
    text = "Thanks a lot. Let's keep in touch!"
    [finding] = check(text, Intent.DECLINE, options)
    assert finding.fix is not None
    assert finding.fix.apply(text) == "Thanks a lot."


def corpus_findings() -> list[tuple[str, Intent, str | None, Finding]]:
    with CORPUS.open("rb") as handle:
        drafts = tomllib.load(handle)["draft"]
    return [
        (d["text"], Intent(d["intent"]), d.get("contact"), finding)
        for d in drafts
        for finding in check(d["text"], d["intent"], contact=d.get("contact"))
        if finding.fix is not None
    ]


@pytest.mark.parametrize("case", corpus_findings(), ids=lambda c: c[3].finding.value)
def test_every_fix_on_the_corpus_removes_its_finding_and_keeps_the_answer(
    case: tuple[str, Intent, str | None, Finding],
) -> None:
    text, intent, contact, finding = case
    assert finding.fix is not None
    before = check(text, intent, contact=contact)
    after = check(finding.fix.apply(text), intent, contact=contact)
    count = sum(f.finding is finding.finding for f in before)
    assert sum(f.finding is finding.finding for f in after) < count
    gone = {FindingKind.NO_CLEAR_NO, FindingKind.NO_THANKS}
    assert not ({f.finding for f in after} - {f.finding for f in before}) & gone
    for mess in ("  ", " .", " ,", ",.", ". ."):
        assert mess not in finding.fix.apply(text) or mess in text, mess


def test_enough_findings_have_a_fix() -> None:
    fixable = {case[3].finding for case in corpus_findings()}
    assert {
        FindingKind.VAGUE_PROMISE,
        FindingKind.OVER_APOLOGY,
        FindingKind.OVER_JUSTIFICATION,
        FindingKind.NO_THANKS,
        FindingKind.FALSE_HOPE,
        FindingKind.WRONG_NAME,
    } <= fixable


def test_a_leading_for_now_goes_with_its_comma() -> None:
    text = "Thanks, Ines. For now, I'm declining the offer."
    assert fixed(text, Intent.CLOSE_DOOR, FindingKind.FALSE_HOPE) == (
        "Thanks, Ines. I'm declining the offer."
    )
