"""The network editor (服务网络) as a supervisor uses it: forms that say what is wrong before saving,
import and export that change all or nothing."""

from __future__ import annotations

import csv
import shutil

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from taxdesk.core import network_edit
from taxdesk.core.db import Database
from taxdesk.core.db.models import Category
from taxdesk.core.demo import populate
from taxdesk.core.demo.catalogue import CATEGORIES
from taxdesk.core.errors import TaxDeskError
from taxdesk.core.roles import Actor
from taxdesk.gui import i18n
from taxdesk.gui.network.editor import NetworkEditor

EDITOR = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who edits the network

WAIT_MS = 10000


@pytest.fixture
def network_sqlite(sqlite_url):
    db = Database(sqlite_url)
    populate(db, history_days=0)
    yield db
    db.dispose()


def open_editor(qtbot, context) -> NetworkEditor:
    editor = NetworkEditor(context)
    qtbot.addWidget(editor)
    editor.resize(1300, 700)
    editor.show()
    editor.load()
    return editor


@pytest.fixture
def editor(qtbot, network_sqlite, make_context):
    widget = open_editor(qtbot, make_context(network_sqlite))
    qtbot.waitUntil(lambda: widget.points_model.rowCount() == 13, timeout=WAIT_MS)
    yield widget
    widget.stop()


def snapshot(db):
    return network_edit.all_points(db), network_edit.all_services(db)


def point(db, code):
    return next(p for p in network_edit.all_points(db) if p.code == code)


def save_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def retype(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_the_editor_lists_points_and_services(editor):
    assert editor.services_model.rowCount() == 24
    model = editor.points_model
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[:3] == ["HALL", "云溪县办税服务厅", "办税服务厅"] and first[7] == "启用"
    assert not editor.ui.editPointButton.isEnabled()
    editor.select("points", "T01")
    assert editor.ui.editPointButton.isEnabled() and editor.ui.togglePointButton.text() == "停用"


def test_opening_hours_get_a_hint_and_a_valid_change_is_saved(qtbot, editor, network_sqlite):
    editor.select("points", "T01")
    dialog = editor.edit_point()
    assert dialog.ui.codeEdit.isReadOnly() and dialog.ui.hoursEdit.text() == "08:30-12:00,13:00-16:30"
    before = snapshot(network_sqlite)

    retype(qtbot, dialog.ui.hoursEdit, "25:00-26:00")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    hint = dialog.hint_text("opening_hours")
    assert "「25:00」不是有效时刻" in hint
    assert dialog.isVisible() and editor.dialog is dialog
    assert snapshot(network_sqlite) == before

    retype(qtbot, dialog.ui.hoursEdit, "08:30-12:00,12:00-11:00")
    dialog.check_field("opening_hours")
    assert "「12:00-11:00」的结束时间须晚于开始时间" in dialog.hint_text("opening_hours")

    retype(qtbot, dialog.ui.hoursEdit, "8:00-12:00, 13:00 - 17:30")
    assert dialog.hint_text("opening_hours") == ""  # the hint goes as soon as the text is right
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dialog is None, timeout=WAIT_MS)  # saved and closed
    assert point(network_sqlite, "T01").opening_hours == "08:00-12:00,13:00-17:30"
    qtbot.waitUntil(
        lambda: (
            editor.points_model.index(editor.points_model.row_of("T01"), 4).data()
            == "08:00-12:00,13:00-17:30"
        ),
        timeout=WAIT_MS,
    )


def test_adding_a_point_checks_its_code_here_and_in_the_database(qtbot, editor, network_sqlite):
    dialog = editor.add_point()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)  # focus moves only in the active window
    dialog.ui.codeEdit.setFocus()
    retype(qtbot, dialog.ui.codeEdit, "t-1")
    dialog.ui.nameEdit.setFocus()  # leaving the field checks it
    assert "服务点代码须为 2 到 16 位大写字母或数字" in dialog.hint_text("code")

    retype(qtbot, dialog.ui.codeEdit, "t01")  # well-formed, but taken: only the database can say
    dialog.ui.nameEdit.insert("新村丰收微税厅")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.hint_text("code") != "", timeout=WAIT_MS)
    assert dialog.hint_text("code") == "服务点代码 T01 已被使用。"
    assert save_button(dialog).isEnabled()

    retype(qtbot, dialog.ui.codeEdit, "t12")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.points_model.row_of("T12") >= 0, timeout=WAIT_MS)
    assert point(network_sqlite, "T12").name == "新村丰收微税厅"


def test_deactivating_a_point_greys_it_out(qtbot, editor, network_sqlite):
    editor.select("points", "T07")
    editor.toggle_point(confirm=False)
    row = lambda: editor.points_model.row_of("T07")  # noqa: E731
    qtbot.waitUntil(lambda: editor.points_model.index(row(), 7).data() == "已停用", timeout=WAIT_MS)
    assert not point(network_sqlite, "T07").active
    assert editor.ui.togglePointButton.text() == "重新启用"


def test_a_service_is_edited_and_offered_at_chosen_points(qtbot, editor, network_sqlite):
    editor.ui.tabs.setCurrentIndex(1)
    editor.select("services", "QSZX")
    dialog = editor.edit_service()
    assert dialog.ui.hallOnlyCheck.isChecked() and dialog.offered_at() == ("HALL",)
    dialog.set_offered_at(["HALL", "T03"])
    dialog.ui.minutesSpin.setValue(18)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dialog is None, timeout=WAIT_MS)  # saved and closed
    stored = next(s for s in network_edit.all_services(network_sqlite) if s.code == "QSZX")
    assert stored.offered_at == ("HALL", "T03") and stored.avg_handling_min == 18 and stored.hall_only


def _write_rows(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


def test_importing_a_csv_with_a_bad_row_says_which_row_and_changes_nothing(
    qtbot, editor, network_sqlite, tmp_path
):
    path = tmp_path / "points.csv"
    with qtbot.waitSignal(editor.status_message, timeout=WAIT_MS):
        editor.export_file("points", path)
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines()))
    rows[1][1] = "改名的大厅"
    rows[4][5] = "25:00-26:00"  # spreadsheet row 5
    _write_rows(path, rows)
    before = snapshot(network_sqlite)
    editor.import_file("points", path)
    qtbot.waitUntil(lambda: editor.message_box is not None, timeout=WAIT_MS)
    text = editor.message_box.text()
    assert text.startswith("第 5 行「opening_hours」列：营业时间中的「25:00」不是有效时刻")
    assert editor.message_box.windowTitle() == "导入失败，未做任何更改"
    assert snapshot(network_sqlite) == before


def test_export_then_import_round_trip_through_the_editor(
    qtbot, editor, network_sqlite, tmp_path, sqlite_template, make_context, runner
):
    points, services = tmp_path / "points.xlsx", tmp_path / "services.csv"
    for table, path in (("points", points), ("services", services)):
        with qtbot.waitSignal(editor.status_message, timeout=WAIT_MS) as done:
            editor.export_file(table, path)
        assert str(path) in done.args[0]

    fresh_path = tmp_path / "fresh.sqlite3"
    shutil.copy(sqlite_template, fresh_path)
    fresh = Database(f"sqlite:///{fresh_path}")
    with fresh.session() as session:  # a new installation has its queue categories, nothing else
        assert len(session.scalars(select(Category)).all()) == len(CATEGORIES)
    other = open_editor(qtbot, make_context(fresh))
    try:
        qtbot.waitUntil(lambda: len(other.categories) == 6, timeout=WAIT_MS)
        other.import_file("points", points)
        qtbot.waitUntil(lambda: other.message_box is not None, timeout=WAIT_MS)
        assert "新增 13 个，更新 0 个，0 个未变" in other.message_box.text()
        other.message_box.accept()
        other.import_file("services", services)
        qtbot.waitUntil(lambda: other.services_model.rowCount() == 24, timeout=WAIT_MS)
        assert "新增 24 个" in other.message_box.text()
        assert snapshot(fresh) == snapshot(network_sqlite)
    finally:
        other.stop()
        runner.wait()
        fresh.dispose()


