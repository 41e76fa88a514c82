"""Reading contact exports: LinkedIn, Google and Outlook CSV, any CSV, and vCard.

Every reader streams the file: its size is checked with ``os.stat`` before a
byte is read (50 MB at most), each physical line and field is capped at 1 MB
while reading, and the text must be UTF-8 (with or without a byte-order mark)
or UTF-16 with one, unless an encoding is named. Anything else is refused with
a message that names the file, the line and, where it applies, the field; the
readers never write, so a refused file leaves the store as it was.

vCard (2.1, 3.0 and 4.0) is split into cards here, after the two repairs real
exports need (quoted-printable soft line breaks joined, photos dropped unread:
they are not stored); each card is read in :mod:`ghostless.services.vcard_read`.
"""

from __future__ import annotations

import codecs
import csv
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ghostless.core.contact_import import (
    LINKEDIN_HEADER,
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    ImportFileError,
    ImportRecord,
    ghostless_record,
    google_record,
    linkedin_reader,
    mapped_record,
    outlook_record,
)
from ghostless.core.i18n import N_, _


class Source(StrEnum):
    LINKEDIN = "linkedin"
    VCARD = "vcard"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    CSV = "csv"

    @property
    def label(self) -> str:
        return _(_SOURCE_LABELS[self])


