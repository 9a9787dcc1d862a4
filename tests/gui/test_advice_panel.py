"""The tidal-window advisor's panel in the supervisor's view: suggestion cards with their numbers, deciding
with who and a note, refusals that change nothing, opening hours, the day's log, the minute's runs and a
failed run, on a real SQLite database with the bureau's clock fixed."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from signing_in import ANYONE
from sqlalchemy import text, update

from taxdesk.core import advisor, calls, clock
from taxdesk.core.accounts import actor_for
from taxdesk.core.db import Database
from taxdesk.core.db.models import Staff, Ticket
from taxdesk.core.handling import handling_times
from taxdesk.core.tickets import issue_ticket
from taxdesk.gui.desk.supervisor import SupervisorView
from taxdesk.gui.live import LiveUpdates
from taxdesk.gui.signin.session import DeskSession

WAIT_MS = 10000
T0 = datetime(2026, 11, 26, 10, 0, tzinfo=clock.LOCAL_TZ)  # a Thursday morning, the hall open
A_SERVICE = "DJBG"  # 税务登记信息变更 (A 综合服务)
B_SERVICE = "FPLY"  # 发票领用 (B 发票业务)


class Clock:
    """The bureau's clock for the advisor, moved by the test."""

    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def queue_up(db, count: int, service: str = A_SERVICE, start: datetime = T0) -> None:
    """``count`` tickets issued in the ``count`` minutes before ``start``."""
    for i in range(count):
        issue_ticket(db, "HALL", service, at=start + timedelta(minutes=i - count), actor=ANYONE)


@pytest.fixture
def hall_db(sqlite_url):
    """The demo network on SQLite, no history: the advice goes on the live queue alone."""
    from taxdesk.core.demo import populate

    db = Database(sqlite_url)
    populate(db, history_days=0)
    yield db
    db.dispose()


@pytest.fixture
def live(hall_db):
    """The live feed of this file's own database (the shared ``live`` is the demo database's): not
    started, tests say when the point changed."""
    feed = LiveUpdates(hall_db)
    yield feed
    feed.stop()


@pytest.fixture
def now():
    return Clock(T0)


@pytest.fixture
def open_view(qtbot, make_context, hall_db, live, now):
    """Open the supervisor view (the advisor runs at once) and wait for its first advice."""
    pages = []

    def make(interval_ms: int = 60_000, person: str = "H01") -> SupervisorView:
        """The view as ``person`` signed in at the desk (陈晓燕, a supervisor, unless said otherwise)."""
        desk = DeskSession(actor_for(hall_db, person))
        page = SupervisorView(
            make_context(hall_db, "HALL", live, session=desk), advice_interval_ms=interval_ms, now=now
        )
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        page.load()
        pages.append(page)
        qtbot.waitUntil(lambda: advised(page), timeout=WAIT_MS)
        return page

    yield make
    for page in pages:
        page.stop()


def advised(page: SupervisorView) -> bool:
    return page.advice.advice is not None and not page.advice.running and not page.runner.busy


def settled(qtbot, page: SupervisorView) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy and not page.advice.running, timeout=WAIT_MS)


def run_again(qtbot, page: SupervisorView) -> None:
    before = page.advice.advice
    page.advice.run_now()
    qtbot.waitUntil(lambda: page.advice.advice is not before and advised(page), timeout=WAIT_MS)


def log_rows(page: SupervisorView) -> list[list[str]]:
    model = page.advice.log_model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def card_texts(page: SupervisorView) -> list[str]:
    return [card.text_label.text() for card in page.advice.cards.values()]


def only_card(page: SupervisorView):
    (card,) = page.advice.cards.values()
    return card


def status(page: SupervisorView) -> str:
    return page.ui.adviceStatusLabel.text()


def hand_over(page: SupervisorView, code: str) -> None:
    """``code`` takes the desk (signs in in place of whoever was signed in)."""
    page.context.session.sign_in(actor_for(page.db, code))


@pytest.fixture
def hall(hall_db):
    """Window 2 (A only) open since 9:00 and 23 people waiting for A at 10:00."""
    calls.sign_in(hall_db, "HALL", 2, "H06", at=at(-60), actor=ANYONE)
    queue_up(hall_db, 23)
    return hall_db


