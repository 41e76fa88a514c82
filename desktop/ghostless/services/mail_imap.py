"""Reading an IMAP server, read-only: connect safely, find the folders, fetch headers.

Every connection is encrypted and its certificate verified: implicit TLS (port
993) or STARTTLS before the password is sent, against the system's trust store
or the CA file the user named. A password never travels in plain text; a
server without STARTTLS on a plain port is refused. Folders are opened with
EXAMINE and messages read with ``BODY.PEEK``, so nothing on the server changes
(no ``\\Seen`` flag is set).

Failures become :class:`MailSyncError` with one sentence naming the account,
what went wrong and what to do.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from ghostless.core.errors import GhostlessError
from ghostless.core.mail_message import HEADER_FIELDS
from ghostless.core.partial_text import snippet_from_start, snippet_of
from ghostless.services.mail_source import RawMail

if TYPE_CHECKING:
    from imapclient import IMAPClient

IMPLICIT_TLS_PORT = 993
STARTTLS_PORT = 143
TIMEOUT_S = 30.0
#: Bytes of the first text part read for a snippet: 200 characters of UTF-8
#: in base64 or quoted-printable fit in about 1 KB.
SNIPPET_BYTES = 1024
#: Bytes of an HTML part read for a snippet: room for its head and style sheet.
HTML_SNIPPET_BYTES = 8192
#: Bytes of the body read with the header: room for a multipart preamble and the
#: first part's own header before its first 200 characters.
START_BYTES = 2048
#: The FETCH item for the headers Ghostless reads, and no others.
HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS).upper()})]"
#: Names a Sent folder goes by where the server marks none with \Sent (RFC 6154).
SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "INBOX.Sent",
    "INBOX/Sent",
    "Gesendet",
    "Envoyés",
    "Éléments envoyés",
    "Enviados",
    "Posta inviata",
    "Verzonden items",
)


class MailSyncError(GhostlessError):
    """An account could not be read; the message says which, why and what to do.

    Attributes:
        retry: true when trying again later may work by itself (server down,
            connection dropped), false when the user must change something.
    """

    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where and as whom to connect. ``security`` is ``tls`` or ``starttls``."""

    host: str
    port: int
    security: str
    username: str
    ca_file: str = ""

    @property
    def label(self) -> str:
        return f"{self.username} on {self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class FolderStatus:
    """A folder's UIDVALIDITY, UIDNEXT and (with CONDSTORE) HIGHESTMODSEQ, as the server says."""

    uidvalidity: int
    uidnext: int
    highestmodseq: int | None


