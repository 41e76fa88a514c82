"""The window in the user's language: Qt's translators, and the locale dates and numbers use.

Ghostless's own strings come from ``ghostless_<code>.qm`` beside the gettext
catalogues (compiled by ``make`` from the ``.ts`` written by translators);
Qt's own (OK, Cancel, the colour and file dialogs) from the ``qtbase``
catalogue Qt ships. Every widget formats dates and numbers through the
default :class:`QLocale`, set here to the language's (keeping the desktop's
region when it speaks the same language: de_AT stays Austrian).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ghostless.services import language


def install(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Speak ``code`` in every window built from now on; the translators installed."""
    system = language.system_language() or ""
    region = system.split(".")[0].replace("-", "_")
    QLocale.setDefault(QLocale(region if region.split("_")[0] == code else code))
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("ghostless", str(language.locale_dir()))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{code}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for the catalogue under ``context``; it is translated where shown
    (``QCoreApplication.translate(context, source)``). Qt's own returns ``object``."""
    return source
