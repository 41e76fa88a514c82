"""The CalDAV/CardDAV server, behind a small port the sync uses.

:class:`DavServer` is the real one, over the ``caldav`` client (CalDAV) and its
HTTP session (CardDAV, which caldav has no API for). TLS is verified (against
the system's roots, or the CA file the user names); plain http is accepted only
to a loopback address. Every failure becomes one :class:`DavError` whose
message says what happened in plain words, never the password.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import urljoin, urlsplit

from ghostless.core.errors import GhostlessError, InputError

if TYPE_CHECKING:
    from caldav.davclient import DAVClient

#: Seconds before a request that got no answer is given up (then: retry later).
TIMEOUT_S = 20
#: Writes sent at once, each over a connection of its own. A server spends most of
#: a write on its own storage (Radicale: 30-100 ms, under one lock); a few writes in
#: flight keep it busy while the others cross the network and the TLS handshake.
WRITE_CONNECTIONS = 4

T = TypeVar("T")


class DavError(GhostlessError):
    """The server could not be used now; nothing was half-applied, try again later."""


class DavAuthFailed(DavError):
    """The server refused the user name or password."""


class DavChanged(DavError):
    """A precondition failed (HTTP 412): the item changed on the server meanwhile."""


@dataclass(frozen=True, slots=True)
class RemoteObject:
    """One item in a collection (``data`` None: it was deleted there)."""

    href: str
    etag: str | None
    data: bytes | None


@dataclass(frozen=True, slots=True)
class Delta:
    """What changed in a collection since a sync token, and the token to ask from next."""

    token: str | None
    objects: tuple[RemoteObject, ...]


@dataclass(frozen=True, slots=True)
class Collection:
    url: str
    name: str


def advance_past_own_writes(
    collection: DavCollection,
    token: str | None,
    known: Mapping[str, str | None],
    removed: set[str],
) -> str | None:
    """The token to read from next, once our own writes are done: the new one if the
    only changes since ``token`` are ours (``known`` ETags, ``removed`` addresses),
    else ``token`` as it was, so another client's change in between is still read.
    Saves the next sync fetching back every item it just wrote."""
    delta = collection.delta(token, known)
    foreign = [o for o in delta.objects if not (o.data is None and o.href in removed)]
    return token if foreign else delta.token


def run_writes(
    jobs: Sequence[Callable[[], T]], connections: int = WRITE_CONNECTIONS
) -> Iterator[tuple[int, T | DavError]]:
    """Run ``jobs`` (each one write) up to ``connections`` at once; yields each job's
    index with its result, or the DavError it raised, as it ends. The caller records
    what reached the server on its own thread as the answers come.

    After a failure other than a 412 (the server is gone, or refuses) no further job
    is started: those already running end, and their answers are yielded too."""
    if connections <= 1:
        for index, job in enumerate(jobs):
            try:
                yield index, job()
            except DavChanged as exc:
                yield index, exc
            except DavError as exc:
                yield index, exc
                return
        return
    pending = iter(enumerate(jobs))
    running: dict[Future[T], int] = {}
    stopped = False
    with ThreadPoolExecutor(connections, thread_name_prefix="dav-write") as pool:

        def start_next() -> None:
            for index, job in pending:
                running[pool.submit(job)] = index
                return

        for _ in range(connections):
            start_next()
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                index = running.pop(future)
                try:
                    yield index, future.result()
                except DavChanged as exc:
                    yield index, exc
                except DavError as exc:
                    stopped = True
                    yield index, exc
                if not stopped:
                    start_next()


def write_all(
    jobs: Sequence[Callable[[], T]],
    connections: int,
    done: Callable[[int, T], None],
    changed: Callable[[int, DavChanged], None],
) -> None:
    """:func:`run_writes`, each answer handed to ``done`` (or ``changed``, for a 412) as
    it comes; the first failure is raised once every write still running has answered,
    so what reached the server can be recorded."""
    failed: DavError | None = None
    for index, result in run_writes(jobs, connections):
        if isinstance(result, DavChanged):
            changed(index, result)
        elif isinstance(result, DavError):
            failed = failed or result
        else:
            done(index, result)
    if failed is not None:
        raise failed


class DavCollection(Protocol):
    """One calendar or address book: read its changes, write items under preconditions."""

    url: str

    def delta(self, token: str | None, known: Mapping[str, str | None] | None = None) -> Delta: ...

    def create(self, href: str, data: bytes) -> str | None: ...

    def replace(self, href: str, data: bytes, etag: str | None) -> str | None: ...

    def delete(self, href: str, etag: str | None) -> None: ...

    def get(self, href: str) -> RemoteObject | None: ...


def check_url(url: str) -> str:
    """The server address, refused unless it is https, or http to this machine only."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"https", "http"} or not parts.hostname:
        raise InputError(f"url: {url!r} is not an http(s) address", field="url")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InputError(
            f"url: {url!r} would send your password unencrypted; use https "
            "(plain http is only for a server on this machine)",
            field="url",
        )
    text = url.strip()
    return text if text.endswith("/") else text + "/"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@contextmanager
