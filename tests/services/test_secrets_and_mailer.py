"""Secrets never fall back to plain text; the mailer refuses unsafe set-ups."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from ghostless.core.errors import InputError
from ghostless.services.mailer import (
    OutgoingMessage,
    Security,
    SmtpMailer,
    SmtpSettings,
    build_message,
    is_loopback,
)
from ghostless.services.secrets import (
    KeyringSecretStore,
    MemorySecretStore,
    SecretsUnavailable,
    smtp_key,
)

CANARY = "CANARY-s3cr3t-ünï"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


class _Locked(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"refused {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_no_keyring_is_a_clear_error_without_the_secret(no_keyring: None) -> None:
    store = KeyringSecretStore()
    with pytest.raises(SecretsUnavailable) as caught:
        store.set("smtp:sam@mail.example", CANARY)
    message = str(caught.value)
    assert "secure password store is not available" in message
    assert "NoKeyringError" in message
    assert CANARY not in message
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__
    with pytest.raises(SecretsUnavailable):
        store.get("smtp:sam@mail.example")


def test_a_backend_error_that_echoes_the_secret_is_not_repeated() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(_Locked())
    try:
        store = KeyringSecretStore()
        with pytest.raises(SecretsUnavailable) as caught:
            store.set("k", CANARY)
        assert CANARY not in str(caught.value)
        with pytest.raises(SecretsUnavailable, match="KeyringLocked"):
            store.get("k")
        with pytest.raises(SecretsUnavailable):
            store.delete("k")
    finally:
        keyring.set_keyring(before)


def test_memory_store_round_trip_and_repr_hides_secrets() -> None:
    store = MemorySecretStore()
    store.set("k", CANARY)
    assert store.get("k") == CANARY
    assert CANARY not in repr(store)
    store.delete("k")
    store.delete("k")
    assert store.get("k") is None
    with pytest.raises(SecretsUnavailable):
        store.set("k", "")


def _settings(host: str = "mail.example", security: Security = Security.STARTTLS) -> SmtpSettings:
    return SmtpSettings(host=host, port=587, security=security, username="sam",
                        from_address="sam@example.org", from_name="Sam Patel")  # fmt: skip


def test_plain_smtp_only_to_loopback() -> None:
    with pytest.raises(InputError, match="without TLS is refused"):
        SmtpMailer(_settings(security=Security.NONE), MemorySecretStore())
    SmtpMailer(_settings("127.0.0.1", Security.NONE), MemorySecretStore())
    assert is_loopback("localhost")
    assert is_loopback("::1")
    assert not is_loopback("mail.example")
    assert smtp_key("sam", "mail.example") == "smtp:sam@mail.example"


def test_headers_are_one_line() -> None:
    mail = build_message(_settings(), OutgoingMessage("dana@example.org", "Re: role", "Hi"))
    assert mail["From"] == "Sam Patel <sam@example.org>"
    assert mail["Message-ID"].endswith("@example.org>")
    for bad in (
        OutgoingMessage("dana@example.org\nBcc: x@example.org", "s", "b"),
        OutgoingMessage("dana@example.org", "s\r\nBcc: x@example.org", "b"),
        OutgoingMessage("not an address", "s", "b"),
    ):
        with pytest.raises(InputError):
            build_message(_settings(), bad)


def test_no_saved_password_is_a_clear_error_before_connecting() -> None:
    from ghostless.services.mailer import MailAuthError

    mailer = SmtpMailer(_settings(), MemorySecretStore())
    with pytest.raises(MailAuthError, match="no password is saved"):
        mailer.send(OutgoingMessage("dana@example.org", "s", "b"))
