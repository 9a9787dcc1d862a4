"""The Qt renderer of the A4 landscape weekly roster (排班表): PDF, printers and print preview.

One :class:`~taxdesk.core.roster.sheet.RosterSheet` is one point's week: a title block (bureau, point,
week and dates, version and publication time, or 草稿 for a draft), the staff × day grid with the hall's
own staff first and the branch staff on the tidal rotation set apart in their own block, a coverage strip
(the windows planned per half-hour; a half-hour short of the requirement says 缺 n instead, on a tinted,
outlined cell — never "12/14", which reads as a date) and the supervisor's signature line. A week that fits
is set on one page at the largest type that fits (rows closer together before the type gets smaller: the
demo hall's 34 people fit); more staff than that run on to further pages, each with the title block and
the grid's heading repeated. A worked day without a window but with a duty (back office …) shows the
duty's short name where the window number would be.

It prints in black and white as well as in colour: nothing is told by colour alone (a shortfall also says
缺n in bold, leave says 休假 on a grey ground). Sizes are millimetres on the page, converted with the page
rectangle the caller gives, and the same code measures and paints (:class:`_RosterPage`, on the
:class:`~taxdesk.gui.printing.a4.Page` shared with ``service_sheet``), so the preview, a printer and the PDF
show the same page. Text stays text in PDFs (searchable, copyable), in the bundled font; bold is the
regular glyphs with their outline stroked, so a PDF holds each character once.

Threads: after :func:`taxdesk.gui.fonts.ensure_fonts` has run on the main thread, :func:`render_pdf` and
:func:`page_count` may run on a worker. :func:`print_sheets` paints on the printer it is given: call it
from the main thread (print preview dialogs are widgets).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPaintDevice, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from taxdesk.core.roster.sheet import BRANCH, HALL, LEAVE, WORK, DayCell, RosterSheet, SheetRow, clock_text
from taxdesk.gui import i18n, theme
from taxdesk.gui.printing.a4 import (
    BLACK,
    PDF_DPI,
    Page,
    a4_layout,
    page_rect,
    print_pages,
    probe_device,
    write_pdf,
)
from taxdesk.gui.roster.models import plain_name

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 297.0, 210.0  # A4 landscape
MARGIN_X_MM, MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 11.0, 9.0, 8.0
MARGINS_MM = QMarginsF(MARGIN_X_MM, MARGIN_TOP_MM, MARGIN_X_MM, MARGIN_BOTTOM_MM)
# Type sizes shrink (a little) until the week fits one page; a week that needs more pages anyway is set at
# the largest size that needs no more of them.
SCALES = (1.3, 1.24, 1.18, 1.12, 1.06, 1.0, 0.94, 0.88)
# Then, before giving up on one page, the rows closer together (a share of ROW_PAD_MM) at smaller type.
TIGHT = ((0.94, 0.45), (0.88, 0.4), (0.84, 0.35), (0.8, 0.3))

DARK = theme.colour("roster_print_dark")  # secondary text: a dark grey on any printer
RULE_GREY = theme.colour("roster_print_rule")
ZEBRA = theme.colour("roster_print_zebra")
HEAD_FILL = theme.colour("roster_print_head")  # the grid's and the strip's headings, block headings
LEAVE_FILL = theme.colour("roster_print_leave")
SHORT_FILL = theme.colour("roster_print_short")  # a light grey in black and white; the text says 缺n too
SHORT_INK = theme.colour("roster_print_short_ink")

CELL_PAD_MM = 1.0
ROW_PAD_MM = 0.9
WINDOW_PAD_MM = 0.7  # around the window number in its frame


# ------------------------------------------------------------------------------------------ words


def _day_head(day: date) -> str:
    """周一　6月30日 / Mon　Jun 30: the interface language's weekday and date (as on the page)."""
    return f"{i18n.weekday(day)}　{i18n.month_day(day)}"


def _week_line(sheet: RosterSheet) -> str:
    """2026年第49周（2026-W49）　2026年11月30日 — 12月6日."""
    first, last = sheet.dates[0], sheet.dates[-1]
    year, number, _ = first.isocalendar()
    until = i18n.month_day(last) if first.year == last.year else i18n.full_date(last)
    return QCoreApplication.translate(
        "RosterPrint", "{year}年第{number}周（{week}）　{first} — {last}"
    ).format(year=year, number=number, week=sheet.week, first=i18n.full_date(first), last=until)


