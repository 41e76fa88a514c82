"""Which language Ghostless speaks, and loading its catalogues for the non-Qt layers.

The languages are the catalogues present: a folder
``ghostless/locale/<code>/LC_MESSAGES`` holding ``ghostless.mo`` (compiled
by ``make`` from the ``.po`` beside it), with the draft checker's rules for
the language in ``ghostless/locale/<code>/draft_rules.json``. Adding a
language is adding files (docs/translating.md); nothing here names one.
"""

from __future__ import annotations

import gettext
import json
import locale
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ghostless.core import i18n

if TYPE_CHECKING:
    from ghostless.services.ledger import Ledger

#: Chooses the language for one run, above the setting (as ``--language`` does).
LANGUAGE_ENV = "GHOSTLESS_LANG"
DOMAIN = "ghostless"


def locale_dir() -> Path:
    """The catalogues' folder, inside the package (PyInstaller keeps it there too)."""
    return Path(__file__).resolve().parents[1] / "locale"


def available() -> set[str]:
    """The languages with a compiled catalogue, besides English."""
    folder = locale_dir()
    if not folder.is_dir():
        return set()
    return {
        entry.name
        for entry in folder.iterdir()
        if (entry / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file()
    }


def system_language() -> str | None:
    """The desktop's language, as the environment or the C library says it."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0]
        if value and value not in ("C", "POSIX"):
            return value
    try:
        code = locale.getlocale(locale.LC_MESSAGES)[0]
    except (AttributeError, ValueError):  # no LC_MESSAGES on Windows
        code = locale.getlocale()[0]
    return code


def start(setting: str, asked: str | None = None) -> str:
    """Choose the language (``asked`` on the command line, else $GHOSTLESS_LANG, else
    the setting, else the system's) and speak it from now on; its code."""
    chosen = i18n.choose(
        available(),
        asked=asked or os.environ.get(LANGUAGE_ENV) or None,
        setting=setting,
        system=system_language(),
    )
    use(chosen)
    return chosen


def use(code: str) -> None:
    """Speak ``code`` (a language with a catalogue, or English) in the non-Qt layers:
    its messages and templates, and its draft checker rules when it has them."""
    translations = gettext.translation(DOMAIN, str(locale_dir()), languages=[code], fallback=True)
    rules_file = locale_dir() / code / "draft_rules.json"
    rules = json.loads(rules_file.read_text(encoding="utf-8")) if rules_file.is_file() else None
    i18n.use(translations, code, rules)


def start_for(ledger: Ledger, asked: str | None = None) -> str:
    """:func:`start` with the language setting of ``ledger``."""
    from ghostless.services.ledger import store_of
    from ghostless.store.settings import SettingsRepository

    return start(SettingsRepository(store_of(ledger)).load().language, asked)
