"""The desk's dialogs as an officer uses them: verify a scanned code, set the printer, pick the point,
and open a database at start-up."""

from __future__ import annotations

import re
import socket
import threading
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from signing_in import ANYONE
from sqlalchemy import select

from taxdesk.core import calls, clock, settings, tickets
from taxdesk.core.db import migrate
from taxdesk.core.db.models import Service, ServicePoint, Window
from taxdesk.core.network import list_points
from taxdesk.gui import app as startup
from taxdesk.gui import i18n
from taxdesk.gui.desk.verify_dialog import VerifyDialog
from taxdesk.gui.printing.printers import PrintSettings
from taxdesk.gui.widgets.point_picker import PointPicker, remembered_point
from taxdesk.gui.widgets.settings_dialog import SettingsDialog

WAIT_MS = 10000


def _scan(qtbot, dialog: VerifyDialog, payload: str) -> str:
    dialog.last_result = None
    dialog.ui.payloadEdit.setText(payload)
    qtbot.keyClick(dialog.ui.payloadEdit, Qt.Key.Key_Return)  # a scanner ends with Enter
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=WAIT_MS)
    return dialog.ui.resultLabel.text()


def test_verify_dialog_accepts_a_genuine_code_and_explains_a_forged_one(qtbot, demo_db, runner):
    ticket = tickets.issue_ticket(demo_db, "HALL", "FPLY", actor=ANYONE)
    dialog = VerifyDialog(demo_db, runner)
    qtbot.addWidget(dialog)
    text = _scan(qtbot, dialog, ticket.qr)
    assert text.startswith("✔ 真票，可以使用：") and ticket.number in text and "等候中" in text
    forged = ticket.qr.replace(f":{ticket.number}:", ":A999:")
    assert "篡改或伪造" in _scan(qtbot, dialog, forged)
    assert "不是 TaxDesk" in _scan(qtbot, dialog, "https://example.com")


def _window_serving(db, point: str, service: str) -> int:
    with db.session() as session:
        category = session.scalar(select(Service.category_id).where(Service.code == service))
        point_id = session.scalar(select(ServicePoint.id).where(ServicePoint.code == point))
        windows = session.scalars(select(Window).where(Window.point_id == point_id).order_by(Window.number))
        return next(w.number for w in windows if category in {c.id for c in w.categories})


def test_verify_dialog_tells_a_genuine_but_unusable_code_apart(qtbot, demo_db, runner):
    """Yesterday's ticket, a served one and a no-show are genuine, but the taxpayer cannot be served on
    them: the dialog says why, in amber, never with the green ✔."""
    dialog = VerifyDialog(demo_db, runner)
    qtbot.addWidget(dialog)
    good = tickets.issue_ticket(demo_db, "HALL", "FPLY", actor=ANYONE)
    _scan(qtbot, dialog, good.qr)
    usable_tone = dialog.ui.resultLabel.property("tone")  # the colours are desk.qss's, chosen by the tone

    yesterday = tickets.issue_ticket(
        demo_db, "HALL", "FPLY", at=clock.now() - timedelta(days=1), actor=ANYONE
    )
    text = _scan(qtbot, dialog, yesterday.qr)
    day = i18n.full_date((clock.now() - timedelta(days=1)).date())  # 2026年12月6日: the interface's date
    assert text.startswith("⚠ 真票，但已不能使用：") and "✔" not in text
    assert f"这是 {day} 的票，只在取号当天有效" in text and yesterday.number in text
    assert dialog.ui.resultLabel.property("tone") != usable_tone
    assert dialog.last_result.valid and not dialog.last_result.usable

    window = _window_serving(demo_db, "HALL", "FPLY")
    while (
        called := calls.call_next(demo_db, "HALL", window, actor=ANYONE)
    ).id != good.id:  # earlier tickets of today
        calls.finish(demo_db, called.id, actor=ANYONE)
    finished = calls.finish(demo_db, good.id, actor=ANYONE)
    text = _scan(qtbot, dialog, good.qr)
    assert text.startswith("⚠") and "已于" in text and "办结，不能再用" in text and "已办结" in text

    with demo_db.transaction() as session:
        settings.put(session, settings.NOSHOW_AFTER_RECALLS, "0")
    missed = tickets.issue_ticket(demo_db, "HALL", "FPLY", actor=ANYONE)
    while (called := calls.call_next(demo_db, "HALL", window, actor=ANYONE)).id != missed.id:
        calls.finish(demo_db, called.id, actor=ANYONE)
    calls.no_show(demo_db, missed.id, actor=ANYONE)
    text = _scan(qtbot, dialog, missed.qr)
    assert text.startswith("⚠") and "重新激活一次" in text

    app = QApplication.instance()
    try:
        i18n.install(app, "en")
        english = VerifyDialog(demo_db, runner)
        qtbot.addWidget(english)
        text = _scan(qtbot, english, yesterday.qr)
        day = i18n.full_date((clock.now() - timedelta(days=1)).date())  # Dec 6, 2026
        assert text.startswith(f"⚠ Genuine but not usable: It is a ticket of {day}")
        assert "status: waiting" in text
        assert "Genuine, can be used" not in text
        assert "re-activate it once" in _scan(qtbot, english, missed.qr)
        assert finished.number in _scan(qtbot, english, good.qr)
    finally:
        i18n.install(app, "zh_CN")


