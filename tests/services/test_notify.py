"""The notification chain: order per OS, fall-through, and never raising."""

from __future__ import annotations

import logging

import pytest

from ghostless.core.notices import Notice
from ghostless.services.notify import (
    DBUS,
    LAST_RESORT,
    PLYER,
    TRAY,
    NotifierChain,
    chain_order,
)
from ghostless.services.notify_dbus import DbusNotifications
from ghostless.services.notify_plyer import PlyerNotifications

NOTICE = Notice("Priya Raman is waiting on you", "Reply · due today 18:00", (7,))


class FakeBackend:
    def __init__(
        self, name: str, *, available: bool = True, delivers: bool = True, raises: bool = False
    ) -> None:
        self.name = name
        self._available = available
        self._delivers = delivers
        self._raises = raises
        self.sent: list[Notice] = []

    def available(self) -> bool:
        return self._available

    def send(self, notice: Notice) -> bool:
        if self._raises:
            raise RuntimeError("the daemon fell over")
        self.sent.append(notice)
        return self._delivers


@pytest.mark.parametrize(
    ("platform", "order"),
    [
        ("linux", (DBUS, PLYER, TRAY)),
        ("win32", (TRAY, PLYER)),
        ("darwin", (TRAY,)),
    ],
)
def test_the_order_per_os(platform: str, order: tuple[str, ...]) -> None:
    assert chain_order(platform) == order


def test_macos_never_uses_plyer() -> None:
    backends = {name: FakeBackend(name) for name in (DBUS, PLYER, TRAY)}
    chain = NotifierChain.for_platform("darwin", backends, lambda _n: None)
    assert [b.name for b in chain.backends] == [TRAY]


def test_the_first_backend_that_delivers_carries_it() -> None:
    dbus, tray = FakeBackend(DBUS), FakeBackend(TRAY)
    resorted: list[Notice] = []
    chain = NotifierChain([dbus, tray], resorted.append)
    assert chain.send(NOTICE) == DBUS
    assert dbus.sent == [NOTICE]
    assert tray.sent == []
    assert resorted == []
    assert chain.last_delivered_by == DBUS


def test_failures_fall_through_and_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="ghostless.services.notify")
    gone = FakeBackend(DBUS, available=False)
    broken = FakeBackend(PLYER, raises=True)
    refused = FakeBackend("refusing", delivers=False)
    tray = FakeBackend(TRAY)
    chain = NotifierChain([gone, broken, refused, tray], lambda _n: None)
    assert chain.first_usable() == PLYER
    assert chain.send(NOTICE) == TRAY
    assert tray.sent == [NOTICE]
    text = caplog.text
    assert f"{DBUS} not available" in text
    assert f"{PLYER} failed" in text
    assert "refusing did not deliver" in text
    assert f"delivered by {TRAY}" in text


def test_nothing_delivers_the_last_resort_shows_it() -> None:
    resorted: list[Notice] = []
    chain = NotifierChain([FakeBackend(DBUS, delivers=False)], resorted.append)
    assert chain.send(NOTICE) == LAST_RESORT
    assert resorted == [NOTICE]
    assert chain.first_usable() == DBUS


def test_even_a_failing_last_resort_does_not_raise_into_the_scheduler() -> None:
    def broken(_notice: Notice) -> None:
        raise RuntimeError("no window")

    class Unsure(FakeBackend):
        def available(self) -> bool:
            raise RuntimeError("cannot tell")

    chain = NotifierChain([Unsure(DBUS)], broken)
    assert chain.first_usable() is None
    assert chain.send(NOTICE) == LAST_RESORT


def test_dbus_without_a_bus_is_unavailable_and_does_not_deliver(tmp_path: object) -> None:
    backend = DbusNotifications(bus="unix:path=/nonexistent/ghostless-test-bus")
    assert backend.name == DBUS
    assert backend.available() is False
    assert backend.send(NOTICE) is False
    assert backend.server_information() is None
    backend.close()


def test_plyer_is_never_used_on_macos_and_only_with_dbus_python_on_linux() -> None:
    assert PlyerNotifications("darwin").available() is False
    assert PlyerNotifications("darwin").send(NOTICE) is False
    linux = PlyerNotifications("linux")
    try:
        import dbus  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        assert linux.available() is False  # never plyer's notify-send path
        assert linux.send(NOTICE) is False
    else:
        assert linux.available() is True
    assert PlyerNotifications("win32").available() is True
    assert PlyerNotifications("win32").name == PLYER
