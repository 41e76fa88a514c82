"""Where passwords live: the system keyring, never the database or a file.

:class:`KeyringSecretStore` uses ``keyring`` (Secret Service on Linux,
Credential Manager on Windows, Keychain on macOS). When no secure store works,
it raises :class:`SecretsUnavailable` and never falls back to plain text. No
message here ever contains the secret itself.
"""

from __future__ import annotations

from typing import Protocol

from ghostless.core.errors import GhostlessError

SERVICE = "Ghostless"
MAX_SECRET_CHARS = 1000  # Windows Credential Manager holds about 1,280 characters


class SecretsUnavailable(GhostlessError):
    """The system's secure store cannot be used; the secret was not kept anywhere."""


class SecretStore(Protocol):
    """Keeps secrets by key (for SMTP: ``smtp:<user>@<host>``)."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, secret: str) -> None: ...

    def delete(self, key: str) -> None: ...


def smtp_key(username: str, host: str) -> str:
    return f"smtp:{username}@{host}"


class KeyringSecretStore:
    """The system keyring through ``keyring``; errors become SecretsUnavailable."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def backend_name(self) -> str:
        import keyring

        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def get(self, key: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            value = keyring.get_password(self.service, key)
        except KeyringError as exc:
            raise self._unavailable("read", key, exc) from None
        return value

    def set(self, key: str, secret: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        if not secret:
            raise SecretsUnavailable(f"{key}: an empty password cannot be kept")
        if len(secret) > MAX_SECRET_CHARS:
            raise SecretsUnavailable(f"{key}: longer than {MAX_SECRET_CHARS} characters")
        try:
            keyring.set_password(self.service, key, secret)
        except KeyringError as exc:
            raise self._unavailable("save", key, exc) from None

    def delete(self, key: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(self.service, key)
        except PasswordDeleteError:
            return  # nothing kept under that key
        except KeyringError as exc:
            raise self._unavailable("remove", key, exc) from None

    def _unavailable(self, action: str, key: str, exc: Exception) -> SecretsUnavailable:
        # The exception's text comes from the backend and never holds the secret,
        # but it is not repeated either: only its type is named.
        return SecretsUnavailable(
            f"cannot {action} the password for {key}: the system's secure password store is "
            f"not available ({type(exc).__name__}; backend {self._backend_or_unknown()}). "
            "Ghostless does not keep passwords anywhere else; unlock or set up your keyring "
            "and try again"
        )

    def _backend_or_unknown(self) -> str:
        try:
            return self.backend_name()
        except Exception:  # noqa: BLE001 - only naming the backend in a message
            return "unknown"


class MemorySecretStore:
    """Secrets in a dict, for tests and for a session that must not persist them."""

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._secrets.get(key)

    def set(self, key: str, secret: str) -> None:
        if not secret:
            raise SecretsUnavailable(f"{key}: an empty password cannot be kept")
        self._secrets[key] = secret

    def delete(self, key: str) -> None:
        self._secrets.pop(key, None)

    def __repr__(self) -> str:
        return f"MemorySecretStore({len(self._secrets)} secrets)"
