"""A real Dovecot IMAP server on loopback, for the IMAP tests and the benchmark.

Everything lives in one folder of its own (nothing under /etc/dovecot is read or
changed): the configuration, the user file, the mail home and the logs. The
recipe and its traps are in shared/reference/test-servers.md: mail is owned by
``nobody`` (Dovecot refuses uid 0), every parent folder needs +x for the
``dovecot`` and ``nobody`` users, the auth penalty is switched off so a wrong
password does not slow the next login, and the whole process group is stopped.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

USER, PASSWORD = "alice", "CANARY-imap-secret-9"
#: How long Dovecot may take to greet (it greets in well under a second).
START_DEADLINE = 15.0

_CONFIG = """base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
auth_mechanisms = plain
auth_failure_delay = 0
mail_fsync = never
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = passwd-file
  args = {d}/users
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={d}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {plain}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls}
    ssl = yes
  }}
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _open_path_to(folder: Path) -> None:
    """Give every parent of ``folder`` +x, so Dovecot's own users can reach it."""
    for parent in [folder, *folder.parents]:
        if parent == Path("/"):
            break
        mode = parent.stat().st_mode
        if mode & 0o011 != 0o011:
            parent.chmod(mode | 0o011)


@dataclass
class Dovecot:
    """One Dovecot serving user ``alice`` from ``folder``; start it with :meth:`start`."""

    folder: Path
    cert: Path
    key: Path
    tls_port: int = 0
    plain_port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def maildir(self) -> Path:
        return self.folder / "home" / USER / "Maildir"

    def prepare(self, *, chown: bool = True) -> None:
        """Write the configuration, the user and an empty Maildir (INBOX and Sent).

        ``chown=False`` leaves the mail as it is (a cached mailbox, owned already).
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        _open_path_to(self.folder)
        self.folder.chmod(0o755)
        for sub in ("run", "state"):
            (self.folder / sub).mkdir(exist_ok=True)
        (self.folder / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
        for box in (self.maildir, self.maildir / ".Sent"):
            for sub in ("cur", "new", "tmp"):
                (box / sub).mkdir(parents=True, exist_ok=True)
        if chown:
            self.chown_mail()

    def chown_mail(self) -> None:
        home = self.folder / "home"
        shutil.chown(home, "nobody", "nogroup")
        for root, dirs, files in os.walk(home):
            for name in dirs + files:
                shutil.chown(os.path.join(root, name), "nobody", "nogroup")

    def start(self) -> None:
        """Start (again on the same ports, if it ran before) and wait for the greeting."""
        dovecot = shutil.which("dovecot")
        assert dovecot is not None, "dovecot is not installed (Debian: dovecot-imapd)"
        if not self.tls_port:
            self.tls_port, self.plain_port = free_port(), free_port()
        conf = self.folder / "dovecot.conf"
        conf.write_text(
            _CONFIG.format(
                d=self.folder,
                cert=self.cert,
                key=self.key,
                plain=self.plain_port,
                tls=self.tls_port,
            )
        )
        self.process = subprocess.Popen(
            [dovecot, "-F", "-c", str(conf)],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + START_DEADLINE
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited at start; see {self.folder}/dovecot.log")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.plain_port), timeout=1) as probe,
            ):
                probe.settimeout(1)
                if probe.recv(64).startswith(b"* OK"):
                    return
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"dovecot did not greet within {START_DEADLINE} s")

    def stop(self) -> None:
        """Stop the whole process group: the master alone leaves its children serving."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextlib.contextmanager
def running_dovecot(
    cert: Path, key: Path, folder: Path | None = None, *, chown: bool = True
) -> Iterator[Dovecot]:
    """A started Dovecot in ``folder`` (default: a new temporary folder, removed after).

    Not under pytest's temporary root: pytest keeps that at mode 0700 (and sets
    it back when another run starts), which locks out Dovecot's ``nobody``.
    """
    own = folder is None
    where = Path(tempfile.mkdtemp(prefix="ghostless-dovecot-")) if folder is None else folder
    server = Dovecot(where, cert, key)
    try:
        server.prepare(chown=chown)
        server.start()
        yield server
    finally:
        server.stop()
        if own:
            shutil.rmtree(where, ignore_errors=True)


def write_maildir(box: Path, messages: list[bytes], *, prefix: str = "m") -> None:
    """Put messages straight into a Maildir folder (the fast way to fill a big one).

    Dovecot gives them UIDs when it next indexes the folder. Files must then be
    owned by ``nobody``: call :meth:`Dovecot.chown_mail`.
    """
    cur = box / "cur"
    cur.mkdir(parents=True, exist_ok=True)
    for number, raw in enumerate(messages):
        (cur / f"{prefix}{number:07d}.ghostless:2,").write_bytes(raw)