def _version_line(sheet: RosterSheet) -> str:
    return QCoreApplication.translate("RosterPrint", "第 {version} 版").format(version=sheet.version)


def _state_line(sheet: RosterSheet) -> str:
    if sheet.draft:
        return QCoreApplication.translate("RosterPrint", "草稿（未发布）")
    return QCoreApplication.translate("RosterPrint", "发布于 {time}").format(
        time=f"{sheet.published_at:%Y-%m-%d %H:%M}"
    )


def _window_text(cell: DayCell) -> str:
    """The window's number, printed in a small frame (the legend says what the frame means)."""
    return "" if cell.window is None else str(cell.window)


def _duty_text(cell: DayCell) -> str:
    """The duties of a worked day (后台, 导税; several joined by "/"), empty on a day only at windows."""
    return cell.duty or ""


def _shift_text(cell: DayCell) -> str:
    """The shift's name as printed; a split day's names without their qualifiers, "上午+下午" rather than
    "上午（潮汐） + 下午（潮汐）", so it stays on one line like a whole day (the badge says where each half
    is: "4·导税")."""
    pieces = cell.pieces
    if len(pieces) < 2:
        return cell.shift_name
    return "+".join(plain_name(p.shift_name) for p in pieces)


def shift_times(sheet: RosterSheet) -> dict[str, str] | None:
    """Each shift's clock times, by name in order of start ("全天" → "8:30–17:00"), when every shift of that
    name in the sheet has the same times — then the legend says them once and the cells leave them out
    (one line a person instead of two, so the demo hall's 34 people fit one page). None when a name is
    used with different times (every cell says its own)."""
    times: dict[str, tuple] = {}
    for row in sheet.rows:
        for cell in row.days:
            if cell.kind != WORK:
                continue
            for piece in cell.pieces:
                span = (piece.start, piece.end)
                if times.setdefault(piece.shift_name, span) != span:
                    return None
    ordered = sorted(times.items(), key=lambda item: (item[1], item[0]))
    return {name: f"{clock_text(start)}–{clock_text(end)}" for name, (start, end) in ordered}


def _badge(cell: DayCell) -> tuple[str, bool]:
    """What is printed at the cell's right and whether it is framed: the window's number in a frame; a
    duty's short name unframed; a split day (a window, then a duty) as both, "4·后台", unframed."""
    window, duty = _window_text(cell), _duty_text(cell)
    if window and duty:
        return f"{window}·{duty}", False
    return (window, True) if window else (duty, False)


def _block_title(block: str, count: int, continued: bool) -> str:
    if block == HALL:
        title = QCoreApplication.translate("RosterPrint", "本厅人员（{count} 人）").format(count=count)
    else:
        title = QCoreApplication.translate("RosterPrint", "分局轮值人员 · 潮汐窗口（{count} 人）").format(
            count=count
        )
    return title + QCoreApplication.translate("RosterPrint", "（续）") if continued else title


# --------------------------------------------------------------------------------- coverage marks


@dataclass(frozen=True)
class CoverageMark:
    """What one half-hour of the coverage strip shows: the windows planned, or 缺 n when n short."""

    text: str
    required: int
    planned: int

    @property
    def shortfall(self) -> int:
        return max(0, self.required - self.planned)

    @property
    def marked(self) -> bool:
        """Drawn as a shortfall (tinted, outlined, bold): only where fewer windows are planned than needed."""
        return self.planned < self.required


def coverage_marks(sheet: RosterSheet) -> list[tuple[date, list[CoverageMark | None]]]:
    """Each day of the week with one entry per column of the coverage strip (``sheet.slot_starts``): the
    mark to print, or None where that day has no such half-hour."""
    starts = sheet.slot_starts
    table = []
    for day in sheet.dates:
        by_start = {slot.start: slot for slot in sheet.coverage_on(day).slots}
        marks: list[CoverageMark | None] = []
        for start in starts:
            slot = by_start.get(start)
            if slot is None:
                marks.append(None)
                continue
            if slot.shortfall:
                text = QCoreApplication.translate("RosterPrint", "缺 {count}").format(count=slot.shortfall)
            else:
                text = str(slot.planned)
            marks.append(CoverageMark(text, slot.required, slot.planned))
        table.append((day, marks))
    return table


# ------------------------------------------------------------------------------------------- page


