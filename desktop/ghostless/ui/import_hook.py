"""A lighter answer to the question PySide6's import hook asks of every module.

After PySide6 is imported, its hook asks of each module imported next whether
it uses PySide6 (for ``from __feature__ import ...``, PYSIDE-2029), by reading
its source through ``inspect.getsource``: tokenized, split into lines and kept
in ``linecache``. At start-up that is about 180 modules, some 25 ms of CPU and
4 MB of lines kept for nothing. The same question is answered here by looking
for the same word in the file's bytes; a module without a ``.py`` file (built
in, frozen by the installer) still goes to PySide6's own check.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - creates the hook this module lightens

_MARK = "_ghostless_light"


def lighten() -> None:
    """Replace the hook's source check by a read of the file's bytes (once)."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, _MARK, False):
        return  # another PySide6 than the one measured, or done already
    feature._mod_uses_pyside = _light(upstream)  # type: ignore[union-attr]


def _light(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside
