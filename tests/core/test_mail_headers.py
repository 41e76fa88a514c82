"""Splitting address lists without the full parser gives what the full parser gives."""

from __future__ import annotations

from email.utils import getaddresses

from hypothesis import given, settings
from hypothesis import strategies as st

from ghostless.core.mail_headers import address_list, plain_address_list

_NAME = st.text(alphabet="abcXYZ09.-_+=?é ", max_size=8)
_ADDRESS = st.builds(
    "{}@{}".format,
    st.text(alphabet="abc.-_+0", min_size=1, max_size=6),
    st.text(alphabet="abc.-0", min_size=1, max_size=6),
)
_ITEM = st.one_of(
    _ADDRESS,
    st.builds("{} <{}>".format, _NAME, _ADDRESS),
    st.builds("{}<{}>".format, _NAME, _ADDRESS),
    _NAME,
)
_LIST = st.builds(
    lambda items, comma: comma.join(items),
    st.lists(_ITEM, max_size=4),
    st.sampled_from([",", ", ", " ,", ",,"]),
)


@settings(max_examples=500)
@given(_LIST)
def test_a_plain_list_splits_as_getaddresses_splits_it(text: str) -> None:
    fast = plain_address_list(text)
    if fast is None:
        return  # not plain: getaddresses reads it
    slow = [(" ".join(name.split()), address) for name, address in getaddresses([text])]
    assert [pair for pair in fast if "@" in pair[1]] == [pair for pair in slow if "@" in pair[1]]


def test_lists_that_are_not_plain_go_to_getaddresses() -> None:
    for text in ('"Doe, Jane" <j@x.example>', "team: a@x.example;", "a@x.example (Ann)"):
        assert plain_address_list(text) is None
        assert address_list(text) == getaddresses([text])
