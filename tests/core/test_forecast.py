"""The arrivals forecast: it learns a pattern it was not told, beats the baselines, keeps to the calendar and
the opening hours, and says clearly what is wrong with bad input. Handling times from history."""

from __future__ import annotations

import json
import statistics
from datetime import UTC, date, datetime, time, timedelta

import numpy as np
import pytest
from sqlalchemy import insert, select, update
from synthetic_history import BASE, HALL_SLOTS, expected, write_history

from taxdesk.core import calendar
from taxdesk.core.clock import LOCAL_TZ
from taxdesk.core.db.models import CalendarDay, Category, PointService, Service, ServicePoint, Ticket
from taxdesk.core.errors import InvalidInput
from taxdesk.core.forecast import forecast_week, parse_week, week_of
from taxdesk.core.handling import handling_times
from taxdesk.core.tickets import MIN_HISTORY

# 37 weeks ending the Sunday before National Day week 2025 (1–8 October off, Saturday 11 October worked),
# with four make-up workdays in them: enough for the model to learn what such a day is like.
HISTORY = (date(2025, 1, 20), date(2025, 10, 5))
NATIONAL_DAY_WEEK = "2025-W41"


def test_iso_weeks():
    assert parse_week("2025-W41") == date(2025, 10, 6)
    assert parse_week("2026-W53") == date(2026, 12, 28)  # 2026 has 53 ISO weeks …
    assert week_of(date(2027, 1, 1)) == "2026-W53"
    for bad in ("2025-W53", "2025-W00", "2025-W1", "2025W41", "41", "", "2025-W41x"):  # … 2025 does not
        with pytest.raises(InvalidInput) as error:
            parse_week(bad)
        assert error.value.key == "forecast_week"


def test_the_forecast_learns_a_pattern_it_was_not_told(network_db):
    write_history(network_db, *HISTORY, seed=7)
    forecast = forecast_week(network_db, "HALL", NATIONAL_DAY_WEEK)

    # Holidays and the Sunday have no intervals; the make-up Saturday has them, in opening hours only.
    days = sorted({i.start.date() for i in forecast.intervals})
    assert days == [date(2025, 10, 9), date(2025, 10, 10), date(2025, 10, 11)]
    for day in days:
        starts = [(i.start.time(), i.end.time()) for i in forecast.intervals if i.start.date() == day]
        assert starts == [(_hm(a), _hm(b)) for a, b in HALL_SLOTS]

    # The means are close to the truth, and the pieces add up.
    truth = {(i.start, code): _truth(i.start, code) for i in forecast.intervals for code in BASE}
    error = sum(
        abs(i.by_category[code] - truth[(i.start, code)]) for i in forecast.intervals for code in BASE
    )
    assert error / sum(truth.values()) < 0.15
    for i in forecast.intervals:
        assert sum(i.by_category.values()) == pytest.approx(i.arrivals)
        assert sum(i.by_service.values()) == pytest.approx(i.arrivals)
        assert i.lo <= i.arrivals <= i.hi and i.lo == int(i.lo)

    # Each category's own 80 % band holds about 80 % of what such a day really brings (Poisson draws
    # around the true means), and holds its own forecast.
    rng = np.random.default_rng(11)
    inside = []
    for i in forecast.intervals:
        for code in BASE:
            lo, hi = i.by_category_band[code]
            assert lo <= i.by_category[code] <= hi
            inside.extend(lo <= n <= hi for n in rng.poisson(truth[(i.start, code)], 20))
    assert 0.75 <= sum(inside) / len(inside) <= 0.95

    # Rolling origin over the 8 weeks before: far better than the seasonal naive, and the 80 % band holds
    # about 80 % of what really came.
    backtest = forecast.backtest
    assert backtest.weeks == [f"2025-W{n}" for n in range(33, 41)]
    assert backtest.wape <= 0.8 * backtest.naive_wape
    assert backtest.wape < backtest.average_wape
    assert 0.7 <= backtest.coverage <= 0.95

    # A notice imported into the database moves the days (here: Friday the 10th made a holiday).
    with network_db.transaction() as session:
        session.add(CalendarDay(day=date(2025, 10, 10), kind="holiday", name="test"))
    calendar.forget(network_db)
    moved = forecast_week(network_db, "HALL", NATIONAL_DAY_WEEK, backtest=False)
    assert sorted({i.start.date() for i in moved.intervals}) == [date(2025, 10, 9), date(2025, 10, 11)]

    data = json.loads(json.dumps(forecast.to_json()))
    assert {"intervals", "backtest"} <= set(data)
    assert {"wape", "naive_wape", "average_wape"} <= set(data["backtest"])
    first = data["intervals"][0]
    assert {"start", "end", "arrivals", "lo", "hi", "by_service"} <= set(first)
    assert first["start"] == "2025-10-09T08:30:00+08:00" and first["end"] == "2025-10-09T09:00:00+08:00"
    with network_db.session() as session:
        gen_services = session.scalars(
            select(Service.code).join(Category).where(Category.code == "GEN")
        ).all()
    assert set(first["by_service"]) & set(gen_services)