def tls_context(ca_file: str) -> ssl.SSLContext:
    """Certificate and host name checked, against the system's store or ``ca_file``."""
    try:
        return ssl.create_default_context(cafile=ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise MailSyncError(
            f"{ca_file}: cannot read it as a certificate authority file "
            f"({getattr(exc, 'strerror', None) or exc}); give a PEM file",
            retry=False,
        ) from None


def describe_failure(
    endpoint: Endpoint, exc: BaseException, *, connecting: bool = False
) -> MailSyncError:
    """What went wrong with an account, in one sentence with what to do.

    ``connecting``: the failure came before the login finished, so a refused or
    timed-out connection means the server cannot be reached, not a dropped one.
    """
    from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

    who = endpoint.label
    if isinstance(exc, MailSyncError):
        return exc
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or "not trusted"
        if "expired" in reason:
            what = "has expired"
        elif "not yet valid" in reason:
            what = "is not valid yet (check this computer's date)"
        elif "hostname" in reason.lower() or "ip address mismatch" in reason.lower():
            what = f"does not belong to {endpoint.host}"
        else:
            what = "is not trusted by this computer"
        return MailSyncError(
            f"{who}: the server's certificate {what} ({reason}); nothing was sent to it. "
            "If your mail provider uses its own certificate authority, add the account again "
            "with its CA file",
            retry=False,
        )
    if isinstance(exc, LoginError):
        return MailSyncError(
            f"{who}: the server refused the user name or password; check them (some providers "
            "want an app password) and add the account again",
            retry=False,
        )
    if isinstance(exc, socket.gaierror):
        return MailSyncError(
            f"{who}: the server name {endpoint.host!r} is not known; check it, or your "
            "connection. Ghostless will try again at the next sync",
            retry=True,
        )
    if isinstance(exc, OSError) and connecting and not isinstance(exc, ssl.SSLError):
        return MailSyncError(
            f"{who}: cannot reach the server ({exc.strerror or exc}); is it up and the "
            "address right? Ghostless will try again at the next sync",
            retry=True,
        )
    if isinstance(exc, IMAPClientAbortError | ConnectionError | TimeoutError | ssl.SSLError):
        return MailSyncError(
            f"{who}: the connection was lost ({type(exc).__name__}: {exc}); what was read "
            "before it is kept. Ghostless will go on from there at the next sync",
            retry=True,
        )
    if isinstance(exc, OSError):
        return MailSyncError(
            f"{who}: cannot reach the server ({exc.strerror or exc}); is it up and the "
            "address right? Ghostless will try again at the next sync",
            retry=True,
        )
    if isinstance(exc, IMAPClientError):
        return MailSyncError(
            f"{who}: the server answered with an error ({exc}). Ghostless will try again at "
            "the next sync",
            retry=True,
        )
    raise exc


def connect(endpoint: Endpoint, password: str, *, timeout: float = TIMEOUT_S) -> IMAPClient:
    """A logged-in client; the password is only ever sent over verified TLS."""
    from imapclient import IMAPClient

    context = tls_context(endpoint.ca_file)
    client: IMAPClient | None = None
    try:
        if endpoint.security == "tls":
            client = IMAPClient(
                endpoint.host, port=endpoint.port, ssl=True, ssl_context=context, timeout=timeout
            )
        elif endpoint.security == "starttls":
            client = IMAPClient(endpoint.host, port=endpoint.port, ssl=False, timeout=timeout)
            if not client.has_capability("STARTTLS"):
                raise MailSyncError(
                    f"{endpoint.label}: the server does not offer STARTTLS, so the password "
                    f"would travel unencrypted; use implicit TLS (port {IMPLICIT_TLS_PORT})",
                    retry=False,
                )
            client.starttls(context)
        else:
            raise MailSyncError(
                f"{endpoint.label}: unknown security {endpoint.security!r}", retry=False
            )
        client.login(endpoint.username, password)
    except BaseException as exc:
        if client is not None:
            _close_quietly(client)
        if isinstance(exc, Exception):
            raise describe_failure(endpoint, exc, connecting=True) from None
        raise
    return client


def disconnect(client: IMAPClient) -> None:
    """Log out politely; a server already gone is no error."""
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - the connection is done with either way
        _close_quietly(client)


def _close_quietly(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception:  # noqa: BLE001 - only releasing the socket
        return


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _flagged(flags: object, flag: str) -> bool:
    """Whether an IMAP flag list (bytes or text items) holds ``flag``, in any case."""
    if not isinstance(flags, list | tuple):
        return False
    return any(_text(item).casefold() == flag.casefold() for item in flags)


def is_draft(flags: object) -> bool:
    """A message flagged ``\\Draft``: saved by a mail program, never sent."""
    return _flagged(flags, "\\Draft")


def sent_folder(client: IMAPClient) -> str | None:
    """The folder the server marks ``\\Sent`` (RFC 6154), else one by a usual name; never
    the ``\\Drafts`` folder, whose mail was never sent."""
    folders = [
        (flags, delimiter, name)
        for flags, delimiter, name in client.list_folders()
        if not _flagged(flags, "\\Drafts")
    ]
    for flags, _delimiter, name in folders:
        if _flagged(flags, "\\Sent"):
            return _text(name)
    by_lower = {_text(name).lower(): _text(name) for _flags, _delimiter, name in folders}
    for usual in SENT_NAMES:
        found = by_lower.get(usual.lower())
        if found is not None:
            return found
    return None


def folder_status(client: IMAPClient, folder: str) -> FolderStatus:
    """STATUS without opening the folder: enough to tell that nothing is new."""
    wanted = [b"UIDVALIDITY", b"UIDNEXT"]
    if client.has_capability("CONDSTORE"):
        wanted.append(b"HIGHESTMODSEQ")
    status = client.folder_status(folder, wanted)
    return _status(status)


def _status(info: dict[bytes, Any]) -> FolderStatus:
    modseq = info.get(b"HIGHESTMODSEQ")
    return FolderStatus(
        uidvalidity=int(info[b"UIDVALIDITY"]),
        uidnext=int(info[b"UIDNEXT"]),
        highestmodseq=None if modseq is None else int(modseq),
    )


def examine(client: IMAPClient, folder: str) -> FolderStatus:
    """Open ``folder`` read-only (EXAMINE): nothing in it can change through us."""
    return _status(client.select_folder(folder, readonly=True))


def uids_from(
    client: IMAPClient, first_uid: int, before_uid: int, *, since: date | None, window: int
) -> Iterator[list[int]]:
    """The UIDs from ``first_uid`` up to (not including) ``before_uid``, ascending, a
    window of UIDs at a time, only messages that arrived on or after ``since``.

    Searching by UID range keeps memory flat however large the folder is.
    """
    low = max(first_uid, 1)
    while low < before_uid:
        high = min(low + window, before_uid) - 1
        criteria: list[object] = ["UID", f"{low}:{high}"]
        if since is not None:
            criteria += ["SINCE", since]
        found = sorted(uid for uid in client.search(criteria) if low <= uid <= high)
        if found:
            yield found
        low = high + 1


def fetch_batch(client: IMAPClient, folder: str, uids: list[int]) -> list[RawMail]:
    """Headers and a snippet of each message, without setting ``\\Seen`` (PEEK).

    One FETCH brings the headers Ghostless reads (:data:`HEADER_FIELDS`, not the
    whole header: its Received and signature lines are most of its bytes), the
    arrival time, the flags (a message flagged ``\\Draft`` is left out: it was
    never sent) and the first bytes of the body, which hold the first text part
    of nearly every message. Only a multipart message whose text part begins
    further in (after an attachment, say) costs a second look, through its
    BODYSTRUCTURE: parsing that for every message would double the time of a first sync.
    """
    text_key = b"BODY[TEXT]<0>"
    answer = client.fetch(
        uids, [HEADER_ITEM, "INTERNALDATE", "FLAGS", f"BODY.PEEK[TEXT]<0.{START_BYTES}>"]
    )
    found: dict[int, RawMail] = {}
    unsure: list[int] = []
    for uid, data in answer.items():
        if is_draft(data.get(b"FLAGS")):
            continue  # a draft was never sent: it answers nothing and asks nothing
        header = _header_of(data)
        start = bytes(data.get(text_key) or b"")
        snippet, final = snippet_from_start(header, start)
        if not final:
            unsure.append(uid)
        found[uid] = RawMail(
            folder=folder, uid=uid, header_bytes=header, snippet=snippet, body_start=start,
            arrived=_arrived(data.get(b"INTERNALDATE")),
        )  # fmt: skip
    if unsure:
        for uid, snippet in _snippets_by_structure(client, unsure).items():
            found[uid] = replace(found[uid], snippet=snippet)
    return [found[uid] for uid in sorted(found)]


def _header_of(data: dict[bytes, Any]) -> bytes:
    """The header block in a FETCH answer, whatever spelling of the item the server echoes."""
    for key, value in data.items():
        if isinstance(key, bytes) and key.startswith(b"BODY[HEADER"):
            return bytes(value or b"")
    return b""


def _arrived(value: object) -> datetime | None:
    """INTERNALDATE as an aware UTC instant (IMAPClient gives it naive, in local time)."""
    if not isinstance(value, datetime):
        return None
    return value.astimezone(UTC)


def _snippets_by_structure(client: IMAPClient, uids: list[int]) -> dict[int, str | None]:
    """Snippets found through BODYSTRUCTURE: the first text/plain part wherever it is,
    else the first text/html one."""
    wanted: dict[str, list[int]] = {}
    parts: dict[int, tuple[str, str, str, str]] = {}
    for uid, data in client.fetch(uids, ["BODYSTRUCTURE"]).items():
        structure = data.get(b"BODYSTRUCTURE")
        plain = first_plain_part(structure)
        found = (*plain, "plain") if plain else first_text_part(structure, "html")
        if found is not None:
            parts[uid] = found
            wanted.setdefault(found[0], []).append(uid)
    snippets: dict[int, str | None] = {}
    for section, section_uids in wanted.items():
        answer = client.fetch(section_uids, [f"BODY.PEEK[{section}]<0.{HTML_SNIPPET_BYTES}>"])
        key = f"BODY[{section}]<0>".encode()
        for uid, data in answer.items():
            raw = data.get(key)
            if raw is None:
                continue
            _section, encoding, charset, subtype = parts[uid]
            size = SNIPPET_BYTES if subtype == "plain" else HTML_SNIPPET_BYTES
            snippets[uid] = snippet_of(
                bytes(raw)[:size], transfer_encoding=encoding, charset=charset, subtype=subtype
            )
    return snippets


def first_plain_part(structure: Any) -> tuple[str, str, str] | None:
    """The section number, transfer encoding and charset of the first text/plain part."""
    found = first_text_part(structure, "plain")
    return None if found is None else found[:3]


def first_text_part(
    structure: Any, subtype: str, prefix: str = ""
) -> tuple[str, str, str, str] | None:
    """The section number, transfer encoding, charset and subtype of the first
    ``text/<subtype>`` part.

    ``structure`` is IMAPClient's parsed BODYSTRUCTURE. Attachments (a
    ``Content-Disposition: attachment`` text file) and parts inside an attached
    message are passed over.
    """
    if not isinstance(structure, tuple | list) or not structure:
        return None
    if isinstance(structure[0], list):  # multipart: [parts], subtype, ...
        for number, part in enumerate(structure[0], start=1):
            found = first_text_part(part, subtype, f"{prefix}{number}.")
            if found is not None:
                return found
        return None
    if len(structure) < 7:
        return None
    kind, own = _text(structure[0]).lower(), _text(structure[1]).lower()
    if (kind, own) != ("text", subtype) or _is_attachment(structure):
        return None
    params = structure[2] if isinstance(structure[2], tuple | list) else ()
    charset = ""
    for name, value in zip(params[::2], params[1::2], strict=False):
        if _text(name).lower() == "charset":
            charset = _text(value)
    encoding = _text(structure[5]) if structure[5] is not None else "7bit"
    return (prefix.rstrip(".") or "1", encoding, charset, subtype)


def _is_attachment(structure: Any) -> bool:
    # text/plain extension data: md5 (index 8), then disposition (index 9).
    if len(structure) > 9 and isinstance(structure[9], tuple | list) and structure[9]:
        return _text(structure[9][0]).lower() == "attachment"
    return False
