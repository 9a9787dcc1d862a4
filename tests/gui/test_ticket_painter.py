"""The Qt ticket renderer: what a person (and a phone's QR scanner) gets from the PNG, PDF and printer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdf
import pytest
import zxingcpp
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFontInfo, QImage, QPageLayout, QPageSize, QRawFont
from PySide6.QtPrintSupport import QPrinter
from samples import PAYLOAD, make_slip

from taxdesk.core.slip import QR_CAPTION
from taxdesk.gui import fonts
from taxdesk.gui.printing import ticket_painter


def grey_array(image: QImage) -> np.ndarray:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), dtype=np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return rows[:, : grey.width()].copy()


def decoded(image: QImage) -> list[str]:
    return [barcode.text for barcode in zxingcpp.read_barcodes(grey_array(image))]


def pdf_pages(path: Path) -> list[tuple[float, float, str]]:
    """(width mm, height mm, text) of each page, read back by an independent PDF reader.

    pypdf, because this PySide6 has no QtPdf module (it comes with the WebEngine wheels we do not install).
    """
    reader = pypdf.PdfReader(str(path))
    return [
        (float(page.mediabox.width) * 25.4 / 72, float(page.mediabox.height) * 25.4 / 72, page.extract_text())
        for page in reader.pages
    ]


def text_heights_pt(path: Path) -> list[tuple[str, float]]:
    """Each text run of the first page with its baseline's height above the page's bottom edge."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text.strip(), cm[1] * tm[4] + cm[3] * tm[5] + cm[5]))

    pypdf.PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    return found


# ------------------------------------------------------------------------------------------------- QR


@pytest.mark.parametrize("dpi", [203, 96])
def test_png_qr_code_decodes_to_the_exact_payload(qapp, tmp_path, dpi):
    target = tmp_path / f"ticket-{dpi}.png"
    ticket_painter.save_png(make_slip(), target, dpi=dpi)
    image = QImage(str(target))
    assert not image.isNull()
    assert decoded(image) == [PAYLOAD]


def test_reprint_with_green_channel_and_taxpayer_still_decodes(qapp):
    payload = PAYLOAD.replace("A001", "G003")
    slip = make_slip(
        number="G003", channel_label="绿色通道", taxpayer="张*三 138****5678", reprint=True, qr=payload
    )
    assert decoded(ticket_painter.render_image(slip, dpi=203)) == [payload]


def test_qr_modules_are_crisp_whole_pixels(qapp):
    """No grey anti-aliasing inside the code: every pixel of the QR area is pure black or pure white."""
    image = ticket_painter.render_image(make_slip(), dpi=203)
    barcode = zxingcpp.read_barcodes(grey_array(image))[0]
    pos = barcode.position
    left, right = min(pos.top_left.x, pos.bottom_left.x), max(pos.top_right.x, pos.bottom_right.x)
    top, bottom = min(pos.top_left.y, pos.top_right.y), max(pos.bottom_left.y, pos.bottom_right.y)
    area = grey_array(image)[top:bottom, left:right]
    assert area.size > 150 * 150
    assert set(np.unique(area)) <= {0, 255}


# ---------------------------------------------------------------------------------------------- image


def test_image_is_the_printable_width_of_a_thermal_head(qapp):
    image = ticket_painter.render_image(make_slip(), dpi=203)
    assert image.width() == 576
    assert image.height() == ticket_painter.slip_height_px(make_slip(), 576, 203)
    assert round(image.dotsPerMeterX() * 0.0254) == 203
    assert ticket_painter.render_image(make_slip(), dpi=96).width() == 273


def test_longer_tickets_grow_instead_of_clipping(qapp):
    plain = ticket_painter.slip_height_px(make_slip(), 576, 203)
    fuller = make_slip(
        channel_label="预约",
        taxpayer="张*三 138****5678",
        reprint=True,
        footer="请留意叫号，过号请重新取号。" * 4,
    )
    assert ticket_painter.slip_height_px(fuller, 576, 203) > plain + 100
    image = ticket_painter.render_image(fuller, dpi=203)
    assert decoded(image) == [PAYLOAD]
    bottom = grey_array(image)[-8:]
    assert bottom.min() == 255  # the last lines end above a white margin


