"""A stand-in for a desktop's tray host: ``org.kde.StatusNotifierWatcher`` on a session bus.

Qt 6 exports its tray icon as a StatusNotifierItem (with its menu over
com.canonical.dbusmenu) only when a watcher says a host is registered; no SNI
host is packaged in Debian 12, so the tests (and the tray benchmark) run this.
Prints "ready" once it owns the name, then each registered item's service,
one a line. Run: ``python fake_sni_watcher.py`` with DBUS_SESSION_BUS_ADDRESS set.
"""

# dbus-fast reads D-Bus signatures from the annotations, so they stay strings.

import asyncio
import sys

from dbus_fast import BusType, NameFlag, RequestNameReply
from dbus_fast.aio import MessageBus
from dbus_fast.service import PropertyAccess, ServiceInterface, dbus_property, method, signal

WATCHER = "org.kde.StatusNotifierWatcher"


class Watcher(ServiceInterface):
    def __init__(self) -> None:
        super().__init__(WATCHER)
        self.items: list[str] = []

    @method()
    def RegisterStatusNotifierItem(self, service: "s") -> None:  # noqa: F821, N802
        self.items.append(service)
        print(service, flush=True)
        self.StatusNotifierItemRegistered(service)

    @method()
    def RegisterStatusNotifierHost(self, service: "s") -> None:  # noqa: F821, N802
        pass

    @signal()
    def StatusNotifierItemRegistered(self, service: "s") -> "s":  # noqa: F821, N802
        return service

    @dbus_property(access=PropertyAccess.READ)
    def RegisteredStatusNotifierItems(self) -> "as":  # noqa: F722, N802
        return self.items

    @dbus_property(access=PropertyAccess.READ)
    def IsStatusNotifierHostRegistered(self) -> "b":  # noqa: F821, N802
        return True

    @dbus_property(access=PropertyAccess.READ)
    def ProtocolVersion(self) -> "i":  # noqa: F821, N802
        return 0


async def main() -> int:
    bus = await MessageBus(bus_type=BusType.SESSION).connect()
    bus.export("/StatusNotifierWatcher", Watcher())
    reply = await bus.request_name(WATCHER, NameFlag.DO_NOT_QUEUE)
    if reply is not RequestNameReply.PRIMARY_OWNER:
        print(f"cannot own {WATCHER}: {reply}", file=sys.stderr, flush=True)
        return 1
    print("ready", flush=True)
    await bus.wait_for_disconnect()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
