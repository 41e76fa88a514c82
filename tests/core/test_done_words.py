"""Undo steps said as plain sentences once done (a new user read "Done: snooze the loop
with …" as broken English)."""

from __future__ import annotations

import pytest

from ghostless.core.done_words import done_sentence, event_phrase, undone_sentence
from ghostless.core.models import EventKind


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        ("snooze the loop with Tom Becker until Thu 3 Dec 2026 17:00",
         "Snoozed the loop with Tom Becker until Thu 3 Dec 2026 17:00."),
        ("log a sent message on the loop with Tom Becker",
         "Logged a sent message on the loop with Tom Becker."),
        ("bring back a note on the loop with Tom", "Brought back a note on the loop with Tom."),
        ("unsnooze 2 loops", "Unsnoozed 2 loops."),
        ("close the loop with Tom politely", "Closed the loop with Tom politely."),
        ("mark 3 items done", "Marked 3 items done."),
        ("undo a merge", "Undid a merge."),
    ],
)  # fmt: skip
def test_a_done_step_reads_as_a_sentence_in_the_past(label: str, sentence: str) -> None:
    assert done_sentence(label) == sentence


def test_a_step_with_an_unknown_verb_is_quoted_not_mangled() -> None:
    assert done_sentence("tidy up") == "Done: “tidy up”."
    assert undone_sentence("archive the loop with Tom") == "Undid “archive the loop with Tom”."


def test_every_event_reads_as_the_object_of_log() -> None:
    assert event_phrase(EventKind.SENT) == "a sent message"
    assert all(event_phrase(kind).startswith(("a ", "an ")) for kind in EventKind)