# ------------------------------------------------------------------------------------------- showing


def test_a_queue_that_builds_up_shows_an_open_card_with_its_numbers(open_view, hall):
    aht = handling_times(hall, "HALL")["GEN"].minutes
    page = open_view()

    card = only_card(page)
    assert card.isVisible() and not page.ui.noSuggestionsLabel.isVisible()
    assert page.ui.adviceBox.title() == "潮汐窗口建议（1 条待定）"
    assert card.text_label.text() == (
        f"建议为 A 类 综合服务 开放潮汐窗口（11 号窗口）：23 人等候，预计等候 {23 * aht:.0f} 分钟；"
        f"无预测，按现场排队需 {math.ceil(23 * aht / 10)} 个窗口，现开 1 个"
    )
    assert card.meta_label.text() == f"10:00 提出 · 编号 {card.suggestion.id}"
    assert card.accept_button.isEnabled() and card.dismiss_button.isEnabled()
    assert status(page) == (
        "10:00:00 已分析：未用预测（历史取号记录不足：需 40 个工作日，现有 0 个），仅按现场排队。"
    )
    assert log_rows(page) == [["10:00", "开 11 号窗口 · A 综合服务", "待定", "—", "—", ""]]
    tooltip = page.advice.log_model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == card.text_label.text()


def test_an_idle_window_at_a_quiet_time_shows_a_close_card(open_view, hall_db):
    calls.sign_in(
        hall_db, "HALL", 1, "H05", at=at(-60), actor=ANYONE
    )  # A B C D, the only window for B, C and D
    calls.sign_in(hall_db, "HALL", 2, "H06", at=at(-60), actor=ANYONE)  # A
    page = open_view()
    assert card_texts(page) == ["2 号窗口可以关闭：已空闲 60 分钟，无人等候；关闭后仍开 1 个（需 0 个）"]
    assert log_rows(page)[0][1] == "关 2 号窗口"


def test_nothing_to_suggest_says_so(open_view, hall_db):
    page = open_view()
    assert page.advice.cards == {} and page.ui.noSuggestionsLabel.isVisible()
    assert page.ui.noSuggestionsLabel.text() == "目前没有建议：各队列的等候都在目标之内。"
    assert log_rows(page) == []


# ------------------------------------------------------------------------------------------- deciding


def test_accepting_records_who_and_the_note_and_the_card_goes(qtbot, open_view, hall, now):
    page = open_view()
    card = only_card(page)
    hand_over(page, "H02")
    page.ui.noteEdit.setText("  已请分局轮值人员上岗 ")
    now.moment = at(2)
    decided = []
    page.advice.decided.connect(decided.append)
    qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.advice.cards == {} and not page.runner.busy, timeout=WAIT_MS)

    (s,) = advisor.suggestions(hall, "HALL", T0.date())
    assert (s.id, s.status, s.decided_by, s.decided_at, s.note) == (
        card.suggestion.id,
        "accepted",
        "H02",
        at(2),
        "已请分局轮值人员上岗",
    )
    assert [d.id for d in decided] == [s.id]
    assert log_rows(page) == [
        ["10:00", "开 11 号窗口 · A 综合服务", "已采纳", "吴建平", "10:02", "已请分局轮值人员上岗"]
    ]
    assert page.ui.noteEdit.text() == ""
    assert page.ui.noSuggestionsLabel.isVisible() and page.ui.adviceBox.title() == "潮汐窗口建议"
    assert status(page).startswith("已采纳「开 11 号窗口 · A 综合服务」（吴建平）。")


