"""Arrivals forecast for tidal-window planning (潮汐窗口): per point, queue category and half-hour of an ISO
week, learnt from the point's own ticket history.

**What is counted.** Every ticket the point issued (no-shows, cancelled, green-channel and booking tickets
included: each was somebody at the desk), by ``issued_at`` in local time, in the category it was issued
in. The day is cut into half-hours from each opening period of the point's ``opening_hours``
(08:30-12:00,13:30-17:00 → 08:30-09:00 … 11:30-12:00, 13:30-14:00 … 16:30-17:00; a period that is not a
whole number of half-hours ends with a shorter one). Tickets taken outside opening hours count in the
nearest half-hour (before opening: the first one; over lunch: the nearer side), because that is when they
are served. Only working days are history and only they are forecast: a holiday, a weekend or any day the
calendar says is not worked has no intervals, a make-up workday (调休) has them. The calendar is the
database's (:func:`taxdesk.core.calendar.for_database`: the package plus the State Council notices and
filing deadlines imported into it), also for the filing-period and holiday features. A working
day on which a point that usually issues 10 or more tickets issued none is taken as closed (an outage, a
typhoon) and left out rather than learnt as a quiet day.

**The model** (:mod:`taxdesk.core.forecast_model`): per category a negative-binomial GLM of the day's
arrivals on calendar features, times a learnt profile over the half-hours that depends on the weekday,
the filing period's last days, the month start and long holidays. Categories are modelled one by one
rather than as a point total shared out, because they move differently (IIT reconciliation fills 申报纳税
from March to June, resident medical insurance fills 社保费 in autumn and winter, invoices follow the
filing period more than other services) and because the staffing plan needs each category's arrivals for
its own handling time and windows; a thin category borrows the point's hourly profile and gets only as
many terms as its arrivals support. The point's total is the sum of its categories. Per service, a
category's forecast is shared out by the services' shares of that category over the last
:data:`RECENT_DAYS` days of history (the whole history when those days hold fewer than
:data:`MIN_SHARE_TICKETS` of the category's tickets).

**A change of level** (part of a service's work moving online, a service growing) is found per category
in the recent weeks and the forecast starts from the new level (see :mod:`taxdesk.core.forecast_model`);
``level_changes`` tells since when and by how much, for the supervisor to see.

**The 80 % band** (``lo``, ``hi``) is the 10 % and 90 % quantiles of a negative-binomial distribution
around each interval's forecast, with the dispersion the point's history shows (maximum likelihood); the
backtest reports how many held-out actuals fell inside it (``coverage``).

**History used.** Each fit uses the three years (:data:`FIT_DAYS`) before the week, or all there is; at
least :data:`MIN_HISTORY_WORKDAYS` working days are needed. With less than a year, months of the year
and the trend are not learnt.

**Backtest** (``backtest=True``): rolling origin over the last :data:`BACKTEST_WEEKS` complete weeks of
history before the week. Each is forecast from the data before it only; WAPE = Σ|actual − forecast| /
Σ actual over the point's interval totals of all those weeks, next to two baselines: the seasonal naive
(the same half-hour on the latest earlier working day of the same weekday, usually a week earlier; for a
make-up workday the working day before it) and the historical average (the mean of the same weekday and
half-hour over the fit's history). Eight more fits: a few seconds for three years of a busy hall.

**Progress and cancel.** ``progress(done, total)`` is reported over the real stages of the work: reading
the history, sharing categories out to services, each category's fit, the week's intervals and each
backtest week (the total is known once the history is read; nothing is reported before). ``cancel()`` is
polled between stages and inside the backtest's fits; returning True raises :class:`ForecastCancelled`.
A forecast writes nothing, so a cancelled one leaves everything as it was.

Threads: :func:`forecast_week` opens its own short sessions and keeps nothing between calls; any thread
may call it, but it takes up to a few seconds: never on the GUI thread. ``progress`` and ``cancel`` are
called on the calling thread.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import numpy as np
from sqlalchemy import Date, Integer, func, select, text
from sqlalchemy.orm import Session
from threadpoolctl import threadpool_limits

from taxdesk.core import calendar, clock, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import Category, PointService, Service, ServicePoint, Ticket
from taxdesk.core.errors import InvalidInput, TaxDeskError
from taxdesk.core.forecast_model import (
    CalendarLike,
    DayFacts,
    LevelShift,
    PointModel,
    day_facts,
    fit,
    nb_band,
)
from taxdesk.core.network import opening_periods

WEEK_FORMAT = re.compile(r"^(\d{4})-W(\d{2})$")
SLOT_MINUTES = 30
FIT_DAYS = 3 * 365 + 1
MIN_HISTORY_WORKDAYS = 40  # eight weeks
BACKTEST_WEEKS = 8
RECENT_DAYS = 56
MIN_SHARE_TICKETS = 30
# A working day without a single ticket at a point that usually issues at least this many is a closure.
CLOSED_DAY_MEDIAN = 10
NAIVE_LOOKBACK_WEEKS = 6

Progress = Callable[[int, int], None]


class ForecastCancelled(TaxDeskError):
    """The forecast (or the staffing plan made from it) was cancelled: nothing was computed or changed."""

    code = "cancelled"


class _Stages:
    """Counts the stages of one run for ``progress`` and polls ``cancel`` between them."""

    def __init__(self, progress: Progress | None, cancel: Callable[[], bool] | None):
        self.progress, self.cancel = progress, cancel
        self.done = self.total = 0

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise ForecastCancelled("forecast cancelled: nothing was changed", key="forecast_cancelled")

    def step(self) -> None:
        """One stage done: poll for a cancel, then report."""
        self.check()
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


# ------------------------------------------------------------------------------------------ weeks


def parse_week(week: str) -> date:
    """The Monday of an ISO week ``YYYY-Www`` (2026-W03); :class:`InvalidInput` (key ``forecast_week``)."""
    match = WEEK_FORMAT.match((week or "").strip())
    monday = None
    if match:
        try:
            monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError:
            monday = None
    if monday is None:
        raise InvalidInput(f"{week!r} is not an ISO week like 2026-W03", key="forecast_week", week=str(week))
    validate.day(monday, "week")
    validate.day(monday + timedelta(days=6), "week")
    return monday


def week_of(day: date) -> str:
    """The ISO week ``YYYY-Www`` that ``day`` belongs to."""
    year, number, _ = day.isocalendar()
    return f"{year}-W{number:02d}"


# ------------------------------------------------------------------------------------------ results


@dataclass(frozen=True)
class Interval:
    """One half-hour of a working day: expected arrivals, the 80 % band, by category (with each one's own
    band) and by service.

    ``start`` and ``end`` are aware local datetimes; ``lo``/``hi`` are whole numbers of arrivals;
    ``by_category`` and ``by_service`` (keyed by code) add up to ``arrivals``.
    """

    start: datetime
    end: datetime
    arrivals: float
    lo: float
    hi: float
    by_category: dict[str, float]
    by_service: dict[str, float]
    by_category_band: dict[str, tuple[int, int]] = field(default_factory=dict)  # each category's 80 % band

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60

    def to_json(self) -> dict:
        return {
            "start": clock.iso(self.start),
            "end": clock.iso(self.end),
            "arrivals": round(self.arrivals, 2),
            "lo": int(self.lo),
            "hi": int(self.hi),
            "by_service": {code: round(n, 2) for code, n in self.by_service.items()},
            "by_category": {code: round(n, 2) for code, n in self.by_category.items()},
            "by_category_band": {code: list(band) for code, band in self.by_category_band.items()},
        }


@dataclass(frozen=True)
class Backtest:
    """Forecast quality over the last complete weeks before the forecast week (see the module docstring).

    WAPEs are shares (0.25 = 25 %), None when there was nothing to measure. ``category_wape`` is the
    model's WAPE counted per category and interval; ``coverage`` the share of interval actuals inside the
    80 % band; ``weeks`` the weeks measured, oldest first.
    """

    wape: float | None
    naive_wape: float | None
    average_wape: float | None
    weeks: list[str] = field(default_factory=list)
    category_wape: float | None = None
    coverage: float | None = None

    def to_json(self) -> dict:
        def r(value):
            return None if value is None else round(value, 4)

        return {
            "wape": r(self.wape),
            "naive_wape": r(self.naive_wape),
            "average_wape": r(self.average_wape),
            "category_wape": r(self.category_wape),
            "coverage": r(self.coverage),
            "weeks": list(self.weeks),
        }


@dataclass(frozen=True)
class Forecast:
    """The forecast of one point for one ISO week.

    ``intervals`` in time order, working days only; ``categories`` the category codes forecast, in
    catalogue order; ``history_first_day``/``history_last_day``/``history_workdays`` the history the fit
    used; ``calendar_covered`` False when the week lies in a year whose holidays the calendar does not know
    (plain weekends assumed: warn). ``backtest`` is None unless asked for. ``level_changes`` says for
    each category whether its level changed in the recent weeks of the history (a
    :class:`~taxdesk.core.forecast_model.LevelShift`: since when, by how much) or not (None); the forecast
    already follows the new level.
    """

    point: str
    week: str
    intervals: list[Interval]
    categories: list[str]
    backtest: Backtest | None
    history_first_day: date
    history_last_day: date
    history_workdays: int
    calendar_covered: bool
    level_changes: dict[str, LevelShift | None] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "point": self.point,
            "week": self.week,
            "intervals": [interval.to_json() for interval in self.intervals],
            "backtest": self.backtest.to_json() if self.backtest else None,
            "categories": list(self.categories),
            "history": {
                "first_day": self.history_first_day.isoformat(),
                "last_day": self.history_last_day.isoformat(),
                "workdays": self.history_workdays,
            },
            "calendar_covered": self.calendar_covered,
            "level_changes": {code: level_change_json(shift) for code, shift in self.level_changes.items()},
        }


def level_change_json(shift: LevelShift | None) -> dict:
    """``{"changed": false}``, or since when (the first working day of the new level), by how much (−0.4:
    40 % fewer) and over how many weeks of history."""
    if shift is None:
        return {"changed": False}
    return {
        "changed": True,
        "since": shift.start.isoformat(),
        "change": round(shift.change, 3),
        "weeks": shift.weeks,
    }


# ------------------------------------------------------------------------------------------ the point


@dataclass(frozen=True)
class _Layout:
    """A point's half-hours: (start minute, end minute) after local midnight."""

    slots: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, opening_hours: str | None) -> _Layout:
        slots = []
        for opens, closes in opening_periods(opening_hours or ""):
            start, end = opens.hour * 60 + opens.minute, closes.hour * 60 + closes.minute
            while start < end:
                slots.append((start, min(start + SLOT_MINUTES, end)))
                start += SLOT_MINUTES
        return cls(tuple(slots))

    def bucket_minutes(self) -> int:
        """The coarsest bucket (a divisor of 30 minutes) on whose edges every half-hour starts and ends."""
        return math.gcd(SLOT_MINUTES, *(m for slot in self.slots for m in slot))

    def slot_of_bucket(self) -> np.ndarray:
        """For each bucket of the day, the half-hour its tickets count in (the nearest one)."""
        size = self.bucket_minutes()
        mids = np.arange(0, 1440, size) + size / 2
        starts = np.array([s for s, _ in self.slots], dtype=float)
        ends = np.array([e for _, e in self.slots], dtype=float)
        inside = (mids[:, None] >= starts) & (mids[:, None] < ends)
        distance = np.minimum(np.abs(mids[:, None] - starts), np.abs(mids[:, None] - ends))
        return np.where(inside.any(axis=1), inside.argmax(axis=1), distance.argmin(axis=1))