def _refusals(db, tmp_path):
    """One refusal for each message key the network editing and file rooms raise."""
    from dataclasses import replace

    from taxdesk.core import catalogue_io
    from taxdesk.core.network_edit import PointRecord, ServiceRecord

    good_point = PointRecord(code="T12", name="新点", kind="township")
    good_service = ServiceRecord("ZZ01", "新业务", "", "GEN", 5)
    (tmp_path / "bad.xlsx").write_bytes(b"junk")
    files = {
        "unknown_column.csv": [["code", "name", "kind", "colour"]],
        "missing_column.csv": [["code", "name"]],
        "repeated_column.csv": [["code", "name", "kind", "name"]],
        "empty.csv": [],
        "duplicate.csv": [["code", "name", "kind"], ["T01", "a", "township"], ["T01", "b", "township"]],
        "flag.csv": [["code", "name", "kind", "active"], ["T01", "a", "township", "maybe"]],
    }
    for name, rows in files.items():
        _write_rows(tmp_path / name, rows)
    attempts = [
        lambda: network_edit.create_point(db, replace(good_point, code="T-1"), actor=EDITOR),
        lambda: network_edit.create_point(db, replace(good_point, code="T01"), actor=EDITOR),
        lambda: network_edit.create_point(db, replace(good_point, name=" "), actor=EDITOR),
        lambda: network_edit.create_point(db, replace(good_point, kind="branch"), actor=EDITOR),
        lambda: network_edit.create_point(db, replace(good_point, address="路" * 200), actor=EDITOR),
        lambda: network_edit.create_point(db, replace(good_point, name="新\x00点"), actor=EDITOR),
        lambda: network_edit.create_point(db, replace(good_point, opening_hours="早上"), actor=EDITOR),
        lambda: network_edit.create_point(db, replace(good_point, opening_hours="25:00-26:00"), actor=EDITOR),
        lambda: network_edit.create_point(db, replace(good_point, opening_hours="12:00-08:00"), actor=EDITOR),
        lambda: network_edit.create_point(
            db, replace(good_point, opening_hours="08:00-12:00,11:00-13:00"), actor=EDITOR
        ),
        lambda: network_edit.create_service(db, replace(good_service, code="Z"), actor=EDITOR),
        lambda: network_edit.create_service(db, replace(good_service, code="DKFP"), actor=EDITOR),
        lambda: network_edit.create_service(db, replace(good_service, name=""), actor=EDITOR),
        lambda: network_edit.create_service(db, replace(good_service, avg_handling_min=999), actor=EDITOR),
        lambda: network_edit.create_service(db, replace(good_service, category="NOPE"), actor=EDITOR),
        lambda: network_edit.create_service(db, replace(good_service, offered_at=("T77",)), actor=EDITOR),
        lambda: catalogue_io.import_points(db, tmp_path / "points.txt", actor=EDITOR),
        lambda: catalogue_io.import_points(db, tmp_path / "missing.csv", actor=EDITOR),
        lambda: catalogue_io.import_points(db, tmp_path / "bad.xlsx", actor=EDITOR),
        lambda: catalogue_io.export_points(db, tmp_path / "nowhere" / "points.csv"),
        *(lambda name=name: catalogue_io.import_points(db, tmp_path / name, actor=EDITOR) for name in files),
    ]
    for attempt in attempts:
        with pytest.raises(TaxDeskError) as refused:
            attempt()
        yield refused.value


