"""``ghostless self-check``: what this machine offers Ghostless, and whether the store works."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ghostless.core.errors import GhostlessError
from ghostless.services.notify import (
    DBUS,
    PLYER,
    TRAY,
    NotificationBackend,
    NotifierChain,
    chain_order,
)
from ghostless.services.notify_dbus import DbusNotifications
from ghostless.services.notify_plyer import PlyerNotifications
from ghostless.services.paths import database_path, ensure_private_dir
from ghostless.services.secrets import SecretStore
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


def check_notifications(platform: str | None = None, bus: str = "SESSION") -> CheckLine:
    """Which backend of the notification chain would carry a reminder here.

    The chain's order is :func:`ghostless.services.notify.chain_order`. The
    command line has no tray icon, so a tray message is named, not tried.
    """
    # A plain str, so every branch is checked on every OS.
    platform = platform or sys.platform
    order = chain_order(platform)
    if platform.startswith("linux"):
        return _linux_notifications(order, bus)
    if platform == "win32":
        return CheckLine("notification backend", f"{TRAY} (Windows toast), then {PLYER}", True)
    return CheckLine("notification backend", f"{TRAY} (Notification Center)", True)


def _linux_notifications(order: tuple[str, ...], bus: str) -> CheckLine:
    dbus = DbusNotifications(bus=bus)
    try:
        backends: dict[str, NotificationBackend] = {DBUS: dbus, PLYER: PlyerNotifications("linux")}
        first = NotifierChain.for_platform("linux", backends, lambda _notice: None).first_usable()
        server = dbus.server_information() if first == DBUS else None
    finally:
        dbus.close()
    if first is not None:
        detail = f" ({server[0]} {server[1]})" if server else ""
        return CheckLine("notification backend", f"{first}{detail}", True)
    fallback = " if a tray is shown" if TRAY in order else ""
    reason = (
        "no D-Bus session bus"
        if bus == "SESSION" and not os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        else "no notification service on the session bus"
    )
    return CheckLine(
        "notification backend",
        f"{reason}; reminders will show as a {TRAY}{fallback}, else in the Ghostless window",
        False,
    )


#: The keyring entry ``self-check --try`` writes, reads back and deletes.
TRY_SECRET_KEY = "self-check"


def try_keyring(store: SecretStore | None = None) -> CheckLine:
    """Store, read back and delete a throwaway secret: the keyring really works."""
    import secrets

    from ghostless.services.secrets import KeyringSecretStore

    store = store or KeyringSecretStore()
    value = f"ghostless-self-check-{secrets.token_hex(8)}"
    try:
        store.set(TRY_SECRET_KEY, value)
        try:
            read = store.get(TRY_SECRET_KEY)
        finally:
            store.delete(TRY_SECRET_KEY)
    except GhostlessError as exc:
        return CheckLine("keyring round trip", str(exc), False)
    if read != value:
        return CheckLine("keyring round trip", "the secret read back differs", False)
    return CheckLine("keyring round trip", "stored, read back and deleted a test secret", True)


def try_notification(platform: str | None = None, bus: str = "SESSION") -> CheckLine:
    """Send a test notification where the command line can (Linux: D-Bus)."""
    platform = platform or sys.platform
    if not platform.startswith("linux"):
        return CheckLine(
            "test notification", "not sent from the command line here; the tray app sends", True
        )
    from ghostless.core.notices import Notice

    dbus = DbusNotifications(bus=bus)
    try:
        sent = dbus.send(
            Notice(
                summary="Ghostless self-check",
                body="Notifications from Ghostless reach this desktop.",
                loop_ids=(0,),
            )
        )
        server = dbus.server_information() if sent else None
    finally:
        dbus.close()
    if not sent:
        return CheckLine("test notification", "not delivered over D-Bus", False)
    detail = f" to {server[0]} {server[1]}" if server else ""
    return CheckLine("test notification", f"delivered over D-Bus{detail}", True)
