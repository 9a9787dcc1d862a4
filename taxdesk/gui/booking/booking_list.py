"""The day's bookings on the booking page, and what an officer does with one: move it (改约), cancel it
(取消预约, after asking), reprint its slip (补打凭条) or see the taxpayer's name and phone in full
(显示完整信息, to call them: the list shows them masked, and the core records every full view in the audit
trail).

The table and buttons are the page's Designer widgets; this object wires them to the core through the page's
operations (:meth:`~taxdesk.gui.page.Page.op`: nothing arrives once the page has stopped) and reports back
with signals: a slip to show and print, or a change to re-read. A refusal is said in a message box, over the
page, as the officer asked for the action a moment ago.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QPushButton, QTableView

from taxdesk.core import bookings, clock, roles
from taxdesk.core.booking_slip import slip_for
from taxdesk.core.bookings import BookingView
from taxdesk.gui.booking.dialogs import RescheduleDialog, dispose_after_pending_work
from taxdesk.gui.booking.widgets import BookingsModel, day_label
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page


class DayBookings(QObject):
    """A day's bookings at the point in a table, with the reschedule, cancel and reprint buttons."""

    slip_ready = Signal(object, str)  # BookingSlip to show and print, the status line to show
    changed = Signal(str, str)  # the status line, the code of the booking to keep selected

    def __init__(
        self,
        page: Page,
        table: QTableView,
        reschedule: QPushButton,
        cancel: QPushButton,
        reprint: QPushButton,
        summary: QLabel,
        reveal: QPushButton | None = None,
    ):
        super().__init__(page)
        self.page, self.db, self.table, self.summary = page, page.db, table, summary
        self.days_ahead = 0  # the booking horizon, for the reschedule dialog
        self.calendar = None  # the database's calendar (read by the page on its worker)
        self.model = BookingsModel(self)
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(64)  # an empty day keeps readable column headers
        header.setSectionResizeMode(BookingsModel.SERVICE_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        # The selected booking stays in view while the page around the list settles (a new booking is
        # selected as the slots above are rebuilt) and whenever the list grows or shrinks.
        table.verticalScrollBar().rangeChanged.connect(self._reveal_selected)
        self.buttons = (reschedule, cancel, reprint)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        reschedule.clicked.connect(self.reschedule_selected)
        cancel.clicked.connect(self.cancel_selected)
        reprint.clicked.connect(self.reprint_selected)
        self.reveal_button = reveal
        self.personal_box: QMessageBox | None = None  # the last full view shown
        if reveal is not None:
            reveal.clicked.connect(self.reveal_selected)
            # Only for those who may see it (the core decides; the button is not shown to others).
            reveal.setVisible(page.allows(roles.BOOKINGS) or page.allows(roles.CHECK_IN))

    def show(self, listed: list[BookingView], select: str | None = None) -> None:
        """Show ``listed``, keeping the selected booking (or selecting ``select``)."""
        selected = select or (b.code if (b := self.selected()) else None)
        self.model.set_rows(listed)
        row = self.model.find(selected) if selected else None
        if row is not None:
            self.table.selectRow(row)
        states = [b.state for b in listed]
        self.summary.setText(
            self.tr(
                "共 {total} 个：已预约 {booked}，已签到 {checked_in}，已取消 {cancelled}，未到 {missed}"
            ).format(
                total=len(listed),
                booked=states.count("booked"),
                checked_in=states.count("checked_in"),
                cancelled=states.count("cancelled"),
                missed=states.count("missed"),
            )
        )
        self._update_buttons()

    def _reveal_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.scrollTo(rows[0])

    def selected(self) -> BookingView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        booking = self.selected()
        for button in self.buttons:
            button.setEnabled(booking is not None and booking.state == "booked")
        if self.reveal_button is not None:
            self.reveal_button.setEnabled(booking is not None)

    def _service_name(self, booking: BookingView) -> str:
        return self.model.service_names.get(booking.service, booking.service_name)

    def _warn(self, title: str):
        return lambda exc: QMessageBox.warning(self.page, title, describe_error(exc))

    # ------------------------------------------------------------------------------------------ actions

    def reprint_selected(self) -> None:
        booking = self.selected()
        if booking is None:
            return
        db, code = self.db, booking.code
        self.page.op(lambda: slip_for(db, bookings.get_booking(db, code), reprint=True)).success(
            lambda slip: self.slip_ready.emit(slip, self.tr("补打预约凭条 {code}").format(code=slip.code))
        ).failure(self._warn(self.tr("无法补打"))).run()

    def reveal_selected(self) -> None:
        """The selected booking's taxpayer in full, read (and audited) by the core, in a message box."""
        booking = self.selected()
        if booking is None:
            return
        db, code, actor = self.db, booking.code, self.page.actor
        self.page.op(lambda: bookings.reveal(db, code, actor=actor)).success(self._show_personal).failure(
            self._warn(self.tr("无法显示完整信息"))
        ).run()

    def _show_personal(self, personal) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("预约 {code} 的纳税人").format(code=personal.number),
            self.tr("姓名：{name}\n手机：{phone}\n证件：{id}\n\n本次查看已记入审计日志。").format(
                name=personal.name or "", phone=personal.phone or "", id=personal.id_masked or ""
            ),
            QMessageBox.StandardButton.Ok,
            self.page,
        )
        box.setObjectName("personalBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(box.deleteLater)
        self.personal_box = box
        box.open()

    def cancel_selected(self) -> None:
        booking = self.selected()
        if booking is None:
            return
        answer = QMessageBox.question(
            self.page,
            self.tr("取消预约"),
            self.tr(
                "取消预约 {code}？\n{day} {start}–{end}  {service}  {taxpayer}\n\n名额将释放给其他纳税人。"
            ).format(
                code=booking.code,
                day=day_label(booking.start.date()),
                start=f"{booking.start:%H:%M}",
                end=f"{booking.end:%H:%M}",
                service=self._service_name(booking),
                taxpayer=booking.taxpayer_name or "",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, code, actor = self.db, booking.code, self.page.actor
        self.page.op(lambda: bookings.cancel_booking(db, code, actor=actor)).success(
            lambda done: self.changed.emit(
                self.tr("已取消预约 {code}，名额已释放").format(code=done.code), done.code
            )
        ).failure(self._warn(self.tr("无法取消预约"))).run()

    def reschedule_selected(self) -> None:
        booking = self.selected()
        if booking is None:
            return
        days = bookings.bookable_days(clock.now().date(), self.days_ahead, self.calendar)
        dialog = RescheduleDialog(self.page, booking, days, self._service_name(booking))
        accepted = dialog.exec() == RescheduleDialog.DialogCode.Accepted
        moved = dialog.result_booking
        dispose_after_pending_work(self.page, dialog)
        if not accepted or moved is None:
            return
        db = self.db
        self.page.op(lambda: slip_for(db, moved)).success(
            lambda slip: self._rescheduled(moved, slip)
        ).failure(self._warn(self.tr("无法打印凭条"))).run()

    def _rescheduled(self, moved: BookingView, slip) -> None:
        self.changed.emit("", moved.code)
        self.slip_ready.emit(
            slip,
            self.tr("预约 {code} 已改到 {day} {time}，请将新凭条交给纳税人").format(
                code=moved.code, day=day_label(moved.start.date()), time=f"{moved.start:%H:%M}"
            ),
        )
