"""The A4 page the printed sheets are drawn on: the roster (``roster_print``) and the service list
(``service_sheet``).

:class:`Page` measures (painter None) or paints on one device, in a page rectangle, at one type scale:
sizes are millimetres on the paper, converted with the page rectangle, so the same code measures and
paints and the preview, a printer and the PDF show the same page. Text stays text in PDFs (searchable,
copyable), in the bundled font; bold is drawn as the regular glyphs with their outline stroked, so that a
PDF holds each character once. Each renderer subclasses :class:`Page` with its paper, margins and the
little that differs (line spacing, the weight of the bold), and keeps its own drawing.

Also here: the A4 page layout without margins (:func:`a4_layout`), a device to measure on at a given DPI
(:func:`probe_device`), and the PDF file and printer plumbing (:func:`write_pdf`, :func:`print_pages`).
"""

from __future__ import annotations

import copy
import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
    QTransform,
)
from PySide6.QtPrintSupport import QPrinter

from taxdesk.gui import theme
from taxdesk.gui.fonts import cjk_font

MM_PER_INCH = 25.4
PT_PER_INCH = 72
PDF_DPI = 1200

BLACK = theme.colour("print_ink")


@dataclass
class Text:
    """Laid-out text (a QTextLayout, wrapped to ``width``), ready to paint at any (x, y)."""

    layout: QTextLayout
    text: str
    font: QFont
    height: float
    width: float
    ascent: float  # of the first line: to line up the baselines of different sizes
    align: Qt.AlignmentFlag
    colour: QColor

    @property
    def natural_width(self) -> float:
        return max(
            (self.layout.lineAt(i).naturalTextWidth() for i in range(self.layout.lineCount())), default=0
        )


