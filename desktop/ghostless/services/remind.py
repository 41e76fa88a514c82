"""Reminders without the app: ``ghostless remind`` for a cron job or a systemd timer.

It claims what is due now (:meth:`ReminderService.deliver`: read and recorded
in one transaction, so it never repeats what the app or another run showed)
and shows it through the same notification chain as the app, less the tray
icon a command does not have. When no notification service answers, the
reminders are left for the caller to print, so cron mails them.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from ghostless.core.notices import Notice, notice_for
from ghostless.core.planner import Delivery, Pending, Status, status_at
from ghostless.services.notify import (
    DBUS,
    LAST_RESORT,
    PLYER,
    NotificationBackend,
    NotifierChain,
)
from ghostless.services.reminders import ReminderService


@dataclass(frozen=True, slots=True)
class Reminded:
    """One reminder this run claimed and showed."""

    loop_id: int
    contact: str
    subject: str
    pending: Pending
    status: Status


@dataclass(frozen=True, slots=True)
class RemindRun:
    """What one ``remind`` run did.

    Attributes:
        now: the instant it delivered at.
        items: the reminders it claimed (recorded as delivered), most urgent first.
        shown_by: the notification backend that carried them, :data:`LAST_RESORT`
            when none answered (the caller prints them), None when there was nothing.
    """

    now: datetime
    items: tuple[Reminded, ...]
    shown_by: str | None

    @property
    def printed(self) -> bool:
        """No notification service answered: the reminders belong on standard output."""
        return self.shown_by == LAST_RESORT


def command_line_backends(platform: str | None = None) -> dict[str, NotificationBackend]:
    """The chain's backends a process without a tray icon can use."""
    from ghostless.services.notify_dbus import DbusNotifications
    from ghostless.services.notify_plyer import PlyerNotifications

    platform = platform or sys.platform
    backends: dict[str, NotificationBackend] = {}
    if platform.startswith("linux"):
        backends[DBUS] = DbusNotifications()
    if platform.startswith("linux") or platform == "win32":
        backends[PLYER] = PlyerNotifications(platform)
    return backends


def remind(
    service: ReminderService,
    now: datetime,
    backends: Mapping[str, NotificationBackend],
    *,
    platform: str | None = None,
) -> RemindRun:
    """Claim what is due at ``now`` and show it; the reminders this run owns."""
    delivery = service.deliver(now)
    items = _reminded(service, delivery)
    if not items:
        return RemindRun(now, (), None)
    names = {item.loop_id: item.contact for item in items}
    notice = notice_for(delivery, names, service.zone)
    if notice is None:
        return RemindRun(now, items, None)
    left: list[Notice] = []
    chain = NotifierChain.for_platform(platform or sys.platform, backends, left.append)
    try:
        shown_by = chain.send(notice)
    finally:
        for backend in backends.values():
            close = getattr(backend, "close", None)
            if callable(close):
                close()
    return RemindRun(now, items, shown_by)


def _reminded(service: ReminderService, delivery: Delivery) -> tuple[Reminded, ...]:
    loops = service.reminders.loops({p.window.loop_id for p in delivery.items})
    found: list[Reminded] = []
    for pending in delivery.items:
        loop = loops.get(pending.window.loop_id)
        if loop is None:  # deleted meanwhile: nothing to show
            continue
        found.append(
            Reminded(
                loop.id,
                loop.contact_name or "Someone",
                loop.subject,
                pending,
                status_at(pending.window, delivery.now),
            )
        )
    found.sort(key=lambda r: (r.status.rank, r.pending.window.due_at, r.loop_id))
    return tuple(found)
