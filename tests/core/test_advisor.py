"""The tidal-window advisor on SQLite and PostgreSQL: open and close suggestions with their numbers, no
repeats, expiry, decisions with who and when, refusals, the forecast's part, the scheduled job and the
`taxdesk advise` commands."""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import threading
from datetime import date, datetime, timedelta

import pytest
from signing_in import ANYONE, PASSWORD, give_password
from sqlalchemy import func, select, update
from synthetic_history import write_history

from taxdesk.cli import main
from taxdesk.core import advisor, calls, clock, jobs, supervision
from taxdesk.core.accounts import actor_for
from taxdesk.core.db.models import AdvisorSuggestion, CalendarDay, ServicePoint, Ticket
from taxdesk.core.errors import InvalidInput, NotAllowed, NotSignedIn
from taxdesk.core.handling import handling_times
from taxdesk.core.plan import Targets, save_targets, staffing_plan
from taxdesk.core.roles import (
    SYSTEM,
    Actor,  # noqa: E402
)
from taxdesk.core.tickets import issue_ticket

TARGETS_SETTER = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who sets the alert thresholds

T0 = datetime(2026, 11, 26, 10, 0, tzinfo=clock.LOCAL_TZ)  # a Thursday morning
A_SERVICE = "DJBG"  # 税务登记信息变更 (A 综合服务)
B_SERVICE = "FPLY"  # 发票领用 (B 发票业务)


def at(minutes: float, start: datetime = T0) -> datetime:
    return start + timedelta(minutes=minutes)


def queue_up(db, count: int, service: str = A_SERVICE, start: datetime = T0) -> list[int]:
    """``count`` tickets issued in the ``count`` minutes before ``start``."""
    return [issue_ticket(db, "HALL", service, at=at(i - count, start), actor=ANYONE).id for i in range(count)]


def rows(db) -> list[AdvisorSuggestion]:
    with db.session() as session:
        return list(session.scalars(select(AdvisorSuggestion).order_by(AdvisorSuggestion.id)))


@pytest.fixture
def hall(network_db):
    """The demo hall with window 2 (A only) open since 9:00 and 23 people waiting for A at 10:00."""
    calls.sign_in(network_db, "HALL", 2, "H06", at=at(-60), actor=ANYONE)
    queue_up(network_db, 23)
    return network_db


# ------------------------------------------------------------------------------------------- opening


def test_a_queue_that_builds_up_raises_an_open_suggestion_with_its_numbers(hall):
    aht = handling_times(hall, "HALL")["GEN"].minutes  # few tickets yet: the catalogue's average
    advice = advisor.Advisor(hall, "HALL").run(at=T0)

    assert advice.open and not advice.forecast.available
    assert advice.forecast.reason == "forecast_history"  # no history: the live queue alone
    assert [s.action for s in advice.pending] == ["open"] and advice.new == advice.pending
    s = advice.pending[0]
    assert (s.category, s.prefix, s.window, s.status) == ("GEN", "A", 11, "pending")  # the closed tidal one
    assert s.waiting == 23
    assert s.expected_wait_min == pytest.approx(23 * aht / 1, abs=0.05)
    f = s.facts
    assert f["reason"] == "wait" and f["triggers"] == ["wait", "waiting"]  # 23 > the alert's 20
    assert (f["open"], f["needed"]) == (1, math.ceil(23 * aht / 10))  # the last in line within 10 min
    assert f["target_wait_min"] == 10 and f["aht_source"] == "catalogue"
    assert f["arrivals_next_hour"] is None and f["forecast"]["reason"] == "forecast_history"
    assert s.text.startswith("open a tidal window for A 综合服务 (window 11): 23 waiting, ")
    assert "no forecast" in s.text

    (row,) = rows(hall)
    assert json.loads(row.reason)["needed"] == f["needed"]  # the facts, machine-readable
    assert clock.local(row.made_at) == T0 and row.decided_at is None
    queue = next(q for q in advice.queues if q.category == "GEN")
    assert (queue.waiting, queue.open_windows, queue.needed_forecast) == (23, 1, None)
    json.dumps(advice.to_json())  # JSON all the way down


