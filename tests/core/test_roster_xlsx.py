"""The weekly roster as an Excel workbook, read back with openpyxl: the title block, the hall's staff and the
branch staff apart, every cell of the grid, the coverage numbers with the shortfalls marked, a worksheet
per point-week; and a path that cannot be written refused without leaving a file."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from openpyxl import load_workbook

from taxdesk.core.errors import InvalidInput
from taxdesk.core.roster.sheet import (
    BRANCH,
    HALL,
    CellPart,
    CoverageDay,
    CoverageSlot,
    DayCell,
    RosterSheet,
    SheetRow,
)
from taxdesk.core.roster.xlsx import sheet_title, write_xlsx

WEEK, MONDAY = "2026-W49", date(2026, 11, 30)
DATES = tuple(date(2026, 11, 30 + i) if i < 1 else date(2026, 12, i) for i in range(7))
WHOLE_DAY = DayCell.shift("全天", time(8, 30), time(17), 2)
MORNING = DayCell.shift("上午（潮汐）", time(8, 30), time(12), 11)
OFF, LEAVE = DayCell.off(), DayCell.leave()
BACK_OFFICE = DayCell.shift("下午", time(13, 30), time(17), duty="后台", duty_code="back_office")
SPLIT = DayCell.split(
    (
        CellPart("上午", time(8, 30), time(12), 4),
        CellPart("下午", time(13, 30), time(17), duty="导税", duty_code="guidance"),
    )
)


def make_sheet(point: str = "城区办税服务厅", *, published: bool = False, week: str = WEEK) -> RosterSheet:
    rows = (
        SheetRow("周敏", "H05", HALL, (WHOLE_DAY, WHOLE_DAY, LEAVE, LEAVE, WHOLE_DAY, OFF, OFF)),
        SheetRow("=SUM(A1)", "H06", HALL, (OFF, WHOLE_DAY, WHOLE_DAY, WHOLE_DAY, OFF, OFF, OFF)),
        SheetRow("徐静", "H07", HALL, (SPLIT, BACK_OFFICE, OFF, OFF, OFF, OFF, OFF)),
        SheetRow("张立新", "B01", BRANCH, (MORNING, OFF, OFF, MORNING, OFF, OFF, OFF)),
    )
    slots = (
        CoverageSlot(time(8, 30), 3, 3),
        CoverageSlot(time(9), 4, 2),  # two windows short
        CoverageSlot(time(9, 30), 1, 2),  # one more than needed: not short
    )
    coverage = tuple(CoverageDay(d, slots) for d in DATES[:5])
    return RosterSheet(
        bureau="国家税务总局云溪县税务局",
        point_name=point,
        week=week,
        dates=DATES,
        version=2,
        published_at=datetime(2026, 11, 27, 16, 5) if published else None,
        rows=rows,
        coverage=coverage,
        supervisor="陈晓燕",
    )


def values(ws) -> list[list]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


def find(rows: list[list], first) -> int:
    return next(i for i, row in enumerate(rows) if row and row[0] == first)


def test_the_workbook_holds_the_grid_the_blocks_and_the_coverage(tmp_path):
    path = tmp_path / "排班表.xlsx"
    assert write_xlsx([make_sheet()], path) == 1
    book = load_workbook(path)
    assert book.sheetnames == ["城区办税服务厅 2026-W49"]
    ws = book.active
    rows = values(ws)
    assert rows[0][0] == "国家税务总局云溪县税务局　城区办税服务厅　排班表"
    assert rows[1][0] == "2026年第49周（2026-W49）　2026-11-30 至 2026-12-06"
    assert rows[2][0] == "第 2 版　草稿（未发布）"

    heading = find(rows, "姓名")
    days = ["周一 11-30", "周二 12-01", "周三 12-02", "周四 12-03", "周五 12-04", "周六 12-05", "周日 12-06"]
    assert rows[heading] == ["姓名", "工号", *days, "上班天数"]
    hall = find(rows, "本厅人员（3 人）")
    branch = find(rows, "分局轮值人员 · 潮汐窗口（1 人）")
    assert heading < hall < branch
    zhou = rows[hall + 1]
    assert zhou[:3] == ["周敏", "H05", "全天\n8:30–17:00\n2号窗口"]
    assert zhou[4:9] == ["休假", "休假", "全天\n8:30–17:00\n2号窗口", None, None] and zhou[9] == 3
    formula = ws.cell(row=hall + 3, column=1)
    assert formula.value == "=SUM(A1)" and formula.data_type == "s"  # a name is text, never a formula
    # A duty by its short name; a window then a duty, a line each.
    split, duty = "上午 8:30–12:00 4号窗口\n下午 13:30–17:00 导税", "下午\n13:30–17:00\n后台"
    assert rows[hall + 3][2:4] == [split, duty]
    assert rows[hall + 3][9] == 2
    assert rows[branch + 1][:3] == ["张立新", "B01", "上午（潮汐）\n8:30–12:00\n11号窗口"]
    assert rows[branch + 1][9] == 2
    # The grid's leave on a grey ground.
    assert ws.cell(row=hall + 2, column=5).fill.fgColor.rgb.endswith("D6D6D6")

    strip = find(rows, "日期")
    assert rows[strip][2:5] == ["8:30", "9:00", "9:30"]
    monday_required, monday_planned = rows[strip + 1], rows[strip + 2]
    assert monday_required[:5] == ["周一 11-30", "需要", 3, 4, 1]
    assert monday_planned[:5] == ["周一 11-30", "排班", 3, 2, 2]
    short = ws.cell(row=strip + 3, column=4)
    assert short.fill.fgColor.rgb.endswith("FFC4C4") and short.font.bold
    assert not ws.cell(row=strip + 3, column=5).fill.fgColor.rgb.endswith("FFC4C4")  # over, not short
    assert sum(1 for row in rows[strip + 1 :] if row[1] in ("需要", "排班")) == 10  # five open days, two rows
    assert any(row[0] and "值班长：陈晓燕" in row[0] and "值班长签字" in row[0] for row in rows)


def test_one_worksheet_per_point_week_and_published_state(tmp_path):
    path = tmp_path / "rosters.xlsx"
    sheets = [make_sheet(published=True), make_sheet("城区办税服务厅"), make_sheet("北门[分厅]/二楼")]
    assert write_xlsx(sheets, path) == 3
    book = load_workbook(path)
    assert book.sheetnames == [
        "城区办税服务厅 2026-W49",
        "城区办税服务厅 2026-W49 (2)",
        "北门分厅二楼 2026-W49",
    ]
    assert book.worksheets[0]["A3"].value == "第 2 版　发布于 2026-11-27 16:05"
    assert len(sheet_title(make_sheet("很" * 40), set())) == 31


def test_an_unwritable_path_is_refused_and_leaves_nothing(tmp_path):
    with pytest.raises(InvalidInput) as refused:
        write_xlsx([make_sheet()], tmp_path / "missing" / "roster.xlsx")
    assert refused.value.key == "export_failed"
    with pytest.raises(InvalidInput):
        write_xlsx([], tmp_path / "roster.xlsx")
    assert list(tmp_path.iterdir()) == []
