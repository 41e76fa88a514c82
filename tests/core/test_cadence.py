"""Keep-in-touch cadences typed as people say them, and the playbook rule (no store)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.cadence import cadence_words, parse_cadence
from ghostless.core.errors import InputError
from ghostless.core.models import Contact, Loop, LoopKind, LoopStatus, Turn
from ghostless.core.playbooks import follow_up_windows
from ghostless.core.settings import Settings
from ghostless.core.windows import KeepInTouch, LoopFacts, Rule


@pytest.mark.parametrize(
    ("text", "days"),
    [("90", 90), ("90d", 90), ("6 weeks", 42), ("3 months", 90), ("1y", 365), ("off", None)],
)
def test_cadences_read_as_said(text: str, days: int | None) -> None:
    assert parse_cadence(text) == days


def test_a_cadence_out_of_range_or_unreadable_names_the_field() -> None:
    with pytest.raises(InputError, match="every: 'often' is not a cadence"):
        parse_cadence("often")
    with pytest.raises(InputError, match="every: 0 days is outside"):
        parse_cadence("0d")


def test_cadences_are_written_back_in_the_largest_whole_unit() -> None:
    assert [cadence_words(d) for d in (90, 14, 10, 365, 1)] == [
        "every 3 months", "every 2 weeks", "every 10 days", "every 1 year", "every 1 day",
    ]  # fmt: skip


def _facts(status: LoopStatus, *, muted: bool = False) -> LoopFacts:
    at = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    loop = Loop(7, 1, LoopKind.NETWORKING_CALL, "Coffee", status, Turn.NOBODY, None, at)
    contact = Contact(1, "Amara", muted=muted)
    return LoopFacts(loop, contact=contact, keep_in_touch=KeepInTouch(30, at))


def test_a_closed_loop_holds_only_its_persons_keep_in_touch_window() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    [window] = follow_up_windows(_facts(LoopStatus.CLOSED), Settings(), berlin)
    assert window.rule is Rule.KEEP_IN_TOUCH
    # 30 days after Monday 2 March is Wednesday 1 April: from 09:00 Berlin (07:00 UTC, summer).
    assert window.opens_at == datetime(2026, 4, 1, 7, 0, tzinfo=UTC)
    assert window.due_at == datetime(2026, 4, 8, 7, 0, tzinfo=UTC)
    assert window.key == "7:contact.keep_in_touch:2026-03-02T10:00:00+00:00"
    assert follow_up_windows(_facts(LoopStatus.CLOSED, muted=True), Settings(), berlin) == ()
