"""JSON written as it is read: the same text as ``json.dumps(indent=2)``, in pieces,
the rows of a long list read only as they are written (issue 12)."""

import json
from collections.abc import Iterator
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from ghostless.core.json_stream import json_chunks, pretty

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text()
    | st.sampled_from(["\u2028", "a\nb", 'q"uote', "tab\t", "\x00", "Zoë 🙂", "\\"])
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def dumped(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


@given(VALUES)
def test_a_value_is_written_as_json_dumps_writes_it(value: Any) -> None:
    assert pretty(value) == dumped(value)
    assert "".join(json_chunks(value)) == dumped(value)


@given(st.dictionaries(st.text(), st.lists(VALUES, max_size=5), max_size=5), st.data())
def test_a_document_with_streamed_lists_is_the_document_written_whole(
    document: dict[str, list[Any]], data: st.DataObject
) -> None:
    streamed = {
        key: iter(items) if data.draw(st.booleans(), label=key) else items
        for key, items in document.items()
    }
    assert "".join(json_chunks(streamed)) == dumped(document)


def test_keys_that_are_not_strings_are_written_as_json_dumps_writes_them() -> None:
    value = {1: "a", 2.5: None, False: [], None: {}}
    assert pretty(value) == dumped(value)


def test_the_start_is_written_before_the_last_row_is_read() -> None:
    read: list[int] = []

    def rows() -> Iterator[dict[str, int]]:
        for number in range(3):
            read.append(number)
            yield {"id": number}

    chunks = json_chunks({"format": "x", "rows": rows(), "after": []})
    text = next(chunks) + next(chunks)
    assert text.startswith('{\n  "format": "x"')
    assert read == []
    while len(read) < 3:
        text += next(chunks)
    assert read == [0, 1, 2]
    assert '"after"' not in text
    text += "".join(chunks)
    assert json.loads(text) == {
        "format": "x",
        "rows": [{"id": 0}, {"id": 1}, {"id": 2}],
        "after": [],
    }
