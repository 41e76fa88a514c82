"""One Ghostless per data folder: a second start hands over to the first.

The first process takes a lock file beside the database and then listens on a
local socket (a Unix socket in the runtime folder, a named pipe on Windows),
whose full address it writes beside the lock. A later start finds the lock
taken, reads the address, connects, sends what it was asked to do ("show" the
window, or nothing for a login start) and waits for the answer before it
exits with status 0. That happens before any store is opened or tray icon
created, so two processes never both deliver reminders and two icons never
flash.

The lock decides who is first, and it lives with the data, not in the runtime
folder: a login session and a terminal may have different XDG_RUNTIME_DIR or
TMPDIR, and each would otherwise take its own lock on the same data. The
socket only carries the message. A crashed first process leaves a stale lock
(Qt recognises it by its process id) and a stale socket, which the next first
process removes before listening.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
from pathlib import Path

from PySide6.QtCore import (
    QCryptographicHash,
    QDeadlineTimer,
    QLockFile,
    QObject,
    QThread,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

#: What a second start asks of the first.
SHOW, NOTHING = b"show", b"nothing"
#: What the first answers once it has done it.
SHOWN, NOTED = b"shown", b"noted"
#: How long a second start waits for the first to listen (it may be starting too).
CONNECT_MS = 3000
RETRY_MS = 50
REPLY_MS = 5000


def instance_name(data_dir: Path, user: str | None = None) -> str:
    """A short per-user name for ``data_dir`` (socket paths are limited to ~104 bytes on
    macOS; named pipes on Windows are machine-wide, hence the user in the hash)."""
    who = user if user is not None else _user()
    digest = _sha256_hex(f"{who}\0{data_dir.resolve()}".encode())
    return f"ghostless-{digest[:16]}"


def _sha256_hex(data: bytes) -> str:
    """SHA-256 by Qt, already loaded: :mod:`hashlib` would load OpenSSL (3.5 MB
    resident here) for this one digest at every start."""
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode("ascii")


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return str(Path.home())


#: Beside the database: the lock, and the address of the first process's socket.
LOCK_NAME = "ghostless.lock"
ADDRESS_NAME = "ghostless.socket-address"


class SingleInstance(QObject):
    """The claim on one name: the first holder serves, later ones hand over.

    Signals:
        show_requested(): a later start asked this process to show its window.

    Attributes:
        name: the socket's name (see :func:`instance_name`).
        reply: after a hand-over, what the first process answered (b"" if none).
    """

    show_requested = Signal()

    def __init__(self, name: str, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.reply = b""
        self._address_file = data_dir / ADDRESS_NAME
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # A lock whose process is gone is stale whatever its age.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def is_primary(self) -> bool:
        return self._server is not None

    def claim(self) -> bool:
        """Become the first (listening) process; False when another one holds the name."""
        if not self._lock.tryLock(100):
            return False
        # The lock is ours: any socket of that name was left by a crash.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            logger.warning("cannot listen on %s: %s", self.name, server.errorString())
            # Still the only instance (we hold the lock); just unreachable for hand-overs.
        else:
            self._write_address(server.fullServerName())
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def _write_address(self, address: str) -> None:
        try:
            self._address_file.write_text(address + "\n", encoding="utf-8")
        except OSError as exc:  # later starts fall back to the name in their own runtime folder
            logger.warning("%s: cannot write (%s)", self._address_file, exc.strerror)

    def _address(self) -> str:
        """Where the first process listens: its full socket path, else the bare name."""
        try:
            written = self._address_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            written = ""
        return written or self.name

    def hand_over(self, message: bytes) -> bool:
        """As a later start: tell the first ``message`` and wait for its answer."""
        deadline = QDeadlineTimer(CONNECT_MS)
        while not deadline.hasExpired():
            socket = QLocalSocket()
            # Read again each time: the first may be writing it right now.
            socket.connectToServer(self._address())
            if socket.waitForConnected(RETRY_MS * 4):
                socket.write(message + b"\n")
                socket.waitForBytesWritten(REPLY_MS)
                if socket.waitForReadyRead(REPLY_MS):
                    self.reply = bytes(socket.readLine().data()).strip()
                socket.disconnectFromServer()
                return True
            socket.abort()
            QThread.msleep(RETRY_MS)
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
            with contextlib.suppress(OSError):
                self._address_file.unlink()
        self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        message = bytes(socket.readLine().data()).strip()
        if message == SHOW:
            self.show_requested.emit()
            socket.write(SHOWN + b"\n")
        else:
            socket.write(NOTED + b"\n")
        socket.flush()
