"""The Qt renderer of slips — queue tickets and booking slips: screen preview, system printers, PNG and PDF.

One layout per kind of slip, drawn top-down in a 72 mm column (the printable width of 80 mm thermal paper),
says what the :class:`~taxdesk.core.slip.TicketSlip` or the :class:`~taxdesk.core.booking_slip.BookingSlip`
says; every function below takes either. Every size is in millimetres and converted with the DPI of the
device painted on, so a slip has the same proportions at 96 dpi on screen, 203 dpi on a thermal head and
1200 dpi in a PDF. Hinting is off for the same reason: glyph advances then scale linearly. The layout
is measured and painted by the same code (:class:`_Column`), so a measured height is the painted height.

Black on white, because it goes to thermal printers. The one colour, the green-channel badge, is dark enough
to print solid black on a monochrome printer. The inks are named in the theme (``print_*``).

Threads: call :func:`taxdesk.gui.fonts.ensure_fonts` on the main thread first (the app does at start-up).
After that, painting QImages, PDFs and QPrinters is allowed on any thread (Qt supports QPainter on those
devices outside the GUI thread), so :func:`render_image`, :func:`save_png` and :func:`save_pdf` may run in a
background task. Print preview dialogs are widgets and stay on the main thread.
"""

from __future__ import annotations

import errno
import math
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
    QTransform,
)
from PySide6.QtPrintSupport import QPrinter

from taxdesk.core import booking_slip
from taxdesk.core.booking_slip import BookingSlip
from taxdesk.core.qr import QUIET_ZONE_MODULES, qr_matrix
from taxdesk.core.slip import (
    CHANNEL_LABELS,
    PAPER_WIDTH_MM,
    PRINTABLE_WIDTH_MM,
    QR_CAPTION,
    REPRINT_MARK,
    TicketSlip,
)
from taxdesk.gui import theme
from taxdesk.gui.fonts import cjk_font

MM_PER_INCH = 25.4
PT_PER_MM = 72 / MM_PER_INCH
PDF_DPI = 1200
QR_TARGET_MM = 30  # code plus quiet zone; modules are whole device pixels, so it comes out near this

BLACK = theme.colour("print_ink")
WHITE = theme.colour("print_paper")
GREY = theme.colour("print_grey")
GREEN = theme.colour("print_green")  # luminance ≈ 30 %: solid on a thresholding thermal driver
GREEN_LABEL = CHANNEL_LABELS["green"]

Slip = TicketSlip | BookingSlip

# ---------------------------------------------------------------------------------------------- layout