def _plain_errors(what: str) -> Iterator[None]:
    """Turn whatever the client raises into one DavError saying what happened."""
    from caldav.lib import error as caldav_error
    from niquests import exceptions as http_error

    try:
        yield
    except DavError:
        raise
    except caldav_error.AuthorizationError:
        raise DavAuthFailed(f"{what}: the server refused the user name or password") from None
    except http_error.SSLError as exc:
        if "certificate" not in str(exc).lower():  # the connection broke, not the trust
            raise DavError(f"{what}: the connection to the server broke; will retry") from None
        raise DavError(
            f"{what}: the server's certificate could not be verified (name a CA file if "
            "your server uses its own)"
        ) from None
    except http_error.Timeout:
        raise DavError(f"{what}: the server did not answer in {TIMEOUT_S} s; will retry") from None
    except (http_error.ConnectionError, ConnectionError, OSError):
        raise DavError(f"{what}: the server cannot be reached; will retry") from None
    except caldav_error.DAVError as exc:
        reason = getattr(exc, "reason", "") or type(exc).__name__
        raise DavError(f"{what}: the server refused ({reason}); will retry") from None


def _etag(headers: Any) -> str | None:
    value = headers.get("ETag") or headers.get("etag")
    return None if value is None else str(value)


class _VcardIsExpected(logging.Filter):
    """caldav logs every non-calendar body as a "deviation"; a vCard from an address
    book is what we asked for."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "Unexpected content type: text/vcard" not in record.getMessage()


_QUIET = _VcardIsExpected()
#: The auth object's class (niquests or requests) -> caldav's name for its scheme.
_SCHEMES = {"HTTPBasicAuth": "basic", "HTTPDigestAuth": "digest", "HTTPBearerAuth": "bearer"}


class DavServer:
    """A connection to one account on a CalDAV/CardDAV server."""

    def __init__(self, url: str, user: str, password: str, ca_file: Path | None = None) -> None:
        from caldav.davclient import DAVClient

        logging.getLogger("caldav").addFilter(_QUIET)  # once: filters are a set-like list

        self.url = check_url(url)
        self.user = user
        self._connect: Callable[..., DAVClient] = partial(
            DAVClient,
            url=self.url,
            username=user,
            password=password,
            timeout=TIMEOUT_S,
            ssl_verify_cert=str(ca_file) if ca_file else True,
            enable_rfc6764=False,
        )
        self._local = threading.local()
        self._opened: list[DAVClient] = []
        self._opening = threading.Lock()

    @property
    def client(self) -> DAVClient:
        """This thread's connection (writes run on several threads at once; an HTTP
        session is not shared between threads)."""
        found: DAVClient | None = getattr(self._local, "client", None)
        if found is None:
            found = self._local.client = self._another_client()
            with self._opening:
                self._opened.append(found)
        return found

    def _another_client(self) -> DAVClient:
        """A new connection that logs in as the first one did. A server asking for the
        password answers before it has read the request and closes the connection; a
        write of a large item still being sent then breaks. So a writer's connection
        sends the password with its first request (basic, as the first connection
        learned), or, for a scheme that needs the server's challenge, logs in with a
        small request first."""
        with self._opening:
            first = self._opened[0] if self._opened else None
        if first is None or first.auth is None:
            return self._connect()
        scheme = _SCHEMES.get(type(first.auth).__name__)
        if scheme in {"basic", "bearer"}:
            return self._connect(auth_type=scheme)
        client = self._connect()
        with _plain_errors("connecting"):
            client.request(self.url, "PROPFIND", "", {"Depth": "0"})
        return client

    def close(self) -> None:
        """Close every thread's connection (a writer thread's outlives its thread)."""
        with self._opening:
            opened, self._opened = self._opened, []
        for client in opened:
            client.close()
        self._local = threading.local()

    def _principal(self) -> Any:
        # caldav leaves principal() and calendar() unannotated; their results are used
        # through the few typed calls below.
        return self.client.principal()  # type: ignore[no-untyped-call]

    def check(self) -> str:
        """Log in and find the user's home; returns its address."""
        with _plain_errors("connecting"):
            return str(self._principal().url)

    # -- calendars -------------------------------------------------------------------
    def calendars(self) -> list[Collection]:
        with _plain_errors("listing calendars"):
            return [
                Collection(str(c.url), str(c.get_display_name() or c.url))
                for c in self._principal().calendars()
            ]

    def make_calendar(self, name: str) -> Collection:
        with _plain_errors("creating the calendar"):
            made = self._principal().make_calendar(
                name=name, supported_calendar_component_set=["VTODO"]
            )
            return Collection(str(made.url), name)

    def task_calendar(self, url: str) -> CaldavCollection:
        return CaldavCollection(self, url)

    def address_book(self, url: str) -> CardCollection:
        return CardCollection(self, url)

    def make_journal(self, name: str) -> Collection:
        """A calendar of journal entries only: the shared ledger (phones leave it alone)."""
        with _plain_errors("creating the ledger calendar"):
            made = self._principal().make_calendar(
                name=name, supported_calendar_component_set=["VJOURNAL"]
            )
            return Collection(str(made.url), name)

    # -- address books ---------------------------------------------------------------
    def address_books(self) -> list[Collection]:
        body = (
            '<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop>'
            "<resourcetype/><displayname/></prop></propfind>"
        )
        with _plain_errors("listing address books"):
            home = str(self._principal().url)
            response = self.client.request(
                home, "PROPFIND", body, {"Depth": "1", "Content-Type": "application/xml"}
            )
            if response.status >= 400:
                raise DavError(f"listing address books: the server answered {response.status}")
            return _address_books(home, response.raw)

    def make_address_book(self, name: str, slug: str) -> Collection:
        body = (
            '<?xml version="1.0" encoding="utf-8"?><mkcol xmlns="DAV:" '
            'xmlns:CR="urn:ietf:params:xml:ns:carddav"><set><prop><resourcetype><collection/>'
            f"<CR:addressbook/></resourcetype><displayname>{_xml(name)}</displayname></prop>"
            "</set></mkcol>"
        )
        with _plain_errors("creating the address book"):
            url = urljoin(str(self._principal().url), f"{slug}/")
            response = self.client.request(url, "MKCOL", body, {"Content-Type": "application/xml"})
            if response.status >= 400:
                raise DavError(f"creating the address book: the server answered {response.status}")
            return Collection(url, name)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _address_books(home: str, raw: Any) -> list[Collection]:
    from xml.etree import ElementTree

    text = raw if isinstance(raw, str) else bytes(raw).decode("utf-8")
    found: list[Collection] = []
    for response in ElementTree.fromstring(text).iter("{DAV:}response"):
        href = response.findtext("{DAV:}href") or ""
        if response.find(".//{urn:ietf:params:xml:ns:carddav}addressbook") is None:
            continue
        name = response.findtext(".//{DAV:}displayname") or href.rstrip("/").rsplit("/", 1)[-1]
        found.append(Collection(urljoin(home, href), name))
    return found


