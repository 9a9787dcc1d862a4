"""Where a desk's slips go — queue tickets and booking slips alike: a system printer, a network ESC/POS
thermal printer, files, or the screen only.

The choice is per PC (QSettings), not per installation: each desk has its own printer. Printing happens
after the ticket or booking is committed, so a printer that fails never loses a number or a place — the desk
is told and offered a reprint, and the front desk logs the attempt in the ticket's event trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from taxdesk.core.escpos_ticket import (
    PrinterError,
    escpos_bytes,
    parse_printer_address,
    send_to_network_printer,
    write_escpos_file,
)
from taxdesk.gui.printing import ticket_painter
from taxdesk.gui.printing.ticket_painter import Slip
from taxdesk.gui.tasks import TaskRunner

MODES = ("system", "network", "file", "screen")
FILE_FORMATS = {"png": ".png", "pdf": ".pdf", "escpos": ".bin"}


@dataclass
class PrintSettings:
    mode: str = "screen"
    printer_name: str = ""  # empty: the system's default printer
    preview: bool = False
    address: str = ""  # host:port of a network ESC/POS printer
    folder: str = ""
    file_format: str = "png"

    @classmethod
    def load(cls, store: QSettings | None = None) -> PrintSettings:
        store = store or QSettings()
        default_mode = "system" if QPrinterInfo.availablePrinterNames() else "screen"
        mode = str(store.value("print/mode", default_mode))
        file_format = str(store.value("print/file_format", "png"))
        return cls(
            mode=mode if mode in MODES else default_mode,
            printer_name=str(store.value("print/printer_name", "")),
            preview=str(store.value("print/preview", "false")).lower() == "true",
            address=str(store.value("print/address", "")),
            folder=str(store.value("print/folder", "")),
            file_format=file_format if file_format in FILE_FORMATS else "png",
        )

    def save(self, store: QSettings | None = None) -> None:
        store = store or QSettings()
        store.setValue("print/mode", self.mode)
        store.setValue("print/printer_name", self.printer_name)
        store.setValue("print/preview", "true" if self.preview else "false")
        store.setValue("print/address", self.address)
        store.setValue("print/folder", self.folder)
        store.setValue("print/file_format", self.file_format)

    def problem(self) -> str | None:
        """Why these settings cannot work, in words for the settings dialog, or None."""
        if self.mode == "network":
            try:
                parse_printer_address(self.address)
            except ValueError as exc:
                return str(exc)
        if self.mode == "file" and not Path(self.folder).is_dir():
            return QCoreApplication.translate("Printing", "文件夹不存在：{folder}").format(
                folder=self.folder or QCoreApplication.translate("Printing", "（未填写）")
            )
        return None


def file_target(settings: PrintSettings, slip: Slip) -> Path:
    suffix = "-reprint" if slip.reprint else ""
    return Path(settings.folder) / f"{slip.file_stem}{suffix}{FILE_FORMATS[settings.file_format]}"


class TicketPrinter(QObject):
    """Sends slips (tickets or booking slips) where the desk's settings say, reporting each outcome with a
    signal.

    Network printing runs on its own background thread (a printer that does not answer must not freeze the
    desk); system printers and files are handled on the GUI thread, where Qt's printing must run.
    """

    printed = Signal(object, str)  # slip, target description
    failed = Signal(object, str, str)  # slip, target description, reason

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self._network = TaskRunner(self)

    def deliver(self, slip: Slip, settings: PrintSettings | None = None) -> None:
        settings = settings or PrintSettings.load()
        if settings.mode == "screen":
            return
        if settings.mode == "network":
            self._deliver_network(slip, settings.address)
            return
        target = self._describe(settings)
        try:
            if settings.mode == "file":
                target = str(file_target(settings, slip))
                self._write_file(slip, settings)
            else:
                self._print_system(slip, settings)
        except (OSError, PrinterError, RuntimeError) as exc:
            self.failed.emit(slip, target, str(exc))
        else:
            self.printed.emit(slip, target)

    def offer_retry(self, slip: Slip, what_happened: str) -> None:
        """Tell the officer the slip did not print (``what_happened``: that nothing is lost) and print it
        again if they ask to now; else they reprint it later."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Printing", "打印失败"),
            what_happened,
            parent=self._parent,
        )
        retry = box.addButton(
            QCoreApplication.translate("Printing", "重新打印"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QCoreApplication.translate("Printing", "稍后补打"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is retry:
            self.deliver(slip, PrintSettings.load())

    @staticmethod
    def _describe(settings: PrintSettings) -> str:
        if settings.mode == "system":
            return f"printer:{settings.printer_name or 'default'}"
        if settings.mode == "network":
            return f"escpos:{settings.address}"
        return f"file:{settings.folder}"

    def _write_file(self, slip: Slip, settings: PrintSettings) -> None:
        folder = Path(settings.folder)
        if not folder.is_dir():
            raise OSError(
                QCoreApplication.translate("Printing", "文件夹不存在：{folder}").format(folder=folder)
            )
        path = file_target(settings, slip)
        if settings.file_format == "png":
            ticket_painter.save_png(slip, path)
        elif settings.file_format == "pdf":
            ticket_painter.save_pdf(slip, path)
        else:
            write_escpos_file(escpos_bytes(slip), path)

    def _print_system(self, slip: Slip, settings: PrintSettings) -> None:
        info = (
            QPrinterInfo.printerInfo(settings.printer_name)
            if settings.printer_name
            else QPrinterInfo.defaultPrinter()
        )
        if info.isNull():
            name = settings.printer_name or QCoreApplication.translate("Printing", "默认打印机")
            raise PrinterError(
                QCoreApplication.translate("Printing", "找不到打印机：{name}").format(name=name)
            )
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"TaxDesk {slip.label}")
        if settings.preview:
            preview = QPrintPreviewDialog(printer, self._parent)
            preview.paintRequested.connect(lambda p: ticket_painter.print_slip(slip, p))
            if preview.exec() != QPrintPreviewDialog.DialogCode.Accepted:
                raise PrinterError(QCoreApplication.translate("Printing", "打印已取消"))
            return
        if not printer.isValid():
            raise PrinterError(
                QCoreApplication.translate("Printing", "打印机不可用：{name}").format(name=info.printerName())
            )
        ticket_painter.print_slip(slip, printer)

    def _deliver_network(self, slip: Slip, address: str) -> None:
        target = f"escpos:{address}"
        try:
            host, port = parse_printer_address(address)
        except ValueError as exc:
            self.failed.emit(slip, target, str(exc))
            return
        data = escpos_bytes(slip)
        self._network.run(
            lambda: send_to_network_printer(data, host, port),
            on_done=lambda _: self.printed.emit(slip, target),
            on_error=lambda exc: self.failed.emit(slip, target, str(exc)),
        )

    def wait(self, msecs: int = 10000) -> bool:
        return self._network.wait(msecs)
