"""The staffing plan: Erlang C per category on the forecast and the learnt handling times, the settings'
targets, progress and cancel, and the command line."""

from __future__ import annotations

import json
import math
from datetime import date, timedelta

import pytest
from signing_in import PASSWORD, give_password
from synthetic_history import write_history

from taxdesk.cli import main
from taxdesk.core import settings
from taxdesk.core.accounts import actor_for
from taxdesk.core.errors import InvalidInput, NotAllowed, NotSignedIn
from taxdesk.core.forecast import BACKTEST_WEEKS, ForecastCancelled, forecast_week
from taxdesk.core.plan import Targets, save_targets, staffing_plan, targets_from_settings, week_days
from taxdesk.core.roles import SYSTEM
from taxdesk.core.staffing import required_windows

WEEK = "2025-W27"  # 30 June – 4 July 2025, after ten weeks of history


@pytest.fixture
def history_db(network_db):
    write_history(network_db, date(2025, 4, 21), date(2025, 6, 29), seed=3, handling_min={"GEN": 6, "INV": 3})
    return network_db


def test_the_plan_is_erlang_c_on_the_forecast_per_category(history_db):
    plan = staffing_plan(history_db, "HALL", WEEK)
    assert (plan.targets.target_sl, plan.targets.target_wait_min) == (0.8, 10.0)
    assert (plan.targets.max_occupancy, plan.targets.shrinkage) == (0.85, 0.0)
    assert plan.handling["GEN"].source == "history" and plan.handling["GEN"].minutes == pytest.approx(6)
    assert plan.handling["INV"].minutes == pytest.approx(3)
    assert plan.handling["SSF"].source == "catalogue"  # offered at the hall, never in this history

    assert len(plan.intervals) == 5 * 14 and plan.forecast.backtest is None
    busiest = most_for_one_queue = 0
    for interval, forecast in zip(plan.intervals, plan.forecast.intervals, strict=True):
        assert interval.start == forecast.start and interval.arrivals == forecast.arrivals
        assert set(interval.categories) == set(forecast.by_category)
        for code, need in interval.categories.items():
            assert need.arrivals == forecast.by_category[code]
            assert need.band == forecast.by_category_band[code] and need.to_json()["hi"] == need.band[1]
            assert need.arrivals_per_hour == pytest.approx(2 * need.arrivals)  # a half-hour
            assert need.aht_min == plan.handling[code].minutes
            most_for_one_queue = max(most_for_one_queue, need.requirement.windows)
            assert need.requirement == required_windows(
                need.arrivals_per_hour, need.aht_min, target_sl=0.8, target_wait_min=10, max_occupancy=0.85
            )
        assert interval.windows == sum(n.requirement.windows for n in interval.categories.values())
        rate = sum(n.arrivals_per_hour for n in interval.categories.values())
        aht = sum(n.arrivals_per_hour * n.aht_min for n in interval.categories.values()) / rate
        assert interval.pooled == required_windows(
            rate, aht, target_sl=0.8, target_wait_min=10, max_occupancy=0.85
        )
        assert interval.pooled.windows <= interval.windows <= interval.windows_hi
        busiest = max(busiest, interval.windows)
    assert plan.peak.windows == busiest
    assert most_for_one_queue >= 3  # Monday mornings: 24 taxpayers an hour at 6 minutes each

    data = json.loads(json.dumps(plan.to_json()))
    assert data["week"] == WEEK and data["targets"]["target_sl"] == 0.8
    first = data["intervals"][0]
    assert {"start", "end", "arrivals", "lo", "hi", "windows", "pooled_windows", "categories"} <= set(first)
    assert {"arrivals", "aht_min", "windows", "raw_windows", "service_level"} <= set(
        first["categories"]["GEN"]
    )
    assert data["handling_times"]["GEN"]["source"] == "history"


def test_targets_come_from_the_settings_unless_given(history_db):
    with history_db.transaction() as session:
        settings.put(session, settings.STAFFING_SHRINKAGE, "0.3")
    plan = staffing_plan(history_db, "HALL", WEEK)
    assert plan.targets.shrinkage == 0.3
    for interval in plan.intervals:
        for need in interval.categories.values():
            assert need.requirement.windows == math.ceil(need.requirement.raw_windows / 0.7 - 1e-9)
    stricter = staffing_plan(history_db, "HALL", WEEK, target_sl=0.95, shrinkage=0.0)
    assert stricter.targets.shrinkage == 0.0
    assert all(
        s.raw_windows >= p.raw_windows for s, p in zip(stricter.intervals, plan.intervals, strict=True)
    )
    with pytest.raises(InvalidInput) as error:
        staffing_plan(history_db, "HALL", WEEK, target_sl=1.5)
    assert error.value.key == "erlang_sl"


