"""The shared ledger's batches: which entry a loop travels in, and the entry's text."""

from __future__ import annotations

import pytest

from ghostless.core.shared_record import (
    BATCHES,
    FIELDS,
    SharedEvent,
    SharedLoop,
    batch_entries,
    batch_of,
    batch_text,
)

AT = "2026-11-20T14:00:00+00:00"


def _loop(uid: str, subject: str = "Platform role") -> SharedLoop:
    values = {"subject": subject, "kind": "other", "status": "open||", "deadline": ""}
    return SharedLoop(
        uid, "c1", AT, "", values, dict.fromkeys(FIELDS, AT),
        (SharedEvent(f"{uid}-e1", "received", AT, "Open to a chat?", AT),),
    )  # fmt: skip


def test_a_loop_s_batch_follows_from_its_uid_alone_and_spreads_loops_over_all() -> None:
    uids = [f"{n:032x}" for n in range(2_000)]
    batches = [batch_of(uid) for uid in uids]
    assert batches == [batch_of(uid) for uid in uids]  # the same on every desktop
    assert set(batches) == set(range(BATCHES))
    assert max(batches.count(b) for b in range(BATCHES)) < 2 * 2_000 / BATCHES


def test_a_batch_reads_back_as_the_loops_written_in_uid_order() -> None:
    loops = {uid: _loop(uid).to_dict() for uid in ("b2", "a1")}
    text = batch_text(loops)
    assert text.index('"uid":"a1"') < text.index('"uid":"b2"')
    read = batch_entries(text)
    assert read == loops
    assert SharedLoop.from_dict(read["a1"]) == _loop("a1")
    assert batch_text(read) == text  # canonical: equal batches, equal text


def test_an_entry_holding_one_loop_as_written_before_batches_still_reads() -> None:
    assert batch_entries(_loop("a1").to_json()) == {"a1": _loop("a1").to_dict()}


@pytest.mark.parametrize("text", ['{"format": 9, "loops": []}', "[]", '{"format": 2}'])
def test_an_entry_in_no_known_form_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="shared record"):
        batch_entries(text)
