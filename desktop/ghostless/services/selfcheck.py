"""``ghostless self-check``: what this machine offers Ghostless, and whether the store works."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ghostless.core.errors import GhostlessError
from ghostless.services.paths import database_path, ensure_private_dir
from ghostless.store.database import Store
from ghostless.store.migrations import SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class CheckLine:
    """One finding: what was looked at, what was found, and whether it is usable."""

    name: str
    value: str
    ok: bool


def check_store(data_dir: Path) -> list[CheckLine]:
    """Open (creating if needed) the store and check its schema and integrity."""
    lines = [CheckLine("data directory", str(data_dir), True)]
    try:
        ensure_private_dir(data_dir)
        path = database_path(data_dir)
        store = Store.open(path)
    except GhostlessError as exc:
        return [*lines, CheckLine("database", str(exc), False)]
    try:
        version = store.schema_version()
        problems = store.integrity_problems()
    finally:
        store.close()
    lines.append(CheckLine("database", str(path), True))
    lines.append(
        CheckLine("schema version", f"{version} (this Ghostless knows {SCHEMA_VERSION})", True)
    )
    lines.append(
        CheckLine("integrity", "ok" if not problems else "; ".join(problems[:3]), not problems)
    )
    return lines


def check_keyring() -> CheckLine:
    """Which keyring backend would hold the SMTP password; usable or not."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - keyring probes many backends; any failure is "none"
        return CheckLine("keyring backend", f"unavailable ({exc})", False)
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    usable = not isinstance(backend, fail.Keyring)
    hint = "" if usable else " (no Secret Service, Keychain or Credential Manager found)"
    return CheckLine("keyring backend", name + hint, usable)


def check_notifications() -> CheckLine:
    """What would carry a reminder to the desktop on this machine."""
    platform: str = sys.platform  # a plain str, so every branch is checked on every OS
    if platform.startswith("linux"):
        return _linux_notification_service()
    if platform == "darwin":
        return CheckLine("notification backend", "Qt tray messages (Notification Center)", True)
    return CheckLine("notification backend", "Qt tray messages, then plyer", True)


def _linux_notification_service() -> CheckLine:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return CheckLine(
            "notification backend",
            "no D-Bus session bus; reminders will show in the Ghostless window only",
            False,
        )
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        bus = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
        )
        with open_dbus_connection(bus="SESSION") as connection:
            reply = connection.send_and_get_reply(
                new_method_call(bus, "NameHasOwner", "s", ("org.freedesktop.Notifications",)),
                timeout=2,
            )
        has_owner = bool(reply.body[0])
    except Exception as exc:  # noqa: BLE001 - a broken bus is reported, not raised
        return CheckLine("notification backend", f"D-Bus session bus unusable ({exc})", False)
    if has_owner:
        return CheckLine("notification backend", "freedesktop notifications over D-Bus", True)
    return CheckLine(
        "notification backend",
        "no notification service on the session bus; reminders will show in the window",
        False,
    )
