"""The local half of a sync: read every local source, then keep what is new at once.

Reading (the slow part) touches no database; :func:`keep` hands the result to
:meth:`MailIngest.ingest` in one transaction. A cancelled or failed read keeps
nothing: never a half-written sync. The whole sync, local sources and IMAP
accounts, is :func:`ghostless.services.mail_sync_run.sync_mail`.

A source is anything with a ``name`` and a ``messages(progress, cancelled)``
iterator of :class:`MailMessage` (:class:`ghostless.services.mail_local.LocalSource`
is one).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ghostless.core.errors import GhostlessError
from ghostless.core.mail_message import MailMessage
from ghostless.services.mail_ingest import IngestResult, MailIngest
from ghostless.services.mail_local import Cancelled, Progress


class MailSource(Protocol):
    @property
    def name(self) -> str: ...

    def messages(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> Iterator[MailMessage]: ...


class SyncCancelled(GhostlessError):
    """The user stopped the sync; nothing was kept."""


@dataclass
class Collected:
    """What the sources gave, and the sources that failed (with why)."""

    messages: list[MailMessage] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def collect(
    sources: Sequence[MailSource],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Collected:
    """Read every source; a source that fails is named in ``failures``, the rest still read.

    Raises SyncCancelled when ``cancelled()`` turned true.
    """
    stop = cancelled or (lambda: False)
    collected = Collected()
    seen: set[str] = set()
    for source in sources:
        try:
            for message in source.messages(progress, stop):
                if message.message_id not in seen:
                    seen.add(message.message_id)
                    collected.messages.append(message)
        except (GhostlessError, OSError) as exc:
            collected.failures.append(f"{source.name}: {exc}")
        if stop():
            raise SyncCancelled("the sync was cancelled; nothing was kept")
    return collected


@dataclass(frozen=True, slots=True)
class SyncResult:
    read: int
    result: IngestResult
    failures: tuple[str, ...]


def keep(ingest: MailIngest, collected: Collected) -> SyncResult:
    """Keep what :func:`collect` read (one transaction)."""
    result = ingest.ingest(collected.messages)
    return SyncResult(len(collected.messages), result, tuple(collected.failures))
