"""Writes to the server a few at a time: every answer comes back to the caller, and
after a failure (the server gone) nothing more is started."""

from __future__ import annotations

import threading
from collections.abc import Callable

from ghostless.services.dav_client import DavChanged, DavError, run_writes

Job = Callable[[], str]


def _jobs(started: list[int], *steps: Callable[[int], str]) -> list[Job]:
    def job(index: int) -> Job:
        def run() -> str:
            started.append(index)
            return steps[index](index)

        return run

    return [job(index) for index in range(len(steps))]


def _ok(index: int) -> str:
    return f"etag-{index}"


def _changed(index: int) -> str:
    raise DavChanged(f"item {index} changed on the server meanwhile")


def _gone(index: int) -> str:
    raise DavError("the server cannot be reached; will retry")


def test_one_at_a_time_a_412_goes_on_and_a_failure_stops_the_rest() -> None:
    started: list[int] = []
    answers = list(run_writes(_jobs(started, _ok, _changed, _ok, _gone, _ok), connections=1))
    assert [index for index, _ in answers] == [0, 1, 2, 3]
    assert answers[0][1] == "etag-0"
    assert isinstance(answers[1][1], DavChanged)
    assert isinstance(answers[3][1], DavError)
    assert not isinstance(answers[3][1], DavChanged)
    assert started == [0, 1, 2, 3]  # the fifth is never tried


def test_several_at_once_every_answer_comes_back_even_after_a_failure() -> None:
    told = threading.Event()

    def slow(index: int) -> str:
        assert told.wait(10), "the failure was never reported"
        return f"etag-{index}"

    started: list[int] = []
    answers = {}
    for index, answer in run_writes(_jobs(started, _gone, slow, _ok, _ok), connections=2):
        answers[index] = answer
        if isinstance(answer, DavError):
            told.set()  # the write still running ends only now, after the failure
    assert isinstance(answers[0], DavError)
    assert answers[1] == "etag-1"  # running when the server failed: its answer is kept
    assert sorted(started) == [0, 1]  # nothing started after the failure


def test_several_at_once_all_run_and_each_answer_names_its_job() -> None:
    started: list[int] = []
    steps = [_ok, _changed] * 5
    answers = dict(run_writes(_jobs(started, *steps), connections=4))
    assert sorted(started) == list(range(10))
    assert {i: a for i, a in answers.items() if isinstance(a, str)} == {
        i: f"etag-{i}" for i in range(0, 10, 2)
    }
    assert all(isinstance(answers[i], DavChanged) for i in range(1, 10, 2))
