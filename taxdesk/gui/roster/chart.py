"""The roster page's coverage chart: windows planned against windows required per half-hour, for the whole
week (the working days side by side) or one day, every shortfall in red, with a legend.

Painted rather than drawn with QtCharts: a bar per half-hour with its requirement as a line over it is all
it needs, and it redraws at once after every edit. The figures are the core's
(:func:`taxdesk.core.roster.service.coverage`). GUI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from taxdesk.core.roster.sheet import CoverageDay, CoverageSlot, clock_text
from taxdesk.gui import theme
from taxdesk.gui.roster.models import day_text

# The theme's colours the chart paints with (taxdesk.gui.theme).
PLANNED, OVER, SHORT, REQUIRED, GRID, AXIS = "accent", "roster_over", "roster_short", "ink", "line", "slate"


@dataclass(frozen=True)
class Bar:
    """One half-hour as drawn: which day and slot, and the rectangle it takes."""

    day: date
    slot: CoverageSlot
    rect: QRectF


class CoverageChart(QWidget):
    """Required (a dark line) and planned (blue bars) windows per half-hour; short half-hours red."""

    LEFT, RIGHT, TOP, BOTTOM = 34.0, 10.0, 30.0, 38.0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.days: list[CoverageDay] = []
        self.day: date | None = None  # one day, or None for the whole week
        self._bars: list[Bar] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(640, 150)

    def set_coverage(self, days: list[CoverageDay], day: date | None = None) -> None:
        self.days = [d for d in days if d.slots]
        self.day = day if day in {d.day for d in self.days} else None
        self.update()

    def shown(self) -> list[CoverageDay]:
        return [d for d in self.days if self.day is None or d.day == self.day]

    @property
    def shortfall(self) -> int:
        """Windows short, summed over the half-hours shown."""
        return sum(d.shortfall for d in self.shown())

    def bars(self) -> list[Bar]:
        """The half-hours as last painted (for tooltips and tests)."""
        return list(self._bars)

    # ------------------------------------------------------------------------------------------ paint

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.colour("surface"))
        self._legend(painter)
        days = self.shown()
        self._bars = []
        if not days:
            painter.setPen(theme.colour(AXIS))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("RosterChart", "没有需要排班的时段"),
            )
            return
        plot = QRectF(
            self.LEFT, self.TOP, self.width() - self.LEFT - self.RIGHT, self.height() - self.TOP - self.BOTTOM
        )
        top = max(max(max(s.required, s.planned) for s in d.slots) for d in days)
        top = max(2, top + 1)
        self._axis(painter, plot, top)
        gap = 8.0 if len(days) > 1 else 0.0
        count = sum(len(d.slots) for d in days)
        width = (plot.width() - gap * (len(days) - 1)) / max(count, 1)
        x = plot.left()
        metrics = QFontMetricsF(self.font())
        for day in days:
            start = x
            for slot in day.slots:
                self._bar(painter, plot, top, x, width, day.day, slot)
                x += width
            self._day_labels(painter, plot, metrics, day, start, x, width)
            x += gap

    def _y(self, plot: QRectF, top: int, value: float) -> float:
        return plot.bottom() - plot.height() * value / top

    def _axis(self, painter: QPainter, plot: QRectF, top: int) -> None:
        step = max(1, round(top / 5))
        painter.setPen(QPen(theme.colour(AXIS)))
        for value in range(0, top + 1, step):
            y = self._y(plot, top, value)
            painter.setPen(QPen(theme.colour(GRID), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(theme.colour(AXIS))
            painter.drawText(
                QRectF(0, y - 9, self.LEFT - 6, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )

    def _bar(self, painter, plot, top, x, width, day, slot: CoverageSlot) -> None:
        inner = QRectF(x + width * 0.12, 0, max(width * 0.76, 1.0), 0)
        base = plot.bottom()
        covered = min(slot.planned, slot.required)
        painter.setPen(Qt.PenStyle.NoPen)
        if covered:
            painter.fillRect(
                QRectF(
                    inner.left(),
                    self._y(plot, top, covered),
                    inner.width(),
                    base - self._y(plot, top, covered),
                ),
                theme.colour(PLANNED),
            )
        if slot.planned > slot.required:
            y0, y1 = self._y(plot, top, slot.planned), self._y(plot, top, slot.required)
            painter.fillRect(QRectF(inner.left(), y0, inner.width(), y1 - y0), theme.colour(OVER))
        if slot.shortfall:
            y0, y1 = self._y(plot, top, slot.required), self._y(plot, top, slot.planned)
            painter.fillRect(QRectF(inner.left(), y0, inner.width(), y1 - y0), theme.colour(SHORT))
        y = self._y(plot, top, slot.required)
        painter.setPen(QPen(theme.colour(REQUIRED), 2))
        painter.drawLine(QPointF(x, y), QPointF(x + width, y))
        self._bars.append(Bar(day, slot, QRectF(x, plot.top(), width, plot.height())))

    def _day_labels(self, painter, plot, metrics, day: CoverageDay, left, right, width) -> None:
        painter.setPen(theme.colour(AXIS))
        below = plot.bottom() + 3
        if self.day is None:
            short = day.shortfall
            text = day_text(day.day)
            if short:
                text += QCoreApplication.translate("RosterChart", " 缺{count}").format(count=short)
            painter.setPen(theme.colour(SHORT if short else AXIS))
            painter.drawText(QRectF(left, below, right - left, 18), Qt.AlignmentFlag.AlignCenter, text)
            first, last = day.slots[0].start, day.slots[-1].start
            painter.setPen(theme.colour(AXIS))
            painter.drawText(
                QRectF(left, below + 16, right - left, 16),
                Qt.AlignmentFlag.AlignCenter,
                f"{clock_text(first)}–{clock_text(last)}",
            )
            return
        every = max(1, int(metrics.horizontalAdvance("00:00 ") / max(width, 1)) + 1)
        for index, slot in enumerate(day.slots):
            if index % every == 0:
                x = left + index * width
                painter.drawText(
                    QRectF(x - 20, below, 40 + width, 18),
                    Qt.AlignmentFlag.AlignCenter,
                    clock_text(slot.start),
                )

    def _legend(self, painter: QPainter) -> None:
        entries = (
            (PLANNED, QCoreApplication.translate("RosterChart", "排班窗口")),
            (REQUIRED, QCoreApplication.translate("RosterChart", "需要窗口")),
            (SHORT, QCoreApplication.translate("RosterChart", "缺口")),
            (OVER, QCoreApplication.translate("RosterChart", "多排")),
        )
        metrics = QFontMetricsF(self.font())
        x = self.LEFT
        for name, text in entries:
            if name == REQUIRED:
                painter.setPen(QPen(theme.colour(name), 2))
                painter.drawLine(QPointF(x, 13), QPointF(x + 14, 13))
            else:
                painter.fillRect(QRectF(x, 7, 14, 12), theme.colour(name))
            painter.setPen(theme.colour(AXIS))
            painter.drawText(QPointF(x + 19, 13 + metrics.ascent() / 2 - 1), text)
            x += 19 + metrics.horizontalAdvance(text) + 16
        summary = (
            QCoreApplication.translate("RosterChart", "缺口合计 {count}（窗口 × 半小时）").format(
                count=self.shortfall
            )
            if self.shortfall
            else QCoreApplication.translate("RosterChart", "每个半小时都已排够")
        )
        painter.setPen(theme.colour(SHORT if self.shortfall else "green"))
        painter.drawText(
            QRectF(x, 0, self.width() - x - self.RIGHT, 26),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            summary,
        )

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        point = event.position()
        for bar in self._bars:
            if bar.rect.contains(point):
                slot = bar.slot
                text = QCoreApplication.translate(
                    "RosterChart", "{day} {time}：需要 {required}，排班 {planned}"
                ).format(
                    day=day_text(bar.day),
                    time=clock_text(slot.start),
                    required=slot.required,
                    planned=slot.planned,
                )
                if slot.shortfall:
                    text += QCoreApplication.translate("RosterChart", "，缺 {count}").format(
                        count=slot.shortfall
                    )
                QToolTip.showText(event.globalPosition().toPoint(), text, self)
                return
        QToolTip.hideText()
