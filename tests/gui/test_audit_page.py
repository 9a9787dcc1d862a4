"""The audit view (审计日志): entries recorded by real core calls appear with a readable summary, the filters
narrow them, 校验 says the chain holds and then names a row changed behind TaxDesk's back, 导出… writes what
the table shows (and is itself recorded), and a person who may not read the trail sees the core's refusal."""

from __future__ import annotations

import csv
import json
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from signing_in import give_password
from sqlalchemy import text

from taxdesk.core import accounts, audit, clock, people
from taxdesk.core.accounts import SignInRefused
from taxdesk.core.roles import Actor
from taxdesk.gui import i18n
from taxdesk.gui.audit.kinds import KINDS, grouped, kind_name
from taxdesk.gui.audit.page import LIMIT, AuditPage
from taxdesk.gui.audit.summary import pretty, summary
from taxdesk.gui.signin.session import DeskSession

ADMIN = Actor(None, "admin", "系统管理员", frozenset({"admin"}))
WINDOW_OFFICER = Actor(None, "W01", "窗口", frozenset({"window"}))
SCREEN = (1366, 768)
CHROME = 40 + 110  # the taskbar, and the main window's menu, tool bar and status line around a page


def _record_some(db) -> None:
    """An administrator renames H05 (周敏 → 李小四), then somebody types a wrong password for H05."""
    people.edit_staff(db, "H05", name="李小四", actor=ADMIN)
    give_password(db, "H05")
    with pytest.raises(SignInRefused):
        accounts.sign_in(db, "H05", "wrong-password-1", host="DESK-7")


def _page(qtbot, make_context, db, session=None) -> AuditPage:
    page = AuditPage(make_context(db, session=session))
    qtbot.addWidget(page)
    page.resize(SCREEN[0], SCREEN[1] - CHROME)
    page.show()
    _settle(qtbot, page)
    return page


def _settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy and not page._reader.busy, timeout=10000)
    qtbot.wait(20)


def _table(page) -> list[tuple[str, ...]]:
    return [page.model.cells(row) for row in range(page.model.rowCount())]


def test_entries_from_real_core_calls_appear_with_a_readable_summary(qtbot, make_context, demo_db):
    _record_some(demo_db)
    page = _page(qtbot, make_context, demo_db)
    failed, renamed = _table(page)  # newest first
    assert failed[1:5] == ("H05", "DESK-7", "登录失败", "H05") and failed[5] == "failed_attempts: 1"
    assert renamed[1:5] == ("admin", audit.this_host(), "人员资料", "H05")
    assert renamed[5] == "person_name: 周* → 李*四"  # the names masked, as the trail holds them
    today = clock.service_date(clock.now()).isoformat()
    assert failed[0].startswith(today) and len(failed[0]) == len("2026-12-07 09:05:13")
    kind_index = page.model.index(0, page.model.KIND)
    assert page.model.data(kind_index, Qt.ItemDataRole.ToolTipRole) == "account.sign_in_failed"
    assert page.ui_note.text() == "共 2 条"
    page.ui_table.selectRow(1)
    detail = page.ui_detail.toPlainText()
    assert "people.staff" in detail and '"person_name": "周*"' in detail
    assert '"person_name": "李*四"' in detail
    assert "周敏" not in detail and "李小四" not in detail
    # the filters offer the codes seen and the kinds, grouped, with the raw kind as tooltip
    assert [page.ui_actor.itemText(n) for n in range(page.ui_actor.count())] == ["H05", "admin"]
    kinds = page.ui_kind
    index = kinds.findData("account.sign_in_failed")
    assert index > kinds.findData("account.") > 0 and kinds.itemText(index).strip() == "登录失败"
    assert kinds.itemData(index, Qt.ItemDataRole.ToolTipRole) == "account.sign_in_failed"


