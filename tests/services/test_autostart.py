"""Start at login: each platform's entry written, read back and removed."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from ghostless import APP_ID
from ghostless.services.autostart import (
    AUTOSTART_FLAG,
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    command_for,
    launch_command,
    set_enabled,
    xdg_config_home,
)

COMMAND = ["/opt/Ghost less/bin/ghostless", "--data-dir", "/home/a b/data", AUTOSTART_FLAG]


def test_the_command_starts_ghostless_in_the_tray(tmp_path: Path) -> None:
    command = launch_command(tmp_path)
    assert command[-1] == AUTOSTART_FLAG
    assert command[-3:-1] == ["--data-dir", str(tmp_path)]
    assert launch_command()[-1] == AUTOSTART_FLAG


def test_a_session_on_another_folder_starts_that_folder_at_login(tmp_path: Path) -> None:
    default = tmp_path / "default"
    other = tmp_path / "my data"
    assert command_for(other, default) == launch_command(other)
    assert command_for(default, default) == launch_command()  # the default goes unnamed
    assert command_for(default / ".", default) == launch_command()


def test_a_relative_folder_is_named_absolutely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    command = command_for(Path("rel"), tmp_path / "default")
    assert command[-3:] == ["--data-dir", str(tmp_path / "rel"), AUTOSTART_FLAG]


def _exec_argv(value: str) -> list[str]:
    """Read an Exec value back as the Desktop Entry spec says: string escapes, then quoting."""
    unescaped, i = "", 0
    while i < len(value):
        if value[i] == "\\":
            unescaped += {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(value[i + 1], value[i + 1])
            i += 2
        else:
            unescaped += value[i]
            i += 1
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(unescaped):
        c = unescaped[i]
        if quoted and c == "\\":
            assert unescaped[i + 1] in '"`$\\', unescaped
            current += unescaped[i + 1]
            i += 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        else:
            current += c
            started = True
        i += 1
    if started:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


@pytest.mark.parametrize(
    "folder",
    ["/home/a b/data", '/home/x/$HOME `ls` \\back\\slash "quote" 100%', "/home/été/ghost'less"],
)
def test_a_data_folder_survives_each_platform_entry(tmp_path: Path, folder: str) -> None:
    command = command_for(Path(folder), tmp_path / "default")
    assert command[-3:] == ["--data-dir", folder, AUTOSTART_FLAG]
    xdg = XdgAutostart(tmp_path, command)
    xdg.enable()
    (exec_line,) = [line for line in xdg.path.read_text().splitlines() if line.startswith("Exec=")]
    assert _exec_argv(exec_line.removeprefix("Exec=")) == command
    registry = FakeRegistry()
    WindowsRunKey(registry, command).enable()
    assert _windows_argv(registry.values[APP_ID]) == command
    agent = LaunchAgent(tmp_path / "agents", command)
    agent.enable()
    with agent.path.open("rb") as file:
        assert plistlib.load(file)["ProgramArguments"] == command


def _windows_argv(line: str) -> list[str]:
    """CommandLineToArgvW's reading of a command line (the rules list2cmdline writes for)."""
    args, current, quoted, slashes, started = [], "", False, 0, False
    for c in line:
        if c == "\\":
            slashes += 1
            continue
        if c == '"':
            current += "\\" * (slashes // 2)
            if slashes % 2:
                current += '"'
            else:
                quoted = not quoted
            slashes, started = 0, True
            continue
        current += "\\" * slashes
        slashes = 0
        if c in " \t" and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        else:
            current += c
            started = True
    current += "\\" * slashes
    if started or current:
        args.append(current)
    return args


def test_xdg_entry_round_trip(tmp_path: Path) -> None:
    entry = XdgAutostart(tmp_path, COMMAND)
    assert not entry.enabled()
    set_enabled(entry, True)
    assert entry.path == tmp_path / "autostart" / f"{APP_ID}.desktop"
    assert entry.enabled()
    text = entry.path.read_text()
    assert 'Exec="/opt/Ghost less/bin/ghostless" --data-dir "/home/a b/data" --autostart' in text
    set_enabled(entry, False)
    assert not entry.path.exists()
    assert not entry.enabled()
    entry.disable()  # twice is fine


def test_a_hidden_xdg_entry_counts_as_off(tmp_path: Path) -> None:
    entry = XdgAutostart(tmp_path, COMMAND)
    entry.enable()
    entry.path.write_text(entry.path.read_text() + "Hidden=true\n")
    assert not entry.enabled()


def test_xdg_config_home_ignores_a_relative_path(tmp_path: Path) -> None:
    assert xdg_config_home({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path
    assert xdg_config_home({"XDG_CONFIG_HOME": "relative"}) == Path.home() / ".config"


@pytest.mark.integration
def test_the_xdg_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    program = shutil.which("desktop-file-validate")
    if program is None:
        reason = "desktop-file-validate is not installed (Debian: desktop-file-utils)"
        if os.environ.get("GHOSTLESS_REQUIRE_INTEGRATION") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    entry = XdgAutostart(tmp_path, [*COMMAND[:-1], "100%", AUTOSTART_FLAG])
    entry.enable()
    done = subprocess.run([program, str(entry.path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout  # not even a hint


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_run_value_round_trip() -> None:
    registry = FakeRegistry()
    entry = WindowsRunKey(registry, [r"C:\Program Files\Ghostless\Ghostless.exe", AUTOSTART_FLAG])
    assert not entry.enabled()
    entry.enable()
    assert registry.values == {APP_ID: r'"C:\Program Files\Ghostless\Ghostless.exe" --autostart'}
    assert entry.enabled()
    entry.disable()
    assert registry.values == {}
    entry.disable()


def test_macos_launch_agent_round_trip(tmp_path: Path) -> None:
    entry = LaunchAgent(tmp_path / "LaunchAgents", COMMAND)
    assert not entry.enabled()
    entry.enable()
    with entry.path.open("rb") as file:
        data = plistlib.load(file)
    assert data["Label"] == APP_ID
    assert data["ProgramArguments"] == COMMAND
    assert data["RunAtLoad"] is True
    assert entry.enabled()
    entry.disable()
    assert not entry.enabled()


def test_a_damaged_launch_agent_counts_as_off(tmp_path: Path) -> None:
    entry = LaunchAgent(tmp_path, COMMAND)
    entry.path.write_bytes(b"not a plist")
    assert not entry.enabled()
