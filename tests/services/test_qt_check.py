"""First start anywhere: a missing Qt platform plugin or library is named, with the command
that installs it, and neither ``ghostless self-check`` nor the app aborts in Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ghostless.services.qt_check import (
    ARCH,
    DEBIAN,
    FEDORA,
    SUSE,
    distribution,
    install_advice,
    libraries_named,
    probe_in_child,
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb is Linux's")

OS_RELEASES = {
    'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n': DEBIAN,
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n': DEBIAN,
    'NAME="Fedora Linux"\nID=fedora\n': FEDORA,
    'NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\n': FEDORA,
    'NAME="Arch Linux"\nID=arch\n': ARCH,
    'NAME="Manjaro Linux"\nID=manjaro\nID_LIKE=arch\n': ARCH,
    'NAME="openSUSE Tumbleweed"\nID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n': SUSE,
    'NAME="SLES"\nID="sles"\n': SUSE,
}


@pytest.mark.parametrize(("text", "family"), OS_RELEASES.items())
def test_the_distribution_is_read_from_os_release(tmp_path: Path, text: str, family: str) -> None:
    path = tmp_path / "os-release"
    path.write_text(text)
    assert distribution(path) == family


def test_an_unknown_or_absent_os_release_is_none(tmp_path: Path) -> None:
    (tmp_path / "os-release").write_text("ID=plan9\n")
    assert distribution(tmp_path / "os-release") is None
    assert distribution(tmp_path / "absent") is None


def test_the_install_command_names_each_distributions_packages() -> None:
    libs = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert install_advice(libs, DEBIAN) == (
        "Install with: sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    )
    assert (
        install_advice(libs, FEDORA)
        == "Install with: sudo dnf install xcb-util-wm xcb-util-keysyms"
    )
    assert install_advice(libs, ARCH) == "Install with: sudo pacman -S xcb-util-wm xcb-util-keysyms"
    assert install_advice(libs, SUSE) == (
        "Install with: sudo zypper install libxcb-icccm4 libxcb-keysyms1"
    )
    assert "apt-file search libunknown.so.3" in install_advice(["libunknown.so.3"], DEBIAN)
    assert "libxcb-icccm.so.4" in install_advice(libs, None)


def test_the_libraries_are_read_from_ldd_and_from_qts_plugin_report() -> None:
    ldd = (
        "\tlibxcb-icccm.so.4 => not found\n\tlibxcb.so.1 => /lib/libxcb.so.1 (0x7f)\n"
        "\tlibxcb-keysyms.so.1 => not found\n"
    )
    assert libraries_named(ldd) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    qt = (
        'qt.core.library: "/x/plugins/platforms/libqxcb.so" cannot load: Cannot load library '
        "/x/plugins/platforms/libqxcb.so: (libxcb-icccm.so.4: cannot open shared object file: "
        "No such file or directory)\n"
        "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt "
        'xcb platform plugin.\nqt.qpa.plugin: Could not load the Qt platform plugin "xcb"'
    )
    # Qt's own hint names libxcb-cursor0 whatever is missing: only the real one is named.
    assert libraries_named(qt) == ["libxcb-icccm.so.4"]


# -- a real child process, a library made unloadable --------------------------------------
@pytest.fixture
def broken_xcb_env(tmp_path: Path) -> dict[str, str]:
    """An environment where the loader finds a broken libxcb-icccm.so.4 first.

    An empty file shadows the real library (LD_LIBRARY_PATH comes first), which
    fails to load as a missing one does. The display is one nobody serves: the
    plugin fails before it would connect.
    """
    libs = tmp_path / "lib"
    libs.mkdir()
    (libs / "libxcb-icccm.so.4").write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY"}}
    env.update(LD_LIBRARY_PATH=str(libs), DISPLAY=":9917", HOME=str(tmp_path / "home"))
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    return env


def _ghostless(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ghostless", *args],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@linux_only
def test_the_probe_reports_a_library_qt_cannot_load_without_aborting(
    broken_xcb_env: dict[str, str],
) -> None:
    report = probe_in_child(broken_xcb_env)
    assert not report.ok
    assert report.missing[0] == "libxcb-icccm.so.4"
    assert report.platform == "xcb"


@linux_only
def test_self_check_names_the_library_and_the_install_command(
    broken_xcb_env: dict[str, str], tmp_path: Path
) -> None:
    done = _ghostless(broken_xcb_env, "self-check", "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 0, done.stderr  # never 134: the store is fine, Qt is reported
    (line,) = [line for line in done.stdout.splitlines() if "qt platform" in line]
    assert "libxcb-icccm.so.4" in line
    assert install_advice(["libxcb-icccm.so.4"], distribution()) in line


@linux_only
def test_the_app_stops_with_that_message_instead_of_a_qt_abort(
    broken_xcb_env: dict[str, str], tmp_path: Path
) -> None:
    done = _ghostless(broken_xcb_env, "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 1
    assert "libxcb-icccm.so.4" in done.stderr
    assert install_advice(["libxcb-icccm.so.4"], distribution()) in done.stderr
    assert "Aborted" not in done.stderr


@linux_only
def test_a_platform_plugin_that_is_not_there_is_named(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "nosuchplatform",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    done = _ghostless(env, "self-check", "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 0, done.stderr
    (line,) = [line for line in done.stdout.splitlines() if "qt platform" in line]
    assert "nosuchplatform platform plugin is not there" in line


def test_the_installed_app_probes_qt_by_starting_itself(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # PyInstaller's binary has no ``python -m``: it is started again with a flag.
    from ghostless.cli import PLATFORM_PROBE_FLAG, main
    from ghostless.services import qt_check

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert qt_check._probe_command("unused") == [sys.executable, PLATFORM_PROBE_FLAG]
    monkeypatch.delattr(sys, "frozen")
    assert qt_check._probe_command("python3")[:2] == ["python3", "-m"]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main([PLATFORM_PROBE_FLAG]) == 0
    assert '"platform": "offscreen"' in capsys.readouterr().out
