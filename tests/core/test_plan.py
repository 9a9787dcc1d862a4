"""The staffing plan: Erlang C per category on the forecast and the learnt handling times, the settings'
targets, and the command line."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest
from synthetic_history import write_history

from taxdesk.cli import main
from taxdesk.core import settings
from taxdesk.core.errors import InvalidInput
from taxdesk.core.plan import staffing_plan
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