class _RosterPage(Page):
    """An A4 landscape page of the roster: the sheet's margins, tighter leading and a lighter bold than the
    service list's (the grid's type is small)."""

    line_spacing = 0.15
    bold_stroke = 32
    min_line_width = 1.0

    def __init__(
        self, painter: QPainter | None, device: QPaintDevice, rect: QRectF, scale: float, tight: float = 1.0
    ):
        super().__init__(painter, device, rect, scale, (PAGE_WIDTH_MM, PAGE_HEIGHT_MM), MARGINS_MM)
        self.tight = tight  # the share of ROW_PAD_MM above and below each row's text

    def row_pad(self) -> float:
        return self.smm(ROW_PAD_MM * self.tight)


# ------------------------------------------------------------------------------------------- grid

NAME_MM, CODE_MM, HEAD_MM, CELL_MM, WINDOW_MM, BLOCK_MM = 3.0, 2.35, 2.9, 2.7, 2.5, 3.0
COVER_MM, COVER_HEAD_MM, SMALL_MM = 2.4, 2.35, 2.5
NAME_SHARE = 0.2  # the name column takes what it needs, up to this share of the width


@dataclass(frozen=True)
class _Grid:
    """The staff × day grid's geometry on one page (device pixels)."""

    name_width: float
    day_width: float
    shift_width: float  # the widest shift name, times and window: sub-columns lined up in every cell
    time_width: float  # 0: the cells leave the times out (the legend gives each shift's, see shift_times)
    window_width: float
    one_line: bool  # shift, times and window side by side; else the times on a second line

    def day_x(self, page: _RosterPage, index: int) -> float:
        return page.left + self.name_width + index * self.day_width


def _grid(page: _RosterPage, sheet: RosterSheet) -> _Grid:
    pad, gap = page.smm(CELL_PAD_MM), page.smm(1.3)
    heading = QCoreApplication.translate("RosterPrint", "姓名　工号")
    name_width = max(
        [page.natural_width(heading, HEAD_MM, bold=True)]
        + [
            page.natural_width(row.name, NAME_MM, bold=True) + gap + page.natural_width(row.code, CODE_MM)
            for row in sheet.rows
        ]
    )
    name_width = min(name_width + 2 * pad, page.width * NAME_SHARE)
    day_width = (page.width - name_width) / 7
    worked = [cell for row in sheet.rows for cell in row.days if cell.kind == WORK]
    shift = max((page.natural_width(_shift_text(c), CELL_MM, bold=True) for c in worked), default=0.0)
    times = (
        0.0
        if shift_times(sheet) is not None
        else max((page.natural_width(c.times_text, CELL_MM) for c in worked), default=0.0)
    )
    window = max((page.natural_width(_badge(c)[0], WINDOW_MM) for c in worked), default=0.0)
    window = window + 2 * page.smm(WINDOW_PAD_MM) if window else 0.0
    needed = shift + (gap + times if times else 0.0) + (gap + window if window else 0.0) + 2 * pad
    # A millimetre to spare: a cell packed edge to edge reads as one word with its neighbour.
    return _Grid(name_width, day_width, shift, times, window, needed + page.smm(1.0) <= day_width)


def _header(page: _RosterPage, sheet: RosterSheet, y: float, paint: bool = True) -> float:
    """The title block, on every page: the bureau on the left; the point, title, week and dates in the
    middle; the version and publication time (or 草稿 in a heavy frame) on the right."""
    p = page if paint else page.measurer()
    centre, right = Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight
    side, middle = page.width * 0.28, page.width * 0.44
    title_text = QCoreApplication.translate("RosterPrint", "{point}　窗口排班表").format(
        point=sheet.point_name
    )
    title = p.text(title_text, 5.8, middle, bold=True, align=centre)
    week = p.text(_week_line(sheet), 3.3, middle, align=centre)
    p.draw(title, page.left + side, y)
    p.draw(week, page.left + side, y + title.height + p.smm(0.8))
    bureau = p.text(sheet.bureau, 3.2, side)
    p.draw(bureau, page.left, y + title.ascent - bureau.ascent)
    version = p.text(_version_line(sheet), 3.3, side, bold=True, align=right)
    state = p.text(_state_line(sheet), 3.3, side, bold=sheet.draft, align=right)
    x = page.left + page.width - side
    p.draw(version, x, y + title.ascent - version.ascent)
    p.draw(state, x, y + title.height + p.smm(0.8))
    height = title.height + p.smm(0.8) + week.height
    if sheet.draft:
        text_width = max(version.natural_width, state.natural_width)
        _draft_stamp(p, page.left + page.width - text_width - p.smm(3), y, height)
    y += height + p.smm(1.6)
    y += p.hline(y, 0.5)
    return y + p.smm(1.6)


def _draft_stamp(page: _RosterPage, right: float, top: float, height: float) -> None:
    """草稿 in a heavy frame, left of the version: a draft is never mistaken for the published roster."""
    stamp = page.text(QCoreApplication.translate("RosterPrint", "草稿"), 5.6, page.width, bold=True)
    width = stamp.natural_width + page.smm(5)
    box = QRectF(right - width, top, width, height)
    page.frame(box, 0.7, BLACK)
    page.draw(stamp, box.left() + page.smm(2.5), box.top() + (height - stamp.height) / 2)


def _day_head_fitting(page: _RosterPage, day: date, width: float) -> str:
    """The day's heading on one line: 周一　12月14日, or 周一 14日 where that would wrap."""
    text = _day_head(day)
    if page.natural_width(text, HEAD_MM, bold=True) <= width:
        return text
    return QCoreApplication.translate("RosterPrint", "{weekday} {day}日").format(
        weekday=i18n.weekday(day), day=day.day
    )


def _grid_header(page: _RosterPage, sheet: RosterSheet, grid: _Grid, y: float, paint: bool = True) -> float:
    p = page if paint else page.measurer()
    pad = p.smm(CELL_PAD_MM)
    centre = Qt.AlignmentFlag.AlignHCenter
    name = p.text(
        QCoreApplication.translate("RosterPrint", "姓名　工号"), HEAD_MM, grid.name_width, bold=True
    )
    days = [
        p.text(
            _day_head_fitting(p, day, grid.day_width - 2 * pad),
            HEAD_MM,
            grid.day_width - 2 * pad,
            bold=True,
            align=centre,
        )
        for day in sheet.dates
    ]
    height = max(block.height for block in (name, *days)) + 2 * p.smm(ROW_PAD_MM + 0.2)
    y += p.hline(y, 0.45)
    p.fill(page.left, y, page.width, height, HEAD_FILL)
    p.draw(name, page.left + pad, y + (height - name.height) / 2)
    for index, block in enumerate(days):
        x = grid.day_x(page, index)
        p.vline(x, y, height, 0.25, BLACK)
        p.draw(block, x + pad, y + (height - block.height) / 2)
    y += height
    return y + p.hline(y, 0.35)


@dataclass(frozen=True)
class _Item:
    """One line of the grid: a block's heading (``row`` None) or a person."""

    block: str
    row: SheetRow | None = None
    index: int = 0  # within the block: every second row is shaded
    count: int = 0  # the block's size, for its heading
    continued: bool = False

    def place(self, page: _RosterPage, grid: _Grid, y: float, paint: bool = True) -> float:
        if self.row is None:
            return _block_heading(page, self, y, paint)
        return _row(page, grid, self, y, paint)


def _block_heading(page: _RosterPage, item: _Item, y: float, paint: bool = True) -> float:
    """The block's title on a grey band with a black bar; the branch block starts after a heavy rule."""
    p = page if paint else page.measurer()
    if item.block == BRANCH and not item.continued:
        y += p.smm(1.6)
        y += p.hline(y, 0.6)
    bar, pad = p.smm(1.4), page.row_pad()
    title = p.text(
        _block_title(item.block, item.count, item.continued), BLOCK_MM, page.width - bar * 3, bold=True
    )
    height = title.height + 2 * pad
    p.fill(page.left, y, page.width, height, HEAD_FILL)
    p.fill(page.left, y, bar, height, BLACK)
    p.draw(title, page.left + bar * 2, y + pad)
    y += height
    return y + p.hline(y, 0.25)


