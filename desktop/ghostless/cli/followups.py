"""The follow-up commands: what is owed (``due``), ``snooze`` and ``away``."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator

from ghostless.cli.common import open_service, parse_id, wants_json
from ghostless.cli.output import EXIT_OK, print_json, print_json_rows
from ghostless.cli.owed import line_json
from ghostless.core.i18n import _
from ghostless.core.planner import Status
from ghostless.core.timeparse import local_text
from ghostless.core.wording import WhenWords, when_words
from ghostless.services.reminders import AgendaLine, parse_away_reason, parse_snooze_preset

# -- follow-ups ----------------------------------------------------------------
#: Agenda lines read per query: the listing streams a page at a time.
DUE_PAGE = 2000


def due(args: argparse.Namespace) -> int:
    service = open_service(args)
    try:
        zone, now = service.zone, service.ledger.clock.now()
        owed = service.agenda_lines(now, chunk=DUE_PAGE)
        if wants_json(args):
            print_json_rows(line_json(line, zone) for line in owed)
            return EXIT_OK
        away = service.away()
        if away is not None:
            print(
                _(
                    "Away since {value} ({value2}): reminders are paused. Say 'ghostless "
                    "away off' when you are back."
                ).format(value=when_words(away.start, now, zone), value2=away.reason.label.lower())
            )
        listed = False
        words = WhenWords(now, zone)
        headed = _Headings()
        for page in _batched(owed, DUE_PAGE):
            listed = True
            # One write per page: a write per line costs a system call each, and
            # tens of thousands of them at the size of a real network.
            print("\n".join(headed(line) + _due_text(line, words) for line in page))
        if not listed:
            print(_("Nothing is owed. Every open loop is either answered or waiting on them."))
    finally:
        service.ledger.close()
    return EXIT_OK


def _batched(items: Iterable[AgendaLine], size: int) -> Iterator[list[AgendaLine]]:
    batch: list[AgendaLine] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


#: Said once, above the first line owed now that waits on the other person: the
#: agenda (core/agenda.py, the order Today shows) lists what I owe first, so an
#: overdue nudge comes after my due and open lines, which read as out of order.
WAITING_HEADING = "Waiting on them (after what you owe; one nudge at most):"
#: Said once, above the first line that is not owed yet (upcoming or snoozed).
LATER_HEADING = "Later:"


class _Headings:
    """The heading to print before a line: where each of the agenda's groups starts,
    after the first group (a listing of one group needs none)."""

    def __init__(self) -> None:
        self._group: str | None = None

    def __call__(self, line: AgendaLine) -> str:
        if not line.owed_now:
            group = LATER_HEADING
        elif line.waiting:
            group = WAITING_HEADING
        else:
            group = ""
        previous, self._group = self._group, group
        if previous is None or previous == group:
            return ""
        return group + "\n" if group else ""


#: Each status as the first column of a line, and the indent of the lines under it.
_HEADS = {status: f"{status.value.upper():<9} loop " for status in Status}
_INDENT = "\n" + " " * 10


def _due_text(line: AgendaLine, words: WhenWords) -> str:
    """One agenda line as ``ghostless due`` writes it: three or four lines of text."""
    who = f"{line.contact} ({line.org})" if line.org else line.contact
    text = (
        f"{_HEADS[line.status]}{line.loop_id}: {who} – {line.subject}"
        f"{_INDENT}{line.action.label}{_INDENT}{_timing_words(line, words)}"
    )
    return text if line.repair is None else f"{text}{_INDENT}{line.repair.advice}"


def _timing_words(line: AgendaLine, words: WhenWords) -> str:
    status = line.status
    if status is Status.UPCOMING:
        text = f"opens {words(line.opens_at)}, due {words(line.due_at)}"
        remind = line.remind_at
        if remind is not None and remind != line.opens_at and line.snoozed_until is None:
            # Outside working hours the reminder waits for the next working morning.
            text += f"; reminder {words(remind)}"
    elif status is Status.OPEN:
        text = f"due {words(line.due_at)}"
    elif status is Status.DUE:
        text = f"due since {words(line.due_at)}; overdue {words(line.overdue_at)}"
    else:
        text = f"overdue since {words(line.overdue_at)}"
    if line.snoozed_until is not None:
        text += f"; snoozed until {words(line.snoozed_until)}"
    return text


def snooze(args: argparse.Namespace) -> int:
    loop_id = parse_id(args.loop_id, "loop")
    preset = parse_snooze_preset(args.until)
    service = open_service(args)
    try:
        zone, now = service.zone, service.ledger.clock.now()
        # Here, not at the top: ``ghostless due`` shares this module and reads no typed time.
        from ghostless.services.typed_time import parse_when

        chosen = None if preset else parse_when(args.until, now, zone)
        if preset is not None:
            until, keys = service.snooze_preset(loop_id, preset, now)
        else:
            assert chosen is not None
            until, keys = chosen, service.snooze(loop_id, chosen, now, confirmed=args.yes)
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json({"loop_id": loop_id, "until": local_text(until, zone), "snoozed": list(keys)})
    elif keys:
        print(
            _("Snoozed loop {loop_id} until {value}.").format(
                loop_id=loop_id, value=when_words(until, now, zone)
            )
        )
    else:
        print(
            _("Nothing on loop {loop_id} comes before {value}; not snoozed.").format(
                loop_id=loop_id, value=when_words(until, now, zone)
            )
        )
    return EXIT_OK


def away_on(args: argparse.Namespace) -> int:
    reason = parse_away_reason(args.reason)
    service = open_service(args)
    try:
        zone, now = service.zone, service.ledger.clock.now()
        period = service.away_on(reason, now)
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json({"away": True, "since": local_text(period.start, zone), "reason": reason.value})
    else:
        print(
            _(
                "Away from {value}, reason: {value2}. Reminders are paused and nothing "
                "is lost; say 'ghostless away off' when you are back."
            ).format(value=when_words(period.start, now, zone), value2=reason.value)
        )
    return EXIT_OK


def away_off(args: argparse.Namespace) -> int:
    service = open_service(args)
    try:
        zone, now = service.zone, service.ledger.clock.now()
        summary = service.away_off(now)
        loops = {quiet.loop_id: service.ledger.loop(quiet.loop_id) for quiet in summary.loops}
    finally:
        service.ledger.close()
    if wants_json(args):
        print_json(
            {
                "away_since": local_text(summary.away.start, zone),
                "back_at": local_text(summary.back_at, zone),
                "reason": summary.away.reason.value,
                "message": summary.message,
                "loops": [
                    {
                        "loop_id": quiet.loop_id,
                        "contact": loops[quiet.loop_id].contact_name,
                        "subject": loops[quiet.loop_id].subject,
                        "status": quiet.status.value,
                        "actions": [w.action.value for w in quiet.windows],
                        "due_at": local_text(quiet.windows[0].due_at, zone),
                    }
                    for quiet in summary.loops
                ],
            }
        )
        return EXIT_OK
    print(
        _("Welcome back. You were away since {value}.").format(
            value=when_words(summary.away.start, now, zone)
        )
    )
    if summary.is_empty:
        print(_("No loop went quiet meanwhile."))
        return EXIT_OK
    print(_("{value} loop(s) went quiet meanwhile:").format(value=len(summary.loops)))
    for quiet in summary.loops:
        loop = loops[quiet.loop_id]
        status = quiet.status.value.upper()
        print(
            _("  {status:<9} loop {id}: {contact_name} – {subject}").format(
                status=status, id=loop.id, contact_name=loop.contact_name, subject=loop.subject
            )
        )
        for window in quiet.windows:
            print(f"  {'':<9} {window.action.label}")
    print(_("A short note you could send them (edit it first):"))
    print(f"  {summary.message}")
    return EXIT_OK
