"""The history import dialog: progress while it runs, the count when done, 第 N 行 when a row is bad, and a
取消 that really leaves the database as it was."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from taxdesk.core.db import Database
from taxdesk.core.db.models import Ticket
from taxdesk.core.demo import populate
from taxdesk.core.demo.history_csv import write_history_csv
from taxdesk.core.history_import import import_history
from taxdesk.core.roles import Actor
from taxdesk.gui import i18n
from taxdesk.gui.staffing import history_import as dialog_module
from taxdesk.gui.staffing.history_import import HistoryImportDialog

IMPORTER = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who imports the history

DAY = date(2025, 3, 3)


@pytest.fixture
def network_db(sqlite_url):
    db = Database(sqlite_url)
    populate(db, history_days=0)
    yield db
    db.dispose()


def tickets(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Ticket))


def open_dialog(qtbot, db) -> HistoryImportDialog:
    dialog = HistoryImportDialog(db, actor=IMPORTER)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def finish(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=30000)


def test_importing_a_file_shows_progress_and_the_count(qtbot, network_db, tmp_path):
    path = tmp_path / "history.csv"
    rows = write_history_csv(network_db, path, start=DAY, end=DAY + timedelta(days=1), points=["HALL"])
    dialog = open_dialog(qtbot, network_db)
    seen = []
    dialog.task.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(dialog.imported, timeout=30000) as imported:
        dialog.set_path(path)
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
        assert not dialog.ui.importButton.isEnabled() and dialog.ui.cancelButton.isEnabled()
        assert not dialog.ui.closeButton.isEnabled()
    assert imported.args[0].tickets == rows == tickets(network_db)
    assert seen and seen[-1] == (rows, rows)
    assert f"{rows:,}" in dialog.ui.statusLabel.text() and "已导入" in dialog.ui.statusLabel.text()
    assert dialog.ui.progressBar.value() == dialog.ui.progressBar.maximum()
    assert dialog.ui.importButton.isEnabled() and not dialog.ui.cancelButton.isEnabled()
    qtbot.wait(20)  # let the layout settle before the screenshot
    dialog.grab().save(str(tmp_path / "history_import_done.png"))


def test_a_bad_row_is_named_and_nothing_is_written(qtbot, network_db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "point,service,issued_at,called_at,finished_at,window\n"
        "HALL,FPLY,2025-03-03 09:00:00,2025-03-03 09:01:00,2025-03-03 09:04:00,4\n"
        "HALL,FPLY,2025-03-03 09:00:00,2025-03-03 08:01:00,2025-03-03 09:04:00,4\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, network_db)
    dialog.start(path)
    finish(qtbot, dialog)
    text = dialog.ui.statusLabel.text()
    assert text.startswith("第 3 行「called_at」列：叫号时间 08:01:00 早于取号时间 09:00:00。"), text
    assert "未导入任何记录" in text
    assert tickets(network_db) == 0
    assert dialog.ui.importButton.isEnabled()


def test_cancel_leaves_the_database_unchanged(qtbot, network_db, tmp_path, monkeypatch):
    path = tmp_path / "history.csv"
    write_history_csv(network_db, path, start=DAY, end=DAY + timedelta(days=3), points=["HALL"])
    writing = threading.Event()

    def held_import(db, file, *, actor, progress, cancel):
        """The real import, held once it is writing (inside its transaction) until 取消 is pressed."""

        def report(done, total):
            progress(done, total)
            if done >= total // 2 and not writing.is_set():
                writing.set()
                for _ in range(500):
                    if cancel():
                        break
                    threading.Event().wait(0.01)

        return import_history(db, file, actor=actor, progress=report, cancel=cancel)

    monkeypatch.setattr(dialog_module, "import_history", held_import)
    dialog = open_dialog(qtbot, network_db)
    dialog.start(path)
    qtbot.waitUntil(writing.is_set, timeout=30000)
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    assert dialog.ui.statusLabel.text() == "导入已取消，没有写入任何数据。"
    assert dialog.result_import is None
    assert tickets(network_db) == 0
    assert dialog.ui.importButton.isEnabled() and dialog.ui.closeButton.isEnabled()


def test_closing_while_importing_cancels_instead(qtbot, network_db, tmp_path, monkeypatch):
    release = threading.Event()

    def slow_import(db, file, *, actor, progress, cancel):
        release.wait(10)
        return import_history(db, file, actor=actor, progress=progress, cancel=cancel)

    path = tmp_path / "history.csv"
    write_history_csv(network_db, path, start=DAY, end=DAY, points=["HALL"])
    monkeypatch.setattr(dialog_module, "import_history", slow_import)
    dialog = open_dialog(qtbot, network_db)
    dialog.start(path)
    dialog.reject()  # Esc
    assert dialog.isVisible() and not dialog.ui.cancelButton.isEnabled()
    release.set()
    finish(qtbot, dialog)
    assert tickets(network_db) == 0
    assert "已取消" in dialog.ui.statusLabel.text()


def test_no_file_chosen_says_so(qtbot, network_db):
    dialog = open_dialog(qtbot, network_db)
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.statusLabel.text() == "请先选择要导入的文件。"
    assert not dialog.task.running


@pytest.mark.parametrize(
    ("language", "first", "last"),
    [("zh_CN", "2025年3月3日", "2025年3月4日"), ("en", "Mar 3, 2025", "Mar 4, 2025")],
)
def test_the_imported_days_are_dates_of_the_interface_language(
    qtbot, network_db, tmp_path, qapp, language, first, last
):
    path = tmp_path / "history.csv"
    write_history_csv(network_db, path, start=DAY, end=DAY + timedelta(days=1), points=["HALL"])
    i18n.install(qapp, language)
    try:
        dialog = open_dialog(qtbot, network_db)
        with qtbot.waitSignal(dialog.imported, timeout=30000):
            dialog.start(path)
        text = dialog.ui.statusLabel.text()
        assert first in text and last in text and "2025-03-03" not in text, text
    finally:
        i18n.install(qapp, "zh_CN")
