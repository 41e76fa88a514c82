"""The Insights figures read from a real SQLite store equal those computed from the
record in Python, on random ledgers; and the loops behind each bar are the ones counted."""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ghostless.core.clock import FixedClock
from ghostless.core.insights import (
    AskCount,
    OrgCount,
    OutcomeCount,
    age_bands,
    asks_of,
    build_insights,
    reply_hours,
)
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Outcome, Turn
from ghostless.core.queries import LoopQuery
from ghostless.core.settings import Settings
from ghostless.services.insights import InsightsService, Pick
from ghostless.services.ledger import Ledger

NOW = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
START = NOW - timedelta(days=300)

loop_st = st.tuples(
    st.sampled_from(list(LoopKind)),
    st.integers(0, 3),  # contact
    st.lists(
        st.tuples(st.sampled_from(list(EventKind)), st.integers(0, 60 * 24 * 290)),
        min_size=0,
        max_size=6,
    ),
    st.one_of(st.none(), st.sampled_from(list(Outcome))),  # closed with, or open
    st.integers(0, 299),  # closing day
)
ORGS = ("Acme", "Fjord Labs", "", "Acme")


def _fill(ledger: Ledger, loops: list[tuple[object, ...]]) -> None:
    clock = ledger.clock
    assert isinstance(clock, FixedClock)
    people = [ledger.add_contact(name=f"Person {i}", org=org) for i, org in enumerate(ORGS)]
    for kind, contact, events, outcome, close_day in loops:
        assert isinstance(kind, LoopKind)
        assert isinstance(contact, int)
        clock.set(START)
        loop_id = ledger.add_loop(contact_id=people[contact], kind=kind, subject="Matter", at=START)
        for event_kind, minutes in events:  # type: ignore[attr-defined]
            # The clock stays at START while the record is filled: the later dates are meant.
            at = START + timedelta(minutes=minutes)
            ledger.log_event(loop_id, event_kind, at=at, confirmed=True)
        if outcome is not None:
            clock.set(START + timedelta(days=close_day))  # type: ignore[arg-type]
            ledger.close_loop(loop_id, outcome)  # type: ignore[arg-type]
    clock.set(NOW)


def _expected(ledger: Ledger, since: datetime | None, settings_: Settings) -> dict[str, object]:
    """The figures computed from the whole record in Python, without the store's counts."""
    asks: Counter[tuple[str, LoopKind, int | None]] = Counter()
    days: Counter[int] = Counter()
    orgs: dict[str, list[int]] = {}
    outcomes: Counter[tuple[str, Outcome | None]] = Counter()
    cutoff = NOW - timedelta(days=settings_.close_after_silence_days)
    for loop in ledger.list_loops(LoopQuery(include_closed=True)):
        record = [(e.kind, e.at) for e in ledger.events(loop.id)]
        for ask in asks_of(loop.kind, record):
            if since is not None and ask.asked_at < since:
                continue
            if ask.answered_at is None and loop.status is not LoopStatus.OPEN:
                continue
            asks[(ask.asked_at.strftime("%Y-%m"), loop.kind, reply_hours(ask))] += 1
        is_open = loop.status is LoopStatus.OPEN
        if is_open and loop.turn is Turn.MINE and loop.turn_since is not None:
            days[max(0, (NOW - loop.turn_since).days)] += 1
        if loop.contact_org:
            cell = orgs.setdefault(loop.contact_org, [0, 0])
            cell[1] += 1
            since_their = loop.turn_since
            if is_open and loop.turn is Turn.THEIRS and since_their and since_their < cutoff:
                cell[0] += 1
        if not is_open and loop.closed_at and (since is None or loop.closed_at >= since):
            outcomes[(loop.closed_at.strftime("%Y-%m"), loop.outcome)] += 1
    return build_insights(
        since=since,
        asks=[AskCount(m, k, h, n) for (m, k, h), n in asks.items()],
        days_waiting=list(days.items()),
        orgs=[OrgCount(org, q, n) for org, (q, n) in orgs.items()],
        outcomes=[OutcomeCount(m, o, n) for (m, o), n in outcomes.items()],
        settings=settings_,
    ).to_json()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(loop_st, max_size=12), st.one_of(st.none(), st.integers(0, 300)))