class Page:
    """Measures (painter None) or paints on one device, in a page rectangle, at one type scale.

    ``rect`` is the whole sheet of paper in device pixels (the painter's coordinates), ``size_mm`` its
    width and height in millimetres and ``margins_mm`` the sheet's own margins; ``left``, ``top``,
    ``width`` and ``bottom`` are the area inside them, in device pixels.
    """

    line_spacing = 0.2  # the extra leading between wrapped lines, as a fraction of the type size
    bold_stroke = 26  # the bold outline's pen is the em divided by this
    min_line_width: float | None = None  # a narrower wrapping width is widened to this (None: as given)

    def __init__(
        self,
        painter: QPainter | None,
        device: QPaintDevice,
        rect: QRectF,
        scale: float,
        size_mm: tuple[float, float],
        margins_mm: QMarginsF,
    ):
        self.painter = painter
        self.device = device
        self.rect = QRectF(rect)
        self.scale = scale
        width_mm, height_mm = size_mm
        self.px_per_mm = self.rect.width() / width_mm
        # A point size that gives the wanted size in millimetres on this page, whatever the device's DPI.
        self.pt_per_mm = self.px_per_mm * PT_PER_INCH / device.logicalDpiY()
        self.left = self.rect.left() + self.mm(margins_mm.left())
        self.width = self.mm(width_mm - margins_mm.left() - margins_mm.right())
        self.top = self.rect.top() + self.mm(margins_mm.top())
        self.bottom = self.rect.top() + self.mm(height_mm - margins_mm.bottom())

    def measurer(self) -> Page:
        """The same page without a painter: measures only."""
        twin = copy.copy(self)
        twin.painter = None
        return twin

    def mm(self, value: float) -> float:
        return value * self.px_per_mm

    def smm(self, value: float) -> float:
        """A scaled length: type and the space around it shrink with the scale; margins do not."""
        return self.mm(value * self.scale)

    def font(self, size_mm: float, bold: bool = False) -> QFont:
        font = cjk_font(size_mm * self.scale * self.pt_per_mm, bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def natural_width(self, text: str, size_mm: float, bold: bool = False) -> float:
        return QFontMetricsF(self.font(size_mm, bold), self.device).horizontalAdvance(text) if text else 0.0

    # ---------------------------------------------------------------------------------------- text

    def text(
        self,
        text: str,
        size_mm: float,
        width: float,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        colour: QColor = BLACK,
        spacing: float | None = None,
    ) -> Text:
        """``text`` wrapped to ``width`` (Chinese may break between any two characters); ``spacing`` is
        the extra leading between lines, as a fraction of the type size (the page's ``line_spacing``)."""
        font = self.font(size_mm, bold)
        layout = QTextLayout(text, font, self.device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        line_width = width if self.min_line_width is None else max(width, self.min_line_width)
        y = 0.0
        extra = self.smm(size_mm * (self.line_spacing if spacing is None else spacing))
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(line_width)
            if line.lineNumber():
                y += extra
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        ascent = layout.lineAt(0).ascent() if layout.lineCount() else 0.0
        return Text(layout, text, font, y, width, ascent, align, colour)

    def draw(self, block: Text, x: float, y: float) -> None:
        if self.painter is None or not block.text:
            return
        if not block.font.bold():
            self.painter.setPen(block.colour)
            block.layout.draw(self.painter, QPointF(x, y))
            return
        for index in range(block.layout.lineCount()):
            line = block.layout.lineAt(index)
            part = block.text[line.textStart() : line.textStart() + line.textLength()].rstrip()
            offset = block.width - line.naturalTextWidth()
            if block.align & Qt.AlignmentFlag.AlignHCenter:
                offset /= 2
            elif not block.align & Qt.AlignmentFlag.AlignRight:
                offset = 0.0
            self.bold_run(block.font, part, x + offset, y + line.y() + line.ascent(), block.colour)

    def bold_run(self, font: QFont, text: str, x: float, baseline: float, colour: QColor) -> None:
        """One line of bold from its baseline: the regular glyphs (searchable text) with their outline
        stroked on top, a bold that Qt's PDF engine does not double and its raster engine does not drop at
        printer resolutions."""
        p = self.painter
        regular = QFont(font)
        regular.setBold(False)
        p.setFont(regular)
        p.setPen(colour)
        p.drawText(QPointF(x, baseline), text)
        em = font.pointSizeF() * self.device.logicalDpiY() / PT_PER_INCH
        reference = QFont(regular)
        reference.setPixelSize(1024)  # a path has no device to size a font against: scale from 1024 px
        outline = QPainterPath()
        outline.addText(QPointF(0, 0), reference, text)
        outline = QTransform(em / 1024, 0, 0, em / 1024, x, baseline).map(outline)
        pen = QPen(colour, em / self.bold_stroke)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.strokePath(outline, pen)
        p.restore()

    # --------------------------------------------------------------------------------------- lines

    def fill(self, x: float, y: float, width: float, height: float, colour: QColor) -> None:
        if self.painter is not None:
            self.painter.fillRect(QRectF(x, y, width, height), colour)

    def hline(self, y: float, thickness_mm: float, colour: QColor = BLACK, x=None, width=None) -> float:
        """A rule from ``x`` (the left margin) across ``width`` (the text width); returns its thickness."""
        thickness = max(1.0, self.mm(thickness_mm))
        left = self.left if x is None else x
        self.fill(left, y, self.width if width is None else width, thickness, colour)
        return thickness

    def vline(self, x: float, y: float, height: float, thickness_mm: float, colour: QColor = BLACK) -> None:
        """A rule down from (x, y), centred on ``x``."""
        thickness = max(1.0, self.mm(thickness_mm))
        self.fill(x - thickness / 2, y, thickness, height, colour)

    def frame(self, rect: QRectF, thickness_mm: float, colour: QColor) -> None:
        """A rectangle's outline, drawn inside it."""
        if self.painter is None:
            return
        thickness = max(1.0, self.mm(thickness_mm))
        pen = QPen(colour, thickness)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        half = thickness / 2
        self.painter.save()
        self.painter.setPen(pen)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(rect.adjusted(half, half, -half, -half))
        self.painter.restore()


# ------------------------------------------------------------------------------------- devices


def page_rect(width_mm: float, height_mm: float, dpi: float) -> QRectF:
    """The whole sheet of paper in pixels at ``dpi``, from its corner."""
    return QRectF(0, 0, width_mm / MM_PER_INCH * dpi, height_mm / MM_PER_INCH * dpi)


def probe_device(dpi: int) -> QImage:
    """A device to measure on (not paint) at ``dpi``, as a printer or the PDF writer at that resolution."""
    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    probe.setDotsPerMeterX(dots_per_metre)
    probe.setDotsPerMeterY(dots_per_metre)
    return probe


def a4_layout(orientation: QPageLayout.Orientation) -> QPageLayout:
    """A4, no device margins (the sheets keep their own, wider than a printer's unprintable edge)."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
        QMarginsF(0, 0, 0, 0),
    )


def write_pdf(
    path: str | os.PathLike,
    title: str,
    orientation: QPageLayout.Orientation,
    paint: Callable[[QPainter, QPdfWriter], int],
) -> int:
    """Write an A4 PDF at :data:`PDF_DPI` (text selectable, the bundled font embedded): ``paint`` paints
    the pages with the painter on the writer and returns how many; so does this. Raises OSError naming the
    path (FileNotFoundError if its folder does not exist) if it cannot be written."""
    target = Path(path)
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"folder {target.parent} does not exist", str(target))
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_DPI)
    writer.setCreator("TaxDesk")
    writer.setTitle(title)
    if not writer.setPageLayout(a4_layout(orientation)):
        page = "A4 landscape page" if orientation == QPageLayout.Orientation.Landscape else "A4 page"
        raise OSError(errno.EINVAL, f"the PDF writer refused the {page}", str(target))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(errno.EIO, "could not start writing the PDF file", str(target))
    try:
        pages = paint(painter, writer)
    finally:
        ended = painter.end()
    if not ended or not target.is_file():
        raise OSError(errno.EIO, "could not finish writing the PDF file", str(target))
    return pages


def print_pages(
    printer: QPrinter,
    orientation: QPageLayout.Orientation,
    paint: Callable[[QPainter], int],
    cannot_start: str,
    failed: str,
) -> int:
    """Paint on a printer (or a print preview's), on A4 from the paper's corner: ``paint`` paints the
    pages and returns how many; so does this. RuntimeError with ``cannot_start`` or ``failed`` (messages
    for the user, ``{name}`` the printer's name or file) if the printer cannot start or fails."""
    printer.setFullPage(True)
    printer.setPageLayout(a4_layout(orientation))
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(cannot_start.format(name=printer.printerName() or printer.outputFileName()))
    try:
        pages = paint(painter)
    finally:
        ended = painter.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise RuntimeError(failed.format(name=printer.printerName() or printer.outputFileName()))
    return pages
