"""What the staffing page (潮汐窗口) shows in words and colours: a week's days with their calendar markers, the
summary's sentences (the peak, the history, the backtest, targets being tried out, the calendar warning,
what to do when there is no plan), and the table models for the plan (every half-hour, every day, the
handling times).

The numbers all come from :func:`taxdesk.core.plan.staffing_plan` and the calendar's
:class:`~taxdesk.core.calendar.DayInfo`; this module only words and colours them. GUI thread only.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from taxdesk.core.calendar import DayInfo
from taxdesk.core.forecast import Backtest, Forecast
from taxdesk.core.handling import HandlingTime
from taxdesk.core.network import CategoryInfo
from taxdesk.core.plan import Plan, PlanInterval, Targets
from taxdesk.core.tickets import TRIM_SHARE
from taxdesk.gui import i18n, theme
from taxdesk.gui.widgets.models import RowsModel

CONTEXT = "StaffingModels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# Day kinds, most telling first: a day shows the colour of the first kind it has.
REST, DEADLINE, MAKEUP, FILING, WORK = "rest", "deadline", "makeup", "filing", "work"
KIND_COLOURS = {
    REST: theme.colour("rest_day"),
    DEADLINE: theme.colour("deadline_day"),
    MAKEUP: theme.colour("makeup_day"),
    FILING: theme.colour("caution_bg"),
}
KIND_NAMES = {
    REST: QT_TRANSLATE_NOOP("StaffingModels", "休息日（节假日）"),
    DEADLINE: QT_TRANSLATE_NOOP("StaffingModels", "征期截止日"),
    MAKEUP: QT_TRANSLATE_NOOP("StaffingModels", "调休上班"),
    FILING: QT_TRANSLATE_NOOP("StaffingModels", "征期"),
}
PEAK_FOREGROUND = theme.colour("warning")
MUTED_FOREGROUND = theme.colour("faint")  # the day repeated on its later half-hours, days without work
# A category's column title wraps after this many characters (long English names; Chinese has no spaces).
HEADER_WRAP = 16


def day_text(day: date) -> str:
    """12月1日 周一 / Mon Dec 1."""
    return i18n.day_and_weekday(day)


def week_text(week: str, monday: date, sunday: date) -> str:
    """2026-W49（12月1日–12月7日）/ 2026-W49 (Dec 1–7), with the years when the week spans two."""
    return QCoreApplication.translate("StaffingModels", "{week}（{dates}）").format(
        week=week, dates=i18n.date_range(monday, sunday)
    )


def in_filing_period(info: DayInfo) -> bool:
    """A workday from the 1st of the month up to its filing deadline (征期)."""
    return info.workday and info.days_to_deadline >= 0


def day_kind(info: DayInfo) -> str:
    if not info.workday:
        return REST
    if info.days_to_deadline == 0:
        return DEADLINE
    if info.makeup_workday:
        return MAKEUP
    return FILING if in_filing_period(info) else WORK


def day_markers(info: DayInfo) -> list[str]:
    """The day's markers in words: 国庆节 休息 / 周末休息 / 调休上班 / 征期 / 征期截止."""
    if not info.workday:
        if info.holiday_name:
            return [
                QCoreApplication.translate("StaffingModels", "{holiday} 休息").format(
                    holiday=info.holiday_name
                )
            ]
        return [
            QCoreApplication.translate("StaffingModels", "周末休息")
            if info.day.weekday() >= 5
            else QCoreApplication.translate("StaffingModels", "休息")
        ]
    markers = []
    if info.makeup_workday:
        markers.append(QCoreApplication.translate("StaffingModels", "调休上班"))
    if info.days_to_deadline == 0:
        markers.append(QCoreApplication.translate("StaffingModels", "征期截止"))
    elif in_filing_period(info):
        markers.append(QCoreApplication.translate("StaffingModels", "征期"))
    return markers


def category_title(code: str, categories: dict[str, CategoryInfo]) -> str:
    """A 综合服务 (the prefix and the name in the interface language), or the code."""
    info = categories.get(code)
    if info is None:
        return code
    return f"{info.prefix} {i18n.localized(info.name, info.name_en)}"


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"


# ------------------------------------------------------------------------------------------ summary


def uncovered_years(days: list[DayInfo]) -> list[int]:
    """The years of ``days`` whose holidays neither the package nor an imported notice knows."""
    return sorted({d.day.year for d in days if not d.covered})


def calendar_warning(years: list[int]) -> str:
    return QCoreApplication.translate(
        "StaffingModels",
        "{years} 年的法定节假日安排尚未导入：本周按周六、周日休息计算，节假日和调休可能不准。"
        "请在“税务日历”中导入国务院办公厅的放假通知。",
    ).format(years="、".join(str(y) for y in years))


