"""The supervisor's live view (值班长): every window and every queue of a point, and the tidal-window alert.

What it shows comes from one background read (:func:`taxdesk.core.supervision.overview`), repeated when
:class:`~taxdesk.gui.live.LiveUpdates` says the point changed and every few seconds; running times tick
from the clock every second in between. The alert thresholds are installation-wide settings, edited here
and written in the background. Below, the tidal-window advisor's suggestions and the day's decisions
(:class:`~taxdesk.gui.desk.advice_panel.AdvicePanel`), advised every minute while the view is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from taxdesk.core import clock, network, supervision
from taxdesk.core.calls import Alert
from taxdesk.core.network import ServiceInfo
from taxdesk.core.supervision import Overview, Thresholds
from taxdesk.gui import i18n, theme
from taxdesk.gui.desk.advice_panel import ADVISE_INTERVAL_MS, AdvicePanel
from taxdesk.gui.forms.ui_supervisor import Ui_SupervisorView
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page, PageContext
from taxdesk.gui.widgets.models import QueueLinesModel, WindowStatusModel

log = logging.getLogger(__name__)

REFRESH_MS = 5000  # queues age and other points' desks may be out of reach of the change feed

STYLE = f"""
QLabel#alertBanner {{
    background: {theme.WARNING}; color: white; padding: 10px 14px; border-radius: 6px;
    font-size: 14pt; font-weight: bold;
}}
QFrame#headerBar {{ background: #ffffff; border: 1px solid #d5dde8; border-radius: 8px; }}
QLabel#totalLabel {{ font-size: 18pt; font-weight: bold; color: #1b2a3a; padding-right: 16px; }}
QLabel#windowsSummaryLabel {{ font-size: 12.5pt; color: #2b3a4a; }}
QLabel#updatedLabel {{ color: #6b7785; }}
QGroupBox#windowsBox, QGroupBox#queuesBox, QGroupBox#thresholdsBox {{ font-size: 12pt; font-weight: bold; }}
QTableView {{ font-size: 12pt; font-weight: normal; }}
QTableView::item {{ padding: 0 10px; }}
QGroupBox#thresholdsBox QLabel, QGroupBox#thresholdsBox QSpinBox {{ font-size: 11.5pt; font-weight: normal; }}
QSpinBox {{ min-height: 30px; min-width: 90px; }}
QPushButton#saveThresholdsButton {{ min-height: 40px; min-width: 80px; font-weight: normal; }}
QLabel#thresholdsHint {{ color: #6b7785; font-size: 10.5pt; }}
QLabel#thresholdsHint[problem="true"] {{ color: {theme.WARNING}; }}
"""


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
        self.setStyleSheet(STYLE)
        self.overview: Overview | None = None
        self._refreshing = False
        self._refresh_again = False
        self._saving = False
        self._stopped = False
        self._edited = False  # the thresholds in the spin boxes are not saved yet

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
            table.verticalHeader().setDefaultSectionSize(34)
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a live picture, nothing to pick
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.ui.alertBanner.hide()
        self.ui.thresholdsHint.setProperty("problem", "false")
        self._default_hint = self.ui.thresholdsHint.text()
        self._loaded = False

        self.advice = AdvicePanel(
            self.ui,
            self.db,
            self.point_code,
            self.runner,
            interval_ms=advice_interval_ms,
            now=now,
            parent=self,
        )
        self.advice.status_message.connect(self.status_message)
        self.ui.bodySplitter.setStretchFactor(0, 3)
        self.ui.bodySplitter.setStretchFactor(1, 2)

        self.ui.waitingSpin.valueChanged.connect(self._on_thresholds_edited)
        self.ui.waitMinSpin.valueChanged.connect(self._on_thresholds_edited)
        self.ui.saveThresholdsButton.clicked.connect(self.save_thresholds)
        self.live.changed.connect(self._on_live_changed)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    # ------------------------------------------------------------------------------------------ reading

    def load(self) -> None:
        """Read the catalogue's names once, then the point; keep reading it while the page lives."""
        db, point = self.db, self.point_code
        self.runner.run(lambda: network.services(db, point), on_done=self._on_services)
        self._clock.start()
        self._timer.start()
        self.refresh()
        self._loaded = True
        self.advice.load()
        if self.isVisible():
            self.advice.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._loaded and not event.spontaneous():  # not merely the window coming back from minimised
            self.advice.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        if not event.spontaneous():  # another page of the window was chosen: the advisor rests
            self.advice.pause()

    def _on_services(self, services: list[ServiceInfo]) -> None:
        if self._stopped:
            return
        self.windows_model.service_names = {s.code: i18n.localized(s.name, s.name_en) for s in services}
        self.queues_model.names = {
            s.category: i18n.localized(s.category_name, s.category_name_en) for s in services
        }
        if self.overview is not None:
            self._show(self.overview)

    def refresh(self) -> None:
        if self._stopped:
            return
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        db, point = self.db, self.point_code
        self.runner.run(
            lambda: supervision.overview(db, point), on_done=self._on_overview, on_error=self._on_failed
        )

    def _on_overview(self, overview: Overview) -> None:
        self._refreshing = False
        if self._stopped:
            return
        self.overview = overview
        self._show(overview)
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _on_failed(self, exc: Exception) -> None:
        self._refreshing = False
        self._refresh_again = False
        self.ui.updatedLabel.setText(self.tr("读取失败：{reason}").format(reason=describe_error(exc)))
        log.warning("supervisor refresh failed: %s", describe_error(exc))

    def _on_live_changed(self, point: str) -> None:
        if self.live.affects(self.point_code, point):
            self.refresh()
            self.advice.refresh()  # a decision at another desk, or its advisor's run

    # ------------------------------------------------------------------------------------------ showing

    def _show(self, overview: Overview) -> None:
        status = overview.status
        windows = overview.windows
        open_windows: dict[str, tuple[int, int]] = {}
        for line in status.categories:
            serving = [w for w in windows if line.prefix in w.view.categories]
            opened = sum(1 for w in serving if w.view.state == "open")
            open_windows[line.category] = (opened, len(serving))
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
        db = self.db
        self.runner.run(
            lambda: supervision.set_thresholds(db, waiting, wait_min),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
        )

    def _on_saved(self, limits: Thresholds) -> None:
        if self._stopped:
            return
        self._saving = False
        self._set_spins(limits)
        text = self.tr("阈值已保存：等候超过 {waiting} 人或最长等候超过 {minutes} 分钟时提示。").format(
            waiting=limits.waiting, minutes=limits.wait_min
        )
        self._hint(text)
        self.status_message.emit(text)
        self.refresh()

    def _on_save_failed(self, exc: Exception) -> None:
        if self._stopped:
            return
        self._saving = False
        self.ui.saveThresholdsButton.setEnabled(True)
        self._hint(self.tr("阈值未保存：{reason}").format(reason=describe_error(exc)), problem=True)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._clock.stop()
        self._timer.stop()
        self.advice.stop()
        try:
            self.live.changed.disconnect(self._on_live_changed)
        except (RuntimeError, TypeError):
            pass
