"""The Qt renderer of a point's A4 service list (服务清单): PDF, printers and print preview.

One A4 portrait page per point, drawn from a :class:`~taxdesk.core.service_sheet.ServiceSheet`: the bureau
and the point, where it is and when it is open, then the services it offers grouped by queue category,
each with its average handling time, the documents to bring and, for hall-only services at other points,
须到办税服务厅办结. A list too long for one page at the normal size is first set a little smaller; only if it
still does not fit does it run on to a second page, with the table header repeated.

Black on white (it is photocopied and pinned up); every size is in millimetres and converted with the
DPI of the device painted on, and the same code measures and paints (:class:`_SheetPage`, on the
:class:`~taxdesk.gui.printing.a4.Page` shared with ``roster_print``), so the preview, the printer and the
PDF show the same page. Text stays text in PDFs (searchable, copyable), in the bundled font; bold is drawn
as the regular glyphs with their outline stroked, as the ticket renderer does, so that a PDF holds each
character once.

Threads: after :func:`taxdesk.gui.fonts.ensure_fonts` has run on the main thread, :func:`save_pdf` may run
on a worker (QPainter on a QPdfWriter is allowed off the GUI thread). :func:`print_sheet` paints on the
printer it is given: call it from the main thread (print preview dialogs are widgets).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPageLayout, QPaintDevice, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from taxdesk.core.service_sheet import HALL_ONLY_NOTE, TITLE, ServiceSheet, SheetCategory, SheetService
from taxdesk.gui import theme
from taxdesk.gui.printing.a4 import BLACK, PDF_DPI, Page, page_rect, print_pages, probe_device, write_pdf

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0
MARGIN_LEFT_MM, MARGIN_TOP_MM, MARGIN_RIGHT_MM, MARGIN_BOTTOM_MM = 16.0, 14.0, 16.0, 12.0
MARGINS_MM = QMarginsF(MARGIN_LEFT_MM, MARGIN_TOP_MM, MARGIN_RIGHT_MM, MARGIN_BOTTOM_MM)
# The largest type that fits one page: a short list is set a little larger, a long one a little smaller;
# only a list that does not fit at the smallest size runs on to a second page.
SCALES = (1.15, 1.08, 1.0, 0.93, 0.86)

WHITE = theme.colour("sheet_paper")  # the queue prefix, white on its black square
DARK = theme.colour("sheet_text_soft")  # secondary text: prints as a dark grey on any printer
RULE_GREY = theme.colour("sheet_rule")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

# Table columns. Widths follow the content at the page's type size: the number, the handling time and the
# remark take what they need, the name up to NAME_SHARE of the width, the documents the rest. The remarks
# column is only there where some service needs it (never at the hall itself).
HEADINGS = ("序号", "业务名称", "办理时长", "所需资料", "备注")
NAME_SHARE = 0.26
CELL_PAD_MM = 1.0
REMARK_LINE = HALL_ONLY_NOTE[:7]  # the remark wraps as 须到办税服务厅 / 办结


class _SheetPage(Page):
    """An A4 portrait page of the service list, with the table's column widths."""

    def __init__(
        self,
        painter: QPainter | None,
        device: QPaintDevice,
        scale: float,
        widths: tuple[float, ...] = (),
    ):
        # The page from the paper's corner at the device's DPI (a printer's too: see print_sheet).
        rect = page_rect(PAGE_WIDTH_MM, PAGE_HEIGHT_MM, device.logicalDpiY())
        super().__init__(painter, device, rect, scale, (PAGE_WIDTH_MM, PAGE_HEIGHT_MM), MARGINS_MM)
        self.widths = widths  # table column widths in device pixels (see column_widths)

    def column_positions(self) -> list[tuple[float, float]]:
        """(x, width) of each table column, in device pixels."""
        positions, x = [], self.left
        for width in self.widths:
            positions.append((x, width))
            x += width
        return positions

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
            self.bold_run(font, letter, box.center().x() - advance / 2, baseline, WHITE)
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


def _header(page: _SheetPage, sheet: ServiceSheet, y: float, paint: bool = True) -> float:
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
    p.hline(y, 0.6)
    y += p.mm(0.6) + p.mm(0.5)
    p.hline(y, 0.2)
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