class _Column:
    """A cursor moving down a column ``width`` device pixels wide; paints only when given a painter."""

    def __init__(self, painter: QPainter | None, device: QPaintDevice, width: float):
        self.painter = painter
        self.device = device
        self.width = width
        self.dpi = device.logicalDpiY()
        self.y = 0.0

    def mm(self, value: float) -> float:
        return value * self.dpi / MM_PER_INCH

    def font(self, size_mm: float, bold: bool = False) -> QFont:
        font = cjk_font(size_mm * PT_PER_MM, bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def gap(self, size_mm: float) -> None:
        self.y += self.mm(size_mm)

    def text(self, text: str, size_mm: float, *, bold: bool = False, colour: QColor = BLACK) -> None:
        """Centred text, wrapped to the column (Chinese may break between any two characters)."""
        font = self.font(size_mm, bold)
        layout = QTextLayout(text, font, self.device)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        lines, height = [], 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0, height))
            height += line.height()
            lines.append(line)
        layout.endLayout()
        if self.painter:
            if self._own_bold(font):
                for line in lines:
                    part = text[line.textStart() : line.textStart() + line.textLength()].rstrip()
                    x = (self.width - line.naturalTextWidth()) / 2
                    self._draw_run(font, part, x, self.y + line.y() + line.ascent(), colour)
            else:
                self.painter.setPen(colour)
                layout.draw(self.painter, QPointF(0, self.y))
        self.y += height

    def headline(self, text: str, size_mm: float) -> None:
        """The ticket number (a booking's time): bold, as large as asked or as fits, only its ink's height."""
        font = self.font(size_mm, bold=True)
        metrics = self.metrics(font)
        fits = self.width * 0.94
        if metrics.horizontalAdvance(text) > fits:
            font = self.font(size_mm * fits / metrics.horizontalAdvance(text), bold=True)
            metrics = self.metrics(font)
        ink = metrics.tightBoundingRect(text)  # relative to the baseline: top is negative
        if self.painter:
            x = (self.width - ink.width()) / 2 - ink.left()
            self._draw_run(font, text, x, self.y - ink.top(), BLACK)
        self.y += ink.height()

    def badge(
        self,
        text: str,
        size_mm: float,
        *,
        fill: QColor | None,
        ink: QColor,
        border: QColor | None,
        radius_mm: float,
    ) -> None:
        """A label in a centred box: filled (white text) or outlined."""
        font = self.font(size_mm, bold=True)
        metrics = self.metrics(font)
        pad_x, pad_y = self.mm(size_mm * 0.55), self.mm(size_mm * 0.12)
        box = QRectF(
            0,
            self.y,
            min(self.width, metrics.horizontalAdvance(text) + 2 * pad_x),
            metrics.height() + 2 * pad_y,
        )
        box.moveLeft((self.width - box.width()) / 2)
        if self.painter:
            p = self.painter
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(Qt.PenStyle.NoPen)
            radius = self.mm(radius_mm)
            if border is not None:
                stroke = self.mm(0.4)
                p.setBrush(border)
                p.drawRoundedRect(box, radius, radius)
                inner = box.adjusted(stroke, stroke, -stroke, -stroke)
                p.setBrush(fill if fill is not None else WHITE)
                p.drawRoundedRect(inner, max(0.0, radius - stroke), max(0.0, radius - stroke))
            else:
                p.setBrush(fill if fill is not None else WHITE)
                p.drawRoundedRect(box, radius, radius)
            p.restore()
            x = box.left() + (box.width() - metrics.horizontalAdvance(text)) / 2
            self._draw_run(font, text, x, box.center().y() + (metrics.ascent() - metrics.descent()) / 2, ink)
        self.y += box.height()

    def _em_px(self, font: QFont) -> float:
        return font.pointSizeF() * self.dpi / 72

    def _own_bold(self, font: QFont) -> bool:
        """Whether to embolden ``font`` ourselves rather than leave it to Qt's synthetic bold.

        Qt's raster engine draws glyphs from 64 px up as outlines and drops the synthetic bold on the way.
        Its PDF engine fakes bold by printing the text twice a little apart, which leaves horizontal strokes
        thin and diagonal edges stepped; ours keeps the text as text and strokes its outline on top.
        """
        if not font.bold() or self.painter is None:
            return False
        if self.painter.paintEngine().type() == QPaintEngine.Type.Pdf:
            return True
        transform = self.painter.deviceTransform()
        return self._em_px(font) * math.sqrt(abs(transform.determinant())) >= 48

    def _draw_run(self, font: QFont, text: str, x: float, baseline: float, colour: QColor) -> None:
        """One line of text with its baseline at ``baseline``; see :meth:`_own_bold`."""
        p = self.painter
        if not self._own_bold(font):
            p.setFont(font)
            p.setPen(colour)
            p.drawText(QPointF(x, baseline), text)
            return
        regular = QFont(font)
        regular.setBold(False)
        # The regular outline widened by a stroke of em/24, as FreeType widens a synthetic bold. A path
        # has no device to size a font against, so it is made at 1024 px and scaled to this device.
        em = self._em_px(font)
        reference = QFont(regular)
        reference.setPixelSize(1024)
        outline = QPainterPath()
        outline.addText(QPointF(0, 0), reference, text)
        outline = QTransform(em / 1024, 0, 0, em / 1024, x, baseline).map(outline)
        pen = QPen(colour, em / 24)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if p.paintEngine().type() == QPaintEngine.Type.Pdf:
            p.setFont(regular)  # the glyphs stay text (searchable); the stroke goes on top
            p.setPen(colour)
            p.drawText(QPointF(x, baseline), text)
            p.strokePath(outline, pen)
        else:
            p.setPen(pen)
            p.setBrush(colour)
            p.drawPath(outline)
        p.restore()

    def rule(self, thickness_mm: float, inset_mm: float = 0) -> None:
        thickness = max(1.0, round(self.mm(thickness_mm)))
        if self.painter:
            inset = self.mm(inset_mm)
            self.painter.fillRect(QRectF(inset, round(self.y), self.width - 2 * inset, thickness), BLACK)
        self.y += thickness

    def qr(self, payload: str) -> None:
        """The code as filled whole-pixel squares inside a white quiet zone of four modules."""
        matrix = qr_matrix(payload)
        modules = len(matrix) + 2 * QUIET_ZONE_MODULES
        module = max(1, round(self.mm(QR_TARGET_MM) / modules))
        while module > 1 and module * modules > self.width:
            module -= 1
        side = module * modules
        if self.painter:
            x0, y0 = self._snap((self.width - side) / 2, self.y)
            runs = []  # one rectangle per run of dark modules, painted as one fill: no seams in PDFs
            for row_index, row in enumerate(matrix):
                top = y0 + (row_index + QUIET_ZONE_MODULES) * module
                column = 0
                while column < len(row):
                    if row[column]:
                        start = column
                        while column < len(row) and row[column]:
                            column += 1
                        left = x0 + (start + QUIET_ZONE_MODULES) * module
                        runs.append(QRectF(left, top, (column - start) * module, module))
                    column += 1
            p = self.painter
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            p.fillRect(QRectF(x0, y0, side, side), WHITE)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BLACK)
            p.drawRects(runs)
            p.restore()
        self.y += side + 1  # +1: snapping may move the code down by up to half a pixel

    def _snap(self, x: float, y: float) -> tuple[float, float]:
        """Logical coordinates that land on whole device pixels, when the painter only translates."""
        transform = self.painter.deviceTransform()
        if transform.type().value > QTransform.TransformationType.TxTranslate.value:
            return x, y
        return round(x + transform.dx()) - transform.dx(), round(y + transform.dy()) - transform.dy()


