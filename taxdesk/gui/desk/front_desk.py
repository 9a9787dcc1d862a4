"""The front desk (导税台): one click or one key issues a ticket, which is shown and printed at once; a
scanned booking slip (预约签到) issues the booking-priority ticket the same way; the day's tickets can be
searched, reprinted and — a no-show — re-activated.

Layout comes from ``ui/front_desk.ui``: the services on the left (every category in sight on a 1366×768
hall PC: five buttons a row, small categories side by side) over the taxpayer's fields; on the right the
latest ticket beside the check-in box and the reprint buttons, and below them the day's tickets with a
search (Ctrl+F) and "only no-shows" (F11). The service buttons are built from the point's catalogue. All
database work runs on the page's background runner (:meth:`Page.op`); this module only wires widgets to
the core.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from taxdesk.core import bookings, calls, network, tickets
from taxdesk.core.errors import InvalidInput
from taxdesk.core.network import ServiceInfo
from taxdesk.core.slip import TicketSlip, slip_for
from taxdesk.core.tickets import QueueLine
from taxdesk.gui import i18n, theme
from taxdesk.gui.forms.ui_front_desk import Ui_FrontDesk
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page, PageContext
from taxdesk.gui.printing import ticket_painter
from taxdesk.gui.printing.printers import TicketPrinter
from taxdesk.gui.widgets.models import RecentTicketsFilter, RecentTicketsModel

log = logging.getLogger(__name__)

QUEUE_REFRESH_MS = 15000  # live updates refresh at once; this only makes the waiting minutes tick
MIN_PREVIEW_DPI, MAX_PREVIEW_DPI = 60, 203
SERVICE_COLUMNS = 5  # buttons a row; categories with few services share a row
SERVICE_BUTTON_MAX_HEIGHT = 84
TODAY_LIMIT = 500  # the day's tickets listed (a county hall issues a few hundred)
CATEGORY_KEYS = [Qt.Key.Key_F1 + i for i in range(9)]
CHECKIN_KEY = Qt.Key.Key_F10
NO_SHOW_KEY = Qt.Key.Key_F11


def pack_categories(sizes: list[int], columns: int = SERVICE_COLUMNS) -> list[list[tuple[int, int]]]:
    """Rows of (category index, columns it spans): a category takes its services' count of columns (at
    least two, for its title; all ``columns`` when it has more), and the next category shares its row
    when it still fits. ``[7, 5, 5, 4, 2, 1]`` → ``[[(0, 5)], [(1, 5)], [(2, 5)], [(3, 4)], [(4, 2), (5, 2)]]``."""
    rows: list[list[tuple[int, int]]] = []
    used = columns
    for index, size in enumerate(sizes):
        span = min(columns, max(2, size))
        if used + span > columns:
            rows.append([])
            used = 0
        rows[-1].append((index, span))
        used += span
    return rows


class ServiceButton(QPushButton):
    """A large service button whose name wraps onto two lines instead of being cut off; it grows with the
    room there is (up to ``SERVICE_BUTTON_MAX_HEIGHT``), so a large screen gets larger targets."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "service")
        self.setAccessibleName(text)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        self.setMinimumSize(QSize(90, 50))
        self.setMaximumHeight(SERVICE_BUTTON_MAX_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def text(self) -> str:
        return self.label.text()


class FrontDesk(Page):
    """Issue, show, print and reprint tickets for one service point."""

    ticket_issued = Signal(object)  # TicketView

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ):
        super().__init__(context, parent)
        self.ui = Ui_FrontDesk()
        self.ui.setupUi(self)
        self.printer = TicketPrinter(self)
        self.printer.printed.connect(self._on_printed)
        self.printer.failed.connect(self._on_print_failed)
        self.service_buttons: dict[str, QPushButton] = {}
        self._category_defaults: list[str] = []
        self._last_slip: TicketSlip | None = None

        self.recent_model = RecentTicketsModel(self)
        self.recent_filter = RecentTicketsFilter(self.recent_model, self)
        table = self.ui.recentTable
        table.setModel(self.recent_filter)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecentTicketsModel.SERVICE_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole service name is in the tooltip
        self.category_boxes: dict[str, tuple[QGroupBox, str]] = {}  # category code -> (box, title)
        self.queue: dict[str, QueueLine] = {}  # category code -> waiting now
        table.selectionModel().selectionChanged.connect(self._update_reprint_button)
        table.doubleClicked.connect(lambda _index: self.reprint_selected())
        self.ui.reprintButton.clicked.connect(self.reprint_selected)
        self.ui.reactivateButton.clicked.connect(self.reactivate_selected)
        self.ui.phoneEdit.textEdited.connect(lambda _text: self.ui.hintLabel.clear())
        self.ui.nameEdit.textEdited.connect(lambda _text: self.ui.hintLabel.clear())
        self.ui.filterEdit.textChanged.connect(self._on_filter_text)
        self.ui.noShowOnlyButton.toggled.connect(self._on_no_show_only)
        self.ui.filterEdit.returnPressed.connect(self._select_first_match)

        QShortcut(QKeySequence(Qt.Key.Key_G), self, activated=self.ui.greenButton.toggle)
        QShortcut(QKeySequence(CHECKIN_KEY), self, activated=self.check_in_key)
        QShortcut(QKeySequence(NO_SHOW_KEY), self, activated=self.ui.noShowOnlyButton.toggle)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, activated=self.focus_filter)
        self.ui.checkinEdit.returnPressed.connect(self.check_in)
        self.ui.checkinButton.clicked.connect(self.check_in)
        self.ui.checkinEdit.textEdited.connect(lambda _text: self._show_check_in("", ok=True))
        for index, key in enumerate(CATEGORY_KEYS):
            QShortcut(QKeySequence(key), self, activated=lambda i=index: self._issue_category_default(i))

        point = self.point_code
        self.queue_read = self.coalesced(
            lambda: (
                tickets.queue_snapshot(self.db, point),
                tickets.recent_tickets(self.db, point, limit=TODAY_LIMIT),
            ),
            self._on_queue,
            lambda exc: log.warning("queue refresh failed: %s", describe_error(exc)),
        )
        self._timer = self.every(QUEUE_REFRESH_MS, self.refresh_queue)
        self.when_point_changes(self.refresh_queue)

    # ------------------------------------------------------------------------------------------ loading

    def load(self) -> None:
        """Fetch the catalogue and the day's tickets in the background, then build the buttons."""
        db, point = self.db, self.point_code
        self.op(
            lambda: (network.services(db, point), tickets.recent_tickets(db, point, limit=TODAY_LIMIT))
        ).success(self._on_loaded).failure(self._on_load_failed).run()
        self._timer.start()
        self.refresh_queue()

    def _on_loaded(self, result) -> None:
        services, recent = result
        self._build_service_buttons(services)
        self.recent_model.set_rows(recent)

    def _on_load_failed(self, exc: Exception) -> None:
        QMessageBox.critical(self, self.tr("无法加载服务目录"), describe_error(exc))

    def _build_service_buttons(self, services: list[ServiceInfo]) -> None:
        layout: QGridLayout = self.ui.servicesLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.service_buttons.clear()
        self._category_defaults.clear()
        self.category_boxes.clear()
        self.recent_model.service_names = {s.code: i18n.localized(s.name, s.name_en) for s in services}
        groups: dict[str, list[ServiceInfo]] = {}
        for service in services:
            groups.setdefault(service.category, []).append(service)
        members_of = list(groups.values())
        rows = pack_categories([len(members) for members in members_of])
        for row, placed in enumerate(rows):
            layout.setRowStretch(row, 1)  # spare height makes the buttons taller, up to their maximum
            column = 0
            for index, span in placed:
                box = self._category_box(index, members_of[index], span)
                layout.addWidget(box, row, column, 1, span)
                column += span
        for column in range(SERVICE_COLUMNS):
            layout.setColumnStretch(column, 1)
        layout.setRowStretch(len(rows), 1)  # what is left of the height stays below the last category
        self._show_queue()

    def _category_box(self, index: int, members: list[ServiceInfo], span: int) -> QGroupBox:
        """One category: its title (prefix, name, key, waiting) over its buttons, ``span`` a row."""
        first = members[0]
        key_text = f"  [F{index + 1}]" if index < len(CATEGORY_KEYS) else ""
        title = f"{first.prefix}  {i18n.localized(first.category_name, first.category_name_en)}{key_text}"
        box = QGroupBox(title, self.ui.servicesContainer)
        self.category_boxes[first.category] = (box, title)
        box.setProperty("role", "category")
        box.setProperty("category", str(index % len(theme.CATEGORY_COLOURS)))  # its colour in desk.qss
        box.setToolTip(title)  # the whole title, when the waiting count makes it wider than the box
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 2, 0, 4)
        grid.setSizeConstraint(QGridLayout.SizeConstraint.SetMinAndMaxSize)  # no taller than its buttons
        grid.setSpacing(6)
        for position, service in enumerate(members):
            button = ServiceButton(i18n.localized(service.name, service.name_en), box)
            button.setObjectName(f"service_{service.code}")
            button.setToolTip(self._service_tooltip(service))
            button.clicked.connect(lambda _checked=False, code=service.code: self.issue(code))
            grid.addWidget(button, position // span, position % span)
            self.service_buttons[service.code] = button
        for column in range(span):
            grid.setColumnStretch(column, 1)
        self._category_defaults.append(first.code)
        return box

    def _service_tooltip(self, service: ServiceInfo) -> str:
        lines = [
            f"{i18n.localized(service.name, service.name_en)}（{service.code}）",
            self.tr("平均办理约 {minutes} 分钟").format(minutes=f"{service.avg_handling_min:g}"),
        ]
        if service.hall_only:
            lines.append(self.tr("须到办税服务厅办结"))
        if service.documents:
            lines.append(self.tr("所需资料：") + "、".join(service.documents))
        return "\n".join(lines)

    # ------------------------------------------------------------------------------------------ issuing

    def _issue_category_default(self, index: int) -> None:
        if self.isVisible() and index < len(self._category_defaults):
            self.issue(self._category_defaults[index])

    def issue(self, service_code: str) -> None:
        """Issue a ticket for the service with the taxpayer fields and green toggle as they are now."""
        name, phone = self.ui.nameEdit.text(), self.ui.phoneEdit.text()
        try:
            tickets.clean_taxpayer(name, phone)
        except InvalidInput as exc:
            self.ui.hintLabel.setText(self._input_hint(exc))
            (self.ui.phoneEdit if exc.params.get("field") == "phone" else self.ui.nameEdit).setFocus()
            return
        channel = "green" if self.ui.greenButton.isChecked() else "walk_in"
        self._show_check_in("", ok=True)  # the last check-in's result no longer describes the latest ticket
        db, point, actor = self.db, self.point_code, self.actor

        def work():
            view = tickets.issue_ticket(
                db,
                point,
                service_code,
                actor=actor,
                channel=channel,
                taxpayer_name=name,
                taxpayer_phone=phone,
            )
            return view, slip_for(db, view)

        self.op(work).success(self._on_issued).failure(self._on_issue_failed).run()

    def _input_hint(self, exc: InvalidInput) -> str:
        if exc.params.get("field") == "phone":
            return self.tr("手机号格式不正确：请填写以 1 开头的 11 位手机号，或留空。")
        if exc.key == "name_too_long":
            return self.tr("姓名不能超过 40 个字。")
        return describe_error(exc)  # e.g. a control character pasted into the name

    def _on_issued(self, result, *, walk_in: bool = True) -> None:
        view, slip = result
        service = self.recent_model.service_names.get(view.service, view.service_name)
        self._show_slip(slip)
        self._keeping_selection(lambda: self.recent_model.add_first(view, TODAY_LIMIT))
        if walk_in:  # a checked-in booking leaves what the officer is typing for the next walk-in alone
            self.ui.nameEdit.clear()
            self.ui.phoneEdit.clear()
            self.ui.hintLabel.clear()
            self.ui.greenButton.setChecked(False)
        self.say(
            self.tr("已取号 {number}：{service}，前面 {ahead} 人，预计等候约 {minutes} 分钟").format(
                number=view.number, service=service, ahead=view.ahead, minutes=view.estimated_wait_min
            )
            if view.ahead
            else self.tr("已取号 {number}：{service}，无需等候").format(number=view.number, service=service)
        )
        self.ticket_issued.emit(view)
        self.refresh_queue()
        self.printer.deliver(slip)

    def _on_issue_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("未能取号"), describe_error(exc))

    def _show_slip(self, slip: TicketSlip) -> None:
        """Show the whole ticket in the preview, rendered at the resolution that fits (crisp, not scaled)."""
        self._last_slip = slip
        label = self.ui.previewLabel
        room = label.contentsRect().size()
        image = ticket_painter.preview_image(
            slip, room.width(), room.height(), MIN_PREVIEW_DPI, MAX_PREVIEW_DPI
        )
        label.setPixmap(QPixmap.fromImage(image))
        label.setAccessibleName(slip.number)
        label.setToolTip(slip.qr)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._last_slip is not None:
            self._show_slip(self._last_slip)

    @property
    def last_slip(self) -> TicketSlip | None:
        return self._last_slip

    # ------------------------------------------------------------------------------------------ check-in

    def focus_check_in(self) -> None:
        self.ui.checkinEdit.setFocus()
        self.ui.checkinEdit.selectAll()

    def check_in_key(self) -> None:
        """F10, as the button says: check in what is typed or scanned; with nothing there, go to the box."""
        if self.ui.checkinEdit.text().strip():
            self.check_in()
        else:
            self.focus_check_in()

    def check_in(self) -> None:
        """Check in the scanned slip or typed booking code: the booking-priority ticket is issued, shown and
        printed like any other; a refusal says why, in the check-in box."""
        text = self.ui.checkinEdit.text().strip()
        if not text:
            self._show_check_in(
                describe_error(InvalidInput("nothing scanned", key="booking_empty")), ok=False
            )
            self.focus_check_in()
            return
        db, point, actor = self.db, self.point_code, self.actor

        def work():
            view = bookings.check_in(db, text, point_code=point, actor=actor)
            return view, slip_for(db, view)

        self.op(work).success(self._on_checked_in).failure(self._on_check_in_refused).run()

    def _on_checked_in(self, result) -> None:
        view, _slip = result
        self.ui.checkinEdit.clear()
        self._show_check_in(
            self.tr("✔ 预约签到成功，已发预约优先号 {number}（{service}）").format(
                number=view.number,
                service=self.recent_model.service_names.get(view.service, view.service_name),
            ),
            ok=True,
        )
        self._on_issued(result, walk_in=False)

    def _on_check_in_refused(self, exc: Exception) -> None:
        self._show_check_in(self.tr("✘ 不能签到：") + describe_error(exc), ok=False)
        self.say(self.tr("预约签到未成功：") + describe_error(exc))
        self.focus_check_in()  # the next scan replaces the refused code

    def _show_check_in(self, text: str, *, ok: bool) -> None:
        label = self.ui.checkinHint
        theme.set_tone(label, "good" if ok else "warning")
        label.setText(text)
        label.setVisible(bool(text))

    @property
    def check_in_message(self) -> str:
        """What the check-in box says now (empty when nothing was checked in yet)."""
        return self.ui.checkinHint.text() if self.ui.checkinHint.isVisibleTo(self) else ""

    # ------------------------------------------------------------------------------------------ finding

    def focus_filter(self) -> None:
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    def _on_filter_text(self, text: str) -> None:
        self.recent_filter.set_text(text)
        self._after_filter()

    def _on_no_show_only(self, only: bool) -> None:
        self.recent_filter.set_status("no_show" if only else None)
        self._after_filter()
        if only:
            self._select_first_match()  # F11 and the first no-show is ready to re-activate

    def _select_first_match(self) -> None:
        if self.recent_filter.rowCount():
            self.ui.recentTable.selectRow(0)
            self.ui.recentTable.setFocus()

    def _after_filter(self) -> None:
        """Say so when nothing matches; keep the buttons in step with what is still selected."""
        empty = self.recent_filter.filtering and not self.recent_filter.rowCount()
        label = self.ui.recentEmptyLabel
        if empty:
            label.setText(
                self.tr("今日没有过号的票。")
                if self.recent_filter.status == "no_show" and not self.recent_filter.text
                else self.tr("没有符合条件的票。")
            )
        label.setVisible(empty)
        self._update_reprint_button()

    # ------------------------------------------------------------------------------------------ reprint

    def _update_reprint_button(self) -> None:
        selected = self.selected_ticket()
        self.ui.reprintButton.setEnabled(selected is not None)
        self.ui.reactivateButton.setEnabled(selected is not None and selected.status == "no_show")

    def selected_ticket(self):
        rows = self.ui.recentTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.recent_model.row(self.recent_filter.mapToSource(rows[0]).row())

    def _keeping_selection(self, change) -> None:
        """Change the day's list (``change()``) and select again the ticket that was selected."""
        selected = self.selected_ticket()
        change()
        if selected is not None:
            self._select_ticket(selected.id)
        self._after_filter()

    def _select_ticket(self, ticket_id: int) -> None:
        """Select the ticket again after the list was read anew (if it is still listed and not filtered out)."""
        row = next((i for i, t in enumerate(self.recent_model.rows) if t.id == ticket_id), None)
        if row is None:
            return
        shown = self.recent_filter.mapFromSource(self.recent_model.index(row, 0))
        if shown.isValid():
            self.ui.recentTable.selectionModel().select(
                shown,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def reprint_selected(self) -> None:
        ticket = self.selected_ticket()
        if ticket is None and self.recent_model.rowCount() > 0:
            ticket = self.recent_model.row(0)
        if ticket is not None:
            self.reprint(ticket.id)

    def reprint(self, ticket_id: int) -> None:
        db = self.db
        self.op(lambda: slip_for(db, tickets.get_ticket(db, ticket_id), reprint=True)).success(
            self._on_reprint_ready
        ).failure(self._on_issue_failed).run()

    def reactivate_selected(self) -> None:
        """Put the selected no-show back in the queue: it is called next (once per ticket)."""
        ticket = self.selected_ticket()
        if ticket is None or ticket.status != "no_show":
            return
        db, actor = self.db, self.actor
        self.op(lambda: calls.reactivate(db, ticket.id, actor=actor)).success(self._on_reactivated).failure(
            lambda exc: QMessageBox.warning(self, self.tr("无法重新激活"), describe_error(exc))
        ).run()

    def _on_reactivated(self, ticket) -> None:
        self.say(self.tr("{number} 已重新激活，将优先叫号").format(number=ticket.number))
        self.refresh_queue()

    def _on_reprint_ready(self, slip: TicketSlip) -> None:
        self._show_slip(slip)
        self.say(self.tr("补打 {number}").format(number=slip.number))
        self.printer.deliver(slip)

    # ------------------------------------------------------------------------------------------ printing

    def _record_print(self, slip: TicketSlip, target: str, error: str | None = None) -> None:
        """Note in the ticket's history that it was printed (or not), in the background."""
        db, ticket_id, actor = self.db, slip.ticket_id, self.actor
        self.op(
            lambda: tickets.record_print(db, ticket_id, target, actor=actor, ok=error is None, error=error)
        ).failure(lambda exc: log.warning("recording the print of %s failed: %s", slip.number, exc)).run()

    def _on_printed(self, slip: TicketSlip, target: str) -> None:
        self._record_print(slip, target)

    def _on_print_failed(self, slip: TicketSlip, target: str, reason: str) -> None:
        self._record_print(slip, target, reason)
        self.printer.offer_retry(
            slip,
            self.tr("票号 {number} 已发出，但打印失败：{reason}\n\n号码不会丢失，可以补打。").format(
                number=slip.number, reason=reason
            ),
        )

    # ------------------------------------------------------------------------------------------ queue

    def refresh_queue(self) -> None:
        """Re-read the queue and today's tickets (their states change as windows call them)."""
        self.queue_read.request()

    def _on_queue(self, result) -> None:
        lines, recent = result
        self.queue = {line.category: line for line in lines}
        self._show_queue()
        self._keeping_selection(lambda: self.recent_model.set_rows(recent))

    def _show_queue(self) -> None:
        """Waiting count and longest wait beside each category's title, the total above the services."""
        for code, (box, title) in self.category_boxes.items():
            line = self.queue.get(code)
            if line is not None and line.waiting:
                title += self.tr("　　等候 {count} 人 · 最长 {minutes} 分钟").format(
                    count=line.waiting, minutes=line.longest_wait_min
                )
            box.setTitle(title)
        self.ui.servicesTitle.setText(
            self.tr("点击业务取号（F1–F9 取该类别的常办业务）。当前共 {count} 人等候。").format(
                count=self.total_waiting
            )
        )

    @property
    def total_waiting(self) -> int:
        return sum(line.waiting for line in self.queue.values())

    def stopping(self) -> None:
        self.printer.wait()  # a slip on its way to the printer is finished, not cut off
