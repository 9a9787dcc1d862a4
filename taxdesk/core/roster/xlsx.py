"""The weekly roster (排班表) as an Excel workbook: one worksheet per point and week.

Each worksheet says what the printed A4 sheet (``taxdesk.gui.roster.printout``) says, laid out for a
spreadsheet: the title block (bureau and point, week and dates, version and publication), the staff × day
grid (a shift at its window or on its duty, by the duty's short name; a split day a line a shift) with
the hall's own staff first and the branch staff on the tidal rotation (分局轮值人员) in a block of their
own below, the windows required and planned per half-hour as numbers (a row of each per day; a
planned count short of the requirement on a red ground), and the supervisor's signature line.

The text is Chinese whatever the interface language, as on the printed sheet: it is the bureau's roster.
Numbers stay numbers, text stays text (a name starting with "=" is never a formula). The file is written
through a temporary file in the same folder, so a failed export never leaves half a workbook.

Pure Python (openpyxl), no Qt: any thread.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from taxdesk.core.catalogue_io import _write_atomically
from taxdesk.core.errors import InvalidInput
from taxdesk.core.roster.sheet import LEAVE, WORK, CellPart, DayCell, RosterSheet, SheetRow, clock_text

WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
TITLE_MAX = 31  # Excel's limit on a worksheet's name
HEAD_FILL, BLOCK_FILL, LEAVE_FILL, REST_FILL = "E4E4E4", "EEF3FA", "D6D6D6", "F3F3F3"
SHORT_FILL, SHORT_INK = "FFC4C4", "AA0000"
NAME_WIDTH, CODE_WIDTH, DAY_WIDTH, SLOT_WIDTH = 12, 8, 17, 7


def day_heading(day: date) -> str:
    """周一 11-30."""
    return f"{WEEKDAYS[day.weekday()]} {day:%m-%d}"


def part_place(part: CellPart) -> str:
    """Where a shift is worked: 2号窗口, a duty's short name (后台), or empty (no window was free)."""
    if part.on_duty:
        return part.duty
    return f"{part.window}号窗口" if part.window is not None else ""


def cell_text(cell: DayCell) -> str:
    """A person's day as the worksheet writes it: 全天 / 8:30–17:00 / 2号窗口 (or a duty's short name,
    后台), 休假, or empty (off); a day of several shifts (a window, then a duty) has each on a line of
    its own: 上午 8:30–12:00 4号窗口 / 下午 13:30–17:00 导税."""
    if cell.kind == WORK:
        if len(cell.pieces) > 1:
            return "\n".join(
                " ".join(t for t in (p.shift_name, p.times_text, part_place(p)) if t) for p in cell.pieces
            )
        lines = [cell.shift_name, cell.times_text]
        place = part_place(cell.pieces[0])
        if place:
            lines.append(place)
        return "\n".join(lines)
    return "休假" if cell.kind == LEAVE else ""


def week_line(sheet: RosterSheet) -> str:
    first, last = sheet.dates[0], sheet.dates[-1]
    year, number, _ = first.isocalendar()
    return f"{year}年第{number}周（{sheet.week}）　{first:%Y-%m-%d} 至 {last:%Y-%m-%d}"


def state_line(sheet: RosterSheet) -> str:
    if sheet.draft:
        return f"第 {sheet.version} 版　草稿（未发布）"
    return f"第 {sheet.version} 版　发布于 {sheet.published_at:%Y-%m-%d %H:%M}"


def sheet_title(sheet: RosterSheet, taken: set[str]) -> str:
    """``{point} {week}`` within Excel's rules (no []:*?/\\, at most 31 characters), unique in the book."""
    base = re.sub(r"[\[\]:*?/\\]", "", f"{sheet.point_name} {sheet.week}").strip("' ") or sheet.week
    title, number = base[:TITLE_MAX], 2
    while title.lower() in {t.lower() for t in taken}:
        suffix = f" ({number})"
        title, number = base[: TITLE_MAX - len(suffix)] + suffix, number + 1
    taken.add(title)
    return title


def write_xlsx(sheets: Sequence[RosterSheet], path: str | os.PathLike) -> int:
    """Write the sheets to one workbook at ``path`` (a worksheet each, in order); returns how many.
    Refuses no sheets, and a path that cannot be written (:class:`InvalidInput`, key ``export_failed``)."""
    if not sheets:
        raise InvalidInput("no roster sheets to export")
    target = Path(path)
    _write_atomically(target, lambda temporary: _workbook(sheets).save(temporary))
    return len(sheets)


def _workbook(sheets: Sequence[RosterSheet]):
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for sheet in sheets:
        _Writer(book.create_sheet(sheet_title(sheet, taken)), sheet).write()
    return book


