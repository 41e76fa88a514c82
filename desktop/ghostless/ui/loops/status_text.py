"""The status line under the loop list: how many loops there are and how many match."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ghostless.core.queries import LoopQuery

if TYPE_CHECKING:
    from ghostless.services.ledger import Ledger


def _loops(count: int, adjective: str = "") -> str:
    noun = "loop" if count == 1 else "loops"
    return f"{count} {adjective} {noun}" if adjective else f"{count} {noun}"


def status_text(query: LoopQuery, *, shown: int, open_total: int, more: bool = False) -> str:
    """The line for the list: "7 open loops", or how many of them the filter matched.

    ``shown`` counts the loops ``query`` finds (at least that many when ``more``,
    written "200+"); ``open_total`` counts the open loops in all.
    """
    text = query.text.strip()
    found = f"{shown}+" if more else str(shown)
    if text and query.include_closed:
        noun, verb = ("loop", "matches") if shown == 1 and not more else ("loops", "match")
        return f"{found} {noun} {verb} “{text}” · {open_total} open in all"
    if text:
        return f"{found} of {_loops(open_total, 'open')} match “{text}”"
    if query.include_closed:
        return f"{_loops(shown)}, {open_total} of them open"
    return _loops(open_total, "open")


def plain_status(ledger: Ledger, *, include_closed: bool) -> str:
    """The line for the list with no filter typed (before the Loops tab is built)."""
    open_total = ledger.count_loops(LoopQuery())
    query = LoopQuery(include_closed=include_closed)
    shown = ledger.count_loops(query) if include_closed else open_total
    return status_text(query, shown=shown, open_total=open_total)
