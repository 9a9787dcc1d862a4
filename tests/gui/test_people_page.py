"""The people editor (人员与窗口) as an administrator uses it: forms that say what is wrong before saving,
people who leave but stay on record, passwords and windows, files that import all or nothing; and what a
window officer sees (nothing to change) and may do (nothing: the core refuses)."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialogButtonBox

from taxdesk.core import accounts, people
from taxdesk.core import windows_edit as we
from taxdesk.core.db import Database
from taxdesk.core.demo import populate
from taxdesk.core.errors import NotAllowed
from taxdesk.core.people import StaffRecord
from taxdesk.core.roles import Actor
from taxdesk.gui import i18n
from taxdesk.gui.people.page import PeoplePage
from taxdesk.gui.signin.session import DeskSession

WAIT_MS = 10000
ADMIN = Actor(staff_id=None, code="admin", name="系统管理员", roles=frozenset({"admin"}))
OFFICER = Actor(staff_id=None, code="H05", name="周敏", roles=frozenset({"window"}))
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def people_db(sqlite_url):
    db = Database(sqlite_url)
    populate(db, history_days=0)
    yield db
    db.dispose()


def open_page(qtbot, context) -> PeoplePage:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.resize(1366, 690)
    page.show()
    page.load()
    return page


@pytest.fixture
def page(qtbot, people_db, make_context):
    widget = open_page(qtbot, make_context(people_db))
    qtbot.waitUntil(lambda: widget.models["staff"].rowCount() > 40, timeout=WAIT_MS)
    yield widget
    widget.stop()


def save_button(dialog):
    return dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def retype(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only
        edit.insert(text)


def cells(model, key) -> list[str]:
    row = model.row_of(key)
    return [model.index(row, c).data() for c in range(model.columnCount())] if row >= 0 else []


def test_the_page_lists_staff_windows_and_shifts(page, people_db):
    staff = people.list_staff(people_db, include_left=False)
    assert page.models["staff"].rowCount() == len(staff)
    first = cells(page.models["staff"], staff[0].code)
    assert first[0] == staff[0].code and first[1] == staff[0].name and first[8] == "在职"
    assert page.models["windows"].rowCount() == 12  # the demo hall
    assert page.models["shifts"].rowCount() == len(we.list_shifts(people_db, "HALL")) > 0
    assert not page.editStaffButton.isEnabled()
    page.select("staff", staff[0].code)
    assert page.editStaffButton.isEnabled() and page.leaveButton.isEnabled()


def test_a_person_added_through_the_form_is_listed_and_stored(qtbot, page, people_db, tmp_path):
    dialog = page.add_staff()
    retype(qtbot, dialog.codeEdit, "h90")
    retype(qtbot, dialog.nameEdit, "林小雨")
    dialog.set_roles({"window", "front_desk"})
    dialog.set_categories({"GEN", "INV"})
    dialog.set_working_days("1234")
    retype(qtbot, dialog.maxHoursEdit, "32")
    dialog.halfDaysCheck.setChecked(True)
    photo = tmp_path / "face.png"
    photo.write_bytes(PNG)
    page.read_photo(dialog, photo)  # what 选择照片… does once a file is chosen
    qtbot.waitUntil(lambda: dialog.photo_change == PNG, timeout=WAIT_MS)
    assert dialog.removePhotoButton.isEnabled()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.models["staff"].row_of("H90") >= 0, timeout=WAIT_MS)
    assert page.dialog is None
    stored = people.get_staff(people_db, "H90")
    assert stored.name == "林小雨" and stored.roles == ("front_desk", "window")
    assert stored.categories == ("GEN", "INV") and stored.working_days == "1234"
    assert stored.max_week_hours == 32 and stored.half_days and stored.has_photo
    assert people.get_photo(people_db, "H90") == PNG
    row = cells(page.models["staff"], "H90")
    assert row[2] == "前台导税、窗口人员" and "周一至周四" in row[6] and "半天" in row[6]
    assert row[7] == "无账号"
    page.select("staff", "H90")
    again = page.edit_staff()  # the stored photo is read in the background and shown
    qtbot.waitUntil(lambda: not again.photoLabel.pixmap().isNull(), timeout=WAIT_MS)
    again.remove_photo()
    assert again.photo_change == b"" and again.photoLabel.pixmap().isNull()
    qtbot.mouseClick(save_button(again), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert people.get_photo(people_db, "H90") is None


def test_bad_entries_are_refused_inline_and_nothing_is_written(qtbot, page, people_db, tmp_path):
    before = people.list_staff(people_db)
    dialog = page.add_staff()
    retype(qtbot, dialog.codeEdit, "h-1")
    dialog.check_field("code")  # what leaving the field does
    assert "工号须为 2 到 16 位大写字母或数字" in dialog.hint_text("code")
    retype(qtbot, dialog.codeEdit, "H91")
    assert dialog.hint_text("code") == ""  # gone as soon as the text is right
    dialog.set_roles(())
    assert dialog.hint_text("roles") == "每个人至少要有一个角色。"  # toggling checks at once
    dialog.set_roles({"agent"})
    retype(qtbot, dialog.nameEdit, "赵六")
    retype(qtbot, dialog.minHoursEdit, "70")
    dialog.check_field("min_week_hours")
    assert "每周工时须为 0 到 60 小时" in dialog.hint_text("min_week_hours")
    retype(qtbot, dialog.minHoursEdit, "")
    (tmp_path / "face.gif").write_bytes(b"GIF89a....")
    page.read_photo(dialog, tmp_path / "face.gif")
    qtbot.waitUntil(lambda: dialog.hint_text("photo") != "", timeout=WAIT_MS)
    assert dialog.hint_text("photo") == "照片须为 JPEG 或 PNG 图片。" and dialog.photo_change is None
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)  # an agent at the hall
    assert dialog.hint_text("home_unit") == "代办员的所属单位须为乡镇。"
    dialog.unitCombo.setCurrentIndex(dialog.unitCombo.findData("township"))
    dialog.pointCombo.setCurrentIndex(dialog.pointCombo.findData("HALL"))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)  # only the database knows HALL's kind
    qtbot.waitUntil(lambda: dialog.hint_text("point") != "", timeout=WAIT_MS)
    assert dialog.hint_text("point") == "乡镇人员须属于丰收微税厅或银税e站，不能是 HALL。"
    assert dialog.isVisible() and save_button(dialog).isEnabled()
    assert people.list_staff(people_db) == before
    dialog.reject()


def test_editing_the_contract_and_the_categories(qtbot, page, people_db):
    code = "H07"  # a window officer of the hall: GEN and DEC
    page.select("staff", code)
    dialog = page.edit_staff()
    assert dialog.codeEdit.isReadOnly()
    dialog.set_categories({"DEC", "SSF"})
    dialog.set_working_days("13")
    retype(qtbot, dialog.minHoursEdit, "10")
    retype(qtbot, dialog.maxHoursEdit, "20")
    dialog.rotatingCheck.setChecked(True)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    stored = people.get_staff(people_db, code)
    assert stored.categories == ("DEC", "SSF") and stored.working_days == "13"
    assert (stored.min_week_hours, stored.max_week_hours, stored.rotating) == (10, 20, True)
    qtbot.waitUntil(lambda: "每周 10–20 小时" in cells(page.models["staff"], code)[6], timeout=WAIT_MS)
    assert "周一、周三" in cells(page.models["staff"], code)[6]
    assert cells(page.models["staff"], code)[5] == "C D"


def test_a_person_who_leaves_is_kept_and_shown_on_request(qtbot, page, people_db):
    code = "H12"
    page.select("staff", code)
    page.leave(confirm=False)
    qtbot.waitUntil(lambda: page.models["staff"].row_of(code) < 0, timeout=WAIT_MS)
    assert not people.get_staff(people_db, code).active
    page.showLeftCheck.setChecked(True)
    qtbot.waitUntil(lambda: cells(page.models["staff"], code)[8:] == ["离职"], timeout=WAIT_MS)
    page.select("staff", code)
    assert not page.leaveButton.isEnabled()


def test_a_reset_password_must_be_changed_at_the_next_sign_in(qtbot, page, people_db):
    page.select("staff", "H05")
    dialog = page.reset_password()
    retype(qtbot, dialog.passwordEdit, "short1")
    dialog.check_field("password")
    assert dialog.hint_text("password") == "密码至少 8 位。"
    retype(qtbot, dialog.passwordEdit, "Temp2026pass")
    retype(qtbot, dialog.againEdit, "Temp2026pas")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.hint_text("again") == "两次输入的密码不一致。"
    with pytest.raises(accounts.SignInRefused):
        accounts.sign_in(people_db, "H05", "Temp2026pass")  # nothing was written
    retype(qtbot, dialog.againEdit, "Temp2026pass")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    actor = accounts.sign_in(people_db, "H05", "Temp2026pass")
    assert actor.must_change
    qtbot.waitUntil(lambda: cells(page.models["staff"], "H05")[7] == "有账号，须改密码", timeout=WAIT_MS)


def test_a_window_is_added_and_deactivated_never_deleted(qtbot, page, people_db):
    page.tabs.setCurrentWidget(page.windowsTab)
    dialog = page.add_window()
    assert dialog.numberEdit.text() == "13"
    retype(qtbot, dialog.nameEdit, "综合窗口")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)  # no category yet
    assert dialog.hint_text("categories") == "窗口至少要办理一个队列类别。"
    dialog.set_categories({"GEN"})
    assert dialog.hint_text("categories") == ""
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.models["windows"].row_of(13) >= 0, timeout=WAIT_MS)
    assert cells(page.models["windows"], 13) == ["13", "综合窗口", "A", "固定", "启用"]
    page.select("windows", 13)
    page.toggle_window(confirm=False)
    qtbot.waitUntil(lambda: cells(page.models["windows"], 13)[4] == "已停用", timeout=WAIT_MS)
    stored = next(w for w in we.list_windows(people_db, "HALL") if w.number == 13)
    assert not stored.active
    assert page.toggleWindowButton.text() == "重新启用"


def test_a_shift_template_is_added(qtbot, page, people_db):
    page.tabs.setCurrentWidget(page.shiftsTab)
    codes = [s.code for s in page.models["shifts"].rows]
    dialog = page.add_shift()
    retype(qtbot, dialog.codeEdit, "n1")
    retype(qtbot, dialog.nameEdit, "晚班")
    retype(qtbot, dialog.startEdit, "13:00")
    retype(qtbot, dialog.endEdit, "12:00")
    dialog.check_field("end")
    assert "早于开始时间" in dialog.hint_text("end")
    retype(qtbot, dialog.endEdit, "18:30")
    retype(qtbot, dialog.breakEdit, "30")
    dialog.forbidden_boxes[codes[0]].setChecked(True)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.models["shifts"].row_of("N1") >= 0, timeout=WAIT_MS)
    stored = next(s for s in we.list_shifts(people_db, "HALL") if s.code == "N1")
    assert (stored.name, stored.start, stored.end, stored.break_min) == ("晚班", "13:00", "18:30", 30)
    assert stored.forbidden_next == (codes[0],)


def _rows(path):
    return list(csv.reader(path.read_text("utf-8-sig").splitlines()))


def _write(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


def test_staff_export_then_import_round_trip(qtbot, page, people_db, tmp_path):
    path = tmp_path / "staff.xlsx"
    with qtbot.waitSignal(page.status_message, timeout=WAIT_MS) as done:
        page.export_file("staff", path)
    assert str(path) in done.args[0] and path.stat().st_size > 0
    before = people.list_staff(people_db)
    people.edit_staff(people_db, "H05", actor=ADMIN, name="改过")
    page.import_file("staff", path)
    qtbot.waitUntil(lambda: page.message_box is not None, timeout=WAIT_MS)
    assert "更新 1 个" in page.message_box.text() and "新增 0 个" in page.message_box.text()
    assert people.list_staff(people_db) == before


def test_an_import_with_a_bad_row_names_it_and_changes_nothing(qtbot, page, people_db, tmp_path):
    path = tmp_path / "staff.csv"
    with qtbot.waitSignal(page.status_message, timeout=WAIT_MS):
        page.export_file("staff", path)
    rows = _rows(path)
    rows[1][1] = "改名"
    rows[3][9] = "89"  # working days, spreadsheet row 4
    _write(path, rows)
    before = people.list_staff(people_db)
    page.import_file("staff", path)
    qtbot.waitUntil(lambda: page.message_box is not None, timeout=WAIT_MS)
    assert page.message_box.text().startswith("第 4 行「working_days」列：工作日「89」须为")
    assert page.message_box.windowTitle() == "导入失败，未做任何更改"
    assert people.list_staff(people_db) == before


def test_a_window_officer_sees_nothing_to_change_and_the_core_refuses(qtbot, people_db, make_context):
    page = open_page(qtbot, make_context(people_db, session=DeskSession(OFFICER)))
    try:
        qtbot.waitUntil(lambda: page.models["staff"].rowCount() > 40, timeout=WAIT_MS)
        for button in [*page.write_buttons(), page.resetPasswordButton, page.unlockButton]:
            assert button.isHidden(), button.objectName()
        assert not page.exportWindowsButton.isHidden()  # windows and shifts hold no personal data
        record = StaffRecord(code="H92", name="越权", roles=("window",), home_unit="hall")
        with pytest.raises(NotAllowed):
            people.add_staff(people_db, record, actor=page.actor)
        with pytest.raises(NotAllowed):
            accounts.reset_password(people_db, page.actor, "H06", "Temp2026pass")
        assert all(s.code != "H92" for s in people.list_staff(people_db))
    finally:
        page.stop()


# ------------------------------------------------------------------------------ a hall PC, both languages


def within_page(page, widget) -> bool:
    """Whether ``widget`` is shown and lies wholly inside the page (nothing cut off at its edge)."""
    top_left = widget.mapTo(page, QPoint(0, 0))
    return widget.isVisible() and page.rect().contains(QRect(top_left, widget.size()))


def _check_fit(qtbot, page, language: str) -> None:
    page.resize(1366, 690)  # a 1366×768 screen less the taskbar, the menu and the status line
    tabs = {
        page.staffTab: [
            "staffTable",
            "addStaffButton",
            "resetPasswordButton",
            "unlockButton",
            "exportStaffButton",
        ],
        page.windowsTab: ["windowsTable", "addWindowButton", "toggleWindowButton", "exportWindowsButton"],
        page.shiftsTab: ["shiftsTable", "addShiftButton", "editShiftButton", "exportShiftsButton"],
    }
    for tab, names in tabs.items():
        page.tabs.setCurrentWidget(tab)
        qtbot.wait(50)
        for name in names:
            widget = getattr(page, name, None) or tab.findChild(type(page.tables["staff"]), name)
            assert within_page(page, widget), (language, name)
            if name.endswith("Button"):
                assert widget.width() >= widget.sizeHint().width(), (language, name)  # text not cut
        hint = page.hints[tab.objectName().removesuffix("Tab")]
        assert within_page(page, hint) and hint.height() >= hint.heightForWidth(hint.width())
        table = page.tables[tab.objectName().removesuffix("Tab")]
        assert table.viewport().height() > 300, (language, tab.objectName())
        page.grab().save(f"/tmp/people-{tab.objectName().removesuffix('Tab')}-{language}.png")
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 690, (language, hint)


def test_every_tab_fits_a_hall_pc_in_chinese(qtbot, page):
    _check_fit(qtbot, page, "zh")
    dialog = page.add_staff()
    qtbot.wait(50)
    assert dialog.sizeHint().height() <= 728 and dialog.sizeHint().width() <= 1366
    dialog.grab().save("/tmp/people-staff-dialog-zh.png")
    dialog.reject()


def test_every_tab_fits_a_hall_pc_in_english(qtbot, people_db, make_context, qapp):
    i18n.install(qapp, "en")
    try:
        page = open_page(qtbot, make_context(people_db))
        qtbot.waitUntil(lambda: page.models["staff"].rowCount() > 40, timeout=WAIT_MS)
        page.select("staff", "H05")
        assert (
            page.tabs.tabText(0) == "Staff"
            and page.models["staff"].headerData(0, Qt.Orientation.Horizontal) == "Staff code"
        )
        assert "Mon–Fri" in cells(page.models["staff"], "H05")[6]
        _check_fit(qtbot, page, "en")
        dialog = page.edit_staff()
        qtbot.wait(50)
        assert dialog.sizeHint().height() <= 728 and dialog.sizeHint().width() <= 1366
        dialog.grab().save("/tmp/people-staff-dialog-en.png")
        dialog.reject()
        page.stop()
    finally:
        i18n.install(qapp, "zh_CN")
