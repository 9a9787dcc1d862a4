"""Interface language: Simplified Chinese first (the source strings), English second.

Our own strings are written in Chinese in the code and the forms; ``resources/translations/taxdesk_en.ts``
holds their English translations, compiled to ``.qm`` by ``make translations``. Qt's own dialogs get Qt's
bundled translations for the chosen language.
"""

from __future__ import annotations

from datetime import date

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


def role_name(role: str) -> str:
    """A role's name for the interface language (值班长 / Hall supervisor), from the roles table."""
    from taxdesk.core.roles import ROLE_NAMES

    english, chinese = ROLE_NAMES.get(role, (role, role))
    return localized(chinese, english[:1].upper() + english[1:])


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
    ours = str(resource_path("translations"))
    # Qt's own catalogue, then our supplement for the few Qt strings it leaves untranslated, then ours.
    candidates = [(f"qtbase_{language}", qt_translations), (f"qt_extra_{language}", ours)]
    if language != DEFAULT_LANGUAGE:
        candidates.append((f"taxdesk_{language}", ours))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


# ------------------------------------------------------------------------------------------------ dates
# Dates follow the interface language everywhere: Chinese 12月7日 周一, English Mon Dec 7 — never a bare
# 7/12 or 12/7, which a reader of the other convention takes for another day.

_WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def weekday(day: date) -> str:
    """周一 / Mon."""
    return (_WEEKDAYS_EN if _current == "en" else _WEEKDAYS_ZH)[day.weekday()]


def month_day(day: date) -> str:
    """12月7日 / Dec 7."""
    if _current == "en":
        return f"{_MONTHS_EN[day.month - 1]} {day.day}"
    return f"{day.month}月{day.day}日"


def day_and_weekday(day: date) -> str:
    """12月7日 周一 / Mon Dec 7."""
    if _current == "en":
        return f"{weekday(day)} {month_day(day)}"
    return f"{month_day(day)} {weekday(day)}"


def full_date(day: date) -> str:
    """2026年12月7日 / Dec 7, 2026."""
    if _current == "en":
        return f"{month_day(day)}, {day.year}"
    return f"{day.year}年{month_day(day)}"


def date_range(first: date, last: date) -> str:
    """12月14日–12月20日 / Dec 14–20; with the years when the two fall in different years."""
    if first == last:
        return month_day(first)
    if first.year != last.year:
        return f"{full_date(first)} – {full_date(last)}"
    if _current == "en":
        if first.month == last.month:
            return f"{month_day(first)}–{last.day}"
        return f"{month_day(first)} – {month_day(last)}"
    return f"{month_day(first)}–{month_day(last)}"
