"""A reader that stops early (``ghostless due | head``) ends a command quietly:
no BrokenPipeError traceback (found by a new user's trial). Real processes, real pipes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ghostless.services.paths import DATA_DIR_ENV


@pytest.fixture
def data(examples_data: Path) -> Path:
    return examples_data


def run_into_closed_pipe(data: Path, *args: str) -> tuple[int, str]:
    """Start the command with its stdout a pipe whose reader has already gone."""
    env = {k: v for k, v in os.environ.items() if k not in {DATA_DIR_ENV, "DISPLAY"}}
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line is written
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ghostless", "--data-dir", str(data), *args],
            stdout=write_end, stderr=subprocess.PIPE, text=True, env=env, timeout=60,
            check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    return done.returncode, done.stderr


@pytest.mark.parametrize(
    "args", [("due",), ("due", "--json"), ("--help",), ("loops",)], ids=" ".join
)
def test_a_closed_pipe_ends_the_command_quietly(data: Path, args: tuple[str, ...]) -> None:
    code, err = run_into_closed_pipe(data, *args)
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err
    assert err == ""
    assert code in (0, 141)


def test_a_reader_that_stops_after_one_line(data: Path) -> None:
    """The shell's ``| head -n 1``: the reader closes after its first line."""
    env = {k: v for k, v in os.environ.items() if k not in {DATA_DIR_ENV, "DISPLAY"}}
    command = subprocess.Popen(
        [sys.executable, "-m", "ghostless", "--data-dir", str(data), "due"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert command.stdout is not None
    assert command.stderr is not None
    first = command.stdout.readline()
    command.stdout.close()
    err = command.stderr.read().decode()
    command.stderr.close()
    code = command.wait(timeout=60)
    assert first
    assert "Traceback" not in err
    assert code in (0, 141)
