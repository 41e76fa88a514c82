"""A real Radicale (CalDAV/CardDAV) on 127.0.0.1 over TLS, for the sync tests and the bench.

Recipe and traps: /work/shared/reference/test-servers.md. The certificate comes
from a throwaway CA (tests.integration.test_smtp.make_pki); the client trusts
it only through the CA file it is given. Missing Radicale skips, except under
GHOSTLESS_REQUIRE_INTEGRATION=1, where it fails.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

REQUIRE_ENV = "GHOSTLESS_REQUIRE_INTEGRATION"
USER, PASSWORD = "alice", "CANARY-dav-pässword-3"
START_DEADLINE_S = 15.0


def require_radicale() -> None:
    try:
        __import__("radicale")
    except ImportError:
        reason = "radicale is not installed (pip install -e '.[test]')"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {reason}")
        pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Radicale:
    """One server: its folder, port and CA; ``start``/``stop`` keep the same port and data."""

    folder: Path
    ca: Path
    cert: Path
    key: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}/"

    def start(self) -> None:
        (self.folder / "users").write_text(f"{USER}:{PASSWORD}\nbob:other\n", encoding="utf-8")
        self.port = self.port or _free_port()
        log = (self.folder / "radicale.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", "",
             "--hosts", f"127.0.0.1:{self.port}", "--server-ssl",
             "--server-certificate", str(self.cert), "--server-key", str(self.key),
             "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(self.folder / "users"),
             "--auth-htpasswd-encryption", "plain", "--auth-delay", "0",
             "--storage-filesystem-folder", str(self.folder / "collections")],
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        log.close()
        self._wait_ready()

    def _wait_ready(self) -> None:
        import niquests

        deadline = time.monotonic() + START_DEADLINE_S
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                pytest.fail(f"radicale exited: {(self.folder / 'radicale.log').read_text()}")
            try:
                # An HTTP request, not a bare connect: that makes Radicale log a TLS error.
                if niquests.request("OPTIONS", self.url, verify=str(self.ca), timeout=2).ok:
                    return
            except niquests.exceptions.ConnectionError:
                time.sleep(0.05)  # polling a starting daemon against a deadline
        pytest.fail(f"radicale did not answer within {START_DEADLINE_S} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def start_radicale(folder: Path) -> Radicale:
    from tests.integration.test_smtp import make_pki

    require_radicale()
    pki = make_pki(folder)
    server = Radicale(folder, pki.ca, pki.cert, pki.key)
    server.start()
    return server
