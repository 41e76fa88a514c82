"""Sending a message over SMTP, with the certificate checked and no secret leaked.

CPython's ``smtplib`` does not verify certificates unless it is handed a
context, so every TLS connection here gets ``ssl.create_default_context()``
(a test may inject a context that trusts its own CA). STARTTLS is mandatory
when chosen: a server that does not offer it is refused before any password
is sent. Plain SMTP is allowed only to a loopback address (tests, a local
relay). smtplib's debug output (which prints the AUTH line) is never enabled,
and no error message contains the password.
"""

from __future__ import annotations

import base64
import ipaddress
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import make_msgid
from enum import StrEnum

from ghostless.core.errors import GhostlessError, InputError
from ghostless.services.secrets import SecretStore, smtp_key

DEFAULT_TIMEOUT_S = 30.0


class Security(StrEnum):
    IMPLICIT_TLS = "tls"  # port 465 (RFC 8314: preferred)
    STARTTLS = "starttls"  # port 587
    NONE = "none"  # loopback only


DEFAULT_PORTS = {Security.IMPLICIT_TLS: 465, Security.STARTTLS: 587, Security.NONE: 25}


class MailError(GhostlessError):
    """The message could not be sent; nothing was recorded as sent."""


class MailAuthError(MailError):
    """The server refused the user name or password."""


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """Where and as whom to send; the password is in the SecretStore, not here."""

    host: str
    port: int
    security: Security
    username: str
    from_address: str
    from_name: str = ""

    @property
    def secret_key(self) -> str:
        return smtp_key(self.username, self.host)


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """One message to send; a reply in a thread names the messages it answers."""

    to: str
    subject: str
    body: str
    in_reply_to: str = ""
    references: tuple[str, ...] = ()


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _one_line(value: str, field: str) -> str:
    if "\r" in value or "\n" in value:
        raise InputError(f"{field}: must be one line", field=field)
    return value.strip()


def build_message(settings: SmtpSettings, message: OutgoingMessage) -> EmailMessage:
    """The e-mail, built with the standard policy; header values must be one line."""
    to = _one_line(message.to, "to")
    if "@" not in to:
        raise InputError(f"to: {to!r} is not an e-mail address", field="to")
    mail = EmailMessage(policy=default_policy)
    sender = _one_line(settings.from_address, "from")
    name = _one_line(settings.from_name, "from name")
    mail["From"] = f"{name} <{sender}>" if name else sender
    mail["To"] = to
    mail["Subject"] = _one_line(message.subject, "subject")
    domain = sender.rpartition("@")[2] or None
    mail["Message-ID"] = make_msgid(domain=domain)
    if message.in_reply_to:
        mail["In-Reply-To"] = _one_line(message.in_reply_to, "in_reply_to")
    if message.references:
        mail["References"] = _one_line(" ".join(message.references), "references")
    mail.set_content(message.body)
    return mail


def _login(client: smtplib.SMTP, host: str, username: str, password: str) -> None:
    """Log in; a non-ASCII password goes as UTF-8 AUTH PLAIN (smtplib encodes ASCII only)."""
    if (username + password).isascii():
        client.login(username, password)
        return
    client.ehlo_or_helo_if_needed()
    if not client.has_extn("auth") or "PLAIN" not in client.esmtp_features["auth"].upper():
        raise MailError(
            f"{host}: the server does not offer AUTH PLAIN, which a password with "
            "non-ASCII characters needs; nothing was sent"
        )
    token = base64.b64encode(f"\0{username}\0{password}".encode()).decode("ascii")
    code, reply = client.docmd("AUTH", f"PLAIN {token}")
    del token
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


class SmtpMailer:
    """Sends one message per call over a fresh, verified connection."""

    def __init__(
        self,
        settings: SmtpSettings,
        secrets: SecretStore,
        *,
        tls_context: Callable[[], ssl.SSLContext] = ssl.create_default_context,
        timeout: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        if settings.security is Security.NONE and not is_loopback(settings.host):
            raise InputError(
                f"security: sending without TLS is refused for {settings.host} (only a "
                "loopback address may be used without encryption); choose TLS or STARTTLS",
                field="security",
            )
        self.settings = settings
        self._secrets = secrets
        self._tls_context = tls_context
        self._timeout = timeout

    def send(self, message: OutgoingMessage) -> str:
        """Send ``message``; returns its Message-ID. MailError says why it failed."""
        settings = self.settings
        mail = build_message(settings, message)
        password = self._secrets.get(settings.secret_key) if settings.username else None
        if settings.username and not password:
            raise MailAuthError(
                f"no password is saved for {settings.username} at {settings.host}; "
                "enter it in the mail settings"
            )
        where = f"{settings.host}:{settings.port}"
        try:
            with self._connect() as client:
                if settings.username and password is not None:
                    _login(client, settings.host, settings.username, password)
                client.send_message(mail)
        except smtplib.SMTPAuthenticationError:
            raise MailAuthError(
                f"{where} refused the user name or password for {settings.username}; "
                "check them in the mail settings. Nothing was sent"
            ) from None
        except ssl.SSLCertVerificationError as exc:
            raise MailError(
                f"{where}: the server's certificate could not be verified "
                f"({exc.verify_message}); the connection was refused and nothing was sent"
            ) from None
        except ssl.SSLError as exc:
            raise MailError(
                f"{where}: the secure connection failed ({exc.reason}); nothing was sent"
            ) from None
        except smtplib.SMTPNotSupportedError:
            raise MailError(
                f"{where} does not offer STARTTLS, so the password was not sent; "
                "choose TLS (port 465) or another server"
            ) from None
        except smtplib.SMTPRecipientsRefused as exc:
            refused = ", ".join(exc.recipients)
            raise MailError(f"{where} refused the recipient {refused}; nothing was sent") from None
        except smtplib.SMTPResponseException as exc:
            error = exc.smtp_error
            text = error.decode("utf-8", "replace") if isinstance(error, bytes) else str(error)
            raise MailError(f"{where} answered {exc.smtp_code} {text}; nothing was sent") from None
        except (smtplib.SMTPException, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise MailError(f"{where}: cannot send ({reason}); nothing was sent") from None
        return str(mail["Message-ID"])

    def _connect(self) -> smtplib.SMTP:
        settings = self.settings
        local = socket.getfqdn() if not is_loopback(settings.host) else "localhost"
        if settings.security is Security.IMPLICIT_TLS:
            return smtplib.SMTP_SSL(
                settings.host, settings.port, local_hostname=local, timeout=self._timeout,
                context=self._tls_context(),
            )  # fmt: skip
        client = smtplib.SMTP(settings.host, settings.port, local_hostname=local,
                              timeout=self._timeout)  # fmt: skip
        try:
            if settings.security is Security.STARTTLS:
                client.ehlo()
                if not client.has_extn("starttls"):
                    raise smtplib.SMTPNotSupportedError("STARTTLS not offered")
                client.starttls(context=self._tls_context())
                client.ehlo()
        except BaseException:
            client.close()
            raise
        return client
