"""A database file that cannot be read or created gets a clear message, not a traceback."""

from pathlib import Path

import pytest

from ghostless.core.errors import StoreError
from ghostless.store.database import Store


def test_an_unreadable_file_is_reported_and_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ghostless.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    before = path.read_bytes()

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(StoreError, match=r"cannot be read.*Permission denied"):
        Store.open(path)
    monkeypatch.undo()
    assert path.read_bytes() == before


def test_a_folder_that_refuses_new_files_is_reported(tmp_path: Path) -> None:
    missing_parent = tmp_path / "no-such-folder" / "ghostless.sqlite3"
    with pytest.raises(StoreError, match="cannot create the database"):
        Store.open(missing_parent)