def test_dismissing_is_recorded_likewise_and_the_other_card_stays(qtbot, open_view, hall):
    queue_up(hall, 3, B_SERVICE)  # nobody serves B: the worst wait gets the first window
    page = open_view()
    by_category = {card.suggestion.category: card for card in page.advice.cards.values()}
    assert set(by_category) == {"GEN", "INV"}
    assert (
        by_category["INV"]
        .text_label.text()
        .startswith("建议为 B 类 发票业务 开放潮汐窗口（11 号窗口）：3 人等候，目前没有窗口办理；")
    )
    qtbot.mouseClick(by_category["INV"].dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.advice.cards) == 1 and not page.runner.busy, timeout=WAIT_MS)

    assert [card.suggestion.category for card in page.advice.cards.values()] == ["GEN"]
    log = {s.category: s for s in advisor.suggestions(hall, "HALL", T0.date())}
    assert (log["INV"].status, log["INV"].decided_by, log["INV"].note) == ("dismissed", "H01", None)
    assert log["GEN"].status == "pending"
    rows = {row[1]: row for row in log_rows(page)}
    assert rows["开 11 号窗口 · B 发票业务"][2:5] == ["已忽略", "陈晓燕", "10:00"]
    assert rows["开 12 号窗口 · A 综合服务"][2] == "待定"
    assert status(page).startswith("已忽略「开 11 号窗口 · B 发票业务」（陈晓燕）。")


def test_a_suggestion_that_expired_meanwhile_is_refused_and_nothing_changes(qtbot, open_view, hall, now):
    page = open_view()
    card = only_card(page)
    # Meanwhile the queue cleared and another desk's advisor expired the suggestion; this view has not
    # heard yet (no live signal), so the card is still there.
    with hall.transaction() as session:
        session.execute(update(Ticket).where(Ticket.prefix == "A").values(status="cancelled"))
    assert advisor.Advisor(hall, "HALL").run(at=at(1)).expired == 1
    page.ui.noteEdit.setText("看看再说")
    now.moment = at(2)
    qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(page).startswith("未记录") and not page.runner.busy, timeout=WAIT_MS)

    assert status(page).splitlines()[0] == (
        f"未记录：这条建议（编号 {card.suggestion.id}）已过期：排队情况已经变化。"
    )
    assert page.ui.adviceStatusLabel.property("problem") == "true"
    (s,) = advisor.suggestions(hall, "HALL", T0.date())
    assert (s.status, s.decided_by, s.decided_at, s.note) == ("expired", None, at(1), None)
    assert page.ui.noteEdit.text() == "看看再说"  # kept for the next try
    qtbot.waitUntil(lambda: page.advice.cards == {}, timeout=WAIT_MS)  # the stale card goes
    assert log_rows(page)[0][2] == "已过期"


def test_an_officer_who_left_since_signing_in_is_refused_and_nothing_changes(qtbot, open_view, hall):
    page = open_view()
    card = only_card(page)
    with hall.transaction() as session:
        session.execute(update(Staff).where(Staff.code == "H01").values(active=False))
    qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "未记录" in status(page) and not page.runner.busy, timeout=WAIT_MS)

    assert status(page).splitlines()[0] == "未记录：工号 H01 已离职或账号已停用，请重新登录。"
    assert advisor.pending(hall, "HALL")[0].decided_by is None  # nothing changed
    assert card.accept_button.isEnabled()  # the same card, ready for the next try


def test_a_person_who_may_not_decide_sees_disabled_buttons_with_a_hint_and_the_core_refuses(
    qtbot, open_view, hall
):
    page = open_view(person="H05")  # a window officer
    card = only_card(page)
    hint = "建议只能查看：采纳或忽略须由值班长（或本服务点的代办员）登录后进行。"
    assert not card.accept_button.isEnabled() and not card.dismiss_button.isEnabled()
    assert card.accept_button.toolTip() == hint
    assert status(page).splitlines()[-1] == hint

    page.advice.decide(card.suggestion.id, True)  # asked anyway: the core refuses
    qtbot.waitUntil(lambda: "未记录" in status(page) and not page.runner.busy, timeout=WAIT_MS)
    assert status(page).splitlines()[0] == "未记录：工号 H05 的角色无权进行此操作。"
    assert advisor.pending(hall, "HALL")[0].status == "pending"


# ------------------------------------------------------------------------------------------- running


