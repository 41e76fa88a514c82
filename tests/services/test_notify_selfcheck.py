"""The self-check's notification line: the chain's first usable backend here."""

from __future__ import annotations

import pytest

from ghostless.services.notify import TRAY
from ghostless.services.selfcheck import check_notifications


def test_linux_without_a_session_bus_falls_back_to_the_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    line = check_notifications("linux")
    assert line.name == "notification backend"
    assert not line.ok
    assert line.value.startswith("no D-Bus session bus")
    assert "Ghostless window" in line.value


def test_linux_with_a_bus_nobody_answers_on() -> None:
    line = check_notifications("linux", bus="unix:path=/nonexistent/ghostless-test-bus")
    assert not line.ok
    assert line.value.startswith("no notification service")


@pytest.mark.parametrize(("platform", "words"), [("win32", "then plyer"), ("darwin", "Center")])
def test_windows_and_macos_name_the_tray_message(platform: str, words: str) -> None:
    line = check_notifications(platform)
    assert line.ok
    assert line.value.startswith(TRAY)
    assert words in line.value
    assert platform != "darwin" or "plyer" not in line.value