def test_saved_targets_are_every_plans_default_and_bad_ones_change_nothing(network_db, capsys, monkeypatch):
    db = network_db
    assert targets_from_settings(db) == Targets(0.8, 10, 0.85, 0)
    supervisor = actor_for(db, "H01")
    for nobody, error in ((None, NotSignedIn), (SYSTEM, NotAllowed), (actor_for(db, "H05"), NotAllowed)):
        with pytest.raises(error):
            save_targets(db, Targets(0.9, 5, 0.8, 0.2), actor=nobody)
    assert targets_from_settings(db) == Targets(0.8, 10, 0.85, 0)
    assert save_targets(db, Targets(0.9, 5, 0.8, 0.2), actor=supervisor) == Targets(0.9, 5, 0.8, 0.2)
    assert targets_from_settings(db) == Targets(0.9, 5, 0.8, 0.2)
    for bad, key in (
        (Targets(1.2, 5, 0.8, 0.2), "erlang_sl"),
        (Targets(0.9, -1, 0.8, 0.2), "erlang_wait"),
        (Targets(0.9, 5, 0, 0.2), "erlang_occupancy"),
        (Targets(0.9, 5, 0.8, 1), "erlang_shrinkage"),
    ):
        with pytest.raises(InvalidInput) as error:
            save_targets(db, bad, actor=supervisor)
        assert error.value.key == key
    assert targets_from_settings(db) == Targets(0.9, 5, 0.8, 0.2)

    url = db.url
    # Changing them signs in (exit 3 without an account, 4 for a window officer); showing them does not.
    assert main(["--db", url, "staffing", "targets", "--target-sl", "0.85"]) == 3
    give_password(db, "H01", "H05")
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)
    assert main(["--db", url, "--user", "H05", "staffing", "targets", "--target-sl", "0.85"]) == 4
    assert targets_from_settings(db).target_sl == 0.9
    capsys.readouterr()
    monkeypatch.setenv("TAXDESK_USER", "H01")
    assert main(["--db", url, "staffing", "targets", "--target-sl", "0.85", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "target_sl": 0.85,
        "target_wait_min": 5.0,
        "max_occupancy": 0.8,
        "shrinkage": 0.2,
    }
    assert main(["--db", url, "staffing", "targets"]) == 0
    assert capsys.readouterr().out.strip() == "85% served within 5 min, occupancy at most 80%, shrinkage 20%"
    assert main(["--db", url, "staffing", "targets", "--shrinkage", "1.5"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert targets_from_settings(db).shrinkage == 0.2


def test_forecast_and_plan_from_the_command_line(history_db, capsys):
    url = history_db.url
    assert main(["--db", url, "forecast", "--point", "HALL", "--week", WEEK, "--json"]) == 0
    forecast = json.loads(capsys.readouterr().out)
    assert len(forecast["intervals"]) == 70 and forecast["backtest"]["weeks"]
    assert main(["--db", url, "staffing", "plan", "--point", "HALL", "--week", WEEK, "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert [i["arrivals"] for i in plan["intervals"]] == [i["arrivals"] for i in forecast["intervals"]]
    assert main(["--db", url, "staffing", "plan", "--point", "HALL", "--week", WEEK]) == 0
    assert "pooled" in capsys.readouterr().out
    assert main(["--db", url, "forecast", "--point", "HALL", "--week", "2025-27"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "2025-27" in error


def test_progress_is_reported_over_the_real_stages(history_db):
    reports: list[tuple[int, int]] = []
    polls = []
    plan = staffing_plan(
        history_db,
        "HALL",
        WEEK,
        backtest=True,
        progress=lambda done, total: reports.append((done, total)),
        cancel=lambda: polls.append(1) and False,
    )
    categories = len(plan.forecast.categories)
    assert 0 < len(plan.forecast.backtest.weeks) < BACKTEST_WEEKS  # the first weeks lack history
    # Reading, sharing out, a fit per category, the intervals, each backtest week (measured or not);
    # then the handling times and Erlang C.
    total = 3 + categories + BACKTEST_WEEKS + 2
    assert reports == [(done, total) for done in range(1, total + 1)]
    assert len(polls) > total  # also polled inside the backtest's fits
    plain = staffing_plan(history_db, "HALL", WEEK, backtest=True)
    assert [i.windows for i in plain.intervals] == [i.windows for i in plan.intervals]
    assert plain.forecast.backtest == plan.forecast.backtest


@pytest.mark.parametrize("stop_after", [0, 1, 4, 12, 15])
def test_cancel_stops_the_run_at_the_next_stage(history_db, stop_after):
    reports: list[tuple[int, int]] = []
    with pytest.raises(ForecastCancelled) as cancelled:
        staffing_plan(
            history_db,
            "HALL",
            WEEK,
            backtest=True,
            progress=lambda done, total: reports.append((done, total)),
            cancel=lambda: len(reports) >= stop_after,
        )
    assert cancelled.value.key == "forecast_cancelled"
    assert len(reports) == stop_after  # not one stage more once cancel() said so
    total = reports[-1][1] if reports else None
    assert total is None or reports[-1][0] < total


def test_a_forecast_can_be_cancelled_on_its_own(history_db):
    reports: list[tuple[int, int]] = []
    forecast = forecast_week(
        history_db, "HALL", WEEK, backtest=False, progress=lambda d, t: reports.append((d, t))
    )
    total = 3 + len(forecast.categories)
    assert reports == [(done, total) for done in range(1, total + 1)]
    with pytest.raises(ForecastCancelled):
        forecast_week(history_db, "HALL", WEEK, cancel=lambda: True)


def test_the_days_of_a_week_as_the_databases_calendar_sees_them(network_db):
    days = week_days(network_db, "2025-W41")  # 6–12 October 2025: National Day, then work on Saturday
    assert [d.day for d in days] == [date(2025, 10, 6) + timedelta(days=i) for i in range(7)]
    assert [d.workday for d in days] == [False, False, False, True, True, True, False]
    assert days[0].holiday_name == "中秋节" and days[3].holiday_name is None  # 2025: 中秋 on 6 October
    assert days[5].makeup_workday and not days[4].makeup_workday
    assert all(d.covered for d in days)
    assert days[3].filing_deadline_of_month == date(2025, 10, 27)
    uncovered = week_days(network_db, "2027-W10")
    assert not any(d.covered for d in uncovered)
    assert [d.workday for d in uncovered] == [True] * 5 + [False] * 2
    with pytest.raises(InvalidInput) as error:
        week_days(network_db, "2027-10")
    assert error.value.key == "forecast_week"
