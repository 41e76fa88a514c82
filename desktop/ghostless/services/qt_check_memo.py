"""Remembering that Qt's xcb plugin had every library it needs, so the next start skips ``ldd``.

:func:`ghostless.services.qt_check.check_before_start` runs ``ldd`` on the plugin,
a child process that costs 40-70 ms of every start on a machine where nothing
ever goes missing. A pass is remembered in the user's cache folder, keyed by
the plugin file (its path, size and time), the loader's cache
(``/etc/ld.so.cache``, rewritten by ``ldconfig`` whenever a package adds or
removes a library) and ``LD_LIBRARY_PATH``; any change to these checks again.
Only a pass is remembered: a missing library is looked for on every start
until it is installed. Linux only, like the check.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

#: The loader's cache of where libraries are, on glibc systems.
LOADER_CACHE = Path("/etc/ld.so.cache")
MEMO_NAME = "qt-xcb-check"


def memo_path(env: Mapping[str, str]) -> Path:
    """``$XDG_CACHE_HOME/ghostless/qt-xcb-check`` (``~/.cache`` when unset)."""
    base = env.get("XDG_CACHE_HOME", "").strip()
    root = Path(base) if base else Path.home() / ".cache"
    return root / "ghostless" / MEMO_NAME


def fingerprint(plugin: Path, env: Mapping[str, str], loader_cache: Path = LOADER_CACHE) -> str:
    """What a remembered pass is valid for (see the module)."""
    parts = [str(plugin), _stamp(plugin), _stamp(loader_cache), env.get("LD_LIBRARY_PATH", "")]
    return "\n".join(parts) + "\n"


def _stamp(path: Path) -> str:
    try:
        found = path.stat()
    except OSError:
        return "absent"
    return f"{found.st_size} {found.st_mtime_ns}"


def passed_before(memo: Path, print_: str) -> bool:
    """Whether a pass with this fingerprint is remembered."""
    try:
        return memo.read_text(encoding="utf-8") == print_
    except (OSError, UnicodeDecodeError):
        return False


def remember_pass(memo: Path, print_: str) -> None:
    """Keep the pass (written whole or not at all); a cache that cannot be written is skipped."""
    try:
        memo.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial = memo.with_name(f"{memo.name}.{os.getpid()}.tmp")
        partial.write_text(print_, encoding="utf-8")
        partial.replace(memo)
    except OSError:
        return