def test_a_short_queue_or_enough_windows_raise_nothing(network_db):
    db = network_db
    calls.sign_in(db, "HALL", 2, "H06", at=at(-60), actor=ANYONE)
    queue_up(db, 1)  # one person, 7 minutes: within the 10-minute target
    assert advisor.Advisor(db, "HALL").run(at=T0).pending == []
    queue_up(db, 2, start=at(1))
    calls.sign_in(db, "HALL", 3, "H16", at=at(1), actor=ANYONE)  # 3 × 7.3 min over two A windows: 11 min
    calls.sign_in(db, "HALL", 11, "H05", at=at(1), actor=ANYONE)  # … over three: 7 min
    assert advisor.Advisor(db, "HALL").run(at=at(2)).pending == []
    assert rows(db) == []


def test_people_waiting_with_no_window_open_is_an_unbounded_wait(network_db):
    queue_up(network_db, 2, B_SERVICE)
    (s,) = advisor.Advisor(network_db, "HALL").run(at=T0).pending
    assert (s.category, s.facts["reason"], s.expected_wait_min, s.facts["open"]) == (
        "INV",
        "no_window",
        None,
        0,
    )
    assert s.window == 11 and "no window open" in s.text
    assert math.isinf(rows(network_db)[0].expected_wait_min)  # stored as such, shown as "no window open"
    assert s.to_json()["expected_wait_min"] is None


def test_a_second_run_updates_the_suggestion_instead_of_repeating_it(hall):
    adviser = advisor.Advisor(hall, "HALL")
    first = adviser.run(at=T0).pending[0]
    queue_up(hall, 2, start=at(1))
    second = adviser.run(at=at(1))
    assert [s.id for s in second.pending] == [first.id] and second.new == [] and second.expired == 0
    assert second.pending[0].waiting == 25 and second.pending[0].made_at == T0  # first raised at T0
    assert second.pending[0].facts["at"] == clock.iso(at(1))
    assert advisor.Advisor(hall, "HALL").run(at=at(2)).pending[0].id == first.id  # another advisor too
    assert len(rows(hall)) == 1


def test_two_queues_short_of_windows_get_two_different_windows(hall):
    queue_up(hall, 3, B_SERVICE)  # nobody serves B
    pending = advisor.Advisor(hall, "HALL").run(at=T0).pending
    # Nobody serves B at all: the worst wait gets the first (tidal) window.
    assert {(s.category, s.window) for s in pending} == {("INV", 11), ("GEN", 12)}


def test_a_named_window_stays_named_when_another_queue_needs_one(hall):
    adviser = advisor.Advisor(hall, "HALL")
    (a,) = adviser.run(at=T0).pending
    queue_up(hall, 3, B_SERVICE, start=at(1))
    later = adviser.run(at=at(1))
    assert {(s.id, s.category, s.window) for s in later.pending} == {
        (a.id, "GEN", 11),
        (later.new[0].id, "INV", 12),
    }


def test_the_suggestion_expires_when_the_queue_clears(hall):
    adviser = advisor.Advisor(hall, "HALL")
    (s,) = adviser.run(at=T0).pending
    for minute in range(23):
        ticket = calls.call_next(hall, "HALL", 2, at=at(minute + 0.2), actor=ANYONE)
        calls.finish(hall, ticket.id, at=at(minute + 0.9), actor=ANYONE)
    cleared = adviser.run(at=at(24))
    assert cleared.pending == [] and cleared.expired == 1
    (log,) = advisor.suggestions(hall, "HALL", T0.date())
    assert (log.id, log.status, log.decided_at, log.decided_by) == (s.id, "expired", at(24), None)


