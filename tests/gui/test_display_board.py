"""The hall display board as the hall sees it: current calls per window, the latest calls, who waits, the
voice, live updates from other desks, its settings and its keys."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from signing_in import ANYONE
from sqlalchemy.exc import OperationalError

from taxdesk.core import calls, clock
from taxdesk.core.tickets import issue_ticket
from taxdesk.gui.board import display_board
from taxdesk.gui.board.display_board import DisplayBoard
from taxdesk.gui.board.settings import BoardSettings
from taxdesk.gui.board.voice import Announcer

WAIT_MS = 10000

# Another desk, in another process: waits for an agreed moment, then calls the next ticket to a window.
CALLER = """
import sys, time
from taxdesk.core import calls
from taxdesk.core.db import Database
from taxdesk.core.roles import Actor
officer = Actor(staff_id=None, code="officer", name="窗口", roles=frozenset({"window"}))
url, window, start = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
db = Database(url, create=False)
db.check_connection()
time.sleep(max(0.0, start - time.time()))
ticket = calls.call_next(db, "HALL", window, actor=officer)
print(ticket.number, time.time(), flush=True)
"""


def window_for(db, prefix: str) -> int:
    """A hall window serving only ``prefix`` (it calls exactly those tickets)."""
    status = calls.queue_status(db, "HALL")
    return next(w.number for w in status.windows if w.categories == (prefix,))


@pytest.fixture
def make_board(qtbot, context):
    def make(**kwargs) -> DisplayBoard:
        board = DisplayBoard(context, announcer=Announcer(engine=None), **kwargs)
        qtbot.addWidget(board)
        board.resize(1280, 720)
        board.show()
        qtbot.waitUntil(lambda: board.board is not None and not board.loading, timeout=WAIT_MS)
        return board

    return make


def reread(qtbot, board: DisplayBoard) -> None:
    """Read the board once more and wait until it is shown (as a change notice would)."""
    qtbot.waitUntil(lambda: not board.loading, timeout=WAIT_MS)
    with qtbot.waitSignal(board.refreshed, timeout=WAIT_MS):
        board.refresh()


def test_the_board_shows_each_windows_call_the_latest_calls_and_who_is_waiting(qtbot, demo_db, make_board):
    b_window, a_window = window_for(demo_db, "B"), window_for(demo_db, "A")
    for service in ("FPLY", "DKFP", "FPYJ", "DJBG"):
        issue_ticket(demo_db, "HALL", service, actor=ANYONE)
    board = make_board()
    assert board.header.point_name == "云溪县办税服务厅"
    assert board.windows_panel.tiles == {}  # the demo hall opens no window by itself
    assert board.recent_panel.lines() == []

    calls.call_next(demo_db, "HALL", b_window, actor=ANYONE)
    calls.call_next(demo_db, "HALL", a_window, actor=ANYONE)
    reread(qtbot, board)

    tiles = board.windows_panel.tiles
    assert sorted(tiles) == sorted([a_window, b_window])
    assert tiles[b_window].ticket_text == "B001" and tiles[b_window].detail_text == "发票业务"
    assert tiles[a_window].ticket_text == "A001"
    assert tiles[a_window].latest and not tiles[b_window].latest
    assert board.recent_panel.lines() == [f"A001 → {a_window}号窗口", f"B001 → {b_window}号窗口"]
    waiting = board.queue_panel.texts()
    assert "A 综合服务 0人" in waiting and "B 发票业务 2人" in waiting

    ticket = board.board.windows[b_window - 1].ticket
    calls.finish(demo_db, ticket.id, actor=ANYONE)
    calls.pause(demo_db, "HALL", b_window, actor=ANYONE)
    reread(qtbot, board)
    assert tiles[b_window].ticket_text == "暂停"
    assert board.recent_panel.lines()[1] == f"B001 → {b_window}号窗口"  # the record of calls stays


def test_the_first_read_announces_nothing_and_new_calls_are_announced_once_in_order(
    qtbot, demo_db, make_board
):
    b_window, a_window = window_for(demo_db, "B"), window_for(demo_db, "A")
    for service in ("FPLY", "DKFP", "DJBG", "DJBG"):
        issue_ticket(demo_db, "HALL", service, actor=ANYONE)
    calls.call_next(demo_db, "HALL", a_window, actor=ANYONE)  # called before the board started: already seen
    board = make_board()
    assert board.announcer.history == []
    assert not any(tile.flashing for tile in board.windows_panel.tiles.values())

    new_calls = []
    board.new_calls.connect(new_calls.append)
    first = calls.call_next(demo_db, "HALL", b_window, actor=ANYONE)
    calls.finish(demo_db, first.id, actor=ANYONE)
    calls.call_next(demo_db, "HALL", b_window, actor=ANYONE)
    reread(qtbot, board)
    assert board.announcer.history == [f"请B001号到{b_window}号窗口办理", f"请B002号到{b_window}号窗口办理"]
    assert [c.number for c in new_calls[0]] == ["B001", "B002"]
    assert board.windows_panel.tiles[b_window].flashing
    assert not board.windows_panel.tiles[a_window].flashing

    reread(qtbot, board)  # nothing new: nothing said
    assert len(board.announcer.history) == 2

    a_ticket = board.board.windows[a_window - 1].ticket
    calls.recall(demo_db, a_ticket.id, actor=ANYONE)
    reread(qtbot, board)
    assert board.announcer.history[2:] == [f"请A001号到{a_window}号窗口办理"]  # a recall is said again
    assert board.windows_panel.tiles[a_window].flashing
    assert board.recent_panel.calls[0].kind == "recalled"


def test_reads_never_overlap_and_a_change_during_a_read_is_read_after_it(
    qtbot, demo_db, make_board, monkeypatch
):
    window = window_for(demo_db, "B")
    issue_ticket(demo_db, "HALL", "FPLY", actor=ANYONE)
    board = make_board()
    real_board = calls.board
    running, overlaps, reads = [], [], []
    gate = threading.Event()

    def slow_board(*args, **kwargs):
        if running:
            overlaps.append(1)
        running.append(1)
        reads.append(1)
        gate.wait(5)
        try:
            return real_board(*args, **kwargs)
        finally:
            running.pop()

    monkeypatch.setattr(display_board.calls, "board", slow_board)
    board.refresh()
    qtbot.waitUntil(lambda: len(reads) == 1, timeout=WAIT_MS)
    calls.call_next(demo_db, "HALL", window, actor=ANYONE)  # while the read is under way
    for _ in range(5):
        board.refresh()  # notices keep coming: they fold into one more read
    started = time.monotonic()
    qtbot.wait(50)
    assert time.monotonic() - started < 1  # the event loop runs while the database is slow
    gate.set()
    qtbot.waitUntil(lambda: not board.loading and len(reads) == 2, timeout=WAIT_MS)
    qtbot.wait(100)
    assert len(reads) == 2 and overlaps == []
    assert board.windows_panel.tiles[window].ticket_text == "B001"


def test_a_call_in_another_process_reaches_the_board_within_a_second(qtbot, demo_db, make_board, live):
    window = window_for(demo_db, "B")
    issue_ticket(demo_db, "HALL", "FPLY", actor=ANYONE)
    live.start()
    board = make_board()
    qtbot.waitSignal(live.changed, timeout=3000).wait()  # connected and listening
    seen: list[float] = []

    def check():
        tile = board.windows_panel.tiles.get(window)
        if tile is not None and tile.ticket_text == "B001" and not seen:
            seen.append(time.time())

    board.refreshed.connect(check)
    start = time.time() + 2.5  # the other process calls at this moment (Python needs time to start)
    process = subprocess.Popen(
        [sys.executable, "-c", CALLER, demo_db.url, str(window), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: bool(seen), timeout=15000)
    finally:
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    number, committed = out.split()
    assert number == "B001"
    assert start <= float(committed) <= seen[0]
    assert seen[0] - start < 1.0
    assert board.announcer.history == [f"请B001号到{window}号窗口办理"]


def test_the_banner_shows_while_the_connection_is_lost_and_when_reads_fail(
    qtbot, demo_db, make_board, live, monkeypatch
):
    board = make_board()
    assert not board.banner.isVisible()
    live.connection_changed.emit(False, "server closed the connection")
    assert board.banner.isVisible() and board.banner.text == "连接中断，正在重试…"
    live.connection_changed.emit(True, "")
    assert not board.banner.isVisible()

    def broken(*_args, **_kwargs):
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr(display_board.calls, "board", broken)
    qtbot.waitUntil(lambda: not board.loading, timeout=WAIT_MS)
    board.refresh()
    qtbot.waitUntil(lambda: board.banner.isVisible(), timeout=WAIT_MS)
    assert board.banner.text == "暂时无法读取叫号信息，正在重试…"
    monkeypatch.undo()
    reread(qtbot, board)
    assert not board.banner.isVisible()


def test_settings_hide_panels_scale_the_text_and_are_kept_for_this_pc(qtbot, make_board):
    board = make_board()
    assert board.settings == BoardSettings()  # a fresh PC: everything shown, voice on
    assert board.windows_panel.isVisible() and board.recent_panel.isVisible()
    unit = board.header.unit

    board.apply_settings(replace(board.settings, show_recent=False, recent_count=3, font_scale=1.5))
    assert not board.recent_panel.isVisible()
    assert board.windows_panel.isVisible() and board.queue_panel.isVisible()
    assert board.header.unit == pytest.approx(unit * 1.5)
    assert QSettings().value("board/recent_count", type=int) == 3
    assert BoardSettings.load() == board.settings

    board.apply_settings(replace(board.settings, show_recent=True, show_windows=False, show_queues=False))
    assert board.recent_panel.isVisible() and not board.windows_panel.isVisible()
    assert not board.queue_panel.isVisible()


def test_f2_opens_the_settings_dialog_and_ok_applies_and_remembers(qtbot, make_board):
    board = make_board()
    board.activateWindow()
    qtbot.keyClick(board, Qt.Key.Key_F2)
    dialog = board.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.pointCombo.count() > 1, timeout=WAIT_MS)  # all points, read behind
    assert dialog.ui.pointCombo.currentData() == "HALL"
    assert "语音" in dialog.ui.voiceStatusLabel.text()
    dialog.ui.queuesCheck.setChecked(False)
    dialog.ui.voiceCheck.setChecked(False)
    dialog.ui.recentCountSpin.setValue(5)
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not board.queue_panel.isVisible()
    assert not board.announcer.enabled
    assert QSettings().value("board/show_queues", type=bool) is False
    assert QSettings().value("board/voice", type=bool) is False
    assert BoardSettings.load().recent_count == 5


def test_choosing_another_point_shows_it_without_announcing_its_earlier_calls(qtbot, demo_db, make_board):
    issue_ticket(demo_db, "T01", "FPLY", actor=ANYONE)
    calls.call_next(demo_db, "T01", 1, actor=ANYONE)
    board = make_board()
    assert board.recent_panel.lines() == []  # the hall has called nobody
    board.apply_settings(replace(board.settings, point="T01"))
    qtbot.waitUntil(lambda: board.point_name is not None and not board.loading, timeout=WAIT_MS)
    assert board.point_code == "T01" and board.header.point_name.endswith("丰收微税厅")
    assert board.recent_panel.lines() == ["B001 → 1号窗口"]
    assert board.windows_panel.tiles[1].ticket_text == "B001"
    assert board.announcer.history == []  # T01's call came before the board showed T01
    assert BoardSettings.load().point == "T01"


def test_escape_leaves_full_screen_then_asks_before_closing(qtbot, make_board):
    board = make_board()
    closed = []
    board.closed.connect(lambda: closed.append(True))
    board.show_on_screen(0, full_screen=True)
    qtbot.waitUntil(board.isFullScreen, timeout=WAIT_MS)
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not board.isFullScreen(), timeout=WAIT_MS)
    assert board.isVisible()

    qtbot.keyClick(board, Qt.Key.Key_Escape)
    question = board.close_question
    assert question is not None and question.isVisible()
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert board.isVisible() and not closed

    qtbot.keyClick(board, Qt.Key.Key_Escape)
    question = board.close_question
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not board.isVisible(), timeout=WAIT_MS)
    assert closed == [True]


def test_the_clock_ticks_every_second(qtbot, make_board):
    board = make_board()
    first = board.header.clock_text
    assert len(first) == 8 and first.count(":") == 2
    qtbot.waitUntil(lambda: board.header.clock_text != first, timeout=2500)
    assert board.header.date_text.endswith("日")


def test_once_stopped_the_board_reads_ticks_and_speaks_no_more(qtbot, demo_db, make_board, live, monkeypatch):
    board = make_board()
    reads = []
    real_board = calls.board
    monkeypatch.setattr(display_board.calls, "board", lambda *a, **k: reads.append(1) or real_board(*a, **k))
    board.stop()
    board.stop()  # a second stop is harmless
    assert board.stopped and not board.loading
    live.changed.emit("HALL")
    board.refresh()
    clock_text = board.header.clock_text
    qtbot.wait(1300)
    assert reads == [] and board.header.clock_text == clock_text
    assert board.announcer.history == []


def test_the_desk_opens_a_board_with_a_runner_of_its_own(qtbot, demo_db, live, runner):
    board = DisplayBoard.window_of_its_own(demo_db, "HALL", live, announcer=Announcer(engine=None))
    qtbot.addWidget(board)
    board.resize(1280, 720)
    board.show()
    assert board.runner is not runner and board.runner.parent() is board
    assert board.isWindow()
    qtbot.waitUntil(lambda: board.board is not None and not board.loading, timeout=WAIT_MS)
    assert board.header.point_name == "云溪县办税服务厅"


def test_in_english_the_board_says_dates_categories_and_windows_in_english(qtbot, qapp, demo_db, make_board):
    from taxdesk.gui import i18n

    window = window_for(demo_db, "B")
    issue_ticket(demo_db, "HALL", "FPLY", actor=ANYONE)
    calls.call_next(demo_db, "HALL", window, actor=ANYONE)
    i18n.install(qapp, "en")
    try:
        board = make_board()
        today = clock.now().date()
        assert board.header.date_text == i18n.full_date(today)  # Dec 7, 2026
        assert re.fullmatch(
            r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}", board.header.date_text
        )
        assert board.header.weekday_text in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
        tile = board.windows_panel.tiles[window]
        assert tile.name == f"Window {window}" and tile.detail_text == "Invoices"
        assert board.recent_panel.lines() == [f"B001 → Window {window}"]
        waiting = board.queue_panel.texts()
        assert any(text.startswith("B Invoices ") for text in waiting), waiting
        assert not any("发票" in text for text in waiting)
    finally:
        i18n.install(qapp, "zh_CN")
