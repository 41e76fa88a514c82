"""SMTP for real: an aiosmtpd server on 127.0.0.1, plain, STARTTLS and implicit TLS.

The certificates come from a throwaway CA made at test time with
``cryptography``; the client trusts it only through the injected context.
Without aiosmtpd or cryptography these tests skip, except under
GHOSTLESS_REQUIRE_INTEGRATION=1, where they fail.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ghostless.core.disengage import Delivery
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Outcome
from ghostless.services.disengage import DisengageService
from ghostless.services.ledger import Ledger
from ghostless.services.mailer import (
    MailAuthError,
    MailError,
    OutgoingMessage,
    Security,
    SmtpMailer,
    SmtpSettings,
)
from ghostless.services.secrets import MemorySecretStore, SecretStore, smtp_key
from tests.conftest import FRIDAY

REQUIRE_ENV = "GHOSTLESS_REQUIRE_INTEGRATION"
USER, PASSWORD = "sam", "CANARY-smtp-pässword-7"


def need(module: str) -> Any:
    try:
        return __import__(module, fromlist=["_"])
    except ImportError:
        reason = f"{module} is not installed (pip install -e '.[test]')"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {reason}")
        pytest.skip(reason)


# -- certificates -------------------------------------------------------------------
@dataclass(frozen=True)
class Pki:
    ca: Path
    cert: Path
    key: Path
    other_ca: Path


def make_pki(folder: Path, *, server_expired: bool = False) -> Pki:
    """A test CA, another CA, and a server certificate for localhost signed by the first
    (``server_expired``: one whose validity ended yesterday)."""
    x509 = need("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    # The TLS handshake checks validity against the real clock, so this one reads it.
    now = dt.datetime.now(dt.UTC)  # noqa: TID251

    def name(text: str) -> Any:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    def ca(label: str) -> tuple[Any, Any]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder().subject_name(name(label)).issuer_name(name(label))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False,
                key_encipherment=False, data_encipherment=False, key_agreement=False,
                key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False),
                critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                critical=False)
            .sign(key, hashes.SHA256())
        )  # fmt: skip
        return key, cert

    ca_key, ca_cert = ca("Ghostless test CA")
    _, other_cert = ca("Some other CA")
    server_key = ec.generate_private_key(ec.SECP256R1())
    import ipaddress

    shift = dt.timedelta(days=3) if server_expired else dt.timedelta(0)

    server_cert = (
        x509.CertificateBuilder().subject_name(name("localhost"))
        .issuer_name(ca_cert.subject).public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1) - shift)
        .not_valid_after(now + dt.timedelta(days=2) - shift)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
            x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
            critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    pem = serialization.Encoding.PEM
    paths = Pki(folder / "ca.pem", folder / "server.pem", folder / "server.key",
                folder / "other-ca.pem")  # fmt: skip
    paths.ca.write_bytes(ca_cert.public_bytes(pem))
    paths.other_ca.write_bytes(other_cert.public_bytes(pem))
    paths.cert.write_bytes(server_cert.public_bytes(pem))
    paths.key.write_bytes(server_key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                                   serialization.NoEncryption()))  # fmt: skip
    return paths


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


def trusting(ca: Path) -> Callable[[], ssl.SSLContext]:
    """The production context, with only the trust anchors replaced."""
    return lambda: ssl.create_default_context(cafile=str(ca))


# -- the server -----------------------------------------------------------------------
@dataclass
class Server:
    port: int
    security: Security
    received: list[bytes] = field(default_factory=list)
    logins: list[bytes] = field(default_factory=list)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_server(request: pytest.FixtureRequest, pki: Pki) -> Iterator[Server]:
    """A real aiosmtpd server; ``request.param`` is the Security it offers."""
    need("aiosmtpd")
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    security: Security = request.param
    server = Server(_free_port(), security)

    class Handler:
        async def handle_DATA(self, smtp: Any, session: Any, envelope: Any) -> str:  # noqa: N802
            server.received.append(envelope.original_content or envelope.content)
            return "250 OK"

    def authenticate(smtp: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            USER.encode(),
            PASSWORD.encode(),
        )
        server.logins.append(data.login if isinstance(data, LoginPassword) else b"?")
        # handled=False: aiosmtpd sends the 235/535 reply itself.
        return AuthResult(success=ok, handled=False)

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki.cert, pki.key)
    options: dict[str, Any] = {"authenticator": authenticate}
    if security is Security.STARTTLS:
        options.update(tls_context=context, require_starttls=True, auth_require_tls=True)
    elif security is Security.IMPLICIT_TLS:
        # aiosmtpd does not count implicit TLS as TLS for AUTH; the transport is TLS.
        options.update(ssl_context=context, auth_require_tls=False)
    else:
        options.update(auth_require_tls=False)
    controller = Controller(Handler(), hostname="127.0.0.1", port=server.port,
                            ready_timeout=10, **options)  # fmt: skip
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


def settings_for(server: Server) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=server.port, security=server.security,
                        username=USER, from_address="sam@example.org")  # fmt: skip


def secrets_with(password: str) -> SecretStore:
    store = MemorySecretStore()
    store.set(smtp_key(USER, "127.0.0.1"), password)
    return store


def open_loop(ledger: Ledger) -> int:
    contact = ledger.add_contact(name="Dana Whitfield", email="dana@example.org")
    return ledger.add_loop(contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH,
                           subject="Platform lead", at=FRIDAY)  # fmt: skip


ALL = [Security.NONE, Security.STARTTLS, Security.IMPLICIT_TLS]


@pytest.mark.parametrize("smtp_server", ALL, indirect=True, ids=str)
def test_send_and_close_over_smtp(smtp_server: Server, pki: Pki, ledger: Ledger) -> None:
    mailer = SmtpMailer(settings_for(smtp_server), secrets_with(PASSWORD),
                        tls_context=trusting(pki.ca), timeout=10)  # fmt: skip
    loop = open_loop(ledger)
    result = DisengageService(ledger, mailer).send_and_close(
        loop, subject="Re: Platform lead", body="Hi Dana,\n\nThanks, but I'll pass.\n\nSam",
        outcome=Outcome.DECLINED, how=Delivery.SMTP,
    )  # fmt: skip
    assert len(smtp_server.received) == 1
    raw = smtp_server.received[0]
    assert b"Subject: Re: Platform lead" in raw
    assert b"I'll pass" in raw
    assert result.message_id is not None
    assert result.message_id.encode() in raw
    assert ledger.loop(loop).status is LoopStatus.CLOSED
    assert ledger.events(loop)[-1].kind is EventKind.SENT


@pytest.mark.parametrize("smtp_server", ALL, indirect=True, ids=str)
def test_a_wrong_password_is_clear_and_nothing_is_recorded(
    smtp_server: Server, pki: Pki, ledger: Ledger
) -> None:
    mailer = SmtpMailer(settings_for(smtp_server), secrets_with("wrong-CANARY-9"),
                        tls_context=trusting(pki.ca), timeout=10)  # fmt: skip
    loop = open_loop(ledger)
    with pytest.raises(MailAuthError) as caught:
        DisengageService(ledger, mailer).send_and_close(
            loop, subject="Re: x", body="No, thanks.", outcome=Outcome.DECLINED,
            how=Delivery.SMTP,
        )  # fmt: skip
    message = str(caught.value)
    assert "refused the user name or password for sam" in message
    assert "CANARY" not in message
    assert smtp_server.received == []
    assert ledger.loop(loop).status is LoopStatus.OPEN
    assert [e.kind for e in ledger.events(loop)] == [EventKind.RECEIVED]


@pytest.mark.parametrize(
    "smtp_server", [Security.STARTTLS, Security.IMPLICIT_TLS], indirect=True, ids=str
)
@pytest.mark.parametrize("trust", ["system", "other-ca"])
def test_an_untrusted_certificate_is_refused_before_the_password(
    smtp_server: Server, pki: Pki, trust: str
) -> None:
    context = ssl.create_default_context if trust == "system" else trusting(pki.other_ca)
    mailer = SmtpMailer(settings_for(smtp_server), secrets_with(PASSWORD), tls_context=context,
                        timeout=10)  # fmt: skip
    with pytest.raises(MailError, match="certificate could not be verified") as caught:
        mailer.send(OutgoingMessage("dana@example.org", "s", "b"))
    assert PASSWORD not in str(caught.value)
    assert smtp_server.logins == []
    assert smtp_server.received == []


@pytest.mark.parametrize("smtp_server", [Security.NONE], indirect=True, ids=str)
def test_starttls_is_mandatory_when_chosen(smtp_server: Server, pki: Pki) -> None:
    plain_server = settings_for(smtp_server)
    settings = SmtpSettings(host=plain_server.host, port=plain_server.port,
                            security=Security.STARTTLS, username=USER,
                            from_address="sam@example.org")  # fmt: skip
    mailer = SmtpMailer(settings, secrets_with(PASSWORD), tls_context=trusting(pki.ca),
                        timeout=10)  # fmt: skip
    with pytest.raises(MailError, match="does not offer STARTTLS"):
        mailer.send(OutgoingMessage("dana@example.org", "s", "b"))
    assert smtp_server.logins == []
