"""The status line under the loop list: how many loops there are and how many match."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ghostless.core.queries import LoopQuery

if TYPE_CHECKING:
    from ghostless.services.ledger import Ledger


def _loops(count: int, *, open_only: bool = False) -> str:
    if open_only:
        if count == 1:
            return QCoreApplication.translate("StatusText", "1 open loop")
        return QCoreApplication.translate("StatusText", "{count} open loops").format(count=count)
    if count == 1:
        return QCoreApplication.translate("StatusText", "1 loop")
    return QCoreApplication.translate("StatusText", "{count} loops").format(count=count)


def status_text(query: LoopQuery, *, shown: int, open_total: int, more: bool = False) -> str:
    """The line for the list: "7 open loops", or how many of them the filter matched.

    ``shown`` counts the loops ``query`` finds (at least that many when ``more``,
    written "200+"); ``open_total`` counts the open loops in all.
    """
    text = query.text.strip()
    found = f"{shown}+" if more else str(shown)
    if text and query.include_closed:
        if shown == 1 and not more:
            said = QCoreApplication.translate(
                "StatusText", "1 loop matches “{text}” · {open_total} open in all"
            )
        else:
            said = QCoreApplication.translate(
                "StatusText", "{found} loops match “{text}” · {open_total} open in all"
            )
        return said.format(found=found, text=text, open_total=open_total)
    if text:
        return QCoreApplication.translate("StatusText", "{found} of {loops} match “{text}”").format(
            found=found, loops=_loops(open_total, open_only=True), text=text
        )
    if query.include_closed:
        return QCoreApplication.translate(
            "StatusText", "{loops}, {open_total} of them open"
        ).format(loops=_loops(shown), open_total=open_total)
    return _loops(open_total, open_only=True)


def plain_status(ledger: Ledger, *, include_closed: bool) -> str:
    """The line for the list with no filter typed (before the Loops tab is built)."""
    open_total = ledger.count_loops(LoopQuery())
    query = LoopQuery(include_closed=include_closed)
    shown = ledger.count_loops(query) if include_closed else open_total
    return status_text(query, shown=shown, open_total=open_total)