def test_opening_the_named_window_ends_the_suggestion(hall):
    adviser = advisor.Advisor(hall, "HALL")
    (s,) = adviser.run(at=T0).pending
    calls.sign_in(hall, "HALL", 11, "H05", at=at(1), actor=ANYONE)
    after = adviser.run(at=at(2))
    assert after.expired == 1
    assert [(p.category, p.window) for p in after.pending] == [("GEN", 12)]  # still short: the next one
    assert after.pending[0].facts["open"] == 2


# ------------------------------------------------------------------------------------------- closing


def test_an_idle_window_at_a_quiet_time_may_close_but_not_the_last_of_a_queue(network_db):
    db = network_db
    calls.sign_in(db, "HALL", 1, "H05", at=at(-60), actor=ANYONE)  # ABCD, and the only window for B, C and D
    calls.sign_in(db, "HALL", 2, "H06", at=at(-60), actor=ANYONE)  # A
    adviser = advisor.Advisor(db, "HALL")
    assert adviser.run(at=at(-57)).pending == []  # free for 3 minutes: between two taxpayers
    (s,) = adviser.run(at=T0).pending
    assert (s.action, s.window, s.category, s.waiting) == ("close", 2, None, 0)
    assert s.facts["reason"] == "idle" and s.facts["idle_min"] == 60
    assert s.facts["categories"] == [
        {
            "category": "GEN",
            "prefix": "A",
            "waiting": 0,
            "open_after": 1,
            "needed": 0,
            "arrivals_next_hour": None,
        }
    ]
    assert s.text.startswith("window 2 can close: free for 60 min, nobody waiting")

    ticket = issue_ticket(db, "HALL", A_SERVICE, at=at(1), actor=ANYONE)
    calls.call_next(db, "HALL", 2, at=at(2), actor=ANYONE)  # busy again
    later = adviser.run(at=at(3))
    assert later.pending == [] and later.expired == 1
    calls.finish(db, ticket.id, at=at(4), actor=ANYONE)


def test_without_a_forecast_the_last_open_window_of_a_queue_stays_open(network_db):
    db = network_db
    calls.sign_in(db, "HALL", 4, "H09", at=at(-60), actor=ANYONE)  # the hall's only B window open
    assert advisor.Advisor(db, "HALL").run(at=T0).pending == []


# ------------------------------------------------------------------------------------------- deciding


def test_accepting_and_dismissing_are_recorded_with_who_and_when(hall):
    queue_up(hall, 3, B_SERVICE)
    adviser = advisor.Advisor(hall, "HALL")
    a, b = sorted(adviser.run(at=T0).pending, key=lambda s: s.category)
    accepted = advisor.decide(
        hall, a.id, accept=True, actor=actor_for(hall, "H01"), note=" 请分局轮值人员上岗 ", at=at(1)
    )
    assert (accepted.status, accepted.decided_by, accepted.decided_by_name) == ("accepted", "H01", "陈晓燕")
    assert accepted.decided_at == at(1) and accepted.note == "请分局轮值人员上岗"
    dismissed = advisor.decide(hall, b.id, accept=False, actor=actor_for(hall, "H02"), at=at(2))
    assert (dismissed.status, dismissed.decided_by, dismissed.note) == ("dismissed", "H02", None)

    log = advisor.suggestions(hall, "HALL", T0.date())
    assert sorted((s.id, s.status, s.decided_by_name, s.decided_at) for s in log) == sorted(
        [(a.id, "accepted", "陈晓燕", at(1)), (b.id, "dismissed", "吴建平", at(2))]
    )
    assert advisor.suggestions(hall, "HALL", T0.date() + timedelta(days=1)) == []
    assert advisor.pending(hall, "HALL") == []
    assert next(s for s in log if s.id == a.id).to_json()["decided_at"] == clock.iso(at(1))

    # Decided: not raised again for a while, even though nothing changed …
    assert adviser.run(at=at(3)).pending == []
    # … but after the quiet period it is, as a new suggestion.
    again = adviser.run(at=at(2 + advisor.SNOOZE_MIN + 1)).pending
    assert {s.category for s in again} == {"GEN", "INV"} and {s.id for s in again}.isdisjoint({a.id, b.id})


