"""Starting the app skips the full argument parser; everything else goes through it."""

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ghostless.cli import _plain_start


@pytest.mark.parametrize(
    ("argv", "data_dir"),
    [([], None), (["--data-dir", "/d"], "/d"), (["--data-dir=/d"], "/d")],
)
def test_starting_the_app_is_recognised(argv: list[str], data_dir: str | None) -> None:
    args = _plain_start(argv)
    assert isinstance(args, argparse.Namespace)
    assert getattr(args, "data_dir", None) == data_dir


@pytest.mark.parametrize(
    "argv",
    [["--version"], ["--help"], ["loops"], ["--data-dir"], ["--data-dir", "/d", "loops"],
     ["--data-dir", "--json"], ["--data-dir="]],
)  # fmt: skip
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    assert _plain_start(argv) is None


def test_without_a_display_the_app_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    run = subprocess.run(
        [sys.executable, "-m", "ghostless", "--data-dir", str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1
    assert "no display to show the window on" in run.stderr
    assert not (tmp_path / "data").exists()  # nothing was created either
