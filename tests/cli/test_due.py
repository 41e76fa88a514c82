"""``ghostless due``, ``snooze`` and ``away``, run as a separate process in Europe/Berlin."""

from __future__ import annotations

from ghostless.services.paths import DATABASE_NAME
from tests.cli.conftest import Cli
from tests.cli.test_cli import ok
from tests.helpers.storefiles import dump


def test_due_shows_the_reply_owed_and_its_status_as_time_passes(cli: Cli, outreach: str) -> None:
    # Counted in working days (the default): the weekend does not count, so the
    # Friday-afternoon message is reminded on Monday and due on Tuesday, 16:30.
    saturday = ok(cli("due", "--now", "2026-11-21T10:00")).out.splitlines()
    assert saturday == [
        f"UPCOMING  loop {outreach}: Priya Raman (Northwind) – Senior backend role",
        "          Reply, even briefly; if it is not a fit, say so",
        "          opens Mon 23 Nov 16:30 (in 2 days), due Tue 24 Nov 16:30 (in 3 days)",
    ]
    tuesday = ok(cli("due", "--now", "2026-11-24T17:00")).out
    assert tuesday.startswith(f"DUE       loop {outreach}: Priya Raman")
    assert "due since today 16:30 (30 min ago); overdue tomorrow 16:30 (in 23 h)" in tuesday
    # The same instant written in UTC.
    assert ok(cli("due", "--now", "2026-11-24T16:00Z")).out == tuesday
    wednesday = ok(cli("due", "--now", "2026-11-25T17:00")).out.splitlines()
    assert wednesday[0].startswith("OVERDUE")
    assert "overdue since today 16:30 (30 min ago)" in wednesday[2]
    # The repair is advice under the late loop's entry, not a second entry.
    assert wednesday[3].strip() == "A short apology and a clear answer still repair this silence."
    assert len(wednesday) == 4


def test_counted_in_elapsed_hours_the_reminder_comes_after_the_due_time(
    cli: Cli, outreach: str
) -> None:
    ok(cli("settings", "set", "count_working_days", "no"))
    saturday = ok(cli("due", "--now", "2026-11-21T10:00")).out.splitlines()
    # The reminder waits for working hours (Monday 09:00); the due time does not move.
    assert saturday[2] == (
        "          opens today 16:30 (in 6 h), due tomorrow 16:30 (in 30 h); "
        "reminder Mon 23 Nov 09:00 (in 47 h)"
    )


def test_due_json_has_the_fields_and_the_users_offsets(cli: Cli, outreach: str) -> None:
    (item,) = ok(cli("due", "--now", "2026-11-24T17:00", "--json")).json()
    assert set(item) >= {
        "loop_id", "contact", "kind", "action", "opens_at", "due_at", "overdue_at", "status",
    }  # fmt: skip
    assert item == {
        "loop_id": int(outreach),
        "key": "1:reply:2026-11-20T15:30:00+00:00",
        "contact": "Priya Raman",
        "org": "Northwind",
        "subject": "Senior backend role",
        "kind": "recruiter_outreach",
        "rule": "reply",
        "action": "reply",
        "label": "Reply, even briefly; if it is not a fit, say so",
        "status": "due",
        "owed_now": True,
        "waiting": False,
        "dismissible": False,
        "opens_at": "2026-11-23T16:30+01:00",
        "due_at": "2026-11-24T16:30+01:00",
        "overdue_at": "2026-11-25T16:30+01:00",
        "remind_at": "2026-11-23T16:30+01:00",
        "snoozed_until": None,
        "repair": None,
    }
    ok(cli("loop", "log", outreach, "--event", "sent", "--at", "2026-11-24T17:30"))
    after = ok(cli("due", "--now", "2026-11-24T18:00", "--json")).json()
    assert [(i["action"], i["status"], i["waiting"]) for i in after] == [
        ("offer_close_no_response", "upcoming", True)
    ]


def test_a_long_running_offer_keeps_its_wall_times_across_the_march_dst_change(
    cli: Cli,
) -> None:
    ok(cli("contact", "add", "--name", "Amara Okafor"))
    ok(
        cli("loop", "add", "--contact", "1", "--kind", "job_offer", "--subject", "Offer",
            "--at", "2027-03-01T10:00", "--deadline", "2027-04-02T17:00")
    )  # fmt: skip
    (item,) = ok(cli("due", "--now", "2027-03-15T12:00", "--json")).json()
    assert (item["action"], item["status"]) == ("answer_offer", "upcoming")
    # Clocks go forward on 28 March 2027: the reminders keep 17:00 on the wall.
    assert item["opens_at"] == "2027-03-30T17:00+02:00"
    assert item["due_at"] == "2027-04-01T17:00+02:00"
    assert item["overdue_at"] == "2027-04-02T17:00+02:00"
    assert ok(cli("due", "--now", "2027-04-01T18:00", "--json")).json()[0]["status"] == "due"