def _layout(column: _Column, slip: Slip) -> int:
    """Measure (and, with a painter, draw) the slip; returns the height used in device pixels."""
    if isinstance(slip, BookingSlip):
        _booking_layout(column, slip)
    else:
        _ticket_layout(column, slip)
    return math.ceil(column.y)


def _header(c: _Column, bureau: str, point_name: str) -> None:
    c.gap(3)
    if bureau:
        c.text(bureau, 3.0)
        c.gap(0.6)
    c.text(point_name, 4.4, bold=True)
    c.gap(2.2)
    c.rule(0.3)


def _reprint_mark(c: _Column) -> None:
    c.gap(2)
    c.badge(REPRINT_MARK, 3.6, fill=BLACK, ink=WHITE, border=None, radius_mm=0)


def _qr_and_footer(c: _Column, payload: str, caption: str, footer: str) -> None:
    c.qr(payload)
    c.text(caption, 2.8)
    if footer:
        c.gap(2.2)
        c.text(footer, 3.0)


def _signature(c: _Column) -> None:
    c.gap(2.2)
    c.text("TaxDesk", 2.2, colour=GREY)
    c.gap(3)


def _ticket_layout(c: _Column, slip: TicketSlip) -> None:
    _header(c, slip.bureau, slip.point_name)
    c.gap(3.5)
    c.headline(slip.number, 21)
    c.gap(3.5)
    if slip.channel_label == GREEN_LABEL:
        c.badge(slip.channel_label, 4.2, fill=GREEN, ink=WHITE, border=None, radius_mm=1.2)
        c.gap(2)
    elif slip.channel_label:
        c.badge(slip.channel_label, 4.2, fill=WHITE, ink=BLACK, border=BLACK, radius_mm=1.2)
        c.gap(2)
    c.text(slip.service_text, 4.2, bold=True)
    if slip.reprint:
        _reprint_mark(c)
    c.gap(2.2)
    c.rule(0.15, inset_mm=14)
    c.gap(2.2)
    c.text(slip.ahead_text, 4.0, bold=True)
    c.gap(0.4)
    c.text(slip.wait_text, 3.4)
    c.gap(1.6)
    c.text(slip.issued_line, 3.0)
    if slip.taxpayer:
        c.gap(0.4)
        c.text(slip.taxpayer_line, 3.0)
    c.gap(2.5)
    _qr_and_footer(c, slip.qr, QR_CAPTION, slip.footer)
    _signature(c)


