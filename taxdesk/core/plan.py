"""Windows needed per half-hour of a week: the arrivals forecast through Erlang C, per queue category.

For every interval of :func:`taxdesk.core.forecast.forecast_week` and every category, the forecast
arrivals become a rate per hour (× 60 / the interval's minutes: × 2 for a half-hour), the category's
learnt handling time (:func:`taxdesk.core.handling.handling_times`, trimmed mean) its AHT, and
:func:`taxdesk.core.staffing.required_windows` the windows that meet the targets. The interval's
``windows`` is the sum over categories: each queue served by windows of its own, as the hall's queues are
today.

Two further figures per interval feed the tidal-window advice:

- ``pooled``: the requirement if every open window could serve every category (one queue with the
  arrival-weighted mean handling time). It is a lower bound: ``windows − pooled.windows`` is what full
  flexibility could save, which is the case for tidal windows that switch between queues. Mixing
  categories with different handling times makes the real queue a little worse than M/M/c, so the bound is
  optimistic.
- ``windows_hi``: the dedicated windows needed if arrivals reach the top of the 80 % band (each category
  scaled alike): ``windows_hi − windows`` is the reserve a tidal window covers on a busy day.

Targets default to the installation's settings (service level, target wait, maximum occupancy,
shrinkage: :mod:`taxdesk.core.settings`); ``windows`` counts people to schedule (after shrinkage),
``raw_windows`` windows open at once.

``progress(done, total)`` and ``cancel()`` work as in the forecast (:mod:`taxdesk.core.forecast`), with
two more stages after its own: the handling times and the Erlang C step. A cancel raises
:class:`~taxdesk.core.forecast.ForecastCancelled`; a plan writes nothing.

Any thread (the forecast's rule: seconds of work, never on the GUI thread).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from taxdesk.core import audit, calendar, clock, live, settings
from taxdesk.core.db import Database
from taxdesk.core.forecast import Forecast, ForecastCancelled, Progress, forecast_week, parse_week
from taxdesk.core.handling import HandlingTime, handling_times
from taxdesk.core.roles import STAFFING_TARGETS, Actor, require
from taxdesk.core.staffing import Requirement, check_targets, required_windows

# Stages after the forecast's own: the handling times, then Erlang C over the week.
PLAN_STAGES = 2


@dataclass(frozen=True)
class Targets:
    """The service targets a plan was made for (see :func:`taxdesk.core.staffing.required_windows`)."""

    target_sl: float
    target_wait_min: float
    max_occupancy: float
    shrinkage: float

    def requirement(self, arrivals_per_hour: float, aht_min: float) -> Requirement:
        return required_windows(
            arrivals_per_hour,
            aht_min,
            target_sl=self.target_sl,
            target_wait_min=self.target_wait_min,
            max_occupancy=self.max_occupancy,
            shrinkage=self.shrinkage,
        )

    def to_json(self) -> dict:
        return {
            "target_sl": self.target_sl,
            "target_wait_min": self.target_wait_min,
            "max_occupancy": self.max_occupancy,
            "shrinkage": self.shrinkage,
        }


@dataclass(frozen=True)
class CategoryNeed:
    """One category in one interval: forecast arrivals, the rate and AHT given to Erlang C, the result."""

    arrivals: float
    arrivals_per_hour: float
    aht_min: float
    requirement: Requirement
    band: tuple[int, int] | None = None  # the category's own 80 % band of arrivals

    def to_json(self) -> dict:
        return {
            "arrivals": round(self.arrivals, 2),
            "lo": self.band[0] if self.band else None,
            "hi": self.band[1] if self.band else None,
            "arrivals_per_hour": round(self.arrivals_per_hour, 2),
            "aht_min": round(self.aht_min, 2),
            **self.requirement.to_json(),
        }


@dataclass(frozen=True)
class PlanInterval:
    """One interval of the plan (see the module docstring for ``windows``, ``pooled`` and ``windows_hi``)."""

    start: datetime
    end: datetime
    arrivals: float
    lo: float
    hi: float
    categories: dict[str, CategoryNeed]
    windows: int
    raw_windows: int
    windows_hi: int
    pooled: Requirement

    def to_json(self) -> dict:
        return {
            "start": clock.iso(self.start),
            "end": clock.iso(self.end),
            "arrivals": round(self.arrivals, 2),
            "lo": int(self.lo),
            "hi": int(self.hi),
            "windows": self.windows,
            "raw_windows": self.raw_windows,
            "windows_hi": self.windows_hi,
            "pooled_windows": self.pooled.windows,
            "pooled": self.pooled.to_json(),
            "categories": {code: need.to_json() for code, need in self.categories.items()},
        }


@dataclass(frozen=True)
class Plan:
    """The staffing plan of one point for one ISO week; ``forecast`` is the forecast it was made from."""

    point: str
    week: str
    targets: Targets
    handling: dict[str, HandlingTime]
    intervals: list[PlanInterval]
    forecast: Forecast

    @property
    def peak(self) -> PlanInterval | None:
        """The interval needing the most windows (the earliest of equals), None for a week without work."""
        return max(self.intervals, key=lambda i: (i.windows, -i.start.timestamp()), default=None)

    def to_json(self) -> dict:
        peak = self.peak
        return {
            "point": self.point,
            "week": self.week,
            "targets": self.targets.to_json(),
            "handling_times": {code: h.to_json() for code, h in self.handling.items()},
            "intervals": [interval.to_json() for interval in self.intervals],
            "peak": None if peak is None else {"start": clock.iso(peak.start), "windows": peak.windows},
            "backtest": self.forecast.backtest.to_json() if self.forecast.backtest else None,
            "calendar_covered": self.forecast.calendar_covered,
        }


def targets_from_settings(db: Database) -> Targets:
    """The installation's staffing targets (:data:`taxdesk.core.settings.DEFAULTS` where unset)."""
    keys = (
        settings.STAFFING_TARGET_SL,
        settings.STAFFING_TARGET_WAIT_MIN,
        settings.STAFFING_MAX_OCCUPANCY,
        settings.STAFFING_SHRINKAGE,
    )
    with db.session() as session:
        raw = [settings.get(session, key) for key in keys]
    values = []
    for key, value in zip(keys, raw, strict=True):
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = math.nan
        if not math.isfinite(number):
            # Only a hand-edited database holds such a value (save_targets refuses it): use the default
            # rather than fail every plan until somebody finds the setting.
            number = float(settings.DEFAULTS[key])
        values.append(number)
    return Targets(*values)


