"""A table over a list that may hold tens of thousands of rows: counted, read by the page.

The view knows how many rows there are (a count made in SQL) and asks only for
the rows it paints; the model reads the page holding a row the first time it is
asked for and keeps a few pages. A refresh forgets the pages and counts again,
so its cost follows what is on screen, not what was ever scrolled past; a jump
to any row reads one page.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject

from ghostless.ui.common.table_model import FlatTableModel, Index

R = TypeVar("R")


class PagedTableModel(FlatTableModel, Generic[R]):
    """Rows ``0 .. total - 1``, read ``PAGE`` at a time through :meth:`read_page`.

    Subclasses implement :meth:`read_page` and answer ``data()`` from
    :meth:`row_at`; :meth:`reset` starts again with a new total.
    """

    PAGE = 200
    #: Pages kept in memory: a screenful at either end of a scroll, and the jumps between.
    KEEP = 8

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._total = 0
        self._pages: OrderedDict[int, list[R]] = OrderedDict()

    # -- what subclasses provide ---------------------------------------------
    def read_page(self, offset: int, limit: int) -> list[R]:
        raise NotImplementedError

    # -- loading -------------------------------------------------------------
    def reset(self, total: int, first_page: list[R] | None = None) -> None:
        """Forget every page; the list now holds ``total`` rows (the first page, if
        already read, is kept)."""
        self.beginResetModel()
        self._total = max(total, 0)
        self._pages.clear()
        if first_page is not None:
            self._pages[0] = first_page
        self.endResetModel()

    def grow(self, total: int) -> None:
        """The list holds more rows than first said (counted later): add them."""
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()

    def refresh_rows(self) -> None:
        """The rows may have changed but not their number: read again what is shown."""
        self._pages.clear()
        if self._total:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._total - 1, self.columnCount() - 1)
            )

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> R | None:
        if not 0 <= row < self._total:
            return None
        number = row // self.PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        offset = row - number * self.PAGE
        return page[offset] if offset < len(page) else None

    def page(self, number: int) -> list[R] | None:
        """Page ``number`` if it is in memory (None: not read, or forgotten)."""
        return self._pages.get(number)

    def loaded_rows(self) -> list[tuple[int, R]]:
        """(row, item) of every row in memory, in row order."""
        found: list[tuple[int, R]] = []
        for number in sorted(self._pages):
            first = number * self.PAGE
            found.extend((first + n, item) for n, item in enumerate(self._pages[number]))
        return found

    def _load(self, number: int) -> list[R]:
        page = self.read_page(number * self.PAGE, self.PAGE)
        self._pages[number] = page
        while len(self._pages) > self.KEEP:
            self._pages.popitem(last=False)
        return page

    # -- Qt model ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else self._total