def test_bad_times_are_one_line_and_exit_2_writing_nothing(cli: Cli, outreach: str) -> None:
    before = dump(cli.data / DATABASE_NAME)
    for args in (
        ("due", "--now", "next friday"),
        ("snooze", outreach, "--until", "whenever"),  # words it cannot read
        ("snooze", outreach, "--until", "2026-11-20T09:00", "--now", "2026-11-21T10:00"),
        ("snooze", "0", "--until", "1h"),
        ("away", "on", "--reason", "holiday"),
        ("away", "off"),
        ("loop", "add", "--contact", "1", "--kind", "job_offer", "--subject", "X",
         "--deadline", "soon"),
    ):  # fmt: skip
        run = cli(*args)
        assert run.code == 2, (args, run)
        assert run.out == ""
        assert len(run.err.splitlines()) == 1, run.err
        assert run.err.startswith("ghostless: ")
    assert "now:" in cli("due", "--now", "x").err
    assert "deadline:" in cli("loop", "add", "--contact", "1", "--kind", "job_offer",
                              "--subject", "X", "--deadline", "soon").err  # fmt: skip
    assert dump(cli.data / DATABASE_NAME) == before


def test_snooze_hides_until_the_chosen_time(cli: Cli, outreach: str) -> None:
    snoozed = ok(cli("snooze", outreach, "--until", "tomorrow", "--now", "2026-11-23T17:30"))
    assert snoozed.out == f"Snoozed loop {outreach} until tomorrow 09:00 (in 15 h).\n"
    item = ok(cli("due", "--now", "2026-11-23T18:00", "--json")).json()[0]
    assert item["snoozed_until"] == "2026-11-24T09:00+01:00"
    assert item["owed_now"] is False
    assert "snoozed until tomorrow 09:00" in ok(cli("due", "--now", "2026-11-23T18:00")).out
    iso = ok(cli("snooze", outreach, "--until", "2026-11-24T15:00+01:00", "--now",
                 "2026-11-23T10:00", "--json")).json()  # fmt: skip
    assert iso["until"] == "2026-11-24T15:00+01:00"
    assert len(iso["snoozed"]) == 1


def test_away_on_and_off_print_the_back_now_summary(cli: Cli, outreach: str) -> None:
    on = ok(cli("away", "on", "--reason", "illness", "--now", "2026-11-20T17:00"))
    assert "Reminders are paused" in on.out
    assert ok(cli("due", "--now", "2026-11-23T09:00")).out.startswith("Away since Fri 20 Nov")
    off = ok(cli("away", "off", "--now", "2026-11-25T17:00")).out.splitlines()
    assert off[0] == "Welcome back. You were away since Fri 20 Nov 17:00 (5 days ago)."
    assert off[1] == "1 loop(s) went quiet meanwhile:"
    assert off[2] == f"  OVERDUE   loop {outreach}: Priya Raman – Senior backend role"
    assert "unwell" in off[-1]
    ok(cli("away", "on", "--now", "2026-11-25T18:00"))
    summary = ok(cli("away", "off", "--now", "2026-11-25T19:00", "--json")).json()
    assert summary["reason"] == "other"
    assert summary["loops"] == []
    assert summary["away_since"] == "2026-11-25T18:00+01:00"


def test_snooze_understands_a_time_typed_in_words(cli: Cli, outreach: str) -> None:
    # Monday 23 November 09:30 in Berlin; "next friday 3pm" is the 27th.
    snoozed = ok(cli("snooze", outreach, "--until", "next friday 3pm", "--now",
                     "2026-11-23T09:30", "--json")).json()  # fmt: skip
    assert snoozed["until"] == "2026-11-27T15:00+01:00"
    assert len(snoozed["snoozed"]) == 1
    refused = cli("snooze", outreach, "--until", "whenever", "--now", "2026-11-23T09:30")
    assert refused.code == 2
    assert refused.err.count("\n") == 1
    assert "until: 'whenever' is not a time I understand" in refused.err


def test_a_late_loop_carries_the_repair_advice_under_its_own_entry(cli: Cli, outreach: str) -> None:
    late = ok(cli("due", "--now", "2026-11-26T10:00")).out.splitlines()
    assert late == [
        f"OVERDUE   loop {outreach}: Priya Raman (Northwind) – Senior backend role",
        "          Reply, even briefly; if it is not a fit, say so",
        "          overdue since yesterday 16:30 (17 h ago)",
        "          A short apology and a clear answer still repair this silence.",
    ]
    # One object per thing owed; the advice is a field of it.
    (item,) = ok(cli("due", "--now", "2026-11-26T10:00", "--json")).json()
    assert item["rule"] == "reply"
    assert item["repair"] == {
        "kind": "apology",
        "advice": "A short apology and a clear answer still repair this silence.",
        "apology_works_until": "2027-01-06T16:30+01:00",
    }
    (later,) = ok(cli("due", "--now", "2027-01-07T10:00", "--json")).json()
    assert later["repair"]["kind"] == "purpose"
    assert "real reason" in later["repair"]["advice"]