def save_targets(db: Database, targets: Targets, *, actor: Actor) -> Targets:
    """Make ``targets`` the installation's staffing targets: every point's plan, the staffing page's default
    and the tidal-window advisor use them from now on. Refuses out-of-range values as Erlang C does
    (:class:`InvalidInput`, keys ``erlang_sl``, ``erlang_wait``, ``erlang_occupancy``,
    ``erlang_shrinkage``), and then nothing is written. ``actor`` must be allowed to
    (:data:`~taxdesk.core.roles.STAFFING_TARGETS`: hall supervisors and administrators)."""
    require(actor, STAFFING_TARGETS)
    check_targets(targets.target_sl, targets.target_wait_min, targets.max_occupancy, targets.shrinkage)
    values = {
        settings.STAFFING_TARGET_SL: targets.target_sl,
        settings.STAFFING_TARGET_WAIT_MIN: targets.target_wait_min,
        settings.STAFFING_MAX_OCCUPANCY: targets.max_occupancy,
        settings.STAFFING_SHRINKAGE: targets.shrinkage,
    }
    with db.transaction() as session:
        old = {key: settings.get(session, key) for key in values}
        for key, value in values.items():
            settings.put(session, key, repr(float(value)))
        new = {key: repr(float(value)) for key, value in values.items()}
        audit.record(session, actor.code, "settings.change", "staffing targets", old, new)
        live.notify(session, "")  # every point's supervisor view and advisor may change
    return targets_from_settings(db)


