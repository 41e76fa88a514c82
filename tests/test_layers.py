"""The window and the command line reach the store only through services.

import-linter forbids them to import ``ghostless.store``; this test also
refuses the ways around it that an import check cannot see: reaching into a
ledger's private store or repositories, or the services' own accessors.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "ghostless"
FORBIDDEN_ATTRIBUTES = {"_store", "_contacts", "_loops", "store", "contacts", "loops"}
FORBIDDEN_CALLS = {"store_of", "contacts_of"}


def _sources() -> list[Path]:
    return sorted([*(PACKAGE / "ui").rglob("*.py"), *(PACKAGE / "cli").rglob("*.py")])


def breaches(source: str) -> list[str]:
    """Every place in ``source`` that reaches into a ledger or uses the services' accessors."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in FORBIDDEN_ATTRIBUTES
            and "ledger" in ast.unparse(node.value).lower()
        ):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_CALLS:
            found.append(f"line {node.lineno}: {node.id}")
    return found


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_reaching_into_the_ledger(path: Path) -> None:
    assert breaches(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_each_way_around() -> None:
    source = (
        "self._ledger.store.conn.execute('x')\n"
        "ledger._contacts.search()\n"
        "store_of(ledger)\n"
        "summary.loops\n"  # not a ledger: allowed
    )
    assert sorted(breaches(source)) == [
        "line 1: self._ledger.store",
        "line 2: ledger._contacts",
        "line 3: store_of",
    ]
