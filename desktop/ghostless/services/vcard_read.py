"""One vCard (2.1, 3.0 or 4.0) as an import record: every address, its label, the preferred one.

vobject does what it does well here: unfolding lines, parsing parameters (quoted
ones and 2.1's bare ``EMAIL;INTERNET;PREF``), and decoding quoted-printable with
its charset. Values are unescaped here instead, as each version says, because
vobject 0.9.9 reads every version as 3.0 and, for text values, cuts the value at
an unescaped comma (``NOTE:a, b`` reads ``a``: data lost, and 2.1 does not escape
commas), while it leaves URIs escaped (Apple writes ``https\\://``, which 3.0
allows). Grouped properties (Apple's ``item1.EMAIL`` with ``item1.X-ABLabel``)
and the preferred address (``TYPE=pref``, 4.0's ``PREF=1``, 2.1's bare ``PREF``)
are read from what vobject parsed.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from ghostless.core.contact_import import ImportRecord, join_name, split_labels
from ghostless.core.models import Address, AddressKind

#: TYPE values that say how to reach an address, not what it is for: never a label.
_NOT_LABELS = frozenset(
    ("pref", "internet", "x400", "voice", "msg", "text", "uri", "x-internet", "encoding")
)
_LABEL_WORDS = {"cell": "Mobile", "mobile": "Mobile", "work": "Work", "home": "Home",
                "other": "Other", "fax": "Fax", "pager": "Pager", "main": "Main"}  # fmt: skip
#: Apple writes its built-in labels as ``_$!<Work>!$_``.
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_KINDS = {"EMAIL": AddressKind.EMAIL, "TEL": AddressKind.PHONE, "URL": AddressKind.URL}
_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}
_NO_PREF = 1000


def unescape(value: str, version: str) -> str:
    """A vCard value as text. 3.0 and 4.0: ``\\n``, ``\\\\``, ``\\,``, ``\\;`` (and
    Apple's ``\\:``) unescaped, any other backslash kept. 2.1 escapes nothing in a
    single value (its only escape, ``\\;``, is in compound values: :func:`parts`)."""
    if version == "2.1" or "\\" not in value:
        return value
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), value)


def parts(value: str, version: str, separator: str = ";") -> list[str]:
    """The components of a compound value (N, ORG) or a list (CATEGORIES), unescaped."""
    pieces = re.split(r"(?<!\\)" + re.escape(separator), value)
    if version == "2.1":
        return [piece.replace("\\" + separator, separator) for piece in pieces]
    return [unescape(piece, version) for piece in pieces]


class _Line:
    """One content line as vobject parsed it, the value still raw."""

    __slots__ = ("group", "name", "pref", "types", "value")

    def __init__(self, group: str, name: str, types: list[str], pref: int, value: str) -> None:
        self.group, self.name, self.types, self.pref, self.value = group, name, types, pref, value


def _lines(text: str, dropped: list[str]) -> list[_Line]:
    from vobject.base import getLogicalLines, textLineToContentLine

    found: list[_Line] = []
    for logical, number in getLogicalLines(io.StringIO(text)):
        try:
            line = textLineToContentLine(logical, number)
        except Exception:  # noqa: BLE001 - vobject raises many kinds on hostile lines
            dropped.append(f"a line that cannot be read left out ({logical[:40]!r})")
            continue
        params: dict[str, list[str]] = {k.upper(): v for k, v in line.params.items()}
        types = [
            word.strip().casefold()
            for value in (*params.get("TYPE", []), *line.singletonparams)
            for word in str(value).split(",")
            if word.strip()
        ]
        pref = _NO_PREF
        for value in params.get("PREF", []):
            pref = min(pref, int(value)) if str(value).isdigit() else min(pref, 1)
        if "pref" in types:
            pref = min(pref, 1)
        value = line.value if isinstance(line.value, str) else ""
        found.append(_Line((line.group or "").casefold(), line.name.upper(), types, pref, value))
    return found


def _label(line: _Line, labels: dict[str, str]) -> str:
    if line.group and line.group in labels:
        label = labels[line.group]
        match = _APPLE_LABEL.match(label)
        return match.group(1) if match else label
    for word in line.types:
        if word not in _NOT_LABELS:
            return _LABEL_WORDS.get(word, word.capitalize())
    return ""


def _addresses(lines: Sequence[_Line], version: str, labels: dict[str, str]) -> list[Address]:
    """Every address in the card's order; the most preferred of each kind primary."""
    found: list[tuple[_Line, AddressKind, str]] = []
    for line in lines:
        kind = _KINDS.get(line.name)
        value = unescape(line.value, version).strip() if kind else ""
        if kind and value:
            if kind is AddressKind.EMAIL and value.casefold().startswith("mailto:"):
                value = value[len("mailto:") :]
            found.append((line, kind, value))
    best: dict[AddressKind, _Line] = {}
    for line, kind, _value in found:
        if kind not in best or line.pref < best[kind].pref:
            best[kind] = line
    return [
        Address(kind, value, _label(line, labels), best[kind] is line)
        for line, kind, value in found
    ]


def card_record(text: str, line: int) -> ImportRecord:
    """The record of one card's text (BEGIN to END, photos already dropped)."""
    dropped: list[str] = []
    lines = _lines(text, dropped)
    version = next((ln.value.strip() for ln in lines if ln.name == "VERSION"), "3.0")
    labels = {
        ln.group: unescape(ln.value, version).strip()
        for ln in lines
        if ln.name == "X-ABLABEL" and ln.group
    }

    def first(name: str) -> str:
        for ln in lines:
            if ln.name == name:
                value = unescape(ln.value, version).strip()
                if value:
                    return value
        return ""

    name = first("FN")
    if not name:
        for ln in lines:
            if ln.name == "N":
                family, given, additional, prefix, suffix = (
                    *parts(ln.value, version), "", "", "", "", ""
                )[:5]  # fmt: skip
                name = join_name(prefix, given, additional, family, suffix)
                if name:
                    break
    org = ""
    for ln in lines:
        if ln.name == "ORG":
            org = parts(ln.value, version)[0].strip()
            if org:
                break
    tags: list[str] = []
    for ln in lines:
        if ln.name == "CATEGORIES":
            tags += split_labels(",".join(parts(ln.value, version, ",")))
    return ImportRecord(
        line,
        name=name,
        org=org,
        role=first("TITLE") or first("ROLE"),
        notes=first("NOTE"),
        tags=tuple(tags),
        addresses=tuple(_addresses(lines, version, labels)),
        dropped=tuple(dropped),
    )
