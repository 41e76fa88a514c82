"""``ghostless loop set``, ``loop decide-decline``, ``loop dismiss`` and ``ghostless settings``."""

from __future__ import annotations

from ghostless.services.paths import DATABASE_NAME
from tests.cli.conftest import Cli
from tests.cli.test_cli import ok
from tests.helpers.storefiles import dump


def _offer(cli: Cli, deadline: str | None = None) -> str:
    ok(cli("contact", "add", "--name", "Amara Okafor"))
    args = ["loop", "add", "--contact", "2", "--kind", "job_offer", "--subject", "Offer",
            "--at", "2026-11-20T10:00"]  # fmt: skip
    if deadline:
        args += ["--deadline", deadline]
    return str(ok(cli(*args)).out.strip())


def test_a_deadline_is_set_in_words_changed_and_cleared(cli: Cli, outreach: str) -> None:
    offer = _offer(cli)
    shown = ok(cli("loop", "set", offer, "--deadline", "next friday 5pm",
                   "--now", "2026-11-20T12:00", "--json")).json()  # fmt: skip
    assert shown["deadline_at"] == "2026-11-27T17:00+01:00"
    assert shown["owed"] == ["answer_offer"]
    # Every other job loop now owes a word about the deadline.
    items = ok(cli("due", "--now", "2026-11-21T10:00", "--json")).json()
    assert ("tell_deadline", int(outreach)) in {(i["action"], i["loop_id"]) for i in items}
    cleared = ok(cli("loop", "set", offer, "--clear-deadline", "--json")).json()
    assert cleared["deadline_at"] is None
    items = ok(cli("due", "--now", "2026-11-21T10:00", "--json")).json()
    assert "tell_deadline" not in {i["action"] for i in items}


def test_introduced_by_a_loop_or_a_person(cli: Cli, outreach: str) -> None:
    ok(cli("contact", "add", "--name", "Sam Lee"))
    intro = ok(
        cli("loop", "add", "--contact", "2", "--kind", "introduction",
            "--subject", "Intro to Priya", "--at", "2026-11-19T09:00")
    ).out.strip()  # fmt: skip
    before = ok(cli("due", "--now", "2026-11-23T10:00", "--json")).json()
    assert "reach_out" in {i["action"] for i in before}
    linked = ok(cli("loop", "set", outreach, "--introduced-by", intro, "--json")).json()
    assert linked["introduced_by"] == int(intro)
    after = ok(cli("due", "--now", "2026-11-23T10:00", "--json")).json()
    assert "reach_out" not in {i["action"] for i in after}
    text = ok(cli("loop", "set", outreach, "--clear-introduced-by")).out
    assert "introduced by" not in text
    by_person = ok(cli("loop", "set", outreach, "--introduced-by-contact", "2", "--json")).json()
    assert by_person["introduced_by"] == int(intro)  # the same introduction, found again


def test_deciding_to_decline_starts_the_decline_window_and_can_be_undone(
    cli: Cli,
    outreach: str,
) -> None:
    decided = ok(cli("loop", "decide-decline", outreach, "--at", "2026-11-23T09:00",
                     "--now", "2026-11-23T10:00", "--json")).json()  # fmt: skip
    assert decided["decline_decided_at"] == "2026-11-23T09:00+01:00"
    assert decided["owed"] == ["decline"]
    text = ok(cli("due", "--now", "2026-11-24T10:00")).out
    assert "Send the clear, short no you decided on" in text
    undone = ok(cli("loop", "decide-decline", outreach, "--undo", "--json")).json()
    assert undone["decline_decided_at"] is None
    assert undone["owed"] == ["reply"]


def test_a_deadline_note_is_dismissed_and_stays_dismissed(cli: Cli, outreach: str) -> None:
    _offer(cli, "2026-11-27T17:00")
    (note,) = [
        i for i in ok(cli("due", "--now", "2026-11-21T10:00", "--json")).json()
        if i["action"] == "tell_deadline"
    ]  # fmt: skip
    assert note["dismissible"] is True
    gone = ok(
        cli("loop", "dismiss", outreach, note["key"], "--now", "2026-11-21T10:00", "--json")
    ).json()
    assert gone == {"loop_id": int(outreach), "dismissed": [note["key"]]}
    items = ok(cli("due", "--now", "2026-11-21T10:00", "--json")).json()
    assert "tell_deadline" not in {i["action"] for i in items}
    refused = cli("loop", "dismiss", outreach, "1:reply:nothing", "--now", "2026-11-21T10:00")
    assert refused.code == 2
    assert "key:" in refused.err


