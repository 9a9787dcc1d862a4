"""The A4 landscape weekly roster (排班表) a supervisor signs and pins up, read back from the PDF by pypdf."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pypdf
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

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
from taxdesk.gui import i18n
from taxdesk.gui.roster import printout as roster_print

A4_LANDSCAPE_MM = (297.0, 210.0)
BUREAU = "国家税务总局云溪县税务局"
POINT = "云溪县办税服务厅"
WEEK, MONDAY = "2026-W49", date(2026, 11, 30)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN = ("建国", "丽华", "晓峰", "海燕", "志强", "秀英", "文博", "雪梅", "俊杰", "婷婷", "国栋", "佳怡", "明")

# The hall's shifts and the branch staff's peak shifts (start, end).
HALL_SHIFTS = {
    "早班": (time(8, 30), time(15, 0)),
    "晚班": (time(10, 30), time(17, 0)),
    "全天": (time(9), time(17)),
}
PEAK_SHIFTS = {"上午高峰": (time(9), time(11, 30)), "下午高峰": (time(14), time(16, 30))}
SATURDAY_SHIFT = ("周六预约", (time(9), time(12)))


def _names(count: int) -> list[str]:
    """Distinct, realistic names: a surname and a given name."""
    return [SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 5) % len(GIVEN)] for i in range(count)]


def _half_hours(start: time, end: time) -> list[time]:
    moment = datetime.combine(MONDAY, start)
    slots = []
    while moment.time() < end:
        slots.append(moment.time())
        moment += timedelta(minutes=30)
    return slots


def demo_sheet(
    hall: int = 12, branch: int = 8, *, published: bool = True, supervisor: str = "周海燕", short=None
) -> RosterSheet:
    """A realistic week at the county hall: ``hall`` own staff on regular shifts at windows 1–8 (two rest
    days each, some leave), ``branch`` staff on the tidal rotation at windows 9–12 for the peak half-hours,
    16 half-hours a weekday (9:00 to 17:00), Saturday morning by appointment, Sunday closed. Planned
    windows are those staffed in each half-hour; the requirement equals them except at the half-hours
    ``short`` maps to extra windows needed ({(day index, time): extra}), which are the shortfalls."""
    short = short or {(0, time(9, 30)): 2, (0, time(10)): 1, (4, time(15, 30)): 1}
    names = _names(hall + branch)
    rows = []
    for index in range(hall):
        cells = []
        for day in range(7):
            if day == 6 or day == (index % 5):  # Sunday closed; a weekday off in turn
                cells.append(DayCell.off())
            elif index == 3 and day in (1, 2):
                cells.append(DayCell.leave())
            elif day == 5:
                name, (start, end) = SATURDAY_SHIFT
                cells.append(
                    DayCell.shift(name, start, end, index % 8 + 1) if index % 3 == 0 else DayCell.off()
                )
            else:
                name = ("早班", "晚班", "全天")[(index + day) % 3]
                cells.append(DayCell.shift(name, *HALL_SHIFTS[name], window=index % 8 + 1))
        rows.append(SheetRow(names[index], f"YX{index + 1:03d}", HALL, tuple(cells)))
    for index in range(branch):
        cells = []
        for day in range(7):
            if day >= 5 or (index + day) % 4 == 0:
                cells.append(DayCell.off())
            else:
                name = ("上午高峰", "下午高峰")[(index + day) % 2]
                cells.append(DayCell.shift(name, *PEAK_SHIFTS[name], window=9 + index % 4))
        rows.append(SheetRow(names[hall + index], f"FJ{index + 1:03d}", BRANCH, tuple(cells)))
    dates = tuple(MONDAY + timedelta(days=i) for i in range(7))
    coverage = []
    for day_index, day in enumerate(dates):
        if day_index == 6:
            continue
        opening = (time(9), time(12)) if day_index == 5 else (time(9), time(17))
        slots = []
        for start in _half_hours(*opening):
            planned = len(
                {
                    cell.window
                    for row in rows
                    if (cell := row.days[day_index]).kind == "work" and cell.start <= start < cell.end
                }
            )
            slots.append(CoverageSlot(start, planned + short.get((day_index, start), 0), planned))
        coverage.append(CoverageDay(day, tuple(slots)))
    return RosterSheet(
        bureau=BUREAU,
        point_name=POINT,
        week=WEEK,
        dates=dates,
        version=3,
        published_at=datetime(2026, 11, 27, 16, 5) if published else None,
        rows=tuple(rows),
        coverage=tuple(coverage),
        supervisor=supervisor,
    )


def pdf_pages(path) -> list[tuple[float, float, str]]:
    """(width mm, height mm, text without white space) of each page as a viewer shows it."""
    reader = pypdf.PdfReader(str(path))
    pages = []
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if (page.rotation or 0) % 180:
            width, height = height, width
        pages.append((width * 25.4 / 72, height * 25.4 / 72, "".join(page.extract_text().split())))
    return pages


def assert_a4_landscape(pages):
    for width, height, _text in pages:
        assert width == pytest.approx(A4_LANDSCAPE_MM[0], abs=0.5)
        assert height == pytest.approx(A4_LANDSCAPE_MM[1], abs=0.5)


def test_a_published_week_prints_every_name_date_and_its_version(qapp, tmp_path):
    sheet = demo_sheet()
    path = tmp_path / "week.pdf"
    assert roster_print.render_pdf([sheet], path) == 1
    pages = pdf_pages(path)
    assert len(pages) == 1
    assert_a4_landscape(pages)
    text = pages[0][2]
    for row in sheet.rows:
        assert row.name in text and row.code in text, row.name
    for day, weekday in zip(sheet.dates, "一二三四五六日", strict=True):
        assert f"周{weekday}{day.month}月{day.day}日" in text
    assert BUREAU in text and f"{POINT}窗口排班表" in text
    assert "2026年第49周（2026-W49）" in text and "2026年11月30日—12月6日" in text
    assert "第3版发布于2026-11-2716:05" in text
    assert "草稿" not in text
    # Each cell as it reads: shift and window; each shift's times once, in the legend.
    hours = roster_print.shift_times(sheet)
    assert hours and hours["全天"] == "9:00–17:00" and f"全天 {hours['全天']}".replace(" ", "") in text
    for row in sheet.rows:
        for cell in row.days:
            if cell.kind == "work":
                assert f"{cell.shift_name}{cell.window}" in text, (row.name, cell)
                assert hours[cell.shift_name] == cell.times_text
    leave = sum(cell.kind == "leave" for row in sheet.rows for cell in row.days)
    assert text.count("休假") == leave + 2  # and twice in the legend: 休假：请假、年休假等
    assert "值班长：周海燕" in text and "值班长签字：" in text and "日期：" in text
    assert "第1页/共1页" in text


def test_in_english_every_printed_date_names_its_month(qapp, tmp_path):
    """The sheet follows the interface language: Mon Nov 30, never 11/30 (read as 11 March elsewhere)."""
    path = tmp_path / "week.pdf"
    i18n.install(qapp, "en")
    try:
        roster_print.render_pdf([demo_sheet()], path)
    finally:
        i18n.install(qapp, "zh_CN")
    text = pdf_pages(path)[0][2]
    for day in demo_sheet().dates:
        assert f"{day:%a%b}{day.day}" in text  # MonNov30 in the grid's heading and the coverage strip
        assert f"{day:%a}{day.month}/{day.day}" not in text  # not Mon11/30
    assert "Nov30,2026–Dec6" in text and "2026-W49" in text and "11/30/2026" not in text


def test_the_bundled_font_is_embedded_so_the_chinese_is_text(qapp, tmp_path):
    path = tmp_path / "week.pdf"
    roster_print.render_pdf([demo_sheet()], path)
    page = pypdf.PdfReader(str(path)).pages[0]
    fonts = page["/Resources"]["/Font"]
    names = [str(fonts[key].get_object()["/BaseFont"]) for key in fonts]
    assert names and all("WenQuanYi" in name for name in names), names


def test_a_draft_says_so_in_its_title_block_and_footer(qapp, tmp_path):
    path = tmp_path / "draft.pdf"
    roster_print.render_pdf([demo_sheet(published=False)], path)
    ((_w, _h, text),) = pdf_pages(path)
    assert "第3版草稿（未发布）" in text
    assert "草稿：未发布，不作为排班依据" in text
    assert "发布于" not in text


def test_the_branch_staff_are_a_block_of_their_own_after_the_hall(qapp, tmp_path):
    sheet = demo_sheet()
    path = tmp_path / "week.pdf"
    roster_print.render_pdf([sheet], path)
    ((_w, _h, text),) = pdf_pages(path)
    hall_heading, branch_heading = text.index("本厅人员（12人）"), text.index("分局轮值人员·潮汐窗口（8人）")
    assert hall_heading < min(text.index(row.name) for row in sheet.hall_rows)
    assert max(text.index(row.name) for row in sheet.hall_rows) < branch_heading
    assert branch_heading < min(text.index(row.name) for row in sheet.branch_rows)
    assert roster_print.layout_plan(sheet) == [[row.code for row in sheet.hall_rows + sheet.branch_rows]]


def test_forty_five_staff_run_on_to_more_pages_each_with_the_header(qapp, tmp_path):
    sheet = demo_sheet(hall=30, branch=15)
    path = tmp_path / "big.pdf"
    count = roster_print.render_pdf([sheet], path)
    pages = pdf_pages(path)
    assert count == len(pages) == roster_print.page_count(sheet) >= 2
    assert_a4_landscape(pages)
    for number, (_w, _h, text) in enumerate(pages, 1):
        assert f"{POINT}窗口排班表" in text and "2026-W49" in text and "第3版发布于" in text
        assert f"第{number}页/共{count}页" in text
    everything = "".join(text for _w, _h, text in pages)
    for row in sheet.rows:
        assert everything.count(row.code) == 1, row.code  # each person once, nobody lost at a page break
    plan = roster_print.layout_plan(sheet)
    assert [code for page in plan for code in page] == [r.code for r in sheet.hall_rows + sheet.branch_rows]
    assert all(page for page in plan[:-1])
    for number, (_w, _h, text) in enumerate(pages, 1):
        if plan[number - 1]:
            assert "姓名工号" in text  # the grid's heading again on every page with staff
    continued = [text for _w, _h, text in pages[1:] if "（续）" in text]
    assert continued  # a block running on is headed again, marked 续
    assert "窗口覆盖" in pages[-1][2] and "值班长签字" in pages[-1][2]
    assert all("值班长签字" not in text for _w, _h, text in pages[:-1])


def test_painting_without_new_pages_never_drops_staff(qapp):
    image = QImage(1169, 827, QImage.Format.Format_RGB32)  # A4 landscape at 100 dpi
    image.setDotsPerMeterX(3937)
    image.setDotsPerMeterY(3937)
    painter = QPainter(image)
    try:
        rect = QRectF(image.rect())
        assert roster_print.paint(painter, demo_sheet(), rect) == 1
        with pytest.raises(ValueError, match="pages"):
            roster_print.paint(painter, demo_sheet(hall=30, branch=15), rect)
    finally:
        painter.end()


def test_a_shortfall_is_marked_only_where_fewer_windows_are_planned_than_required(qapp):
    sheet = demo_sheet(short={(0, time(9, 30)): 2, (4, time(15, 30)): 1, (5, time(11)): 3})
    marked = set()
    for day_index, (day, marks) in enumerate(roster_print.coverage_marks(sheet)):
        assert day == sheet.dates[day_index]
        coverage = {slot.start: slot for slot in sheet.coverage_on(day).slots}
        assert len(marks) == len(sheet.slot_starts)
        for start, mark in zip(sheet.slot_starts, marks, strict=True):
            slot = coverage.get(start)
            if slot is None:
                assert mark is None
                continue
            assert mark.marked == (slot.planned < slot.required)
            # Never "12/14 缺2", which reads as a date: the windows planned, or how many are short.
            assert mark.text == (f"缺 {slot.required - slot.planned}" if mark.marked else str(slot.planned))
            if mark.marked:
                marked.add((day_index, start, mark.text))
    assert {(d, s) for d, s, _t in marked} == {(0, time(9, 30)), (4, time(15, 30)), (5, time(11))}
    assert any(text == "缺 3" for _d, _s, text in marked)
    # Over-cover and exact cover are not marked; Sunday (closed) has no half-hours at all.
    over = RosterSheet(
        **{**sheet.__dict__, "coverage": (CoverageDay(MONDAY, (CoverageSlot(time(9), 2, 5),)),)}
    )
    ((_day, (mark,)), *rest) = roster_print.coverage_marks(over)
    assert not mark.marked and mark.text == "5"
    assert all(marks == [None] for _day, marks in rest)


def test_the_printed_coverage_strip_says_how_many_windows_are_short(qapp, tmp_path):
    sheet = demo_sheet(short={(1, time(10)): 2, (3, time(14, 30)): 1})
    path = tmp_path / "short.pdf"
    roster_print.render_pdf([sheet], path)
    ((_w, _h, text),) = pdf_pages(path)
    assert text.count("缺2") == 1 and text.count("缺1") == 1
    assert re.search(r"\d/\d", text) is None  # nothing that reads like a date but the dates
    # Saturday is a row of the strip (by its weekday) as well as a column of the grid; Sunday (closed) is
    # only the column.
    assert text.count("周六12月5日") == 1 and re.search(r"周六\d", text)  # the strip's row: its windows
    assert text.count("周日") == 1


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_demo_halls_week_of_34_people_is_one_page_with_day_labels_on_one_line(qapp, tmp_path, language):
    previous = i18n.current()
    i18n.install(qapp, language)
    try:
        # The demo hall: 18 of its own staff and 16 branch staff on the tidal rotation, a December week
        # (the longest dates: 12月14日).
        base = demo_sheet(hall=18, branch=16, published=False)
        monday = date(2026, 12, 14)
        dates = tuple(monday + timedelta(days=i) for i in range(7))
        coverage = tuple(CoverageDay(dates[i], entry.slots) for i, entry in enumerate(base.coverage))
        sheet = RosterSheet(**{**base.__dict__, "week": "2026-W51", "dates": dates, "coverage": coverage})
        path = tmp_path / "demo.pdf"
        assert roster_print.page_count(sheet) == 1 == roster_print.render_pdf([sheet], path)
        ((width, height, text),) = pdf_pages(path)
        assert (width, height) == pytest.approx(A4_LANDSCAPE_MM, abs=0.5)
        assert all(text.count(row.code) == 1 for row in sheet.rows)
        assert ("草稿" if language == "zh" else "Draft") in text
        rect = QRectF(0, 0, 3508, 2480)  # A4 landscape at 300 dpi
        page, grid, _plans = roster_print._fit(roster_print.probe_device(300), rect, sheet)
        width = grid.day_width - 2 * page.smm(roster_print.CELL_PAD_MM)
        for day in dates:
            head = roster_print._day_head_fitting(page, day, width)
            assert page.text(head, roster_print.HEAD_MM, width, bold=True).layout.lineCount() == 1, head
            label = page.text(i18n.weekday(day), roster_print.COVER_MM, grid.name_width)
            assert label.layout.lineCount() == 1
    finally:
        i18n.install(qapp, previous)


def test_a_day_on_duty_prints_the_dutys_short_name_instead_of_a_window(qapp, tmp_path):
    base = demo_sheet(hall=4, branch=2)
    first = base.rows[0]
    cells = list(first.days)
    cells[1] = DayCell.shift("全天", time(9), time(17), None, "后台", "back_office")
    cells[3] = DayCell.split(
        [
            CellPart("上午", time(9), time(12), 4, "", ""),
            CellPart("下午", time(13, 30), time(17), None, "导税", "guidance"),
        ]
    )
    rows = (SheetRow(first.name, first.code, first.home_unit, tuple(cells)), *base.rows[1:])
    sheet = RosterSheet(**{**base.__dict__, "rows": rows})
    path = tmp_path / "duty.pdf"
    roster_print.render_pdf([sheet], path)
    ((_w, _h, text),) = pdf_pages(path)
    assert text.count("后台") == 1 and roster_print._badge(cells[1]) == ("后台", False)
    assert "4·导税" in text and roster_print._badge(cells[3]) == ("4·导税", False)
    assert roster_print._badge(DayCell.off()) == ("", False)


def test_printing_and_the_print_preview_use_a4_landscape(qapp, qtbot, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert roster_print.print_sheets([demo_sheet(), demo_sheet(hall=30, branch=15)], printer) >= 3
    pages = pdf_pages(tmp_path / "printed.pdf")
    assert len(pages) >= 3
    assert_a4_landscape(pages)
    assert "第1页/共1页" in pages[0][2] and "第1页/共" in pages[1][2]

    preview_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(preview_printer)
    qtbot.addWidget(dialog)
    sheet = demo_sheet(hall=30, branch=15)
    dialog.paintRequested.connect(lambda target: roster_print.print_sheets([sheet], target))
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == roster_print.page_count(sheet)
    assert preview_printer.pageLayout().orientation().name == "Landscape"


def test_several_points_go_into_one_pdf_each_from_a_new_page(qapp, tmp_path):
    other = RosterSheet(**{**demo_sheet(hall=5, branch=0).__dict__, "point_name": "青山镇丰收微税厅"})
    path = tmp_path / "two.pdf"
    assert roster_print.render_pdf([demo_sheet(), other], path) == 2
    first, second = pdf_pages(path)
    assert POINT in first[2] and "青山镇丰收微税厅" in second[2] and "分局轮值人员" not in second[2]


def test_bad_output_and_bad_sheets_say_what_is_wrong(qapp, tmp_path):
    missing = tmp_path / "no" / "such.pdf"
    with pytest.raises(FileNotFoundError, match="does not exist"):
        roster_print.render_pdf([demo_sheet()], missing)
    assert not missing.parent.exists()
    with pytest.raises(ValueError, match="no roster sheets"):
        roster_print.render_pdf([], tmp_path / "empty.pdf")
    good = demo_sheet().__dict__
    with pytest.raises(InvalidInput, match="starts week 2026-W49"):
        RosterSheet(**{**good, "week": "2026-W50"})
    with pytest.raises(InvalidInput, match="7 dates"):
        RosterSheet(**{**good, "dates": good["dates"][:6]})
    with pytest.raises(InvalidInput, match="7 days"):
        SheetRow("王建国", "YX001", HALL, (DayCell.off(),) * 6)
    with pytest.raises(InvalidInput, match="hall or branch"):
        SheetRow("王建国", "YX001", "township", (DayCell.off(),) * 7)
    with pytest.raises(InvalidInput, match="name, start and end"):
        DayCell("work", "早班")


def test_the_command_line_prints_a_solved_week_with_every_name_and_date(
    qapp, network_db, tmp_path, capsys, monkeypatch
):
    from signing_in import sign_in_as
    from synthetic_history import write_history

    from taxdesk.cli import main
    from taxdesk.core.roster import store

    write_history(network_db, date(2025, 4, 21), date(2025, 6, 29), seed=3)
    url, week = network_db.url, "2025-W27"
    sign_in_as(monkeypatch, network_db, "H01")  # solving stores the draft: a supervisor signs in
    assert main(["--db", url, "roster", "solve", "--point", "HALL", "--week", week]) == 0
    pdf = tmp_path / "roster.pdf"
    assert main(["--db", url, "roster", "print", "--point", "HALL", "--week", week, "--pdf", str(pdf)]) == 0
    assert str(pdf) in capsys.readouterr().out
    pages = pdf_pages(pdf)
    assert_a4_landscape(pages)
    text = "".join(page[2] for page in pages)
    stored = store.latest(network_db, "HALL", week)
    assert all(a.name in text for a in stored.assignments)
    assert "草稿" in text and "2025-W27" in text and "6月30日" in text


def test_the_demo_halls_week_with_split_days_stays_one_page(qapp, tmp_path):
    """The demo hall's own staff spend half-days on duties: a morning at a window and an afternoon at the
    back office prints as "上午+下午" with "4·后台", two lines like a whole day, so 34 people still fit."""
    base = demo_sheet(hall=18, branch=16, published=False)
    split = DayCell.split(
        [
            CellPart("上午（潮汐）", time(8, 30), time(12), 4, "", ""),
            CellPart("下午（潮汐）", time(13, 30), time(17), None, "后台", "back_office"),
        ]
    )
    rows = []
    for number, row in enumerate(base.rows):
        cells = list(row.days)
        if row.home_unit == HALL:
            for day in range(5):
                if cells[day].kind == "work" and (number + day) % 2 == 0:
                    cells[day] = split
        rows.append(SheetRow(row.name, row.code, row.home_unit, tuple(cells)))
    sheet = RosterSheet(**{**base.__dict__, "rows": tuple(rows)})
    assert sum(cell is split for row in rows for cell in row.days) >= 30
    assert roster_print._shift_text(split) == "上午+下午" and roster_print._badge(split) == ("4·后台", False)
    path = tmp_path / "split.pdf"
    assert roster_print.page_count(sheet) == 1 == roster_print.render_pdf([sheet], path)
    ((_w, _h, text),) = pdf_pages(path)
    assert "上午+下午" in text and "4·后台" in text


def test_a_shift_name_with_two_clock_times_keeps_the_times_in_every_cell(qapp, tmp_path):
    base = demo_sheet(hall=4, branch=2)
    first = base.rows[0]
    cells = list(first.days)
    cells[1] = DayCell.shift("全天", time(8), time(16), 3)  # 全天 elsewhere is 9:00–17:00
    rows = (SheetRow(first.name, first.code, first.home_unit, tuple(cells)), *base.rows[1:])
    sheet = RosterSheet(**{**base.__dict__, "rows": rows})
    assert roster_print.shift_times(sheet) is None
    path = tmp_path / "times.pdf"
    roster_print.render_pdf([sheet], path)
    ((_w, _h, text),) = pdf_pages(path)
    assert "8:00–16:00" in text and "班次时间" not in text
