"""One Ghostless per data folder: a second start hands over to the first and exits 0."""

from __future__ import annotations

import hashlib
import os
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from ghostless.ui.lifecycle.single_instance import (
    ADDRESS_NAME,
    QtListener,
    SingleInstance,
    UnixListener,
    instance_name,
)


def test_the_name_is_short_and_per_user_and_folder(tmp_path: Path) -> None:
    name = instance_name(tmp_path, user="ana")
    assert len(name) < 40
    assert name == instance_name(tmp_path, user="ana")
    assert name != instance_name(tmp_path, user="bob")
    assert name != instance_name(tmp_path / "other", user="ana")
    # SHA-256 of user and folder: the same name whichever library computes it.
    expected = hashlib.sha256(f"ana\0{tmp_path.resolve()}".encode()).hexdigest()[:16]
    assert name == f"ghostless-{expected}"


def test_only_one_claim_holds_and_a_stale_socket_is_cleared(qtbot: QtBot, tmp_path: Path) -> None:
    name = instance_name(tmp_path)
    first, second = SingleInstance(name, tmp_path), SingleInstance(name, tmp_path)
    try:
        assert first.claim()
        assert first.is_primary
        assert not second.claim()
    finally:
        first.release()
    assert second.claim()  # released: the next one takes over (old socket removed)
    second.release()


def _listening(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    ok = probe.waitForConnected(200)
    probe.abort()
    return ok


def test_a_second_start_hands_over_and_exits_0(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GHOSTLESS_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    argv = [sys.executable, "-m", "ghostless", "--data-dir", str(data_dir)]
    first = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, text=True)
    try:
        name = instance_name(data_dir)
        deadline = time.monotonic() + 30
        while not _listening(name):
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline, "the first instance never listened"
            time.sleep(0.05)  # waiting on another process, not on the clock
        second = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=30)
        assert second.returncode == 0, second.stderr
        assert "already running; showed its window" in second.stderr
        login = subprocess.run(
            [*argv, "--autostart"], env=env, capture_output=True, text=True, timeout=30
        )
        assert login.returncode == 0, login.stderr
        assert login.stderr.strip() == "ghostless: Ghostless is already running"
        assert first.poll() is None  # the first one carries on
        # A logout's SIGTERM quits it cleanly, through the normal way out.
        first.terminate()
        assert first.wait(timeout=30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=30)
        if first.stderr:
            first.stderr.close()


def test_a_second_start_with_other_runtime_folders_still_hands_over(tmp_path: Path) -> None:
    """A login session and a terminal can differ in XDG_RUNTIME_DIR and TMPDIR; the
    data folder is the same, so the second start must find the first."""
    data_dir = tmp_path / "data"
    base = {k: v for k, v in os.environ.items() if not k.startswith("GHOSTLESS_")}
    base.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))

    def env_in(folder: str) -> dict[str, str]:
        runtime = tmp_path / folder
        runtime.mkdir(mode=0o700)
        return {**base, "XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(runtime)}

    argv = [sys.executable, "-m", "ghostless", "--data-dir", str(data_dir)]
    first_env, second_env = env_in("session"), env_in("terminal")
    first = subprocess.Popen(argv, env=first_env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not any((tmp_path / "session").iterdir()):
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline, "the first instance never listened"
            time.sleep(0.05)  # waiting on another process, not on the clock
        # Were it to start on its own, it would quit once its window is up.
        second = subprocess.run(
            argv,
            env={**second_env, "GHOSTLESS_EXIT_WHEN_READY": "1"},
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 0, second.stderr
        assert "already running; showed its window" in second.stderr
        assert first.poll() is None
        first.terminate()
        assert first.wait(timeout=30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=30)
        if first.stderr:
            first.stderr.close()


def _send(address: str, message: bytes, replies: list[bytes]) -> None:
    """A later start's side of the talk, with plain sockets (from a thread)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(10)
        client.connect(address)
        client.sendall(message[:2])  # the line may come in pieces
        client.sendall(message[2:] + b"\n")
        replies.append(client.recv(64))


@pytest.mark.parametrize("listener", [UnixListener, QtListener])
def test_the_first_listens_only_when_asked_and_answers_a_show(
    qtbot: QtBot, tmp_path: Path, listener: type[UnixListener | QtListener]
) -> None:
    name = instance_name(tmp_path)
    first = SingleInstance(name, tmp_path, make_listener=listener)
    shown: list[bool] = []
    first.show_requested.connect(lambda: shown.append(True))
    try:
        assert first.claim()
        assert not (tmp_path / ADDRESS_NAME).exists()  # nothing listens before the first paint
        first.listen()
        address = (tmp_path / ADDRESS_NAME).read_text(encoding="utf-8").strip()
        assert stat.S_IMODE(os.stat(address).st_mode) & 0o077 == 0  # the user's only
        for message, reply in ((b"show", b"shown\n"), (b"nothing", b"noted\n")):
            replies: list[bytes] = []
            talk = threading.Thread(target=_send, args=(address, message, replies))
            talk.start()
            qtbot.waitUntil(lambda r=replies: bool(r), timeout=10_000)
            talk.join()
            assert replies == [reply]
        assert shown == [True]
    finally:
        first.release()
    assert not os.path.exists(address)  # gone with the first process
    assert not (tmp_path / ADDRESS_NAME).exists()


def test_a_socket_left_by_a_crash_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    name = instance_name(tmp_path)
    stale = Path(QDir.tempPath()) / name
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as crashed:
        crashed.bind(str(stale))  # bound, never listening: what a killed process leaves
    first = SingleInstance(name, tmp_path)
    try:
        assert first.claim()
        first.listen()
        replies: list[bytes] = []
        talk = threading.Thread(target=_send, args=(str(stale), b"show", replies))
        talk.start()
        qtbot.waitUntil(lambda: bool(replies), timeout=10_000)
        talk.join()
        assert replies == [b"shown\n"]
    finally:
        first.release()