def _booking_layout(c: _Column, slip: BookingSlip) -> None:
    _header(c, slip.bureau, slip.point_name)
    c.gap(3)
    c.badge(booking_slip.TITLE, 4.2, fill=WHITE, ink=BLACK, border=BLACK, radius_mm=1.2)
    c.gap(3)
    c.text(slip.date_text, 5.2, bold=True)
    c.gap(1.2)
    c.headline(slip.time_text, 10.5)
    c.gap(3)
    c.text(slip.service_text, 4.2, bold=True)
    if slip.reprint:
        _reprint_mark(c)
    c.gap(2.2)
    c.rule(0.15, inset_mm=14)
    c.gap(2.2)
    c.text(slip.arrival_text, 3.6, bold=True)
    c.gap(1.6)
    c.text(slip.code_line, 4.6, bold=True)
    c.gap(1.2)
    for line in (slip.taxpayer_line, slip.id_line, slip.documents_line):
        if line:
            c.gap(0.4)
            c.text(line, 3.0)
    c.gap(2.5)
    _qr_and_footer(c, slip.qr, slip.qr_caption, slip.footer)
    c.gap(1.2)
    c.text(slip.made_line, 2.6, colour=GREY)
    _signature(c)


# ------------------------------------------------------------------------------------------------ API


def paint_slip(painter: QPainter, slip: Slip, width_px: int) -> int:
    """Draw the slip from the painter's origin down, ``width_px`` wide; returns the height used.

    Sizes follow the DPI of the painter's device. Nothing is painted outside the column, and the
    background is left as it is (white paper).
    """
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        return _layout(_Column(painter, painter.device(), width_px), slip)
    finally:
        painter.restore()


def slip_height_px(slip: Slip, width_px: int, dpi: int) -> int:
    """The height :func:`paint_slip` will use on a device of ``dpi`` dots per inch, without painting."""
    return _layout(_Column(None, _metrics_device(dpi), width_px), slip)


def column_width_px(dpi: float) -> int:
    """72 mm in whole pixels, rounded up: 576 at 203 dpi, a thermal head's dot count."""
    return math.ceil(PRINTABLE_WIDTH_MM * dpi / MM_PER_INCH - 1e-6)


