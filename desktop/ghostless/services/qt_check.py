"""Can Qt show a window here? Found out without letting Qt abort us.

Qt aborts the whole process when its platform plugin cannot load (exit 134),
and on Linux it then names ``libxcb-cursor0`` whatever is really missing. So
the check never loads Qt in this process:

* :func:`missing_libraries` runs ``ldd`` on the xcb plugin (a few
  milliseconds) and names every shared library the loader cannot find;
* :func:`probe_in_child` starts a child Python that opens a Qt application
  with ``QT_DEBUG_PLUGINS=1`` and reads its report (or its abort) from outside.

Either way the missing pieces are named with the command that installs them
on the distribution :func:`distribution` finds in ``/etc/os-release``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: How long the child may take to open (and close) a Qt application.
PROBE_TIMEOUT_S = 60.0

# -- distributions --------------------------------------------------------------------
DEBIAN, FEDORA, ARCH, SUSE = "debian", "fedora", "arch", "suse"
#: The install command of each family; the package names follow it.
INSTALL = {
    DEBIAN: "sudo apt-get install",
    FEDORA: "sudo dnf install",
    ARCH: "sudo pacman -S",
    SUSE: "sudo zypper install",
}
#: How to find the package of a library this table does not know.
FIND_PACKAGE = {
    DEBIAN: "apt-file search {lib}",
    FEDORA: "dnf provides '*/{lib}'",
    ARCH: "pacman -F {lib}",
    SUSE: "zypper search --provides {lib}",
}
_FAMILIES = {
    "debian": DEBIAN, "ubuntu": DEBIAN, "linuxmint": DEBIAN, "pop": DEBIAN, "raspbian": DEBIAN,
    "fedora": FEDORA, "rhel": FEDORA, "centos": FEDORA, "rocky": FEDORA, "almalinux": FEDORA,
    "arch": ARCH, "manjaro": ARCH, "endeavouros": ARCH,
    "opensuse": SUSE, "opensuse-leap": SUSE, "opensuse-tumbleweed": SUSE, "suse": SUSE,
    "sles": SUSE,
}  # fmt: skip

#: Where each library Qt's xcb plugin needs comes from: the library, then its package on
#: Debian/Ubuntu, Fedora, Arch and openSUSE (each distribution's package index; Qt 6.5+
#: added xcb-cursor).
_TABLE = """
libxcb-cursor.so.0      libxcb-cursor0      xcb-util-cursor     xcb-util-cursor   libxcb-cursor0
libxcb-icccm.so.4       libxcb-icccm4       xcb-util-wm         xcb-util-wm       libxcb-icccm4
libxcb-keysyms.so.1     libxcb-keysyms1     xcb-util-keysyms    xcb-util-keysyms  libxcb-keysyms1
libxcb-image.so.0       libxcb-image0       xcb-util-image      xcb-util-image    libxcb-image0
libxcb-render-util.so.0 libxcb-render-util0 xcb-util-renderutil xcb-util-renderutil
                                                                            libxcb-render-util0