@dataclass(frozen=True)
class _Point:
    id: int
    code: str
    layout: _Layout
    categories: dict[int, tuple[str, int]]  # id → (code, sort position)
    services: dict[int, tuple[str, int]]  # id → (code, category id) of the services the point offers


def _point(session: Session, point_code: str) -> _Point:
    point = session.scalar(select(ServicePoint).where(ServicePoint.code == point_code, ServicePoint.active))
    if point is None:
        raise InvalidInput(
            f"unknown service point {point_code!r} (see `taxdesk points`)",
            key="unknown_point",
            point=point_code,
        )
    layout = _Layout.of(point.opening_hours)
    if not layout.slots:
        raise InvalidInput(
            f"{point.code} has no opening hours: nothing to forecast",
            key="forecast_no_hours",
            point=point.code,
        )
    categories = {
        c.id: (c.code, i)
        for i, c in enumerate(session.scalars(select(Category).order_by(Category.sort_order, Category.code)))
    }
    offered = session.execute(
        select(Service.id, Service.code, Service.category_id)
        .join(PointService, PointService.service_id == Service.id)
        .where(PointService.point_id == point.id)
        .order_by(Service.sort_order, Service.code)
    ).all()
    return _Point(point.id, point.code, layout, categories, {sid: (code, cid) for sid, code, cid in offered})


