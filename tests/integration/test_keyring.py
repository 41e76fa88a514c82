"""keyring against a real Secret Service, and the secret canary.

gnome-keyring runs unlocked inside a private D-Bus session started here (never
the developer's keyring), with a throwaway HOME; both are stopped by their
process ids. Without dbus-daemon or gnome-keyring-daemon these tests skip,
except under GHOSTLESS_REQUIRE_INTEGRATION=1, where they fail.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from ghostless.core.disengage import Delivery
from ghostless.core.models import Outcome
from ghostless.services.disengage import DisengageService
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.mailer import Security, SmtpMailer
from ghostless.services.paths import DATABASE_NAME
from ghostless.services.secrets import KeyringSecretStore, smtp_key
from tests.integration.conftest import require, stop
from tests.integration.test_smtp import (
    USER,
    Pki,
    Server,
    open_loop,
    pki,  # noqa: F401 - the fixture
    settings_for,
    smtp_server,  # noqa: F401 - the fixture
    trusting,
)

DEADLINE_S = 15.0
CANARY = "CANARY-kr-Sup3r-8a1f"


def _secrets_ready(address: str) -> bool:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
    with open_dbus_connection(address) as conn:
        reply = conn.send_and_get_reply(
            new_method_call(bus, "NameHasOwner", "s", ("org.freedesktop.secrets",)), timeout=5
        )
    return bool(reply.body[0])


@pytest.fixture
def secret_service(tmp_path: Path) -> Iterator[str]:
    """A private session bus with an unlocked gnome-keyring; yields the bus address."""
    dbus = require("dbus-daemon")
    daemon = require("gnome-keyring-daemon")
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_RUNTIME_DIR": str(runtime), "XDG_CONFIG_HOME": str(home / ".config")}  # fmt: skip
    bus = subprocess.Popen(
        [dbus, "--session", "--print-address=1", "--nofork"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    keyring_daemon: subprocess.Popen[bytes] | None = None
    saved = {key: os.environ.get(key) for key in ("DBUS_SESSION_BUS_ADDRESS",)}
    before = keyring.get_keyring()
    try:
        assert bus.stdout is not None
        ready, _, _ = select.select([bus.stdout], [], [], DEADLINE_S)
        assert ready, "dbus-daemon did not report its address in time"
        address = bus.stdout.readline().decode().strip()
        assert address, "dbus-daemon printed no address"
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_daemon = subprocess.Popen(
            [daemon, "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
        )  # fmt: skip
        assert keyring_daemon.stdin is not None
        keyring_daemon.stdin.write(b"throwaway-keyring-password")
        keyring_daemon.stdin.close()
        deadline = time.monotonic() + DEADLINE_S
        while not _secrets_ready(address):
            assert keyring_daemon.poll() is None, "gnome-keyring-daemon exited"
            assert time.monotonic() < deadline, "the Secret Service did not appear in time"
            # Wait on the daemon itself, briefly, instead of sleeping.
            with contextlib.suppress(subprocess.TimeoutExpired):
                keyring_daemon.wait(timeout=0.05)
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        from keyring.backends import SecretService

        keyring.set_keyring(SecretService.Keyring())
        yield address
    finally:
        keyring.set_keyring(before)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        if keyring_daemon is not None:
            stop(keyring_daemon)
        stop(bus)


def test_round_trip_through_the_real_secret_service(secret_service: str) -> None:
    store = KeyringSecretStore(service="Ghostless-test")
    assert "SecretService" in store.backend_name()
    key = smtp_key("sam", "mail.example")
    assert store.get(key) is None
    store.set(key, "pässwörd-✓")
    assert store.get(key) == "pässwörd-✓"
    store.delete(key)
    assert store.get(key) is None
    store.delete(key)  # deleting nothing is fine


@pytest.mark.parametrize("smtp_server", [Security.STARTTLS], indirect=True, ids=str)
def test_the_password_is_nowhere_but_the_keyring(
    secret_service: str,
    smtp_server: Server,  # noqa: F811 - the imported fixture
    pki: Pki,  # noqa: F811
    data_dir: Path,
    ledger: Ledger,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    store = KeyringSecretStore(service="Ghostless-test")
    store.set(smtp_key(USER, "127.0.0.1"), CANARY)
    # The test server must accept the canary as the password.
    import tests.integration.test_smtp as smtp_module

    original = smtp_module.PASSWORD
    smtp_module.PASSWORD = CANARY
    try:
        mailer = SmtpMailer(settings_for(smtp_server), store, tls_context=trusting(pki.ca))
        loop = open_loop(ledger)
        DisengageService(ledger, mailer).send_and_close(
            loop, subject="Re: Platform lead", body="Thanks, but I'll pass.",
            outcome=Outcome.DECLINED, how=Delivery.SMTP,
        )  # fmt: skip
    finally:
        smtp_module.PASSWORD = original
    assert len(smtp_server.received) == 1

    backup = data_dir / "backup.sqlite3"
    target = sqlite3.connect(backup)
    try:
        store_of(ledger).conn.backup(target)
    finally:
        target.close()
    database = data_dir / DATABASE_NAME
    files = [database, backup, *data_dir.glob(f"{DATABASE_NAME}-*")]
    assert any(path.name.endswith("-wal") for path in files)
    needle = CANARY.encode()
    for path in files:
        assert needle not in path.read_bytes(), path
    captured = capfd.readouterr()
    assert CANARY not in captured.out + captured.err
    assert CANARY not in caplog.text
    assert all(CANARY not in record.getMessage() for record in caplog.records)
