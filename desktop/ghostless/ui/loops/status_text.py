"""The status line under the loop list: how many loops there are and how many match."""

from __future__ import annotations

from ghostless.core.queries import LoopQuery


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