def test_the_stored_counts_give_the_figures_of_the_record(
    loops: list[tuple[object, ...]], since_day: int | None
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        ledger = Ledger.open(Path(folder), FixedClock(NOW), ZoneInfo("Europe/Berlin"))
        try:
            _fill(ledger, loops)
            since = None if since_day is None else START + timedelta(days=since_day)
            service = InsightsService(ledger)
            assert service.insights(since).to_json() == _expected(ledger, since, service.settings())
        finally:
            ledger.close()


def test_reopening_and_changing_the_kind_update_the_counts(ledger: Ledger) -> None:
    contact = ledger.add_contact(name="Priya", org="Northwind")
    at = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    loop = ledger.add_loop(
        contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Role", at=at
    )
    service = InsightsService(ledger)
    assert [p.owed for p in service.insights().punctuality] == [1]
    ledger.close_loop(loop, Outcome.NO_RESPONSE)
    assert service.insights().punctuality == []  # closed unanswered: not owed any more
    ledger.reopen_loop(loop)
    ledger.log_event(loop, EventKind.SENT, at=at + timedelta(hours=30))
    [month] = service.insights().punctuality
    assert (month.on_time, month.late, month.owed) == (1, 0, 0)
    ledger.update_loop(
        loop, contact_id=contact, kind=LoopKind.HELP_RECEIVED, subject="Role", notes=""
    )
    [month] = service.insights().punctuality  # thanks for help are due within 24 h
    assert (month.on_time, month.late, month.owed) == (0, 1, 0)
    [times] = service.insights().reply_times
    assert (times.kind, times.median_hours, times.due_hours) == (LoopKind.HELP_RECEIVED, 30, 24)


def test_the_loops_behind_each_bar_are_the_ones_it_counts(ledger: Ledger) -> None:
    clock = ledger.clock
    assert isinstance(clock, FixedClock)
    now = clock.now()
    acme = ledger.add_contact(name="Ann", org="Acme")
    fjord = ledger.add_contact(name="Bo", org="Fjord")
    at = now - timedelta(days=60)
    late = ledger.add_loop(contact_id=acme, kind=LoopKind.RECRUITER_OUTREACH, subject="Late", at=at)
    ledger.log_event(late, EventKind.SENT, at=at + timedelta(hours=80))
    on_time = ledger.add_loop(
        contact_id=fjord, kind=LoopKind.RECRUITER_OUTREACH, subject="Quick", at=at
    )
    ledger.log_event(on_time, EventKind.SENT, at=at + timedelta(hours=2))
    owed = ledger.add_loop(contact_id=fjord, kind=LoopKind.OTHER, subject="Owed", at=at)
    closed = ledger.add_loop(contact_id=acme, kind=LoopKind.OTHER, subject="Closed", at=at)
    ledger.close_loop(closed, Outcome.DECLINED)
    service = InsightsService(ledger)
    month = at.strftime("%Y-%m")
    figures = service.insights()

    def ids(pick: Pick) -> list[int]:
        return [loop.id for loop in service.loops_behind(pick)]

    assert ids(Pick("punctuality", month, "late")) == [late]
    assert ids(Pick("punctuality", month, "on_time")) == [on_time]
    assert ids(Pick("punctuality", month, "owed")) == [owed]
    assert ids(Pick("reply_times", month, LoopKind.RECRUITER_OUTREACH.value)) == [late, on_time]
    # Both answered outreaches wait on them for 60 days: past the 30-day window.
    assert [(q.org, q.quiet, q.loops) for q in figures.quiet] == [("Acme", 1, 2), ("Fjord", 1, 2)]
    assert ids(Pick("quiet", "Acme")) == [late]
    band = next(b for b in figures.owed_by_age if b.loops)
    assert ids(Pick("owed_by_age", band.label)) == [owed]
    assert band.label == age_bands(service.settings())[-1][0]
    quarter = figures.outcomes[0].quarter
    assert ids(Pick("outcomes", quarter, "declined")) == [closed]
    assert ids(Pick("outcomes", quarter, "accepted")) == []