def test_settings_list_get_set_reset_and_undo(cli: Cli, outreach: str) -> None:
    listed = ok(cli("settings", "list", "--json")).json()
    keys = {item["key"] for item in listed}
    assert {"reply_due_hours", "count_working_days", "time_zone", "draft_word_limit"} <= keys
    due = next(item for item in listed if item["key"] == "reply_due_hours")
    assert (due["value"], due["default"], due["unit"], due["min"]) == (48, 48, "hours", 1)
    assert "reply_due_hours = 48 hours" in ok(cli("settings", "list")).out
    assert ok(cli("settings", "get", "reply_due_hours")).out == "48 hours\n"
    before = ok(cli("due", "--now", "2026-11-21T10:00", "--json")).json()[0]["due_at"]
    ok(cli("settings", "set", "reply_due_hours", "30"))
    after = ok(cli("due", "--now", "2026-11-21T10:00", "--json")).json()[0]["due_at"]
    assert after != before  # recomputed
    assert "(changed)" in ok(cli("settings", "list")).out
    ok(cli("settings", "undo"))
    assert ok(cli("settings", "get", "reply_due_hours", "--json")).json()["value"] == 48
    ok(cli("settings", "set", "time_zone", "America/New_York"))
    ok(cli("settings", "reset", "time_zone"))
    assert ok(cli("settings", "get", "time_zone")).out == "the system's\n"


def test_bad_settings_are_refused_naming_the_range_and_nothing_written(
    cli: Cli,
    outreach: str,
) -> None:
    before = dump(cli.data / DATABASE_NAME)
    for args, words in (
        (("settings", "set", "reply_due_hours", "99999"), "outside 1..8760"),
        (("settings", "set", "reply_overdue_hours", "10"), "less than 'Due after' (48 hours)"),
        (("settings", "set", "reply_remind_hours", "60"), "reply_remind_hours: 'Due after'"),
        (("settings", "set", "reply_due_days", "2"), "not a setting"),
        (("settings", "set", "time_zone", "Mars/Olympus"), "not a known zone"),
        (("settings", "set", "draft_checks_off", "spelling"), "not a check"),
        (("settings", "undo",), "no change to undo"),
    ):  # fmt: skip
        run = cli(*args)
        assert run.code == 2, (args, run)
        assert words in run.err, run.err
        assert len(run.err.splitlines()) == 1
    assert dump(cli.data / DATABASE_NAME) == before


def test_the_draft_checker_reads_its_limit_from_the_settings(cli: Cli, tmp_path: object) -> None:
    draft = cli.data.parent / "draft.txt"
    draft.write_text("Thank you for thinking of me. I will pass on this one. " * 3)
    ok(cli("contact", "add", "--name", "Anyone"))
    plain = ok(cli("draft", "check", str(draft), "--intent", "decline", "--json")).json()
    assert "too_long" not in {f["finding"] for f in plain}
    ok(cli("settings", "set", "draft_word_limit", "20"))
    strict = ok(cli("draft", "check", str(draft), "--intent", "decline", "--json")).json()
    assert "too_long" in {f["finding"] for f in strict}


def test_settings_say_what_changed_and_take_values_with_their_unit(cli: Cli) -> None:
    ok(cli("contact", "add", "--name", "Anyone"))
    assert ok(cli("settings", "set", "reply_due_hours", "30 hours")).out == (
        "reply_due_hours is now 30 hours (was 48 hours).\n"
    )
    assert ok(cli("settings", "get", "intro_reach_out_remind_days")).out == "1 day\n"
    undone = ok(cli("settings", "undo")).out
    assert "reply_due_hours: 30 hours -> 48 hours" in undone


def test_loop_show_tells_the_deadline_the_decision_and_what_is_owed(
    cli: Cli, outreach: str
) -> None:
    offer = _offer(cli, "2026-11-27T17:00")
    shown = ok(cli("loop", "show", offer, "--json")).json()
    assert shown["deadline_at"] == "2026-11-27T17:00+01:00"
    assert shown["decline_decided_at"] is None
    assert isinstance(shown["owed"], list)
    ok(cli("loop", "decide-decline", offer, "--at", "2026-11-21T09:00"))
    text = ok(cli("loop", "show", offer)).out
    assert "deadline: " in text
    assert "decided to decline" in text


def test_a_dismissed_note_can_be_brought_back(cli: Cli, outreach: str) -> None:
    _offer(cli, "2026-11-27T17:00")
    now = ("--now", "2026-11-21T10:00")
    ok(cli("loop", "dismiss", outreach, *now))
    back = ok(cli("loop", "dismiss", outreach, "--undo", *now, "--json")).json()
    assert back["loop_id"] == int(outreach)
    assert len(back["brought_back"]) == 1
    items = ok(cli("due", *now, "--json")).json()
    assert "tell_deadline" in {i["action"] for i in items}
