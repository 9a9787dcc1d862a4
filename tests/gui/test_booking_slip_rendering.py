"""The booking slip drawn by the ticket painter: a phone's scanner reads the exact payload from the PNG, the
PDF's text holds the code and the service, and the desk's printer settings deliver it like a ticket."""

from __future__ import annotations

import numpy as np
import pypdf
import pytest
import zxingcpp
from PySide6.QtGui import QImage
from samples import BOOKING_PAYLOAD, make_booking_slip, make_slip

from taxdesk.gui.printing import ticket_painter
from taxdesk.gui.printing.printers import PrintSettings, TicketPrinter, file_target


def decoded(image: QImage) -> list[str]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), dtype=np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return [barcode.text for barcode in zxingcpp.read_barcodes(rows[:, : grey.width()].copy())]


@pytest.mark.parametrize("dpi", [203, 96])
def test_booking_slip_png_qr_decodes_to_the_exact_payload(qapp, tmp_path, dpi):
    target = tmp_path / f"booking-{dpi}.png"
    ticket_painter.save_png(make_booking_slip(), target, dpi=dpi)
    image = QImage(str(target))
    assert image.width() == ticket_painter.column_width_px(dpi)
    assert decoded(image) == [BOOKING_PAYLOAD]


def test_booking_slip_is_taller_than_a_ticket_and_grows_with_a_reprint_mark(qapp):
    slip = make_booking_slip()
    height = ticket_painter.slip_height_px(slip, 576, 203)
    assert height > ticket_painter.slip_height_px(make_slip(), 576, 203)
    assert ticket_painter.slip_height_px(make_booking_slip(reprint=True), 576, 203) > height
    image = ticket_painter.render_image(make_booking_slip(reprint=True), dpi=203)
    assert decoded(image) == [BOOKING_PAYLOAD]


def test_booking_slip_pdf_text_holds_the_code_service_and_arrival_time(qapp, tmp_path):
    target = tmp_path / "booking.pdf"
    ticket_painter.save_pdf(make_booking_slip(), target)
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert round(float(page.mediabox.width) * 25.4 / 72) == 80
    text = page.extract_text()
    for expected in ("K7M2QX9D", "代开增值税发票", "08:30", "09:15", "预约办税凭条"):
        assert expected in text, expected
    assert reader.metadata.title == "预约办税凭条 K7M2QX9D"


def test_the_desks_file_printer_takes_a_booking_slip(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    printer = TicketPrinter(parent)
    settings = PrintSettings(mode="file", folder=str(tmp_path), file_format="png")
    slip = make_booking_slip()
    with qtbot.waitSignal(printer.printed, timeout=5000) as printed:
        printer.deliver(slip, settings)
    path = file_target(settings, slip)
    assert printed.args == [slip, str(path)]
    assert path.name == "20261127-101240-booking-K7M2QX9D.png"
    assert decoded(QImage(str(path))) == [BOOKING_PAYLOAD]
