"""``ghostless pipeline`` and ``pipeline move``, run as a separate process."""

from __future__ import annotations

import json

from tests.cli.conftest import Cli
from tests.cli.test_cli import ok


def test_pipeline_lists_the_columns_and_a_move_logs_its_event(cli: Cli, outreach: str) -> None:
    now = "2026-11-21T10:00"
    board = json.loads(ok(cli("pipeline", "--json", "--now", now)).out)
    assert [column["stage"] for column in board] == [
        "outreach", "interview_scheduled", "interview_held", "waiting", "offer", "closed",
    ]  # fmt: skip
    [card] = board[0]["cards"]
    assert card["loop_id"] == int(outreach)
    assert card["loop_ids"] == [int(outreach)]
    assert (card["org"], card["role"]) == ("Northwind", "Senior backend role")
    assert card["owed"]["action"] == "reply"
    moved = json.loads(ok(cli("pipeline", "move", outreach, "interview_held", "--json")).out)
    assert (moved["from"], moved["to"]) == ("outreach", "interview_held")
    shown = json.loads(ok(cli("loop", "show", outreach, "--json")).out)
    assert shown["events"][-1]["kind"] == "meeting"
    assert shown["events"][-1]["id"] == moved["event_id"]
    text = ok(cli("pipeline")).out
    assert "Interview held (1)" in text
    assert f"  loop {outreach}: Northwind – Senior backend role" in text


def test_a_move_backwards_is_refused_in_one_line_and_changes_nothing(
    cli: Cli, outreach: str
) -> None:
    ok(cli("pipeline", "move", outreach, "offer"))
    run = cli("pipeline", "move", outreach, "outreach")
    assert run.code == 2
    assert run.err.startswith("ghostless: stage: a card moves forward only")
    assert "Offer (1)" in ok(cli("pipeline")).out