class _Writer:
    """Fills one worksheet, row by row."""

    def __init__(self, ws, sheet: RosterSheet):
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.ws, self.sheet = ws, sheet
        self.row = 1
        self.columns = 2 + len(sheet.dates) + 1  # name, code, the days, days worked
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=15)
        self.short_font = Font(bold=True, color=SHORT_INK)
        self.fill = {
            key: PatternFill("solid", fgColor=colour)
            for key, colour in (
                ("head", HEAD_FILL),
                ("block", BLOCK_FILL),
                ("leave", LEAVE_FILL),
                ("rest", REST_FILL),
                ("short", SHORT_FILL),
            )
        }
        self.wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
        self.left = Alignment(vertical="center", horizontal="left")
        thin = Side(style="thin", color="999999")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)

    def put(self, column: int, value, *, font=None, fill=None, align=None, border=True):
        cell = self.ws.cell(row=self.row, column=column, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # text stays text, even if it starts with "="
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = self.fill[fill]
        cell.alignment = align or self.wrap
        if border:
            cell.border = self.border
        return cell

    def line(self, text: str, *, font=None, fill=None, width: int | None = None) -> None:
        """A row of text across the grid (merged)."""
        width = width or self.columns
        self.put(1, text, font=font, fill=fill, align=self.left, border=fill is not None)
        if width > 1:
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=width)
        self.row += 1

    def write(self) -> None:
        sheet = self.sheet
        self.line(f"{sheet.bureau}　{sheet.point_name}　排班表".strip(), font=self.title_font)
        self.ws.row_dimensions[1].height = 24
        self.line(week_line(sheet))
        self.line(state_line(sheet), font=self.bold if sheet.draft else None)
        self.row += 1
        self.grid_heading()
        self.ws.freeze_panes = self.ws.cell(row=self.row, column=3)
        self.block("本厅人员", sheet.hall_rows)
        if sheet.branch_rows:
            self.block("分局轮值人员 · 潮汐窗口", sheet.branch_rows)
        self.coverage()
        self.signature()
        self.widths()
        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.paperSize = self.ws.PAPERSIZE_A4
        self.ws.page_setup.fitToWidth = 1
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True

    def grid_heading(self) -> None:
        heads = ["姓名", "工号", *(day_heading(d) for d in self.sheet.dates), "上班天数"]
        for column, text in enumerate(heads, 1):
            self.put(column, text, font=self.bold, fill="head")
        self.row += 1

    def block(self, title: str, rows: Sequence[SheetRow]) -> None:
        self.line(f"{title}（{len(rows)} 人）", font=self.bold, fill="block")
        closed = {d for d in self.sheet.dates if not self.sheet.coverage_on(d).slots}
        for person in rows:
            self.put(1, person.name, align=self.left)
            self.put(2, person.code, align=self.left)
            for index, (day, cell) in enumerate(zip(self.sheet.dates, person.days, strict=True)):
                fill = (
                    "leave" if cell.kind == LEAVE else "rest" if cell.kind != WORK and day in closed else None
                )
                self.put(3 + index, cell_text(cell), fill=fill)
            self.put(self.columns, person.working_days)
            lines = max(cell_text(c).count("\n") + 1 for c in person.days)
            self.ws.row_dimensions[self.row].height = 15 * lines + 2
            self.row += 1

    def coverage(self) -> None:
        """Required and planned windows per half-hour: two rows a day, a column a half-hour."""
        sheet = self.sheet
        starts = sheet.slot_starts
        if not starts:
            return
        self.row += 1
        self.line("窗口覆盖（每半小时需要与排班的窗口数；排班少于需要时标红）", font=self.bold)
        self.put(1, "日期", font=self.bold, fill="head")
        self.put(2, "", fill="head")
        for index, start in enumerate(starts):
            self.put(3 + index, clock_text(start), font=self.bold, fill="head")
        self.row += 1
        for day in sheet.dates:
            slots = {slot.start: slot for slot in sheet.coverage_on(day).slots}
            if not slots:
                continue  # closed: the grid says so
            for label, planned in (("需要", False), ("排班", True)):
                self.put(1, day_heading(day), align=self.left)
                self.put(2, label)
                for index, start in enumerate(starts):
                    slot = slots.get(start)
                    if slot is None:
                        self.put(3 + index, None, fill="rest")
                    elif planned and slot.shortfall:
                        self.put(3 + index, slot.planned, font=self.short_font, fill="short")
                    else:
                        self.put(3 + index, slot.planned if planned else slot.required)
                self.row += 1

    def signature(self) -> None:
        self.row += 1
        named = f"值班长：{self.sheet.supervisor}　　" if self.sheet.supervisor else ""
        self.line(f"{named}值班长签字：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿", font=self.bold)
        self.line("休假：请假、年休假等；空白：当天不上班")

    def widths(self) -> None:
        from openpyxl.utils import get_column_letter

        slots = len(self.sheet.slot_starts)
        widths = {1: NAME_WIDTH, 2: CODE_WIDTH, self.columns: 9}
        for column in range(3, 3 + len(self.sheet.dates)):
            widths[column] = DAY_WIDTH
        for column in range(3, 3 + slots):  # the coverage strip shares the day columns
            widths.setdefault(column, SLOT_WIDTH)
        for column, width in widths.items():
            self.ws.column_dimensions[get_column_letter(column)].width = width