libxcb-util.so.1        libxcb-util1        xcb-util            xcb-util          libxcb-util1
libxkbcommon-x11.so.0   libxkbcommon-x11-0  libxkbcommon-x11    libxkbcommon-x11  libxkbcommon-x11-0
libxkbcommon.so.0       libxkbcommon0       libxkbcommon        libxkbcommon      libxkbcommon0
libxcb.so.1             libxcb1             libxcb              libxcb            libxcb1
libxcb-randr.so.0       libxcb-randr0       libxcb              libxcb            libxcb-randr0
libxcb-shape.so.0       libxcb-shape0       libxcb              libxcb            libxcb-shape0
libxcb-shm.so.0         libxcb-shm0         libxcb              libxcb            libxcb-shm0
libxcb-sync.so.1        libxcb-sync1        libxcb              libxcb            libxcb-sync1
libxcb-xfixes.so.0      libxcb-xfixes0      libxcb              libxcb            libxcb-xfixes0
libxcb-xkb.so.1         libxcb-xkb1         libxcb              libxcb            libxcb-xkb1
libxcb-render.so.0      libxcb-render0      libxcb              libxcb            libxcb-render0
libxcb-xinerama.so.0    libxcb-xinerama0    libxcb              libxcb            libxcb-xinerama0
libxcb-glx.so.0         libxcb-glx0         libxcb              libxcb            libxcb-glx0
libX11-xcb.so.1         libx11-xcb1         libX11-xcb          libx11            libX11-xcb1
libX11.so.6             libx11-6            libX11              libx11            libX11-6
libSM.so.6              libsm6              libSM               libsm             libSM6
libICE.so.6             libice6             libICE              libice            libICE6
libEGL.so.1             libegl1             libglvnd-egl        libglvnd          libEGL1
libGL.so.1              libgl1              libglvnd-glx        libglvnd          libGL1
libOpenGL.so.0          libopengl0          libglvnd-opengl     libglvnd          libOpenGL0
libfontconfig.so.1      libfontconfig1      fontconfig          fontconfig        libfontconfig1
libfreetype.so.6        libfreetype6        freetype            freetype2         libfreetype6
libdbus-1.so.3          libdbus-1-3         dbus-libs           dbus              libdbus-1-3
libglib-2.0.so.0        libglib2.0-0        glib2               glib2             libglib-2_0-0
"""
#: The package holding each library Qt's xcb plugin needs: Debian/Ubuntu, Fedora, Arch,
#: openSUSE (one library a line above; a line that runs long goes on below).
PACKAGES: dict[str, tuple[str, ...]] = {
    columns[0]: tuple(columns[1:])
    for columns in (line.split() for line in _TABLE.replace("\n    ", " ").splitlines())
    if len(columns) == 5
}
_COLUMN = {DEBIAN: 0, FEDORA: 1, ARCH: 2, SUSE: 3}


def distribution(os_release: Path = Path("/etc/os-release")) -> str | None:
    """The package family of this Linux (``debian``, ``fedora``, ``arch``, ``suse``), if known."""
    try:
        text = os_release.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    fields: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep:
            fields[name.strip()] = value.strip().strip("\"'")
    for name in [fields.get("ID", ""), *fields.get("ID_LIKE", "").split()]:
        family = _FAMILIES.get(name.lower())
        if family is None and name.lower().startswith("opensuse"):
            family = SUSE
        if family:
            return family
    return None


def install_advice(libraries: Sequence[str], family: str | None) -> str:
    """How to install ``libraries`` here ("Install with: sudo apt-get install libxcb-icccm4")."""
    if not libraries:
        return ""
    if family is None:
        return (
            "install the packages that hold " + ", ".join(libraries) + " with your package manager"
        )
    known = [PACKAGES[lib][_COLUMN[family]] for lib in libraries if lib in PACKAGES]
    unknown = [lib for lib in libraries if lib not in PACKAGES]
    parts = []
    if known:
        parts.append(f"Install with: {INSTALL[family]} {' '.join(dict.fromkeys(known))}")
    parts += [f"Find {lib} with: {FIND_PACKAGE[family].format(lib=lib)}" for lib in unknown]
    return "; ".join(parts)


# -- what is missing ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QtReport:
    """What the check found: the platform in use, or why a window cannot be shown."""

    ok: bool
    platform: str = ""
    missing: tuple[str, ...] = ()  # libraries the loader could not find (or load)
    plugin_missing: str = ""  # a platform plugin that is not there at all
    detail: str = ""  # anything else worth saying (the child's last words)
    advice: str = field(default="", compare=False)

    def message(self) -> str:
        """One paragraph for the terminal: what is missing, and the command that fixes it."""
        if self.ok:
            return f"Qt shows windows with the {self.platform} platform"
        if self.missing:
            what = ", ".join(self.missing)
            text = f"Qt's {self.platform or 'xcb'} platform plugin cannot load: missing {what}"
        elif self.plugin_missing:
            text = f"Qt's {self.plugin_missing} platform plugin is not there"
        else:
            text = f"Qt cannot show a window here ({self.detail or 'no reason given'})"
        return f"{text}. {self.advice}" if self.advice else text


_NOT_FOUND = re.compile(r"^\s*(\S+\.so[\w.]*) => not found", re.MULTILINE)
#: "…: cannot open shared object file" (missing) and "…/libX.so.4: file too short" (broken).
_CANNOT_OPEN = re.compile(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file")
_BROKEN = re.compile(r"(?:error while loading shared libraries|Cannot load library \S+): "
                     r"(?:\S*/)?(lib[\w.+-]+\.so[\w.]*): ")  # fmt: skip
_NOT_LOADED = re.compile(r'Could not load the Qt platform plugin "(\w[\w-]*)"')
_NOT_FOUND_PLUGIN = re.compile(r'Could not find the Qt platform plugin "(\w[\w-]*)"')


def libraries_named(text: str) -> list[str]:
    """The shared libraries ``ldd`` or Qt's plugin loader said it could not load, in order."""
    found: dict[str, None] = {}
    for pattern in (_NOT_FOUND, _CANNOT_OPEN, _BROKEN):
        for match in pattern.finditer(text):
            found.setdefault(match.group(1), None)
    return list(found)


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        plugin = Path(root) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_libraries(
    plugin: Path | None = None, env: Mapping[str, str] | None = None
) -> list[str]:
    """The libraries the xcb plugin needs that the loader cannot find (``ldd``; Linux only)."""
    import shutil
    import subprocess

    plugin = plugin or xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    try:
        done = subprocess.run(  # a fixed program on our own plugin file
            [ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False,
            env=dict(env) if env is not None else None,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return []
    return libraries_named(done.stdout + done.stderr)


def uses_xcb(env: Mapping[str, str]) -> bool:
    """Whether Qt would pick its xcb (X11) plugin with this environment."""
    requested = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if requested:
        return requested == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def check_before_start(
    env: Mapping[str, str] | None = None, *, memo: Path | None = None
) -> QtReport | None:
    """Before the window opens: the xcb libraries Qt would abort on, if any are missing.

    None when nothing is missing (or the check does not apply: not Linux, not xcb).
    With ``memo``, a pass is remembered there and not checked again until the
    plugin or the system's libraries change (:mod:`ghostless.services.qt_check_memo`).
    """
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or not uses_xcb(env):
        return None
    plugin = xcb_plugin()
    if memo is not None and plugin is not None:
        from ghostless.services.qt_check_memo import fingerprint, passed_before, remember_pass

        print_ = fingerprint(plugin, env)
        if passed_before(memo, print_):
            return None
    missing = missing_libraries(plugin, env=env)
    if not missing:
        if memo is not None and plugin is not None:
            remember_pass(memo, print_)
        return None
    return QtReport(False, "xcb", tuple(missing), advice=install_advice(missing, distribution()))


def _probe_command(python: str) -> list[str]:
    """The child to start: the installed app itself (PyInstaller has no ``-m``) with
    the probe's hidden flag, else this Python running the probe module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--platform-probe"]
    return [python, "-m", "ghostless.ui.lifecycle.platform_probe"]


def probe_in_child(
    env: Mapping[str, str] | None = None,
    python: str = sys.executable,
    os_release: Path = Path("/etc/os-release"),
) -> QtReport:
    """Open a Qt application in a child process and report what happened.

    The child may abort; this never does. Its ``QT_DEBUG_PLUGINS`` output names
    the library that failed; ``ldd`` on the xcb plugin adds any others missing.
    """
    import json
    import subprocess

    child_env = dict(os.environ if env is None else env)
    child_env["QT_DEBUG_PLUGINS"] = "1"
    try:
        done = subprocess.run(
            _probe_command(python), capture_output=True, text=True,
            timeout=PROBE_TIMEOUT_S, env=child_env, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return QtReport(False, detail=f"opening a Qt application took over {PROBE_TIMEOUT_S:.0f} s")
    except OSError as exc:
        return QtReport(False, detail=f"cannot start {python} ({exc.strerror})")
    if done.returncode == 0:
        for line in reversed(done.stdout.splitlines()):
            try:
                found = json.loads(line)
            except ValueError:
                continue
            return QtReport(bool(found["ok"]), str(found["platform"]), detail=str(found["detail"]))
    return _failure(done.stderr, done.returncode, child_env, os_release)


def _failure(stderr: str, code: int, env: Mapping[str, str], os_release: Path) -> QtReport:
    missing = libraries_named(stderr)
    loaded = _NOT_LOADED.search(stderr)
    absent = _NOT_FOUND_PLUGIN.search(stderr)
    named = loaded or absent
    platform = named.group(1) if named is not None else ""
    if platform in ("", "xcb") and sys.platform.startswith("linux") and not absent:
        missing += [lib for lib in missing_libraries(env=env) if lib not in missing]
    how = f"exit {code}" if code >= 0 else f"killed by signal {-code}"
    last = [line for line in stderr.splitlines() if line.strip() and "qt.core" not in line]
    detail = f"{last[-1].strip()} ({how})" if last else how
    family = distribution(os_release)
    advice = install_advice(missing, family)
    if not missing and absent:
        advice = (
            "Reinstall PySide6 (pip install --force-reinstall PySide6) or unset QT_QPA_PLATFORM"
        )
    return QtReport(
        False, platform, tuple(missing), plugin_missing=platform if absent else "",
        detail=detail, advice=advice,
    )  # fmt: skip