def render_image(slip: Slip, dpi: int = 203) -> QImage:
    """The slip as an RGB32 image on white, 72 mm wide at ``dpi`` (576 px at 203 dpi), DPI recorded."""
    width = column_width_px(dpi)
    height = slip_height_px(slip, width, dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    _set_dpi(image, dpi)
    image.fill(WHITE)
    painter = QPainter(image)
    try:
        paint_slip(painter, slip, width)
    finally:
        painter.end()
    return image


def preview_image(slip: Slip, width: int, height: int, min_dpi: int = 60, max_dpi: int = 203) -> QImage:
    """The whole slip rendered at the resolution that fits ``width`` × ``height`` pixels (crisp, not
    scaled), between ``min_dpi`` and ``max_dpi``."""
    dpi = max_dpi
    for _ in range(3):  # text metrics do not scale exactly with the resolution: converge on a fit
        column = column_width_px(dpi)
        scale = min(width / column, height / slip_height_px(slip, column, dpi))
        if scale >= 1 or dpi == min_dpi:
            break
        dpi = max(min_dpi, int(dpi * scale * 0.99))
    return render_image(slip, dpi=dpi)


def save_png(slip: Slip, path: str | os.PathLike, dpi: int = 203) -> None:
    """Write the slip as a PNG; raises OSError naming the path if it cannot be written."""
    target = _writable(path)
    if not render_image(slip, dpi).save(str(target), "PNG"):
        raise OSError(errno.EIO, "could not write the PNG file", str(target))


def save_pdf(slip: Slip, path: str | os.PathLike) -> None:
    """Write the slip as a one-page PDF, 80 mm wide and as tall as the slip, with 4 mm side margins.

    The text stays text (searchable, copyable) and the bundled font is embedded; the QR code is vector.
    Raises OSError naming the path if it cannot be written.
    """
    target = _writable(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_DPI)
    writer.setCreator("TaxDesk")
    writer.setTitle(slip.document_title)
    width = column_width_px(PDF_DPI)
    height = _layout(_Column(None, writer, width), slip)  # measured with the writer's own font metrics
    page = QPageSize(
        QSizeF(PAPER_WIDTH_MM, height * MM_PER_INCH / PDF_DPI),
        QPageSize.Unit.Millimeter,
        "TaxDesk slip",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    layout = QPageLayout(
        page,
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
        QMarginsF(0, 0, 0, 0),
    )
    if not writer.setPageLayout(layout):
        raise OSError(errno.EINVAL, "the PDF writer refused the slip's page size", str(target))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(errno.EIO, "could not start writing the PDF file", str(target))
    try:
        left = (writer.width() - width) / 2  # the 4 mm side margins, measured on the real page
        painter.translate(round(left), 0)
        paint_slip(painter, slip, width)
    finally:
        ended = painter.end()
    if not ended or not target.is_file():
        raise OSError(errno.EIO, "could not finish writing the PDF file", str(target))


def print_slip(slip: Slip, printer: QPrinter) -> None:
    """Paint the slip on a printer (or print preview) at the top of its page rect, centred.

    The column is 72 mm, or the page's printable width if that is narrower; a slip taller than the page
    is scaled down to fit, so nothing is cut off. Raises RuntimeError if the printer cannot start.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(
            QCoreApplication.translate("Printing", "打印机无法开始打印：{name}").format(
                name=printer.printerName() or printer.outputFileName()
            )
        )
    try:
        dpi = printer.logicalDpiY()
        page_width, page_height = printer.width(), printer.height()
        width = min(page_width, column_width_px(dpi))
        height = _layout(_Column(None, printer, width), slip)
        scale = min(1.0, page_height / height) if height > 0 else 1.0
        painter.translate(round((page_width - width * scale) / 2), 0)
        if scale < 1.0:
            painter.scale(scale, scale)
        paint_slip(painter, slip, width)
    finally:
        ended = painter.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise RuntimeError(
            QCoreApplication.translate("Printing", "打印失败：{name}").format(
                name=printer.printerName() or printer.outputFileName()
            )
        )


# --------------------------------------------------------------------------------------------- helpers


def _set_dpi(image: QImage, dpi: float) -> None:
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)


def _metrics_device(dpi: int) -> QImage:
    """A 1×1 image with the given DPI: the same font metrics as a full-size image at that DPI."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    _set_dpi(image, dpi)
    return image


def _writable(path: str | os.PathLike) -> Path:
    """The path, or FileNotFoundError if its folder does not exist (Qt would only say "false")."""
    target = Path(path)
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"folder {target.parent} does not exist", str(target))
    return target
