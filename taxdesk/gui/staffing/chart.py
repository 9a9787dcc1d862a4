"""The staffing page's chart: a week's working half-hours side by side, the expected arrivals with their
80 % band on the left axis, the windows needed as steps on the right, and the calendar behind them
(filing period, its deadline, make-up workdays, holidays on weekdays as narrow rest blocks).

x counts half-hours: each working day takes as many units as it has half-hours, a run of holidays falling
on weekdays one rest block (10月1日–10月4日 国庆节 休息, the holiday's weekend days included) wide enough for
its label; plain weekends are left out. GUI thread only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import escape as html_escape

import shiboken6
from PySide6.QtCharts import QAreaSeries, QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsTextItem, QToolTip, QWidget

from taxdesk.core.calendar import DayInfo
from taxdesk.core.plan import Plan, PlanInterval
from taxdesk.gui import i18n, theme
from taxdesk.gui.staffing.models import (
    DEADLINE,
    FILING,
    KIND_COLOURS,
    KIND_NAMES,
    MAKEUP,
    REST,
    day_kind,
    day_markers,
)

# Colours (theme names) of the markers under a day's name on the x axis.
LABEL_COLOURS = {REST: "muted", DEADLINE: "deadline_text", MAKEUP: "makeup_text", FILING: "caution"}
# Width of a run of weekday holidays, in half-hours: at least this, and a fifth of the working half-hours,
# so that its label (10月1日–10月3日 / 国庆节 休息) fits whatever the week.
REST_SLOTS = 5
REST_SHARE = 0.2

ARRIVALS_COLOUR = theme.colour("accent")
BAND_COLOUR = QColor(ARRIVALS_COLOUR)
BAND_COLOUR.setAlpha(55)  # the 80 % band: the arrivals' colour, faint
WINDOWS_COLOUR = theme.colour("warning")
RESERVE_COLOUR = theme.colour("reserve_line")
POOLED_COLOUR = theme.colour("green")
LIMIT_COLOUR = theme.colour("ink_soft")  # the point's windows: a physical limit, not a forecast
SHORTFALL_COLOUR = QColor(theme.colour("warning"))
SHORTFALL_COLOUR.setAlpha(90)  # windows needed beyond the point's
# The windows axis labels every 1, 2, 5, 10 … windows: the smallest step that leaves each label this many
# times its height (Qt Charts shows "…" for labels that would touch).
WINDOW_STEPS = (1, 2, 5, 10, 20, 50)
LABEL_SPACING = 1.6


@dataclass
class Segment:
    """A working day, or a run of weekday rest days (``intervals`` empty), on the x axis: [start, end) in
    half-hours."""

    days: list[DayInfo]
    start: float
    end: float
    intervals: list[PlanInterval] = field(default_factory=list)

    @property
    def info(self) -> DayInfo:
        return self.days[0]

    @property
    def rest(self) -> bool:
        return not self.intervals


def segments(days: list[DayInfo], intervals: list[PlanInterval]) -> list[Segment]:
    """The week's days along x: working days with their half-hours, and each run of rest days falling on
    weekdays (holidays) as one rest block, which the holiday's weekend days after them join (国庆节 from
    Thursday to Sunday is one block of four days); plain weekends are left out."""
    by_day: dict = {}
    for interval in intervals:
        by_day.setdefault(interval.start.date(), []).append(interval)
    rest_width = max(REST_SLOTS, math.ceil(len(intervals) * REST_SHARE))
    laid: list[Segment] = []
    x = 0.0
    for info in days:
        day_intervals = by_day.get(info.day, [])
        if day_intervals:
            laid.append(Segment([info], x, x + len(day_intervals), day_intervals))
            x += len(day_intervals)
        elif not info.workday:
            weekday = info.day.weekday() < 5
            previous = laid[-1] if laid else None
            follows = previous is not None and previous.rest and (info.day - previous.days[-1].day).days == 1
            if follows and (weekday or info.holiday_name):
                previous.days.append(info)  # the same run of holidays
            elif weekday:
                laid.append(Segment([info], x, x + rest_width))
                x += rest_width
    return laid


def nice_ceiling(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 2.5, 5 × a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _pen(colour: QColor, width: float, style=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour)
    pen.setWidthF(width)
    pen.setStyle(style)
    return pen


class StaffingChart(QChartView):
    """Arrivals, band and windows of one week's plan, over the week's calendar."""

    def __init__(self, parent: QWidget | None = None):
        chart = QChart()
        chart.setMargins(QMargins(6, 6, 6, 2))
        chart.setBackgroundRoundness(6)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.laid: list[Segment] = []
        self._keep: list = []  # series an area series refers to, kept alive with it
        self.day_labels: list[str] = []
        self.windows_axis: QValueAxis | None = None
        self._windows_needed = 0  # the most windows any half-hour needs (on a busy day)
        # The plot's height decides how often the windows axis can have a label.
        chart.plotAreaChanged.connect(self._fit_windows_axis)

    # ------------------------------------------------------------------------------------------ data

    def clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._keep.clear()
        self.laid = []
        self.day_labels = []
        self.windows_axis = None

    def set_plan(self, plan: Plan | None, days: list[DayInfo]) -> None:
        """Draw ``plan`` (None: the calendar only) over ``days``."""
        self.clear()
        self.laid = segments(days, plan.intervals if plan is not None else [])
        if not self.laid:
            return
        chart = self.chart()
        width = self.laid[-1].end
        intervals = [i for s in self.laid for i in s.intervals]
        # At least 5, so that the six ticks are whole numbers (a quiet point, a week without work).
        top = max(5.0, nice_ceiling(max((i.hi for i in intervals), default=0) * 1.1))
        self._windows_needed = max(
            [i.windows_hi for i in intervals] + ([plan.windows_available or 0] if plan is not None else []),
            default=0,
        )

        x_axis = self._day_axis(width)
        left = QValueAxis()
        left.setRange(0, top)
        left.setLabelFormat("%d")
        left.setTickCount(6)
        left.setTitleText(QCoreApplication.translate("StaffingChart", "每半小时到达人数"))
        right = QValueAxis()
        right.setLabelFormat("%d")
        right.setTickType(QValueAxis.TickType.TicksDynamic)
        right.setTickAnchor(0)
        self.windows_axis = right
        right.setTitleText(QCoreApplication.translate("StaffingChart", "窗口数"))
        right.setGridLineVisible(False)
        for axis in (left, right):
            axis.setTitleFont(_font(10))
            axis.setLabelsFont(_font(9.5))
        self._fit_windows_axis(chart.plotArea())
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(right, Qt.AlignmentFlag.AlignRight)

        for kind in (REST, FILING, DEADLINE, MAKEUP):
            spans = [(s.start, s.end) for s in self.laid if day_kind(s.info) == kind]
            if spans:
                self._shade(kind, spans, top, x_axis, left)
        if plan is not None and intervals:
            self._arrivals(x_axis, left)
            self._steps(
                QCoreApplication.translate("StaffingChart", "所需窗口"),
                lambda i: i.windows,
                _pen(WINDOWS_COLOUR, 2.6),
                x_axis,
                right,
            )
            self._steps(
                QCoreApplication.translate("StaffingChart", "繁忙日所需"),
                lambda i: i.windows_hi,
                _pen(RESERVE_COLOUR, 1.6, Qt.PenStyle.DashLine),
                x_axis,
                right,
            )
            self._steps(
                QCoreApplication.translate("StaffingChart", "全通办窗口"),
                lambda i: i.pooled.windows,
                _pen(POOLED_COLOUR, 1.6, Qt.PenStyle.DotLine),
                x_axis,
                right,
            )
            if plan.windows_available is not None:
                self._limit(plan, x_axis, right)
        chart.legend().setFont(_font(9.5))

    def _day_axis(self, width: float) -> QCategoryAxis:
        axis = QCategoryAxis()
        axis.setRange(0, width)
        axis.setStartValue(0)
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        axis.setLabelsFont(_font(9.5))
        axis.setGridLinePen(_pen(theme.colour("faint"), 1.0))
        for segment in self.laid:
            first, markers = self.day_label(segment)
            self.day_labels.append(f"{first} {markers}".strip())
            colour = theme.hex_colour(LABEL_COLOURS.get(day_kind(segment.info), "ink_soft"))
            html = html_escape(first)
            if markers:
                html += f'<br><span style="color:{colour}">{html_escape(markers)}</span>'
            axis.append(html, segment.end)
        return axis

    def day_label(self, segment: Segment) -> tuple[str, str]:
        """The day ("12月1日 周一" / "Mon Dec 1"; "10月1日–10月3日" / "Oct 1–3" for a run of holidays) and
        its markers (征期, 调休上班, 国庆节 休息 …)."""
        first, last = segment.days[0].day, segment.days[-1].day
        title = i18n.day_and_weekday(first) if first == last else i18n.date_range(first, last)
        if segment.rest:
            names = list(dict.fromkeys(d.holiday_name for d in segment.days if d.holiday_name))
            if names:
                markers = QCoreApplication.translate("StaffingModels", "{holiday} 休息").format(
                    holiday="、".join(names)
                )
            else:
                markers = QCoreApplication.translate("StaffingModels", "休息")
        else:
            markers = " ".join(day_markers(segment.info))
        return title, markers

    def _shade(self, kind: str, spans, top: float, x_axis, y_axis) -> None:
        upper = QLineSeries()
        for start, end in spans:
            upper.append(start, 0)
            upper.append(start, top)
            upper.append(end, top)
            upper.append(end, 0)
        area = QAreaSeries(upper)
        area.setName(QCoreApplication.translate("StaffingModels", KIND_NAMES[kind]))
        colour = KIND_COLOURS[kind]
        area.setBrush(QBrush(colour))
        area.setPen(QPen(Qt.PenStyle.NoPen))
        self._add(area, x_axis, y_axis)
        self._keep.append(upper)
        for marker in self.chart().legend().markers(area):  # a swatch with an edge, visible on white
            marker.setPen(_pen(theme.colour("line_strong"), 1.0))

    def _arrivals(self, x_axis, y_axis) -> None:
        hi, lo, mean = QLineSeries(), QLineSeries(), QLineSeries()
        for segment in self.laid:
            if segment.rest:
                for line in (hi, lo, mean):
                    line.append(segment.start + 0.5, 0)
                    line.append(segment.end - 0.5, 0)
                continue
            for k, interval in enumerate(segment.intervals):
                x = segment.start + k + 0.5
                hi.append(x, interval.hi)
                lo.append(x, interval.lo)
                mean.append(x, interval.arrivals)
        band = QAreaSeries(hi, lo)
        band.setName(QCoreApplication.translate("StaffingChart", "80% 区间"))
        band.setBrush(QBrush(BAND_COLOUR))
        band.setPen(QPen(Qt.PenStyle.NoPen))
        self._add(band, x_axis, y_axis)
        self._keep.extend((hi, lo))
        mean.setName(QCoreApplication.translate("StaffingChart", "预计到达"))
        mean.setPen(_pen(ARRIVALS_COLOUR, 2.2))
        mean.hovered.connect(self._hovered)
        self._add(mean, x_axis, y_axis)

    def _steps(self, name: str, value, pen: QPen, x_axis, y_axis) -> None:
        line = QLineSeries()
        line.setName(name)
        line.setPen(pen)
        for segment in self.laid:
            if segment.rest:
                line.append(segment.start, 0)
                line.append(segment.end, 0)
                continue
            for k, interval in enumerate(segment.intervals):
                line.append(segment.start + k, value(interval))
                line.append(segment.start + k + 1, value(interval))
        line.hovered.connect(self._hovered)
        self._add(line, x_axis, y_axis)

    def _limit(self, plan: Plan, x_axis, y_axis) -> None:
        """The point's windows as a line, and the half-hours needing more open at once marked from it up to
        what they need (a shortfall, not more windows)."""
        available = plan.windows_available
        line = QLineSeries()
        line.setName(
            QCoreApplication.translate("StaffingChart", "本点窗口 {count} 个").format(count=available)
        )
        line.setPen(_pen(LIMIT_COLOUR, 1.8, Qt.PenStyle.DashDotLine))
        line.append(0, available)
        line.append(self.laid[-1].end, available)
        self._add(line, x_axis, y_axis)
        spans = [
            (segment.start + k, interval)
            for segment in self.laid
            for k, interval in enumerate(segment.intervals)
            if interval.shortfall > 0
        ]
        if not spans:
            return
        upper, lower = QLineSeries(), QLineSeries()
        for x, interval in spans:  # a block per half-hour, flat on the line between blocks
            top = available + interval.shortfall
            for edge, height in ((x, available), (x, top), (x + 1, top), (x + 1, available)):
                upper.append(edge, height)
                lower.append(edge, available)
        area = QAreaSeries(upper, lower)
        area.setName(QCoreApplication.translate("StaffingChart", "窗口不足"))
        area.setBrush(QBrush(SHORTFALL_COLOUR))
        area.setPen(QPen(Qt.PenStyle.NoPen))
        area.hovered.connect(self._hovered)
        self._add(area, x_axis, y_axis)
        self._keep.extend((upper, lower))

    def _add(self, series, x_axis, y_axis) -> None:
        self.chart().addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)

    def _fit_windows_axis(self, plot: QRectF) -> None:
        """Label the windows axis as often as the plot's height allows, and end it on a label, so that
        every label is a number (never Qt's "…")."""
        axis = self.windows_axis
        if axis is None or not shiboken6.isValid(axis):
            return
        top = max(4, self._windows_needed + 1)
        label = QFontMetricsF(axis.labelsFont()).height() * LABEL_SPACING
        step = next(
            (s for s in WINDOW_STEPS if math.ceil(top / s) * label <= plot.height()), WINDOW_STEPS[-1]
        )
        top = math.ceil(top / step) * step
        if (axis.tickInterval(), axis.max()) != (step, top):
            axis.setTickInterval(step)
            axis.setRange(0, top)

    def value_axis_labels(self) -> dict[str, list[str]]:
        """The labels the value axes show now, as drawn ("…" where Qt had no room), by side: "left" and
        "right" (for tests and for checking a layout)."""
        middle = self.chart().plotArea().center().x()
        found: dict[str, list[str]] = {"left": [], "right": []}
        for item in self.scene().items():
            shown = item.toGraphicsObject()
            if shown is None or shown.metaObject().className() != "ValueAxisLabel" or not item.isVisible():
                continue
            text = shiboken6.wrapInstance(shiboken6.getCppPointer(shown)[0], QGraphicsTextItem).toPlainText()
            found["left" if item.scenePos().x() < middle else "right"].append(text)
        return found

    # ------------------------------------------------------------------------------------------ hover

    def interval_at(self, x: float) -> tuple[Segment, PlanInterval | None] | None:
        for segment in self.laid:
            if segment.start <= x < segment.end:
                if segment.rest:
                    return segment, None
                k = min(int(x - segment.start), len(segment.intervals) - 1)
                return segment, segment.intervals[k]
        return None

    def describe(self, x: float) -> str:
        found = self.interval_at(x)
        if found is None:
            return ""
        segment, interval = found
        label = " ".join(self.day_label(segment)).strip()
        if interval is None:
            return label
        return QCoreApplication.translate(
            "StaffingChart",
            "{day} {start}–{end}\n预计到达 {arrivals:.1f} 人（80% 区间 {lo:.0f}–{hi:.0f}）\n"
            "所需窗口 {windows}，繁忙日所需 {reserve}，全通办 {pooled}",
        ).format(
            day=label,
            start=f"{interval.start:%H:%M}",
            end=f"{interval.end:%H:%M}",
            arrivals=interval.arrivals,
            lo=interval.lo,
            hi=interval.hi,
            windows=interval.windows,
            reserve=interval.windows_hi,
            pooled=interval.pooled.windows,
        ) + (
            QCoreApplication.translate(
                "StaffingChart", "\n本点只有 {available} 个窗口：缺 {short} 个"
            ).format(available=interval.windows_available, short=interval.shortfall)
            if interval.shortfall > 0
            else ""
        )

    def _hovered(self, point: QPointF, state: bool) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), self.describe(point.x()), self)
        else:
            QToolTip.hideText()


def _font(size: float) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    return font
