"""The quick path of an import's checks (validation.tidy_contact) against the general one.

For every record, the quick path either declines (None) or gives exactly what
the field-by-field path gives; the LinkedIn rows an export is made of take it.
"""

from __future__ import annotations

from hypothesis import event, given, settings
from hypothesis import strategies as st

from ghostless.core import contact_import
from ghostless.core.contact_import import ImportRecord
from ghostless.core.errors import InputError
from ghostless.core.validation import tidy_contact

#: Characters that make values need cleaning, mixed with ordinary ones.
_AWKWARD = " \t\n\r\x00\x01\x1f\x7f\x85\x9f\xa0\u2003\u2028\ud800@.:/\\#?-_,ÄßÖ"
_ODD = st.text(alphabet=st.sampled_from(list(_AWKWARD) + list("abcXYZ019")), max_size=12)
#: Mostly tidy values (words, one space apart), so both answers of the quick path occur.
_WORDS = st.lists(st.text(alphabet="abcXYZ019ßÄ.@-", min_size=1, max_size=6), max_size=3)
_TEXT = st.one_of(*[_WORDS.map(" ".join)] * 6, _ODD)
_EMAIL = st.one_of(st.just(""), _TEXT, st.builds(lambda a, b: f"{a}@{b}.org", _TEXT, _TEXT))
_URL = st.one_of(
    st.just(""),
    _TEXT,
    st.builds(lambda a, b: f"https://{a}/in/{b}", _TEXT, _TEXT),
    st.builds(lambda b: f"https://www.linkedin.com/in/{b}", _TEXT),
)


def _both(record: ImportRecord) -> tuple[object, object]:
    def outcome(clean: object) -> object:
        try:
            return clean(record)  # type: ignore[operator]
        except InputError as exc:
            return ("refused", str(exc), exc.field)

    return outcome(contact_import._clean), outcome(contact_import._clean_generally)


@settings(max_examples=600, deadline=None)
@given(
    name=_TEXT, org=_TEXT, role=_TEXT, notes=_TEXT, email=_EMAIL, url=_URL,
    tags=st.lists(_TEXT, max_size=3).map(tuple), dropped=st.lists(_TEXT, max_size=1).map(tuple),
)  # fmt: skip
def test_the_quick_path_gives_what_the_general_one_gives(
    name: str, org: str, role: str, notes: str, email: str, url: str,
    tags: tuple[str, ...], dropped: tuple[str, ...],
) -> None:  # fmt: skip
    record = ImportRecord(
        7, name, (email,) if email else (), org, role, "", url, notes, tags, dropped=dropped
    )
    quick, general = _both(record)
    assert quick == general
    event("quick" if contact_import._tidy(record) is not None else "general")


def test_a_linkedin_row_takes_the_quick_path_and_an_untidy_one_does_not() -> None:
    plain = (
        "Ada Lovelace",
        "Analytical Engines",
        "Engineer",
        "LinkedIn connection since 2020-01-09",
    )
    fields = tidy_contact(*plain, ("LinkedIn",), "", "https://www.linkedin.com/in/ada")
    assert fields is not None
    assert fields.url == "https://www.linkedin.com/in/ada"
    assert [a.kind.value for a in fields.addresses] == ["url"]
    for untidy in ("Ada  Lovelace", " Ada", "Ada\u00a0Lovelace", "Ada\x01"):
        assert tidy_contact(untidy, *plain[1:], (), "", "") is None
    assert tidy_contact(*plain, ("Linked\x00In",), "", "") is None
    assert tidy_contact(*plain, (), "ada@example", "") is None
    assert tidy_contact(*plain, (), "", "linkedin.com/in/ada") is None  # https:// to add
    assert tidy_contact(*plain[:3], "since 2020\r\n", (), "", "") is None
    assert tidy_contact("A" * 201, *plain[1:], (), "", "") is None  # refused, with its message