def _row(page: _RosterPage, grid: _Grid, item: _Item, y: float, paint: bool = True) -> float:
    p = page if paint else page.measurer()
    row = item.row
    pad, gap = p.smm(CELL_PAD_MM), p.smm(1.3)
    code = p.text(row.code, CODE_MM, grid.name_width / 2, colour=DARK, align=Qt.AlignmentFlag.AlignRight)
    code_width = code.natural_width
    name = p.text(row.name, NAME_MM, grid.name_width - 2 * pad - code_width - gap, bold=True)
    cells = [_cell(p, grid, cell) for cell in row.days]
    height = max([name.height] + [cell_height for cell_height, _draw in cells]) + 2 * page.row_pad()
    if item.index % 2:
        p.fill(page.left, y, page.width, height, ZEBRA)
    name_top = y + (height - name.height) / 2
    p.draw(name, page.left + pad, name_top)
    p.draw(code, page.left + grid.name_width - pad - code.width, name_top + name.ascent - code.ascent)
    for index, (_height, draw) in enumerate(cells):
        x = grid.day_x(page, index)
        p.vline(x, y, height, 0.25, BLACK if index == 0 else RULE_GREY)
        draw(x, y, height)
    y += height
    return y + p.hline(y, 0.12, RULE_GREY)


def _cell(
    page: _RosterPage, grid: _Grid, cell: DayCell
) -> tuple[float, Callable[[float, float, float], None]]:
    """The cell's content height and a function painting it in the cell at (x, y) of the row's height."""
    pad, gap = page.smm(CELL_PAD_MM), page.smm(1.3)
    inner = grid.day_width - 2 * pad
    centre = Qt.AlignmentFlag.AlignHCenter
    if cell.kind != WORK:
        leave = cell.kind == LEAVE
        word = (
            QCoreApplication.translate("RosterPrint", "休假")
            if leave
            else QCoreApplication.translate("RosterPrint", "休")
        )
        block = page.text(word, CELL_MM, inner, bold=leave, align=centre, colour=BLACK if leave else DARK)

        def draw_rest(x: float, y: float, height: float) -> None:
            if leave:
                inset = page.mm(0.35)
                page.fill(x + inset, y + inset, grid.day_width - 2 * inset, height - 2 * inset, LEAVE_FILL)
            page.draw(block, x + pad, y + (height - block.height) / 2)

        return block.height, draw_rest

    window_text, framed = _badge(cell)
    window = page.text(window_text, WINDOW_MM, grid.window_width, align=centre)
    window_room = grid.window_width + gap if window_text else 0.0
    with_times = grid.time_width > 0
    if grid.one_line:
        shift = page.text(_shift_text(cell), CELL_MM, grid.shift_width + 1, bold=True)
        times = page.text(cell.times_text, CELL_MM, grid.time_width + 1) if with_times else None
        height = max(shift.height, times.height) if times else shift.height
    else:
        shift = page.text(_shift_text(cell), CELL_MM, inner - window_room, bold=True)
        times = page.text(cell.times_text, CELL_MM, inner) if with_times else None
        height = shift.height + page.smm(0.3) + times.height if times else shift.height

    def draw_work(x: float, y: float, row_height: float) -> None:
        top = y + (row_height - height) / 2
        page.draw(shift, x + pad, top)
        if times is None:
            pass
        elif grid.one_line:
            page.draw(times, x + pad + grid.shift_width + gap, top + shift.ascent - times.ascent)
        else:
            page.draw(times, x + pad, top + shift.height + page.smm(0.3))
        if window_text:
            line = shift.layout.lineAt(0).height()
            box = QRectF(x + grid.day_width - pad - grid.window_width, top, grid.window_width, line)
            if framed:
                page.frame(box.adjusted(0, page.smm(0.1), 0, -page.smm(0.1)), 0.2, BLACK)
            page.draw(window, box.left(), top + shift.ascent - window.ascent)

    return height, draw_work


# --------------------------------------------------------------------------- coverage, signature


