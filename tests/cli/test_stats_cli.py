"""``ghostless stats``, run as a separate process: the figures behind every chart."""

from __future__ import annotations

import json

from tests.cli.conftest import Cli
from tests.cli.test_cli import ok


def test_stats_prints_every_chart_in_words_and_as_json(cli: Cli, outreach: str) -> None:
    ok(cli("loop", "log", outreach, "--event", "sent", "--at", "2026-11-21T10:30"))
    figures = json.loads(ok(cli("stats", "--json")).out)
    assert set(figures) == {
        "since", "reply_times", "punctuality", "owed_by_age", "quiet", "outcomes",
    }  # fmt: skip
    # Friday 16:30 Berlin to Saturday 10:30: 18 hours, inside the 48 allowed.
    assert figures["reply_times"] == [
        {
            "month": "2026-11",
            "kind": "recruiter_outreach",
            "median_hours": 18,
            "p90_hours": 18,
            "answered": 1,
            "due_hours": 48,
        }
    ]
    assert figures["punctuality"] == [{"month": "2026-11", "on_time": 1, "late": 0, "owed": 0}]
    text = ok(cli("stats")).out
    assert "100% of your 1 answers came on time" in text
    assert "You owe nobody an answer right now." in text
    later = json.loads(ok(cli("stats", "--since", "2026-12-01", "--json")).out)
    assert later["punctuality"] == []
    assert later["since"].startswith("2026-11-30T23:00:00")


def test_a_bad_since_is_one_line_naming_the_field(cli: Cli) -> None:
    run = cli("stats", "--since", "last tuesday")
    assert run.code == 2
    assert run.err.startswith("ghostless: since: 'last tuesday' is not a date")


def test_review_prints_the_week_and_switches_the_notification(cli: Cli, outreach: str) -> None:
    ok(cli("loop", "log", outreach, "--event", "sent", "--at", "2026-11-21T10:30"))
    first = json.loads(ok(cli("review", "--json", "--now", "2026-11-23T09:00")).out)
    assert first == {"on_time": 1, "late": 0, "owed": 0, "notify": False}
    assert json.loads(ok(cli("review", "on", "--json")).out)["notify"] is True
    text = ok(cli("review", "off", "--now", "2026-11-23T09:00")).out
    assert text.splitlines() == [
        "This week: 1 answered on time, 0 late, 0 still owed.",
        "The weekly review notification is off ('ghostless review on|off').",
    ]
