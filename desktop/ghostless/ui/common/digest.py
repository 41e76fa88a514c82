"""SHA-256 by Qt, already loaded: :mod:`hashlib` would load OpenSSL (3.5 MB resident
here) for a digest or two at every start."""

from __future__ import annotations

from PySide6.QtCore import QCryptographicHash


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data``, as lower-case hex."""
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode("ascii")
