"""Write a labelled mail corpus (a Maildir and its labels.toml) from thread specs.

Used once to write tests/mail/corpus/ and tests/mail/heldout/ before the turn
rules were written (see tests/mail/specs_*.py); the files it wrote are what the
tests and the benchmark read. Each message is written as raw RFC 5322 text so
the bad cases (no Message-ID, a broken Date, RFC 2047 words, base64, HTML only,
unknown charsets) are exactly as written.
"""

from __future__ import annotations

import base64
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@dataclass
class Msg:
    """One message of a spec; ``reply`` links it to an earlier one (References, In-Reply-To)."""

    sender: str
    to: str
    subject: str
    body: str
    days_ago: float
    cc: str = ""
    reply: Msg | None = None
    link: str = "refs"  # refs, irt (In-Reply-To only) or none (headers dropped)
    headers: dict[str, str] = field(default_factory=dict)
    mid: str | None = None
    no_mid: bool = False
    html: bool = False
    b64: bool = False
    charset: str = "utf-8"
    folders: tuple[str, ...] = ("",)
    date_header: str | None = None
    body_bytes: bytes | None = None
    #: The Content-Type and the raw MIME body as written (a calendar invitation, a receipt).
    mime: tuple[str, str] | None = None
    #: The Maildir file name's base when it is not "<time>.M<n>P1.corpus" (a copied file).
    file_name: str | None = None
    #: The Maildir info flags of its file ("S" seen; "DS" a draft, as mutt and Dovecot mark it).
    flags: str = "S"

    def message_id(self, n: int, domain: str) -> str:
        if self.mid is None:
            self.mid = f"<c{n}.{int(self.days_ago * 1000)}@{domain}>"
        return self.mid

    def at(self) -> datetime:
        return NOW - timedelta(days=self.days_ago)


@dataclass
class Thread:
    expect: str
    why: str
    messages: list[Msg]


class Threads(list[Thread]):
    """The threads of a corpus, in the order they are written."""

    def add(self, expect: str, why: str, *messages: Msg) -> None:
        self.append(Thread(expect, why, list(messages)))


def _chain(message: Msg) -> list[str]:
    ids: list[str] = []
    current = message.reply
    while current is not None:
        assert current.mid is not None
        ids.insert(0, current.mid)
        current = current.reply
    return ids


def render(message: Msg) -> bytes:
    lines = [f"From: {message.sender}", f"To: {message.to}"]
    if message.cc:
        lines.append(f"Cc: {message.cc}")
    lines.append(f"Subject: {message.subject}")
    if message.date_header != "-":  # "-": no Date line at all
        lines.append(f"Date: {message.date_header or format_datetime(message.at())}")
    if not message.no_mid:
        lines.append(f"Message-ID: {message.mid}")
    if message.reply is not None and message.link != "none":
        chain = _chain(message)
        lines.append(f"In-Reply-To: {chain[-1]}")
        if message.link == "refs":
            lines.append(f"References: {' '.join(chain)}")
    for name, value in message.headers.items():
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    if message.mime is not None:
        content_type, raw_body = message.mime
        lines.append(f"Content-Type: {content_type}")
        return ("\n".join(lines) + "\n\n" + raw_body + "\n").encode("utf-8")
    kind = "html" if message.html else "plain"
    lines.append(f"Content-Type: text/{kind}; charset={message.charset}")
    if message.body_bytes is not None:
        lines.append("Content-Transfer-Encoding: 8bit")
        head = ("\n".join(lines) + "\n\n").encode("ascii")
        return head + message.body_bytes
    body = message.body
    if message.b64:
        lines.append("Content-Transfer-Encoding: base64")
        encoded = base64.encodebytes(body.encode(message.charset)).decode("ascii")
        return ("\n".join(lines) + "\n\n" + encoded).encode("ascii")
    lines.append("Content-Transfer-Encoding: 8bit")
    return ("\n".join(lines) + "\n\n" + body + "\n").encode(message.charset, errors="replace")


def write(root: Path, me: list[str], threads: list[Thread], title: str, domain: str) -> None:
    if root.exists():
        shutil.rmtree(root)
    maildir = root / "Maildir"
    count = 0
    labels = [
        f"# {title}",
        "# Labelled by hand for what a careful person would say is owed; see tests/mail/README.md.",
        f"me = [{', '.join(f'{address!r}'.replace(chr(39), chr(34)) for address in me)}]",
        f'now = "{NOW.strftime("%Y-%m-%dT%H:%M:%SZ")}"',
        "",
    ]
    for thread in threads:
        for message in thread.messages:
            count += 1
            message.message_id(count, domain)
    for thread in threads:
        # A first message without a Message-ID cannot be named: the first one with one is.
        root_id = next(m.mid for m in thread.messages if not m.no_mid)
        labels += [
            "[[thread]]",
            f'root = "{root_id}"',
            f'expect = "{thread.expect}"',
            f'why = "{thread.why}"',
            "",
        ]
        for message in thread.messages:
            count += 1
            data = render(message)
            for folder in message.folders:
                box = maildir / folder if folder else maildir
                for sub in ("cur", "new", "tmp"):
                    (box / sub).mkdir(parents=True, exist_ok=True)
                stamp = int(message.at().timestamp())
                name = message.file_name or f"{stamp}.M{count}P1.corpus"
                (box / "cur" / f"{name}:2,{message.flags}").write_bytes(data)
    for sub in ("new", "tmp"):  # git keeps no empty folder; a Maildir needs them
        for box in (maildir, *maildir.glob(".*")):
            if not any((box / sub).iterdir()):
                (box / sub / ".gitkeep").touch()
    (root / "labels.toml").write_text("\n".join(labels), encoding="utf-8")
