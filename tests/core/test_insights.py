"""The statistics behind the Insights charts, on random records (no store, no Qt)."""

from __future__ import annotations

import itertools
import math
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ghostless.core.insights import (
    AskCount,
    Insights,
    OrgCount,
    OutcomeCount,
    asks_of,
    due_hours,
    nearest_rank,
    outcome_group,
    outcomes_by_quarter,
    owed_by_age,
    punctuality,
    quarter_of,
    quiet_orgs,
    reading_outcomes,
    reading_owed,
    reading_punctuality,
    reading_quiet,
    reading_reply_times,
    reply_hours,
    reply_times,
)
from ghostless.core.models import EventKind, LoopKind, Outcome, Turn
from ghostless.core.settings import Settings
from ghostless.core.turns import turn_after

START = datetime(2025, 1, 1, tzinfo=UTC)

events_st = st.lists(
    st.tuples(
        st.sampled_from(list(EventKind)),
        st.integers(0, 60 * 24 * 400).map(lambda minutes: START + timedelta(minutes=minutes)),
    ),
    max_size=12,
)
kinds_st = st.sampled_from(list(LoopKind))
ask_counts_st = st.lists(
    st.builds(
        AskCount,
        st.sampled_from(["2025-01", "2025-02", "2025-12", "2026-03"]),
        kinds_st,
        st.one_of(st.none(), st.integers(0, 2000)),
        st.integers(1, 50),
    ),
    max_size=40,
)


def _expand(hist: list[tuple[int, int]]) -> list[int]:
    return sorted(value for value, count in hist for _ in range(count))


@given(kinds_st, events_st)
def test_asks_follow_the_turn_from_mine_back_to_theirs(
    kind: LoopKind, events: list[tuple[EventKind, datetime]]
) -> None:
    asks = asks_of(kind, events)
    handovers = []
    turn = Turn.NOBODY
    for event_kind, _at in sorted(events, key=lambda item: item[1]):
        handed = turn_after(kind, event_kind)
        if handed is not None and handed is not turn:
            handovers.append(handed)
            turn = handed
    # One ask for every time the turn came to me; all answered but perhaps the last.
    assert len(asks) == handovers.count(Turn.MINE)
    assert all(ask.answered_at is not None for ask in asks[:-1])
    if asks:
        assert (asks[-1].answered_at is None) == (turn is Turn.MINE)
    for ask in asks:
        if ask.answered_at is not None:
            assert ask.answered_at >= ask.asked_at
            hours = reply_hours(ask)
            assert hours is not None
            assert hours - 1 < (ask.answered_at - ask.asked_at) / timedelta(hours=1) <= hours
    assert [a.asked_at for a in asks] == sorted(a.asked_at for a in asks)


def test_two_messages_in_a_row_are_one_wait_and_my_reply_ends_it() -> None:
    at = [START + timedelta(hours=h) for h in (0, 5, 30, 40, 50)]
    asks = asks_of(
        LoopKind.RECRUITER_OUTREACH,
        [
            (EventKind.RECEIVED, at[0]),
            (EventKind.RECEIVED, at[1]),
            (EventKind.NOTE, at[2]),
            (EventKind.SENT, at[3]),
            (EventKind.RECEIVED, at[4]),
        ],
    )
    assert [(a.asked_at, a.answered_at) for a in asks] == [(at[0], at[3]), (at[4], None)]
    assert reply_hours(asks[0]) == 40


@given(st.lists(st.tuples(st.integers(0, 500), st.integers(1, 20)), min_size=1, max_size=30))
def test_nearest_rank_is_the_textbook_quantile_of_the_expanded_values(
    hist: list[tuple[int, int]],
) -> None:
    values = _expand(hist)
    for fraction in (0.5, 0.9):
        assert nearest_rank(hist, fraction) == values[math.ceil(fraction * len(values)) - 1]


@given(ask_counts_st)
def test_every_ask_is_on_time_late_or_still_owed_exactly_once(counts: list[AskCount]) -> None:
    settings = Settings()
    rows = punctuality(counts, settings)
    assert sum(r.on_time + r.late + r.owed for r in rows) == sum(c.asks for c in counts)
    assert sum(r.owed for r in rows) == sum(c.asks for c in counts if c.hours is None)
    assert [r.month for r in rows] == sorted({c.month for c in counts})
    late = sum(
        c.asks for c in counts if c.hours is not None and c.hours > due_hours(c.kind, settings)
    )
    assert sum(r.late for r in rows) == late


@given(ask_counts_st)
def test_reply_times_are_the_quantiles_of_each_month_and_kind(counts: list[AskCount]) -> None:
    rows = reply_times(counts, Settings())
    answered = [c for c in counts if c.hours is not None]
    assert {(r.month, r.kind) for r in rows} == {(c.month, c.kind) for c in answered}
    for row in rows:
        values = _expand(
            [(c.hours or 0, c.asks) for c in answered if (c.month, c.kind) == (row.month, row.kind)]
        )
        assert row.answered == len(values)
        assert row.median_hours == values[math.ceil(len(values) / 2) - 1]
        assert row.median_hours <= row.p90_hours <= values[-1]
    assert rows == sorted(rows, key=lambda r: (r.month, r.kind))


