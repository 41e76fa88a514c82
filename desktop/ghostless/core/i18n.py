"""The user's language for text made outside Qt: gettext, through one translations object.

Text the core and the services show the user goes through :func:`_` (or
:func:`ngettext`); text kept in tables built at import time is marked with
:func:`N_` and translated where it is shown. The catalogues are compiled from
``ghostless/locale/<language>/LC_MESSAGES/ghostless.po`` (``make``);
:mod:`ghostless.services.language` chooses the language and calls :func:`use`.
Until then, and for English, every message is its own translation.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Mapping

#: A language as the catalogues and the setting name it: "de", "es", "pt_BR".
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")
#: The language the messages are written in.
SOURCE_LANGUAGE = "en"

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE
_checker_rules: Mapping[str, object] | None = None


def _(message: str) -> str:
    """``message`` in the user's language."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count`` in the user's language."""
    return _translations.ngettext(singular, plural, count)


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    """As :func:`ngettext`, for a message whose words differ by ``context`` in another
    language ("2 Tage" as a setting, "seit 2 Tagen" in a sentence)."""
    return _translations.npgettext(context, singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - gettext's own name for it
    """Mark ``message`` for the catalogue; it is translated where it is shown."""
    return message


def use(
    translations: gettext.NullTranslations,
    language: str,
    checker_rules: Mapping[str, object] | None = None,
) -> None:
    """Speak ``language`` from now on, through ``translations``; the draft checker reads
    drafts by ``checker_rules`` (its word families in that language; None: English's)."""
    global _translations, _language, _checker_rules
    _translations = translations
    _language = language
    _checker_rules = checker_rules


def checker_rules() -> Mapping[str, object] | None:
    """The draft checker's word families for the language in use (None: the built-in English)."""
    return _checker_rules


def language() -> str:
    """The language in use ("en" until another is chosen)."""
    return _language


def choose(available: set[str], *, asked: str | None, setting: str, system: str | None) -> str:
    """The language to speak: the one asked for on the command line or in the
    environment, else the setting, else the system's; each only if a catalogue
    exists for it (or its base language: "de" for "de_AT"), else English."""
    for wanted in (asked, setting, system):
        if not wanted:
            continue
        code = wanted.split(".")[0].split("@")[0].replace("-", "_")
        for candidate in (code, code.split("_")[0]):
            if candidate == SOURCE_LANGUAGE or candidate in available:
                return candidate
    return SOURCE_LANGUAGE
