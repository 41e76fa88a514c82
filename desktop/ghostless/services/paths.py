"""Where Ghostless keeps its data, and keeping that place private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ghostless.core.errors import StoreError

DATA_DIR_ENV = "GHOSTLESS_DATA_DIR"
DATABASE_NAME = "ghostless.sqlite3"


def default_data_dir() -> Path:
    """The platform's per-user data folder (XDG on Linux, AppData, Application Support)."""
    from platformdirs import user_data_path

    return user_data_path("Ghostless", appauthor=False, roaming=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` first, then ``GHOSTLESS_DATA_DIR``, then the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create the data folder readable by the user only (0700), or tighten it.

    The XDG spec asks for 0700 on creation; an existing folder that others can
    read is tightened too, since it holds the record of private conversations.
    """
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create the data folder ({exc.strerror})") from exc
    if not path.is_dir():
        raise StoreError(f"{path}: exists and is not a folder")
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            try:
                path.chmod(mode & 0o700)
            except OSError as exc:
                raise StoreError(
                    f"{path}: others can read this folder and it cannot be made private "
                    f"({exc.strerror})"
                ) from exc
    return path


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME
