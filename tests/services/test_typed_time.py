"""Times typed in words or ISO 8601 become future instants in the user's zone."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.errors import InputError
from ghostless.services.typed_time import parse_when

BERLIN = ZoneInfo("Europe/Berlin")
#: Friday 20 November 2026, 15:00 in Berlin.
NOW = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


def local(text: str, zone: ZoneInfo = BERLIN, now: datetime = NOW) -> str:
    return parse_when(text, now, zone).astimezone(zone).isoformat(timespec="minutes")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("next friday 3pm", "2026-11-27T15:00+01:00"),
        ("tomorrow 9am", "2026-11-21T09:00+01:00"),
        ("in 2 hours", "2026-11-20T17:00+01:00"),
        ("monday", "2026-11-23T09:00+01:00"),  # no time given: the start of the working day
        ("2026-12-01T10:00", "2026-12-01T10:00+01:00"),
        ("2026-12-01T10:00Z", "2026-12-01T11:00+01:00"),
    ],
)
def test_words_and_iso_times_are_understood(typed: str, expected: str) -> None:
    assert local(typed) == expected


def test_a_typed_time_in_the_spring_gap_moves_to_the_first_valid_instant() -> None:
    # Berlin skips 02:00-03:00 on 28 March 2027.
    now = datetime(2027, 3, 27, 12, 0, tzinfo=UTC)
    assert local("tomorrow 2:30am", now=now) == "2027-03-28T03:00+02:00"


@pytest.mark.parametrize("typed", ["whenever", "yesterday 9am", "2026-11-19T10:00"])
def test_nonsense_and_the_past_are_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(InputError, match=r"^until: ") as raised:
        parse_when(typed, NOW, BERLIN)
    assert raised.value.field == "until"
