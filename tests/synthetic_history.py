"""A synthetic ticket history with a known arrival pattern, for the forecast and plan tests.

The pattern is written out here in full and is unlike the demo generator's (taxdesk.core.demo): Monday
mornings twice as busy, Friday afternoons nearly empty, the last three workdays of the filing period busy
for invoices and busier still in the afternoon, quiet after the deadline. The forecast is never told any
of it; the tests check it finds it. Arrivals are Poisson, so the expected count of every half-hour is
known exactly (:func:`expected`).

A history may also change level (:class:`Shift`): part of a service's work moving online (a category's
arrivals fall by 40 % from a date), another service growing, or one odd week. :func:`truth_errors` then
measures forecasts against the true means, next to the two baselines the backtest uses.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import insert, select

from taxdesk.core import calendar
from taxdesk.core.clock import LOCAL_TZ
from taxdesk.core.db import Database
from taxdesk.core.db.models import Category, PointService, Service, ServicePoint, Ticket
from taxdesk.core.demo import populate

HALL_SLOTS = tuple((m, m + 30) for m in [*range(510, 720, 30), *range(810, 1020, 30)])
BASE = {"GEN": 4.0, "INV": 3.0}
_SLOT_SHAPE = (0.7, 1.1, 1.4, 1.3, 1.1, 0.9, 0.6, 0.8, 1.2, 1.3, 1.2, 1.0, 0.8, 0.5)


@dataclass(frozen=True)
class Shift:
    """From ``start`` (to ``end``, excluded, if given) ``category``'s arrivals are ``factor`` times the
    pattern's."""

    category: str
    start: date
    factor: float
    end: date | None = None

    def applies(self, day: date, category: str) -> bool:
        return category == self.category and self.start <= day and (self.end is None or day < self.end)


def _workdays_left(day: date, deadline: date) -> int:
    return sum(1 for _ in calendar.working_days(day + timedelta(1), deadline))


def expected(day: date, slot: int, category: str, slots=HALL_SLOTS, shifts=()) -> float:
    """The true mean arrivals of ``category`` in half-hour number ``slot`` of working day ``day`` (with the
    level ``shifts`` that apply)."""
    for shift in shifts:
        if shift.applies(day, category):
            return shift.factor * expected(day, slot, category, slots)
    afternoon = slots[slot][0] >= 13 * 60
    rate = BASE[category] * _SLOT_SHAPE[slot % len(_SLOT_SHAPE)]
    weekday = day.weekday()
    if weekday == 0:
        rate *= 0.8 if afternoon else 2.2
    elif weekday == 4:
        rate *= 0.35 if afternoon else 1.0
    elif weekday >= 5:  # a make-up workday
        rate *= 0.6
    deadline = calendar.filing_deadline(day.year, day.month)
    if day <= deadline and _workdays_left(day, deadline) <= 2:
        rate *= (2.5 if category == "INV" else 1.5) * (1.6 if afternoon else 1.0)
    elif day > deadline:
        rate *= 0.7
    return rate


