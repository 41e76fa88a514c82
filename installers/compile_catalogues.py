"""Compile the translation catalogues in desktop/ghostless/locale (``make`` runs it).

The gettext catalogues (``<code>/LC_MESSAGES/ghostless.po``, for the layers
below Qt) become ``.mo`` files through Babel; the Qt catalogues
(``ghostless_<code>.ts``, for the window) become ``.qm`` files through Qt's
``lrelease``. A file is compiled again only when its source is newer, so the
test run can call this every time. Usage: ``python installers/compile_catalogues.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

LOCALE = Path(__file__).resolve().parents[1] / "desktop" / "ghostless" / "locale"


def _stale(source: Path, target: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("compile_catalogues: pyside6-lrelease not found (PySide6 installs it)")
    return found


def compile_all(locale: Path = LOCALE) -> list[Path]:
    """Compile every stale catalogue under ``locale``; the files written."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted(locale.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if _stale(po, mo):
            with po.open("rb") as source:
                catalog = read_po(source, locale=po.parents[1].name)
            with mo.open("wb") as target:
                write_mo(target, catalog)
            written.append(mo)
    for ts in sorted(locale.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if _stale(ts, qm):
            subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            written.append(qm)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path.relative_to(LOCALE.parents[2])}")  # noqa: T201 - a build step says what it did
