"""Choosing the language, and the non-Qt layers speaking it: messages, templates, the checker."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ghostless.core import i18n
from ghostless.core.disengage import Reason
from ghostless.core.draft_checker import FindingKind, Intent, check
from ghostless.core.errors import InputError
from ghostless.core.settings import Settings
from ghostless.core.templates import builtin, builtins
from ghostless.services import language


@pytest.fixture
def german() -> Iterator[None]:
    language.use("de")
    yield
    language.use("en")


def test_the_command_line_beats_the_setting_which_beats_the_system() -> None:
    found = {"de", "es"}
    assert i18n.choose(found, asked="es", setting="de", system="fr_FR.UTF-8") == "es"
    assert i18n.choose(found, asked=None, setting="de", system="es_ES.UTF-8") == "de"
    assert i18n.choose(found, asked=None, setting="", system="de_AT.UTF-8") == "de"
    # No catalogue for it: the next choice, and English at the end.
    assert i18n.choose(found, asked="fr", setting="", system="it_IT") == "en"
    assert i18n.choose(found, asked="en", setting="de", system=None) == "en"


def test_the_languages_are_the_catalogues_present() -> None:
    assert "de" in language.available()


def test_the_setting_takes_a_language_code_or_nothing() -> None:
    assert Settings.from_dict({"language": "de"}).language == "de"
    assert Settings.from_dict({}).language == ""
    with pytest.raises(InputError, match="language"):
        Settings.from_dict({"language": "German!"})


def test_the_environment_chooses_for_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(language.LANGUAGE_ENV, "de")
    try:
        assert language.start(setting="") == "de"
        assert Reason.DISINTEREST.label == "Ich habe wirklich kein Interesse"
    finally:
        language.use("en")
    assert Reason.DISINTEREST.label == "I'm genuinely not interested"


@pytest.mark.parametrize("code", sorted(language.available()))
def test_every_built_in_template_is_written_anew_and_passes_its_own_checker(code: str) -> None:
    english = {template.key: template for template in builtins()}
    language.use(code)
    try:
        for template in builtins():
            assert template.title != english[template.key].title, template.key
            for body in (template.direct, template.softer):
                assert body not in (english[template.key].direct, english[template.key].softer)
                filled = (
                    body.replace("$name", "Priya")
                    .replace("$my_name", "Sam")
                    .replace("$role", "Entwicklerin")
                    .replace("$org", "Northwind")
                    .replace("$subject", "das Projekt")
                    .replace("$date", "12. März")
                )
                assert check(filled, template.intent, contact="Priya") == [], (template.key, body)
    finally:
        language.use("en")


RAMBLING_GERMAN = (
    "Hallo Priya,\n\nentschuldigen Sie bitte, es tut mir wirklich leid. Im Moment passt es "
    "einfach nicht, weil mein Team viel zu tun hat, und außerdem ziehe ich um, und deshalb "
    "habe ich keine Zeit. Ich melde mich, und bleiben wir in Kontakt!\n\nSam"
)


def test_the_checker_reads_german_by_german_rules(german: None) -> None:
    found = {f.finding for f in check(RAMBLING_GERMAN, Intent.CLOSE_DOOR, contact="Priya")}
    assert found == {
        FindingKind.NO_THANKS,
        FindingKind.OVER_APOLOGY,
        FindingKind.FALSE_HOPE,
        FindingKind.OVER_JUSTIFICATION,
        FindingKind.VAGUE_PROMISE,
    }
    # "im Moment" is German here, not "I'm": the English long forms stay out of it.
    hope = next(
        f for f in check(RAMBLING_GERMAN, Intent.CLOSE_DOOR) if f.finding is FindingKind.FALSE_HOPE
    )
    assert RAMBLING_GERMAN[hope.start : hope.end] == "Im Moment"
    # A dated promise is a promise, not a vague one.
    dated = "Hallo Priya,\n\ndanke für die Anfrage. Ich sage ab. Ich melde mich am 12. März.\n\nSam"
    assert check(dated, Intent.DECLINE) == []


def test_the_checker_says_its_advice_in_german(german: None) -> None:
    (finding,) = check("Hallo Priya,\n\nich sage ab.\n\nSam", Intent.DECLINE)
    assert finding.finding is FindingKind.NO_THANKS
    assert finding.message == "der Entwurf bedankt sich nirgends für die Zeit"
    assert finding.suggestion.startswith("Danken Sie")


def test_a_german_no_is_needed_in_a_german_decline(german: None) -> None:
    vague = "Hallo Priya,\n\nvielen Dank für Ihre Nachricht. Das klingt spannend.\n\nSam"
    (finding,) = check(vague, Intent.DECLINE)
    assert finding.finding is FindingKind.NO_CLEAR_NO
    assert "„Hier muss ich absagen.“" in finding.suggestion


def test_english_is_read_as_before_once_german_is_left() -> None:
    language.use("de")
    language.use("en")
    assert builtin("recruiter_decline_open").title == "Decline a recruiter, door open"
    found = {f.finding for f in check("Hi Priya, I'm not interested right now.", Intent.CLOSE_DOOR)}
    assert FindingKind.FALSE_HOPE in found


def test_dates_and_spans_follow_the_language(german: None) -> None:
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    from ghostless.core.wording import span_text, when_text

    now, berlin = datetime(2026, 11, 20, 14, tzinfo=UTC), ZoneInfo("Europe/Berlin")
    assert when_text(now + timedelta(days=1), now, berlin) == "morgen 15:00"
    assert when_text(now + timedelta(days=3), now, berlin) == "Mo 15:00"
    assert when_text(now + timedelta(days=30), now, berlin) == "So, 20. Dez."
    assert span_text(timedelta(days=2)) == "2 Tagen"  # as "seit 2 Tagen" needs it
    assert span_text(timedelta(hours=1)) == "1 Stunde"