def _continued_header(page: _SheetPage, sheet: ServiceSheet, y: float, paint: bool = True) -> float:
    """The point and title again at the top of a following page."""
    p = page if paint else page.measurer()
    line = p.text(f"{sheet.point_name}　{TITLE}（续）", 3.6, page.width, bold=True)
    p.draw(line, page.left, y)
    return y + line.height + p.smm(2.5)


def _table_header(page: _SheetPage, y: float, paint: bool = True) -> float:
    p = page if paint else page.measurer()
    p.hline(y, 0.45)
    y += p.mm(0.45) + p.smm(1.5)
    height = 0.0
    for title, (x, width) in zip(HEADINGS, page.column_positions(), strict=False):
        block = p.text(title, 3.2, width - p.smm(2), bold=True)
        p.draw(block, x + p.smm(1), y)
        height = max(height, block.height)
    y += height + p.smm(1.5)
    p.hline(y, 0.25)
    return y + p.mm(0.25)


def _category_row(
    page: _SheetPage, category: SheetCategory, y: float, paint: bool = True, continued: bool = False
) -> float:
    p = page if paint else page.measurer()
    top = y + p.smm(1.9)
    side = p.badge(category.prefix, 3.5, page.left + p.smm(1), top)
    count = "续" if continued else f"{len(category.services)} 项"
    title = p.text(f"{category.name}（{count}）", 3.8, page.width - side - p.smm(4), bold=True)
    p.draw(title, page.left + side + p.smm(3), top + (side - title.height) / 2)
    bottom = top + max(side, title.height) + p.smm(1.2)
    p.hline(bottom, 0.25)
    return bottom + p.mm(0.25)


def _service_row(page: _SheetPage, number: int, service: SheetService, y: float, paint: bool = True) -> float:
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
    p.hline(bottom, 0.12, RULE_GREY)
    return bottom + p.mm(0.12)


def _notes(page: _SheetPage, sheet: ServiceSheet, y: float, paint: bool = True) -> float:
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


def _footer_top(page: _SheetPage) -> float:
    return page.bottom - page.smm(2.0) - page.text("页", 2.8, page.width).height


def _footer(page: _SheetPage, sheet: ServiceSheet, number: int, total: int) -> None:
    y = _footer_top(page)
    page.hline(y, 0.2)
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

    def place(self, page: _SheetPage, y: float, paint: bool = True) -> float:
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


def paginate(page: _SheetPage, sheet: ServiceSheet) -> list[list[_Item]]:
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


def column_widths(page: _SheetPage, sheet: ServiceSheet) -> tuple[float, ...]:
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


def _fit(device: QPaintDevice, sheet: ServiceSheet) -> tuple[_SheetPage, list[list[_Item]]]:
    """The page at the largest scale that fits the sheet on one page, else at the smallest, paginated."""
    for scale in SCALES:
        page = _SheetPage(None, device, scale)
        page.widths = column_widths(page, sheet)
        pages = paginate(page, sheet)
        if len(pages) == 1:
            break
    return page, pages


def _paint_pages(painter: QPainter, device: QPaintDevice, sheet: ServiceSheet, new_page) -> int:
    measured, pages = _fit(device, sheet)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    page = _SheetPage(painter, device, measured.scale, measured.widths)
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
    return len(_fit(probe_device(dpi), sheet)[1])


def save_pdf(sheet: ServiceSheet, path: str | os.PathLike) -> int:
    """Write the sheet as an A4 PDF (text selectable, the bundled font embedded); returns the pages.

    Raises OSError naming the path if it cannot be written.
    """

    def paint_on(painter: QPainter, writer: QPdfWriter) -> int:
        return _paint_pages(painter, writer, sheet, writer.newPage)

    return write_pdf(path, f"{sheet.point_name} {TITLE}", QPageLayout.Orientation.Portrait, paint_on)


def print_sheet(sheet: ServiceSheet, printer: QPrinter) -> int:
    """Paint the sheet on a printer or a print preview's printer, on A4 portrait; returns the pages.

    The page is laid out from the paper's corner with the sheet's own margins (wider than any printer's
    unprintable edge). Raises RuntimeError if the printer cannot start or fails.
    """

    def paint_on(painter: QPainter) -> int:
        # Device pixels from the paper's corner: the printer's DPI may differ between X and Y only in
        # theory; the layout uses Y's, as the ticket renderer does.
        return _paint_pages(painter, printer, sheet, printer.newPage)

    return print_pages(
        printer, QPageLayout.Orientation.Portrait, paint_on, "打印机无法开始打印：{name}", "打印失败：{name}"
    )