# ------------------------------------------------------------------------------------------ history


def _local_offset_s() -> int:
    """Asia/Shanghai has kept UTC+8 all year since 1991: one fixed offset is exact for the history."""
    return int(clock.LOCAL_TZ.utcoffset(datetime(2000, 1, 1)).total_seconds())


def _count_rows(session: Session, point: _Point, start: date, end: date):
    """Tickets per (service_date, bucket of the local day, category) in [start, end): one aggregated query."""
    bucket_s = point.layout.bucket_minutes() * 60
    if session.get_bind().dialect.name == "sqlite":
        epoch = "CAST(strftime('%s', issued_at) AS INTEGER)"
    else:
        epoch = "CAST(FLOOR(EXTRACT(EPOCH FROM issued_at)) AS BIGINT)"
    statement = text(
        f"SELECT service_date, (({epoch} + {_local_offset_s()}) % 86400) / {bucket_s} AS bucket, "
        "category_id, COUNT(*) AS n FROM tickets "
        "WHERE point_id = :point AND service_date >= :start AND service_date < :end "
        "GROUP BY 1, 2, 3"
    ).columns(service_date=Date, bucket=Integer, category_id=Integer, n=Integer)
    return session.execute(statement, {"point": point.id, "start": start, "end": end}).all()


def _service_counts(session: Session, point: _Point, start: date, recent: date, end: date):
    """Tickets per (category, service) in [start, end), split into before and from ``recent``."""
    statement = text(
        "SELECT category_id, service_id, CASE WHEN service_date >= :recent THEN 1 ELSE 0 END, COUNT(*) "
        "FROM tickets WHERE point_id = :point AND service_date >= :start AND service_date < :end "
        "GROUP BY 1, 2, 3"
    )
    rows = session.execute(statement, {"point": point.id, "start": start, "recent": recent, "end": end})
    return [(int(cid), int(sid), bool(is_recent), int(n)) for cid, sid, is_recent, n in rows]