def test_decisions_are_refused_with_a_reason_and_change_nothing(hall):
    adviser = advisor.Advisor(hall, "HALL")
    (s,) = adviser.run(at=T0).pending

    def refused(suggestion_id, staff="H01", note=None, error=InvalidInput):
        with pytest.raises(error) as raised:
            advisor.decide(
                hall, suggestion_id, accept=True, actor=actor_for(hall, staff), note=note, at=at(1)
            )
        return raised.value

    assert refused(9999).key == "advice_unknown"
    for nobody, error in ((None, NotSignedIn), (SYSTEM, NotAllowed)):
        with pytest.raises(error):
            advisor.decide(hall, s.id, accept=True, actor=nobody, at=at(1))
    error = refused(s.id, staff="H05", error=NotAllowed)  # a window officer, not a supervisor
    assert (error.key, error.params["staff"]) == ("not_allowed", "H05")
    error = refused(s.id, staff="H03", error=NotAllowed)  # a front-desk officer
    assert refused(s.id, note="很" * 201).key == "text_too_long"
    assert advisor.pending(hall, "HALL")[0].status == "pending"  # nothing changed

    advisor.decide(hall, s.id, accept=True, actor=actor_for(hall, "H01"), at=at(1))
    assert refused(s.id, staff="H02").key == "advice_accepted"
    assert advisor.suggestions(hall, "HALL", T0.date())[0].decided_by == "H01"  # the first decision stands

    queue_up(hall, 2, B_SERVICE, start=at(30))
    (b,) = [p for p in adviser.run(at=at(30)).pending if p.category == "INV"]
    advisor.decide(hall, b.id, accept=False, actor=actor_for(hall, "H02"), at=at(31))
    assert refused(b.id).key == "advice_dismissed"
    with hall.transaction() as session:  # nobody waits for B any more
        session.execute(update(Ticket).where(Ticket.prefix == "B").values(status="cancelled"))
    queue_up(hall, 2, B_SERVICE, start=at(60))
    (c,) = [p for p in adviser.run(at=at(60)).pending if p.category == "INV"]
    with hall.transaction() as session:
        session.execute(update(Ticket).where(Ticket.prefix == "B").values(status="cancelled"))
    adviser.run(at=at(61))
    assert refused(c.id).key == "advice_expired"


def test_an_agent_decides_at_their_own_township_point(network_db):
    db = network_db
    issue_ticket(db, "T01", "FPLY", at=at(-1), actor=ANYONE)  # nobody at T01's window
    (s,) = advisor.Advisor(db, "T01").run(at=T0).pending
    assert s.window == 1
    assert advisor.decide(db, s.id, accept=True, actor=actor_for(db, "T01A"), at=at(1)).decided_by == "T01A"
    issue_ticket(db, "T02", "FPLY", at=at(-1), actor=ANYONE)
    (other,) = advisor.Advisor(db, "T02").run(at=T0).pending
    with pytest.raises(NotAllowed) as error:
        advisor.decide(
            db, other.id, accept=True, actor=actor_for(db, "T01A"), at=at(1)
        )  # another point's agent
    assert "only at their own point T01" in error.value.message
    assert advisor.pending(db, "T02")[0].status == "pending"


# ------------------------------------------------------------------------------------------- opening hours


def test_nothing_is_suggested_outside_opening_hours_and_pending_suggestions_expire(hall):
    adviser = advisor.Advisor(hall, "HALL")
    (s,) = adviser.run(at=T0).pending
    lunch = adviser.run(at=T0.replace(hour=12, minute=30))  # 08:30-12:00, 13:30-17:00
    assert (lunch.open, lunch.closed_reason, lunch.pending, lunch.expired) == (False, "outside_hours", [], 1)
    assert advisor.suggestions(hall, "HALL", T0.date())[0].status == "expired"
    saturday = T0.replace(day=28)
    queue_up(hall, 25, start=saturday)
    day_off = adviser.run(at=saturday)
    assert (day_off.open, day_off.closed_reason, day_off.pending) == (False, "not_workday", [])
    assert len(rows(hall)) == 1


