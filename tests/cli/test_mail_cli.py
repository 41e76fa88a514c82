"""``ghostless mail ...`` as a new user runs it: a Maildir, suggestions, Accept, a reply
sent from the mail client, and the loop's turn flipping after the next sync."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.conftest import Cli
from tests.cli.test_cli import ok

CORPUS = Path(__file__).parents[1] / "mail" / "corpus"
NOW = "2026-11-20T12:00:00Z"
PRIYA = "<c1.2000@tune.example>"  # a recruiter wrote two days ago; no answer yet

REPLY = """From: Alex Morgan <alex@example.org>
To: Priya Nair <priya@talent.example>
Subject: Re: Senior backend role at Fintech startup
Date: Fri, 20 Nov 2026 09:00:00 +0000
Message-ID: <my-reply@example.org>
In-Reply-To: <c1.2000@tune.example>
References: <c1.2000@tune.example>

Hi Priya, yes, Thursday works. What time?
"""


def test_a_maildir_suggestions_accept_and_a_reply_flipping_the_turn(
    cli: Cli, tmp_path: Path
) -> None:
    maildir = tmp_path / "Maildir"
    shutil.copytree(CORPUS / "Maildir", maildir)
    ok(cli("mail", "me", "--add", "alex@example.org", "--add", "a.morgan@oldjob.example"))
    assert ok(cli("mail", "me", "--json")).json() == ["a.morgan@oldjob.example", "alex@example.org"]
    added = ok(cli("mail", "source", "add", "--maildir", maildir, "--json")).json()
    assert added["path"] == str(maildir.resolve())
    first = ok(cli("mail", "sync", "--json")).json()
    assert (first["read"], first["new_messages"], first["failures"]) == (279, 279, [])
    assert ok(cli("mail", "sync", "--json")).json()["new_messages"] == 0

    found = ok(cli("mail", "suggestions", "--now", NOW, "--json")).json()
    assert len(found["owed"]) == 49
    assert len(found["awaiting"]) == 36
    priya = next(item for item in found["owed"] if item["thread"] == PRIYA)
    assert priya["kind"] == "recruiter_outreach"
    assert priya["rules"] == ["last_word_theirs"]

    accepted = ok(cli("mail", "accept", PRIYA, "--kind", "recruiter_outreach", "--json")).json()
    loop_id = str(accepted["loop_id"])
    assert accepted["turn"] == "mine"
    shown = ok(cli("loop", "show", loop_id, "--json")).json()
    assert shown["events"][0]["at"].startswith("2026-11-18T13:00")  # its real time, in Berlin
    after = ok(cli("mail", "suggestions", "--now", NOW, "--json")).json()
    assert PRIYA not in [item["thread"] for item in after["owed"]]

    # The user answers from their mail client; the reply lands in the Sent folder.
    (maildir / ".Sent" / "cur" / "reply.x:2,S").write_text(REPLY)
    synced = ok(cli("mail", "sync", "--json")).json()
    assert (synced["new_messages"], synced["logged_events"]) == (1, 1)
    assert ok(cli("loop", "show", loop_id, "--json")).json()["turn"] == "theirs"
    again = ok(cli("mail", "sync", "--json")).json()
    assert (again["new_messages"], again["logged_events"]) == (0, 0)
    assert len(ok(cli("loop", "show", loop_id, "--json")).json()["events"]) == 2
    ok(cli("mail", "unaccept", loop_id))
    assert ok(cli("loops", "--json")).json() == []


def test_ignore_and_never_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    shutil.copytree(CORPUS / "Maildir", maildir)
    ok(cli("mail", "me", "--add", "alex@example.org"))
    ok(cli("mail", "source", "add", "--maildir", maildir))
    ok(cli("mail", "sync"))

    def owed() -> list[str]:
        found = ok(cli("mail", "suggestions", "--now", NOW, "--json")).json()
        return [item["thread"] for item in found["owed"]]

    assert PRIYA in owed()
    ok(cli("mail", "ignore", PRIYA))
    assert PRIYA not in owed()
    ok(cli("mail", "ignore", PRIYA, "--undo"))
    assert PRIYA in owed()
    ok(cli("mail", "never", "--domain", "talentbridge.example"))
    assert PRIYA not in owed()
    assert ok(cli("mail", "never", "--list", "--json")).json() == [
        {"kind": "domain", "value": "talentbridge.example"}
    ]
    ok(cli("mail", "never", "--domain", "talentbridge.example", "--undo"))
    assert PRIYA in owed()
    bad = cli("mail", "never", "--sender", "not an address")
    assert bad.code == 2
    assert "sender" in bad.err
    missing = cli("mail", "source", "add", "--mbox", tmp_path / "none.mbox")
    assert missing.code == 2
    assert "none.mbox" in missing.err


def test_scan_reads_an_mbox_and_a_maildir_together_counting_a_message_once(
    cli: Cli, tmp_path: Path
) -> None:
    maildir = tmp_path / "Maildir"
    shutil.copytree(CORPUS / "Maildir", maildir)
    # An export of the recruiter's message, also in the Maildir: still one thread.
    (source,) = [p for p in (maildir / "cur").iterdir() if PRIYA.encode() in p.read_bytes()]
    mbox = tmp_path / "export.mbox"
    mbox.write_bytes(
        b"From priya@talentbridge.example Wed Nov 18 12:00:00 2026\n" + source.read_bytes()
    )
    found = ok(
        cli("mail", "scan", "--maildir", maildir, "--mbox", mbox, "--me", "alex@example.org",
            "--now", NOW, "--json")
    ).json()  # fmt: skip
    assert [item["thread"] for item in found["owed"]].count(PRIYA) == 1
    only_mbox = ok(
        cli("mail", "scan", "--mbox", mbox, "--me", "alex@example.org", "--now", NOW, "--json")
    ).json()
    assert [item["thread"] for item in only_mbox["owed"]] == [PRIYA]
    assert only_mbox["awaiting"] == []
    rules = ok(cli("mail", "rules", "--json")).json()
    assert {"last_word_theirs", "out_of_office", "courtesy_last_word"} <= set(rules)