def test_outside_opening_hours_and_on_a_day_off_the_status_says_so(qtbot, open_view, hall, now):
    page = open_view()
    assert len(page.advice.cards) == 1
    now.moment = T0.replace(hour=12, minute=30)  # 08:30-12:00, 13:30-17:00
    run_again(qtbot, page)
    assert status(page) == "12:30:00 检查：不在办公时间，不提出新建议。"
    assert page.advice.cards == {} and page.ui.noSuggestionsLabel.text() == "不在办公时间：暂不提出建议。"
    assert log_rows(page)[0][2:5] == ["已过期", "—", "12:30"]  # the morning's suggestion lapsed

    now.moment = T0.replace(day=28)  # a Saturday
    run_again(qtbot, page)
    assert status(page) == "10:00:00 检查：非工作日，不提出新建议。"
    assert page.ui.noSuggestionsLabel.text() == "非工作日：暂不提出建议。"
    assert log_rows(page) == []  # Saturday's log: nothing that day


def test_the_advisor_runs_again_every_interval_while_shown(qtbot, open_view, hall_db, now):
    calls.sign_in(hall_db, "HALL", 2, "H06", at=at(-60), actor=ANYONE)
    page = open_view(interval_ms=150)
    assert page.advice.cards == {}
    queue_up(hall_db, 23, start=at(1))
    now.moment = at(1)
    qtbot.waitUntil(lambda: len(page.advice.cards) == 1, timeout=WAIT_MS)  # nobody asked: the timer did
    assert status(page).startswith("10:01:00 已分析")

    runs = []
    page.advice.advised.connect(runs.append)
    page.hide()  # another page of the window: the advisor rests
    settled(qtbot, page)
    runs.clear()
    qtbot.wait(500)
    assert runs == []
    page.show()  # shown again: at once, then every interval
    qtbot.waitUntil(lambda: len(runs) >= 2, timeout=WAIT_MS)

    page.stop()
    settled(qtbot, page)
    runs.clear()
    qtbot.wait(500)
    assert runs == []


def test_a_run_is_never_started_while_the_last_one_is_going(qtbot, open_view, hall):
    page = open_view()
    runs = []
    page.advice.advised.connect(runs.append)
    for _ in range(3):
        page.advice.run_now()
    settled(qtbot, page)
    qtbot.wait(100)
    assert len(runs) == 1


def test_a_failed_run_shows_in_the_status_and_the_next_one_tries_again(qtbot, open_view, hall):
    page = open_view(interval_ms=150)
    assert len(page.advice.cards) == 1
    with hall.transaction() as session:  # the suggestions' table is out of reach
        session.execute(text("ALTER TABLE advisor_suggestions RENAME TO advisor_suggestions_away"))
    try:
        qtbot.waitUntil(lambda: "分析失败" in status(page), timeout=WAIT_MS)
        assert status(page).startswith("10:00:00 分析失败：数据库不可用：")
        assert status(page).endswith("下一分钟自动重试。")
        assert page.ui.adviceStatusLabel.property("problem") == "true"
        assert len(page.advice.cards) == 1  # what was shown stays
    finally:
        settled(qtbot, page)
        with hall.transaction() as session:
            session.execute(text("ALTER TABLE advisor_suggestions_away RENAME TO advisor_suggestions"))
    qtbot.waitUntil(lambda: status(page).startswith("10:00:00 已分析"), timeout=WAIT_MS)
    assert page.ui.adviceStatusLabel.property("problem") == "false"


def test_a_decision_at_another_desk_appears_after_the_live_signal(qtbot, open_view, hall, live):
    page = open_view()
    card = only_card(page)
    advisor.decide(
        hall, card.suggestion.id, accept=False, actor=actor_for(hall, "H02"), note="人手不够", at=at(1)
    )
    live.changed.emit("T03")  # another point: nothing to read
    qtbot.wait(100)
    assert len(page.advice.cards) == 1
    live.changed.emit("")  # SQLite cannot say which point changed
    qtbot.waitUntil(lambda: page.advice.cards == {} and not page.runner.busy, timeout=WAIT_MS)
    assert log_rows(page) == [["10:00", "开 11 号窗口 · A 综合服务", "已忽略", "吴建平", "10:01", "人手不够"]]
