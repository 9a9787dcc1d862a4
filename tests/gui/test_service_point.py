"""The service point page (服务点) as a township agent uses it: type to find a service, read what to bring,
print the counter sheet."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import Qt

from taxdesk.core import network_edit
from taxdesk.core.db import Database
from taxdesk.core.demo import populate
from taxdesk.core.demo.catalogue import TOWNSHIP_SERVICES
from taxdesk.gui.live import LiveUpdates
from taxdesk.gui.network.service_point import ServicePointPage

WAIT_MS = 10000


@pytest.fixture
def network_sqlite(sqlite_url):
    db = Database(sqlite_url)
    populate(db, history_days=0)
    yield db
    db.dispose()


@pytest.fixture
def page(qtbot, network_sqlite, make_context):
    widget = ServicePointPage(make_context(network_sqlite, "T01"))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.load()
    qtbot.waitUntil(lambda: len(widget.visible_codes()) == len(TOWNSHIP_SERVICES), timeout=WAIT_MS)
    yield widget
    widget.stop()


def search(qtbot, page, text):
    """Type into the search box (Chinese arrives from the input method as one insertion)."""
    page.ui.searchEdit.clear()
    if text.isascii():
        qtbot.keyClicks(page.ui.searchEdit, text)
    else:
        page.ui.searchEdit.insert(text)
    return page.visible_codes()


def test_the_page_shows_the_point_and_its_services(page):
    assert page.ui.pointLabel.text() == "青山镇丰收微税厅"
    assert "青山街88号" in page.ui.infoLabel.text() and "08:30–12:00" in page.ui.infoLabel.text()
    assert page.visible_codes() == list(_catalogue_order(TOWNSHIP_SERVICES))
    assert page.ui.countLabel.text() == "共 14 项业务"
    assert page.selected_code() == page.visible_codes()[0]  # the first is shown at once


def _catalogue_order(codes):
    from taxdesk.core.demo.catalogue import SERVICES

    return [s.code for s in SERVICES if s.code in codes]


def test_typing_filters_by_chinese_pinyin_and_initials(qtbot, page):
    assert search(qtbot, page, "发票") == ["FPLY", "DKFP"]
    assert page.ui.countLabel.text() == "找到 2 项（共 14 项）"
    assert search(qtbot, page, "dkfp") == ["DKFP"]
    assert page.ui.nameLabel.text() == "代开增值税发票"  # the only match is selected and shown
    assert search(qtbot, page, "SHEBAO")[0] == "SBJF"
    assert search(qtbot, page, "sb")[0] == "SBJF"
    assert search(qtbot, page, "医保") == ["YBJF"]
    assert search(qtbot, page, "二手房") == []  # a hall-only service this point does not offer
    assert page.ui.nameLabel.text() == "没有找到相符的业务"
    page.ui.searchEdit.clear()
    assert len(page.visible_codes()) == 14


def test_the_selected_service_shows_time_documents_and_where_it_ends(qtbot, page, network_sqlite):
    search(qtbot, page, "代开")
    assert page.ui.minutesLabel.text() == "平均办理约 5 分钟"
    documents = [page.ui.documentsList.item(i).text() for i in range(page.ui.documentsList.count())]
    assert documents[0] == "① 《代开增值税发票缴纳税款申报单》" and len(documents) == 4
    assert page.ui.hallOnlyLabel.isHidden()

    network_edit.set_offered_at(network_sqlite, "QSZX", ["HALL", "T01"])  # hall-only, intake here
    page.ui.searchEdit.clear()
    page.load()
    qtbot.waitUntil(lambda: "QSZX" in page.visible_codes(), timeout=WAIT_MS)
    search(qtbot, page, "qszx")
    assert page.ui.nameLabel.text() == "清税注销"
    assert not page.ui.hallOnlyLabel.isHidden()
    assert page.ui.hallOnlyLabel.text().startswith("须到办税服务厅办结")


def test_the_selection_survives_a_search_that_still_shows_it(qtbot, page):
    items = page.ui.serviceList
    items.setCurrentRow(page.visible_codes().index("SBJF"))
    assert page.selected_code() == "SBJF"
    search(qtbot, page, "jiaona")  # 缴纳: SBJF is among the results, but not first
    assert page.visible_codes()[0] != "SBJF" and "SBJF" in page.visible_codes()
    assert page.selected_code() == "SBJF"
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    assert items.hasFocus() or not page.isActiveWindow()


def test_printing_the_list_to_pdf_from_the_page(qtbot, page, tmp_path):
    path = tmp_path / "清单.pdf"
    with qtbot.waitSignal(page.status_message, timeout=WAIT_MS) as saved:
        page.save_pdf(path)
    assert str(path) in saved.args[0] and "14 项业务" in saved.args[0]
    reader = pypdf.PdfReader(str(path))
    text = "".join(reader.pages[0].extract_text().split())
    assert "青山镇丰收微税厅" in text and "代开增值税发票" in text and "二手房交易税费" not in text


def test_the_print_preview_shows_the_sheet(qtbot, page):
    page.print_preview()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=WAIT_MS)
    assert "青山镇丰收微税厅" in page.preview.windowTitle()
    page.preview.reject()
    qtbot.waitUntil(lambda: page.preview is None, timeout=WAIT_MS)


def test_a_change_elsewhere_reaches_the_page(qtbot, network_sqlite, make_context, runner):
    live = LiveUpdates(network_sqlite)
    widget = ServicePointPage(make_context(network_sqlite, "T01", live))
    qtbot.addWidget(widget)
    live.start()
    try:
        widget.load()
        qtbot.waitUntil(lambda: len(widget.visible_codes()) == 14, timeout=WAIT_MS)
        network_edit.set_offered_at(network_sqlite, "FPYJ", ["HALL", "T01"])
        qtbot.waitUntil(lambda: "FPYJ" in widget.visible_codes(), timeout=WAIT_MS)
    finally:
        widget.stop()
        live.stop()
        runner.wait()
