"""Interface language: Simplified Chinese first (the source strings), English second.

Our own strings are written in Chinese in the code and the forms; ``resources/translations/taxdesk_en.ts``
holds their English translations, compiled to ``.qm`` by ``make translations``. Qt's own dialogs get Qt's
bundled translations for the chosen language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from taxdesk.paths import resource_path

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def current() -> str:
    """The interface language now in use."""
    return _current


def localized(chinese: str, english: str) -> str:
    """Pick a catalogue name (data, not a translatable string) for the interface language."""
    return english if _current == "en" and english else chinese


def install(app: QCoreApplication, language: str | None) -> str:
    """Load the translators for ``language`` (unknown values fall back to Chinese); returns the language."""
    global _current
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    _current = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_translations)]
    if language != DEFAULT_LANGUAGE:
        candidates.append((f"taxdesk_{language}", str(resource_path("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