class CaldavCollection:
    """One collection on the server, read by sync token and written under If-Match."""

    content_type = "text/calendar; charset=utf-8"

    def __init__(self, server: DavServer, url: str) -> None:
        self.server = server
        self.url = url if url.endswith("/") else url + "/"

    def delta(self, token: str | None, known: Mapping[str, str | None] | None = None) -> Delta:
        """The items changed since ``token`` (all of them without one), with their data.

        Items whose ETag is the one in ``known`` (by address) are our own writes
        coming back: they are left out, and never fetched.
        """
        known = known or {}
        with _plain_errors("reading changes"):
            calendar = self.server.client.calendar(url=self.url)  # type: ignore[no-untyped-call]
            found = calendar.get_objects_by_sync_token(sync_token=token, load_objects=False)
            listed = [
                (str(item.url), (getattr(item, "props", None) or {}).get("{DAV:}getetag"))
                for item in found
            ]
            token = found.sync_token
        objects: list[RemoteObject] = []
        for href, etag in listed:
            if etag is not None and known.get(href) == str(etag):
                continue  # our own write, unchanged
            item = self.get(href)  # None: deleted there
            objects.append(item if item is not None else RemoteObject(href, None, None))
        return Delta(token, tuple(objects))

    def _write(self, href: str, data: bytes, condition: dict[str, str], what: str) -> str | None:
        with _plain_errors(what):
            response = self.server.client.put(
                href,
                data.decode("utf-8"),
                {"Content-Type": self.content_type, **condition},
            )
        if response.status == 412:
            raise DavChanged(f"{what}: it changed on the server meanwhile; will retry")
        if response.status >= 400:
            raise DavError(f"{what}: the server answered {response.status}; will retry")
        return _etag(response.headers)

    def create(self, href: str, data: bytes) -> str | None:
        return self._write(href, data, {"If-None-Match": "*"}, "writing an item")

    def replace(self, href: str, data: bytes, etag: str | None) -> str | None:
        condition = {"If-Match": etag} if etag else {}
        return self._write(href, data, condition, "updating an item")

    def delete(self, href: str, etag: str | None) -> None:
        headers = {"If-Match": etag} if etag else {}
        with _plain_errors("removing a task"):
            response = self.server.client.request(href, "DELETE", "", headers)
        if response.status == 412:
            raise DavChanged("removing an item: it changed on the server meanwhile; will retry")
        if response.status >= 400 and response.status != 404:
            raise DavError(f"removing an item: the server answered {response.status}")

    def get(self, href: str) -> RemoteObject | None:
        with _plain_errors("reading an item"):
            response = self.server.client.request(href, "GET")
        if response.status == 404:
            return None
        if response.status >= 400:
            raise DavError(f"reading an item: the server answered {response.status}")
        raw = response.raw
        data = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw)
        return RemoteObject(href, _etag(response.headers), data)