# ------------------------------------------------------------------------------------------- the forecast

WEEK = "2025-W27"  # 30 June – 4 July 2025, after ten weeks of synthetic history
MONDAY = datetime(2025, 6, 30, 9, 40, tzinfo=clock.LOCAL_TZ)  # Monday mornings are twice as busy
FRIDAY = datetime(2025, 7, 4, 16, 0, tzinfo=clock.LOCAL_TZ)  # Friday afternoons nearly empty


@pytest.fixture
def history_db(network_db):
    write_history(network_db, date(2025, 4, 21), date(2025, 6, 29), seed=3, handling_min={"GEN": 6, "INV": 3})
    return network_db


class CountingPlanner:
    def __init__(self):
        self.calls = []

    def __call__(self, db, point, week):
        self.calls.append(week)
        return staffing_plan(db, point, week)


def test_the_next_hours_forecast_goes_into_the_numbers_and_the_plan_is_kept(history_db):
    db = history_db
    planner = CountingPlanner()
    adviser = advisor.Advisor(db, "HALL", planner=planner)
    calls.sign_in(db, "HALL", 2, "H06", at=at(-40, MONDAY), actor=ANYONE)
    queue_up(db, 10, start=MONDAY)
    advice = adviser.run(at=MONDAY)
    assert advice.forecast.available and advice.forecast.week == WEEK

    plan = staffing_plan(db, "HALL", WEEK)
    # The forecast's hour: the half-hour holding 9:40 and the next one, stated as "09:30–10:30".
    basis = [i for i in plan.intervals if i.start.date() == MONDAY.date() and i.end > MONDAY][:2]
    assert [i.start.strftime("%H:%M") for i in basis] == ["09:30", "10:00"]
    expected_arrivals = sum(i.categories["GEN"].arrivals for i in basis)
    rate = expected_arrivals  # the two half-hours are one hour
    aht = plan.handling["GEN"].minutes
    assert aht == pytest.approx(6)  # learnt from the history
    erlang = plan.targets.requirement(rate, aht).raw_windows
    needed_forecast = min(erlang, math.ceil(expected_arrivals))

    (s,) = advice.pending
    f = s.facts
    assert (f["forecast_from"], f["forecast_to"]) == ("09:30", "10:30")
    assert f["arrivals_next_hour"] == pytest.approx(expected_arrivals, abs=0.05)
    assert f["rate_per_hour"] == pytest.approx(rate, abs=0.05)
    assert f["needed_forecast"] == needed_forecast >= 2
    assert f["needed_queue"] == math.ceil((10 + rate * 10 / 60) * aht / 10)
    assert f["needed"] == max(needed_forecast, f["needed_queue"])
    assert s.expected_wait_min == pytest.approx(60, abs=0.05) and f["aht_source"] == "history"
    assert f"09:30–10:30 {expected_arrivals:.0f} forecast, {needed_forecast} windows at 6 min each" in s.text

    adviser.run(at=at(1, MONDAY))
    assert planner.calls == [WEEK]  # kept between runs …
    adviser.run(at=at(24 * 60, MONDAY))
    assert planner.calls == [WEEK, WEEK]  # … made again for a new day …
    save_targets(db, Targets(0.9, 5, 0.85, 0), actor=actor_for(db, "H01"))
    adviser.run(at=at(24 * 60 + 1, MONDAY))
    assert len(planner.calls) == 3  # … and for new staffing targets …
    adviser.plan_ttl_s = 0
    adviser.run(at=at(24 * 60 + 2, MONDAY))
    assert len(planner.calls) == 4  # … and once it is old