@dataclass
class _History:
    days: list[date]  # working days with history, ascending (closures left out)
    counts: dict[int, np.ndarray]  # category id → (days × slots)
    first_day: date | None  # first day with a ticket in the loaded range
    last_day: date | None  # last day with a ticket


def _history(rows, point: _Point, start: date, end: date, cal: CalendarLike) -> _History:
    slots = len(point.layout.slots)
    dated = [r for r in rows if r[0] is not None]
    if not dated:
        return _History([], {}, None, None)
    first = min(r[0] for r in dated)
    last = max(r[0] for r in dated)
    days = []
    day = max(first, start)
    while day <= last and day < end:
        if cal.is_workday(day):
            days.append(day)
        day += timedelta(days=1)
    index = {d: i for i, d in enumerate(days)}
    slot_of = point.layout.slot_of_bucket()
    category_ids = sorted({r[2] for r in dated} | {cid for _, cid in point.services.values()})
    column = {cid: k for k, cid in enumerate(category_ids)}
    cube = np.zeros((len(category_ids), len(days), slots))
    kept = [(index[d], slot_of[b % len(slot_of)], column[c], n) for d, b, c, n in dated if d in index]
    if kept:
        i, s, c, n = (np.array(v) for v in zip(*kept, strict=True))
        np.add.at(cube, (c, i, s), n)
    totals = cube.sum(axis=(0, 2))
    if len(totals) and np.median(totals) >= CLOSED_DAY_MEDIAN:
        open_days = totals > 0
        days = [d for d, keep in zip(days, open_days, strict=True) if keep]
        cube = cube[:, open_days, :]
    return _History(days, {cid: cube[k] for cid, k in column.items()}, first, last)


