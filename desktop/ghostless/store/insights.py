"""The counts behind the Insights charts, read with ``GROUP BY``.

Reply times need each ask and its answer (:func:`ghostless.core.asks.asks_of`),
which SQL's window functions find in about a second and a half on 300,000
events. So the asks are kept as derived rows in ``loop_asks`` (see
:mod:`ghostless.store.asks`), written with every change to a loop's record,
and the charts count them: a few tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ghostless.core.insights import (
    KINDS,
    AskCount,
    OrgCount,
    OutcomeCount,
    due_hours,
    outcomes_in_group,
)
from ghostless.core.models import Loop, LoopKind, Outcome, Turn
from ghostless.core.settings import Settings
from ghostless.core.timeparse import to_utc_text
from ghostless.store.database import Store
from ghostless.store.rows import LOOP_COLUMNS, loop_from_row
from ghostless.store.windows import to_micros

_FROM = "FROM loops JOIN contacts ON contacts.id = loops.contact_id"
#: The contacts whose loops owe nothing (see core.playbooks): muted or blocked.
_LIVE_CONTACT = "contacts.muted = 0 AND contacts.blocked = 0"
#: How many loops a click on a chart lists at most.
LOOPS_LIMIT = 500


# -- reading the counts ---------------------------------------------------------
@dataclass(frozen=True, slots=True)
class InsightCounts:
    asks: list[AskCount]
    days_waiting: list[tuple[int, int]]
    orgs: list[OrgCount]
    outcomes: list[OutcomeCount]


class InsightsReader:
    """The counts every chart is drawn from, and the loops behind one bar or point."""

    def __init__(self, store: Store) -> None:
        self._conn = store.conn

    def counts(self, now: datetime, since: datetime | None, settings: Settings) -> InsightCounts:
        return InsightCounts(
            asks=self.ask_counts(since),
            days_waiting=self.days_waiting(now),
            orgs=self.org_counts(now, settings.close_after_silence_days),
            outcomes=self.outcome_counts(since),
        )

    def ask_counts(self, since: datetime | None) -> list[AskCount]:
        """Asks by month, loop kind and whole hours to answer (None: still owed).

        An unanswered ask counts only in an open loop.
        """
        first = since.astimezone(UTC).strftime("%Y-%m") if since else ""
        rows = self._conn.execute(
            "SELECT month, kind, hours, count(*) FROM loop_asks "
            # month >= ? narrows the walk of the index; asked_at >= ? cuts inside the month.
            "WHERE month >= ? AND asked_at >= ? AND (hours IS NOT NULL OR open) "
            "GROUP BY 1, 2, 3",
            (first, to_micros(since) if since else -(2**62)),
        ).fetchall()
        return [AskCount(month, KINDS[kind], hours, n) for month, kind, hours, n in rows]

    def days_waiting(self, now: datetime) -> list[tuple[int, int]]:
        """Open loops waiting on me, by whole days waited."""
        rows = self._conn.execute(
            "SELECT CAST(julianday(?) - julianday(loops.turn_since) AS INTEGER), count(*) "
            # turn_rank 0 is my turn: the urgency index holds these loops together.
            f"{_FROM} WHERE loops.status = 'open' AND loops.turn_rank = {Turn.MINE.rank} "
            f"AND {_LIVE_CONTACT} GROUP BY 1",
            (to_utc_text(now),),
        ).fetchall()
        return [(max(0, int(days)), int(n)) for days, n in rows]

    def org_counts(self, now: datetime, silence_days: int) -> list[OrgCount]:
        """Per organisation: loops gone quiet on me (open, their turn, silent for
        ``silence_days``) and all loops. Contacts without an organisation are left out.

        Two index walks (the quiet loops through the urgency index, every loop's
        count through the per-contact index) cost a third of one pass over all loops.
        """
        cutoff = to_utc_text(now - timedelta(days=silence_days))
        quiet = dict(
            self._conn.execute(
                f"SELECT contacts.org, count(*) {_FROM} WHERE loops.status = 'open' "
                f"AND loops.turn_rank = {Turn.THEIRS.rank} AND loops.turn_since < ? "
                f"AND {_LIVE_CONTACT} AND contacts.org != '' GROUP BY contacts.org",
                (cutoff,),
            ).fetchall()
        )
        totals = self._conn.execute(
            "SELECT contacts.org, sum(n) FROM (SELECT contact_id, count(*) AS n FROM loops "
            "GROUP BY contact_id) AS per JOIN contacts ON contacts.id = per.contact_id "
            "WHERE contacts.org != '' GROUP BY contacts.org"
        ).fetchall()
        return [OrgCount(str(org), int(quiet.get(org, 0)), int(n)) for org, n in totals]

    def outcome_counts(self, since: datetime | None) -> list[OutcomeCount]:
        """Closed and archived loops by month of closing and outcome."""
        rows = self._conn.execute(
            "SELECT substr(closed_at, 1, 7), outcome, count(*) FROM loops "
            "WHERE status != 'open' AND closed_at IS NOT NULL AND closed_at >= ? GROUP BY 1, 2",
            (to_utc_text(since) if since else "",),
        ).fetchall()
        return [
            OutcomeCount(str(month), Outcome(outcome) if outcome else None, int(n))
            for month, outcome, n in rows
        ]

    def answered_between(self, start: datetime, end: datetime) -> list[tuple[LoopKind, int, int]]:
        """Answers given in ``[start, end)``: ``(loop kind, whole hours, answers)``."""
        rows = self._conn.execute(
            "SELECT kind, hours, count(*) FROM loop_asks "
            "WHERE answered_at >= ? AND answered_at < ? GROUP BY 1, 2",
            (to_micros(start), to_micros(end)),
        ).fetchall()
        return [(KINDS[kind], int(hours), int(n)) for kind, hours, n in rows]

    def owed_now(self) -> int:
        """Asks still waiting for an answer in open loops."""
        row = self._conn.execute(
            "SELECT count(*) FROM loop_asks WHERE hours IS NULL AND open"
        ).fetchone()
        return int(row[0])

    # -- the loops behind a bar or point --------------------------------------------
    def _loops(self, where: str, params: Sequence[object]) -> list[Loop]:
        rows = self._conn.execute(
            f"SELECT {LOOP_COLUMNS} {_FROM} WHERE {where} ORDER BY loops.id LIMIT ?",
            (*params, LOOPS_LIMIT),
        ).fetchall()
        return [loop_from_row(row) for row in rows]

    def loops_asked(
        self,
        month: str,
        *,
        kind: LoopKind | None,
        category: str | None,
        since: datetime | None,
        settings: Settings,
    ) -> list[Loop]:
        """Loops with an ask in ``month`` (of ``kind``), answered on time, late, or
        still owed (``category``: on_time, late, owed; None: any)."""
        clauses = ["month = ?", "asked_at >= ?"]
        params: list[object] = [month, to_micros(since) if since else -(2**62)]
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind.value)
        due = " ".join(f"WHEN '{k.value}' THEN {due_hours(k, settings)}" for k in LoopKind)
        if category == "owed":
            clauses.append("hours IS NULL AND open")
        elif category in ("on_time", "late"):
            compare = "<=" if category == "on_time" else ">"
            clauses.append(f"hours {compare} CASE kind {due} END")
        else:
            clauses.append("(hours IS NOT NULL OR open)")
        return self._loops(
            f"loops.id IN (SELECT loop_id FROM loop_asks WHERE {' AND '.join(clauses)})", params
        )

    def loops_waiting(self, now: datetime, low_days: int, high_days: int | None) -> list[Loop]:
        """Open loops that have waited on me ``low_days`` to ``high_days`` days."""
        age = "CAST(julianday(?) - julianday(loops.turn_since) AS INTEGER)"
        where = (
            f"loops.status = 'open' AND loops.turn_rank = {Turn.MINE.rank} AND {_LIVE_CONTACT} "
            f"AND max(0, {age}) >= ?"
        )
        params: list[object] = [to_utc_text(now), low_days]
        if high_days is not None:
            where += f" AND max(0, {age}) < ?"
            params += [to_utc_text(now), high_days]
        return self._loops(where, params)

    def loops_quiet(self, now: datetime, silence_days: int, org: str) -> list[Loop]:
        """An organisation's loops gone quiet on me."""
        return self._loops(
            f"contacts.org = ? AND loops.status = 'open' AND loops.turn_rank = {Turn.THEIRS.rank} "
            f"AND loops.turn_since < ? AND {_LIVE_CONTACT}",
            (org, to_utc_text(now - timedelta(days=silence_days))),
        )

    def loops_closed(self, quarter: str, group: str, since: datetime | None) -> list[Loop]:
        """Loops closed in ``quarter`` (``2026-Q2``) with an outcome of ``group``."""
        year, number = quarter.split("-Q")
        first = int(number) * 3 - 2
        months = [f"{year}-{m:02d}" for m in range(first, first + 3)]
        outcomes = outcomes_in_group(group)
        named = [o.value for o in outcomes if o is not None]
        marks = ",".join("?" * len(named)) or "NULL"
        outcome_test = f"loops.outcome IN ({marks})"
        if None in outcomes:
            outcome_test = f"({outcome_test} OR loops.outcome IS NULL)"
        return self._loops(
            "loops.status != 'open' AND loops.closed_at IS NOT NULL AND loops.closed_at >= ? "
            f"AND substr(loops.closed_at, 1, 7) IN (?, ?, ?) AND {outcome_test}",
            (to_utc_text(since) if since else "", *months, *named),
        )
