"""Start at login: the platform's own entry that runs ``ghostless --autostart``.

* Linux (and other XDG desktops): ``$XDG_CONFIG_HOME/autostart/<app id>.desktop``.
* Windows: the ``HKCU\\...\\CurrentVersion\\Run`` value, through a small registry
  adapter (``winreg`` on Windows; tests pass a dictionary-backed fake).
* macOS: a LaunchAgent plist in ``~/Library/LaunchAgents`` with ``RunAtLoad``.

Each entry is written or removed whole; :meth:`AutostartEntry.enabled` reads it
back, so the settings checkbox shows what the system will actually do. No Qt here.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from ghostless import APP_ID, APP_NAME

#: The option the entry passes: start in the tray, without showing the window.
AUTOSTART_FLAG = "--autostart"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
#: A label for launchd and the registry value's name.
LAUNCH_AGENT_LABEL = APP_ID


class AutostartEntry(Protocol):
    """One platform's start-at-login entry."""

    def enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this Ghostless at login: the frozen executable, or Python with the module."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "ghostless"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return [*command, AUTOSTART_FLAG]


def command_for(data_dir: Path, default: Path | None = None) -> list[str]:
    """The login command for an app running on ``data_dir``.

    The folder is named (absolute: login starts elsewhere) unless it is the
    default one (``default``, else the platform's), so an entry made from a
    ``--data-dir`` session starts that folder's Ghostless, not the default's.
    """
    if default is None:
        from ghostless.services.paths import default_data_dir

        default = default_data_dir()
    folder = Path(os.path.abspath(data_dir.expanduser()))
    if _same_folder(folder, default):
        return launch_command()
    return launch_command(folder)


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.expanduser().resolve()
    except (OSError, RuntimeError):
        return os.path.abspath(a) == os.path.abspath(b.expanduser())


def set_enabled(entry: AutostartEntry, on: bool) -> None:
    if on:
        entry.enable()
    else:
        entry.disable()


# -- Linux: XDG autostart -----------------------------------------------------
def _desktop_exec(command: Sequence[str]) -> str:
    r"""An ``Exec=`` value: each argument quoted as the Desktop Entry spec asks.

    A reader undoes two layers, in this order: the string escapes every value
    has (a backslash written twice, \n for a newline), then the Exec quoting
    (inside double quotes, a backslash before a double quote, backtick, dollar
    sign or backslash). So a backslash in a path is written as four
    backslashes, and a dollar sign as two backslashes and the dollar.
    """
    parts = []
    for arg in command:
        if arg and all(c.isalnum() or c in "-_./=:+," for c in arg):
            parts.append(arg)
        else:
            quoted = "".join(f"\\{c}" if c in '"`$\\' else c for c in arg)
            parts.append(f'"{quoted}"')
    line = " ".join(parts)
    # The value's own escapes: backslashes doubled, control characters spelled.
    line = line.replace("\\", "\\\\")
    line = line.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    # A literal percent sign starts a field code; double it.
    return line.replace("%", "%%")


class XdgAutostart:
    """``<config home>/autostart/<app id>.desktop``; removing the file turns it off."""

    def __init__(self, config_home: Path, command: Sequence[str]) -> None:
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"
        self.command = list(command)

    def text(self) -> str:
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Keep track of open conversations and never ghost anyone\n"
            f"Exec={_desktop_exec(self.command)}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "Categories=Office;\n"
            "X-GNOME-Autostart-enabled=true\n"
            # Let the panel (and its tray) come up first.
            "X-GNOME-Autostart-Delay=5\n"
        )

    def enabled(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return False
        lines = {line.strip() for line in text.splitlines()}
        return "Hidden=true" not in lines and "X-GNOME-Autostart-enabled=false" not in lines

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(".tmp")
        partial.write_text(self.text(), encoding="utf-8")
        partial.replace(self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def xdg_config_home(environ: os._Environ[str] | dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    value = env.get("XDG_CONFIG_HOME", "")
    # The spec: a relative path is invalid and must be ignored.
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".config"


# -- Windows: the Run key -----------------------------------------------------
class Registry(Protocol):
    """The few string-value operations on one key that the Run entry needs."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WindowsRunKey:
    """A value named for the app under HKCU's Run key: the quoted command line."""

    def __init__(self, registry: Registry, command: Sequence[str]) -> None:
        self.registry = registry
        self.command = list(command)

    def value(self) -> str:
        return subprocess.list2cmdline(self.command)

    def enabled(self) -> bool:
        return bool(self.registry.get(LAUNCH_AGENT_LABEL))

    def enable(self) -> None:
        self.registry.set(LAUNCH_AGENT_LABEL, self.value())

    def disable(self) -> None:
        self.registry.delete(LAUNCH_AGENT_LABEL)


if sys.platform == "win32":
    import winreg

    class WinregRun:
        """:class:`Registry` over ``HKEY_CURRENT_USER\\<RUN_KEY>`` with winreg."""

        def get(self, name: str) -> str | None:
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    value, _kind = winreg.QueryValueEx(key, name)
            except OSError:
                return None
            return str(value)

        def set(self, name: str, value: str) -> None:
            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

        def delete(self, name: str) -> None:
            try:
                with winreg.OpenKey(
                    winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE
                ) as key:
                    winreg.DeleteValue(key, name)
            except FileNotFoundError:
                pass


# -- macOS: a LaunchAgent -------------------------------------------------------
class LaunchAgent:
    """``~/Library/LaunchAgents/<label>.plist`` with ``RunAtLoad``; removed to turn off."""

    def __init__(self, agents_dir: Path, command: Sequence[str]) -> None:
        self.path = agents_dir / f"{LAUNCH_AGENT_LABEL}.plist"
        self.command = list(command)

    def payload(self) -> dict[str, object]:
        return {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            # macOS 13+ shows the agent under the app's name in Login Items.
            "AssociatedBundleIdentifiers": [APP_ID],
        }

    def enabled(self) -> bool:
        try:
            with self.path.open("rb") as file:
                data = plistlib.load(file)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(data, dict) and data.get("RunAtLoad") is True

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(".tmp")
        with partial.open("wb") as file:
            plistlib.dump(self.payload(), file)
        partial.replace(self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def for_platform(command: Sequence[str]) -> AutostartEntry:
    """The entry this machine uses, writing to the user's real locations."""
    if sys.platform == "win32":
        return WindowsRunKey(WinregRun(), command)
    if sys.platform == "darwin":
        return LaunchAgent(Path.home() / "Library" / "LaunchAgents", command)
    return XdgAutostart(xdg_config_home(), command)


def describe(command: Sequence[str]) -> str:
    """The command as a shell would read it (for tooltips and logs)."""
    return shlex.join(command)
