"""Mail into the ledger (issue 14, item 4) on a real SQLite file: ingest, Accept, Ignore,
Never, the linked loop whose turn flips, local sources, replying in the thread."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ghostless.core.errors import InputError, NotFoundError
from ghostless.core.mail_message import MailMessage, parse_mail
from ghostless.core.models import Address, AddressKind, EventKind, LoopKind, Turn
from ghostless.services.ledger import Ledger, contacts_of
from ghostless.services.mail import MailService
from ghostless.services.mail_ingest import MailIngest
from ghostless.services.mail_local import (
    LocalSource,
    SourceKind,
    delivery_time,
    separator_time,
)
from ghostless.services.mail_sync import SyncCancelled, collect, keep
from tests.conftest import FRIDAY

ME = "alex@example.org"


def mail(
    n: int,
    sender: str,
    to: str = ME,
    *,
    hours_ago: float,
    reply: MailMessage | None = None,
    subject: str = "Senior role",
    snippet: str = "Open to a call?",
    folder: str = "INBOX",
    marks: frozenset[str] = frozenset(),
) -> MailMessage:
    return MailMessage(
        message_id=f"<m{n}@x.example>",
        in_reply_to=reply.message_id if reply else None,
        references=(*reply.references, reply.message_id) if reply else (),
        sender=sender,
        sender_name="Priya Nair" if sender.startswith("priya") else "",
        to=(to,),
        cc=(),
        at=FRIDAY - timedelta(hours=hours_ago),
        subject=subject,
        snippet=snippet,
        marks=marks,
        folder=folder,
    )


@pytest.fixture
def service(ledger: Ledger) -> MailService:
    mail_service = MailService(ledger)
    mail_service.add_me(ME)
    return mail_service


OUTREACH = mail(1, "priya@talent.example", hours_ago=30)


def test_ingest_is_idempotent_and_a_message_in_two_folders_counts_once(
    service: MailService,
) -> None:
    ingest = service.ingest()
    copy = mail(1, "priya@talent.example", hours_ago=30, folder="Archive")
    assert ingest.ingest([OUTREACH, copy]).new_messages == 1
    for _ in range(3):
        assert ingest.ingest([OUTREACH, copy]).new_messages == 0
    assert service.message_count() == 1
    assert [s.root for s in service.suggestions()] == ["<m1@x.example>"]


def test_a_failing_source_mid_ingest_keeps_nothing(service: MailService) -> None:
    def broken() -> Iterator[MailMessage]:
        yield OUTREACH
        raise OSError("disk went away")

    with pytest.raises(OSError, match="disk went away"):
        service.ingest().ingest(broken())
    assert service.message_count() == 0


def test_accept_matches_the_contact_on_any_address_and_logs_the_real_messages(
    service: MailService, ledger: Ledger
) -> None:
    contact_id = ledger.add_contact(
        name="Priya Nair",
        email="priya@home.example",
        addresses=[Address(AddressKind.EMAIL, "Priya@Talent.example")],
    )
    mine = mail(2, ME, "priya@talent.example", hours_ago=28, reply=OUTREACH, snippet="Yes, when?")
    theirs = mail(3, "priya@talent.example", hours_ago=20, reply=mine, snippet="Tuesday 10am?")
    away = mail(4, "priya@talent.example", hours_ago=19, reply=theirs,
                marks=frozenset({"auto_reply"}))  # fmt: skip
    service.ingest().ingest([OUTREACH, mine, theirs, away])
    [found] = service.suggestions()
    assert found.turn.value == "owed"
    loop_id = service.accept(found.root, LoopKind.INTERVIEW_SCHEDULED)
    loop = ledger.loop(loop_id)
    assert (loop.contact_id, loop.kind, loop.subject) == (
        contact_id, LoopKind.INTERVIEW_SCHEDULED, "Senior role"
    )  # fmt: skip
    events = ledger.events(loop_id)
    assert [(e.kind, e.at, e.text) for e in events] == [
        (EventKind.RECEIVED, OUTREACH.at, "Open to a call?"),
        (EventKind.SENT, mine.at, "Yes, when?"),
        (EventKind.RECEIVED, theirs.at, "Tuesday 10am?"),
    ]  # the out-of-office is no message of the conversation
    assert loop.opened_at == OUTREACH.at
    assert (loop.turn, loop.turn_since) == (Turn.MINE, theirs.at)
    assert service.suggestions() == []  # a linked thread is no longer suggested
    with pytest.raises(NotFoundError):
        service.accept(found.root)


def test_accept_creates_the_contact_when_none_holds_the_address(
    service: MailService, ledger: Ledger
) -> None:
    service.ingest().ingest([OUTREACH])
    loop_id = service.accept(OUTREACH.message_id)
    contact = ledger.contact(ledger.loop(loop_id).contact_id)
    assert (contact.name, contact.email) == ("Priya Nair", "priya@talent.example")
    assert ledger.loop(loop_id).kind is LoopKind.RECRUITER_OUTREACH  # the guess


def test_accept_of_a_person_writing_through_a_no_reply_address_makes_her_the_contact(
    service: MailService, ledger: Ledger
) -> None:
    raw = (
        b"From: Zoe Turner via Hirepoint <no-reply@mail.hirepoint.example>\n"
        b"Reply-To: Zoe Turner <Zoe.Turner@lumen.example>\nTo: alex@example.org\n"
        b"Subject: Your application\nDate: Thu, 19 Nov 2026 09:00:00 +0000\n"
        b"Message-ID: <zt1@hirepoint.example>\n\n"
    )
    relayed = parse_mail(raw, "Could you pick a slot for a first call?", source="t", folder="INBOX")
    service.ingest().ingest([relayed])
    (found,) = service.suggestions(now=FRIDAY)
    assert (found.counterpart, found.counterpart_name) == ("zoe.turner@lumen.example", "Zoe Turner")
    loop_id = service.accept(relayed.message_id, now=FRIDAY)
    contact = ledger.contact(ledger.loop(loop_id).contact_id)
    assert (contact.name, contact.email) == ("Zoe Turner", "zoe.turner@lumen.example")
    # My answer, to her address, keeps the loop's thread even without References.
    answer = mail(7, ME, "zoe.turner@lumen.example", hours_ago=1, subject="Re: Your application",
                  snippet="Tuesday at 10 works.")  # fmt: skip
    service.ingest().ingest([answer])
    assert ledger.loop(loop_id).turn is Turn.THEIRS


def test_a_linked_loop_logs_each_new_message_once_and_its_turn_flips(
    service: MailService, ledger: Ledger
) -> None:
    ingest = service.ingest()
    ingest.ingest([OUTREACH])
    loop_id = service.accept(OUTREACH.message_id)
    assert ledger.loop(loop_id).turn is Turn.MINE
    reply = mail(5, ME, "priya@talent.example", hours_ago=2, reply=OUTREACH, snippet="Sure!")
    result = ingest.ingest([OUTREACH, reply])
    assert (result.new_messages, result.logged_events) == (1, 1)
    assert ledger.loop(loop_id).turn is Turn.THEIRS
    answer = mail(6, "priya@talent.example", hours_ago=1, reply=reply, snippet="Great, Tuesday?")
    for _ in range(3):  # however many syncs
        ingest.ingest([OUTREACH, reply, answer])
    events = ledger.events(loop_id)
    assert [e.kind for e in events] == [EventKind.RECEIVED, EventKind.SENT, EventKind.RECEIVED]
    assert ledger.loop(loop_id).turn is Turn.MINE


def test_ignore_and_never_hide_threads_and_can_be_undone(service: MailService) -> None:
    other = mail(7, "sam@agency.example", hours_ago=5, subject="Another role")
    service.ingest().ingest([OUTREACH, other])
    assert len(service.suggestions()) == 2
    service.ignore(OUTREACH.message_id)
    assert [s.root for s in service.suggestions()] == [other.message_id]
    assert service.unignore(OUTREACH.message_id)
    assert service.never(domain="Agency.example")
    assert [s.root for s in service.suggestions()] == [OUTREACH.message_id]
    assert service.never(sender="PRIYA@talent.example")
    assert service.suggestions() == []
    assert service.unnever(domain="agency.example")
    assert service.unnever(sender="priya@talent.example")
    assert len(service.suggestions()) == 2
    with pytest.raises(InputError, match="sender or a domain"):
        service.never()
    with pytest.raises(InputError, match="domain"):
        service.never(domain="nodot")
    with pytest.raises(NotFoundError):
        service.ignore("<nope@x>")


def test_a_blocked_person_is_owed_nothing(service: MailService, ledger: Ledger) -> None:
    contact_id = ledger.add_contact(name="Priya", email="priya@talent.example")
    service.ingest().ingest([OUTREACH])
    assert service.suggestions()
    contacts_of(ledger).set_flags(
        contact_id, muted=False, blocked=True, reason="threats", at=FRIDAY
    )
    assert service.suggestions() == []


def test_no_address_of_mine_means_no_suggestions(ledger: Ledger) -> None:
    service = MailService(ledger)
    service.ingest().ingest([OUTREACH])
    assert service.suggestions() == []


def test_reply_headers_keep_the_thread(service: MailService) -> None:
    reply = mail(8, ME, "priya@talent.example", hours_ago=2, reply=OUTREACH)
    service.ingest().ingest([OUTREACH, reply])
    answer = mail(9, "priya@talent.example", hours_ago=1, reply=reply, subject="RE: Senior role")
    service.ingest().ingest([answer])
    loop_id = service.accept(OUTREACH.message_id)
    headers = service.reply_headers(loop_id)
    assert headers is not None
    assert headers.in_reply_to == "<m9@x.example>"
    assert headers.references == ("<m1@x.example>", "<m8@x.example>", "<m9@x.example>")
    assert headers.subject == "RE: Senior role"
    assert service.reply_headers(loop_id + 100) is None


# -- local sources -----------------------------------------------------------------------

RAW = (
    "From: Priya Nair <priya@talent.example>\nTo: alex@example.org\nSubject: Role\n"
    "Date: Thu, 19 Nov 2026 10:00:00 +0000\nMessage-ID: <{n}@talent.example>\n\n"
    "Open to a call?\nFrom here on it is the body.\n"
)


def _maildir(root: Path, count: int = 2) -> Path:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    (root / ".Sent" / "cur").mkdir(parents=True)
    for n in range(count):
        (root / "cur" / f"{n}.x:2,S").write_text(RAW.format(n=n))
    (root / ".Sent" / "cur" / "s.x:2,S").write_text(
        RAW.format(n="sent").replace("From: Priya Nair <priya@talent.example>", f"From: {ME}")
    )
    return root


def test_a_maildir_is_read_with_its_subfolders_and_left_as_it_was(tmp_path: Path) -> None:
    root = _maildir(tmp_path / "Maildir")
    before = sorted((p, p.stat().st_mtime_ns) for p in root.rglob("*"))
    seen: list[tuple[int, int]] = []
    messages = list(
        LocalSource(SourceKind.MAILDIR, root).messages(lambda d, t, _: seen.append((d, t)))
    )
    assert sorted(m.folder for m in messages) == ["INBOX", "INBOX", "Sent"]
    assert seen[-1] == (3, 3)
    assert sorted((p, p.stat().st_mtime_ns) for p in root.rglob("*")) == before


def test_drafts_are_never_read_as_sent_mail(tmp_path: Path) -> None:
    # A reply begun and never sent answers nothing: the Drafts folder (in any of its usual
    # names, nested too) and a file flagged D ("...:2,DS") wherever it is are left out.
    root = _maildir(tmp_path / "Maildir", count=1)
    draft = RAW.format(n="draft").replace("From: Priya Nair <priya@talent.example>", f"From: {ME}")
    for folder in (".Drafts", ".INBOX.Brouillons", ".Entwürfe"):
        (root / folder / "cur").mkdir(parents=True)
        (root / folder / "cur" / "d.x:2,S").write_text(draft)
    (root / ".Sent" / "cur" / "p.x:2,DS").write_text(draft)
    (root / ".Archive" / "cur").mkdir(parents=True)
    (root / ".Archive" / "cur" / "a.x:2,RS").write_text(RAW.format(n="archived"))
    messages = list(LocalSource(SourceKind.MAILDIR, root).messages())
    assert sorted((m.folder, m.message_id) for m in messages) == [
        ("Archive", "<archived@talent.example>"),
        ("INBOX", "<0@talent.example>"),
        ("Sent", "<sent@talent.example>"),
    ]


def test_an_mbox_is_split_and_its_escaped_from_lines_read(tmp_path: Path) -> None:
    path = tmp_path / "all.mbox"
    body = RAW.replace("From here", ">From here")
    path.write_text(
        "From priya@talent.example Thu Nov 19 10:00:00 2026\n" + body.format(n=1) + "\n"
        "From priya@talent.example Thu Nov 19 11:00:00 2026\n" + body.format(n=2) + "\n"
    )
    before = path.read_bytes()
    messages = list(LocalSource(SourceKind.MBOX, path).messages())
    assert [m.message_id for m in messages] == ["<1@talent.example>", "<2@talent.example>"]
    assert messages[0].snippet == "Open to a call? From here on it is the body."
    assert path.read_bytes() == before


def test_mbox_drafts_are_never_read_as_sent_mail(tmp_path: Path) -> None:
    # Thunderbird marks a draft with X-Mozilla-Draft-Info and keeps drafts in a "Drafts"
    # mbox; Dovecot and mutt flag one T in X-Status. None of them was sent.
    sent = RAW.format(n="sent").replace("From: Priya Nair <priya@talent.example>", f"From: {ME}")
    drafts = [sent.replace("sent@", f"d{n}@").replace("Subject:", f"{header}\nSubject:")
              for n, header in enumerate(("X-Mozilla-Draft-Info: internal/draft; vcard=0",
                                          "X-Status: T", "X-Status: AT"))]  # fmt: skip
    path = tmp_path / "Sent"
    path.write_text("".join(f"From - Thu Nov 19 10:00:00 2026\n{m}\n" for m in [sent, *drafts]))
    messages = list(LocalSource(SourceKind.MBOX, path).messages())
    assert [m.message_id for m in messages] == ["<sent@talent.example>"]
    for name in ("Drafts", "Drafts.mbox"):
        (tmp_path / name).write_text(path.read_text())
        assert list(LocalSource(SourceKind.MBOX, tmp_path / name).messages()) == []


def test_sources_are_checked_remembered_and_synced(service: MailService, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a Maildir"):
        service.add_source(SourceKind.MAILDIR, tmp_path)
    with pytest.raises(InputError, match="no mbox file"):
        service.add_source(SourceKind.MBOX, tmp_path / "none.mbox")
    root = _maildir(tmp_path / "Maildir")
    service.add_source(SourceKind.MAILDIR, root)
    service.add_source(SourceKind.MAILDIR, root)  # twice is once
    assert service.sources() == [LocalSource(SourceKind.MAILDIR, root.resolve())]
    synced = keep(service.ingest(), collect(service.sources()))
    assert (synced.read, synced.result.new_messages) == (3, 3)
    assert keep(service.ingest(), collect(service.sources())).result.new_messages == 0
    assert service.remove_source(SourceKind.MAILDIR, root)
    assert service.sources() == []


def test_a_cancelled_collect_keeps_nothing(service: MailService, tmp_path: Path) -> None:
    root = _maildir(tmp_path / "Maildir", count=5)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(SyncCancelled):
        collect([LocalSource(SourceKind.MAILDIR, root)], cancelled=cancelled)
    assert service.message_count() == 0


def test_a_broken_source_is_named_and_the_others_still_read(tmp_path: Path) -> None:
    root = _maildir(tmp_path / "Maildir")
    gone = LocalSource(SourceKind.MBOX, tmp_path / "gone.mbox")
    collected = collect([gone, LocalSource(SourceKind.MAILDIR, root)])
    assert len(collected.messages) == 3
    assert collected.failures == [
        f"mbox:{tmp_path / 'gone.mbox'}: {tmp_path / 'gone.mbox'}: no mbox file here"
    ]


def test_the_ingest_is_the_port_other_sources_use(ledger: Ledger) -> None:
    """The IMAP sync hands over MailMessage objects the same way."""
    result = MailIngest(ledger).ingest(iter([OUTREACH]))
    assert result.new_messages == 1


def test_an_undated_maildir_message_is_dated_by_its_file_name_then_its_file_time(
    tmp_path: Path,
) -> None:
    root = _maildir(tmp_path / "Maildir", count=0)
    undated = RAW.format(n="u").replace("Date: Thu, 19 Nov 2026 10:00:00 +0000\n", "")
    (root / "cur" / "1794988214.M1P2.host:2,S").write_text(undated)
    (root / "cur" / "copied-by-hand:2,S").write_text(undated.replace("<u@", "<v@"))
    os.utime(root / "cur" / "copied-by-hand:2,S", (1795000000, 1795000000))
    found = {m.message_id: m for m in LocalSource(SourceKind.MAILDIR, root).messages()}
    assert found["<u@talent.example>"].at == datetime(2026, 11, 18, 7, 50, 14, tzinfo=UTC)
    assert found["<v@talent.example>"].at == datetime.fromtimestamp(1795000000, UTC)
    assert "undated" in found["<u@talent.example>"].marks
    assert delivery_time("12.x") is None


def test_an_undated_mbox_message_is_dated_by_its_from_line(tmp_path: Path) -> None:
    path = tmp_path / "all.mbox"
    undated = RAW.format(n=1).replace("Date: Thu, 19 Nov 2026 10:00:00 +0000\n", "")
    path.write_text("From priya@talent.example Mon Nov  9 08:30:00 2026\n" + undated)
    (message,) = LocalSource(SourceKind.MBOX, path).messages()
    assert message.at == datetime(2026, 11, 9, 8, 30, tzinfo=UTC)
    assert separator_time(b"From \n") is None