def test_at_a_quiet_time_windows_beyond_the_forecast_may_close(history_db):
    db = history_db
    for number, officer in ((2, "H06"), (3, "H16"), (4, "H09"), (5, "H08")):  # A, AE, B, B
        calls.sign_in(db, "HALL", number, officer, at=at(-30, FRIDAY), actor=ANYONE)
    advice = advisor.Advisor(db, "HALL").run(at=FRIDAY)
    assert advice.forecast.available
    closing = sorted(advice.pending, key=lambda s: s.window)
    assert [(s.action, s.window) for s in closing] == [("close", 2), ("close", 4)]  # one of each pair
    gen = next(q for q in advice.queues if q.category == "GEN")
    assert 0 < gen.arrivals_next_hour < 5 and gen.needed == 1
    line = closing[0].facts["categories"][0]
    assert (line["category"], line["open_after"], line["needed"]) == ("GEN", 1, 1)
    assert closing[0].facts["arrivals_next_hour"] == pytest.approx(gen.arrivals_next_hour, abs=0.05)


def test_a_forecast_that_fails_leaves_the_live_advice_running(hall):
    def broken(db, point, week):
        raise RuntimeError("the fit did not converge")

    advice = advisor.Advisor(hall, "HALL", planner=broken).run(at=T0)
    assert advice.forecast.reason == "forecast_failed"
    assert [s.category for s in advice.pending] == ["GEN"]
    assert advice.pending[0].facts["forecast"] == {
        "available": False,
        "week": "2026-W48",
        "reason": "forecast_failed",
        "params": {},
    }


# ------------------------------------------------------------------------------------------- the job


def test_the_scheduled_job_runs_at_once_and_then_every_interval(network_db):
    results = []
    done = threading.Event()

    def collect(advice):
        results.append(advice)
        if len(results) >= 2:
            done.set()

    scheduler = jobs.advisor_scheduler(network_db, "HALL", interval_s=1, on_advice=collect)
    (job,) = scheduler.get_jobs()
    assert job.id == "advise-HALL" and job.coalesce and job.max_instances == 1
    assert str(job.trigger.timezone) == "Asia/Shanghai"
    first = job.next_run_time
    assert first.utcoffset() == timedelta(hours=8)
    assert abs((first - clock.now()).total_seconds()) < 5  # at once, not eight hours off
    scheduler.start()
    try:
        assert done.wait(10), "the advisor job did not run twice"
    finally:
        scheduler.shutdown(wait=True)
    assert all(a.point == "HALL" for a in results)
    assert results[1].at > results[0].at


def test_a_failing_run_is_reported_and_the_job_goes_on(network_db):
    errors = []
    done = threading.Event()

    def failed(exc):
        errors.append(exc)
        if len(errors) >= 2:
            done.set()

    scheduler = jobs.advisor_scheduler(network_db, "NOWHERE", interval_s=1, on_error=failed)
    scheduler.start()
    try:
        assert done.wait(10)
    finally:
        scheduler.shutdown(wait=True)
    assert errors[0].key == "unknown_point"


# ------------------------------------------------------------------------------------------- the command line


