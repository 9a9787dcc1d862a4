"""The service point page (服务点) as a township agent uses it: type to find a service, read what to bring,
print the counter sheet."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from taxdesk.core import network_edit
from taxdesk.core.db import Database
from taxdesk.core.demo import populate
from taxdesk.core.demo.catalogue import TOWNSHIP_SERVICES
from taxdesk.core.roles import Actor
from taxdesk.gui import i18n, theme
from taxdesk.gui.live import LiveUpdates
from taxdesk.gui.network.service_point import ServicePointPage

EDITOR = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who edits the network

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

    network_edit.set_offered_at(
        network_sqlite, "QSZX", ["HALL", "T01"], actor=EDITOR
    )  # hall-only, intake here
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
        network_edit.set_offered_at(network_sqlite, "FPYJ", ["HALL", "T01"], actor=EDITOR)
        qtbot.waitUntil(lambda: "FPYJ" in widget.visible_codes(), timeout=WAIT_MS)
    finally:
        widget.stop()
        live.stop()
        runner.wait()


# ------------------------------------------------------------------------------ a hall PC, both languages


def within_page(page, widget) -> bool:
    """Whether ``widget`` is shown and lies wholly inside the page (nothing cut off at its edge)."""
    top_left = widget.mapTo(page, QPoint(0, 0))
    return widget.isVisible() and page.rect().contains(QRect(top_left, widget.size()))


def _offer_clearance_here(qtbot, page, db):
    """QSZX (清税注销, hall-only) taken in at T01 too."""
    network_edit.set_offered_at(db, "QSZX", ["HALL", "T01"], actor=EDITOR)
    page.load()
    qtbot.waitUntil(lambda: "QSZX" in page.visible_codes(), timeout=WAIT_MS)


def test_hall_only_services_are_coloured_with_a_legend(qtbot, page, network_sqlite):
    assert page.ui.hallOnlyLegend.isHidden()  # no such service here yet: no legend
    _offer_clearance_here(qtbot, page, network_sqlite)
    legend = page.ui.hallOnlyLegend
    assert not legend.isHidden() and "须到办税服务厅办结" in legend.text()
    listing = page.ui.serviceList
    colours = {
        listing.item(row).data(Qt.ItemDataRole.UserRole): listing.item(row).foreground().color()
        for row in range(listing.count())
    }
    assert colours["QSZX"] == theme.colour("caution")  # the named colour, as the legend is drawn
    assert all(colour != theme.colour("caution") for code, colour in colours.items() if code != "QSZX")
    search(qtbot, page, "fapiao")  # the list shows no hall-only service: the legend goes
    assert legend.isHidden()


def test_at_the_hall_nothing_is_marked_to_be_finished_elsewhere(qtbot, network_sqlite, make_context):
    hall = ServicePointPage(make_context(network_sqlite, "HALL"))
    qtbot.addWidget(hall)
    hall.show()
    hall.load()
    qtbot.waitUntil(lambda: "QSZX" in hall.visible_codes(), timeout=WAIT_MS)
    assert hall.ui.hallOnlyLegend.isHidden()
    hall.ui.serviceList.setCurrentRow(hall.visible_codes().index("QSZX"))
    assert hall.ui.hallOnlyLabel.isHidden()
    hall.stop()


def test_the_details_speak_the_interface_language_only(page):
    assert page.selected_code() == "KQBG"
    assert page.ui.nameLabel.text() == "跨区域涉税事项报告"
    assert page.ui.metaLabel.text() == "A 综合服务　·　KQBG"  # no English name in a Chinese interface
    assert "Cross-region" not in page.ui.serviceList.item(0).toolTip()


def test_a_hall_pc_shows_the_list_details_and_buttons(qtbot, page, network_sqlite):
    _offer_clearance_here(qtbot, page, network_sqlite)
    page.resize(1366, 690)
    qtbot.wait(50)
    ui = page.ui
    shown = (ui.printButton, ui.pdfButton, ui.searchEdit, ui.serviceList, ui.hallOnlyLegend, ui.detailsBox)
    for widget in shown:
        assert within_page(page, widget), widget.objectName()
    listing = ui.serviceList
    assert listing.visualItemRect(listing.item(10)).bottom() < listing.viewport().height()  # 11 rows at least


def test_english_names_the_point_type_and_the_service(qtbot, network_sqlite, make_context, qapp):
    i18n.install(qapp, "en")
    try:
        widget = ServicePointPage(make_context(network_sqlite, "T01"))
        qtbot.addWidget(widget)
        widget.show()
        widget.load()
        qtbot.waitUntil(lambda: bool(widget.visible_codes()), timeout=WAIT_MS)
        assert widget.ui.infoLabel.text().startswith("Township service point")
        assert widget.ui.nameLabel.text() == "Cross-region business report"
        assert widget.ui.metaLabel.text() == "A General services　·　KQBG"
        widget.stop()
    finally:
        i18n.install(qapp, "zh_CN")