def test_chinese_header_is_drawn(qapp):
    pixels = grey_array(ticket_painter.render_image(make_slip(), dpi=203))
    header = pixels[: pixels.shape[0] // 10]  # bureau and point name
    assert (header < 100).sum() > 2000


def test_ticket_text_uses_the_bundled_font_and_it_has_every_glyph(qapp):
    family = fonts.ensure_fonts()
    assert family == "WenQuanYi Micro Hei"
    assert fonts.ensure_fonts() == family  # registered once
    font = fonts.cjk_font(12)
    assert font.families() == [family]
    assert QFontInfo(font).family() == family
    raw = QRawFont.fromFont(font)
    assert raw.familyName() == family
    slip = make_slip(channel_label="绿色通道", taxpayer="张*三 138****5678")
    parts = [
        slip.bureau,
        slip.point_name,
        slip.service_text,
        slip.ahead_text,
        slip.wait_text,
        slip.channel_label,
        slip.taxpayer,
        slip.footer,
        "补打取号时间纳税人预约",
        QR_CAPTION,
    ]
    text = "".join(parts)
    # By code point: PySide6 turns some one-character strings into the wrong QChar here.
    missing = [ch for ch in set(text) if not ch.isspace() and not raw.supportsCharacter(ord(ch))]
    assert missing == []


def test_a_missing_font_file_is_reported_with_its_path(qapp, monkeypatch, tmp_path):
    missing = tmp_path / "wqy-microhei.ttc"
    monkeypatch.setattr(fonts, "_family", None)
    monkeypatch.setattr(fonts, "resource_path", lambda *parts: missing)
    with pytest.raises(RuntimeError, match="wqy-microhei.ttc"):
        fonts.ensure_fonts()


# ------------------------------------------------------------------------------------------------ PDF


def test_pdf_is_80_mm_wide_with_real_text(qapp, tmp_path):
    target = tmp_path / "ticket.pdf"
    ticket_painter.save_pdf(make_slip(), target)
    pages = pdf_pages(target)
    assert len(pages) == 1
    width_mm, _, text = pages[0]
    assert width_mm == pytest.approx(80, abs=0.5)
    compact = "".join(text.split())
    assert "A001" in compact
    assert "代开增值税发票" in compact
    assert "云溪县办税服务厅" in compact
    assert "补打" not in compact


def test_the_caption_under_the_qr_code_promises_only_what_the_code_does(qapp, tmp_path):
    """The code holds a signed payload the staff verify; a phone cannot show the queue from it."""
    target = tmp_path / "ticket.pdf"
    ticket_painter.save_pdf(make_slip(), target)
    compact = "".join(pdf_pages(target)[0][2].split())
    assert QR_CAPTION == "工作人员扫码核验真伪" and QR_CAPTION in compact
    assert "排队" not in QR_CAPTION and "查看排队" not in compact


def test_pdf_of_a_reprint_says_so(qapp, tmp_path):
    target = tmp_path / "reprint.pdf"
    ticket_painter.save_pdf(make_slip(reprint=True, taxpayer="张*三 138****5678"), target)
    compact = "".join(pdf_pages(target)[0][2].split())
    assert "补打" in compact and "REPRINT" in compact and "138****5678" in compact


def test_pdf_page_is_as_tall_as_the_ticket(qapp, tmp_path):
    short, tall = tmp_path / "short.pdf", tmp_path / "tall.pdf"
    ticket_painter.save_pdf(make_slip(), short)
    ticket_painter.save_pdf(make_slip(footer="请留意叫号，过号请重新取号。" * 6), tall)
    expected_mm = ticket_painter.slip_height_px(make_slip(), 3402, 1200) * 25.4 / 1200
    assert 90 < expected_mm < 200
    heights = [pdf_pages(path)[0][1] for path in (short, tall)]
    assert heights[0] == pytest.approx(expected_mm, abs=1)
    assert heights[1] > heights[0] + 5


@pytest.mark.parametrize("save", [ticket_painter.save_png, ticket_painter.save_pdf])
def test_saving_into_a_missing_folder_raises_with_the_path(qapp, tmp_path, save):
    target = tmp_path / "no-such-folder" / "ticket.out"
    with pytest.raises(OSError) as caught:
        save(make_slip(), target)
    assert str(target) in str(caught.value)
    assert not target.parent.exists()


# -------------------------------------------------------------------------------------------- printer


def test_print_slip_paints_on_a_printer(qapp, tmp_path):
    """A PDF-file QPrinter stands in for a system printer: A4 paper, the ticket centred at the top."""
    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    ticket_painter.print_slip(make_slip(), printer)
    pages = pdf_pages(target)
    assert len(pages) == 1
    assert pages[0][:2] == (pytest.approx(210, abs=0.5), pytest.approx(297, abs=0.5))
    compact = "".join(pages[0][2].split())
    assert "A001" in compact and "代开增值税发票" in compact
    heights = dict(text_heights_pt(target))
    assert heights["云溪县办税服务厅"] > 842 - 60  # at the top of the A4 page (842 pt), below its margin


def test_print_slip_scales_a_ticket_down_to_a_short_page(qapp, tmp_path):
    target = tmp_path / "short-page.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(80, 60), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    ticket_painter.print_slip(make_slip(), printer)
    pages = pdf_pages(target)
    assert len(pages) == 1
    page_height_pt = pages[0][1] * 72 / 25.4
    runs = text_heights_pt(target)
    assert runs[-1][0] == "TaxDesk"
    assert all(0 < height < page_height_pt for _, height in runs)  # everything on the page, nothing cut