_SOURCE_LABELS = {
    Source.LINKEDIN: N_("LinkedIn Connections.csv"),
    Source.VCARD: N_("vCard (.vcf)"),
    Source.GOOGLE: N_("Google Contacts CSV"),
    Source.OUTLOOK: N_("Outlook CSV"),
    Source.CSV: N_("Other CSV (map the columns)"),
}


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The records of one file, and for a CSV its header.

    ``records`` is read lazily, once: a file at the size cap is never held in
    memory whole (see :func:`ghostless.services.imports.import_file`). A
    problem further into the file is raised while iterating.
    """

    records: Iterable[ImportRecord]
    header: tuple[str, ...] = ()


# -- opening -------------------------------------------------------------------------
def check_size(path: Path) -> None:
    """Refuse a missing, non-regular or oversized file before reading any of it."""
    name = str(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ImportFileError(name, f"cannot be read ({exc.strerror})") from exc
    if not os.path.isfile(path):
        raise ImportFileError(name, "is not a file")
    if info.st_size > MAX_FILE_BYTES:
        raise ImportFileError(
            name,
            f"is {info.st_size / 1024 / 1024:.0f} MB; files over "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB are refused (split the export into smaller "
            "files)",
        )


def _detect_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8"


#: The first bytes of files people pick by mistake, and what to call them.
_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive (unpack it and import the file inside)"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (save it as CSV)"),
    (b"\x1f\x8b", "a gzip archive"),
)
#: Bytes that never occur in text: C0 controls other than tab, line feed, form feed and
#: carriage return (and escape, which some old exports hold).
_BINARY = bytes(set(range(32)) - {9, 10, 12, 13, 27})


def _not_text(head: bytes, encoding: str) -> str | None:
    """What the file is when its first bytes say it is not text at all, else None.

    Checked before decoding, so a binary file is not called an encoding problem
    (with a hint to try another encoding, which would not help).
    """
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if encoding.replace("_", "-").lower().startswith(("utf-16", "utf16", "utf-32", "utf32")):
        return None  # NUL bytes are part of these encodings
    sample = head[:4096]
    if not sample or sum(map(sample.count, _BINARY)) * 20 <= len(sample):
        return None  # a stray control byte in text is reported on its line, by field
    return "binary data"


def _utf16_without_bom(head: bytes) -> bool:
    """Every other byte NUL, as in ASCII text written as UTF-16."""
    even, odd = head[0:512:2], head[1:512:2]
    return len(head) >= 8 and (
        even.count(0) == 0 < odd.count(0) * 10 >= len(odd) * 9
        or odd.count(0) == 0 < even.count(0) * 10 >= len(even) * 9
    )


#: How many bytes are read and decoded at a time (then extended to the end of a line).
_BLOCK = 256 * 1024


def lines_of(path: Path, encoding: str | None = None) -> Iterator[str]:
    """The file's lines with their ends, decoded, each at most 1 MB; streamed.

    The file is decoded in blocks of whole lines; a block with a byte that is
    not valid in the encoding is decoded again line by line, so the byte is
    reported on the line it is on.
    """
    check_size(path)
    name = str(path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise ImportFileError(name, f"cannot be read ({exc.strerror})") from exc
    with raw:
        head = raw.read(4096)
        chosen = encoding or _detect_encoding(head)
        what = _not_text(head, chosen)
        if what is not None and encoding is None and _utf16_without_bom(head):
            raise ImportFileError(
                name,
                "looks like UTF-16 text without a byte-order mark: name the encoding "
                "(--encoding utf-16-le or utf-16-be)",
            )
        if what is not None:
            raise ImportFileError(name, f"is not a contacts file: it holds {what}, not text")
        raw.seek(0)
        try:
            decoder = codecs.getincrementaldecoder(chosen)(errors="strict")
        except LookupError:
            raise ImportFileError(name, f"{chosen!r} is not an encoding Python knows") from None
        shown = chosen.upper().replace("-SIG", "")
        number = 0
        pending = ""
        too_long = f"a line longer than {MAX_FIELD_CHARS // 1024 // 1024} MB is refused"
        while True:
            block = raw.read(_BLOCK)
            if block and not block.endswith(b"\n"):
                block += raw.readline(MAX_FIELD_CHARS + 1)
            final = not block
            state = decoder.getstate()
            try:
                texts: list[str] | None = [decoder.decode(block, final=final)]
                pieces = [block]
            except UnicodeDecodeError:
                # Again line by line, giving out the lines before the bad byte first.
                decoder.setstate(state)
                texts = None
                pieces = [piece + b"\n" for piece in block.split(b"\n")]
                pieces[-1] = pieces[-1][:-1]
            for at, piece in enumerate(pieces):
                last = at == len(pieces) - 1
                try:
                    pending += texts[0] if texts else decoder.decode(piece, final=final and last)
                except UnicodeDecodeError as exc:
                    hint = (
                        "check which encoding the file was saved in"
                        if encoding
                        else "it may be in a legacy encoding such as Windows-1252: save it as "
                        "UTF-8, or name the encoding (--encoding cp1252)"
                    )
                    raise ImportFileError(
                        name,
                        f"is not {shown} text ({exc.reason}, byte {exc.object[exc.start]:#04x}); "
                        + hint,
                        line=number + 1 + pending.count("\n"),
                    ) from None
                *complete, pending = pending.split("\n")
                lines = [line + "\n" for line in complete]
                if final and last and pending:
                    lines.append(pending)
                    pending = ""
                if lines and max(map(len, lines)) > MAX_FIELD_CHARS:
                    for line in lines:
                        number += 1
                        if len(line) > MAX_FIELD_CHARS:
                            raise ImportFileError(name, too_long, line=number)
                        yield line
                else:
                    yield from lines
                    number += len(lines)
                if len(pending) > MAX_FIELD_CHARS:
                    raise ImportFileError(name, too_long, line=number + 1)
            if final:
                return


# -- CSV -----------------------------------------------------------------------------
def _set_field_limit() -> None:
    # Process-wide; raising it from the default 128 KiB to our own cap is the intent.
    if csv.field_size_limit() != MAX_FIELD_CHARS:
        csv.field_size_limit(MAX_FIELD_CHARS)


def csv_rows(
    path: Path,
    *,
    encoding: str | None = None,
    header_starts: str | None = None,
    required: Sequence[str] = (),
    what: str = "CSV file",
) -> tuple[tuple[str, ...], Iterator[tuple[int, dict[str, str]]]]:
    """The header and ``(line, row by header name)`` pairs of a CSV file, streamed.

    See :func:`csv_cells`, which this reads through.
    """
    header, cells = csv_cells(
        path, encoding=encoding, header_starts=header_starts, required=required, what=what
    )
    return header, ((line, dict(zip(header, row, strict=False))) for line, row in cells)


def csv_cells(
    path: Path,
    *,
    encoding: str | None = None,
    header_starts: str | None = None,
    required: Sequence[str] = (),
    what: str = "CSV file",
) -> tuple[tuple[str, ...], Iterator[tuple[int, list[str]]]]:
    """The header and ``(line, cells)`` pairs of a CSV file, streamed.

    ``header_starts`` skips lines until one that starts with it (LinkedIn's
    preamble). The delimiter is a comma or, when the header has more of them,
    a semicolon.
    """
    _set_field_limit()
    name = str(path)
    source = lines_of(path, encoding)
    header_line = ""
    header_at = 0
    for line in source:
        header_at += 1
        stripped = line.lstrip("\ufeff").strip()
        if header_starts is None:
            if stripped:
                header_line = stripped
                break
        elif stripped.replace('"', "").startswith(header_starts):
            header_line = stripped
            break
    if not header_line:
        expected = f" (a line starting {header_starts!r})" if header_starts else ""
        raise ImportFileError(name, f"no header line found{expected}: is this a {what}?")
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    try:
        header = tuple(h.strip() for h in next(csv.reader([header_line], delimiter=delimiter)))
    except (csv.Error, StopIteration) as exc:
        raise ImportFileError(name, f"the header cannot be read ({exc})", line=header_at) from None
    missing = [column for column in required if column not in header]
    if missing:
        raise ImportFileError(
            name,
            f"this is not a {what}: the header lacks {', '.join(map(repr, missing))}",
            line=header_at,
            column=missing[0],
        )
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    width = len(header)

    def rows() -> Iterator[tuple[int, list[str]]]:
        # reader.line_num counts the lines the reader has taken from ``source``.
        start = header_at + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFileError(
                    name, f"the file is not well-formed CSV ({exc})", line=start
                ) from None
            if not cells:  # a blank line
                start = header_at + reader.line_num + 1
                continue
            if len(cells) > width and any(cell.strip() for cell in cells[width:]):
                raise ImportFileError(
                    name,
                    f"{len(cells)} fields where the header has {width}",
                    line=start,
                    column=f"field {width + 1}",
                )
            yield start, cells
            start = header_at + reader.line_num + 1

    return header, rows()


def read_linkedin(path: Path, encoding: str | None = None) -> ReadResult:
    header, rows = csv_cells(
        path,
        encoding=encoding,
        header_starts="First Name,",
        required=LINKEDIN_HEADER[:3],
        what="LinkedIn Connections.csv",
    )
    record = linkedin_reader(header)
    return ReadResult((record(cells, line) for line, cells in rows), header)


def read_google(path: Path, encoding: str | None = None) -> ReadResult:
    header, rows = csv_rows(path, encoding=encoding, what="Google Contacts CSV")
    if not any(h.startswith("E-mail 1 - ") or h in ("First Name", "Name") for h in header):
        raise ImportFileError(
            str(path),
            "this is not a Google Contacts CSV: the header has neither 'First Name', "
            "'Name' nor 'E-mail 1 - Value'",
            line=1,
            column="First Name",
        )
    return ReadResult((google_record(row, line) for line, row in rows), header)


def read_outlook(path: Path, encoding: str | None = None) -> ReadResult:
    header, rows = csv_rows(path, encoding=encoding, what="Outlook CSV")
    if "E-mail Address" not in header or "First Name" not in header:
        raise ImportFileError(
            str(path),
            "this is not an Outlook CSV: the header lacks 'First Name' or 'E-mail Address'",
            line=1,
            column="E-mail Address",
        )
    return ReadResult((outlook_record(row, line) for line, row in rows), header)


def csv_header(path: Path, encoding: str | None = None) -> tuple[str, ...]:
    """The header of any CSV file, for the column-mapping step."""
    header, _rows = csv_rows(path, encoding=encoding)
    return header


def csv_samples(path: Path, encoding: str | None = None, limit: int = 5) -> list[dict[str, str]]:
    """The first rows with any value, for showing what each column holds."""
    _header, rows = csv_rows(path, encoding=encoding)
    found: list[dict[str, str]] = []
    for _line, row in rows:
        if any(value.strip() for value in row.values()):
            found.append(row)
            if len(found) >= limit:
                break
    return found


def read_ghostless(path: Path, encoding: str | None = None) -> ReadResult:
    """Ghostless's own contacts CSV (``ghostless export csv``), read by its header."""
    header, rows = csv_rows(path, encoding=encoding, what="Ghostless contacts CSV")
    return ReadResult((ghostless_record(row, line) for line, row in rows), header)


