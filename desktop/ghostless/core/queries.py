"""What a list asks for: which loops, and the words of a typed filter.

Plain values shared by the window, the command line and the store, so the
window can say what it wants without reaching into the store.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LoopQuery:
    """Which loops a list shows: open only or all, and a typed filter."""

    text: str = ""
    include_closed: bool = False


def search_words(text: str) -> list[str]:
    """The words of a filter typed by the user, case-folded."""
    return [word for word in text.casefold().split() if word]
