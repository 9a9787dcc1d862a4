"""The Qt renderer of a point's A4 service list (服务清单): PDF, printers and print preview.

One A4 portrait page per point, drawn from a :class:`~taxdesk.core.service_sheet.ServiceSheet`: the bureau
and the point, where it is and when it is open, then the services it offers grouped by queue category,
each with its average handling time, the documents to bring and, for hall-only services at other points,
须到办税服务厅办结. A list too long for one page at the normal size is first set a little smaller; only if it
still does not fit does it run on to a second page, with the table header repeated.

Black on white (it is photocopied and pinned up); every size is in millimetres and converted with the
DPI of the device painted on, and the same code measures and paints (:class:`_Page`), so the preview, the
printer and the PDF show the same page. Text stays text in PDFs (searchable, copyable), in the bundled
font; bold is drawn as the regular glyphs with their outline stroked, as the ticket renderer does, so
that a PDF holds each character once.

Threads: after :func:`taxdesk.gui.fonts.ensure_fonts` has run on the main thread, :func:`save_pdf` may run
on a worker (QPainter on a QPdfWriter is allowed off the GUI thread). :func:`print_sheet` paints on the
printer it is given: call it from the main thread (print preview dialogs are widgets).
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
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

from taxdesk.core.service_sheet import HALL_ONLY_NOTE, TITLE, ServiceSheet, SheetCategory, SheetService
from taxdesk.gui.fonts import cjk_font

MM_PER_INCH = 25.4
PT_PER_MM = 72 / MM_PER_INCH
PDF_DPI = 1200
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0
MARGIN_LEFT_MM, MARGIN_TOP_MM, MARGIN_RIGHT_MM, MARGIN_BOTTOM_MM = 16.0, 14.0, 16.0, 12.0
# The largest type that fits one page: a short list is set a little larger, a long one a little smaller;
# only a list that does not fit at the smallest size runs on to a second page.
SCALES = (1.15, 1.08, 1.0, 0.93, 0.86)

BLACK = QColor(0, 0, 0)
WHITE = QColor(255, 255, 255)
DARK = QColor(60, 60, 60)  # secondary text: prints as a dark grey on any printer
RULE_GREY = QColor(150, 150, 150)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

# Table columns. Widths follow the content at the page's type size: the number, the handling time and the
# remark take what they need, the name up to NAME_SHARE of the width, the documents the rest. The remarks
# column is only there where some service needs it (never at the hall itself).
HEADINGS = ("序号", "业务名称", "办理时长", "所需资料", "备注")
NAME_SHARE = 0.26
CELL_PAD_MM = 1.0
REMARK_LINE = HALL_ONLY_NOTE[:7]  # the remark wraps as 须到办税服务厅 / 办结


@dataclass
class _Text:
    """Laid-out text: its lines (from a QTextLayout) and height, ready to paint at any (x, y)."""

    layout: QTextLayout
    text: str
    font: QFont
    height: float
    width: float
    align: Qt.AlignmentFlag
    colour: QColor = field(default_factory=lambda: BLACK)


class _Page:
    """Measures (painter None) or paints the sheet on one device at one scale."""

    def __init__(
        self,
        painter: QPainter | None,
        device: QPaintDevice,
        scale: float,
        widths: tuple[float, ...] = (),
    ):
        self.painter = painter
        self.device = device
        self.scale = scale
        self.widths = widths  # table column widths in device pixels (see column_widths)
        self.dpi = device.logicalDpiY()
        self.left = self.mm(MARGIN_LEFT_MM)
        self.width = self.mm(PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM)
        self.top = self.mm(MARGIN_TOP_MM)
        self.bottom = self.mm(PAGE_HEIGHT_MM - MARGIN_BOTTOM_MM)

    def measurer(self) -> _Page:
        """The same page without a painter: measures only."""
        return _Page(None, self.device, self.scale, self.widths)

    def column_positions(self) -> list[tuple[float, float]]:
        """(x, width) of each table column, in device pixels."""
        positions, x = [], self.left
        for width in self.widths:
            positions.append((x, width))
            x += width
        return positions

    def natural_width(self, text: str, size_mm: float, bold: bool = False) -> float:
        return QFontMetricsF(self.font(size_mm, bold), self.device).horizontalAdvance(text)

    def mm(self, value: float) -> float:
        return value * self.dpi / MM_PER_INCH

    def smm(self, value: float) -> float:
        """A scaled length: type sizes and the space around them shrink with the scale; margins do not."""
        return self.mm(value * self.scale)

    def font(self, size_mm: float, bold: bool = False) -> QFont:
        font = cjk_font(size_mm * self.scale * PT_PER_MM, bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

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
        spacing: float = 0.2,
    ) -> _Text:
        """``text`` wrapped to ``width`` (Chinese may break between any two characters); ``spacing`` is
        the extra leading between lines, as a fraction of the type size."""
        font = self.font(size_mm, bold)
        layout = QTextLayout(text, font, self.device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        y, extra = 0.0, self.smm(size_mm * spacing)
        layout.beginLayout()
        first = True
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            if not first:
                y += extra
            line.setPosition(QPointF(0, y))
            y += line.height()
            first = False
        layout.endLayout()
        return _Text(layout, text, font, y, width, align, colour)

    def draw(self, block: _Text, x: float, y: float) -> None:
        if self.painter is None or not block.text:
            return
        if not block.font.bold():
            self.painter.setPen(block.colour)
            block.layout.draw(self.painter, QPointF(x, y))
            return
        for index in range(block.layout.lineCount()):
            line = block.layout.lineAt(index)
            part = block.text[line.textStart() : line.textStart() + line.textLength()].rstrip()
            if block.align & Qt.AlignmentFlag.AlignHCenter:
                offset = (block.width - line.naturalTextWidth()) / 2
            elif block.align & Qt.AlignmentFlag.AlignRight:
                offset = block.width - line.naturalTextWidth()
            else:
                offset = 0.0
            self._bold_run(block.font, part, x + offset, y + line.y() + line.ascent(), block.colour)

    def _bold_run(self, font: QFont, text: str, x: float, baseline: float, colour: QColor) -> None:
        """The regular glyphs (text, searchable) with their outline stroked on top: a bold that Qt's PDF
        engine does not double and its raster engine does not drop at printer resolutions."""
        p = self.painter
        regular = QFont(font)
        regular.setBold(False)
        p.setFont(regular)
        p.setPen(colour)
        p.drawText(QPointF(x, baseline), text)
        em = font.pointSizeF() * self.dpi / 72
        reference = QFont(regular)
        reference.setPixelSize(1024)  # a path has no device to size a font against: scale from 1024 px
        outline = QPainterPath()
        outline.addText(QPointF(0, 0), reference, text)
        outline = QTransform(em / 1024, 0, 0, em / 1024, x, baseline).map(outline)
        pen = QPen(colour, em / 26)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.strokePath(outline, pen)
        p.restore()

    def rule(self, y: float, thickness_mm: float, colour: QColor = BLACK, x: float | None = None, width=None):
        if self.painter is None:
            return
        thickness = max(1.0, self.mm(thickness_mm))
        left = self.left if x is None else x
        self.painter.fillRect(QRectF(left, y, self.width if width is None else width, thickness), colour)

    def badge(self, letter: str, size_mm: float, x: float, y: float) -> float:
        """The queue prefix as white on a black square; returns its side."""
        font = self.font(size_mm, bold=True)
        metrics = QFontMetricsF(font, self.device)
        side = metrics.height() * 1.05
        if self.painter is not None:
            box = QRectF(x, y, side, side)
            self.painter.fillRect(box, BLACK)
            advance = metrics.horizontalAdvance(letter)
            baseline = box.center().y() + (metrics.ascent() - metrics.descent()) / 2
            self._bold_run(font, letter, box.center().x() - advance / 2, baseline, WHITE)
        return side


# ------------------------------------------------------------------------------------------ layout
# Each part takes the page and the y where it starts, paints (unless ``paint`` is False) and returns the y
# where the next part starts, so measuring and painting can never disagree.


def _documents_text(documents: tuple[str, ...]) -> str:
    if not documents:
        return "—"
    marks = [CIRCLED[i] if i < len(CIRCLED) else f"({i + 1})" for i in range(len(documents))]
    # A word joiner keeps each number on the line of its document.
    return "　".join(f"{mark}\u2060{doc}" for mark, doc in zip(marks, documents, strict=True))


def _info_fields(sheet: ServiceSheet) -> list[tuple[str, str]]:
    fields = [("办公时间", sheet.hours_text or "—"), ("咨询电话", sheet.contact or "—")]
    if sheet.bank_partner:
        fields.append(("合作银行", sheet.bank_partner))
    fields.append(("服务类型", f"{sheet.kind_name}（代码 {sheet.point_code}）"))
    return fields


def _header(page: _Page, sheet: ServiceSheet, y: float, paint: bool = True) -> float:
    """The title block on the first page: bureau, point and title, then where, when and whom to call."""
    p = page if paint else page.measurer()
    centre = Qt.AlignmentFlag.AlignHCenter
    if sheet.bureau:
        bureau = p.text(sheet.bureau, 3.9, page.width, align=centre)
        p.draw(bureau, page.left, y)
        y += bureau.height + p.smm(1.2)
    name = p.text(sheet.point_name, 7.4, page.width, bold=True, align=centre)
    p.draw(name, page.left, y)
    y += name.height + p.smm(1.4)
    subtitle = p.text(TITLE, 4.6, page.width, bold=True, align=centre)
    p.draw(subtitle, page.left, y)
    y += subtitle.height + p.smm(3.0)
    p.rule(y, 0.6)
    y += p.mm(0.6) + p.mm(0.5)
    p.rule(y, 0.2)
    y += p.mm(0.2) + p.smm(2.6)

    gap = p.smm(6)
    half = (page.width - gap) / 2
    fields = _info_fields(sheet)
    labels = ["地　　址", *(label for label, _value in fields)]
    label_width = max(p.natural_width(label + "：", 3.4, bold=True) for label in labels) + p.smm(1.5)
    rows = [[("地　　址", sheet.address or "—", page.width)]]
    rows += [[(label, value, half) for label, value in fields[i : i + 2]] for i in range(0, len(fields), 2)]
    for row in rows:
        x, height = page.left, 0.0
        for label, value, width in row:
            caption = p.text(label + "：", 3.4, label_width, bold=True)
            body = p.text(value, 3.4, width - label_width)
            p.draw(caption, x, y)
            p.draw(body, x + label_width, y)
            height = max(height, caption.height, body.height)
            x += width + gap
        y += height + p.smm(1.6)
    return y + p.smm(1.8)


def _continued_header(page: _Page, sheet: ServiceSheet, y: float, paint: bool = True) -> float:
    """The point and title again at the top of a following page."""
    p = page if paint else page.measurer()
    line = p.text(f"{sheet.point_name}　{TITLE}（续）", 3.6, page.width, bold=True)
    p.draw(line, page.left, y)
    return y + line.height + p.smm(2.5)


def _table_header(page: _Page, y: float, paint: bool = True) -> float:
    p = page if paint else page.measurer()
    p.rule(y, 0.45)
    y += p.mm(0.45) + p.smm(1.5)
    height = 0.0
    for title, (x, width) in zip(HEADINGS, page.column_positions(), strict=False):
        block = p.text(title, 3.2, width - p.smm(2), bold=True)
        p.draw(block, x + p.smm(1), y)
        height = max(height, block.height)
    y += height + p.smm(1.5)
    p.rule(y, 0.25)
    return y + p.mm(0.25)


def _category_row(
    page: _Page, category: SheetCategory, y: float, paint: bool = True, continued: bool = False
) -> float:
    p = page if paint else page.measurer()
    top = y + p.smm(1.9)
    side = p.badge(category.prefix, 3.5, page.left + p.smm(1), top)
    count = "续" if continued else f"{len(category.services)} 项"
    title = p.text(f"{category.name}（{count}）", 3.8, page.width - side - p.smm(4), bold=True)
    p.draw(title, page.left + side + p.smm(3), top + (side - title.height) / 2)
    bottom = top + max(side, title.height) + p.smm(1.2)
    p.rule(bottom, 0.25)
    return bottom + p.mm(0.25)


def _service_row(page: _Page, number: int, service: SheetService, y: float, paint: bool = True) -> float:
    p = page if paint else page.measurer()
    pad_x, pad_y = p.smm(CELL_PAD_MM), p.smm(1.25)
    columns = page.column_positions()
    cells = [
        p.text(str(number), 3.3, columns[0][1] - 2 * pad_x, colour=DARK),
        p.text(service.name, 3.5, columns[1][1] - 2 * pad_x, bold=True),
        p.text(service.minutes_text, 3.3, columns[2][1] - 2 * pad_x),
        p.text(_documents_text(service.documents), 3.15, columns[3][1] - 2 * pad_x),
    ]
    if len(columns) > 4:
        cells.append(
            p.text(HALL_ONLY_NOTE if service.hall_only else "", 3.15, columns[4][1] - 2 * pad_x, bold=True)
        )
    for (x, _width), cell in zip(columns, cells, strict=True):
        p.draw(cell, x + pad_x, y + pad_y)
    bottom = y + pad_y + max(cell.height for cell in cells) + pad_y
    p.rule(bottom, 0.12, RULE_GREY)
    return bottom + p.mm(0.12)


def _notes(page: _Page, sheet: ServiceSheet, y: float, paint: bool = True) -> float:
    p = page if paint else page.measurer()
    if not sheet.notes:
        return y
    y += p.smm(3)
    indent = p.smm(12)
    caption = p.text("说明：", 3.1, indent, bold=True)
    p.draw(caption, page.left, y)
    for index, note in enumerate(sheet.notes, 1):
        block = p.text(f"{index}. {note}", 3.1, page.width - indent)
        p.draw(block, page.left + indent, y)
        y += block.height + p.smm(0.8)
    return y


def _footer_top(page: _Page) -> float:
    return page.bottom - page.smm(2.0) - page.text("页", 2.8, page.width).height


def _footer(page: _Page, sheet: ServiceSheet, number: int, total: int) -> None:
    y = _footer_top(page)
    page.rule(y, 0.2)
    y += page.smm(2.0)
    third = page.width / 3
    parts = [
        (f"打印日期：{sheet.printed_on:%Y-%m-%d}", Qt.AlignmentFlag.AlignLeft),
        (f"共 {sheet.service_count} 项业务 · TaxDesk", Qt.AlignmentFlag.AlignHCenter),
        (f"第 {number} 页 / 共 {total} 页", Qt.AlignmentFlag.AlignRight),
    ]
    for index, (text, align) in enumerate(parts):
        page.draw(page.text(text, 2.8, third, colour=DARK, align=align), page.left + index * third, y)


@dataclass(frozen=True)
class _Item:
    """One row of the table: a category heading (``service`` None) or a service."""

    category: SheetCategory
    service: SheetService | None = None
    number: int = 0
    continued: bool = False

    def place(self, page: _Page, y: float, paint: bool = True) -> float:
        if self.service is None:
            return _category_row(page, self.category, y, paint, self.continued)
        return _service_row(page, self.number, self.service, y, paint)


def _items(sheet: ServiceSheet) -> list[_Item]:
    items, number = [], 0
    for category in sheet.categories:
        items.append(_Item(category))
        for service in category.services:
            number += 1
            items.append(_Item(category, service, number))
    return items


def paginate(page: _Page, sheet: ServiceSheet) -> list[list[_Item]]:
    """The rows on each page at this page's scale. A category heading never ends a page, and a category
    that runs on to the next page gets its heading again there, marked 续."""
    items = _items(sheet)
    limit = _footer_top(page) - page.smm(2)
    pages: list[list[_Item]] = [[]]
    y = _table_header(page, _header(page, sheet, page.top, paint=False), paint=False)
    for index, item in enumerate(items):
        height = item.place(page, 0.0, paint=False)
        needed = height
        if item.service is None and index + 1 < len(items):
            needed += items[index + 1].place(page, 0.0, paint=False)
        if y + needed > limit and pages[-1]:
            pages.append([])
            y = _table_header(page, _continued_header(page, sheet, page.top, paint=False), paint=False)
            if item.service is not None:
                heading = _Item(item.category, continued=True)
                pages[-1].append(heading)
                y += heading.place(page, 0.0, paint=False)
        pages[-1].append(item)
        y += height
    if y + _notes(page, sheet, 0.0, paint=False) > limit:
        pages.append([])
    return pages


def column_widths(page: _Page, sheet: ServiceSheet) -> tuple[float, ...]:
    """The table's column widths on this page (device pixels), from the content at the page's scale."""
    services = [s for c in sheet.categories for s in c.services]
    pad = 2 * page.smm(CELL_PAD_MM)
    heading = [page.natural_width(title, 3.2, bold=True) for title in HEADINGS]
    number = max([heading[0]] + [page.natural_width(str(len(services)), 3.3)]) + pad
    minutes = max([heading[2]] + [page.natural_width(s.minutes_text, 3.3) for s in services]) + pad
    name_cap = page.width * NAME_SHARE
    name = min(
        name_cap, max([heading[1]] + [page.natural_width(s.name, 3.5, bold=True) for s in services]) + pad
    )
    widths = [number + page.smm(1), name + page.smm(2), minutes + page.smm(2)]
    if sheet.has_hall_only:
        remark = max(heading[4], page.natural_width(REMARK_LINE, 3.15, bold=True)) + pad + page.smm(1)
        return (*widths, page.width - sum(widths) - remark, remark)
    return (*widths, page.width - sum(widths))


def _fit(device: QPaintDevice, sheet: ServiceSheet) -> tuple[_Page, list[list[_Item]]]:
    """The page at the largest scale that fits the sheet on one page, else at the smallest, paginated."""
    for scale in SCALES:
        page = _Page(None, device, scale)
        page.widths = column_widths(page, sheet)
        pages = paginate(page, sheet)
        if len(pages) == 1:
            break
    return page, pages


def _paint_pages(painter: QPainter, device: QPaintDevice, sheet: ServiceSheet, new_page) -> int:
    measured, pages = _fit(device, sheet)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    page = _Page(painter, device, measured.scale, measured.widths)
    for number, items in enumerate(pages, 1):
        if number > 1:
            new_page()
        if number == 1:
            y = _header(page, sheet, page.top)
        else:
            y = _continued_header(page, sheet, page.top)
        if items or number == 1:
            y = _table_header(page, y)
        for item in items:
            y = item.place(page, y)
        if number == len(pages):
            _notes(page, sheet, y)
        _footer(page, sheet, number, len(pages))
    return len(pages)


# ------------------------------------------------------------------------------------------------ API


def page_count(sheet: ServiceSheet, dpi: int = PDF_DPI) -> int:
    """How many A4 pages the sheet takes (1 unless the list really does not fit on one)."""
    from PySide6.QtGui import QImage

    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    probe.setDotsPerMeterX(dots_per_metre)
    probe.setDotsPerMeterY(dots_per_metre)
    return len(_fit(probe, sheet)[1])


def _a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
        QMarginsF(0, 0, 0, 0),
    )


def save_pdf(sheet: ServiceSheet, path: str | os.PathLike) -> int:
    """Write the sheet as an A4 PDF (text selectable, the bundled font embedded); returns the pages.

    Raises OSError naming the path if it cannot be written.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"folder {target.parent} does not exist", str(target))
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_DPI)
    writer.setCreator("TaxDesk")
    writer.setTitle(f"{sheet.point_name} {TITLE}")
    if not writer.setPageLayout(_a4_layout()):
        raise OSError(errno.EINVAL, "the PDF writer refused the A4 page", str(target))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(errno.EIO, "could not start writing the PDF file", str(target))
    try:
        pages = _paint_pages(painter, writer, sheet, writer.newPage)
    finally:
        ended = painter.end()
    if not ended or not target.is_file():
        raise OSError(errno.EIO, "could not finish writing the PDF file", str(target))
    return pages


def print_sheet(sheet: ServiceSheet, printer: QPrinter) -> int:
    """Paint the sheet on a printer or a print preview's printer, on A4 portrait; returns the pages.

    The page is laid out from the paper's corner with the sheet's own margins (wider than any printer's
    unprintable edge). Raises RuntimeError if the printer cannot start or fails.
    """
    printer.setFullPage(True)
    printer.setPageLayout(_a4_layout())
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(f"打印机无法开始打印：{printer.printerName() or printer.outputFileName()}")
    try:
        # Device pixels from the paper's corner: the printer's DPI may differ between X and Y only in
        # theory; the layout uses Y's, as the ticket renderer does.
        pages = _paint_pages(painter, printer, sheet, printer.newPage)
    finally:
        ended = painter.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise RuntimeError(f"打印失败：{printer.printerName() or printer.outputFileName()}")
    return pages