def test_every_refusal_reads_as_one_chinese_sentence(network_sqlite, tmp_path):
    from taxdesk.gui.messages import MESSAGES, describe_error, describe_import_error

    keys = set()
    for refusal in _refusals(network_sqlite, tmp_path):
        assert refusal.key in MESSAGES, refusal.key
        keys.add(refusal.key)
        sentence = describe_import_error(refusal)
        assert sentence != refusal.message and "{" not in sentence and "\n" not in sentence, sentence
        if "row" in refusal.params:
            assert sentence.startswith(f"第 {refusal.params['row']} 行"), sentence
        else:
            assert sentence == describe_error(refusal)
    assert keys == {
        *("point_code_invalid", "service_code_invalid", "point_exists", "service_exists"),
        *("point_name_required", "service_name_required", "text_too_long", "point_kind_invalid"),
        *("opening_hours_format", "opening_hours_time", "opening_hours_order", "opening_hours_overlap"),
        *("handling_time_range", "unknown_category", "unknown_point", "bad_flag", "duplicate_code"),
        *("file_format", "import_unreadable", "export_failed", "import_empty", "import_unknown_column"),
        *("import_repeated_column", "import_missing_column", "text_control"),
    }


# ------------------------------------------------------------------------------ a hall PC, both languages


def within_page(page, widget) -> bool:
    """Whether ``widget`` is shown and lies wholly inside the page (nothing cut off at its edge)."""
    top_left = widget.mapTo(page, QPoint(0, 0))
    return widget.isVisible() and page.rect().contains(QRect(top_left, widget.size()))


def full_rows(table) -> int:
    """How many rows the table's viewport shows whole, without scrolling."""
    model, height = table.model(), table.viewport().height()
    shown = [table.visualRect(model.index(row, 0)) for row in range(model.rowCount())]
    return sum(1 for rect in shown if rect.top() >= 0 and rect.bottom() < height)


def test_a_hall_pc_shows_every_point_and_the_buttons(qtbot, editor):
    editor.resize(1366, 690)
    qtbot.wait(50)
    ui = editor.ui
    assert full_rows(ui.pointsTable) == 13  # the whole demo network without scrolling
    for widget in (ui.addPointButton, ui.togglePointButton, ui.importPointsButton, ui.exportPointsButton):
        assert within_page(editor, widget), widget.objectName()
    assert within_page(editor, ui.pointsHint) and ui.pointsHint.height() >= ui.pointsHint.heightForWidth(
        ui.pointsHint.width()
    )  # the hint wraps instead of running off the page
    ui.tabs.setCurrentWidget(ui.servicesTab)
    qtbot.wait(50)
    assert full_rows(ui.servicesTable) >= 12
    assert within_page(editor, ui.withdrawServiceButton) and within_page(editor, ui.servicesHint)


def test_the_column_hints_follow_the_interface_language(editor):
    """The file's column names stay as the importer reads them; what they hold is said in Chinese."""
    hint = editor.ui.pointsHint.text()
    assert "code（代码）、name（名称）、kind（类型）" in hint and "opening_hours（营业时间）" in hint
    assert "英文列名" in hint and "Opening" not in hint
    assert "offered_at（办理网点）" in editor.ui.servicesHint.text()


def test_point_types_and_column_hints_in_english(qtbot, network_sqlite, make_context, qapp):
    i18n.install(qapp, "en")
    try:
        widget = open_editor(qtbot, make_context(network_sqlite))
        qtbot.waitUntil(lambda: widget.points_model.rowCount() == 13, timeout=WAIT_MS)
        model = widget.points_model
        kinds = {model.index(row, 0).data(): model.index(row, 2).data() for row in range(model.rowCount())}
        assert kinds["HALL"] == "Tax service hall"
        assert kinds["T01"] == "Township service point" and kinds["YS01"] == "Bank tax station"
        assert not {"hall", "township", "bank_station"} & set(kinds.values())
        hint = widget.ui.pointsHint.text()
        assert "bank_partner (Partner bank)" in hint and "opening_hours," in hint  # title only where new
        assert "（" not in hint and "合作银行" not in hint
        dialog = widget.add_point()
        combo = dialog.ui.kindCombo
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "Tax service hall",
            "Township service point",
            "Bank tax station",
        ]
        dialog.reject()
        widget.stop()
    finally:
        i18n.install(qapp, "zh_CN")