def peak_text(plan: Plan) -> str:
    peak = plan.peak
    if peak is None:
        return QCoreApplication.translate("StaffingModels", "本周没有工作日")
    if peak.shortfall > 0 and plan.windows_available is not None:
        return QCoreApplication.translate(
            "StaffingModels",
            "高峰：{day} {start}–{end}，按服务目标需 {windows} 个窗口，本点只有 {available} 个"
            "（预计到达 {arrivals:.0f} 人）",
        ).format(
            day=day_text(peak.start.date()),
            start=f"{peak.start:%H:%M}",
            end=f"{peak.end:%H:%M}",
            windows=peak.windows,
            available=plan.windows_available,
            arrivals=peak.arrivals,
        )
    return QCoreApplication.translate(
        "StaffingModels", "高峰：{day} {start}–{end}，需 {windows} 个窗口（预计到达 {arrivals:.0f} 人）"
    ).format(
        day=day_text(peak.start.date()),
        start=f"{peak.start:%H:%M}",
        end=f"{peak.end:%H:%M}",
        windows=peak.windows,
        arrivals=peak.arrivals,
    )


def shortfall_text(plan: Plan) -> str:
    """The week's physical limit in plain words, with what can be done about it; "" when the point's
    windows suffice (or are not known)."""
    worst = plan.worst_shortfall
    if worst is None or plan.windows_available is None:
        return ""
    return QCoreApplication.translate(
        "StaffingModels",
        "窗口不足：本周 {count} 个半小时需同时开放的窗口超过本点的 {available} 个，最多缺 {most} 个"
        "（{day} {start}–{end}）。可以把预约号源调到较空的时段（已发布的排班设定各时段的预约名额）、"
        "延长办理时间，或请乡镇服务点多承接业务。",
    ).format(
        count=len(plan.short),
        available=plan.windows_available,
        most=worst.shortfall,
        day=day_text(worst.start.date()),
        start=f"{worst.start:%H:%M}",
        end=f"{worst.end:%H:%M}",
    )


def history_text(forecast: Forecast) -> str:
    return QCoreApplication.translate(
        "StaffingModels", "依据的历史：{first} 至 {last}，共 {days} 个工作日"
    ).format(
        first=forecast.history_first_day.isoformat(),
        last=forecast.history_last_day.isoformat(),
        days=forecast.history_workdays,
    )


def backtest_text(backtest: Backtest | None) -> tuple[str, bool]:
    """The backtest in plain words ("过去 8 周平均误差 22%，比照搬上周准 53%"), and whether the sentence is
    only a hint (muted). The figures themselves are in :func:`backtest_tip`."""
    if backtest is None:
        return QCoreApplication.translate(
            "StaffingModels", "未回测：勾选“回测”可用最近几周的实际取号检验预测精度（计算较慢）。"
        ), True
    if backtest.wape is None:
        return QCoreApplication.translate("StaffingModels", "回测：此前的历史太短，无法回测。"), True
    text = QCoreApplication.translate("StaffingModels", "过去 {weeks} 周平均误差 {error}").format(
        weeks=len(backtest.weeks), error=f"{backtest.wape * 100:.0f}%"
    )
    if backtest.naive_wape:
        # How much smaller the error is than copying last week's same half-hour (the seasonal naive).
        gain = 1 - backtest.wape / backtest.naive_wape
        comparison = (
            QCoreApplication.translate("StaffingModels", "，比照搬上周准 {share}")
            if gain >= 0.005
            else QCoreApplication.translate("StaffingModels", "，不比照搬上周准")
            if gain > -0.005
            else QCoreApplication.translate("StaffingModels", "，比照搬上周差 {share}")
        )
        text += comparison.format(share=f"{abs(gain) * 100:.0f}%")
    return text, False


def backtest_tip(backtest: Backtest | None) -> str:
    """The backtest's figures (WAPE beside the two baselines, the band's coverage, the weeks), for the
    tooltip of :func:`backtest_text`'s sentence ("" when there are none)."""
    if backtest is None or backtest.wape is None:
        return ""
    return QCoreApplication.translate(
        "StaffingModels",
        "回测（最近 {weeks} 周，{first} 至 {last}）：WAPE {wape}，季节朴素（照搬上周同一时段）{naive}，"
        "历史平均 {average}，80% 区间覆盖 {coverage}。\n"
        "平均误差即 WAPE：各半小时预测与实际到达人数之差的总和占实际总人数的比例。",
    ).format(
        weeks=len(backtest.weeks),
        first=backtest.weeks[0] if backtest.weeks else "—",
        last=backtest.weeks[-1] if backtest.weeks else "—",
        wape=percent(backtest.wape),
        naive=percent(backtest.naive_wape),
        average=percent(backtest.average_wape),
        coverage="—" if backtest.coverage is None else f"{backtest.coverage * 100:.0f}%",
    )


