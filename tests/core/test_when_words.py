"""``when_words``: an instant in full for the command line, and the same words
from :class:`WhenWords`, which ``ghostless due`` uses for tens of thousands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.wording import WhenWords, when_words

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # Tue 24 Nov 16:00 in Berlin


@pytest.mark.parametrize(
    ("instant", "words"),
    [
        (NOW + timedelta(hours=23, minutes=30), "tomorrow 15:30 (in 23 h)"),
        (NOW - timedelta(hours=3), "today 13:00 (3 h ago)"),
        (NOW - timedelta(days=1, hours=1), "yesterday 15:00 (25 h ago)"),
        (NOW - timedelta(days=2), "Sun 22 Nov 16:00 (2 days ago)"),
        (NOW + timedelta(days=4, minutes=5), "Sat 28 Nov 16:05 (in 4 days)"),
        (NOW + timedelta(weeks=6), "Tue 5 Jan 2027 16:00 (in 6 weeks)"),
        (NOW + timedelta(seconds=30), "today 16:00 (now)"),
        # A summer instant keeps its summer offset: 07:05 UTC is 09:05 in Berlin.
        (datetime(2026, 7, 1, 7, 5, tzinfo=UTC), "Wed 1 Jul 09:05 (4 months ago)"),
    ],
)
def test_when_words(instant: datetime, words: str) -> None:
    assert when_words(instant, NOW, ZONE) == words
    assert WhenWords(NOW, ZONE)(instant) == words


def test_the_day_is_the_users_not_utcs() -> None:
    # 23:30 UTC on the 24th is already the 25th in Berlin: tomorrow, not today.
    late = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    assert when_words(late, NOW, ZONE) == "tomorrow 00:30 (in 8 h)"
