"""One Ghostless per data folder: a second start hands over to the first.

The first process takes a lock file beside the database; once its window has
painted (or its tray icon is up) it listens on a local socket (a Unix socket in
the temporary folder, a named pipe on Windows), whose full address it writes
beside the lock. A later start finds the lock taken, reads the address,
connects, sends what it was asked to do ("show" the window, or nothing for a
login start) and waits for the answer before it exits with status 0. That
happens before any store is opened or tray icon created, so two processes never
both deliver reminders and two icons never flash.

The lock decides who is first, and it lives with the data, not in the runtime
folder: a login session and a terminal may have different XDG_RUNTIME_DIR or
TMPDIR, and each would otherwise take its own lock on the same data. The
socket only carries the message. A crashed first process leaves a stale lock
(Qt recognises it by its process id) and a stale socket, which the next first
process removes before listening.

Listening waits for the first paint and, outside Windows, uses Python's own
socket module: QtNetwork, which QLocalServer needs, costs 30-70 ms to import
and 3.5 MB resident, for a message that comes once in a long while. Windows
has no Unix sockets in Python, so it listens with QLocalServer (loaded then).
A later start, which only connects, uses QLocalSocket everywhere.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QDeadlineTimer,
    QDir,
    QLockFile,
    QObject,
    QSocketNotifier,
    QThread,
    Signal,
)

from ghostless.ui.common.digest import sha256_hex

if TYPE_CHECKING:
    import socket

    from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

#: What a second start asks of the first.
SHOW, NOTHING = b"show", b"nothing"
#: What the first answers once it has done it.
SHOWN, NOTED = b"shown", b"noted"
#: How long a second start waits for the first to listen: the first listens only
#: after its first paint, and it may be starting (a large store, a busy machine).
CONNECT_MS = 15_000
RETRY_MS = 50
REPLY_MS = 5000
#: The longest message read from a connection; anything longer is not ours.
MAX_MESSAGE = 256


def instance_name(data_dir: Path, user: str | None = None) -> str:
    """A short per-user name for ``data_dir`` (socket paths are limited to ~104 bytes on
    macOS; named pipes on Windows are machine-wide, hence the user in the hash)."""
    who = user if user is not None else _user()
    digest = sha256_hex(f"{who}\0{data_dir.resolve()}".encode())
    return f"ghostless-{digest[:16]}"


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return str(Path.home())


#: Beside the database: the lock, and the address of the first process's socket.
LOCK_NAME = "ghostless.lock"
ADDRESS_NAME = "ghostless.socket-address"


def answer_to(message: bytes, show: Callable[[], object]) -> bytes:
    """What the first process does with ``message`` and answers."""
    if message == SHOW:
        show()
        return SHOWN
    return NOTED


class Listener(Protocol):
    """Serves hand-overs: each line received goes through ``answer``, whose result is sent back."""

    def listen(self, name: str) -> str | None:
        """Start listening on ``name``; the full address, or None (and logged) when it cannot."""

    def close(self) -> None: ...


class UnixListener(QObject):
    """A Unix socket in Qt's temporary folder (where QLocalSocket looks for a bare name),
    served from the event loop with socket notifiers: no thread, no QtNetwork."""

    def __init__(self, answer: Callable[[bytes], bytes], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answer = answer
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._path = ""
        #: Open connections: the socket, its notifier, what it sent so far.
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}

    def listen(self, name: str) -> str | None:
        import socket

        path = os.path.join(QDir.tempPath(), name)
        # Only the lock holder gets here: a socket of that name was left by a crash.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        # Made readable and writable by the user only from the start (the umask),
        # not for a moment by anyone and then narrowed.
        old_mask = os.umask(0o177)
        try:
            listener.bind(path)
            listener.listen(8)
        except OSError as exc:
            logger.warning("cannot listen on %s: %s", path, exc.strerror)
            listener.close()
            return None
        finally:
            os.umask(old_mask)
        listener.setblocking(False)
        self._socket, self._path = listener, path
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_listener_readable)
        return path

    def close(self) -> None:
        for fd in list(self._clients):
            self._drop(fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
            with contextlib.suppress(OSError):
                os.unlink(self._path)

    def _on_listener_readable(self) -> None:
        if self._socket is None:
            return
        while True:
            try:
                client, _address = self._socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # out of descriptors, say: the next start tries again
                logger.warning("cannot accept a hand-over: %s", exc.strerror)
                return
            client.setblocking(False)
            fd = client.fileno()
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            notifier.activated.connect(lambda _socket=None, _type=None, f=fd: self._on_client(f))
            self._clients[fd] = (client, notifier, bytearray())
            self._on_client(fd)  # it may have written already

    def _on_client(self, fd: int) -> None:
        entry = self._clients.get(fd)
        if entry is None:
            return
        client, _notifier, received = entry
        try:
            chunk = client.recv(MAX_MESSAGE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._drop(fd)
            return
        received += chunk
        line, newline, _rest = bytes(received).partition(b"\n")
        if not newline and chunk and len(received) < MAX_MESSAGE:
            return  # the rest of the line is on its way
        if newline:
            reply = self._answer(line.strip())
            # A few bytes into an empty socket buffer: sent at once, or the peer is gone.
            with contextlib.suppress(OSError):
                client.send(reply + b"\n")
        self._drop(fd)

    def _drop(self, fd: int) -> None:
        client, notifier, _received = self._clients.pop(fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        client.close()


class QtListener(QObject):
    """QLocalServer (a named pipe on Windows), for where Python has no Unix sockets."""

    def __init__(self, answer: Callable[[bytes], bytes], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answer = answer
        self._server: QLocalServer | None = None

    def listen(self, name: str) -> str | None:
        from PySide6.QtNetwork import QLocalServer

        # Only the lock holder gets here: a socket of that name was left by a crash.
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            logger.warning("cannot listen on %s: %s", name, server.errorString())
            return None
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return server.fullServerName()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

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
        socket.write(self._answer(message) + b"\n")
        socket.flush()


def platform_listener(answer: Callable[[bytes], bytes], parent: QObject) -> Listener:
    if sys.platform == "win32":
        return QtListener(answer, parent)
    return UnixListener(answer, parent)


class SingleInstance(QObject):
    """The claim on one name: the first holder serves, later ones hand over.

    Signals:
        show_requested(): a later start asked this process to show its window.

    Attributes:
        name: the socket's name (see :func:`instance_name`).
        reply: after a hand-over, what the first process answered (b"" if none).
        listener: serves the hand-overs once :meth:`listen` was called (None before).
    """

    show_requested = Signal()

    def __init__(
        self,
        name: str,
        data_dir: Path,
        parent: QObject | None = None,
        *,
        make_listener: Callable[[Callable[[bytes], bytes], QObject], Listener] = (
            platform_listener
        ),
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.reply = b""
        self._address_file = data_dir / ADDRESS_NAME
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # A lock whose process is gone is stale whatever its age.
        self._lock.setStaleLockTime(0)
        self._claimed = False
        self._make_listener = make_listener
        self.listener: Listener | None = None

    @property
    def is_primary(self) -> bool:
        return self._claimed

    def claim(self) -> bool:
        """Become the first process; False when another one holds the name.

        Later starts are served once :meth:`listen` is called (after the first
        paint); until then they wait for it (see :data:`CONNECT_MS`).
        """
        if not self._lock.tryLock(100):
            return False
        self._claimed = True
        return True

    def listen(self) -> None:
        """As the first process: serve later starts from now on."""
        if not self._claimed or self.listener is not None:
            return
        listener = self._make_listener(self._answer, self)
        address = listener.listen(self.name)
        # Without an address it is still the only instance (it holds the lock), just
        # unreachable for hand-overs; a later start says so and exits.
        self.listener = listener
        if address is not None:
            self._write_address(address)

    def _answer(self, message: bytes) -> bytes:
        return answer_to(message, self.show_requested.emit)

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
        from PySide6.QtNetwork import QLocalSocket

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
        if self.listener is not None:
            self.listener.close()
            self.listener = None
            with contextlib.suppress(OSError):
                self._address_file.unlink()
        if self._claimed:
            self._lock.unlock()
            self._claimed = False
