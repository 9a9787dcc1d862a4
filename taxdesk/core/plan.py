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

**Physical limits.** ``windows`` stays Erlang C's figure, however many windows the point has. Beside it
each category gets ``windows_available`` (the point's active windows that have the category) and each
interval ``windows_available`` (the point's active windows with any of the plan's categories); a window
serves one person of one queue at a time, so :func:`window_cover` shares the windows out between the
categories (as many of each category's ``raw_windows`` as the windows allow, the shortfall spread over
the categories short of most) and ``shortfall`` is what is left: windows needed open at once beyond what
the point has. The roster's cover requirement is the covered part
(:attr:`CategoryNeed.capped_windows`): nobody can be rostered to a window that is not there.

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
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select

from taxdesk.core import audit, calendar, clock, live, settings
from taxdesk.core.db import Database
from taxdesk.core.db.models import Category, Window, WindowCategory
from taxdesk.core.forecast import Forecast, ForecastCancelled, Progress, forecast_week, parse_week
from taxdesk.core.handling import HandlingTime, handling_times
from taxdesk.core.network import get_point
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
    windows_available: int | None = None  # the point's active windows with the category (None: not known)
    covered: int | None = None  # of raw_windows, how many the point's windows can open (None: all)

    @property
    def capped_windows(self) -> int:
        """Windows open at once needed *and* possible: the roster's cover requirement."""
        return self.requirement.raw_windows if self.covered is None else self.covered

    @property
    def shortfall(self) -> int:
        """Windows needed open at once beyond what the point's windows allow."""
        return self.requirement.raw_windows - self.capped_windows

    def to_json(self) -> dict:
        return {
            "arrivals": round(self.arrivals, 2),
            "lo": self.band[0] if self.band else None,
            "hi": self.band[1] if self.band else None,
            "arrivals_per_hour": round(self.arrivals_per_hour, 2),
            "aht_min": round(self.aht_min, 2),
            **self.requirement.to_json(),
            "windows_available": self.windows_available,
            "shortfall": self.shortfall,
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
    windows_available: int | None = None  # the point's active windows with any of the plan's categories
    shortfall: int = 0  # raw_windows beyond what those windows allow (see the module docstring)

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
            "windows_available": self.windows_available,
            "shortfall": self.shortfall,
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
    windows_available: int | None = None  # the point's active windows (with any of the plan's categories)

    @property
    def peak(self) -> PlanInterval | None:
        """The interval needing the most windows (the earliest of equals), None for a week without work."""
        return max(self.intervals, key=lambda i: (i.windows, -i.start.timestamp()), default=None)

    @property
    def short(self) -> list[PlanInterval]:
        """The intervals needing more windows open at once than the point has, in time order."""
        return [i for i in self.intervals if i.shortfall > 0]

    @property
    def worst_shortfall(self) -> PlanInterval | None:
        """The interval short of most windows (the earliest of equals), None when none is short."""
        return max(self.short, key=lambda i: (i.shortfall, -i.start.timestamp()), default=None)

    def to_json(self) -> dict:
        peak = self.peak
        worst = self.worst_shortfall
        return {
            "point": self.point,
            "week": self.week,
            "targets": self.targets.to_json(),
            "handling_times": {code: h.to_json() for code, h in self.handling.items()},
            "intervals": [interval.to_json() for interval in self.intervals],
            "peak": None if peak is None else {"start": clock.iso(peak.start), "windows": peak.windows},
            "windows_available": self.windows_available,
            "shortfall": {
                "intervals": len(self.short),
                "window_half_hours": sum(i.shortfall for i in self.short),
                "most": worst.shortfall if worst else 0,
                "most_at": clock.iso(worst.start) if worst else None,
            },
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
    windows = point_windows(db, point_code)
    stage_done(1)
    intervals = [_plan_interval(interval, handling, targets, windows) for interval in forecast.intervals]
    stage_done(2)
    available = sum(1 for w in windows if w & set(handling))
    return Plan(forecast.point, forecast.week, targets, handling, intervals, forecast, available)


def point_windows(db: Database, point_code: str) -> list[frozenset[str]]:
    """The category codes of each of the point's active windows (a window without any is left out)."""
    with db.session() as session:
        point = get_point(session, point_code)
        found: dict[int, set[str]] = {}
        for window_id, code in session.execute(
            select(Window.id, Category.code)
            .join(WindowCategory, WindowCategory.window_id == Window.id)
            .join(Category, Category.id == WindowCategory.category_id)
            .where(Window.point_id == point.id, Window.active)
        ):
            found.setdefault(window_id, set()).add(code)
    return [frozenset(codes) for _, codes in sorted(found.items())]


def window_cover(needs: dict[str, int], windows: list[frozenset[str]]) -> dict[str, int]:
    """How many of each category's ``needs`` (windows open at once) the ``windows`` (each the category
    codes it has) can cover, one category per window at a time: a maximum assignment, found one window at
    a time for the category with the largest share of its need still uncovered (then the most uncovered,
    then by code), so that a shortfall is spread over the categories rather than left to one; each time
    along an augmenting path that may move other categories to other windows. Pure; any thread."""
    holder: list[str | None] = [None] * len(windows)  # window → the category it is given to
    got = dict.fromkeys(needs, 0)

    def place(code: str, seen: set[int]) -> bool:
        for k, has in enumerate(windows):
            if code not in has or k in seen:
                continue
            seen.add(k)
            if holder[k] is None or place(holder[k], seen):
                holder[k] = code
                return True
        return False

    # A category that finds no augmenting path never will again (Berge): it leaves the round.
    trying = {code for code, need in needs.items() if need > 0}
    while trying:
        code = max(sorted(trying), key=lambda c: ((needs[c] - got[c]) / needs[c], needs[c] - got[c]))
        if got[code] >= needs[code] or not place(code, set()):
            trying.discard(code)
            continue
        got[code] += 1
    return got


def _check(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise ForecastCancelled("staffing plan cancelled: nothing was changed", key="forecast_cancelled")


def _plan_interval(
    interval, handling: dict[str, HandlingTime], targets: Targets, windows: list[frozenset[str]] | None = None
) -> PlanInterval:
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
    available = None
    if windows is not None:
        covered = window_cover({c: n.requirement.raw_windows for c, n in needs.items()}, windows)
        needs = {
            code: replace(need, windows_available=sum(1 for w in windows if code in w), covered=covered[code])
            for code, need in needs.items()
        }
        available = sum(1 for w in windows if w & set(needs))
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
        windows_available=available,
        shortfall=sum(need.shortfall for need in needs.values()),
    )