def test_the_filters_narrow_the_table(qtbot, make_context, demo_db):
    _record_some(demo_db)
    with demo_db.transaction() as session:  # an old entry, outside the last seven days
        long_ago = clock.now() - timedelta(days=30)
        audit.record(session, "H01", "roster.publish", "HALL 2026-W01", after={"week": 1}, at=long_ago)
    page = _page(qtbot, make_context, demo_db)
    assert [row[3] for row in _table(page)] == ["登录失败", "人员资料"]

    page.ui_actor.setEditText("admin")
    page.ui_actor.lineEdit().editingFinished.emit()
    _settle(qtbot, page)
    assert [row[1] for row in _table(page)] == ["admin"]
    page.ui_actor.setEditText("")
    page.ui_kind.setCurrentIndex(page.ui_kind.findData("account."))
    _settle(qtbot, page)
    assert [row[3] for row in _table(page)] == ["登录失败"]
    page.ui_kind.setCurrentIndex(page.ui_kind.findData("people.staff"))
    _settle(qtbot, page)
    assert [row[3] for row in _table(page)] == ["人员资料"]
    page.ui_kind.setCurrentIndex(0)
    page.ui_object.setText("W01")
    page.ui_object.editingFinished.emit()
    _settle(qtbot, page)
    assert _table(page) == [] and page.ui_note.text() == "共 0 条"
    page.ui_object.setText("HALL")
    page.ui_since.setDate(page.ui_since.date().addDays(-60))
    _settle(qtbot, page)
    assert [row[3] for row in _table(page)] == ["发布排班"]

    # a control character in the person: the core's one sentence, the table as it was
    shown = _table(page)
    page.ui_actor.setEditText("H0\x015")
    page.ui_actor.lineEdit().editingFinished.emit()
    _settle(qtbot, page)
    assert "控制字符" in page.ui_note.text() and page.ui_note.property("tone") == "warning"
    assert _table(page) == shown
    page.ui_actor.setEditText("")
    # an end before the start: one hint, nothing read, the table as it was
    shown = _table(page)
    page.ui_until.setDate(page.ui_since.date().addDays(-1))
    _settle(qtbot, page)
    assert "结束日期早于开始日期" in page.ui_note.text() and page.ui_note.property("tone") == "warning"
    assert _table(page) == shown