def _rows(facts: DayFacts, keep: np.ndarray) -> DayFacts:
    """The days of ``facts`` where ``keep`` is true."""
    return DayFacts(
        tuple(d for d, k in zip(facts.days, keep, strict=True) if k),
        {name: values[keep] for name, values in facts.columns.items()},
        tuple(t for t, k in zip(facts.types, keep, strict=True) if k),
    )


def _subset(facts: DayFacts, history: _History, keep: np.ndarray) -> tuple[DayFacts, dict[int, np.ndarray]]:
    return _rows(facts, keep), {cid: y[keep] for cid, y in history.counts.items()}


# ------------------------------------------------------------------------------------------ forecasting


def _fit_before(
    facts: DayFacts,
    history: _History,
    cutoff: date,
    *,
    point: _Point,
    week: str,
    step: Callable[[], None] | None = None,
):
    """The model fitted on the history in the :data:`FIT_DAYS` before ``cutoff`` (``step()`` after each
    category)."""
    day_array = np.array(facts.days, dtype="datetime64[D]")
    keep = (day_array < np.datetime64(cutoff)) & (day_array >= np.datetime64(cutoff - timedelta(FIT_DAYS)))
    train, counts = _subset(facts, history, keep)
    if len(train.days) < MIN_HISTORY_WORKDAYS:
        raise InvalidInput(
            f"forecasting {point.code} for {week} needs at least {MIN_HISTORY_WORKDAYS} working days "
            f"(eight weeks) of ticket history before it; there are {len(train.days)}",
            key="forecast_history",
            point=point.code,
            week=week,
            needed=MIN_HISTORY_WORKDAYS,
            available=len(train.days),
        )
    span = (train.days[-1] - train.days[0]).days + 1
    return fit(counts, train, span_days=span, step=step), train, counts


def _service_split(
    session: Session, point: _Point, categories: list[int], cutoff: date
) -> dict[int, dict[str, float]]:
    """Category id → {service code: share of the category} (see the module docstring); every service the
    point offers appears, if only with 0."""
    rows = _service_counts(
        session, point, cutoff - timedelta(FIT_DAYS), cutoff - timedelta(RECENT_DAYS), cutoff
    )
    codes = dict(session.execute(select(Service.id, Service.code)).all())
    recent: dict[int, dict[int, int]] = {}
    whole: dict[int, dict[int, int]] = {}
    for cid, sid, is_recent, n in rows:
        for table, wanted in ((whole, True), (recent, is_recent)):
            if wanted:
                table.setdefault(cid, {})
                table[cid][sid] = table[cid].get(sid, 0) + n
    split: dict[int, dict[str, float]] = {}
    for cid in categories:
        counts = recent.get(cid, {})
        if sum(counts.values()) < MIN_SHARE_TICKETS:
            counts = whole.get(cid, {})
        offered = [code for code, c in point.services.values() if c == cid]
        total = sum(counts.values())
        if total:
            shares = {codes[sid]: n / total for sid, n in counts.items()}
        else:  # nobody came for the category: share it evenly (its forecast is 0 anyway)
            shares = {code: 1 / len(offered) for code in offered}
        for code in offered:
            shares.setdefault(code, 0.0)
        split[cid] = shares
    return split


