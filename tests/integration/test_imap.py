"""IMAP accounts and sync against a real Dovecot on loopback (tests/helpers/dovecot.py).

The last tests go end to end through the one sync every part of the app runs
(:func:`ghostless.services.mail_sync_run.sync_mail`): an account's mail becomes
suggestions, Accept makes a loop, and a reply appended to Sent flips its turn.

The server has its own test CA; the account names that CA file as a user
would with ``--ca-file``. Messages are appended over IMAP. The consumer
writes what arrives into a table of the ledger's own database, inside the
sync's transaction, so every test can check that what was handed over and
the folder's saved state always agree.
"""

from __future__ import annotations

import shutil
import ssl
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.core.errors import InputError
from ghostless.core.mail_message import MailMessage
from ghostless.core.models import EventKind, Turn
from ghostless.services.imap_sync import LedgerPlace, MailSync, SyncProgress, imap_key
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.mail import MailService
from ghostless.services.mail_accounts import MailAccounts
from ghostless.services.mail_imap import MailSyncError
from ghostless.services.mail_local import SourceKind
from ghostless.services.mail_source import RawMail
from ghostless.services.mail_sync_run import MailSyncReport, parse_raw, sync_mail
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import MemorySecretStore
from ghostless.store.mail_accounts import MailAccount, MailAccountRepository
from ghostless.ui.mail.mail_page import MailPage
from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner
from tests.conftest import FRIDAY
from tests.helpers.dovecot import PASSWORD, USER, Dovecot, running_dovecot
from tests.integration.conftest import require
from tests.integration.test_smtp import Pki, make_pki
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

DAYS = 60


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("imap-pki"))


@pytest.fixture
def dovecot(pki: Pki) -> Iterator[Dovecot]:
    require("dovecot")
    with running_dovecot(pki.cert, pki.key) as server:
        yield server


def client_of(server: Dovecot, pki: Pki):  # type: ignore[no-untyped-def]
    """A read-write session of the test's own, to fill and inspect the mailbox."""
    from imapclient import IMAPClient

    context = ssl.create_default_context(cafile=str(pki.ca))
    client = IMAPClient(
        "127.0.0.1", port=server.tls_port, ssl=True, ssl_context=context, timeout=10
    )
    client.login(USER, PASSWORD)
    return client


BODY = b"Hello Alice,\r\n\r\nAre you open to a platform role?\r\n"


