"""The booking page (预约办税): a township agent or front-desk officer books a taxpayer into a slot, hands over
the printed booking slip, and moves, cancels or reprints the day's bookings.

Layout comes from ``ui/booking_page.ui``; the day buttons and the slot grid are
:mod:`taxdesk.gui.booking.widgets`, the taxpayer fields :mod:`taxdesk.gui.booking.taxpayer_form` (checked as typed
with the core's own pure functions, and again by the core when booking), the day's bookings and their
actions :mod:`taxdesk.gui.booking.booking_list`. Every read and write goes through the page's background runner to
:mod:`taxdesk.core.bookings`.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QVBoxLayout, QWidget

from taxdesk.core import bookings, calendar, clock, network, settings
from taxdesk.core.booking_slip import BookingSlip, checkin_desk, slip_for
from taxdesk.core.errors import TaxDeskError
from taxdesk.core.network import ServiceInfo
from taxdesk.core.service_search import prepare, search_services
from taxdesk.gui import i18n
from taxdesk.gui.booking.booking_list import DayBookings
from taxdesk.gui.booking.dialogs import OverrideDialog, dispose_after_pending_work
from taxdesk.gui.booking.taxpayer_form import TaxpayerForm
from taxdesk.gui.booking.widgets import DayPicker, SlotGrid, day_label, service_label
from taxdesk.gui.forms.ui_booking_page import Ui_BookingPage
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page, PageContext
from taxdesk.gui.printing import ticket_painter
from taxdesk.gui.printing.printers import TicketPrinter

log = logging.getLogger(__name__)

REFRESH_MS = 60000  # live updates refresh at once; this moves slots to "too soon" as the day goes on
MIN_PREVIEW_DPI, MAX_PREVIEW_DPI = 60, 150

# Where taxpayers check in (the core's words, printed on the slip in Chinese), in the interface language.
DESKS = {
    "导税台": QT_TRANSLATE_NOOP("BookingPage", "导税台"),
    "服务台": QT_TRANSLATE_NOOP("BookingPage", "服务台"),
}


class BookingPage(Page):
    """Book, show and print booking slips; move, cancel and reprint the day's bookings at one point."""

    booking_made = Signal(object)  # BookingView

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ):
        super().__init__(context, parent)
        self.ui = Ui_BookingPage()
        self.ui.setupUi(self)  # objectName "BookingPage": its look is resources/theme/booking.qss
        self.days = DayPicker(self.ui.dayContainer)
        self.slot_grid = SlotGrid(self.ui.slotContainer)
        for container, widget in ((self.ui.dayContainer, self.days), (self.ui.slotContainer, self.slot_grid)):
            layout = QVBoxLayout(container)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(widget)
        self.day_bookings = DayBookings(
            self,
            self.ui.bookingsTable,
            self.ui.rescheduleButton,
            self.ui.cancelButton,
            self.ui.reprintButton,
            self.ui.bookingsSummary,
            self.ui.revealButton,
        )
        self.day_bookings.slip_ready.connect(self._deliver)
        self.day_bookings.changed.connect(self._list_changed)
        self.bookings_model = self.day_bookings.model
        self.printer = TicketPrinter(self)
        self.printer.printed.connect(self._on_printed)
        self.printer.failed.connect(self._on_print_failed)

        self.services: list[ServiceInfo] = []
        self._days_ahead = 0
        self._calendar: calendar.Calendar | None = None
        self._today: date | None = None
        self._checkin_window = (30, 15, "")  # minutes before and after a slot's start, and where
        self._last_slip: BookingSlip | None = None
        self._select_code: str | None = None
        self._wanted: tuple[str | None, date] | None = None  # the service and day the next read is for
        self._booking = False

        self.ui.serviceSearch.textChanged.connect(self._filter_services)
        self.ui.serviceSearch.returnPressed.connect(self.ui.serviceList.setFocus)
        self.ui.serviceList.currentItemChanged.connect(lambda *_: self._service_changed())
        self.days.day_chosen.connect(lambda _day: self._day_changed())
        self.slot_grid.slot_chosen.connect(lambda _start: self._update_book_button())
        self.form = TaxpayerForm(
            self.ui.nameEdit,
            self.ui.phoneEdit,
            self.ui.personRadio,
            self.ui.businessRadio,
            self.ui.idEdit,
            self.ui.hintLabel,
            self,
        )
        self.ui.idEdit.returnPressed.connect(self.book)
        self.ui.bookButton.clicked.connect(self.book)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.book)

        self._reader = self.coalesced(self._read, self._on_refreshed, self._on_refresh_failed)
        self._timer = self.every(REFRESH_MS, self._tick)
        self.when_point_changes(self.refresh)

    # ------------------------------------------------------------------------------------------ loading

    def load(self) -> None:
        """Fetch the point's services and the booking rules in the background, then show today's slots."""
        db, point = self.db, self.point_code

        def work():
            services = network.services(db, point)
            prepare(services)  # pinyin dictionaries load here, not on the first keystroke
            kind = next((p.kind for p in network.points(db) if p.code == point), None)
            with db.session() as session:
                rules = [
                    int(settings.get(session, key))
                    for key in (
                        settings.BOOKING_DAYS_AHEAD,
                        settings.CHECKIN_EARLY_MIN,
                        settings.CHECKIN_LATE_MIN,
                    )
                ]
            return services, rules, checkin_desk(kind), calendar.for_database(db)

        self.op(work).success(self._on_loaded).failure(self._on_load_failed).run()
        self._timer.start()

    def _on_loaded(self, result) -> None:
        services, (days_ahead, early, late), desk, cal = result
        self.services = services
        self._days_ahead = days_ahead
        self._calendar = self.day_bookings.calendar = cal
        self.day_bookings.days_ahead = days_ahead
        self._checkin_window = (early, late, desk)
        self.bookings_model.service_names = {s.code: i18n.localized(s.name, s.name_en) for s in services}
        self._filter_services(self.ui.serviceSearch.text())
        self._set_days()

    def _on_load_failed(self, exc: Exception) -> None:
        QMessageBox.critical(self, self.tr("无法加载预约信息"), describe_error(exc))

    def _set_days(self) -> None:
        self._today = clock.now().date()
        days = bookings.bookable_days(self._today, self._days_ahead, self._calendar)
        self.days.set_days(days, self._today)

    def _tick(self) -> None:
        if self._today is not None and clock.now().date() != self._today:
            self._set_days()  # past midnight: a new set of bookable days
        else:
            self.refresh()

    # ------------------------------------------------------------------------------------------ services

    def _filter_services(self, query: str) -> None:
        current = self.service_code()
        matches = search_services(self.services, query)
        listing = self.ui.serviceList
        listing.blockSignals(True)
        listing.clear()
        for service in matches:
            item = QListWidgetItem(service_label(service.name, service.name_en, service.prefix))
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            item.setToolTip(
                self.tr("{category} · 平均办理约 {minutes} 分钟").format(
                    category=i18n.localized(service.category_name, service.category_name_en),
                    minutes=f"{service.avg_handling_min:g}",
                )
            )
            listing.addItem(item)
        row = next((i for i, s in enumerate(matches) if s.code == current), 0 if matches else -1)
        listing.setCurrentRow(row)
        listing.blockSignals(False)
        if self.service_code() != current:
            self._service_changed()

    def service_code(self) -> str | None:
        item = self.ui.serviceList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_service(self, code: str) -> None:
        for row in range(self.ui.serviceList.count()):
            if self.ui.serviceList.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.ui.serviceList.setCurrentRow(row)
                return

    def _service(self) -> ServiceInfo | None:
        code = self.service_code()
        return next((s for s in self.services if s.code == code), None)

    def _service_changed(self) -> None:
        self.slot_grid.set_slots([], empty_text=self.tr("正在读取时段……"))
        self.refresh()

    def _day_changed(self) -> None:
        day = self.days.day()
        if day is not None:
            self.ui.bookingsBox.setTitle(self.tr("{day} 的预约").format(day=day_label(day, self._today)))
        self.slot_grid.set_slots([], empty_text=self.tr("正在读取时段……"))
        self.refresh()

    # ------------------------------------------------------------------------------------------ slots

    @property
    def slot_buttons(self):
        """The slot buttons by start time ("HH:MM"), for the chosen service and day."""
        return self.slot_grid.buttons

    @property
    def slots(self) -> list[bookings.Slot]:
        return self.slot_grid.slots

    def refresh(self) -> None:
        """Re-read the chosen day's slots (for the chosen service) and bookings in the background; asked
        while a read runs, it reads once more when that read is done."""
        day = self.days.day()
        if day is None:
            return
        self._wanted = (self.service_code(), day)
        self._reader.request()

    def _read(self):
        """Worker thread: the slots and the bookings of the service and day chosen when the read starts."""
        service, day = self._wanted
        slots = bookings.slots(self.db, self.point_code, service, day) if service else []
        return service, day, slots, bookings.list_bookings(self.db, self.point_code, day)

    def _on_refreshed(self, result) -> None:
        service, day, slots, listed = result
        if (service, day) != (self.service_code(), self.days.day()):
            return  # another service or day was chosen meanwhile: its read follows this one
        self._show_slots(slots)
        self.day_bookings.show(listed, self._select_code)
        self._select_code = None

    def _on_refresh_failed(self, exc: Exception) -> None:
        log.warning("booking refresh failed: %s", describe_error(exc))
        self.ui.slotNote.setText(describe_error(exc))

    def _show_slots(self, slots: list[bookings.Slot]) -> None:
        service = self._service()
        self.slot_grid.set_slots(slots, keep=self.slot_grid.chosen(), empty_text=self.tr("该日不开放预约。"))
        early, late, desk = self._checkin_window
        if slots and all(s.capacity == 0 for s in slots):
            note = self.tr("本服务点不接受「{service}」的预约。").format(
                service=i18n.localized(service.name, service.name_en) if service else ""
            )
        elif slots:
            open_places = sum(s.remaining for s in slots if s.bookable)
            note = self.tr(
                "当日可约 {places} 个名额。灰色时段已过或距开始不足规定时间，红色时段已约满。"
                "纳税人须在时段开始前 {early} 分钟至开始后 {late} 分钟内到{desk}签到。"
            ).format(places=open_places, early=early, late=late, desk=self.tr(DESKS.get(desk, desk)))
        else:
            note = ""
        self.ui.slotNote.setText(note)
        self._update_book_button()

    def _update_book_button(self) -> None:
        self.ui.bookButton.setEnabled(
            not self._booking and self.service_code() is not None and self.slot_grid.chosen() is not None
        )

    @property
    def hint(self) -> str:
        """What the form's hint line says now."""
        return self.form.hint

    # ------------------------------------------------------------------------------------------ booking

    def book(self) -> None:
        """Book the chosen slot for the taxpayer in the form; the slip is shown and printed."""
        if self._booking:
            return
        service, start = self.service_code(), self.slot_grid.chosen()
        if service is None or start is None:
            self.form.show_hint(self.tr("请先选择业务和时段。"))
            return
        fields = self.form.values()
        if fields is not None:
            self._submit(service, start, fields)

    def _submit(self, service: str, start, fields: dict) -> None:
        self._booking = True
        self._update_book_button()
        self.form.show_hint("")
        db, point, actor = self.db, self.point_code, self.actor

        def work():
            view = bookings.create_booking(db, point, service, start, **fields, actor=actor)
            return view, slip_for(db, view)

        self.op(work).success(self._on_booked).failure(
            lambda exc: self._on_book_failed(exc, service, start, fields)
        ).run()

    def _on_booked(self, result) -> None:
        view, slip = result
        self._booking = False
        self.show_slip(slip)
        self.form.clear()
        self._select_code = view.code
        service = self.bookings_model.service_names.get(view.service, view.service_name)
        self.say(
            self.tr("已预约 {day} {time} {service}，预约码 {code}").format(
                day=day_label(view.start.date(), self._today),
                time=f"{view.start:%H:%M}",
                service=service,
                code=view.code,
            )
        )
        self.booking_made.emit(view)
        self.refresh()
        self.printer.deliver(slip)

    def _on_book_failed(self, exc: Exception, service: str, start, fields: dict) -> None:
        self._booking = False
        self._update_book_button()
        if not isinstance(exc, TaxDeskError):
            QMessageBox.warning(self, self.tr("未能预约"), describe_error(exc))
            return
        if exc.key == "booking_blocked":
            self._offer_override(exc, service, start, fields)
            return
        self.form.show_error(exc)
        self.refresh()  # a slot that filled or passed meanwhile shows as it is now

    def _offer_override(self, exc: TaxDeskError, service: str, start, fields: dict) -> None:
        """The refusal says until when; a supervisor can lift the block from here and the booking is retried."""
        refusal = describe_error(exc)
        self.form.mark(self.ui.idEdit, True)
        self.form.show_hint(refusal)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("暂停预约"), refusal, parent=self)
        override = box.addButton(self.tr("值班长解除限制…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not override:
            return
        dialog = OverrideDialog(self, fields["id_number"], refusal)
        accepted = dialog.exec() == OverrideDialog.DialogCode.Accepted
        dispose_after_pending_work(self, dialog)
        if accepted:
            self.form.mark(self.ui.idEdit, False)
            self.say(self.tr("已解除预约限制，正在重新预约……"))
            self._submit(service, start, fields)

    # ------------------------------------------------------------------------------------------ the slip

    def show_slip(self, slip: BookingSlip) -> None:
        """Show the whole slip, rendered at the resolution that fits the preview."""
        self._last_slip = slip
        label = self.ui.slipLabel
        room = label.contentsRect().size()
        image = ticket_painter.preview_image(
            slip, room.width(), room.height(), MIN_PREVIEW_DPI, MAX_PREVIEW_DPI
        )
        label.setPixmap(QPixmap.fromImage(image))
        label.setAccessibleName(slip.code)
        label.setToolTip(slip.qr)

    @property
    def last_slip(self) -> BookingSlip | None:
        return self._last_slip

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._last_slip is not None:
            self.show_slip(self._last_slip)

    def _on_printed(self, slip: BookingSlip, target: str) -> None:
        db, actor = self.db, self.actor
        self.op(lambda: bookings.record_print(db, slip.code, target, actor=actor)).failure(
            self._print_not_recorded
        ).run()

    def _print_not_recorded(self, exc: Exception) -> None:
        """The slip is in the taxpayer's hand; only its line in the print log is missing (the log says why)."""
        log.warning("a booking slip's print could not be recorded: %s", describe_error(exc))

    def _on_print_failed(self, slip: BookingSlip, target: str, reason: str) -> None:
        db, actor = self.db, self.actor
        self.op(
            lambda: bookings.record_print(db, slip.code, target, actor=actor, ok=False, error=reason)
        ).failure(self._print_not_recorded).run()
        self.printer.offer_retry(
            slip,
            self.tr("预约 {code} 已成功，但凭条打印失败：{reason}\n\n预约不会丢失，可以补打凭条。").format(
                code=slip.code, reason=reason
            ),
        )

    def _deliver(self, slip: BookingSlip, message: str) -> None:
        """Show a slip the list made (a reprint, or the new slip of a moved booking) and print it."""
        self.show_slip(slip)
        self.say(message)
        self.printer.deliver(slip)

    def _list_changed(self, message: str, code: str) -> None:
        if message:
            self.say(message)
        self._select_code = code
        self.refresh()

    def stopping(self) -> None:
        """A slip still on its way to a network printer gets there (the base stopped reads and timers)."""
        self.printer.wait()