def read_mapped(path: Path, mapping: Mapping[str, str], encoding: str | None = None) -> ReadResult:
    header, rows = csv_rows(path, encoding=encoding)
    unknown = [column for column in mapping.values() if column not in header]
    if unknown:
        raise ImportFileError(
            str(path), f"no column named {unknown[0]!r} in the header", line=1, column=unknown[0]
        )
    if not any(t in mapping for t in ("name", "first_name", "last_name", "email")):
        raise ImportFileError(
            str(path),
            "map a column to the name, first or last name, or e-mail address",
            column="name",
        )
    return ReadResult((mapped_record(row, line, mapping) for line, row in rows), header)


# -- vCard ---------------------------------------------------------------------------
def _cards(path: Path, encoding: str | None) -> Iterator[tuple[int, str]]:
    """``(first line, text)`` of each card; QP soft breaks joined, photos dropped."""
    name = str(path)
    card: list[str] | None = None
    start = 0
    in_photo = False
    pending_qp = ""
    size = 0
    for number, raw in enumerate(lines_of(path, encoding), 1):
        line = raw.rstrip("\r\n").lstrip("\ufeff")
        if pending_qp:  # a quoted-printable soft line break: the value goes on here
            line = pending_qp + line
            pending_qp = ""
        upper = line.upper()
        if card is None:
            if upper.strip() == "BEGIN:VCARD":
                card, start, size, in_photo = [line], number, len(line), False
            elif line.strip():
                raise ImportFileError(
                    name, "text outside BEGIN:VCARD … END:VCARD; is this a vCard file?", line=number
                )
            continue
        if in_photo and line[:1] in (" ", "\t"):
            continue
        in_photo = upper.startswith("PHOTO") or (
            "." in upper.split(":", 1)[0] and upper.split(".", 1)[1].startswith("PHOTO")
        )
        if in_photo:
            continue
        head = upper.split(":", 1)[0]
        if "QUOTED-PRINTABLE" in head and line.endswith("="):
            pending_qp = line[:-1]
            continue
        size += len(line)
        if size > MAX_FIELD_CHARS:
            raise ImportFileError(
                name,
                f"a card longer than {MAX_FIELD_CHARS // 1024 // 1024} MB is refused",
                line=start,
            )
        card.append(line)
        if upper.strip() == "END:VCARD":
            yield start, "\r\n".join(card) + "\r\n"
            card = None
    if card is not None:
        raise ImportFileError(name, "the last card has no END:VCARD", line=start)


def read_vcard(path: Path, encoding: str | None = None) -> ReadResult:
    return ReadResult(_vcard_records(path, encoding))


def _vcard_records(path: Path, encoding: str | None) -> Iterator[ImportRecord]:
    from ghostless.services.vcard_read import card_record

    name = str(path)
    for line, text in _cards(path, encoding):
        try:
            record = card_record(text, line)
        except Exception as exc:  # noqa: BLE001 - vobject raises many kinds on hostile input
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ImportFileError(
                name, f"this card cannot be read ({detail})", line=line, column="VCARD"
            ) from None
        yield record


#: The reader of each source (the generic CSV one needs a mapping; see read_mapped).
READERS: dict[Source, Callable[[Path, str | None], ReadResult]] = {
    Source.LINKEDIN: read_linkedin,
    Source.VCARD: read_vcard,
    Source.GOOGLE: read_google,
    Source.OUTLOOK: read_outlook,
}
