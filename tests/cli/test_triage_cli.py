"""``ghostless done``, ``unsnooze`` and the odd dates ``--yes`` is needed for, run as a
separate process in Europe/Berlin (what Today's keys do, from the shell)."""

from __future__ import annotations

from ghostless.services.paths import DATABASE_NAME
from tests.cli.conftest import Cli
from tests.cli.test_cli import ok
from tests.helpers.storefiles import dump, record

TUESDAY = "2026-11-24T17:00"


def rows(cli: Cli) -> list[str]:
    """The store's rows but the undo history's (sorted: see tests/services/test_undo.py)."""
    return record(cli.data / DATABASE_NAME)


def test_done_logs_the_reply_and_undo_takes_it_back(cli: Cli, outreach: str) -> None:
    before = rows(cli)
    done = ok(cli("done", outreach, "--now", TUESDAY))
    assert done.out == (
        f"Done on loop {outreach} (Priya Raman): logged as a message sent.\n"
        "Undo with: ghostless undo\n"
    )
    shown = ok(cli("loop", "show", outreach, "--json")).json()
    last = shown["events"][-1]
    assert last["kind"] == "sent"
    assert last["text"] == "Marked done: Reply, even briefly; if it is not a fit, say so"
    assert ok(cli("undo")).out == "Undone: mark done on the loop with Priya Raman.\n"
    assert rows(cli) == before


def test_done_takes_an_item_key_and_says_when_nothing_is_owed(cli: Cli, outreach: str) -> None:
    key = ok(cli("due", "--now", TUESDAY, "--json")).json()[0]["key"]
    marked = ok(cli("done", outreach, "--key", key, "--now", TUESDAY, "--json")).json()
    assert marked == [
        {"loop_id": int(outreach), "key": key, "recorded": "logged as a message sent"}
    ]
    again = cli("done", outreach, "--key", key, "--now", TUESDAY)
    assert again.code == 2
    assert "owes nothing under" in again.err


def test_a_snooze_beyond_a_year_needs_yes_and_unsnooze_brings_it_back(
    cli: Cli, outreach: str
) -> None:
    before = dump(cli.data / DATABASE_NAME)
    refused = cli("snooze", outreach, "--until", "2999-01-01", "--now", TUESDAY)
    assert refused.code == 2
    assert refused.err.startswith("ghostless: snooze: Tue 1 Jan 2999 00:00 is 972 years away")
    assert refused.err.rstrip().endswith("(pass --yes)")
    assert dump(cli.data / DATABASE_NAME) == before
    ok(cli("snooze", outreach, "--until", "2999-01-01", "--yes", "--now", TUESDAY))
    assert ok(cli("due", "--now", TUESDAY, "--json")).json()[0]["snoozed_until"]
    assert ok(cli("unsnooze", outreach, "--now", TUESDAY)).out == (
        "Reminders are back now: 1 had been snoozed.\n"
    )
    assert ok(cli("due", "--now", TUESDAY, "--json")).json()[0]["snoozed_until"] is None
    assert ok(cli("unsnooze", outreach)).out == "Nothing was snoozed.\n"


def test_a_message_logged_in_2099_needs_yes(cli: Cli, outreach: str) -> None:
    before = dump(cli.data / DATABASE_NAME)
    refused = cli("loop", "log", outreach, "--event", "received", "--at", "2099-01-01T10:00")
    assert refused.code == 2
    assert "time: Thu 1 Jan 2099 10:00 is 72 years from now" in refused.err
    assert dump(cli.data / DATABASE_NAME) == before
    event_id = ok(cli("loop", "show", outreach, "--json")).json()["events"][0]["id"]
    edit = cli("loop", "event-edit", str(event_id), "--at", "2099-01-01T10:00")
    assert edit.code == 2
    assert dump(cli.data / DATABASE_NAME) == before
    ok(cli("loop", "log", outreach, "--event", "received", "--at", "2099-01-01T10:00", "--yes"))
