"""The window console (窗口叫号): the officer at a window calls, recalls, starts, finishes, transfers.

Big buttons, one function key each (F1 call … F8 finish and call the next, also Ctrl+Enter), enabled only
when the action makes sense for the window and its ticket. Every core call runs on the desk's background
runner and is followed, in the same job, by a fresh read of the window (:func:`supervision.desk_status`),
so what the console shows is what the database says. Running times tick from the clock every second
without reading the database; the window is read again after each action and whenever
:class:`~taxdesk.gui.live.LiveUpdates` says the point changed.

Who: the officers offered for a window are those qualified for at least one of its categories
(:func:`taxdesk.core.qualification.qualified_officers`), the signed-in person first; a person who may not
seat others (:data:`~taxdesk.core.roles.ASSIGN_WINDOWS`) sees only themselves, and is told plainly when
they are not qualified for the window. Every action passes the signed-in person to the core, which decides.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taxdesk.core import calls, clock, network, roles, supervision
from taxdesk.core.calls import WindowView
from taxdesk.core.network import ServiceInfo
from taxdesk.core.qualification import QualifiedOfficer, qualified_officers
from taxdesk.core.supervision import DeskStatus
from taxdesk.core.tickets import TicketView
from taxdesk.gui import i18n
from taxdesk.gui.desk.transfer_dialog import TransferDialog
from taxdesk.gui.forms.ui_window_console import Ui_WindowConsole
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page, PageContext
from taxdesk.gui.widgets.models import QueueLinesModel, format_duration

log = logging.getLogger(__name__)

SETTING_WINDOW = "window/number"
SETTING_STAFF = "window/staff"
# A safety net only: changes arrive through LiveUpdates; this catches a missed one and ages the queue.
FALLBACK_REFRESH_MS = 30000

# Button → keys; the first key is printed on the button.
KEYS = {
    "callButton": ("F1",),
    "recallButton": ("F2",),
    "startButton": ("F3",),
    "finishButton": ("F4",),
    "noShowButton": ("F5",),
    "transferButton": ("F6",),
    "pauseButton": ("F7",),
    "finishNextButton": ("F8", "Ctrl+Return", "Ctrl+Enter"),
}
KEY_CAPTIONS = {"finishNextButton": "F8 · Ctrl+Enter"}

PAUSE_REASONS = (
    QT_TRANSLATE_NOOP("WindowConsole", "午休"),
    QT_TRANSLATE_NOOP("WindowConsole", "临时离开"),
    QT_TRANSLATE_NOOP("WindowConsole", "协助其他窗口"),
    QT_TRANSLATE_NOOP("WindowConsole", "业务培训"),
)
ROLE_TEXT = {
    "supervisor": QT_TRANSLATE_NOOP("WindowConsole", "值班长"),
    "front_desk": QT_TRANSLATE_NOOP("WindowConsole", "导税"),
    "agent": QT_TRANSLATE_NOOP("WindowConsole", "代办员"),
}


def _repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _set_property(widget: QWidget, name: str, value: str) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        _repolish(widget)


class WindowConsole(Page):
    """One window's calling console at one service point."""

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ):
        super().__init__(context, parent)
        self.ui = Ui_WindowConsole()
        self.ui.setupUi(self)

        self.windows: list[WindowView] = []
        self.officers: list[QualifiedOfficer] = []  # those qualified for the chosen window
        self.officers_read = False  # whether ``officers`` is the chosen window's (read since it was chosen)
        self.services: list[ServiceInfo] = []
        self.desk: DeskStatus | None = None  # the window as last read
        self.nobody_waiting = False  # the last call found nobody
        self.transfer_dialog: TransferDialog | None = None
        self._acting = False  # an action is on its way to the database (one at a time)
        self._chosen: int | None = None  # the window chosen, for the reads (which run off the GUI thread)

        self.queue_model = QueueLinesModel(self)
        self.ui.queueTable.setModel(self.queue_model)
        self.ui.queueTable.setColumnHidden(QueueLinesModel.WINDOWS_COLUMN, True)
        header = self.ui.queueTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.messageLabel.hide()
        self.ui.servesLabel.hide()
        self.ui.channelLabel.hide()
        for caption in ("issuedCaption", "waitedCaption", "taxpayerCaption", "recallCaption"):
            getattr(self.ui, caption).setProperty("role", "caption")

        self.ui.pauseReasonCombo.addItem("")
        self.ui.pauseReasonCombo.addItems([self.tr(reason) for reason in PAUSE_REASONS])
        self.ui.pauseReasonCombo.lineEdit().setPlaceholderText(self.tr("暂停原因（选填）"))

        self._wire_buttons()
        self.ui.windowCombo.currentIndexChanged.connect(self._on_window_chosen)
        self.ui.officerCombo.currentIndexChanged.connect(lambda _i: self._update_buttons())

        self.desk_read = self.coalesced(self._read_desk, self._on_refreshed, self._on_refresh_failed)
        self.when_point_changes(self.refresh)
        self._clock = self.every(1000, self._tick)
        self._fallback = self.every(FALLBACK_REFRESH_MS, self.refresh)
        self._update_buttons()

    def _wire_buttons(self) -> None:
        ui = self.ui
        handlers = {
            ui.callButton: self.call_next,
            ui.recallButton: self.recall,
            ui.startButton: self.start,
            ui.finishButton: self.finish,
            ui.noShowButton: self.no_show,
            ui.transferButton: self.open_transfer,
            ui.pauseButton: self.toggle_pause,
            ui.finishNextButton: self.finish_and_call_next,
        }
        for button, handler in handlers.items():
            button.setProperty("role", "action")
            button.clicked.connect(lambda _checked=False, h=handler: h())
            keys = KEYS[button.objectName()]
            self._add_key_caption(button, KEY_CAPTIONS.get(button.objectName(), keys[0]))
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=lambda b=button: self._press(b))
        ui.signInButton.clicked.connect(self.sign_in)
        ui.signOutButton.clicked.connect(self.sign_out)

    @staticmethod
    def _add_key_caption(button: QPushButton, text: str) -> None:
        """The key printed in the button's top-right corner, small, out of the way of its name."""
        label = QLabel(text, button)
        label.setProperty("role", "key")
        label.setProperty(
            "primary", "true" if button.objectName() in ("callButton", "finishNextButton") else ""
        )
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(button)
        layout.setContentsMargins(6, 4, 8, 4)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        button.setToolTip(f"{button.toolTip()}（{text}）")

    def _press(self, button: QPushButton) -> None:
        """A function key does what its button does, and only when the button may be pressed."""
        if button.isEnabled() and button.isVisible():
            button.click()

    # ------------------------------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read the point's windows and services in the background, then the chosen window and the
        officers qualified for it."""
        db, point = self.db, self.point_code

        def work():
            return calls.queue_status(db, point).windows, network.services(db, point)

        self.op(work).success(self._on_loaded).failure(self._on_load_failed).run()
        self._clock.start()
        self._fallback.start()

    def _on_loaded(self, result) -> None:
        self.windows, self.services = result
        self.queue_model.names = {
            s.category: i18n.localized(s.category_name, s.category_name_en) for s in self.services
        }
        remembered_window = QSettings().value(SETTING_WINDOW)

        combo = self.ui.windowCombo
        combo.blockSignals(True)
        combo.clear()
        for window in self.windows:
            combo.addItem(self.window_text(window), window.number)
        index = combo.findData(int(remembered_window)) if str(remembered_window or "").isdigit() else -1
        combo.setCurrentIndex(max(index, 0) if self.windows else -1)
        combo.blockSignals(False)
        self._chosen = self.window_number

        if not self.windows:
            self.show_message(self.tr("本服务点没有设置窗口，无法叫号。"))
        self._show()
        self.refresh()
        self._load_officers()

    def _load_officers(self) -> None:
        """Read who is qualified for the chosen window (in the background), then offer them."""
        number = self.window_number
        self.officers, self.officers_read = [], False
        self._fill_officers()
        if number is None:
            return
        db, point = self.db, self.point_code
        self.op(lambda: qualified_officers(db, point, number)).success(
            lambda found: self._on_officers(number, found)
        ).failure(self._on_load_failed).run()

    def _on_officers(self, number: int, found: list[QualifiedOfficer]) -> None:
        if number != self.window_number:
            return  # another window was chosen meanwhile: its own read follows
        self.officers, self.officers_read = found, True
        self._fill_officers()
        self._show()

    @property
    def may_seat_others(self) -> bool:
        return self.allows(roles.ASSIGN_WINDOWS)

    @property
    def me(self) -> QualifiedOfficer | None:
        """The signed-in person among the officers qualified for the chosen window (None: not qualified)."""
        actor = self.actor
        return next((o for o in self.officers if actor is not None and o.code == actor.code), None)

    def _fill_officers(self) -> None:
        """The officer list: everyone qualified for the window (the signed-in person chosen when they may
        call, else the one this PC remembers) for a person who may seat others; else the signed-in person
        alone."""
        combo = self.ui.officerCombo
        combo.blockSignals(True)
        combo.clear()
        actor = self.actor
        if self.may_seat_others:
            for officer in self.officers:
                combo.addItem(self.officer_text(officer), officer.code)
            remembered = QSettings().value(SETTING_STAFF)
            # The signed-in person first when they may call here themselves (a supervisor who may not is
            # offered the officer this PC remembers).
            me = actor is not None and self.allows(roles.CALLING)
            index = combo.findData(actor.code) if me else -1
            if index < 0 and remembered:
                index = combo.findData(remembered)
            combo.setCurrentIndex(max(index, 0) if self.officers else -1)
        elif actor is not None and self.me is not None:
            combo.addItem(self.officer_text(self.me), actor.code)
        elif actor is not None:
            combo.addItem(f"{actor.name}（{actor.code}）", None)  # shown, but cannot be signed in here
        combo.blockSignals(False)

    def _on_load_failed(self, exc: Exception) -> None:
        self.show_message(self.tr("无法加载窗口和人员：{reason}").format(reason=describe_error(exc)))

    def window_text(self, window: WindowView) -> str:
        text = self.tr("{number}号窗口").format(number=window.number)
        if window.is_tidal:
            text += self.tr("（潮汐）")
        return f"{text}  {''.join(window.categories)}"

    def officer_text(self, officer: QualifiedOfficer) -> str:
        """Name, code, what they can serve at this window, and a role other than window officer."""
        text = f"{officer.name}（{officer.code}）· " + self.tr("可办 {prefixes}").format(
            prefixes=officer.prefixes
        )
        role = next((r for r in officer.roles if r in ROLE_TEXT), None)
        return text + " · " + self.tr(ROLE_TEXT[role]) if role else text

    @property
    def window_number(self) -> int | None:
        return self.ui.windowCombo.currentData()

    def _on_window_chosen(self, _index: int) -> None:
        self._chosen = self.window_number
        self.desk = None
        self.nobody_waiting = False
        self.clear_message()
        self._show()
        self.refresh()
        self._load_officers()

    # ------------------------------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the chosen window again (in the background); overlapping requests fold into one more."""
        if self.window_number is not None:
            self.desk_read.request()

    @property
    def refreshing(self) -> bool:
        """Whether a read of the window is in flight."""
        return self.desk_read.busy

    def _read_desk(self) -> DeskStatus | None:  # worker thread: no widgets here
        number = self._chosen  # the window chosen when the read starts
        if number is None:
            return None
        return supervision.desk_status(self.db, self.point_code, number)

    def _on_refreshed(self, status: DeskStatus | None) -> None:
        if status is not None and status.window.view.number == self.window_number and not self._acting:
            self._set_desk(status)

    def _on_refresh_failed(self, exc: Exception) -> None:
        log.warning("window refresh failed: %s", describe_error(exc))

    def _set_desk(self, status: DeskStatus) -> None:
        self.desk = status
        if status.window.view.ticket is not None or self._waiting_total():
            self.nobody_waiting = False
        self._show()

    def _waiting_total(self) -> int:
        if self.desk is None:
            return 0
        return sum(line.waiting for line in self.desk.queues) + self.desk.transferred_here

    # ------------------------------------------------------------------------------------------ actions

    @property
    def ticket(self) -> TicketView | None:
        return self.desk.window.view.ticket if self.desk else None

    def _act(self, action: str, work, done=None) -> None:
        """Run ``work()`` and read the window again, both in the background; ``done(result)`` after."""
        number = self.window_number
        if self._acting or number is None:
            return
        self._acting = True
        db, point = self.db, self.point_code

        def job():
            result = work()
            return result, supervision.desk_status(db, point, number)

        def finished(outcome):
            self._acting = False
            result, status = outcome
            self.clear_message()
            if status.window.view.number == self.window_number:
                self.desk = status
            if done is not None:
                done(result)
            self._show()

        def failed(exc: Exception):
            self._acting = False
            self.show_message(
                self.tr("{action}未成功：{reason}").format(action=action, reason=describe_error(exc))
            )
            self.refresh()

        self.op(job).success(finished).failure(failed).run()

    def sign_in(self) -> None:
        number, staff = self.window_number, self.ui.officerCombo.currentData()
        if number is None or staff is None:
            return
        db, point, actor = self.db, self.point_code, self.actor

        def done(view: WindowView):
            settings = QSettings()
            settings.setValue(SETTING_WINDOW, number)
            settings.setValue(SETTING_STAFF, staff)
            self.say(self.tr("{officer} 已在{number}号窗口签到").format(officer=view.officer, number=number))

        self._act(self.tr("签到"), lambda: calls.sign_in(db, point, number, staff, actor=actor), done)

    def sign_out(self) -> None:
        number = self.window_number
        db, point, actor = self.db, self.point_code, self.actor
        self._act(
            self.tr("签退"),
            lambda: calls.sign_out(db, point, number, actor=actor),
            lambda _view: self.say(self.tr("{number}号窗口已签退").format(number=number)),
        )

    def call_next(self) -> None:
        db, point, number, actor = self.db, self.point_code, self.window_number, self.actor
        self._act(self.tr("叫号"), lambda: calls.call_next(db, point, number, actor=actor), self._on_called)

    def _on_called(self, ticket: TicketView | None) -> None:
        self.nobody_waiting = ticket is None
        if ticket is None:
            self.say(self.tr("暂无等候"))
        else:
            self.say(
                self.tr("已叫号 {number}：请{number}号到{window}号窗口").format(
                    number=ticket.number, window=self.window_number
                )
            )

    def _ticket_action(self, action: str, fn, message: str) -> None:
        ticket = self.ticket
        if ticket is None:
            return
        db, ticket_id, actor = self.db, ticket.id, self.actor
        self._act(
            action,
            lambda: fn(db, ticket_id, actor=actor),
            lambda view: self.say(message.format(number=view.number)),
        )

    def recall(self) -> None:
        self._ticket_action(self.tr("重呼"), calls.recall, self.tr("已重呼 {number}"))

    def start(self) -> None:
        self._ticket_action(self.tr("开始办理"), calls.start, self.tr("{number} 开始办理"))

    def finish(self) -> None:
        self._ticket_action(self.tr("办结"), calls.finish, self.tr("{number} 已办结"))

    def no_show(self) -> None:
        self._ticket_action(self.tr("过号"), calls.no_show, self.tr("{number} 已按过号处理"))

    def finish_and_call_next(self) -> None:
        ticket = self.ticket
        if ticket is None:
            return
        db, point, number, ticket_id = self.db, self.point_code, self.window_number, ticket.id
        actor = self.actor

        def work():
            finished = calls.finish(db, ticket_id, actor=actor)
            return finished, calls.call_next(db, point, number, actor=actor)

        def done(result):
            finished, called = result
            self.nobody_waiting = called is None
            if called is None:
                self.say(self.tr("{number} 已办结；暂无等候").format(number=finished.number))
            else:
                self.say(
                    self.tr("{done} 已办结，已叫号 {number}").format(
                        done=finished.number, number=called.number
                    )
                )

        self._act(self.tr("办结并叫下一位"), work, done)

    def toggle_pause(self) -> None:
        if self.desk is None:
            return
        db, point, number, actor = self.db, self.point_code, self.window_number, self.actor
        if self.desk.window.view.state == "paused":
            self._act(
                self.tr("恢复叫号"),
                lambda: calls.resume(db, point, number, actor=actor),
                lambda _view: self.say(self.tr("{number}号窗口已恢复叫号").format(number=number)),
            )
            return
        reason = self.ui.pauseReasonCombo.currentText().strip() or None

        def done(_view):
            self.ui.pauseReasonCombo.setCurrentIndex(0)  # the next pause has its own reason
            self.say(self.tr("{number}号窗口已暂停叫号").format(number=number))

        self._act(self.tr("暂停"), lambda: calls.pause(db, point, number, reason, actor=actor), done)

    def open_transfer(self) -> None:
        """Read the windows as they are now, then ask where to send the taxpayer."""
        if self.ticket is None or self._acting:
            return
        db, point = self.db, self.point_code
        self.op(lambda: calls.queue_status(db, point).windows).success(self._open_transfer_dialog).failure(
            lambda exc: self.show_message(describe_error(exc))
        ).run()

    def _open_transfer_dialog(self, windows: list[WindowView]) -> None:
        ticket = self.ticket
        if ticket is None:
            return
        self.windows = windows
        dialog = TransferDialog(ticket, self.services, windows, self.window_number, self)
        dialog.accepted.connect(lambda: self.transfer(*dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        self.transfer_dialog = dialog
        dialog.open()  # window-modal without a nested event loop

    def transfer(self, service_code: str | None, window_number: int | None) -> None:
        ticket = self.ticket
        if ticket is None or (service_code is None and window_number is None):
            return
        db, ticket_id, actor = self.db, ticket.id, self.actor

        def done(view: TicketView):
            target = []
            if service_code is not None:
                target.append(self._service_name(view.service, view.service_name))
            if window_number is not None:
                target.append(self.tr("{number}号窗口").format(number=window_number))
            self.say(self.tr("{number} 已转至{target}").format(number=view.number, target="、".join(target)))

        self._act(
            self.tr("转办"),
            lambda: calls.transfer(
                db, ticket_id, service_code=service_code, window_number=window_number, actor=actor
            ),
            done,
        )

    # ------------------------------------------------------------------------------------------ showing

    def show_message(self, text: str) -> None:
        """A problem, in one line above the ticket, until the next successful action."""
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()
        self.say(text)

    def clear_message(self) -> None:
        self.ui.messageLabel.clear()
        self.ui.messageLabel.hide()

    def _service_name(self, code: str, fallback: str) -> str:
        for service in self.services:
            if service.code == code:
                return i18n.localized(service.name, service.name_en)
        return fallback

    def _show(self) -> None:
        ui = self.ui
        desk = self.desk
        view = desk.window.view if desk else None
        state = view.state if view else "closed"

        _set_property(ui.stateLabel, "state", state)
        ui.stateLabel.setText(
            {"open": self.tr("开放"), "paused": self.tr("暂停"), "closed": self.tr("未签到")}.get(
                state, state
            )
        )
        if view is not None and view.officer:
            ui.signedInLabel.setText(
                self.tr("{officer}（{code}）在岗").format(officer=view.officer, code=view.officer_code)
            )
            index = ui.officerCombo.findData(view.officer_code)
            if index >= 0 and state != "closed":
                ui.officerCombo.setCurrentIndex(index)
        elif view is not None and state != "closed":
            ui.signedInLabel.setText(self.tr("未登记人员"))
        else:
            ui.signedInLabel.setText("")
        ui.pauseButton.setText(self.tr("恢复") if state == "paused" else self.tr("暂停"))
        self._show_serves(view)

        self._show_ticket()
        self._show_queue()
        self._tick()
        self._update_buttons()

    def _category_name(self, code: str) -> str:
        for service in self.services:
            if service.category == code:
                return i18n.localized(service.category_name, service.category_name_en)
        return code

    def _show_serves(self, view: WindowView | None) -> None:
        """One line: the categories this window calls for its officer once signed in; before that, a plain
        refusal when the signed-in person (who may not seat others) is not qualified for the window."""
        label = self.ui.servesLabel
        tone, text = "", ""
        if view is not None and view.state != "closed" and view.officer_code:
            officer = next((o for o in self.officers if o.code == view.officer_code), None)
            if officer is not None:
                names = "、".join(
                    f"{prefix} {self._category_name(code)}"
                    for prefix, code in zip(officer.prefixes, officer.categories, strict=False)
                )
                text = self.tr("本窗口为{officer}叫号的类别：{categories}").format(
                    officer=view.officer, categories=names
                )
        elif (
            self.window_number is not None
            and self.officers_read
            and not self.may_seat_others
            and self.actor is not None
            and self.me is None
        ):
            tone = "warning"
            window = next((w for w in self.windows if w.number == self.window_number), None)
            text = self.tr(
                "您（{name}）没有{number}号窗口业务类别（{categories}）的资质，不能在此窗口签到。"
            ).format(
                name=self.actor.name,
                number=self.window_number,
                categories="".join(window.categories) if window else "—",
            )
        _set_property(label, "tone", tone)
        label.setText(text)
        label.setVisible(bool(text))

    def _show_ticket(self) -> None:
        ui = self.ui
        desk = self.desk
        ticket = self.ticket
        state = desk.window.view.state if desk else "closed"
        if ticket is None:
            phase = "idle"
            ui.channelLabel.hide()
            for value in (ui.issuedValue, ui.waitedValue, ui.taxpayerValue, ui.recallValue):
                value.setText("")
            ui.detailsFrame.setVisible(False)
            if desk is None:
                big, hint = "", self.tr("正在读取窗口…") if self.window_number is not None else ""
            elif state == "closed":
                big, hint = self.tr("未签到"), self.tr("选择窗口和人员，按“签到”开始")
            elif state == "paused":
                big, hint = self.tr("已暂停"), self.tr("按 F7 恢复叫号")
            elif self.nobody_waiting or not self._waiting_total():
                big, hint = self.tr("暂无等候"), self.tr("有人取号后按 F1 叫号")
            else:
                big, hint = self.tr("空闲"), self.tr("按 F1 叫下一位")
            ui.phaseLabel.setText("")
            ui.numberLabel.setText(big)
            ui.serviceLabel.setText(hint)
        else:
            phase = ticket.status
            detail = desk.window
            ui.numberLabel.setText(ticket.number)
            if ticket.channel in ("green", "booking"):
                ui.channelLabel.setText(self.tr("绿色通道") if ticket.channel == "green" else self.tr("预约"))
                _set_property(ui.channelLabel, "channel", ticket.channel)
                ui.channelLabel.show()
            else:
                ui.channelLabel.hide()
            ui.serviceLabel.setText(self._service_name(ticket.service, ticket.service_name))
            ui.detailsFrame.setVisible(True)
            ui.issuedValue.setText(ticket.issued_at.strftime("%H:%M:%S"))
            if detail.called_at is not None:
                minutes = max(0, int((detail.called_at - ticket.issued_at).total_seconds() // 60))
                ui.waitedValue.setText(self.tr("{minutes} 分钟").format(minutes=minutes))
            else:
                ui.waitedValue.setText("—")
            taxpayer = " ".join(p for p in (ticket.taxpayer_name, ticket.taxpayer_phone) if p)
            ui.taxpayerValue.setText(taxpayer or self.tr("未登记"))
            ui.recallValue.setText(self.tr("{count} 次").format(count=detail.recall_count))
            ui.phaseLabel.setText(
                self.tr("正在呼叫，等候纳税人到窗口") if ticket.status == "called" else self.tr("办理中")
            )
        for label in (ui.phaseLabel, ui.numberLabel, ui.serviceLabel):
            _set_property(label, "phase", phase)

    def _show_queue(self) -> None:
        ui = self.ui
        desk = self.desk
        if desk is None:
            self.queue_model.set_lines([])
            ui.queueSummaryLabel.setText("")
            ui.transferredLabel.setText("")
            ui.noShowHintLabel.setText("")
            return
        self.queue_model.set_lines(desk.queues)
        waiting = sum(line.waiting for line in desk.queues)
        if waiting:
            longest = max(line.longest_wait_min for line in desk.queues if line.waiting)
            ui.queueSummaryLabel.setText(
                self.tr("共 {count} 人等候，最长已等 {minutes} 分钟").format(count=waiting, minutes=longest)
            )
        else:
            ui.queueSummaryLabel.setText(self.tr("暂无等候"))
        ui.transferredLabel.setText(
            self.tr("另有 {count} 位转给本窗口办理").format(count=desk.transferred_here)
            if desk.transferred_here
            else ""
        )
        needed = desk.noshow_after_recalls
        ticket = self.ticket
        if ticket is not None and ticket.status == "called" and desk.window.recall_count < needed:
            ui.noShowHintLabel.setText(
                self.tr("需先重呼 {needed} 次（已 {count} 次）").format(
                    needed=needed, count=desk.window.recall_count
                )
            )
        elif needed and ticket is None and desk.window.view.state == "open":
            ui.noShowHintLabel.setText(self.tr("需先重呼 {needed} 次").format(needed=needed))
        else:
            ui.noShowHintLabel.setText("")

    def _tick(self) -> None:
        """The running time since the call, the start, or since the window became free (clock only)."""
        desk = self.desk
        label = self.ui.timerLabel
        if desk is None:
            label.setText("")
            return
        now = clock.now()

        def since(moment) -> str:
            return format_duration((now - moment).total_seconds())

        detail, ticket = desk.window, desk.window.view.ticket
        if ticket is not None and ticket.status == "serving" and detail.started_at is not None:
            label.setText(self.tr("办理 {time}").format(time=since(detail.started_at)))
        elif ticket is not None and detail.called_at is not None:
            label.setText(self.tr("已呼叫 {time}").format(time=since(detail.called_at)))
        elif detail.view.state == "paused" and detail.view.since is not None:
            label.setText(self.tr("暂停 {time}").format(time=since(detail.view.since)))
        elif detail.view.state == "open" and detail.free_since is not None:
            label.setText(self.tr("空闲 {time}").format(time=since(detail.free_since)))
        else:
            label.setText("")

    def _update_buttons(self) -> None:
        ui = self.ui
        desk = self.desk
        state = desk.window.view.state if desk else None
        ticket = self.ticket
        called = ticket is not None and ticket.status == "called"
        active = ticket is not None
        closed = state == "closed"
        ui.windowCombo.setEnabled(desk is None or closed)
        ui.officerCombo.setEnabled((desk is None or closed) and self.may_seat_others)
        ui.signInButton.setEnabled(closed and ui.officerCombo.currentData() is not None)
        ui.signOutButton.setEnabled(state in ("open", "paused"))
        ui.callButton.setEnabled(state == "open" and not active)
        ui.recallButton.setEnabled(called)
        ui.startButton.setEnabled(called)
        ui.finishButton.setEnabled(active)
        ui.noShowButton.setEnabled(called and desk.window.recall_count >= desk.noshow_after_recalls)
        ui.transferButton.setEnabled(active)
        ui.pauseButton.setEnabled(state in ("open", "paused"))
        ui.pauseReasonCombo.setEnabled(state == "open")
        ui.finishNextButton.setEnabled(state == "open" and active)
