"""Table models and wording of the tax calendar dialog (税务日历): the twelve filing periods of a year and
its holidays and make-up workdays, each with where it comes from. GUI thread only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from taxdesk.core.calendar import FilingMonth, SpecialPeriod
from taxdesk.gui import i18n, theme
from taxdesk.gui.widgets.models import RowsModel

CONTEXT = "CalendarDialog"

HOLIDAY_RED = theme.colour("warning")
HOLIDAY_BACKGROUND = theme.colour("problem_bg")
MAKEUP_BROWN = theme.colour("caution")
MAKEUP_BACKGROUND = theme.colour("caution_soft")
DEADLINE_BLUE = theme.colour("accent")
DEADLINE_BACKGROUND = theme.colour("accent_pressed")
REST_GREY = theme.colour("faint")

WEEKDAYS = (
    QT_TRANSLATE_NOOP("CalendarDialog", "星期一"),
    QT_TRANSLATE_NOOP("CalendarDialog", "星期二"),
    QT_TRANSLATE_NOOP("CalendarDialog", "星期三"),
    QT_TRANSLATE_NOOP("CalendarDialog", "星期四"),
    QT_TRANSLATE_NOOP("CalendarDialog", "星期五"),
    QT_TRANSLATE_NOOP("CalendarDialog", "星期六"),
    QT_TRANSLATE_NOOP("CalendarDialog", "星期日"),
)

# Where a deadline comes from (taxdesk.core.calendar.Calendar.deadline_source).
DEADLINE_SOURCES = {
    "official": QT_TRANSLATE_NOOP("CalendarDialog", "国家税务总局公布"),
    "imported": QT_TRANSLATE_NOOP("CalendarDialog", "本局导入或修改"),
    "rule": QT_TRANSLATE_NOOP("CalendarDialog", "按规则推算"),
}
# Where a holiday or make-up workday comes from (taxdesk.core.calendar.SpecialDay.source).
DAY_SOURCES = {
    "package": QT_TRANSLATE_NOOP("CalendarDialog", "内置（chinesecalendar）"),
    "notice": QT_TRANSLATE_NOOP("CalendarDialog", "本局导入的通知"),
}
DAY_KINDS = {
    "holiday": QT_TRANSLATE_NOOP("CalendarDialog", "放假"),
    "workday": QT_TRANSLATE_NOOP("CalendarDialog", "调休上班"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def weekday_text(day: date) -> str:
    return _tr(WEEKDAYS[day.weekday()])


def month_day_text(day: date) -> str:
    """``2月15日`` / ``Feb 15``."""
    return i18n.month_day(day)


def day_text(day: date) -> str:
    """``2026-02-15（星期日）``: the full date (year-month-day, as the deadline table shows it; unambiguous in
    both languages) and its weekday."""
    return QCoreApplication.translate("CalendarDialog", "{date}（{weekday}）").format(
        date=day.isoformat(), weekday=weekday_text(day)
    )


def deadline_source_text(source: str) -> str:
    return _tr(DEADLINE_SOURCES[source]) if source in DEADLINE_SOURCES else source


def day_source_text(source: str) -> str:
    return _tr(DAY_SOURCES[source]) if source in DAY_SOURCES else source


def day_kind_text(kind: str) -> str:
    return _tr(DAY_KINDS[kind]) if kind in DAY_KINDS else kind


def period_dates_text(period: SpecialPeriod) -> str:
    """``2月15日（星期日）至 2月23日（星期一）``, or the single day."""
    first = QCoreApplication.translate("CalendarDialog", "{day}（{weekday}）").format(
        day=month_day_text(period.first), weekday=weekday_text(period.first)
    )
    if period.first == period.last:
        return first
    last = QCoreApplication.translate("CalendarDialog", "{day}（{weekday}）").format(
        day=month_day_text(period.last), weekday=weekday_text(period.last)
    )
    return QCoreApplication.translate("CalendarDialog", "{first} 至 {last}").format(first=first, last=last)


class FilingMonthsModel(RowsModel):
    """The twelve months of a year: deadline, weekday, the filing period, its workdays, the source."""

    context = CONTEXT
    DEADLINE_COLUMN, SOURCE_COLUMN = 1, 5
    headers = (
        QT_TRANSLATE_NOOP("CalendarDialog", "月份"),
        QT_TRANSLATE_NOOP("CalendarDialog", "申报截止日"),
        QT_TRANSLATE_NOOP("CalendarDialog", "星期"),
        QT_TRANSLATE_NOOP("CalendarDialog", "征期"),
        QT_TRANSLATE_NOOP("CalendarDialog", "其中工作日"),
        QT_TRANSLATE_NOOP("CalendarDialog", "来源"),
    )

    def row_of(self, month: int) -> int:
        return next((i for i, m in enumerate(self.rows) if m.month == month), -1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: FilingMonth = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return QCoreApplication.translate("CalendarDialog", "{month} 月").format(month=row.month)
            if column == 1:
                return row.deadline.isoformat()
            if column == 2:
                return weekday_text(row.deadline)
            if column == 3:
                return QCoreApplication.translate("CalendarDialog", "1–{last} 日，共 {days} 天").format(
                    last=row.deadline.day, days=row.days
                )
            if column == 4:
                return QCoreApplication.translate("CalendarDialog", "{count} 天").format(count=row.workdays)
            return deadline_source_text(row.source)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and (
            column == self.DEADLINE_COLUMN or (column == self.SOURCE_COLUMN and row.source == "imported")
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SOURCE_COLUMN:
            if row.source == "imported":
                return DEADLINE_BLUE
            if row.source == "rule":
                return MAKEUP_BROWN
        if role == Qt.ItemDataRole.ToolTipRole and row.source == "rule":
            return QCoreApplication.translate(
                "CalendarDialog",
                "没有国家税务总局公布的征期日历：按征管法实施细则第一百零九条推算，仅供参考。",
            )
        return None


class SpecialPeriodsModel(RowsModel):
    """A year's holidays (one row per run of days) and make-up workdays, in date order."""

    context = CONTEXT
    headers = (
        QT_TRANSLATE_NOOP("CalendarDialog", "类型"),
        QT_TRANSLATE_NOOP("CalendarDialog", "名称"),
        QT_TRANSLATE_NOOP("CalendarDialog", "日期"),
        QT_TRANSLATE_NOOP("CalendarDialog", "天数"),
        QT_TRANSLATE_NOOP("CalendarDialog", "来源"),
    )

    def row_of(self, first: date) -> int:
        return next((i for i, p in enumerate(self.rows) if p.first == first), -1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: SpecialPeriod = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return day_kind_text(row.kind)
            if column == 1:
                return row.name or "—"
            if column == 2:
                return period_dates_text(row)
            if column == 3:
                return QCoreApplication.translate("CalendarDialog", "{count} 天").format(count=row.days)
            return day_source_text(row.source)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return HOLIDAY_RED if row.kind == "holiday" else MAKEUP_BROWN
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and row.source == "notice":
            return DEADLINE_BLUE
        if role == Qt.ItemDataRole.FontRole and (column == 0 or (column == 4 and row.source == "notice")):
            font = QFont()
            font.setBold(True)
            return font
        return None