@given(st.lists(st.tuples(st.integers(0, 400), st.integers(1, 9)), max_size=30))
def test_every_loop_owed_falls_in_exactly_one_age_band(days: list[tuple[int, int]]) -> None:
    bands = owed_by_age(days, Settings())
    assert sum(b.loops for b in bands) == sum(n for _d, n in days)
    for low_band, high_band in itertools.pairwise(bands):
        assert low_band.high_days == high_band.low_days
    assert bands[0].low_days == 0
    assert bands[-1].high_days is None
    over_six_weeks = sum(n for d, n in days if d >= 42)
    assert bands[-1].loops == over_six_weeks


@given(
    st.lists(
        st.builds(
            OrgCount, st.sampled_from(["Acme", "Fjord", "Zeta", "acme2"]), st.integers(0, 5),
            st.integers(5, 9),
        ),
        max_size=8,
        unique_by=lambda o: o.org,
    )
)  # fmt: skip
def test_quiet_organisations_are_ranked_by_quiet_loops_with_their_share(
    counts: list[OrgCount],
) -> None:
    rows = quiet_orgs(counts, limit=3)
    assert len(rows) == min(3, sum(1 for c in counts if c.quiet))
    assert [r.quiet for r in rows] == sorted((r.quiet for r in rows), reverse=True)
    for row in rows:
        assert 0 < row.share <= 1
        assert row.share == row.quiet / row.loops


@given(
    st.lists(
        st.builds(
            OutcomeCount,
            st.sampled_from(["2025-01", "2025-03", "2025-04", "2025-12"]),
            st.one_of(st.none(), st.sampled_from(list(Outcome))),
            st.integers(1, 9),
        ),
        max_size=20,
    )
)
def test_outcomes_add_up_per_quarter(counts: list[OutcomeCount]) -> None:
    rows = outcomes_by_quarter(counts)
    for row in rows:
        assert sum(row.counts) == sum(c.count for c in counts if quarter_of(c.month) == row.quarter)
        declined = sum(
            c.count
            for c in counts
            if quarter_of(c.month) == row.quarter and c.outcome is Outcome.DECLINED
        )
        assert row.count("declined") == declined


def test_quarters_and_outcome_groups() -> None:
    assert [quarter_of(m) for m in ("2026-01", "2026-03", "2026-04", "2026-12")] == [
        "2026-Q1", "2026-Q1", "2026-Q2", "2026-Q4",
    ]  # fmt: skip
    assert outcome_group(Outcome.THANKED) == "closed_politely"
    assert outcome_group(None) == "closed_politely"
    assert outcome_group(Outcome.NO_RESPONSE) == "no_response"


def test_the_playbook_due_times_follow_the_settings() -> None:
    settings = Settings(reply_due_hours=36, help_thanks_due_hours=12)
    assert due_hours(LoopKind.RECRUITER_OUTREACH, settings) == 36
    assert due_hours(LoopKind.HELP_RECEIVED, settings) == 12
    # "Due the next working day" is counted at its latest: the end of the next day.
    assert due_hours(LoopKind.INTERVIEW_HELD, settings) == 48


def test_each_chart_reads_in_one_line() -> None:
    settings = Settings()
    counts = [
        AskCount("2026-03", LoopKind.RECRUITER_OUTREACH, 10, 3),
        AskCount("2026-03", LoopKind.RECRUITER_OUTREACH, 70, 1),
        AskCount("2026-03", LoopKind.RECRUITER_OUTREACH, None, 2),
    ]
    times = reply_times(counts, settings)
    assert reading_reply_times(times, LoopKind.RECRUITER_OUTREACH) == (
        "Your median recruiter outreach reply came within the playbook's 2 days in 1 of 1 "
        "month; in 2026-03, half within 10 h, nine in ten within 2.9 days."
    )
    assert reading_reply_times(times, LoopKind.JOB_OFFER) == "No answered job offer loops yet."
    assert reading_punctuality(punctuality(counts, settings)) == (
        "75% of your 4 answers came on time; 2 asks are still waiting for one."
    )
    assert reading_owed(owed_by_age([(50, 2), (0, 1)], settings)) == (
        "You owe 3 answers; 2 of them have waited over 6 weeks."
    )
    assert reading_quiet(quiet_orgs([OrgCount("Acme", 1, 4)])) == (
        "Acme went quiet most: 1 of your 4 loops with them (25%) are waiting past the window."
    )
    outcomes = outcomes_by_quarter([OutcomeCount("2026-02", Outcome.DECLINED, 2)])
    assert reading_outcomes(outcomes) == (
        "In 2026-Q1 you closed 2 loops; most often: declined (2)."
    )
    empty = Insights(None, [], [], owed_by_age([], settings), [], [])
    assert reading_owed(empty.owed_by_age) == "You owe nobody an answer right now."
    assert empty.to_json()["quiet"] == []