def _coverage(page: _RosterPage, sheet: RosterSheet, grid: _Grid, y: float, paint: bool = True) -> float:
    """The coverage strip: a row per day, a column per half-hour, ``planned/required`` in each cell."""
    p = page if paint else page.measurer()
    starts = sheet.slot_starts
    if not starts:
        return y
    y += p.smm(2.6)
    caption = p.text(
        QCoreApplication.translate("RosterPrint", "窗口覆盖：每半小时排班的窗口数"),
        BLOCK_MM,
        page.width * 0.6,
        bold=True,
    )
    legend = p.text(
        QCoreApplication.translate("RosterPrint", "缺 n：比需求少 n 个窗口"),
        SMALL_MM,
        page.width * 0.35,
        align=Qt.AlignmentFlag.AlignRight,
    )
    p.draw(caption, page.left, y)
    swatch = p.smm(3.0)
    legend_x = page.left + page.width - legend.natural_width - swatch - p.smm(1.5)
    p.draw(legend, page.left + page.width - legend.width, y + caption.ascent - legend.ascent)
    sample = QRectF(legend_x, y + caption.ascent - swatch * 0.85, swatch, swatch)
    p.fill(sample.x(), sample.y(), swatch, swatch, SHORT_FILL)
    p.frame(sample, 0.35, SHORT_INK)
    y += caption.height + p.smm(1.2)

    pad = p.smm(0.6)
    slot_width = (page.width - grid.name_width) / len(starts)
    centre = Qt.AlignmentFlag.AlignHCenter
    heads = [
        p.text(clock_text(s), COVER_HEAD_MM, slot_width - 2 * pad, bold=True, align=centre) for s in starts
    ]
    corner = p.text(QCoreApplication.translate("RosterPrint", "星期＼时段"), COVER_HEAD_MM, grid.name_width)
    height = max(block.height for block in (corner, *heads)) + 2 * p.smm(0.4)
    top = y
    y += p.hline(y, 0.45)
    p.fill(page.left, y, page.width, height, HEAD_FILL)
    p.draw(corner, page.left + p.smm(CELL_PAD_MM), y + (height - corner.height) / 2)
    for index, block in enumerate(heads):
        x = page.left + grid.name_width + index * slot_width
        p.vline(x, y, height, 0.2, BLACK if index == 0 else RULE_GREY)
        p.draw(block, x + pad, y + (height - block.height) / 2)
    y += height
    y += p.hline(y, 0.3)
    for day, marks in coverage_marks(sheet):
        if all(mark is None for mark in marks):
            continue  # closed: the grid above says so
        label = p.text(i18n.weekday(day), COVER_MM, grid.name_width)
        texts = [
            None
            if mark is None
            else p.text(
                mark.text,
                COVER_MM,
                slot_width - 2 * pad,
                bold=mark.marked,
                align=centre,
                colour=SHORT_INK if mark.marked else BLACK,
            )
            for mark in marks
        ]
        height = max(b.height for b in (label, *texts) if b is not None) + 2 * p.smm(0.3)
        p.draw(label, page.left + p.smm(CELL_PAD_MM), y + (height - label.height) / 2)
        for index, (mark, text) in enumerate(zip(marks, texts, strict=True)):
            x = page.left + grid.name_width + index * slot_width
            p.vline(x, y, height, 0.2, BLACK if index == 0 else RULE_GREY)
            if mark is None:  # not open then
                p.fill(x + 1, y, slot_width - 1, height, ZEBRA)
            elif mark.marked:
                cell = QRectF(x, y, slot_width, height).adjusted(1, 1, -1, -1)
                p.fill(cell.x(), cell.y(), cell.width(), cell.height(), SHORT_FILL)
                p.frame(cell, 0.35, SHORT_INK)
            if text is not None:
                p.draw(text, x + pad, y + (height - text.height) / 2)
        y += height
        y += p.hline(y, 0.12, RULE_GREY)
    p.vline(page.left + page.width, top, y - top, 0.25, BLACK)
    p.vline(page.left, top, y - top, 0.25, BLACK)
    return y


def _signature(page: _RosterPage, sheet: RosterSheet, y: float, paint: bool = True) -> float:
    """What 休 and 休假 mean on the left; the supervisor's signature and the date on the right."""
    p = page if paint else page.measurer()
    y += p.smm(4.5)
    words = QCoreApplication.translate("RosterPrint", "方框内为窗口号　休：轮休　休假：请假、年休假等")
    times = shift_times(sheet)
    if times:
        hours = "，".join(f"{name} {span}" for name, span in times.items())
        words += "　" + QCoreApplication.translate("RosterPrint", "班次时间：{shifts}").format(shifts=hours)
    legend = p.text(words, SMALL_MM, page.width * 0.5, colour=DARK)
    parts = []
    if sheet.supervisor:
        parts.append(
            (QCoreApplication.translate("RosterPrint", "值班长：{name}").format(name=sheet.supervisor), 0.0)
        )
    parts.append((QCoreApplication.translate("RosterPrint", "值班长签字："), 40.0))
    parts.append((QCoreApplication.translate("RosterPrint", "日期："), 30.0))
    blocks = [(p.text(text, 3.2, page.width, bold=True), blank) for text, blank in parts]
    spacing = p.smm(7)
    total = sum(b.natural_width + p.smm(blank) for b, blank in blocks) + spacing * (len(blocks) - 1)
    x = page.left + page.width - total
    height = max(b.height for b, _blank in blocks)
    p.draw(legend, page.left, y + blocks[0][0].ascent - legend.ascent)
    for block, blank in blocks:
        p.draw(block, x, y)
        x += block.natural_width
        if blank:
            p.hline(y + block.ascent + p.smm(0.9), 0.2, BLACK, x, p.smm(blank))
            x += p.smm(blank)
        x += spacing
    return y + height