def message(
    number: int, *, sender: str = "dana@example.org", to: str = "alice@example.org",
    body: bytes = BODY,
) -> bytes:  # fmt: skip
    return (
        f"From: Dana <{sender}>\r\nTo: {to}\r\nSubject: Role {number}\r\n"
        f"Message-ID: <m{number}@example.org>\r\nDate: Fri, 20 Nov 2026 09:00:00 +0000\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode() + body


#: A message without a Message-ID, and the same message with its headers folded and ordered
#: differently and a header added, as a server or a copy may give it after a renumbering.
NO_ID = (
    b"From: Dana <dana@example.org>\r\nTo: alice@example.org\r\n"
    b"Subject: Notes from the platform meeting\r\nDate: Fri, 20 Nov 2026 09:30:00 +0000\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nHere are the notes.\r\n"
)
NO_ID_REFOLDED = (
    b"Date: Fri, 20 Nov 2026\r\n 09:30:00 +0000\r\nX-Archived: yes\r\n"
    b'Subject: Notes from the\r\n platform meeting\r\nFrom: "Dana"\r\n <DANA@example.org>\r\n'
    b"To: alice@example.org\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Here are the notes.\r\n"
)


def append(server: Dovecot, pki: Pki, folder: str, numbers: range, **kwargs: object) -> None:
    client = client_of(server, pki)
    try:
        for number in numbers:
            client.append(folder, message(number), **kwargs)
    finally:
        client.logout()


class TableConsumer:
    """Writes each message into ``test_mail`` through the ledger's own connection."""

    def __init__(self, ledger: Ledger) -> None:
        self.conn = store_of(ledger).conn
        self.conn.execute(
            "CREATE TABLE test_mail (folder TEXT, uid INTEGER, message_id TEXT, snippet TEXT, "
            "PRIMARY KEY (folder, uid))"
        )
        self.calls = 0
        self.fail_on_call: int | None = None

    def __call__(self, account_id: int, folder: str, batch: list[RawMail]) -> None:
        self.calls += 1
        for mail in batch:
            self.conn.execute(
                "INSERT INTO test_mail VALUES (?, ?, ?, ?)",
                (folder, mail.uid, parse_raw(mail, "test").message_id, mail.snippet),
            )
            if self.calls == self.fail_on_call:
                raise RuntimeError("the consumer broke half-way through its batch")

    def rows(self, folder: str = "INBOX") -> list[tuple[int, str]]:
        return self.conn.execute(
            "SELECT uid, message_id FROM test_mail WHERE folder = ? ORDER BY uid", (folder,)
        ).fetchall()


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def account(ledger: Ledger, dovecot: Dovecot, pki: Pki, secrets: MemorySecretStore) -> MailAccount:
    return MailAccounts(ledger, secrets).add(
        server=f"127.0.0.1:{dovecot.tls_port}",
        username=USER,
        password=PASSWORD,
        ca_file=str(pki.ca),
        me=["alice@example.org"],
    )


def state(ledger: Ledger, account: MailAccount, folder: str = "INBOX"):  # type: ignore[no-untyped-def]
    return MailAccountRepository(store_of(ledger)).folder_state(account.id, folder)


def test_adding_an_account_logs_in_keeps_the_password_in_the_keyring_and_finds_sent(
    account: MailAccount, secrets: MemorySecretStore, ledger: Ledger
) -> None:
    assert (account.host, account.security, account.username) == ("127.0.0.1", "tls", USER)
    assert account.sent_folder == "Sent"
    assert account.addresses == ("alice@example.org",)
    assert secrets.get(imap_key(account)) == PASSWORD
    raw = Path(store_of(ledger).path).read_bytes()
    assert PASSWORD.encode() not in raw


def test_starttls_on_the_plain_port(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, secrets: MemorySecretStore
) -> None:
    added = MailAccounts(ledger, secrets).add(
        server=f"localhost:{dovecot.plain_port}",
        username=USER,
        password=PASSWORD,
        ca_file=str(pki.ca),
        starttls=True,
        me=["alice@example.org"],
    )
    assert added.security == "starttls"
    assert MailAccounts(ledger, secrets).test(added.id).sent_folder == "Sent"


def test_first_sync_reads_headers_and_snippets_of_the_last_days_in_batches(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    append(dovecot, pki, "INBOX", range(1, 6))
    # Arrived 100 days before "now": older than the first sync reaches back.
    append(dovecot, pki, "INBOX", range(90, 91), msg_time=FRIDAY - timedelta(days=100))
    append(dovecot, pki, "Sent", range(50, 52))
    consumer = TableConsumer(ledger)
    seen: list[SyncProgress] = []

    reports = MailSync(ledger, secrets, consumer, batch=2).sync_all(days=DAYS, progress=seen.append)

    assert [(f.folder, f.fetched, f.first) for f in reports[0].folders] == [
        ("INBOX", 5, True),
        ("Sent", 2, True),
    ]
    assert reports[0].error is None
    assert [row[1] for row in consumer.rows()] == [f"<m{n}@example.org>" for n in range(1, 6)]
    assert consumer.rows("Sent") == [(1, "<m50@example.org>"), (2, "<m51@example.org>")]
    assert consumer.calls == 4  # 2 + 2 + 1 in INBOX, 2 in Sent
    assert [p.done for p in seen if p.folder == "INBOX"] == [2, 4, 5]
    snippets = {row[0] for row in consumer.conn.execute("SELECT snippet FROM test_mail")}
    assert snippets == {"Hello Alice, Are you open to a platform role?"}
    saved = state(ledger, account)
    assert saved is not None
    assert saved.complete
    assert saved.uidnext == 7
    assert saved.highestmodseq is not None


def test_a_sync_never_marks_a_message_seen(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    append(dovecot, pki, "INBOX", range(1, 4))
    MailSync(ledger, secrets, TableConsumer(ledger)).sync_all(days=DAYS)
    client = client_of(dovecot, pki)
    try:
        client.select_folder("INBOX")
        flags = client.get_flags(client.search("ALL"))
    finally:
        client.logout()
    assert len(flags) == 3
    assert all(b"\\Seen" not in value for value in flags.values())


def test_a_draft_in_the_sent_folder_is_never_read_as_sent_mail(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    # Some mail programs save a reply being written in Sent, flagged \\Draft: it was never
    # sent, so it must not answer what it replies to.
    append(dovecot, pki, "Sent", range(60, 61), flags=(b"\\Draft",))
    append(dovecot, pki, "Sent", range(61, 62))
    consumer = TableConsumer(ledger)

    MailSync(ledger, secrets, consumer).sync_all(days=DAYS)

    assert consumer.rows("Sent") == [(2, "<m61@example.org>")]
    saved = state(ledger, account, "Sent")
    assert saved is not None
    assert saved.uidnext == 3  # the draft is passed over, not read again next time


def test_incremental_sync_fetches_only_the_message_that_arrived_between_two_syncs(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    append(dovecot, pki, "INBOX", range(1, 4))
    consumer = TableConsumer(ledger)
    sync = MailSync(ledger, secrets, consumer)
    sync.sync_all(days=DAYS)
    nothing_new = sync.sync_all(days=DAYS)
    assert [f.fetched for f in nothing_new[0].folders] == [0, 0]

    append(dovecot, pki, "INBOX", range(4, 5))
    second = sync.sync_all(days=DAYS)

    assert [(f.folder, f.fetched, f.first) for f in second[0].folders] == [
        ("INBOX", 1, False),
        ("Sent", 0, False),
    ]
    assert consumer.rows()[-1] == (4, "<m4@example.org>")
    assert len(consumer.rows()) == 4
    assert state(ledger, account).uidnext == 5


def test_a_new_uidvalidity_reads_the_folder_again_from_the_start(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    append(dovecot, pki, "Sent", range(1, 3))
    client = client_of(dovecot, pki)
    try:
        client.append("Sent", NO_ID)
    finally:
        client.logout()
    consumer = TableConsumer(ledger)
    sync = MailSync(ledger, secrets, consumer)
    sync.sync_all(days=DAYS)
    before = state(ledger, account, "Sent")
    made_up = consumer.rows("Sent")[2][1]
    assert made_up.endswith("@no-message-id.ghostless.invalid>")
    client = client_of(dovecot, pki)
    try:  # the server renumbers the folder: deleted and made anew
        client.delete_folder("Sent")
        client.create_folder("Sent")
        client.append("Sent", message(7))
        client.append("Sent", NO_ID_REFOLDED)  # the same message, its headers folded anew
    finally:
        client.logout()
    consumer.conn.execute("DELETE FROM test_mail WHERE folder = 'Sent'")

    report = sync.sync_all(days=DAYS)[0]

    sent = report.folders[1]
    assert (sent.folder, sent.fetched, sent.restarted, sent.first) == ("Sent", 2, True, True)
    # A message without a Message-ID keeps its made-up id: it is not counted twice.
    assert consumer.rows("Sent") == [(1, "<m7@example.org>"), (2, made_up)]
    after = state(ledger, account, "Sent")
    assert after.uidvalidity != before.uidvalidity
    assert after.complete
    assert after.uidnext == 3


def test_a_certificate_the_system_does_not_trust_is_refused_and_nothing_is_kept(
    ledger: Ledger, dovecot: Dovecot, secrets: MemorySecretStore
) -> None:
    accounts = MailAccounts(ledger, secrets)
    with pytest.raises(MailSyncError) as caught:
        accounts.add(server=f"127.0.0.1:{dovecot.tls_port}", username=USER, password=PASSWORD,
                     me=["alice@example.org"])  # fmt: skip
    message_text = str(caught.value)
    assert f"{USER} on 127.0.0.1:{dovecot.tls_port}" in message_text
    assert "certificate is not trusted" in message_text
    assert "CA file" in message_text
    assert PASSWORD not in message_text
    assert accounts.list() == []
    assert secrets.get(f"imap:{USER}@127.0.0.1:{dovecot.tls_port}") is None


def test_a_wrong_password_is_refused_when_adding_and_reported_when_syncing(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    accounts = MailAccounts(ledger, secrets)
    with pytest.raises(MailSyncError, match="refused the user name or password"):
        accounts.add(server=f"localhost:{dovecot.tls_port}", username=USER,
                     password="wrong-CANARY", ca_file=str(pki.ca),
                     me=["alice@example.org"])  # fmt: skip
    assert len(accounts.list()) == 1

    secrets.set(imap_key(account), "changed-on-the-server")
    report = MailSync(ledger, secrets, TableConsumer(ledger)).sync_all(days=DAYS)[0]

    assert report.error is not None
    assert report.error.startswith(f"{USER} on 127.0.0.1:{dovecot.tls_port}: the server refused")
    assert "changed-on-the-server" not in report.error
    assert accounts.get(account.id).last_error == report.error


def test_the_server_stopped_half_way_leaves_nothing_half_written_and_the_next_sync_completes(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    append(dovecot, pki, "INBOX", range(1, 8))
    consumer = TableConsumer(ledger)

    def stop_after_the_second_batch(progress: SyncProgress) -> None:
        if progress.done == 4:
            dovecot.stop()

    sync = MailSync(ledger, secrets, consumer, batch=2)
    report = sync.sync_all(days=DAYS, progress=stop_after_the_second_batch)[0]

    assert report.error is not None
    assert "connection was lost" in report.error
    assert "next sync" in report.error
    saved = state(ledger, account)
    assert saved is not None
    assert not saved.complete
    assert [uid for uid, _ in consumer.rows()] == [1, 2, 3, 4]
    assert saved.uidnext == 5  # exactly what was handed over

    dovecot.start()
    again = sync.sync_all(days=DAYS)[0]

    assert again.error is None
    assert again.folders[0].fetched == 3
    assert [uid for uid, _ in consumer.rows()] == list(range(1, 8))
    final = state(ledger, account)
    assert final.complete
    assert final.uidnext == 8


def test_a_consumer_failing_half_way_rolls_back_its_writes_with_the_folder_state(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    append(dovecot, pki, "INBOX", range(1, 6))
    consumer = TableConsumer(ledger)
    consumer.fail_on_call = 2
    sync = MailSync(ledger, secrets, consumer, batch=2)
    with pytest.raises(RuntimeError, match="half-way"):
        sync.sync_all(days=DAYS)
    assert [uid for uid, _ in consumer.rows()] == [1, 2]
    assert state(ledger, account).uidnext == 3

    consumer.fail_on_call = None
    sync.sync_all(days=DAYS)
    assert [uid for uid, _ in consumer.rows()] == [1, 2, 3, 4, 5]


def test_cancel_stops_between_batches_and_the_next_sync_goes_on(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    append(dovecot, pki, "INBOX", range(1, 6))
    consumer = TableConsumer(ledger)
    sync = MailSync(ledger, secrets, consumer, batch=2)
    report = sync.sync_all(days=DAYS, cancelled=lambda: consumer.calls >= 1)[0]
    assert report.cancelled
    assert report.error is None
    assert [uid for uid, _ in consumer.rows()] == [1, 2]
    sync.sync_all(days=DAYS)
    assert [uid for uid, _ in consumer.rows()] == [1, 2, 3, 4, 5]


def test_a_server_that_is_down_is_one_clear_message(
    ledger: Ledger, dovecot: Dovecot, account: MailAccount, secrets: MemorySecretStore
) -> None:
    dovecot.stop()
    report = MailSync(ledger, secrets, TableConsumer(ledger)).sync_all(days=DAYS)[0]
    assert report.error is not None
    assert report.error.startswith(f"{USER} on 127.0.0.1:{dovecot.tls_port}: cannot reach")
    assert "try again at the next sync" in report.error


def test_removing_an_account_forgets_its_password_and_state(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    append(dovecot, pki, "INBOX", range(1, 2))
    MailSync(ledger, secrets, TableConsumer(ledger)).sync_all(days=DAYS)
    MailAccounts(ledger, secrets).remove(account.id)
    assert MailAccounts(ledger, secrets).list() == []
    assert secrets.get(imap_key(account)) is None
    assert state(ledger, account) is None


@pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)
def test_the_window_adds_an_account_and_syncs_it_off_the_gui_thread(
    qtbot: QtBot, ledger: Ledger, dovecot: Dovecot, pki: Pki, secrets: MemorySecretStore
) -> None:
    from ghostless.ui.mail_accounts.accounts_dialog import MailAccountsDialog
    from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner

    append(dovecot, pki, "INBOX", range(1, 4))
    runner = MailSyncRunner(ledger, secrets)
    dialog = MailAccountsDialog(MailAccounts(ledger, secrets), secrets, runner)
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    add = dialog.add_dialog
    assert add is not None
    add.server_edit.setText(f"localhost:{dovecot.tls_port}")
    add.user_edit.setText(USER)
    add.password_edit.setText(PASSWORD)
    add.ca_edit.setText(str(pki.ca))
    add.me_edit.setText("alice@example.org, alice@old.example")
    synced: list[list[object]] = []
    runner.synced.connect(synced.append)
    add.accept()  # logs in on a worker thread, then the first sync starts
    qtbot.waitUntil(lambda: bool(synced), timeout=20_000)
    qtbot.waitUntil(lambda: not runner.running, timeout=5_000)

    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "alice@example.org, alice@old.example"
    assert dialog.table.item(0, 2).text() == "Sent"
    assert dialog.status_label.text() == "Synced: 3 message(s) read, 3 new, 0 logged in loops."
    runner.stop()


def test_snippets_of_html_only_base64_and_a_text_part_after_an_attachment(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    import base64

    head = "From: Dana <dana@example.org>\r\nTo: alice@example.org\r\nMIME-Version: 1.0\r\n"
    html_only = head + "Message-ID: <html@x>\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>\r\n"
    latin = base64.b64encode("Grüße aus Köln".encode("latin-1")).decode()
    alternative = (
        head + 'Message-ID: <alt@x>\r\nContent-Type: multipart/alternative; boundary="a"\r\n\r\n'
        "--a\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{latin}\r\n"
        "--a\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--a--\r\n"
    )
    blob = base64.encodebytes(bytes(range(256)) * 40).decode().replace("\n", "\r\n")
    after_attachment = (
        head + 'Message-ID: <late@x>\r\nContent-Type: multipart/mixed; boundary="m"\r\n\r\n'
        "--m\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Disposition: attachment; filename=cv.pdf\r\n\r\n{blob}"
        "--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMy CV is attached.\r\n--m--\r\n"
    )
    client = client_of(dovecot, pki)
    try:
        for raw in (html_only, alternative, after_attachment):
            client.append("INBOX", raw.encode())
    finally:
        client.logout()
    consumer = TableConsumer(ledger)
    MailSync(ledger, secrets, consumer).sync_all(days=DAYS)
    got = dict(consumer.conn.execute("SELECT message_id, snippet FROM test_mail").fetchall())
    assert got == {
        "<html@x>": "Hi",  # HTML only: its text, as a local Maildir gives it
        "<alt@x>": "Grüße aus Köln",
        "<late@x>": "My CV is attached.",
    }


def test_an_expired_certificate_is_refused_with_what_to_do(
    ledger: Ledger, tmp_path: Path, secrets: MemorySecretStore
) -> None:
    require("dovecot")
    expired = make_pki(tmp_path, server_expired=True)
    with (
        running_dovecot(expired.cert, expired.key) as server,
        pytest.raises(MailSyncError) as caught,
    ):
        MailAccounts(ledger, secrets).add(
            server=f"localhost:{server.tls_port}", username=USER, password=PASSWORD,
            ca_file=str(expired.ca), me=["alice@example.org"],
        )  # fmt: skip
    assert "the server's certificate has expired" in str(caught.value)
    assert MailAccounts(ledger, secrets).list() == []


# -- the whole feature: suggestions, Accept, the turn flipping ---------------------------

ME = "alice@example.org"
RECRUITER = "dana@northwind.example"
OUTREACH_ID = "<outreach-1@northwind.example>"
CORPUS = Path(__file__).parents[1] / "mail" / "corpus" / "Maildir"


def _mail(*lines: str, body: str) -> bytes:
    head = "\r\n".join(lines)
    return f"{head}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n".encode()


OUTREACH = _mail(
    f"From: Dana Whitfield <{RECRUITER}>",
    f"To: Alice <{ME}>",
    "Subject: Staff engineer role at Northwind",
    f"Message-ID: {OUTREACH_ID}",
    "Date: Wed, 18 Nov 2026 09:00:00 +0000",
    body="Hi Alice, would you be open to a call about a staff engineer role?",
)
NEWSLETTER = _mail(
    "From: Weekly Digest <news@digest.example>",
    f"To: {ME}",
    "Subject: This week in tech",
    "Message-ID: <digest-48@digest.example>",
    "List-Id: <weekly.digest.example>",
    "List-Unsubscribe: <mailto:leave@digest.example>",
    "Date: Wed, 18 Nov 2026 10:00:00 +0000",
    body="Ten links you missed.",
)
REPLY = _mail(
    f"From: Alice <{ME}>",
    f"To: Dana Whitfield <{RECRUITER}>",
    "Subject: Re: Staff engineer role at Northwind",
    "Message-ID: <reply-1@example.org>",
    f"In-Reply-To: {OUTREACH_ID}",
    f"References: {OUTREACH_ID}",
    "Date: Fri, 20 Nov 2026 11:00:00 +0000",
    body="Hi Dana, thanks for thinking of me. Tuesday at 10 works for a call.",
)


def append_raw(server: Dovecot, pki: Pki, folder: str, *messages: bytes) -> None:
    client = client_of(server, pki)
    try:
        for raw in messages:
            client.append(folder, raw)
    finally:
        client.logout()


def sync_everything(ledger: Ledger, secrets: MemorySecretStore) -> MailSyncReport:
    report = sync_mail(LedgerPlace.of(ledger), secrets)
    assert report.problems == []
    return report


def _owed_by_me(ledger: Ledger, loop_id: int) -> list[str]:
    """The loop's agenda lines that wait on me (not on the other side), days from now."""
    return [
        str(owed.window.rule)
        for owed in ReminderService(ledger).agenda(FRIDAY + timedelta(days=3))
        if owed.window.loop_id == loop_id and not owed.window.waiting
    ]


def test_an_imap_account_feeds_suggestions_and_a_reply_in_sent_flips_the_loop(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    ledger.clock = FixedClock(FRIDAY)
    service = MailService(ledger)
    assert service.me() == [ME]  # the account's address counts as mine, given nowhere else
    append_raw(dovecot, pki, "INBOX", OUTREACH, NEWSLETTER)

    first = sync_everything(ledger, secrets)

    assert (first.imap_read, first.new_messages, first.logged_events) == (2, 2, 0)
    [found] = service.suggestions()  # the newsletter is a list: not owed
    assert (found.turn.value, found.counterpart, found.root) == ("owed", RECRUITER, OUTREACH_ID)
    loop_id = service.accept(found.root)
    assert ledger.loop(loop_id).turn is Turn.MINE
    assert _owed_by_me(ledger, loop_id) != []  # a reply is owed: a reminder stands

    append_raw(dovecot, pki, "Sent", REPLY)
    second = sync_everything(ledger, secrets)

    assert (second.imap_read, second.new_messages, second.logged_events) == (1, 1, 1)
    loop = ledger.loop(loop_id)
    assert loop.turn is Turn.THEIRS
    events = ledger.events(loop_id)
    assert [(event.kind, event.at) for event in events] == [
        (EventKind.RECEIVED, FRIDAY.replace(day=18, hour=9)),
        (EventKind.SENT, FRIDAY.replace(hour=11)),
    ]
    assert "Tuesday at 10" in events[-1].text
    assert _owed_by_me(ledger, loop_id) == []  # its reminder is gone
    assert service.suggestions() == []

    third = sync_everything(ledger, secrets)

    assert (third.imap_read, third.new_messages, third.logged_events) == (0, 0, 0)
    assert len(ledger.events(loop_id)) == 2


def test_one_sync_reads_the_local_maildir_and_the_account_together(
    ledger: Ledger,
    dovecot: Dovecot,
    pki: Pki,
    account: MailAccount,
    secrets: MemorySecretStore,
    tmp_path: Path,
) -> None:
    # The corpus's labels hold at 2026-11-20 12:00 UTC.
    ledger.clock = FixedClock(FRIDAY - timedelta(hours=2))
    service = MailService(ledger)
    service.add_me("alex@example.org")
    maildir = tmp_path / "Maildir"
    shutil.copytree(CORPUS, maildir)
    service.add_source(SourceKind.MAILDIR, maildir)
    append_raw(dovecot, pki, "INBOX", OUTREACH)

    report = sync_everything(ledger, secrets)

    assert report.local_read > 40
    assert report.imap_read == 1
    assert service.me() == sorted(["alex@example.org", ME])
    counterparts = {found.counterpart for found in service.suggestions()}
    assert RECRUITER in counterparts  # from the account, beside the Maildir's threads
    assert len(counterparts) > 1
    with pytest.raises(InputError, match="mail account"):
        service.remove_me(ME)  # it is the account's: kept while the account is


def test_the_mail_view_lists_an_account_s_mail_after_a_timer_sync(
    qtbot: QtBot,
    ledger: Ledger,
    dovecot: Dovecot,
    pki: Pki,
    account: MailAccount,
    secrets: MemorySecretStore,
) -> None:
    ledger.clock = FixedClock(FRIDAY)
    runner = MailSyncRunner(ledger, secrets)
    page = MailPage(MailService(ledger), runner=runner)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    append_raw(dovecot, pki, "INBOX", OUTREACH)

    with qtbot.waitSignal(page.sync_finished, timeout=20_000) as finished:
        runner.timer.timeout.emit()  # the timer's tick, not the page's button
        qtbot.waitUntil(lambda: not page.sync_button.isEnabled(), timeout=5_000)

    assert finished.args[0] == "Read 1 messages: 1 new, 0 logged in linked loops."
    assert page.model.rowCount() == 1
    assert page.sync_button.isEnabled()
    assert runner.timer.isActive()  # re-armed for the next interval
    with qtbot.waitSignal(page.accounts_requested, timeout=1_000):
        page.accounts_button.click()
    runner.stop()


def test_the_tuning_corpus_read_over_imap_gets_the_verdicts_it_gets_read_locally(
    ledger: Ledger, dovecot: Dovecot, pki: Pki, account: MailAccount, secrets: MemorySecretStore
) -> None:
    """A sync fetches only some headers and the start of each body; the turn rules must
    not tell the difference: snippets, calendar parts and dates come out the same."""
    import tomllib

    from ghostless.core.mail_suggestions import verdicts
    from ghostless.core.mail_threads import Me
    from ghostless.services.mail_local import LocalSource, delivery_time
    from ghostless.services.mail_sync import collect
    from ghostless.services.mail_sync_run import parse_raw

    labels = tomllib.loads((CORPUS.parent / "labels.toml").read_text(encoding="utf-8"))
    now = datetime.fromisoformat(labels["now"].replace("Z", "+00:00"))
    me = Me(labels["me"])
    client = client_of(dovecot, pki)
    try:
        for folder, box in (("INBOX", CORPUS), ("Sent", CORPUS / ".Sent")):
            for path in sorted((box / "cur").iterdir()):
                arrived = delivery_time(path.name)
                client.append(folder, path.read_bytes(), msg_time=arrived)
    finally:
        client.logout()
    read: list[RawMail] = []
    ledger.clock = FixedClock(now)
    MailSync(ledger, secrets, lambda _account, _folder, batch: read.extend(batch)).sync_all(
        days=365
    )
    over_imap = [parse_raw(raw, "imap") for raw in read]
    local = collect([LocalSource(SourceKind.MAILDIR, CORPUS)]).messages
    assert len(over_imap) == len(local)

    def turns(messages: list[MailMessage]) -> dict[tuple[str, ...], tuple[str, tuple[str, ...]]]:
        # By the thread's real Message-IDs: one made up for a message without any is
        # made from the bytes read, which are not the same over IMAP.
        return {
            tuple(sorted(i for i in v.thread.message_ids if not i.endswith(".invalid>"))): (
                v.turn.value, v.rules,
            )
            for v in verdicts(messages, me, now)
        }  # fmt: skip

    by_id = {message.message_id: message for message in local}
    for message in over_imap:
        if message.message_id in by_id:
            assert message.snippet == by_id[message.message_id].snippet, message.message_id
            assert message.marks == by_id[message.message_id].marks, message.message_id
    assert turns(over_imap) == turns(local)