def test_verify_says_complete_then_names_the_row_changed_in_the_database(qtbot, make_context, demo_db):
    _record_some(demo_db)
    page = _page(qtbot, make_context, demo_db)
    qtbot.mouseClick(page.ui_verify, Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    total = len(audit.entries(demo_db, actor=ADMIN))
    assert page.ui_result.text().startswith(f"审计日志完整：{total} 条，链条无断点。")
    assert page.ui_result.property("tone") == "good" and page.ui_verify.isEnabled()

    renamed = page.model.row(1)
    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET after = '{}' WHERE id = :id"), {"id": renamed.id})
    qtbot.mouseClick(page.ui_verify, Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    result = page.ui_result.text()
    assert result.startswith(f"审计日志不完整：第 {renamed.id} 条记录（人员资料，")
    assert "内容与其哈希不符" in result and page.ui_result.property("tone") == "warning"
    assert page.selected().id == renamed.id  # the broken row is selected, as it is stored now
    assert page.model.cells(1)[5] == "person_name: 周* → —"
    page.resize(SCREEN[0], SCREEN[1] - CHROME)
    page.grab().save("/tmp/audit-broken.png")


def test_export_writes_what_the_table_shows_and_is_recorded(qtbot, make_context, demo_db, tmp_path):
    _record_some(demo_db)
    page = _page(qtbot, make_context, demo_db)
    shown = [e.id for e in page.model.rows]
    target = tmp_path / "审计.xlsx"
    page.export(target)
    _settle(qtbot, page)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == audit.EXPORT_HEADER and [r[0] for r in rows[1:]] == shown
    newest = page.model.row(0)  # read again after the export: the export is in the trail now
    assert (newest.kind, newest.actor, newest.object) == ("audit.export", "admin", "审计.xlsx")
    assert json.loads(newest.after)["rows"] == 2 and page.model.cells(0)[3] == "导出审计日志"

    page.ui_kind.setCurrentIndex(page.ui_kind.findData("people."))  # a CSV file, by its suffix
    _settle(qtbot, page)
    page.export(tmp_path / "people.csv")
    _settle(qtbot, page)
    with open(tmp_path / "people.csv", encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    assert [line[4] for line in lines[1:]] == ["people.staff"]


def test_a_person_who_may_not_read_the_trail_sees_the_refusal(qtbot, make_context, demo_db, tmp_path):
    _record_some(demo_db)
    messages = []
    page = AuditPage(make_context(demo_db, session=DeskSession(WINDOW_OFFICER)))
    qtbot.addWidget(page)
    page.status_message.connect(messages.append)
    page.show()
    _settle(qtbot, page)
    assert _table(page) == []
    assert page.ui_note.text() == "工号 W01 的角色无权进行此操作。"
    assert messages and messages[-1] == "工号 W01 的角色无权进行此操作。"
    qtbot.mouseClick(page.ui_verify, Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    assert page.ui_result.text() == "工号 W01 的角色无权进行此操作。"
    assert page.ui_result.property("tone") == "warning"
    page.export(tmp_path / "x.xlsx")
    _settle(qtbot, page)
    assert not (tmp_path / "x.xlsx").exists()
    assert [e.kind for e in audit.entries(demo_db, actor=ADMIN)][0] == "account.sign_in_failed"


def test_a_long_trail_shows_the_newest_and_says_there_are_more(qtbot, make_context, demo_db, monkeypatch):
    monkeypatch.setattr("taxdesk.gui.audit.page.LIMIT", 3)
    with demo_db.transaction() as session:
        for n in range(5):
            audit.record(session, "H01", "settings.change", f"setting {n}")
    page = _page(qtbot, make_context, demo_db)
    assert [row[4] for row in _table(page)] == ["setting 4", "setting 3", "setting 2"]
    assert "只显示最新的 3 条" in page.ui_note.text() and page.more
    assert LIMIT == 2000


def test_the_view_fits_a_hall_pc_screen_in_chinese_and_english(qtbot, make_context, demo_db):
    _record_some(demo_db)
    app = QApplication.instance()
    for language in ("zh_CN", "en"):
        i18n.install(app, language)
        try:
            page = _page(qtbot, make_context, demo_db)
            page.ui_table.selectRow(1)
            qtbot.mouseClick(page.ui_verify, Qt.MouseButton.LeftButton)
            _settle(qtbot, page)
            hint = page.minimumSizeHint()
            assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - CHROME, (language, hint)
            assert page.width() == SCREEN[0] and page.height() == SCREEN[1] - CHROME
            page.grab().save(f"/tmp/audit-{language}.png")
            if language == "en":
                assert page.ui_verify.text() == "Verify" and page.model.cells(0)[3] == "Sign-in failed"
                assert page.ui_result.text().startswith("Audit trail complete:")
        finally:
            i18n.install(app, "zh_CN")


def test_every_known_kind_has_a_group_and_unknown_ones_are_shown_as_recorded(qapp):
    groups = dict(grouped(["zeta.thing", "roster.new_kind"]))
    assert all(kind in groups[kind.split(".")[0]] for kind in KINDS)
    assert groups["roster"][-1] == "roster.new_kind" and list(groups)[-1] == "zeta"
    assert kind_name("roster.new_kind") == "roster.new_kind" and kind_name("roster.publish") == "发布排班"


def test_the_summary_says_what_changed_in_one_line():
    assert summary('{"a":1,"b":"x"}', '{"a":1,"b":"y","c":[1,2]}') == "b: x → y; c: — → 1, 2"
    assert summary(None, '{"name":"张*三","active":true}') == "active: true; name: 张*三"
    assert summary('{"active":true}', None) == "active: true → —"
    assert summary('{"value":6}', '{"value":6}') == ""
    assert summary(None, None) == "" and summary('"a"', '"b"') == "a → b"
    assert summary("not json", None) == "not json → —"  # written behind the core's back: as it is
    assert len(summary(None, json.dumps({"text": "长" * 500}))) == 160
    assert pretty(None) == "—" and pretty('{"b":1,"a":2}') == '{\n  "a": 2,\n  "b": 1\n}'


def test_the_period_defaults_to_the_last_seven_days(qtbot, make_context, demo_db):
    page = _page(qtbot, make_context, demo_db)
    today = clock.service_date(clock.now())
    assert page.ui_until.date() == QDate(today.year, today.month, today.day)
    assert page.ui_since.date().daysTo(page.ui_until.date()) == 6
    assert page.ui_since.calendarPopup() and page.ui_until.calendarPopup()