def write_history(
    db: Database,
    start: date,
    end: date,
    *,
    seed: int = 1,
    point: str = "HALL",
    slots=HALL_SLOTS,
    outside_hours: int = 0,
    handling_min: dict[str, float] | None = None,
    shifts=(),
    counts: dict | None = None,
) -> int:
    """Poisson tickets at ``point`` on the working days from ``start`` to ``end`` (both included), with
    the rates of :func:`expected` over ``slots`` (minutes after midnight); ``outside_hours`` more each day
    issued 10 minutes before opening. All finished, handled in ``handling_min`` minutes per category
    (default 5), changed by ``shifts``. ``counts``, when given, gets each (day, category)'s arrivals per
    half-hour (a list). Returns the number of tickets written."""
    rng = np.random.default_rng(seed)
    handling_min = handling_min or {}
    with db.transaction() as session:
        point_id = session.scalar(select(ServicePoint.id).where(ServicePoint.code == point))
        categories = {
            code: (cid, prefix)
            for cid, code, prefix in session.execute(select(Category.id, Category.code, Category.prefix))
        }
        services = {
            code: session.scalars(
                select(Service.id)
                .join(PointService, PointService.service_id == Service.id)
                .where(PointService.point_id == point_id, Service.category_id == categories[code][0])
                .order_by(Service.sort_order, Service.code)
            ).all()
            for code in BASE
        }
        rows = []
        day = start
        while day <= end:
            if calendar.is_workday(day):
                midnight = datetime.combine(day, time(0), tzinfo=LOCAL_TZ)
                seq = dict.fromkeys(BASE, 0)
                for code in BASE:
                    moments = [slots[0][0] * 60 - 600 + float(x) for x in rng.uniform(0, 60, outside_hours)]
                    drawn = []
                    for s, (opens, closes) in enumerate(slots):
                        count = rng.poisson(expected(day, s, code, slots, shifts))
                        drawn.append(int(count))
                        moments.extend(rng.uniform(opens * 60, closes * 60, count))
                    if counts is not None:
                        counts[(day, code)] = drawn
                    for second in sorted(moments):
                        seq[code] += 1
                        issued = midnight + timedelta(seconds=float(second))
                        called = issued + timedelta(minutes=2)
                        weights = np.array([3.0] + [1.0] * (len(services[code]) - 1))
                        rows.append(
                            {
                                "point_id": point_id,
                                "service_id": int(rng.choice(services[code], p=weights / weights.sum())),
                                "category_id": categories[code][0],
                                "service_date": day,
                                "prefix": categories[code][1],
                                "seq": seq[code],
                                "channel": "walk_in",
                                "status": "finished",
                                "issued_at": issued.astimezone(UTC),
                                "called_at": called.astimezone(UTC),
                                "finished_at": (
                                    called + timedelta(minutes=handling_min.get(code, 5.0))
                                ).astimezone(UTC),
                                "ahead_at_issue": 0,
                                "estimated_wait_min": 0,
                                "recall_count": 0,
                                "reactivated": False,
                            }
                        )
            day += timedelta(1)
        if rows:
            session.execute(insert(Ticket), rows)
    return len(rows)


def demo_history_file(folder: Path, template: Path, **history) -> Path:
    """A copy of the migrated SQLite ``template`` holding the demo network and ten weeks of this history at
    HALL (21 April – 29 June 2025; ``history`` goes to :func:`write_history`), checkpointed so that the file
    alone is the database: made once per test module, then copied per test (:func:`database_copy`)."""
    path = folder / "history.sqlite3"
    shutil.copy(template, path)
    db = Database(f"sqlite:///{path}")
    populate(db, history_days=0)
    write_history(db, date(2025, 4, 21), date(2025, 6, 29), seed=3, **history)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def database_copy(source: Path, folder: Path) -> Database:
    """A test's own copy of the database file ``source`` (the caller disposes of it)."""
    path = folder / source.name
    shutil.copy(source, path)
    return Database(f"sqlite:///{path}")


@dataclass(frozen=True)
class TruthErrors:
    """Σ|forecast − true mean| over every category's half-hours of the weeks measured, for the model and
    the two baselines of the backtest (the same half-hour on the latest earlier working day of the same
    weekday; the mean of that weekday over the history), and the forecasts themselves."""

    model: float
    naive: float
    average: float
    truth: float
    forecasts: list

    @property
    def ratio(self) -> float:
        """The model's error as a share of the better baseline's."""
        return self.model / min(self.naive, self.average)


def truth_errors(db, weeks, counts: dict, shifts=(), *, point: str = "HALL", slots=HALL_SLOTS) -> TruthErrors:
    """Forecast each ISO week of ``weeks`` from the history before it (no backtest) and measure it against
    the true means; ``counts`` as filled by :func:`write_history`."""
    from taxdesk.core.forecast import forecast_week, parse_week

    errors = {"model": 0.0, "naive": 0.0, "average": 0.0, "truth": 0.0}
    forecasts = []
    starts = {m: k for k, (m, _) in enumerate(slots)}
    for week in weeks:
        forecast = forecast_week(db, point, week, backtest=False)
        forecasts.append(forecast)
        monday = parse_week(week)
        before = sorted(d for d, _ in counts if d < monday)
        for interval in forecast.intervals:
            day = interval.start.date()
            slot = starts[interval.start.hour * 60 + interval.start.minute]
            same = [d for d in before if d.weekday() == day.weekday()]
            for code, predicted in interval.by_category.items():
                if code not in BASE:
                    continue
                truth = expected(day, slot, code, slots, shifts)
                naive = counts[(same[-1], code)][slot]
                average = sum(counts[(d, code)][slot] for d in same) / len(same)
                errors["model"] += abs(predicted - truth)
                errors["naive"] += abs(naive - truth)
                errors["average"] += abs(average - truth)
                errors["truth"] += truth
    return TruthErrors(**errors, forecasts=forecasts)