def run_cli(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as usage_error:
        code = usage_error.code
    out, err = capsys.readouterr()
    return code, out, err


def always_open(db) -> datetime:
    """Open the hall all day today and make today a workday, so the real clock is within hours."""
    now = clock.now()
    with db.transaction() as session:
        session.execute(
            update(ServicePoint).where(ServicePoint.code == "HALL").values(opening_hours="00:00-24:00")
        )
        if session.get(CalendarDay, now.date()) is None:
            session.add(CalendarDay(day=now.date(), kind="workday", name=None))
    return now


def test_advise_commands(network_db, capsys, monkeypatch):
    db = network_db
    give_password(db, "H01", "H02", "H05")
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)
    now = always_open(db)
    calls.sign_in(db, "HALL", 2, "H06", at=now - timedelta(minutes=30), actor=ANYONE)
    for i in range(23):
        issue_ticket(db, "HALL", A_SERVICE, at=now - timedelta(seconds=10 * (23 - i)), actor=ANYONE)
    url = db.url

    code, out, err = run_cli(capsys, "--db", url, "advise", "run", "--point", "HALL", "--once", "--json")
    assert code == 0, err
    (s,) = json.loads(out)
    assert (s["action"], s["category"], s["window"], s["waiting"], s["status"]) == (
        "open",
        "GEN",
        11,
        23,
        "pending",
    )
    assert s["text"].startswith("open a tidal window for A 综合服务 (window 11)")

    code, out, _ = run_cli(capsys, "advise", "run", "--db", url, "--point", "HALL", "--once")
    assert code == 0 and out.count("\n") == 1 and f"#{s['id']}" in out and "window 11" in out

    code, out, _ = run_cli(
        capsys, "--db", url, "advise", "accept", str(s["id"]), "--user", "H01", "--note", "已安排", "--json"
    )
    decided = json.loads(out)
    assert code == 0 and (decided["status"], decided["decided_by"], decided["note"]) == (
        "accepted",
        "H01",
        "已安排",
    )

    code, out, _ = run_cli(
        capsys, "--db", url, "advise", "list", "--point", "HALL", "--date", now.date().isoformat(), "--json"
    )
    assert code == 0 and [(x["id"], x["status"], x["decided_by_name"]) for x in json.loads(out)] == [
        (s["id"], "accepted", "陈晓燕")
    ]
    code, out, _ = run_cli(capsys, "--db", url, "advise", "list", "--point", "HALL")
    assert code == 0 and "accepted by 陈晓燕 (H01)" in out

    for argv, needle in (
        (("advise", "dismiss", str(s["id"]), "--user", "H02"), "accepted already"),
        (("advise", "accept", "9999", "--user", "H01"), "no tidal-window suggestion"),
        (("advise", "list", "--point", "NOWHERE"), "unknown service point"),
        (("advise", "list", "--point", "HALL", "--date", "2026-13-01"), "not a date"),
        (("advise", "accept", "x", "--user", "H01"), "invalid int value"),
        (("advise", "accept", str(s["id"]), "--by", "H01"), "unrecognized arguments: --by"),
    ):
        code, out, err = run_cli(capsys, "--db", url, *argv)
        assert code == 2 and out == "" and err.count("\n") == 1 and needle in err, (argv, err)
    for argv, exit_code, needle in (
        (("advise", "accept", str(s["id"])), 3, "--user CODE"),  # nobody signed in
        (("advise", "accept", str(s["id"]), "--user", "H05"), 4, "may not do this"),  # a window officer
    ):
        code, out, err = run_cli(capsys, "--db", url, *argv)
        assert code == exit_code and out == "" and err.count("\n") == 1 and needle in err, (argv, err)
    assert [r.status for r in rows(db)] == ["accepted"]


def test_advise_run_keeps_going_until_told_to_stop(network_db):
    db = network_db
    now = always_open(db)
    calls.sign_in(db, "HALL", 2, "H06", at=now - timedelta(minutes=30), actor=ANYONE)
    for i in range(23):
        issue_ticket(db, "HALL", A_SERVICE, at=now - timedelta(seconds=10 * (23 - i)), actor=ANYONE)
    process = subprocess.Popen(
        [sys.executable, "-m", "taxdesk", "--db", db.url, "advise", "run", "--point", "HALL"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        line = process.stdout.readline()
        assert "open a tidal window for A" in line and "window 11" in line
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert process.stderr.read() == ""
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AdvisorSuggestion)) == 1


def test_the_supervisors_thresholds_are_the_alert_triggers(network_db):
    db = network_db
    supervision.set_thresholds(db, 2, 30, actor=TARGETS_SETTER)
    calls.sign_in(db, "HALL", 2, "H06", at=at(-60), actor=ANYONE)
    calls.sign_in(db, "HALL", 3, "H16", at=at(-60), actor=ANYONE)
    queue_up(db, 3)  # 3 × 7.3 min / 2 windows = 11 min: over the target too
    (s,) = advisor.Advisor(db, "HALL").run(at=T0).pending
    assert s.facts["triggers"] == ["wait", "waiting"] and s.facts["alert_waiting"] == 2