def _footer_top(page: _RosterPage) -> float:
    return page.bottom - page.text("页", SMALL_MM, page.width).height - page.smm(1.5)


def _footer(page: _RosterPage, sheet: RosterSheet, number: int, total: int) -> None:
    y = _footer_top(page)
    y += page.hline(y, 0.2) + page.smm(1.5)
    third = page.width / 3
    version = _version_line(sheet)
    if sheet.draft:
        middle = QCoreApplication.translate("RosterPrint", "草稿：未发布，不作为排班依据")
    else:
        middle = QCoreApplication.translate("RosterPrint", "TaxDesk 排班")
    parts = [
        (f"{sheet.point_name} · {sheet.week} · {version}", Qt.AlignmentFlag.AlignLeft),
        (middle, Qt.AlignmentFlag.AlignHCenter),
        (
            QCoreApplication.translate("RosterPrint", "第 {number} 页 / 共 {total} 页").format(
                number=number, total=total
            ),
            Qt.AlignmentFlag.AlignRight,
        ),
    ]
    for index, (text, align) in enumerate(parts):
        block = page.text(text, SMALL_MM, third, colour=DARK, align=align, bold=sheet.draft and index == 1)
        page.draw(block, page.left + index * third, y)


# ------------------------------------------------------------------------------------- pagination


@dataclass
class _Plan:
    """What one page holds: grid lines, and whether the coverage strip and signature end it."""

    items: list[_Item]
    trailer: bool = False


def _items(sheet: RosterSheet) -> list[_Item]:
    items = []
    for block, rows in ((HALL, sheet.hall_rows), (BRANCH, sheet.branch_rows)):
        if rows:
            items.append(_Item(block, count=len(rows)))
            items += [_Item(block, row, index, len(rows)) for index, row in enumerate(rows)]
    return items


def paginate(page: _RosterPage, sheet: RosterSheet, grid: _Grid) -> list[_Plan]:
    """The grid lines on each page at this page's scale. A block heading never ends a page; a block that
    runs on gets its heading again, marked 续; the coverage strip and signature stay together at the end."""
    items = _items(sheet)
    limit = _footer_top(page) - page.smm(1.5)
    content_top = _header(page, sheet, page.top, paint=False)
    grid_top = _grid_header(page, sheet, grid, content_top, paint=False)
    plans, y = [_Plan([])], grid_top
    for index, item in enumerate(items):
        height = item.place(page, grid, 0.0, paint=False)
        needed = height
        if item.row is None and index + 1 < len(items):
            needed += items[index + 1].place(page, grid, 0.0, paint=False)
        if y + needed > limit and plans[-1].items:
            plans.append(_Plan([]))
            y = grid_top
            if item.row is not None:
                heading = _Item(item.block, count=item.count, continued=True)
                plans[-1].items.append(heading)
                y += heading.place(page, grid, 0.0, paint=False)
        plans[-1].items.append(item)
        y += height
    trailer = _signature(page, sheet, _coverage(page, sheet, grid, 0.0, paint=False), paint=False)
    if plans[-1].items and y + trailer > limit:
        plans.append(_Plan([]))
    plans[-1].trailer = True
    return plans


def _fit(device: QPaintDevice, rect: QRectF, sheet: RosterSheet) -> tuple[_RosterPage, _Grid, list[_Plan]]:
    """The largest type that sets the week on one page; else the largest that needs the fewest pages."""
    best = None
    for scale, tight in [(scale, 1.0) for scale in SCALES] + list(TIGHT):
        page = _RosterPage(None, device, rect, scale, tight)
        grid = _grid(page, sheet)
        plans = paginate(page, sheet, grid)
        if best is None or len(plans) < len(best[2]):
            best = (page, grid, plans)
        if len(plans) == 1:
            break
    return best


# -------------------------------------------------------------------------------------------- API


