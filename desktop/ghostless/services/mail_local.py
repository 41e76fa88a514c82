"""Local mail stores, read in place and never changed: Maildir folders and mbox files.

Files are only opened for reading (the standard ``mailbox`` module opens an
mbox read-write and may move Maildir messages, so it is not used). Maildir++
subfolders (``.Sent``, ``.Archive``) are read with the top folder; drafts (a
Drafts folder, a file flagged D) are not, as they were never sent. Memory stays
flat: one message is held at a time, and at most :data:`READ_LIMIT` bytes of
each, which holds its headers and first text part.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum
from pathlib import Path

from ghostless.core.errors import InputError
from ghostless.core.mail_message import MailMessage, first_text_snippet, parse_mail

#: Enough of one message for its headers and the start of its first text part.
READ_LIMIT = 512 * 1024

#: ``progress(done, total, what)``: ``total`` is 0 when not known in advance.
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class SourceKind(StrEnum):
    MAILDIR = "maildir"
    MBOX = "mbox"


@dataclass(frozen=True, slots=True)
class LocalSource:
    """A Maildir folder or an mbox file on this machine."""

    kind: SourceKind
    path: Path

    @property
    def name(self) -> str:
        return f"{self.kind.value}:{self.path}"

    def check(self) -> None:
        """InputError naming the path when it is not a readable store of its kind."""
        if self.kind is SourceKind.MAILDIR:
            if not (self.path / "cur").is_dir() and not (self.path / "new").is_dir():
                raise InputError(
                    f"{self.path}: not a Maildir (it has no cur or new folder)", field="maildir"
                )
        elif not self.path.is_file():
            raise InputError(f"{self.path}: no mbox file here", field="mbox")
        if not os.access(self.path, os.R_OK):
            raise InputError(f"{self.path}: cannot be read (permissions)", field=self.kind.value)

    def messages(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> Iterator[MailMessage]:
        """Every message, parsed; stops early when ``cancelled()`` turns true."""
        self.check()
        reader = _maildir if self.kind is SourceKind.MAILDIR else _mbox
        yield from reader(self.path, self.name, progress, cancelled or (lambda: False))


def parse_whole(
    data: bytes, *, source: str, folder: str, fallback_at: datetime | None = None
) -> MailMessage:
    """A whole message (or its first :data:`READ_LIMIT` bytes) as Ghostless keeps it."""
    return parse_mail(
        data, first_text_snippet(data), source=source, folder=folder, fallback_at=fallback_at
    )


def delivery_time(name: str) -> datetime | None:
    """When a Maildir file was delivered, from its name ("<seconds>.<unique>:2,<flags>").

    Steadier than the file's time, which a copy or a checkout resets; None when
    the name does not start with a plausible time (a file put there by hand).
    """
    head = name.split(".", 1)[0]
    if not head.isdigit() or len(head) < 9:
        return None
    try:
        return datetime.fromtimestamp(int(head), UTC)
    except (OverflowError, OSError, ValueError):
        return None


#: Folders where mail programs keep unsent drafts (Maildir++ names, last part): a reply
#: begun there was never sent, so it answers nothing.
DRAFTS_FOLDERS = frozenset(
    {
        "drafts", "draft", "postponed", "entwürfe", "brouillons", "borradores", "bozze",
        "concepten", "rascunhos", "utkast", "kladder", "luonnokset",
    }
)  # fmt: skip


def is_drafts_folder(name: str) -> bool:
    """A folder of unsent drafts ("Drafts", "INBOX.Drafts", "[Gmail].Drafts", "Brouillons")."""
    return name.rsplit(".", 1)[-1].rsplit("/", 1)[-1].strip().casefold() in DRAFTS_FOLDERS


def is_draft_file(name: str) -> bool:
    """A Maildir file flagged D (draft) in its info part ("...:2,DS")."""
    _, sep, info = name.rpartition(":2,")
    return bool(sep) and "D" in info


def _maildir_folders(root: Path) -> list[tuple[str, Path]]:
    folders = [("INBOX", root)]
    try:
        entries = sorted(os.scandir(root), key=lambda entry: entry.name)
    except OSError as exc:
        raise InputError(f"{root}: cannot be read ({exc.strerror})", field="maildir") from exc
    for entry in entries:
        if entry.name.startswith(".") and entry.name not in {".", ".."} and entry.is_dir():
            name = entry.name.lstrip(".") or entry.name
            if not is_drafts_folder(name):
                folders.append((name, Path(entry.path)))
    return folders


def _maildir(
    root: Path, source: str, progress: Progress | None, cancelled: Cancelled
) -> Iterator[MailMessage]:
    files: list[tuple[str, Path]] = []
    for folder, path in _maildir_folders(root):
        for sub in ("cur", "new"):
            try:
                names = sorted(os.listdir(path / sub))
            except FileNotFoundError:
                continue
            files += [
                (folder, path / sub / name)
                for name in names
                if not name.startswith(".") and not is_draft_file(name)
            ]
    total = len(files)
    for done, (folder, path) in enumerate(files, start=1):
        if cancelled():
            return
        try:
            with path.open("rb") as handle:
                data = handle.read(READ_LIMIT)
            mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            continue  # moved or deleted by the mail client while we read: not ours to mind
        fallback = delivery_time(path.name) or mtime
        yield parse_whole(data, source=source, folder=folder, fallback_at=fallback)
        if progress is not None:
            progress(done, total, source)


def is_draft_message(data: bytes) -> bool:
    """An mbox message marked as an unsent draft: Thunderbird's X-Mozilla-Draft-Info
    header, or the T (draft) flag of the X-Status header Dovecot and mutt write."""
    head = data.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    for line in head.split(b"\n"):
        name, colon, value = line.partition(b":")
        if not colon or line[:1] in (b" ", b"\t"):
            continue
        name = name.strip().lower()
        if name == b"x-mozilla-draft-info" or (name == b"x-status" and b"T" in value):
            return True
    return False


def _mbox(
    path: Path, source: str, progress: Progress | None, cancelled: Cancelled
) -> Iterator[MailMessage]:
    # A Drafts mbox (Thunderbird's "Drafts" file) holds only unsent mail: it answers nothing.
    if is_drafts_folder(path.name.removesuffix(".mbox")):
        return
    for data, delivered in _mbox_messages(path, source, progress, cancelled):
        if not is_draft_message(data):
            yield parse_whole(data, source=source, folder=path.name, fallback_at=delivered)


def _mbox_messages(
    path: Path, source: str, progress: Progress | None, cancelled: Cancelled
) -> Iterator[tuple[bytes, datetime | None]]:
    """Each message of an mbox (its first READ_LIMIT bytes) with its "From " line's time."""
    size = max(1, path.stat().st_size)
    done = 0
    current: list[bytes] = []
    kept = 0
    previous_blank = True
    delivered: datetime | None = None  # from the "From " line: dates a message without a Date
    with path.open("rb") as handle:
        for line in handle:
            if line.startswith(b"From ") and previous_blank and current:
                yield b"".join(current), delivered
                delivered = separator_time(line)
                done += 1
                current, kept = [], 0
                if progress is not None:
                    progress(handle.tell(), size, source)
                if cancelled():
                    return
            elif line.startswith(b"From ") and not current:
                delivered = separator_time(line)  # the separator line of the first message
            elif kept < READ_LIMIT:
                # mboxrd and mboxo escape body lines starting with "From " as ">From ".
                unescaped = line[1:] if line.lstrip(b">").startswith(b"From ") else line
                current.append(unescaped)
                kept += len(unescaped)
            previous_blank = line in (b"\n", b"\r\n")
    if current:
        yield b"".join(current), delivered
        if progress is not None:
            progress(size, size, source)


def separator_time(line: bytes) -> datetime | None:
    """The delivery time an mbox "From sender Thu Nov 19 10:00:00 2026" line gives, if any."""
    parts = line.decode("ascii", errors="replace").split(None, 2)
    if len(parts) < 3:
        return None
    try:
        found = parsedate_to_datetime(parts[2].strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return found.replace(tzinfo=UTC) if found.tzinfo is None else found.astimezone(UTC)