def week_days(db: Database, week: str) -> list[calendar.DayInfo]:
    """The seven days of ISO ``week``, Monday first, as the database's calendar sees them (workdays,
    holidays with their names, make-up workdays, the filing deadline): what a plan of the week is read
    against. Raises :class:`InvalidInput` (key ``forecast_week``) for a malformed week. Any thread; may
    read the database (the calendar's overrides)."""
    monday = parse_week(week)
    cal = calendar.for_database(db)
    return [cal.day_info(monday + timedelta(days=i)) for i in range(7)]


def staffing_plan(
    db: Database,
    point_code: str,
    week: str,
    *,
    target_sl: float | None = None,
    target_wait_min: float | None = None,
    max_occupancy: float | None = None,
    shrinkage: float | None = None,
    backtest: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Plan:
    """Windows per interval and category at ``point_code`` in ISO week ``week``.

    Targets not given come from the settings. ``backtest`` also measures the forecast (slower). Raises
    what :func:`~taxdesk.core.forecast.forecast_week` raises, and :class:`InvalidInput` from
    :func:`~taxdesk.core.staffing.required_windows` for a target out of range, and
    :class:`~taxdesk.core.forecast.ForecastCancelled` when ``cancel()`` returns True (see the module
    docstring for ``progress``).

    Any thread, not the GUI's: it fits the forecast (a second or two).
    """
    defaults = targets_from_settings(db)
    targets = Targets(
        defaults.target_sl if target_sl is None else target_sl,
        defaults.target_wait_min if target_wait_min is None else target_wait_min,
        defaults.max_occupancy if max_occupancy is None else max_occupancy,
        defaults.shrinkage if shrinkage is None else shrinkage,
    )
    targets.requirement(0.0, 1.0)  # checks the targets before the forecast's work
    seen = [0]  # the forecast's total of stages, once it is known

    def forecast_progress(done: int, total: int) -> None:
        seen[0] = total
        if progress is not None:
            progress(done, total + PLAN_STAGES)

    def stage_done(extra: int) -> None:
        _check(cancel)
        if progress is not None:
            progress(seen[0] + extra, seen[0] + PLAN_STAGES)

    forecast = forecast_week(
        db, point_code, week, backtest=backtest, progress=forecast_progress, cancel=cancel
    )
    _check(cancel)
    handling = handling_times(db, point_code, categories=forecast.categories)
    stage_done(1)
    intervals = [_plan_interval(interval, handling, targets) for interval in forecast.intervals]
    stage_done(2)
    return Plan(forecast.point, forecast.week, targets, handling, intervals, forecast)


def _check(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise ForecastCancelled("staffing plan cancelled: nothing was changed", key="forecast_cancelled")


def _plan_interval(interval, handling: dict[str, HandlingTime], targets: Targets) -> PlanInterval:
    per_hour = 60 / interval.minutes
    needs = {}
    for code, arrivals in interval.by_category.items():
        if code not in handling:  # a category without a single service in the catalogue
            continue
        aht = handling[code].minutes
        needs[code] = CategoryNeed(
            arrivals,
            arrivals * per_hour,
            aht,
            targets.requirement(arrivals * per_hour, aht),
            interval.by_category_band.get(code),
        )
    rate = sum(need.arrivals_per_hour for need in needs.values())
    pooled_aht = (
        sum(need.arrivals_per_hour * need.aht_min for need in needs.values()) / rate if rate > 0 else 1.0
    )
    scale = interval.hi / interval.arrivals if interval.arrivals > 0 else 0.0
    windows_hi = sum(
        targets.requirement(need.arrivals_per_hour * scale, need.aht_min).windows for need in needs.values()
    )
    return PlanInterval(
        start=interval.start,
        end=interval.end,
        arrivals=interval.arrivals,
        lo=interval.lo,
        hi=interval.hi,
        categories=needs,
        windows=sum(need.requirement.windows for need in needs.values()),
        raw_windows=sum(need.requirement.raw_windows for need in needs.values()),
        windows_hi=max(windows_hi, sum(need.requirement.windows for need in needs.values())),
        pooled=targets.requirement(rate, pooled_aht),
    )