def _hm(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def _truth(start: datetime, code: str) -> float:
    minutes = start.hour * 60 + start.minute
    slot = next(k for k, (a, _) in enumerate(HALL_SLOTS) if a == minutes)
    return expected(start.date(), slot, code)


def test_intervals_follow_the_points_opening_hours(network_db):
    db = network_db
    with db.transaction() as session:
        session.execute(
            update(ServicePoint)
            .where(ServicePoint.code == "HALL")
            .values(opening_hours="09:00-11:15,14:00-16:00")
        )
    slots = (
        (540, 570),
        (570, 600),
        (600, 630),
        (630, 660),
        (660, 675),
        (840, 870),
        (870, 900),
        (900, 930),
        (930, 960),
    )
    written = write_history(db, date(2025, 3, 3), date(2025, 5, 9), slots=slots, outside_hours=3)
    forecast = forecast_week(db, "HALL", "2025-W20", backtest=False)
    monday = [i for i in forecast.intervals if i.start.date() == date(2025, 5, 12)]
    assert [(i.start.strftime("%H:%M"), i.end.strftime("%H:%M")) for i in monday] == [
        ("09:00", "09:30"),
        ("09:30", "10:00"),
        ("10:00", "10:30"),
        ("10:30", "11:00"),
        ("11:00", "11:15"),
        ("14:00", "14:30"),
        ("14:30", "15:00"),
        ("15:00", "15:30"),
        ("15:30", "16:00"),
    ]
    assert forecast.backtest is None and forecast.to_json()["backtest"] is None
    # Tickets taken before opening count in the first half-hour, not nowhere: the forecast's days hold
    # about as many as the history's.
    per_day = sum(i.arrivals for i in forecast.intervals) / len({i.start.date() for i in forecast.intervals})
    assert per_day == pytest.approx(written / forecast.history_workdays, rel=0.3)


def test_bad_input_is_refused_with_a_key(network_db):
    for point, week, key in (("NOPE", "2025-W20", "unknown_point"), ("HALL", "2025-20", "forecast_week")):
        with pytest.raises(InvalidInput) as error:
            forecast_week(network_db, point, week)
        assert error.value.key == key
    with pytest.raises(InvalidInput) as error:
        forecast_week(network_db, "HALL", "2025-W20")
    assert error.value.key == "forecast_history" and error.value.params["available"] == 0
    write_history(network_db, date(2025, 4, 1), date(2025, 4, 30))
    with pytest.raises(InvalidInput) as error:
        forecast_week(network_db, "HALL", "2025-W20")
    assert error.value.params["needed"] == 40
    assert 0 < error.value.params["available"] < 40
    assert "40 working days" in error.value.message


def test_handling_times_from_history_and_the_catalogue(network_db):
    last = date(2025, 6, 30)
    durations = [4 + k * 2 / 89 for k in range(90)] + [120.0] * 10  # 4–6 minutes, ten stuck tickets
    tickets = [("GEN", last - timedelta(k % 30), minutes) for k, minutes in enumerate(durations)]
    tickets += [("GEN", last - timedelta(200), 300.0)] * 50  # older than the window
    tickets += [("INV", last, 9.0)] * (MIN_HISTORY - 1)  # too few to trust
    _write_finished(network_db, tickets)

    times = handling_times(network_db, "HALL", days=90)
    gen, inv = times["GEN"], times["INV"]
    assert (gen.source, gen.samples) == ("history", 100)
    assert gen.median == pytest.approx(statistics.median(durations))
    assert gen.trimmed_mean == pytest.approx(statistics.mean(sorted(durations)[10:90]))  # stuck ten cut
    assert gen.trimmed_mean < 5.2 and gen.to_json()["samples"] == 100
    assert (inv.source, inv.samples) == ("catalogue", MIN_HISTORY - 1)
    with network_db.session() as session:
        catalogue = session.scalars(
            select(Service.avg_handling_min)
            .join(Category, Category.id == Service.category_id)
            .join(PointService, PointService.service_id == Service.id)
            .join(ServicePoint, ServicePoint.id == PointService.point_id)
            .where(Category.code == "INV", ServicePoint.code == "HALL")
        ).all()
    assert inv.median == inv.trimmed_mean == pytest.approx(sum(catalogue) / len(catalogue))
    assert times["SSF"].source == "catalogue" and times["SSF"].samples == 0  # offered, never served
    assert handling_times(network_db, "HALL", days=365)["GEN"].samples == 150
    with pytest.raises(InvalidInput) as error:
        handling_times(network_db, "NOPE")
    assert error.value.key == "unknown_point"


def _write_finished(db, tickets: list[tuple[str, date, float]]) -> None:
    """Finished tickets at the hall: (category code, day, minutes from call to finish)."""
    with db.transaction() as session:
        point_id = session.scalar(select(ServicePoint.id).where(ServicePoint.code == "HALL"))
        categories = {
            code: (cid, prefix)
            for cid, code, prefix in session.execute(select(Category.id, Category.code, Category.prefix))
        }
        seq: dict[tuple[date, str], int] = {}
        rows = []
        for code, day, minutes in tickets:
            category_id, prefix = categories[code]
            service_id = session.scalar(select(Service.id).where(Service.category_id == category_id).limit(1))
            seq[(day, prefix)] = seq.get((day, prefix), 0) + 1
            called = datetime.combine(day, time(10), tzinfo=LOCAL_TZ).astimezone(UTC)
            rows.append(
                {
                    "point_id": point_id,
                    "service_id": service_id,
                    "category_id": category_id,
                    "service_date": day,
                    "prefix": prefix,
                    "seq": seq[(day, prefix)],
                    "channel": "walk_in",
                    "status": "finished",
                    "issued_at": called - timedelta(minutes=3),
                    "called_at": called,
                    "finished_at": called + timedelta(minutes=minutes),
                    "ahead_at_issue": 0,
                    "estimated_wait_min": 0,
                    "recall_count": 0,
                    "reactivated": False,
                }
            )
        session.execute(insert(Ticket), rows)