def forecast_week(
    db: Database,
    point_code: str,
    week: str,
    *,
    backtest: bool = True,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Forecast:
    """Arrivals per half-hour, category and service at ``point_code`` in ISO week ``week`` (2026-W03).

    Fits on the history before the week (all of it, up to :data:`FIT_DAYS`, for a week after the history
    ends); with ``backtest`` also measures the same method on the last :data:`BACKTEST_WEEKS` complete
    weeks of history. Raises :class:`InvalidInput` for a malformed week (key ``forecast_week``), an
    unknown point (``unknown_point``), a point without opening hours (``forecast_no_hours``) or too little
    history (``forecast_history``, with ``needed`` and ``available`` working days). ``progress(done,
    total)`` and ``cancel()`` as in the module docstring: a cancel raises :class:`ForecastCancelled` (key
    ``forecast_cancelled``).

    Any thread (its own short session, nothing kept between calls); about a second for three years of a
    busy hall, twice that with the backtest: never on the GUI thread.
    """
    monday = parse_week(week)
    week = week_of(monday)
    stages = _Stages(progress, cancel)
    stages.check()
    cal = calendar.for_database(db)  # with the notices and deadlines imported into this database
    with db.session() as session:
        point = _point(session, point_code)
        last = session.scalar(
            select(func.max(Ticket.service_date)).where(
                Ticket.point_id == point.id, Ticket.service_date < monday
            )
        )
        # A week after the history ends is forecast from all of it.
        cutoff = min(monday, last + timedelta(1)) if last else monday
        earliest = cutoff - timedelta(FIT_DAYS + (7 * (BACKTEST_WEEKS + 1) if backtest else 0))
        history = _history(_count_rows(session, point, earliest, cutoff), point, earliest, cutoff, cal)
        # Reading, sharing out, one fit per category, the week's intervals, the backtest's weeks.
        stages.total = 3 + len(history.counts) + (len(_backtest_weeks(history, cal)) if backtest else 0)
        stages.step()
        split = _service_split(session, point, list(history.counts), cutoff)
    stages.step()
    week_days = [monday + timedelta(i) for i in range(7) if cal.is_workday(monday + timedelta(i))]
    # The trend's zero is arbitrary (the intercept absorbs it); the week's Monday keeps the numbers small.
    facts = day_facts(history.days + week_days, cal, origin=monday)
    past = np.arange(len(facts.days)) < len(history.days)
    history_facts, target_facts = _rows(facts, past), _rows(facts, ~past)
    # The matrices are small: BLAS threads only wait for each other (20 times slower on two busy cores).
    with threadpool_limits(limits=1, user_api="blas"):
        model, train, _ = _fit_before(
            history_facts, history, cutoff, point=point, week=week, step=stages.step
        )
        intervals = _intervals(point, target_facts.days, model.predict(target_facts), model, split)
        stages.step()
        measured = _backtest(history_facts, history, point, cal, stages) if backtest else None
    return Forecast(
        point=point.code,
        week=week,
        intervals=intervals,
        categories=_category_codes(point, history),
        backtest=measured,
        history_first_day=train.days[0],
        history_last_day=train.days[-1],
        history_workdays=len(train.days),
        calendar_covered=cal.is_covered(monday.year) and cal.is_covered((monday + timedelta(6)).year),
        level_changes={
            point.categories[c][0]: (model.categories[c].shift if model.categories.get(c) else None)
            for c in sorted(history.counts, key=lambda c: point.categories[c][1])
        },
    )


def _category_codes(point: _Point, history: _History) -> list[str]:
    return [point.categories[c][0] for c in sorted(history.counts, key=lambda c: point.categories[c][1])]


def _intervals(
    point: _Point, days, means: dict[int, np.ndarray], model: PointModel, split: dict[int, dict[str, float]]
) -> list[Interval]:
    order = sorted(means, key=lambda c: point.categories[c][1])
    total = sum(means.values()) if means else np.zeros((len(days), len(point.layout.slots)))
    lo, hi = nb_band(total, model.alpha)
    bands = {c: nb_band(means[c], model.category_alpha.get(c, model.alpha)) for c in order}
    intervals = []
    for i, day in enumerate(days):
        midnight = datetime.combine(day, time(0), tzinfo=clock.LOCAL_TZ)
        for s, (start, end) in enumerate(point.layout.slots):
            by_category = {point.categories[c][0]: float(means[c][i, s]) for c in order}
            by_category_band = {
                point.categories[c][0]: (int(bands[c][0][i, s]), int(bands[c][1][i, s])) for c in order
            }
            by_service: dict[str, float] = {}
            for c in order:
                for code, share in split.get(c, {}).items():
                    by_service[code] = by_service.get(code, 0.0) + float(means[c][i, s]) * share
            intervals.append(
                Interval(
                    start=midnight + timedelta(minutes=start),
                    end=midnight + timedelta(minutes=end),
                    arrivals=float(total[i, s]),
                    lo=float(lo[i, s]),
                    hi=float(hi[i, s]),
                    by_category=by_category,
                    by_service=by_service,
                    by_category_band=by_category_band,
                )
            )
    return intervals


# ------------------------------------------------------------------------------------------ backtest


def _backtest_weeks(history: _History, cal: CalendarLike) -> list[date]:
    """Mondays of the last :data:`BACKTEST_WEEKS` complete weeks of history, oldest first: a week is complete
    when none of its working days lies after the last day of history."""
    last = history.last_day
    if last is None:
        return []
    monday = last - timedelta(last.weekday())
    if any(cal.is_workday(last + timedelta(k)) for k in range(1, 7 - last.weekday())):
        monday -= timedelta(7)
    return [monday - timedelta(7 * k) for k in range(BACKTEST_WEEKS - 1, -1, -1)]


def _backtest(
    facts: DayFacts, history: _History, point: _Point, cal: CalendarLike, stages: _Stages
) -> Backtest:
    days = np.array(facts.days, dtype="datetime64[D]")
    total = sum(history.counts.values())
    weekday = np.array([5 if d.weekday() >= 5 else d.weekday() for d in facts.days])
    errors = {"model": 0.0, "naive": 0.0, "average": 0.0, "category": 0.0}
    actual_sum = 0.0
    inside = cells = 0
    weeks = []
    for monday in _backtest_weeks(history, cal):
        in_week = (days >= np.datetime64(monday)) & (days < np.datetime64(monday + timedelta(7)))
        model = None
        if in_week.any():
            try:
                model, _, _ = _fit_before(
                    facts, history, monday, point=point, week=week_of(monday), step=stages.check
                )
            except InvalidInput:  # too little history before this week: not measured
                model = None
        if model is not None:
            target, actual = _subset(facts, history, in_week)
            predicted = model.predict(target)
            forecast = sum(predicted.values())
            actual_total = total[in_week]
            before = (days < np.datetime64(monday)) & (days >= np.datetime64(monday - timedelta(FIT_DAYS)))
            naive, average = _baselines(total, weekday, before, np.flatnonzero(in_week), days)
            errors["model"] += float(np.abs(actual_total - forecast).sum())
            errors["naive"] += float(np.abs(actual_total - naive).sum())
            errors["average"] += float(np.abs(actual_total - average).sum())
            errors["category"] += float(sum(np.abs(actual[c] - predicted[c]).sum() for c in predicted))
            actual_sum += float(actual_total.sum())
            lo, hi = nb_band(forecast, model.alpha)
            inside += int(((actual_total >= lo) & (actual_total <= hi)).sum())
            cells += actual_total.size
            weeks.append(week_of(monday))
        stages.step()  # one stage per week, measured or not
    if not actual_sum:
        return Backtest(None, None, None, weeks)
    return Backtest(
        wape=errors["model"] / actual_sum,
        naive_wape=errors["naive"] / actual_sum,
        average_wape=errors["average"] / actual_sum,
        weeks=weeks,
        category_wape=errors["category"] / actual_sum,
        coverage=inside / cells if cells else None,
    )


def _baselines(total: np.ndarray, weekday: np.ndarray, before: np.ndarray, targets: np.ndarray, days):
    """Seasonal naive and historical average forecasts (rows of ``targets``; see the module docstring)."""
    history_rows = np.flatnonzero(before)
    naive = np.zeros((len(targets), total.shape[1]))
    average = np.zeros_like(naive)
    overall = total[history_rows].mean(axis=0) if len(history_rows) else np.zeros(total.shape[1])
    for k, row in enumerate(targets):
        same = history_rows[weekday[history_rows] == weekday[row]]
        average[k] = total[same].mean(axis=0) if len(same) else overall
        if weekday[row] < 5:
            recent = same[days[same] >= days[row] - np.timedelta64(7 * NAIVE_LOOKBACK_WEEKS, "D")]
            source = recent[-1] if len(recent) else None
        else:
            source = history_rows[-1] if len(history_rows) else None
        naive[k] = total[source] if source is not None else average[k]
    return naive, average
