"""The command line records only what happened, and can take back what it did."""

from __future__ import annotations

import json

from ghostless.services.paths import database_path
from tests.cli.conftest import Cli
from tests.cli.test_cli import ok
from tests.helpers.storefiles import record


def test_a_sent_message_with_an_unfilled_field_is_refused(cli: Cli, outreach: str) -> None:
    refused = cli("loop", "log", outreach, "--event", "sent", "--text", "Hi, no thanks. [my_name?]")
    assert refused.code != 0
    assert "[my_name?]" in refused.err
    shown = ok(cli("loop", "show", outreach, "--json")).out
    assert '"sent"' not in shown


def _state(cli: Cli) -> list[str]:
    return record(database_path(cli.data))


def test_undo_and_redo_take_back_a_close_made_here(cli: Cli, outreach: str) -> None:
    before = _state(cli)
    ok(cli("loop", "close", outreach, "--outcome", "declined"))
    closed = _state(cli)
    undone = ok(cli("undo"))
    assert "Undone: close the loop with Priya Raman" in undone.out
    assert _state(cli) == before
    ok(cli("redo"))
    assert _state(cli) == closed
    assert json.loads(ok(cli("undo", "--json")).out)["redo"] == "close the loop with Priya Raman"


def test_a_logged_event_is_corrected_or_deleted_and_undo_brings_it_back(
    cli: Cli, outreach: str
) -> None:
    ok(cli("loop", "log", outreach, "--event", "sent", "--text", "Thanks!"))
    shown = json.loads(ok(cli("loop", "show", outreach, "--json")).out)
    sent = next(e for e in shown["events"] if e["kind"] == "sent")
    before = _state(cli)
    ok(cli("loop", "event-edit", str(sent["id"]), "--event", "note", "--text", "a note"))
    shown = json.loads(ok(cli("loop", "show", outreach, "--json")).out)
    assert [e["kind"] for e in shown["events"]] == ["received", "note"]
    assert shown["turn"] == "mine"
    ok(cli("undo"))
    assert _state(cli) == before
    asked = cli("loop", "event-delete", str(sent["id"]))
    assert asked.code != 0
    assert "--yes" in asked.err
    ok(cli("loop", "event-delete", str(sent["id"]), "--yes"))
    assert len(json.loads(ok(cli("loop", "show", outreach, "--json")).out)["events"]) == 1
    ok(cli("undo"))
    assert _state(cli) == before


def test_deleting_a_contact_with_loops_asks_first_and_can_be_undone(
    cli: Cli, outreach: str
) -> None:
    before = _state(cli)
    asked = cli("contact", "delete", "1")
    assert asked.code != 0
    assert "1 loop(s)" in asked.err
    assert _state(cli) == before
    done = ok(cli("contact", "delete", "1", "--yes"))
    assert "with 1 loop(s)" in done.out
    ok(cli("undo"))
    assert _state(cli) == before


def test_a_contact_is_edited_and_their_loops_listed_from_the_command_line(
    cli: Cli, outreach: str
) -> None:
    before = _state(cli)
    ok(cli("contact", "edit", "1", "--role", "Recruiter", "--email", "p@northwind.example"))
    shown = json.loads(ok(cli("contact", "show", "1", "--json")).out)
    assert shown["role"] == "Recruiter"
    assert shown["org"] == "Northwind"  # left out: kept
    assert shown["email"] == "p@northwind.example"
    listed = json.loads(ok(cli("contact", "loops", "1", "--json")).out)
    assert [row["id"] for row in listed] == [int(outreach)]
    ok(cli("undo"))
    assert _state(cli) == before