def _about(share: float) -> int:
    """A change in whole percent, to the nearest 5 (at least 5): "约 40%"."""
    return max(5, 5 * round(abs(share) * 20))


def level_text(forecast: Forecast, categories: dict[str, CategoryInfo]) -> str:
    """The categories whose level changed in the recent weeks, in plain words ("B 类近 6 周比以前少约
    40%，预测已按近期水平调整"), one sentence each; "" when none did."""
    sentences = []
    for code, shift in forecast.level_changes.items():
        if shift is None:
            continue
        info = categories.get(code)
        template = (
            QT_TRANSLATE_NOOP(
                "StaffingModels", "{category} 类近 {weeks} 周比以前少约 {share}%，预测已按近期水平调整"
            )
            if shift.change < 0
            else QT_TRANSLATE_NOOP(
                "StaffingModels", "{category} 类近 {weeks} 周比以前多约 {share}%，预测已按近期水平调整"
            )
        )
        sentences.append(
            _tr(template).format(
                category=info.prefix if info else code, weeks=shift.weeks, share=_about(shift.change)
            )
        )
    return QCoreApplication.translate("StaffingModels", "；").join(sentences)


def level_tip(forecast: Forecast, categories: dict[str, CategoryInfo]) -> str:
    """Since when and by how much exactly, per changed category (the tooltip of :func:`level_text`)."""
    lines = []
    for code, shift in forecast.level_changes.items():
        if shift is None:
            continue
        lines.append(
            QCoreApplication.translate(
                "StaffingModels",
                "{category}：自 {since} 起（共 {weeks} 周），到达人数约为以前的 {factor:.2f} 倍",
            ).format(
                category=category_title(code, categories),
                since=shift.start.isoformat(),
                weeks=shift.weeks,
                factor=shift.factor,
            )
        )
    if lines:
        lines.append(
            QCoreApplication.translate(
                "StaffingModels", "预测从变化后的水平出发，节假日、征期等规律照旧按历史计算。"
            )
        )
    return "\n".join(lines)


def targets_text(targets: Targets) -> str:
    """ "服务水平 80%（10 分钟内），最高占用率 85%，损耗率 0%"."""
    return QCoreApplication.translate(
        "StaffingModels", "服务水平 {sl}%（{wait} 分钟内），最高占用率 {occupancy}%，损耗率 {shrinkage}%"
    ).format(
        sl=round(targets.target_sl * 100),
        wait=f"{targets.target_wait_min:g}",
        occupancy=round(targets.max_occupancy * 100),
        shrinkage=round(targets.shrinkage * 100),
    )


def trial_targets_text(targets: Targets) -> str:
    """The targets a plan on screen was computed for, when they are not the settings'."""
    return QCoreApplication.translate("StaffingModels", "按试算目标计算（未保存）：{targets}").format(
        targets=targets_text(targets)
    )


def no_plan_hint(key: str | None) -> str:
    """What to do when the core refused the plan with ``key`` ("" when there is nothing to suggest)."""
    if key == "forecast_history":
        return QCoreApplication.translate(
            "StaffingModels", "导入原排队系统的取号记录后即可计算：点击右侧的“导入历史记录…”。"
        )
    if key == "forecast_no_hours":
        return QCoreApplication.translate("StaffingModels", "请先在“服务点”页为它设置营业时间。")
    return ""


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# ------------------------------------------------------------------------------------------ half-hours


@dataclass(frozen=True)
class IntervalRow:
    interval: PlanInterval
    info: DayInfo
    first_of_day: bool
    peak: bool


