"""``self-check --try``: the keyring round trip and the test notification, without real parts."""

from __future__ import annotations

from ghostless.services.secrets import MemorySecretStore, SecretsUnavailable
from ghostless.services.selfcheck import TRY_SECRET_KEY, try_keyring, try_notification


def test_the_round_trip_stores_reads_and_deletes() -> None:
    store = MemorySecretStore()
    line = try_keyring(store)
    assert line.ok
    assert line.name == "keyring round trip"
    assert store.get(TRY_SECRET_KEY) is None


class _Broken(MemorySecretStore):
    def set(self, key: str, secret: str) -> None:
        raise SecretsUnavailable("no keyring here")


def test_an_unusable_keyring_is_reported_not_raised() -> None:
    line = try_keyring(_Broken())
    assert not line.ok
    assert "no keyring here" in line.value


def test_no_bus_means_no_test_notification() -> None:
    line = try_notification("linux", bus="unix:path=/nonexistent/ghostless-test-bus")
    assert not line.ok


def test_other_systems_leave_it_to_the_tray() -> None:
    assert try_notification("win32").ok
