"""The A4 service list (服务清单): what a taxpayer reads on the counter, read back from the PDF by pypdf."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from taxdesk.cli import main
from taxdesk.core import network_edit
from taxdesk.core.db import Database
from taxdesk.core.demo import populate
from taxdesk.core.demo.catalogue import SERVICES, TOWNSHIP_SERVICES
from taxdesk.core.network_edit import ServiceRecord
from taxdesk.core.roles import Actor
from taxdesk.core.service_sheet import HALL_ONLY_NOTE, sheet_for
from taxdesk.gui.network import service_sheet

EDITOR = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who edits the network

A4_MM = (210.0, 297.0)


@pytest.fixture
def network_sqlite(sqlite_url):
    db = Database(sqlite_url)
    populate(db, history_days=0)
    yield db
    db.dispose()


def pdf_pages(path: Path) -> list[tuple[float, float, str]]:
    """(width mm, height mm, text without white space) of each page, read by an independent reader."""
    reader = pypdf.PdfReader(str(path))
    return [
        (
            float(page.mediabox.width) * 25.4 / 72,
            float(page.mediabox.height) * 25.4 / 72,
            "".join(page.extract_text().split()),
        )
        for page in reader.pages
    ]


def assert_a4(pages):
    for width, height, _text in pages:
        assert width == pytest.approx(A4_MM[0], abs=0.5) and height == pytest.approx(A4_MM[1], abs=0.5)


def test_a_township_points_sheet_lists_what_it_offers_and_nothing_else(qapp, network_sqlite, tmp_path):
    network_edit.set_offered_at(
        network_sqlite, "QSZX", ["HALL", "T01"], actor=EDITOR
    )  # hall-only: intake at T01
    path = tmp_path / "T01.pdf"
    assert service_sheet.save_pdf(sheet_for(network_sqlite, "T01"), path) == 1
    pages = pdf_pages(path)
    assert len(pages) == 1
    assert_a4(pages)
    text = pages[0][2]
    by_code = {s.code: s.name for s in SERVICES}
    for code in (*TOWNSHIP_SERVICES, "QSZX"):
        assert by_code[code] in text, by_code[code]
    for code in ("ESFS", "QS", "CKTS", "FPYJ"):  # offered at the hall only
        assert by_code[code] not in text
    assert "青山镇丰收微税厅" in text and "服务事项清单" in text and "国家税务总局云溪县税务局" in text
    assert "08:30–12:0013:00–16:30" in text and "0578-6501366" in text
    assert HALL_ONLY_NOTE in text  # QSZX, and the note explaining it
    assert "约5分钟" in text and "《代开增值税发票缴纳税款申报单》" in text
    assert "第1页/共1页" in text


def test_the_halls_sheet_fits_one_page_and_sends_nobody_elsewhere(qapp, network_sqlite, tmp_path):
    path = tmp_path / "hall.pdf"
    assert service_sheet.save_pdf(sheet_for(network_sqlite, "HALL"), path) == 1
    (page,) = pdf_pages(path)
    assert all(s.name in page[2] for s in SERVICES)
    assert HALL_ONLY_NOTE not in page[2]


def test_a_list_too_long_for_one_page_runs_on_with_its_heading_repeated(qapp, network_sqlite, tmp_path):
    long_documents = tuple(f"第{i}项证明材料（复印件加盖公章，原件备查）" for i in range(1, 7))
    for number in range(30):
        network_edit.create_service(
            network_sqlite,
            ServiceRecord(
                code=f"EX{number:02d}",
                name=f"扩展测试业务{number:02d}号",
                name_en="",
                category="GEN",
                avg_handling_min=10,
                documents=long_documents,
                offered_at=("T02",),
            ),
            actor=EDITOR,
        )
    sheet = sheet_for(network_sqlite, "T02")
    path = tmp_path / "long.pdf"
    count = service_sheet.save_pdf(sheet, path)
    pages = pdf_pages(path)
    assert count == len(pages) >= 2 and service_sheet.page_count(sheet) == count
    assert_a4(pages)
    everything = "".join(text for _w, _h, text in pages)
    for category in sheet.categories:
        for service in category.services:
            assert service.name in everything, service.name
    assert all(everything.count(f"扩展测试业务{n:02d}号") == 1 for n in range(30))  # each row once
    assert "服务事项清单（续）" in pages[1][2] and "综合服务（续）" in pages[1][2]
    assert f"第2页/共{count}页" in pages[1][2]


def test_printing_goes_to_a4_on_any_printer(qapp, network_sqlite, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert service_sheet.print_sheet(sheet_for(network_sqlite, "YS01"), printer) == 1
    pages = pdf_pages(tmp_path / "printed.pdf")
    assert_a4(pages)
    assert "银税e站" in pages[0][2] and "完税证明开具" in pages[0][2]


def test_the_command_line_writes_the_sheet_and_keeps_its_json(qapp, network_sqlite, tmp_path, capsys):
    path = tmp_path / "t05.pdf"
    assert main(["--db", network_sqlite.url, "services", "--point", "T05", "--pdf", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"T05: 14 services → {path} (1 page(s), A4)"
    assert "桃源镇丰收微税厅" in pdf_pages(path)[0][2]
    assert main(["--db", network_sqlite.url, "services", "--point", "T05", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 14
    assert main(["--db", network_sqlite.url, "services", "--point", "T99", "--pdf", str(path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    missing = tmp_path / "no" / "such.pdf"
    assert main(["--db", network_sqlite.url, "services", "--point", "T05", "--pdf", str(missing)]) == 2
    assert not missing.parent.exists()