class IntervalsModel(RowsModel):
    """Every working half-hour of the week: arrivals with the 80 % band, the windows needed (total, busy-day
    reserve, if every window served every queue), then each category's arrivals and windows. The totals
    come before the categories so that they stay in sight when the categories' columns are wide (long
    names, a narrow window)."""

    context = CONTEXT
    LEAD = (
        QT_TRANSLATE_NOOP("StaffingModels", "日期"),
        QT_TRANSLATE_NOOP("StaffingModels", "时段"),
        QT_TRANSLATE_NOOP("StaffingModels", "日历"),
        QT_TRANSLATE_NOOP("StaffingModels", "预计到达"),
        QT_TRANSLATE_NOOP("StaffingModels", "80% 区间"),
    )
    TAIL = (
        QT_TRANSLATE_NOOP("StaffingModels", "所需窗口"),
        QT_TRANSLATE_NOOP("StaffingModels", "繁忙日所需"),
        QT_TRANSLATE_NOOP("StaffingModels", "全通办窗口"),
    )
    TAIL_TIPS = (
        QT_TRANSLATE_NOOP("StaffingModels", "各类别分设窗口时，达到服务目标所需的窗口数（已计损耗率）"),
        QT_TRANSLATE_NOOP(
            "StaffingModels", "到达人数达到 80% 区间上限时所需的窗口数：繁忙日要多开的窗口由潮汐窗口补足"
        ),
        QT_TRANSLATE_NOOP(
            "StaffingModels",
            "假如每个窗口都能办理所有类别：所需窗口数的下限，与“所需窗口”之差即潮汐窗口可节省的人手",
        ),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.categories: list[str] = []
        self.category_info: dict[str, CategoryInfo] = {}

    @property
    def windows_column(self) -> int:
        return len(self.LEAD)

    @property
    def first_category_column(self) -> int:
        return len(self.LEAD) + len(self.TAIL)

    def set_plan(self, plan: Plan | None, days: list[DayInfo], categories: dict[str, CategoryInfo]) -> None:
        self.beginResetModel()
        self.category_info = dict(categories)
        rows: list[IntervalRow] = []
        self.categories = []
        if plan is not None:
            self.categories = [c for c in plan.forecast.categories if c in plan.handling]
            info = {d.day: d for d in days}
            peak = plan.peak
            last_day = None
            for interval in plan.intervals:
                day = interval.start.date()
                rows.append(
                    IntervalRow(interval, info[day], day != last_day, peak is not None and interval is peak)
                )
                last_day = day
        self.rows = rows
        self.endResetModel()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override and idiom)
        return 0 if parent.isValid() else len(self.LEAD) + len(self.categories) + len(self.TAIL)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt override)
        if orientation != Qt.Orientation.Horizontal:
            return None
        lead, first = len(self.LEAD), self.first_category_column
        if role == Qt.ItemDataRole.DisplayRole:
            if section < lead:
                return _tr(self.LEAD[section])
            if section < first:
                return _tr(self.TAIL[section - lead])
            title = category_title(self.categories[section - first], self.category_info)
            return (
                "\n".join(textwrap.wrap(title, HEADER_WRAP) or [title])
                + "\n"
                + QCoreApplication.translate("StaffingModels", "人 · 窗口")
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if lead <= section < first:
                return _tr(self.TAIL_TIPS[section - lead])
            if section >= first:
                title = category_title(self.categories[section - first], self.category_info)
                return title + QCoreApplication.translate(
                    "StaffingModels", "：预计到达人数 · 本类别所需窗口数"
                )
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: IntervalRow = self.rows[index.row()]
        interval = row.interval
        column = index.column()
        lead, first = len(self.LEAD), self.first_category_column
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return day_text(row.info.day)
            if column == 1:
                return f"{interval.start:%H:%M}–{interval.end:%H:%M}"
            if column == 2:
                return " ".join(day_markers(row.info))
            if column == 3:
                return f"{interval.arrivals:.1f}"
            if column == 4:
                return f"{interval.lo:.0f}–{interval.hi:.0f}"
            if column < first:
                return str((interval.windows, interval.windows_hi, interval.pooled.windows)[column - lead])
            need = interval.categories.get(self.categories[column - first])
            if need is None:
                return "—"
            return f"{need.arrivals:.1f} · {need.requirement.windows}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = KIND_COLOURS.get(day_kind(row.info))
            return colour if colour is not None and column <= 2 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 0 and not row.first_of_day:
                return MUTED_FOREGROUND
            if row.peak and column == lead:
                return PEAK_FOREGROUND
        if role == Qt.ItemDataRole.FontRole and column == lead:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and column >= first:
            code = self.categories[column - first]
            need = interval.categories.get(code)
            if need is None:
                return None
            req = need.requirement
            return QCoreApplication.translate(
                "StaffingModels",
                "{category}：预计 {arrivals:.1f} 人（80% 区间 {lo}–{hi}，每小时 {rate:.1f} 人），平均办理 {aht:.1f} 分钟；"
                "需 {windows} 个窗口（同时开放 {raw} 个），服务水平 {sl:.0f}%，平均等候 {asa:.1f} 分钟，"
                "占用率 {occupancy:.0f}%",
            ).format(
                category=category_title(code, self.category_info),
                arrivals=need.arrivals,
                lo=need.band[0] if need.band else "—",
                hi=need.band[1] if need.band else "—",
                rate=need.arrivals_per_hour,
                aht=need.aht_min,
                windows=req.windows,
                raw=req.raw_windows,
                sl=req.service_level * 100,
                asa=req.asa_min,
                occupancy=req.occupancy * 100,
            )
        return None


# ------------------------------------------------------------------------------------------ days


@dataclass(frozen=True)
class DayRow:
    info: DayInfo
    intervals: list[PlanInterval]


class DaysModel(RowsModel):
    """The seven days of the week: calendar markers, the day's arrivals and its busiest half-hour."""

    context = CONTEXT
    headers = (
        QT_TRANSLATE_NOOP("StaffingModels", "日期"),
        QT_TRANSLATE_NOOP("StaffingModels", "日历"),
        QT_TRANSLATE_NOOP("StaffingModels", "全天预计到达"),
        QT_TRANSLATE_NOOP("StaffingModels", "高峰时段"),
        QT_TRANSLATE_NOOP("StaffingModels", "高峰所需窗口"),
        QT_TRANSLATE_NOOP("StaffingModels", "繁忙日所需"),
        QT_TRANSLATE_NOOP("StaffingModels", "全通办窗口"),
    )

    def set_days(self, days: list[DayInfo], plan: Plan | None) -> None:
        by_day: dict[date, list[PlanInterval]] = {}
        for interval in plan.intervals if plan is not None else ():
            by_day.setdefault(interval.start.date(), []).append(interval)
        self.set_rows([DayRow(info, by_day.get(info.day, [])) for info in days])

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: DayRow = self.rows[index.row()]
        column = index.column()
        intervals = row.intervals
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return day_text(row.info.day)
            if column == 1:
                markers = day_markers(row.info)
                return (
                    " ".join(markers) if markers else QCoreApplication.translate("StaffingModels", "工作日")
                )
            if not intervals:
                return "—" if row.info.workday else ""
            peak = max(intervals, key=lambda i: (i.windows, -i.start.timestamp()))
            if column == 2:
                return f"{sum(i.arrivals for i in intervals):.0f}"
            if column == 3:
                return f"{peak.start:%H:%M}–{peak.end:%H:%M}"
            if column == 4:
                return str(peak.windows)
            if column == 5:
                return str(max(i.windows_hi for i in intervals))
            return str(max(i.pooled.windows for i in intervals))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return KIND_COLOURS.get(day_kind(row.info))
        if role == Qt.ItemDataRole.ForegroundRole and not row.info.workday:
            return MUTED_FOREGROUND
        if role == Qt.ItemDataRole.FontRole and column == 4:
            return _bold()
        return None


# ------------------------------------------------------------------------------------------ handling


class HandlingModel(RowsModel):
    """The handling time learnt per category: the mean planned with, the median, and where it came from."""

    context = CONTEXT
    headers = (
        QT_TRANSLATE_NOOP("StaffingModels", "类别"),
        QT_TRANSLATE_NOOP("StaffingModels", "平均"),
        QT_TRANSLATE_NOOP("StaffingModels", "中位数"),
        QT_TRANSLATE_NOOP("StaffingModels", "依据"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.category_info: dict[str, CategoryInfo] = {}

    def set_handling(self, handling: dict[str, HandlingTime], categories: dict[str, CategoryInfo]) -> None:
        self.category_info = dict(categories)
        self.set_rows(list(handling.items()))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code, handling = self.rows[index.row()]
        column = index.column()
        catalogue = handling.source == "catalogue"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return category_title(code, self.category_info)
            if column == 1:
                return f"{handling.trimmed_mean:.1f}"
            if column == 2:
                return f"{handling.median:.1f}"
            if catalogue:
                return QCoreApplication.translate("StaffingModels", "目录值")
            return QCoreApplication.translate("StaffingModels", "{count} 张").format(
                count=f"{handling.samples:,}"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and catalogue and column == 3:
            return PEAK_FOREGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            if catalogue:
                return QCoreApplication.translate(
                    "StaffingModels",
                    "近 90 天只有 {count} 张办结的票，样本太少：采用业务目录中的平均办理时长",
                ).format(count=handling.samples)
            return QCoreApplication.translate(
                "StaffingModels", "近 90 天 {count} 张办结的票：“平均”为去掉最短和最长各 {share}% 后的平均值"
            ).format(count=f"{handling.samples:,}", share=round(TRIM_SHARE * 100))
        return None
