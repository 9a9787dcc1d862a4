"""The supervisor's live view (值班长): every window and every queue of a point, and the tidal-window alert.

What it shows comes from one background read (:func:`taxdesk.core.supervision.overview`), repeated when
:class:`~taxdesk.gui.live.LiveUpdates` says the point changed and every few seconds; running times tick
from the clock every second in between. The alert thresholds are installation-wide settings, edited here
and written in the background. Beside the windows, the queues and the tidal-window advisor's suggestions
and the day's decisions (:class:`~taxdesk.gui.desk.advice_panel.AdvicePanel`), advised every minute while
the view is shown. On a 1366×768 hall PC every window of the hall, every queue and the advice cards are in
sight at once; the two splitters let the supervisor give one part more room.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from taxdesk.core import clock, network, supervision
from taxdesk.core.calls import Alert
from taxdesk.core.network import ServiceInfo
from taxdesk.core.supervision import Overview, Thresholds
from taxdesk.gui import i18n
from taxdesk.gui.desk.advice_panel import ADVISE_INTERVAL_MS, AdvicePanel
from taxdesk.gui.forms.ui_supervisor import Ui_SupervisorView
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page, PageContext
from taxdesk.gui.widgets.models import QueueLinesModel, WindowStatusModel

log = logging.getLogger(__name__)

REFRESH_MS = 5000  # queues age and other points' desks may be out of reach of the change feed
ROW_HEIGHT = 30  # the windows' and queues' rows: twelve windows and every queue in sight at 1366×768
QUEUES_ROOM = 6  # queue rows the side keeps room for before the advice gets the rest
WINDOWS_SHARE = 60  # per cent of the width for the windows; the queues and the advice have the rest


def rows_height(table: QTableView, rows: int) -> int:
    """The height ``table`` needs to show its header and ``rows`` rows without scrolling."""
    header = table.horizontalHeader()
    header_height = (
        header.height() if header.isVisible() and header.height() > 0 else header.sizeHint().height()
    )
    return header_height + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()


class SupervisorView(Page):
    """Windows, queues and alerts of one service point, live."""

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        *,
        advice_interval_ms: int = ADVISE_INTERVAL_MS,
        now: Callable[[], datetime] = clock.now,
    ):
        """``advice_interval_ms`` and ``now`` are the advisor's minute and clock (tests shorten and fix them)."""
        super().__init__(context, parent)
        self.ui = Ui_SupervisorView()
        self.ui.setupUi(self)
        self.overview: Overview | None = None
        self._saving = False
        self._edited = False  # the thresholds in the spin boxes are not saved yet
        self._sized = False  # the splitters were given their first sizes

        self.windows_model = WindowStatusModel(self)
        self.queues_model = QueueLinesModel(self)
        self.ui.windowsTable.setModel(self.windows_model)
        self.ui.queuesTable.setModel(self.queues_model)
        for table, stretch in (
            (self.ui.windowsTable, WindowStatusModel.SERVICE_COLUMN),
            (self.ui.queuesTable, 0),
        ):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a live picture, nothing to pick
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long service name: whole in its tooltip
        self.ui.alertBanner.hide()
        self.ui.thresholdsHint.setProperty("problem", "false")
        self._default_hint = self.ui.thresholdsHint.text()
        self._loaded = False

        self.advice = AdvicePanel(self, interval_ms=advice_interval_ms, now=now)
        self.ui.bodySplitter.setStretchFactor(0, WINDOWS_SHARE)  # the windows
        self.ui.bodySplitter.setStretchFactor(1, 100 - WINDOWS_SHARE)  # the queues and the advice
        self.ui.sideSplitter.setStretchFactor(0, 0)
        self.ui.sideSplitter.setStretchFactor(1, 1)

        self.ui.waitingSpin.valueChanged.connect(self._on_thresholds_edited)
        self.ui.waitMinSpin.valueChanged.connect(self._on_thresholds_edited)
        self.ui.saveThresholdsButton.clicked.connect(self.save_thresholds)

        self.overview_read = self.coalesced(
            lambda: supervision.overview(self.db, self.point_code), self._on_overview, self._on_failed
        )
        self.when_point_changes(self._on_point_changed)
        self._clock = self.every(1000, self._tick)
        self._timer = self.every(REFRESH_MS, self.refresh)

    # ------------------------------------------------------------------------------------------ reading

    def load(self) -> None:
        """Read the catalogue's names once, then the point; keep reading it while the page lives."""
        db, point = self.db, self.point_code
        self.op(lambda: network.services(db, point)).success(self._on_services).run()
        self._clock.start()
        self._timer.start()
        self.refresh()
        self._loaded = True
        self.advice.load()
        if self.isVisible():
            self.advice.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        if not event.spontaneous():  # another page of the window was chosen: the advisor rests
            self.advice.pause()

    def _on_services(self, services: list[ServiceInfo]) -> None:
        self.windows_model.service_names = {s.code: i18n.localized(s.name, s.name_en) for s in services}
        self.queues_model.names = {
            s.category: i18n.localized(s.category_name, s.category_name_en) for s in services
        }
        if self.overview is not None:
            self._show(self.overview)

    def refresh(self) -> None:
        self.overview_read.request()

    def _on_overview(self, overview: Overview) -> None:
        self.overview = overview
        self._show(overview)
        self._fit()

    def _on_failed(self, exc: Exception) -> None:
        self.ui.updatedLabel.setText(self.tr("读取失败：{reason}").format(reason=describe_error(exc)))
        log.warning("supervisor refresh failed: %s", describe_error(exc))

    def _on_point_changed(self) -> None:
        self.refresh()
        self.advice.refresh()  # a decision at another desk, or its advisor's run

    # ------------------------------------------------------------------------------------------ room

    def _fit(self) -> None:
        """The first time the point is shown: the windows get ``WINDOWS_SHARE`` of the width; beside them
        the queues get the room their rows need (up to ``QUEUES_ROOM`` of them), the advice the rest."""
        if self._sized or not self.isVisible():
            return
        self._sized = True
        body = self.ui.bodySplitter
        width = sum(body.sizes())
        body.setSizes([width * WINDOWS_SHARE // 100, width - width * WINDOWS_SHARE // 100])
        splitter = self.ui.sideSplitter
        total = sum(splitter.sizes())
        box = self.ui.queuesBox
        chrome = box.height() - self.ui.queuesTable.height()  # the box's title and margins
        rows = min(max(self.queues_model.rowCount(), 1), QUEUES_ROOM)
        wanted = chrome + rows_height(self.ui.queuesTable, rows)
        splitter.setSizes([wanted, max(total - wanted, 0)])

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._loaded and not event.spontaneous():  # not merely the window coming back from minimised
            self.advice.start()
        if self.overview is not None:
            QTimer.singleShot(0, self._fit)  # once the layout has given the splitters their room

    # ------------------------------------------------------------------------------------------ showing

    def _show(self, overview: Overview) -> None:
        status = overview.status
        windows = overview.windows
        # Open for a queue: open, not paused, with an officer qualified for it (the advisor's count too).
        open_windows = {line.category: status.windows_for(line.prefix) for line in status.categories}
        self.queues_model.set_lines(status.categories, {a.category for a in status.alerts}, open_windows)
        self.windows_model.now = clock.now()
        self.windows_model.set_rows(windows)

        waiting = sum(line.waiting for line in status.categories)
        self.ui.totalLabel.setText(self.tr("共 {count} 人等候").format(count=waiting))
        states = [w.view.state for w in windows]
        busy = sum(1 for w in windows if w.view.ticket is not None)
        self.ui.windowsSummaryLabel.setText(
            self.tr("窗口：开放 {open} · 暂停 {paused} · 关闭 {closed}　|　正在办理 {busy}").format(
                open=states.count("open"),
                paused=states.count("paused"),
                closed=states.count("closed"),
                busy=busy,
            )
        )
        self.ui.updatedLabel.setText(self.tr("更新于 {time}").format(time=status.at.strftime("%H:%M:%S")))
        self._show_alerts(status.alerts)
        if not self._edited and not self._saving:
            self._set_spins(overview.thresholds)

    def alert_text(self, category: str, alerts: list[Alert]) -> str:
        """One category's alerts in one phrase: "A 综合服务 23 人等候（阈值 20），最长等候 35 分钟（…）"."""
        first = alerts[0]
        name = self.queues_model.names.get(category, first.name)
        prefix = next((c.prefix for c in self.overview.status.categories if c.category == category), "")
        reasons = []
        for alert in alerts:
            if alert.reason == "waiting":
                reasons.append(
                    self.tr("{count} 人等候（阈值 {threshold}）").format(
                        count=alert.waiting, threshold=alert.threshold
                    )
                )
            else:
                reasons.append(
                    self.tr("最长等候 {minutes} 分钟（阈值 {threshold} 分钟）").format(
                        minutes=alert.longest_wait_min, threshold=alert.threshold
                    )
                )
        return f"{prefix} {name} " + self.tr("，").join(reasons)

    def _show_alerts(self, alerts: list[Alert]) -> None:
        banner = self.ui.alertBanner
        if not alerts:
            banner.hide()
            banner.clear()
            return
        by_category: dict[str, list[Alert]] = {}
        for alert in alerts:
            by_category.setdefault(alert.category, []).append(alert)
        phrases = [self.alert_text(category, group) for category, group in by_category.items()]
        banner.setText(self.tr("潮汐窗口提示：") + self.tr("；").join(phrases))
        banner.show()

    def _tick(self) -> None:
        self.windows_model.tick(clock.now())

    # ------------------------------------------------------------------------------------------ thresholds

    def _set_spins(self, limits: Thresholds) -> None:
        for spin, value in ((self.ui.waitingSpin, limits.waiting), (self.ui.waitMinSpin, limits.wait_min)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._edited = False
        self.ui.saveThresholdsButton.setEnabled(False)

    def _on_thresholds_edited(self) -> None:
        self._edited = True
        self.ui.saveThresholdsButton.setEnabled(not self._saving)
        self._hint(self._default_hint)

    def _hint(self, text: str, problem: bool = False) -> None:
        hint = self.ui.thresholdsHint
        hint.setText(text)
        if hint.property("problem") != ("true" if problem else "false"):
            hint.setProperty("problem", "true" if problem else "false")
            hint.style().unpolish(hint)
            hint.style().polish(hint)

    def save_thresholds(self) -> None:
        """Write both thresholds for the whole installation (in the background)."""
        if self._saving:
            return
        waiting, wait_min = self.ui.waitingSpin.value(), self.ui.waitMinSpin.value()
        self._saving = True
        self.ui.saveThresholdsButton.setEnabled(False)
        db, actor = self.db, self.actor
        self.op(lambda: supervision.set_thresholds(db, waiting, wait_min, actor=actor)).success(
            self._on_saved
        ).failure(self._on_save_failed).run()

    def _on_saved(self, limits: Thresholds) -> None:
        self._saving = False
        self._set_spins(limits)
        text = self.tr("阈值已保存：等候超过 {waiting} 人或最长等候超过 {minutes} 分钟时提示。").format(
            waiting=limits.waiting, minutes=limits.wait_min
        )
        self._hint(text)
        self.say(text)
        self.refresh()

    def _on_save_failed(self, exc: Exception) -> None:
        self._saving = False
        self.ui.saveThresholdsButton.setEnabled(True)
        self._hint(self.tr("阈值未保存：{reason}").format(reason=describe_error(exc)), problem=True)
