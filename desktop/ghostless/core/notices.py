"""The text of a desktop notification: who is owed what, and by when, within each platform's limits.

A :class:`Notice` is what every notification backend shows, built once from a
:class:`~ghostless.core.planner.Delivery`: one reminder names the person and
what is owed ("Priya Raman is waiting on you" / "Reply · overdue 2 days");
several at once (a digest) say how many and name the first few. It carries
the loop id (or ids) so a click or an action can open or snooze the right
loop. :meth:`Notice.fitted` cuts the text to a platform's limits: a Windows
balloon holds a title of 63 and a body of 255 UTF-16 units (the Win32
``szInfoTitle``/``szInfo`` arrays less their terminating zero), freedesktop
servers show a few hundred characters at most.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta, tzinfo

from ghostless.core.agenda import agenda_items, first_per_loop
from ghostless.core.planner import Delivery, Status
from ghostless.core.wording import due_words, reminder_headline, reminders_headline

ELLIPSIS = "…"
#: How many reminders a digest's body lists before "and N more".
DIGEST_LINES = 3


@dataclass(frozen=True, slots=True)
class Limits:
    """The longest summary and body a platform shows, in UTF-16 code units."""

    summary: int
    body: int


#: freedesktop.org servers (dunst, GNOME Shell, KDE Plasma) show about this much.
FREEDESKTOP = Limits(summary=120, body=400)
#: ``NOTIFYICONDATAW.szInfoTitle`` is WCHAR[64] and ``szInfo`` WCHAR[256].
WINDOWS_BALLOON = Limits(summary=63, body=255)
#: macOS Notification Center shows two lines of title and four of body at most.
MACOS = Limits(summary=120, body=250)


@dataclass(frozen=True, slots=True)
class Notice:
    """One desktop notification.

    Attributes:
        summary: the first line ("Priya Raman is waiting on you", "3 reminders: …").
        body: what is owed and by when, one line per reminder (plain text).
        loop_ids: the loop of a single reminder, or every loop of a digest, most
            urgent first; a click opens ``loop_ids[0]`` (or the list of a digest).
        urgent: at least one of them is overdue.
        catch_up: some were missed while the app was closed, asleep or paused.
    """

    summary: str
    body: str
    loop_ids: tuple[int, ...]
    urgent: bool = False
    catch_up: bool = False

    def __post_init__(self) -> None:
        if not self.loop_ids:
            raise ValueError("a Notice names at least one loop")

    @property
    def digest(self) -> bool:
        return len(self.loop_ids) > 1

    @property
    def loop_id(self) -> int:
        """The loop a click opens: the only one, or the most urgent of a digest."""
        return self.loop_ids[0]

    def fitted(self, limits: Limits) -> Notice:
        """This notice with summary and body cut to ``limits`` (a clean ellipsis)."""
        return replace(
            self, summary=clip(self.summary, limits.summary), body=clip(self.body, limits.body)
        )


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, as Win32 counts (an emoji counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` UTF-16 units, ending in "…" when cut.

    Cuts at a word boundary when one is reasonably close (within the last
    third), never inside a surrogate pair, and strips the space before the ellipsis.
    """
    if limit < 1:
        raise ValueError("clip: the limit must be at least 1")
    if utf16_len(text) <= limit:
        return text
    room = limit - utf16_len(ELLIPSIS)
    kept: list[str] = []
    used = 0
    for char in text:
        width = utf16_len(char)
        if used + width > room:
            break
        kept.append(char)
        used += width
    cut = "".join(kept)
    # Prefer ending on a whole word, unless that throws most of the text away.
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space >= len(cut) * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" \n·,;:-—") + ELLIPSIS


def notice_for(
    delivery: Delivery,
    names: Mapping[int, str],
    zone: tzinfo,
    *,
    repair_after: timedelta = timedelta(weeks=6),
) -> Notice | None:
    """The notification for ``delivery``; None when no loop of it is known any more.

    ``names`` maps each loop id to its contact's name (a loop deleted since the
    delivery is left out). Times are in words relative to ``delivery.now``, on
    the clock of ``zone``. A loop with several reminders in the delivery is
    listed once, with its most urgent one.
    """
    now = delivery.now
    windows = [p.window for p in delivery.items if p.window.loop_id in names]
    # The agenda decides status and order, as everywhere else; a reminder being
    # delivered is not snoozed, so no snoozes are passed in.
    items = first_per_loop(agenda_items(windows, now, snoozes={}, repair_after=repair_after))
    if not items:
        return None
    ordered = list(items.values())
    urgent = any(item.status is Status.OVERDUE for item in ordered)
    loop_ids = tuple(item.loop_id for item in ordered)
    if len(ordered) == 1 and not delivery.catch_up:
        (only,) = ordered
        window, name = only.window, names[only.loop_id]
        summary = reminder_headline(name, window.action)
        body = f"{window.label} · {due_words(window, only.status, now, zone)}"
        return Notice(summary, body, loop_ids, urgent=urgent, catch_up=delivery.catch_up)
    summary = reminders_headline([names[i.loop_id] for i in ordered], catch_up=delivery.catch_up)
    body_lines = [
        f"{names[item.loop_id]}: {item.window.label} · "
        f"{due_words(item.window, item.status, now, zone)}"
        for item in ordered[:DIGEST_LINES]
    ]
    more = len(ordered) - DIGEST_LINES
    if more > 0:
        body_lines.append(f"and {more} more in Ghostless")
    return Notice(
        summary, "\n".join(body_lines), loop_ids, urgent=urgent, catch_up=delivery.catch_up
    )
