"""The service point page (服务点) for a township agent: what this point handles, found as you type, with
what to bring, and the A4 service list (服务清单) to print or save.

Layout comes from ``ui/service_point.ui``. The point and its services are read on the desk's background
runner; searching (name, English, code, pinyin or initials: :mod:`taxdesk.core.service_search`) runs on
every keystroke on the GUI thread, which it can afford: the pinyin is worked out once, in the background,
when the services are loaded. The sheet is read and written to PDF in the background too; only the print
preview, a widget, paints on the GUI thread.

Everything shown follows the interface language (names, categories, the point's type). At a point other
than the hall, a service that must be finished at the tax hall is listed in the theme's caution colour,
with a legend under the list saying so.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QWidget

from taxdesk.core import network, service_search
from taxdesk.core.network import PointInfo, ServiceInfo
from taxdesk.core.service_sheet import ServiceSheet, sheet_for
from taxdesk.gui import i18n, theme
from taxdesk.gui.forms.ui_service_point import Ui_ServicePointPage
from taxdesk.gui.messages import describe_error
from taxdesk.gui.network import service_sheet
from taxdesk.gui.page import Page, PageContext
from taxdesk.gui.widgets.point_picker import kind_text

log = logging.getLogger(__name__)

FOLDER_SETTING = "service_point/pdf_folder"
HALL_ONLY_COLOUR = "caution"  # a service to be finished at the tax hall, in the list and its legend
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


class ServicePointPage(Page):
    """The services of one point, searchable, with their details and the printable service list."""

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ):
        super().__init__(context, parent)
        self.ui = Ui_ServicePointPage()
        self.ui.setupUi(self)  # its look: resources/theme/network.qss
        self.point: PointInfo | None = None
        self.services: list[ServiceInfo] = []
        self.preview: QPrintPreviewDialog | None = None
        self._preview_printer: QPrinter | None = None
        self._reader = self.coalesced(self._read, self._on_loaded, self._on_load_failed)

        self.ui.searchEdit.textChanged.connect(self._filter)
        # Enter or Down in the search box goes to the list; Ctrl+F (or Esc in the list) back to the search.
        self.ui.searchEdit.returnPressed.connect(self.ui.serviceList.setFocus)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.ui.serviceList, activated=self._focus_search)
        self.ui.searchEdit.installEventFilter(self)
        self.ui.serviceList.currentItemChanged.connect(lambda current, _old: self._show_details(current))
        self.ui.printButton.clicked.connect(self.print_preview)
        self.ui.pdfButton.clicked.connect(lambda: self.save_pdf())
        self.ui.hallOnlyLabel.hide()
        self.ui.hallOnlyLegend.hide()
        self.when_point_changes(self.load)

    # ------------------------------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read the point and its services in the background (again, if a read is already running)."""
        self._reader.request()

    def _read(self):
        db, code = self.db, self.point_code
        point = next((p for p in network.points(db) if p.code == code), None)
        services = network.services(db, code)
        service_search.prepare(services)  # the pinyin, here rather than on the first keystroke
        return point, services

    def _on_loaded(self, result) -> None:
        if result != (self.point, self.services):  # a new ticket here changes nothing on this page
            self.point, self.services = result
            self._show_point()
            self._filter()

    def _on_load_failed(self, exc: Exception) -> None:
        self.ui.pointLabel.setText(self.point_code)
        self.ui.infoLabel.setText(describe_error(exc))
        log.warning("service point page: %s", describe_error(exc))

    def _show_point(self) -> None:
        point = self.point
        if point is None:
            return
        self.ui.pointLabel.setText(point.name)
        where = [kind_text(point.kind), point.address]
        when = [
            self.tr("办公时间 {hours}").format(hours=_hours_text(point.opening_hours))
            if point.opening_hours
            else None,
            self.tr("电话 {contact}").format(contact=point.contact) if point.contact else None,
            self.tr("合作银行 {bank}").format(bank=point.bank_partner) if point.bank_partner else None,
        ]
        self.ui.infoLabel.setText(
            "\n".join("　·　".join(part for part in line if part) for line in (where, when))
        )

    # ------------------------------------------------------------------------------------------ search

    def _filter(self) -> None:
        """Show the services matching the search box, best matches first; keep the selection if it is
        still shown, else select the first."""
        query = self.ui.searchEdit.text()
        found = service_search.search_services(self.services, query)
        current = self.selected_code()
        listing = self.ui.serviceList
        listing.blockSignals(True)
        listing.clear()
        for service in found:
            name = i18n.localized(service.name, service.name_en)
            item = QListWidgetItem(f"{service.prefix}　{name}")
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            item.setToolTip(f"{name} · {service.code}")
            if self.finished_at_hall(service):
                item.setForeground(theme.colour(HALL_ONLY_COLOUR))
            listing.addItem(item)
        listing.blockSignals(False)
        # The colour's legend, while the list shows a service in it.
        self.ui.hallOnlyLegend.setVisible(any(self.finished_at_hall(s) for s in found))
        codes = [s.code for s in found]
        row = codes.index(current) if current in codes else (0 if codes else -1)
        listing.setCurrentRow(row)
        self._show_details(listing.currentItem())
        if query.strip():
            self.ui.countLabel.setText(
                self.tr("找到 {found} 项（共 {total} 项）").format(found=len(found), total=len(self.services))
            )
        else:
            self.ui.countLabel.setText(self.tr("共 {total} 项业务").format(total=len(self.services)))

    def finished_at_hall(self, service: ServiceInfo) -> bool:
        """Whether ``service`` is only taken in here and must be finished at the tax hall (never so at the
        hall itself)."""
        return service.hall_only and self.point is not None and self.point.kind != "hall"

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.ui.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.ui.serviceList.count()
        ):
            self.ui.serviceList.setFocus()
            return False
        return super().eventFilter(watched, event)

    def visible_codes(self) -> list[str]:
        """The codes of the services the list shows now, top to bottom."""
        listing = self.ui.serviceList
        return [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())]

    def selected_code(self) -> str | None:
        item = self.ui.serviceList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_details(self, item: QListWidgetItem | None) -> None:
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        service = next((s for s in self.services if s.code == code), None)
        ui = self.ui
        ui.documentsList.clear()
        if service is None:
            ui.nameLabel.setText(self.tr("没有找到相符的业务") if self.services else "")
            for label in (ui.metaLabel, ui.minutesLabel):
                label.clear()
            ui.hallOnlyLabel.hide()
            ui.documentsCaption.hide()
            return
        ui.nameLabel.setText(i18n.localized(service.name, service.name_en))
        category = i18n.localized(service.category_name, service.category_name_en)
        ui.metaLabel.setText(f"{service.prefix} {category}　·　{service.code}")
        ui.minutesLabel.setText(
            self.tr("平均办理约 {minutes} 分钟").format(minutes=f"{service.avg_handling_min:g}")
        )
        ui.hallOnlyLabel.setVisible(self.finished_at_hall(service))
        ui.hallOnlyLabel.setText(
            self.tr("须到办税服务厅办结：本点可受理咨询、预审资料，办结须到办税服务厅。")
        )
        ui.documentsCaption.show()
        documents = service.documents or [self.tr("无需资料")]
        for index, document in enumerate(documents):
            mark = CIRCLED[index] if index < len(CIRCLED) and service.documents else ""
            ui.documentsList.addItem(f"{mark} {document}".strip())

    # ------------------------------------------------------------------------------------------ printing

    def print_preview(self) -> None:
        """Read the sheet in the background, then show it in a print preview to print."""
        db, code = self.db, self.point_code
        self.op(lambda: sheet_for(db, code)).success(self._open_preview).failure(self._on_print_error).run()

    def _open_preview(self, sheet: ServiceSheet) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{sheet.point_name} 服务清单")
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印服务清单 — {point}").format(point=sheet.point_name))
        dialog.paintRequested.connect(lambda target: self._paint(sheet, target))
        dialog.finished.connect(self._preview_closed)
        self.preview = dialog
        self._preview_printer = printer  # the dialog does not own it: it must live as long as the dialog
        dialog.open()

    def _preview_closed(self) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None
            self._preview_printer = None

    def _paint(self, sheet: ServiceSheet, printer: QPrinter) -> None:
        try:
            service_sheet.print_sheet(sheet, printer)
        except RuntimeError as exc:
            QMessageBox.warning(self, self.tr("打印失败"), str(exc))

    def print_directly(self) -> None:
        """The system print dialog, without a preview."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        db, code = self.db, self.point_code
        self.op(lambda: sheet_for(db, code)).success(lambda sheet: self._paint(sheet, printer)).failure(
            self._on_print_error
        ).run()

    def save_pdf(self, path: str | Path | None = None) -> None:
        """Write the service list as an A4 PDF, in the background (asks where, when no path is given)."""
        if path is None:
            path = self._ask_pdf_path()
            if not path:
                return
        target = Path(path)
        db, code = self.db, self.point_code

        def work():
            sheet = sheet_for(db, code)
            pages = service_sheet.save_pdf(sheet, target)
            return sheet, pages

        self.op(work).success(lambda result: self._on_saved(target, *result)).failure(
            self._on_print_error
        ).run()

    def _ask_pdf_path(self) -> str:
        store = QSettings()
        folder = str(
            store.value(FOLDER_SETTING, "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        name = self.tr("{point}服务清单.pdf").format(point=self.point.name if self.point else self.point_code)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存服务清单"), str(Path(folder) / name), self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            store.setValue(FOLDER_SETTING, str(Path(path).parent))
        return path

    def _on_saved(self, target: Path, sheet: ServiceSheet, pages: int) -> None:
        self.say(
            self.tr("已保存服务清单（{count} 项业务，{pages} 页 A4）：{path}").format(
                count=sheet.service_count, pages=pages, path=target
            )
        )

    def _on_print_error(self, exc: Exception) -> None:
        text = describe_error(exc) if not isinstance(exc, OSError) else f"{exc.filename}: {exc.strerror}"
        QMessageBox.warning(self, self.tr("无法生成服务清单"), text)

    def stopping(self) -> None:
        if self.preview is not None:
            self.preview.close()


def _hours_text(hours: str) -> str:
    return "　".join(period.replace("-", "–") for period in hours.split(","))
