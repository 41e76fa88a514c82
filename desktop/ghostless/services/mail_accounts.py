"""IMAP accounts: add (after a real login), list, test and remove.

The window's accounts page and ``ghostless mail account`` both come here. An
account is kept only once the server accepted the login over verified TLS, and
its password only in the system keyring (:mod:`ghostless.services.secrets`);
the database holds where and as whom to connect and the addresses that count
as the user's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import NotRequired, TypedDict, Unpack

from ghostless.core.errors import InputError
from ghostless.core.models import Address, AddressKind
from ghostless.core.validation import address_key, check_characters, clean_address
from ghostless.services.imap_sync import endpoint_of, imap_key
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.mail_imap import (
    IMPLICIT_TLS_PORT,
    STARTTLS_PORT,
    Endpoint,
    connect,
    disconnect,
    sent_folder,
    tls_context,
)
from ghostless.services.secrets import SecretStore
from ghostless.store.mail_accounts import MailAccount, MailAccountRepository

__all__ = ["AccountCheck", "MailAccount", "MailAccounts", "NewAccount", "parse_server"]


@dataclass(frozen=True, slots=True)
class AccountCheck:
    """What a test login found: the Sent folder (empty: none found)."""

    sent_folder: str


class AccountInput(TypedDict):
    """An account as the user types it (``ghostless mail account add`` or the window)."""

    server: str  # HOST[:PORT]
    username: str
    password: str
    ca_file: NotRequired[str]
    starttls: NotRequired[bool]
    me: NotRequired[Sequence[str]]


@dataclass(frozen=True, slots=True)
class NewAccount:
    """An account as typed and checked, not yet logged in to nor kept."""

    endpoint: Endpoint
    addresses: tuple[str, ...]


def parse_server(text: str, *, starttls: bool) -> tuple[str, int, str]:
    """``HOST[:PORT]`` (``[v6]:PORT`` for IPv6) as host, port and security.

    Without a port: 993 with implicit TLS, or 143 with STARTTLS when asked.
    Port 143 always means STARTTLS: never a password in plain text.
    """
    text = text.strip()
    check_characters(text, "imap")
    host, port_text = text, ""
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port_text = rest.removeprefix(":")
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
    if not host or any(ch.isspace() or ch in "/@" for ch in host):
        raise InputError(f"imap: {text!r} is not a server name (HOST or HOST:PORT)", field="imap")
    if port_text:
        if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
            raise InputError(f"imap: {port_text!r} is not a port (1 to 65535)", field="imap")
        port = int(port_text)
    else:
        port = STARTTLS_PORT if starttls else IMPLICIT_TLS_PORT
    security = "starttls" if starttls or port == STARTTLS_PORT else "tls"
    return host.lower(), port, security


def clean_me(addresses: Sequence[str], username: str) -> tuple[str, ...]:
    """The addresses that count as the user's, checked; the user name when it is one."""
    given = list(addresses) or ([username] if "@" in username else [])
    kept: list[str] = []
    for value in given:
        cleaned = clean_address(Address(AddressKind.EMAIL, value, "", False)).value
        if address_key(AddressKind.EMAIL, cleaned) not in (k.casefold() for k in kept):
            kept.append(cleaned.casefold())
    if not kept:
        raise InputError(
            "me: give the e-mail address(es) you write from (--me ADDRESS)", field="me"
        )
    return tuple(kept)


class MailAccounts:
    """The IMAP accounts of one ledger, their passwords in ``secrets``."""

    def __init__(self, ledger: Ledger, secrets: SecretStore) -> None:
        self._ledger = ledger
        self._repo = MailAccountRepository(store_of(ledger))
        self._secrets = secrets

    @property
    def zone(self) -> tzinfo:
        """The user's zone, to show when an account was last synced."""
        return self._ledger.zone

    def list(self) -> list[MailAccount]:
        return self._repo.all()

    def get(self, account_id: int) -> MailAccount:
        return self._repo.get(account_id)

    def my_addresses(self) -> frozenset[str]:
        """Every address of every account that counts as the user's, case-folded."""
        return frozenset(address for account in self._repo.all() for address in account.addresses)

    def check(self, endpoint: Endpoint, password: str) -> AccountCheck:
        """Log in for real and find the Sent folder; MailSyncError says what failed."""
        client = connect(endpoint, password)
        try:
            return AccountCheck(sent_folder(client) or "")
        finally:
            disconnect(client)

    def add(self, **typed: Unpack[AccountInput]) -> MailAccount:
        """Check the login, then keep the password in the keyring and the account here."""
        plan = self.prepare(**typed)
        password = typed["password"]
        return self.keep(plan, password, self.check(plan.endpoint, password))

    def prepare(self, **typed: Unpack[AccountInput]) -> NewAccount:
        """Check what was typed, before any connection (InputError names the field)."""
        password = typed["password"]
        ca_file = typed.get("ca_file", "")
        host, port, security = parse_server(typed["server"], starttls=typed.get("starttls", False))
        username = typed["username"].strip()
        if not username:
            raise InputError("user: the user name is empty", field="user")
        check_characters(username, "user")
        if not password:
            raise InputError("password: the password is empty", field="password")
        ca_file = ca_file.strip()
        if ca_file:
            tls_context(ca_file)  # a file that is not a CA bundle is refused before connecting
        addresses = clean_me(typed.get("me", ()), username)
        return NewAccount(Endpoint(host, port, security, username, ca_file), addresses)

    def keep(self, plan: NewAccount, password: str, found: AccountCheck) -> MailAccount:
        """Keep an account whose login :meth:`check` accepted: password to the keyring."""
        endpoint = plan.endpoint
        self._secrets.set(imap_key(endpoint), password)
        try:
            account_id = self._repo.add(
                host=endpoint.host,
                port=endpoint.port,
                security=endpoint.security,
                username=endpoint.username,
                ca_file=endpoint.ca_file,
                addresses=plan.addresses,
                sent_folder=found.sent_folder,
                at=self._ledger.clock.now(),
            )
        except BaseException:
            self._secrets.delete(imap_key(endpoint))
            raise
        return self._repo.get(account_id)

    def test(self, account_id: int) -> AccountCheck:
        """Log in to a kept account with its kept password."""
        account = self._repo.get(account_id)
        password = self._secrets.get(imap_key(account))
        if password is None:
            raise InputError(
                f"account: no password in the system keyring for {account.label}; "
                "remove the account and add it again",
                field="account",
            )
        return self.check(endpoint_of(account), password)

    def remove(self, account_id: int) -> MailAccount:
        """Forget the account, how far it was read and its password in the keyring."""
        account = self._repo.get(account_id)
        self._repo.remove(account_id)
        self._secrets.delete(imap_key(account))
        return account
