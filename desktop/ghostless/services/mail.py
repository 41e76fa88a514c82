"""Mail awareness as the user uses it: suggestions, Accept, Ignore, Never, sources, "me".

The window's Mail view and ``ghostless mail ...`` both go through
:class:`MailService`, so they show the same suggestions and write the same
records. Reading the sources is :mod:`ghostless.services.mail_sync`; keeping
messages is :mod:`ghostless.services.mail_ingest`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ghostless.core.errors import InputError, NotFoundError
from ghostless.core.mail_message import MailMessage
from ghostless.core.mail_rules import counts
from ghostless.core.mail_suggestions import Decisions, MailSuggestion, suggestions
from ghostless.core.mail_threads import MailThread, Me, thread_messages
from ghostless.core.models import AddressKind, EventKind, LoopKind
from ghostless.core.validation import address_key, clean_subject
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.mail_ingest import MailIngest, event_text
from ghostless.services.mail_local import LocalSource, SourceKind
from ghostless.store.loops import LoopRepository
from ghostless.store.mail import MailRepository
from ghostless.store.mail_accounts import MailAccountRepository


def clean_email(address: str, field: str = "address") -> str:
    value = address.strip().lower()
    local, at, domain = value.partition("@")
    if not (local and at and "." in domain) or any(ch.isspace() for ch in value):
        raise InputError(f"{field}: {address!r} is not an e-mail address", field=field)
    return value


def clean_domain(domain: str) -> str:
    value = domain.strip().lower().lstrip("@")
    if "." not in value or any(ch.isspace() or ch == "@" for ch in value):
        raise InputError(
            f"domain: {domain!r} is not a domain (such as example.com)", field="domain"
        )
    return value


class MailService:
    """The mail side of one ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self._store = store_of(ledger)
        self._mail = MailRepository(self._store)
        self._loops = LoopRepository(self._store)

    # -- who I am, where my mail is ---------------------------------------------
    def me(self) -> list[str]:
        return self._mail.me()

    def add_me(self, address: str) -> bool:
        return self._mail.add_me(clean_email(address), at=self.ledger.clock.now())

    def remove_me(self, address: str) -> bool:
        clean = clean_email(address)
        account = self.account_of(clean)
        if account is not None:
            raise InputError(
                f"address: {clean} is an address of the mail account {account}; "
                "it counts as yours while that account is kept",
                field="address",
            )
        return self._mail.remove_me(clean)

    def account_labels(self) -> list[str]:
        """The IMAP accounts read on every sync, by name (``user on host``)."""
        return [account.label for account in MailAccountRepository(self._store).all()]

    def account_of(self, address: str) -> str | None:
        """The IMAP account holding ``address`` as one of the user's, if one does."""
        wanted = address.strip().lower()
        for account in MailAccountRepository(self._store).all():
            if wanted in {kept.strip().lower() for kept in account.addresses}:
                return account.label
        return None

    def sources(self) -> list[LocalSource]:
        return [LocalSource(SourceKind(kind), Path(path)) for kind, path in self._mail.sources()]

    def add_source(self, kind: SourceKind, path: Path | str) -> LocalSource:
        """Remember a Maildir folder or mbox file to read on every sync (checked first)."""
        source = LocalSource(kind, Path(path).expanduser().resolve())
        source.check()
        self._mail.add_source(kind.value, str(source.path), at=self.ledger.clock.now())
        return source

    def remove_source(self, kind: SourceKind, path: Path | str) -> bool:
        resolved = str(Path(path).expanduser().resolve())
        return self._mail.remove_source(kind.value, resolved) or self._mail.remove_source(
            kind.value, str(path)
        )

    def ingest(self) -> MailIngest:
        return MailIngest(self.ledger)

    def message_count(self) -> int:
        return self._mail.message_count()

    # -- suggestions -----------------------------------------------------------
    def decisions(self) -> Decisions:
        never = self._mail.never_rules()
        return Decisions(
            ignored=self._mail.ignored(),
            linked=set(self._mail.links()),
            never_senders={value for kind, value in never if kind == "sender"},
            never_domains={value for kind, value in never if kind == "domain"},
        )

    def suggestions(self, now: datetime | None = None) -> list[MailSuggestion]:
        me = Me(self.me())
        if not me:
            return []
        return suggestions(
            self._mail.messages(),
            me,
            now or self.ledger.clock.now(),
            self.decisions(),
            blocked=self._is_blocked,
        )

    def _is_blocked(self, address: str) -> bool:
        found = self._mail.contact_for_address(address_key(AddressKind.EMAIL, address))
        return found is not None and found[1]

    def suggestion(self, thread: str, now: datetime | None = None) -> MailSuggestion:
        for found in self.suggestions(now):
            if thread in found.thread.message_ids:
                return found
        raise NotFoundError(
            f"thread: no suggestion for {thread!r} (see ghostless mail suggestions)",
            field="thread",
        )

    # -- decisions -------------------------------------------------------------
    def accept(self, thread: str, kind: LoopKind | None = None, now: datetime | None = None) -> int:
        """Make a loop of a suggested thread, with its messages as events at their times.

        The contact is the one holding the other side's address (any of its
        addresses), else a new one. Returns the loop's id. One transaction.
        """
        found = self.suggestion(thread, now)
        me = Me(self.me())
        messages = [m for m in found.thread.messages if counts(m, me)]
        first, rest = messages[0], messages[1:]
        clock_now = self.ledger.clock.now()
        with self._store.transaction():
            contact_id = self._contact_for(found)
            loop_id = self._loops.add(
                contact_id=contact_id,
                kind=kind or found.kind,
                subject=clean_subject(found.subject[:500] or "(no subject)"),
                at=first.at or clock_now,
                text=event_text(first),
                recorded_at=clock_now,
                first=self._event_kind(first, me),
            )
            self._mail.link(found.root, loop_id, at=clock_now)
            first_event = self._loops.events(loop_id)[0]
            self._mail.mark_logged(loop_id, first.message_id, first_event.id)
            for message in rest:
                event_id = self._loops.log_event(
                    loop_id,
                    self._event_kind(message, me),
                    at=message.at or clock_now,
                    text=event_text(message),
                    recorded_at=clock_now,
                )
                self._mail.mark_logged(loop_id, message.message_id, event_id)
        return loop_id

    def unaccept(self, loop_id: int) -> None:
        """Undo an Accept: the loop made from a thread goes, and the thread is suggested again.

        The contact stays (it may have been there before, and others may use it).
        """
        if self._mail.link_of_loop(loop_id) is None:
            raise InputError(f"loop {loop_id}: was not made from mail", field="loop")
        self.ledger.delete_loop(loop_id, confirmed=True)

    @staticmethod
    def _event_kind(message: MailMessage, me: Me) -> EventKind:
        return EventKind.SENT if message.sender in me else EventKind.RECEIVED

    def _contact_for(self, found: MailSuggestion) -> int:
        address = found.counterpart
        existing = self._mail.contact_for_address(address_key(AddressKind.EMAIL, address))
        if existing is not None:
            return existing[0]
        name = found.counterpart_name or address
        return self.ledger.add_contact(name=name[:200], email=address)

    def ignore(self, thread: str) -> None:
        """Never suggest this thread again (undo with :meth:`unignore`)."""
        self._mail.ignore(self._known(thread), at=self.ledger.clock.now())

    def unignore(self, thread: str) -> bool:
        found = self._thread_of(thread)
        ids = found.message_ids if found is not None else frozenset({thread})
        return self._mail.unignore(ids) > 0

    def never(self, *, sender: str | None = None, domain: str | None = None) -> bool:
        """Never suggest threads with this sender or domain (undo with :meth:`unnever`)."""
        kind, value = self._never_rule(sender, domain)
        return self._mail.never(kind, value, at=self.ledger.clock.now())

    def unnever(self, *, sender: str | None = None, domain: str | None = None) -> bool:
        return self._mail.unnever(*self._never_rule(sender, domain))

    def never_rules(self) -> list[tuple[str, str]]:
        return self._mail.never_rules()

    @staticmethod
    def _never_rule(sender: str | None, domain: str | None) -> tuple[str, str]:
        if (sender is None) == (domain is None):
            raise InputError("never: give a sender or a domain", field="never")
        if sender is not None:
            return "sender", clean_email(sender, "sender")
        assert domain is not None
        return "domain", clean_domain(domain)

    def _thread_of(self, message_id: str) -> MailThread | None:
        me = Me(self.me())
        for found in thread_messages(self._mail.messages(), me):
            if message_id in found.message_ids:
                return found
        return None

    def _known(self, thread: str) -> str:
        found = self._thread_of(thread)
        if found is None:
            raise NotFoundError(f"thread: no kept message has the id {thread!r}", field="thread")
        return found.root

    # -- replying in the thread (issue 14, item 7) ----------------------------------
    def note_sent(self, loop_id: int, message_id: str, event_id: int) -> None:
        """A message sent from Ghostless into a linked loop's thread: already logged."""
        if self._mail.link_of_loop(loop_id) is not None:
            self._mail.mark_logged(loop_id, message_id, event_id)

    def reply_headers(self, loop_id: int) -> ReplyHeaders | None:
        """For a loop linked to a thread: what a reply in it carries; None otherwise."""
        linked = self._mail.link_of_loop(loop_id)
        if linked is None:
            return None
        found = self._thread_of(linked)
        if found is None:
            return None
        me = Me(self.me())
        words = [message for message in found.messages if counts(message, me)]
        last = (words or list(found.messages))[-1]
        references = tuple(dict.fromkeys((*last.references, last.message_id)))
        return ReplyHeaders(in_reply_to=last.message_id, references=references,
                            subject=reply_subject(last.subject))  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReplyHeaders:
    """The headers that keep a reply in its thread: In-Reply-To, References and "Re:"."""

    in_reply_to: str
    references: tuple[str, ...]
    subject: str


def reply_subject(subject: str) -> str:
    """``Re: subject``, without stacking a second "Re:"."""
    text = subject.strip()
    if text.lower().startswith("re:"):
        return text
    return f"Re: {text}" if text else "Re:"