def test_settings_dialog_refuses_a_bad_printer_address_inline_and_saves_a_good_one(qtbot, tmp_path):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    dialog.ui.networkRadio.setChecked(True)
    dialog.ui.addressEdit.setText("192.168.1.50:99999")
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "端口" in dialog.ui.hintLabel.text()  # the reason, shown in the dialog
    assert PrintSettings.load().mode != "network"  # nothing saved

    dialog.ui.fileRadio.setChecked(True)
    dialog.ui.folderEdit.setText(str(tmp_path))
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("pdf"))
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    saved = PrintSettings.load()
    assert (saved.mode, saved.folder, saved.file_format) == ("file", str(tmp_path), "pdf")


def test_settings_dialog_tests_a_network_printer_connection(qtbot):
    received: list[bytes] = []
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    def accept():
        conn, _ = server.accept()
        with conn:
            received.append(conn.recv(64))

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.ui.networkRadio.setChecked(True)
    dialog.ui.addressEdit.setText(f"127.0.0.1:{server.getsockname()[1]}")
    qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "连接成功" in dialog.ui.hintLabel.text(), timeout=WAIT_MS)
    thread.join(5)
    server.close()
    assert received == [b"\x1b@"]  # initialise only: the printer prints nothing


def test_point_picker_lists_every_point_and_remembers_the_choice(qtbot, demo_db):
    with demo_db.session() as session:
        points = list_points(session)
    picker = PointPicker(points)
    qtbot.addWidget(picker)
    assert picker.ui.pointList.count() == 13
    picker.ui.pointList.setCurrentRow(3)
    code = picker.selected_code()
    assert code == points[3].code
    startup.remember_point(code)
    assert remembered_point(points) == code


def test_point_picker_names_the_point_types_in_the_interface_language(qtbot, demo_db, qapp):
    with demo_db.session() as session:
        points = list_points(session)
    texts = {}
    for language in ("zh_CN", "en"):
        i18n.install(qapp, language)
        try:
            picker = PointPicker(points)
            qtbot.addWidget(picker)
            texts[language] = [picker.ui.pointList.item(i).text() for i in range(picker.ui.pointList.count())]
        finally:
            i18n.install(qapp, "zh_CN")
    hall = next(i for i, p in enumerate(points) if p.code == "HALL")
    township = next(i for i, p in enumerate(points) if p.kind == "township")
    assert "办税服务厅 · HALL" in texts["zh_CN"][hall] and "丰收微税厅" in texts["zh_CN"][township]
    assert (
        "Tax service hall · HALL" in texts["en"][hall] and "Township service point" in texts["en"][township]
    )
    kinds = {re.search(r"[（(]\s*(.+?) · ", text).group(1) for text in texts["en"]}
    assert kinds == {"Tax service hall", "Township service point", "Bank tax station"}


def test_startup_on_an_empty_database_creates_it_when_the_officer_agrees(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "new.sqlite3"
    monkeypatch.setattr(startup, "_ask_new_database", lambda url, parent: "empty")
    db = startup.open_database(f"sqlite:///{path}")
    assert db is not None and migrate.current_revision(db) == migrate.head_revision()
    db.dispose()


def test_startup_leaves_no_file_behind_when_the_officer_declines(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "declined.sqlite3"
    monkeypatch.setattr(startup, "_ask_new_database", lambda url, parent: None)
    assert startup.open_database(f"sqlite:///{path}") is None
    assert not path.exists()


def test_startup_with_an_unusable_url_says_why_once(qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert startup.open_database("mysql://nobody@localhost/x") is None
    assert len(shown) == 1 and "unsupported database" in shown[0]


def test_startup_with_a_demo_generates_it_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    from taxdesk.core import demo

    calls = []
    real_populate = demo.populate

    def small_populate(db, progress=None, **kwargs):
        import threading as t

        calls.append(t.current_thread() is t.main_thread())
        return real_populate(db, history_days=2, progress=progress)

    monkeypatch.setattr(demo, "populate", small_populate)
    monkeypatch.setattr(startup, "_ask_new_database", lambda url, parent: "demo")
    db = startup.open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    assert calls == [False]
    with db.session() as session:
        assert len(list_points(session)) == 13
    db.dispose()


def test_choose_point_uses_the_remembered_point(qtbot, demo_db):
    startup.remember_point("T03")
    assert startup.choose_point(demo_db).code == "T03"