_SYNC_REPORT = (
    '<?xml version="1.0" encoding="utf-8"?><sync-collection xmlns="DAV:">'
    "<sync-token>{token}</sync-token><sync-level>1</sync-level>"
    "<prop><getetag/></prop></sync-collection>"
)


class CardCollection(CaldavCollection):
    """An address book (caldav has no CardDAV API): the same sync-collection REPORT
    (RFC 6578) and conditional writes, with vCards."""

    content_type = "text/vcard; charset=utf-8"

    def delta(self, token: str | None, known: Mapping[str, str | None] | None = None) -> Delta:
        from xml.etree import ElementTree

        known = known or {}
        body = _SYNC_REPORT.format(token=_xml(token or ""))
        with _plain_errors("reading contact changes"):
            response = self.server.client.request(
                self.url, "REPORT", body, {"Depth": "1", "Content-Type": "application/xml"}
            )
        if response.status >= 400:
            raise DavError(f"reading contact changes: the server answered {response.status}")
        raw = response.raw
        root = ElementTree.fromstring(raw if isinstance(raw, str) else bytes(raw).decode())
        objects: list[RemoteObject] = []
        for item in root.iter("{DAV:}response"):
            href = urljoin(self.url, item.findtext("{DAV:}href") or "")
            if href.rstrip("/") == self.url.rstrip("/"):
                continue
            gone = "404" in (item.findtext("{DAV:}status") or "")
            if gone:
                objects.append(RemoteObject(href, None, None))
                continue
            etag = item.findtext(".//{DAV:}getetag")
            if etag is not None and known.get(href) == etag:
                continue  # our own write, unchanged
            found = self.get(href)
            if found is not None:
                objects.append(found)
        return Delta(root.findtext("{DAV:}sync-token"), tuple(objects))
