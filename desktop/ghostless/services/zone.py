"""The user's time zone: an IANA zone, so local times survive DST and zone changes."""

from __future__ import annotations

import logging
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ghostless.core.errors import InputError
from ghostless.store.database import Store

logger = logging.getLogger(__name__)


def zone_named(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"time zone: {name!r} is not a known IANA zone", field="zone") from None


def local_zone() -> ZoneInfo:
    """The machine's zone: ``TZ`` if it names a zone, else what tzlocal finds, else UTC."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            logger.warning("TZ=%r is not an IANA zone; asking the system instead", name)
    try:
        from tzlocal import get_localzone_name

        found = get_localzone_name()
        if found:
            return ZoneInfo(found)
    except Exception:  # tzlocal raises many kinds; UTC is a safe answer
        logger.warning("could not tell the local time zone; using UTC", exc_info=True)
    return ZoneInfo("UTC")


def user_zone(store: Store) -> ZoneInfo:
    """The zone named in the settings (``time_zone``), else the system's."""
    from ghostless.store.settings import SettingsRepository

    name = SettingsRepository(store).load().time_zone
    return zone_named(name) if name else local_zone()