def paint(
    painter: QPainter, sheet: RosterSheet, page_rect: QRectF, new_page: Callable[[], bool] | None = None
) -> int:
    """Paint the sheet on the painter's device, on A4 landscape pages at ``page_rect`` (the whole sheet of
    paper, in the painter's coordinates: the layout keeps its own margins); returns the pages painted.

    ``new_page`` starts the next page (``QPrinter.newPage``, ``QPdfWriter.newPage``); a week that needs
    more than one page raises ValueError without it, rather than lose staff. RuntimeError if the device
    refuses a new page.
    """
    device = painter.device()
    measured, grid, plans = _fit(device, QRectF(page_rect), sheet)
    if len(plans) > 1 and new_page is None:
        raise ValueError(f"{sheet.point_name} {sheet.week} takes {len(plans)} pages: pass new_page")
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    page = _RosterPage(painter, device, QRectF(page_rect), measured.scale, measured.tight)
    for number, plan in enumerate(plans, 1):
        if number > 1 and not new_page():
            raise RuntimeError(f"the device refused page {number} of {sheet.point_name} {sheet.week}")
        y = _header(page, sheet, page.top)
        if plan.items:
            y = _grid_header(page, sheet, grid, y)
        for item in plan.items:
            y = item.place(page, grid, y)
        if plan.trailer:
            _signature(page, sheet, _coverage(page, sheet, grid, y))
        _footer(page, sheet, number, len(plans))
    return len(plans)


def page_layout() -> QPageLayout:
    """A4 landscape, no device margins (the sheet keeps its own, wider than a printer's unprintable edge)."""
    return a4_layout(QPageLayout.Orientation.Landscape)


def page_count(sheet: RosterSheet, dpi: int = PDF_DPI) -> int:
    """How many pages the week takes (1 unless its staff really do not fit on one)."""
    rect = page_rect(PAGE_WIDTH_MM, PAGE_HEIGHT_MM, dpi)
    return len(_fit(probe_device(dpi), rect, sheet)[2])


def layout_plan(sheet: RosterSheet, dpi: int = PDF_DPI) -> list[list[str]]:
    """The staff codes on each page, in print order (a page with only the coverage strip has none)."""
    rect = page_rect(PAGE_WIDTH_MM, PAGE_HEIGHT_MM, dpi)
    plans = _fit(probe_device(dpi), rect, sheet)[2]
    return [[item.row.code for item in plan.items if item.row is not None] for plan in plans]


def render_pdf(sheets: Sequence[RosterSheet], path: str | os.PathLike) -> int:
    """Write the sheets to one A4 landscape PDF (each sheet from a new page; text selectable, the bundled
    font embedded); returns the pages written. Raises ValueError for no sheets and OSError naming the path
    if it cannot be written."""
    if not sheets:
        raise ValueError("no roster sheets to print")

    def paint_on(painter: QPainter, writer: QPdfWriter) -> int:
        return _paint_all(painter, sheets, QRectF(0, 0, writer.width(), writer.height()), writer.newPage)

    title = " / ".join(f"{s.point_name} {s.week}" for s in sheets)
    return write_pdf(path, title, QPageLayout.Orientation.Landscape, paint_on)


def print_sheets(sheets: Sequence[RosterSheet], printer: QPrinter) -> int:
    """Paint the sheets on a printer, or the printer of a QPrintPreviewDialog's ``paintRequested``, on A4
    landscape; returns the pages. RuntimeError if the printer cannot start or fails."""
    if not sheets:
        raise ValueError("no roster sheets to print")

    def paint_on(painter: QPainter) -> int:
        rect = printer.pageLayout().fullRectPixels(printer.resolution())
        return _paint_all(painter, sheets, QRectF(rect), printer.newPage)

    return print_pages(
        printer,
        QPageLayout.Orientation.Landscape,
        paint_on,
        QCoreApplication.translate("RosterPrint", "打印机无法开始打印：{name}"),
        QCoreApplication.translate("RosterPrint", "打印失败：{name}"),
    )


def _paint_all(painter: QPainter, sheets: Sequence[RosterSheet], rect: QRectF, new_page) -> int:
    pages = 0
    for index, sheet in enumerate(sheets):
        if index and not new_page():
            raise RuntimeError(f"the device refused a new page for {sheet.point_name} {sheet.week}")
        pages += paint(painter, sheet, rect, new_page)
    return pages
