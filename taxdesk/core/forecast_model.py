"""The arrival model behind :mod:`taxdesk.core.forecast`: calendar features and the GLMs, on plain arrays.

Nothing here touches the database; :mod:`taxdesk.core.forecast` loads the counts and calls :func:`fit` and
:meth:`PointModel.predict`. Every feature is a fact of the calendar (weekday, position in the filing
period, month start and end, long holidays, make-up workdays, month and season, time); the model learns
their weights from the point's own tickets. Nothing is borrowed from the demo generator.

**The model.** The expected arrivals of category *c* on working day *d* in half-hour *s* are

    μ[c, d, s] = D[c, d] · p[c, s | type(d)]

- ``D`` is the category's day total: a negative-binomial (NB2) GLM with a log link on the day features
  (:data:`DAY_BLOCKS`). Its dispersion α is estimated by maximum likelihood around a Poisson fit, then the
  GLM is refitted with that α.
- ``p`` is the share of the day falling in each half-hour: a multinomial logit of the half-hour on the
  day's *type* — weekday (make-up workdays apart), the filing period's last three workdays, the first two
  workdays of the month, the workday before and after a long holiday — fitted by Newton's method on the
  counts summed by (type, half-hour). The point's profile (all categories together) is fitted first; each
  category's profile is a deviation from it (the point's profile enters as an offset), so a thin category
  simply follows the point.

With Poisson day totals the two fits together are exactly the maximum-likelihood fit of the one
interval-level Poisson GLM with the same terms (the likelihood factors into the day's total and the
multinomial split of the day; the multinomial is that GLM with its per-type fixed effects solved in closed
form), but they run on hundreds of rows instead of tens of thousands: three years fit in a fraction of a
second. The negative-binomial day model only reweights the days.

**How much model the data can carry.** Terms come in blocks, added in order of importance only while the
category has at least :data:`EVENTS_PER_TERM` arrivals per coefficient; a term whose indicator never (or
only once) occurs in the history is dropped. Months of the year and a time trend need a year of history;
with less, three season flags stand in for the months.

**Level changes.** A category's level can change for good (part of a service's work moving online, a
service growing): a model fitted on years of history would follow it only slowly. So after the fit each
category's recent weeks are compared with the fit (:func:`find_level_shift`): the week from which the
arrivals stay above or below it by the most standard deviations, if that is at least :data:`SHIFT_Z`, the
change at least :data:`SHIFT_MIN` and nearly every week since shows it (one odd week does not), starts a
new level. The day model is then refitted with a step from that week on (the calendar terms and the step
estimated together, so the season does not take the change for itself), and the step is set to the level
of the median week since (an odd week among them does not move it). The forecast then starts from the new
level; :class:`LevelShift` says since when and by how much.

**Prediction intervals.** The interval totals of the point are taken as NB2 around the forecast mean with
a dispersion estimated by maximum likelihood on the point's history (interval totals against the fitted
means, in sample); the 80 % band is the 10 % and 90 % quantiles of that distribution. Each category's
intervals get a band the same way, with the category's own dispersion. The parameters'
own uncertainty is left out: with months of history the day-to-day and half-hour noise dominates.

Pure computation: any thread may call it.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

import numpy as np

# SciPy and statsmodels take seconds to import: they are imported by the functions that fit and band (which
# run on a worker thread), so importing this module — and every desk page above it — stays quick.

# At least this many arrivals per coefficient before a block of terms enters a model.
EVENTS_PER_TERM = 30
# A year of history before months of the year and the trend are learnt (else: season flags).
YEAR_DAYS = 365
# Rest days in a row that make a "long holiday" (a plain weekend is two).
LONG_REST = 3
VERY_LONG_REST = 7
BAND = (0.1, 0.9)  # the 80 % prediction interval
ALPHA_BOUNDS = (1e-5, 20.0)
PROFILE_RIDGE = 1e-2
# Days a kind of day needs before it gets a term of its own: in the day totals, and in the profile.
MIN_TERM_DAYS = 3
PROFILE_MIN_DAYS = 8
MAX_NEWTON_STEPS = 50
_ONE_DAY = timedelta(days=1)
# Level changes: looked for in the last SHIFT_MAX_WEEKS weeks, with at least SHIFT_MIN_WEEKS weeks after
# them and the old level measured over the SHIFT_BEFORE_WEEKS weeks before (so not in a shorter history); a
# change is taken when it stands SHIFT_Z standard deviations clear of the fit, is at least SHIFT_MIN (10 %)
# and SHIFT_AGREE of the weeks since show at least half of it. (SHIFT_Z 3 rather than 4: the fit takes up
# part of a change, so its z comes out smaller than the change's; the agreement of the weeks keeps false
# alarms out.)
SHIFT_MAX_WEEKS = 26
SHIFT_MIN_WEEKS = 2
SHIFT_BEFORE_WEEKS = 13
SHIFT_Z = 3.0
SHIFT_MIN = 0.10
SHIFT_AGREE = 0.75


class CalendarLike(Protocol):
    """What the model needs from a calendar: the module :mod:`taxdesk.core.calendar` or its ``Calendar``."""

    def is_workday(self, day: date) -> bool: ...

    def filing_deadline(self, year: int, month: int) -> date: ...


# ------------------------------------------------------------------------------------------ features


@dataclass(frozen=True)
class DayFacts:
    """The calendar facts of a list of working days, one array entry per day."""

    days: tuple[date, ...]
    columns: dict[str, np.ndarray]  # 0/1 indicators and numbers, one value per day
    types: tuple[tuple[int, ...], ...]  # the profile type of each day (see PROFILE_FACTS)


# The day's facts that shape its profile over the hours (each day's type is the tuple of them).
PROFILE_FACTS = ("weekday", "last3", "month_start", "pre_holiday", "post_holiday")
# Weekday levels: 0–4 Monday to Friday, 5 a make-up workday (a Saturday or Sunday worked). Wednesday is the
# reference of both models: a kind of day without terms of its own is taken for an ordinary midweek day.
_WEEKDAY_LEVELS = (0, 1, 3, 4, 5)
_WEEKDAY_NAMES = {0: "mon", 1: "tue", 3: "thu", 4: "fri"}


def day_facts(days: Sequence[date], cal: CalendarLike, *, origin: date) -> DayFacts:
    """Calendar facts for ``days`` (all working days); ``origin`` is time 0 of the trend."""
    if not days:
        return DayFacts((), {}, ())
    lo, hi = min(days) - timedelta(days=40), max(days) + timedelta(days=60)
    workday: dict[date, bool] = {}
    day = lo
    while day <= hi:
        workday[day] = cal.is_workday(day)
        day += _ONE_DAY

    def is_work(d: date) -> bool:
        known = workday.get(d)
        return cal.is_workday(d) if known is None else known

    def rest_run(d: date, step: int) -> int:
        count = 0
        while count < 10 and not is_work(d):
            count += 1
            d += timedelta(days=step)
        return count

    def workdays_between(first: date, last: date) -> int:
        """Workdays in [first, last]."""
        count, d = 0, first
        while d <= last:
            count += is_work(d)
            d += _ONE_DAY
        return count

    def neighbour_workday(d: date, step: int) -> date:
        d += timedelta(days=step)
        while not is_work(d):
            d += timedelta(days=step)
        return d

    names = (
        "mon tue thu fri makeup left0 left1 left2 left3 left4 early after1 after2 ms1 ms2 month_end "
        "pre1 pre2 post1 post2 post_long iit cit medical iit_end cit_end trend"
    ).split() + [f"m{m}" for m in range(2, 13)]
    cols = {name: np.zeros(len(days)) for name in names}
    types = []
    for i, d in enumerate(days):
        weekday = d.weekday()
        makeup = weekday >= 5
        if makeup:
            cols["makeup"][i] = 1
        elif weekday in _WEEKDAY_NAMES:
            cols[_WEEKDAY_NAMES[weekday]][i] = 1
        deadline = cal.filing_deadline(d.year, d.month)
        last3 = False
        if d <= deadline:
            left = workdays_between(d + _ONE_DAY, deadline)
            if left <= 4:
                cols[f"left{left}"][i] = 1
            else:
                cols["early"][i] = 1
            last3 = left <= 2
        else:
            after = workdays_between(deadline + _ONE_DAY, d)
            if after <= 2:
                cols[f"after{after}"][i] = 1
        month_start = workdays_between(d.replace(day=1), d)
        if month_start <= 2:
            cols[f"ms{month_start}"][i] = 1
        if neighbour_workday(d, 1).month != d.month:
            cols["month_end"][i] = 1
        rest_after = rest_run(d + _ONE_DAY, 1)
        rest_before = rest_run(d - _ONE_DAY, -1)
        pre = rest_after >= LONG_REST
        post = rest_before >= LONG_REST
        cols["pre1"][i] = pre
        cols["post1"][i] = post
        cols["post_long"][i] = rest_before >= VERY_LONG_REST
        nxt = neighbour_workday(d, 1)
        cols["pre2"][i] = not pre and rest_run(nxt + _ONE_DAY, 1) >= LONG_REST
        prev = neighbour_workday(d, -1)
        cols["post2"][i] = not post and rest_run(prev - _ONE_DAY, -1) >= LONG_REST
        if d.month >= 2:
            cols[f"m{d.month}"][i] = 1
        cols["iit"][i] = 3 <= d.month <= 6  # IIT annual reconciliation, 1 March – 30 June
        cols["cit"][i] = d.month <= 5  # corporate income tax settlement, to 31 May
        cols["medical"][i] = d.month >= 9 or d.month <= 2  # resident medical insurance collection
        # The last five workdays of the IIT and CIT seasons.
        if d.month == 6:
            cols["iit_end"][i] = workdays_between(d + _ONE_DAY, date(d.year, 6, 30)) < 5
        if d.month == 5:
            cols["cit_end"][i] = workdays_between(d + _ONE_DAY, date(d.year, 5, 31)) < 5
        cols["trend"][i] = (d - origin).days / 365.25
        types.append((5 if makeup else weekday, int(last3), int(month_start <= 2), int(pre), int(post)))
    return DayFacts(tuple(days), cols, tuple(types))


# Day-total terms, in the order they enter a model.
DAY_BLOCKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("weekday", ("mon", "tue", "thu", "fri", "makeup")),
    ("filing", ("left0", "left1", "left2", "left3", "left4", "early", "after1", "after2")),
    ("month", ("ms1", "ms2", "month_end")),
    ("holidays", ("pre1", "pre2", "post1", "post2", "post_long")),
    ("months", tuple(f"m{m}" for m in range(2, 13)) + ("iit_end", "cit_end")),  # with a year of history
    ("seasons", ("iit", "cit", "medical")),  # … or these without
    ("trend", ("trend",)),  # with a year of history
)
# Profile terms: the half-hour, then its interaction with each fact of the day's type.
PROFILE_BLOCKS = ("slot", "weekday", "last3", "month_start", "post_holiday", "pre_holiday")


def _day_matrix(facts: DayFacts, names: Sequence[str]) -> np.ndarray:
    matrix = np.ones((len(facts.days), len(names) + 1))
    for j, name in enumerate(names):
        matrix[:, j + 1] = facts.columns[name]
    return matrix


def _profile_columns(
    types: Sequence[tuple[int, ...]], slots: int, levels: Sequence[tuple[str, int]]
) -> tuple[np.ndarray, list[str]]:
    """Design rows (type-major, then slot) for the profile terms: for ("slot", 0) the half-hours' own
    effects, for (fact, level) the half-hours on days whose fact has that level (no type effects)."""
    fact_index = {name: k for k, name in enumerate(PROFILE_FACTS)}
    columns, names = [], []
    n = len(types) * slots
    type_array = np.array(types, dtype=int).reshape(len(types), len(PROFILE_FACTS))
    slot_of_row = np.tile(np.arange(slots), len(types))
    for block, level in levels:
        on_day = (
            np.ones(n, dtype=bool)
            if block == "slot"
            else np.repeat(type_array[:, fact_index[block]] == level, slots)
        )
        for s in range(1, slots):
            columns.append((on_day & (slot_of_row == s)).astype(float))
            names.append(f"{block}{level}:slot{s}")
    if not columns:
        return np.zeros((n, 0)), []
    return np.column_stack(columns), names


# ------------------------------------------------------------------------------------------ fitting


def _quiet_glm(y, x, *, family, offset=None, start=None) -> np.ndarray:
    """GLM coefficients by IRLS. Perfect separation (a half-hour nobody ever came in) and slow
    convergence towards such a boundary only push a coefficient far negative, which predicts the zero
    the history shows: the warnings about it are expected."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.errstate(all="ignore"):
            from statsmodels.genmod.generalized_linear_model import GLM

            model = GLM(y, x, family=family, offset=offset)
            return np.asarray(model.fit(start_params=start, maxiter=100).params)


def nb_alpha(y: np.ndarray, mu: np.ndarray) -> float:
    """Maximum-likelihood NB2 dispersion α of counts ``y`` around fixed means ``mu`` (Var = μ + αμ²)."""
    from scipy.optimize import minimize_scalar
    from scipy.special import gammaln

    y = np.asarray(y, dtype=float).ravel()
    mu = np.maximum(np.asarray(mu, dtype=float).ravel(), 1e-9)
    if y.size == 0:
        return ALPHA_BOUNDS[0]

    def negative_log_likelihood(log_alpha: float) -> float:
        r = math.exp(-log_alpha)  # 1/α
        ll = gammaln(y + r) - gammaln(r) + r * np.log(r / (r + mu)) + y * np.log(mu / (r + mu))
        return -float(ll.sum())

    bounds = (math.log(ALPHA_BOUNDS[0]), math.log(ALPHA_BOUNDS[1]))
    result = minimize_scalar(
        negative_log_likelihood, bounds=bounds, method="bounded", options={"xatol": 1e-3}
    )
    return math.exp(result.x)


def nb_band(mu: np.ndarray, alpha: float, band: tuple[float, float] = BAND) -> tuple[np.ndarray, np.ndarray]:
    """The ``band`` quantiles of NB2(μ, α) for each μ (Poisson when α is negligible)."""
    from scipy import stats

    mu = np.maximum(np.asarray(mu, dtype=float), 0.0)
    if alpha <= ALPHA_BOUNDS[0] * 1.01:
        return stats.poisson.ppf(band[0], mu), stats.poisson.ppf(band[1], mu)
    r = 1 / alpha
    p = r / (r + mu)
    return stats.nbinom.ppf(band[0], r, p), stats.nbinom.ppf(band[1], r, p)


def _supported(values: np.ndarray) -> bool:
    """A 0/1 term needs each value on at least :data:`MIN_TERM_DAYS` days; a number needs to vary."""
    if len(values) < 2 * MIN_TERM_DAYS:
        return False
    if np.isin(values, (0.0, 1.0)).all():
        return MIN_TERM_DAYS <= int(np.count_nonzero(values)) <= len(values) - MIN_TERM_DAYS
    return float(np.ptp(values)) > 0


def _choose_day_terms(facts: DayFacts, events: float, span_days: int) -> list[str]:
    long_history = span_days >= YEAR_DAYS
    chosen: list[str] = []
    for block, names in DAY_BLOCKS:
        if block in ("months", "trend") and not long_history:
            continue
        if block == "seasons" and long_history:
            continue
        usable = [n for n in names if _supported(facts.columns[n])]
        if events < EVENTS_PER_TERM * (len(chosen) + len(usable) + 1):
            break
        chosen.extend(usable)
    return chosen


def _choose_profile_levels(
    types: Sequence[tuple[int, ...]], days_per_type: Sequence[int], slots: int, events: float
) -> list[tuple[str, int]]:
    """The profile terms the history supports: a kind of day gets a shape of its own only when it occurred
    on :data:`PROFILE_MIN_DAYS` days, and a block only while there are enough arrivals per term."""
    fact_index = {name: k for k, name in enumerate(PROFILE_FACTS)}
    chosen: list[tuple[str, int]] = []
    for block in PROFILE_BLOCKS:
        if block == "slot":
            candidates = [("slot", 0)]
        else:
            k = fact_index[block]
            wanted = _WEEKDAY_LEVELS if block == "weekday" else (1,)
            candidates = [
                (block, level)
                for level in wanted
                if sum(n for t, n in zip(types, days_per_type, strict=True) if t[k] == level)
                >= PROFILE_MIN_DAYS
            ]
        if not candidates:
            continue
        if events < EVENTS_PER_TERM * ((len(chosen) + len(candidates)) * (slots - 1) + 1):
            break
        chosen.extend(candidates)
    return chosen


@dataclass(frozen=True)
class _Profile:
    levels: tuple[tuple[str, int], ...]
    names: tuple[str, ...]
    coef: np.ndarray  # one per name

    def logits(self, types: Sequence[tuple[int, ...]], slots: int) -> np.ndarray:
        """(types × slots) linear predictor of the profile terms."""
        if not self.names:
            return np.zeros((len(types), slots))
        distinct: dict[tuple[int, ...], int] = {}
        row_of = np.array([distinct.setdefault(t, len(distinct)) for t in types], dtype=int)
        matrix, names = _profile_columns(list(distinct), slots, self.levels)
        index = {name: j for j, name in enumerate(names)}
        picked = matrix[:, [index[name] for name in self.names]]
        return (picked @ self.coef).reshape(len(distinct), slots)[row_of]


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    weights = np.exp(shifted)
    return weights / weights.sum(axis=-1, keepdims=True)


def multinomial_logit(
    table: np.ndarray, design: np.ndarray, offset: np.ndarray, *, ridge: float = PROFILE_RIDGE
) -> np.ndarray:
    """Coefficients γ of a multinomial logit over slots: P(slot s | type t) ∝ exp(offset[t, s] +
    design[t, s] · γ), fitted by Newton's method to the counts ``table`` (types × slots).

    This is the Poisson GLM with one fixed effect per type, its fixed effects solved in closed form
    (exactly the same estimates), plus a tiny ridge penalty that keeps a coefficient finite when a
    half-hour had no arrivals at all.
    """
    types, slots, terms = design.shape
    totals = table.sum(axis=1)
    flat = design.reshape(types * slots, terms)
    gamma = np.zeros(terms)

    def objective(g: np.ndarray) -> float:
        eta = offset + design @ g
        log_norm = np.log(np.exp(eta - eta.max(axis=1, keepdims=True)).sum(axis=1)) + eta.max(axis=1)
        return float((table * eta).sum() - (totals * log_norm).sum() - 0.5 * ridge * g @ g)

    current = objective(gamma)
    for _ in range(MAX_NEWTON_STEPS):
        p = _softmax(offset + design @ gamma)
        expected = totals[:, None] * p
        gradient = flat.T @ (table - expected).ravel() - ridge * gamma
        zp = np.einsum("tsk,ts->tk", design, p)
        hessian = (flat * expected.ravel()[:, None]).T @ flat - (zp * totals[:, None]).T @ zp
        hessian[np.diag_indices(terms)] += ridge
        step = np.linalg.solve(hessian, gradient)
        for _ in range(30):  # halve the step until the likelihood improves
            candidate = objective(gamma + step)
            if candidate >= current - 1e-12:
                break
            step /= 2
        gamma, improvement, current = gamma + step, candidate - current, candidate
        if np.abs(step).max() < 1e-7 or improvement < 1e-9 * max(1.0, abs(current)):
            break
    return gamma


def _fit_profile(
    counts: np.ndarray, type_of_day: np.ndarray, types: list[tuple[int, ...]], base_logits: np.ndarray | None
) -> _Profile:
    """Profile over half-hours: counts (days × slots), each day's type index, the distinct types."""
    slots = counts.shape[1]
    table = np.zeros((len(types), slots))
    np.add.at(table, type_of_day, counts)
    events = float(table.sum())
    kept = [t for t in range(len(types)) if table[t].sum() > 0]
    kept_types = [types[t] for t in kept]
    days = np.bincount(type_of_day, minlength=len(types))[kept]
    levels = _choose_profile_levels(kept_types, list(days), slots, events) if events and slots > 1 else []
    if not levels:
        return _Profile((), (), np.zeros(0))
    terms, names = _profile_columns(kept_types, slots, levels)
    useful = [j for j in range(terms.shape[1]) if terms[:, j].any()]
    design = terms[:, useful].reshape(len(kept), slots, len(useful))
    offset = np.zeros((len(kept), slots)) if base_logits is None else base_logits[kept]
    coef = multinomial_logit(table[kept], design, offset)
    return _Profile(tuple(levels), tuple(names[j] for j in useful), coef)


@dataclass(frozen=True)
class LevelShift:
    """A category's level changed from ``start`` (the first working day of the week it changed in):
    ``factor`` times the old level since (0.6: 40 % fewer), over ``weeks`` weeks of history."""

    start: date
    factor: float
    weeks: int

    @property
    def change(self) -> float:
        """The change as a share of the old level (−0.4: 40 % fewer)."""
        return self.factor - 1


def _week_index(days: Sequence[date]) -> np.ndarray:
    """Each day's week, numbered 0, 1, … in order of the days' ISO weeks (the days ascending)."""
    mondays = [d - timedelta(days=d.weekday()) for d in days]
    index: dict[date, int] = {}
    return np.array([index.setdefault(m, len(index)) for m in mondays], dtype=int)


def find_level_shift(daily: np.ndarray, mu: np.ndarray, alpha: float, days: Sequence[date]) -> int | None:
    """The index of the first day of the week from which the day totals ``daily`` left the fitted means
    ``mu`` for good (see the module docstring), or None. ``alpha``: the day totals' NB2 dispersion."""
    if len(days) == 0:
        return None
    week = _week_index(days)
    weeks = int(week[-1]) + 1
    actual = np.bincount(week, weights=daily, minlength=weeks)
    fitted = np.bincount(week, weights=mu, minlength=weeks)
    variance = np.bincount(week, weights=mu + alpha * mu**2, minlength=weeks)
    best: tuple[float, int, float, float] | None = None  # (z, first week, old level, log change)
    # A full SHIFT_BEFORE_WEEKS of the old level first: a few weeks of history (a May Day holiday week in
    # them) are fitted too loosely to tell a change from what the calendar terms have not learnt yet.
    for first in range(max(SHIFT_BEFORE_WEEKS, weeks - SHIFT_MAX_WEEKS), weeks - SHIFT_MIN_WEEKS + 1):
        before = slice(first - SHIFT_BEFORE_WEEKS, first)
        if fitted[before].sum() <= 0 or actual[before].sum() <= 0:
            continue
        level = actual[before].sum() / fitted[before].sum()  # the old level, relative to the fit
        expect = level * fitted[first:].sum()
        # NB2 at the old level: Var = Σ (level·μ + α·(level·μ)²).
        spread = math.sqrt(max(expect + level**2 * (variance[first:].sum() - fitted[first:].sum()), 1e-9))
        z = (actual[first:].sum() - expect) / spread
        if best is None or abs(z) > abs(best[0]):
            best = (z, first, level, math.log((actual[first:].sum() + 0.5) / (expect + 0.5)))
    # The fit has taken up part of a change already: half of SHIFT_MIN here, all of it after the refit.
    if best is None or abs(best[0]) < SHIFT_Z or abs(math.exp(best[3]) - 1) < SHIFT_MIN / 2:
        return None
    _, first, level, change = best
    # Nearly every week since must show at least half the change: one odd week is not a new level.
    each = np.log((actual[first:] + 0.5) / (level * fitted[first:] + 0.5))
    agreeing = int(np.count_nonzero((np.sign(each) == np.sign(change)) & (np.abs(each) >= abs(change) / 2)))
    if agreeing < math.ceil(SHIFT_AGREE * len(each)):
        return None
    return int(np.flatnonzero(week == first)[0])


@dataclass(frozen=True)
class CategoryModel:
    """One category's day-total GLM (with a step from a level change, if there was one) and its deviation
    from the point's profile."""

    day_terms: tuple[str, ...]
    day_coef: np.ndarray  # intercept first (the step last, when there is a shift)
    day_alpha: float
    profile: _Profile
    shift: LevelShift | None = None

    def day_matrix(self, facts: DayFacts) -> np.ndarray:
        matrix = _day_matrix(facts, self.day_terms)
        if self.shift is None:
            return matrix
        step = np.array([d >= self.shift.start for d in facts.days], dtype=float)
        return np.column_stack([matrix, step])


@dataclass(frozen=True)
class PointModel:
    """A fitted model of one point: per category, plus the point's profile and its interval dispersion."""

    slots: int
    profile: _Profile
    categories: dict[int, CategoryModel | None]  # None: no arrivals in the history
    alpha: float  # NB2 dispersion of the interval totals
    category_alpha: dict[int, float] = field(default_factory=dict)  # … and of each category's intervals

    def predict(self, facts: DayFacts) -> dict[int, np.ndarray]:
        """Expected arrivals per category: arrays of (days × slots)."""
        types = list(facts.types)
        base = self.profile.logits(types, self.slots) if types else np.zeros((0, self.slots))
        out = {}
        for category, model in self.categories.items():
            if model is None or not types:
                out[category] = np.zeros((len(types), self.slots))
                continue
            day_total = np.exp(np.clip(model.day_matrix(facts) @ model.day_coef, -50, 50))
            shares = _softmax(base + model.profile.logits(types, self.slots))
            out[category] = day_total[:, None] * shares
        return out


def _with_level_shift(model: CategoryModel, daily: np.ndarray, facts: DayFacts) -> CategoryModel:
    """``model`` refitted with a step from the level change its day totals show, if there is one (see the
    module docstring)."""
    from statsmodels.genmod import families

    x = model.day_matrix(facts)
    first = find_level_shift(daily, np.exp(x @ model.day_coef), model.day_alpha, facts.days)
    if first is None:
        return model
    start = facts.days[first]
    step = np.array([d >= start for d in facts.days], dtype=float)
    x = np.column_stack([x, step])
    coef = _quiet_glm(daily, x, family=families.Poisson(), start=np.append(model.day_coef, 0.0))
    alpha = nb_alpha(daily, np.exp(x @ coef))
    coef = _quiet_glm(daily, x, family=families.NegativeBinomial(alpha=alpha), start=coef)
    # The level since is the median week's: one odd week among them does not move it.
    after = step > 0
    week = _week_index([d for d, keep in zip(facts.days, after, strict=True) if keep])
    actual = np.bincount(week, weights=daily[after])
    fitted = np.bincount(week, weights=np.exp(x[after] @ coef))
    coef[-1] += float(np.median(np.log((actual + 0.5) / (fitted + 0.5))))
    factor = math.exp(coef[-1])
    if abs(factor - 1) < SHIFT_MIN:
        return model
    shift = LevelShift(start, factor, int(week[-1]) + 1)
    return CategoryModel(model.day_terms, coef, alpha, model.profile, shift)


def fit(
    counts: dict[int, np.ndarray],
    facts: DayFacts,
    *,
    span_days: int,
    step: Callable[[], None] | None = None,
) -> PointModel:
    """Fit a point's model to ``counts[category]`` (days × slots, the days of ``facts``).

    ``span_days`` is the calendar length of the history: it decides whether months and the trend are
    learnt. ``step()``, when given, is called after each category's fit (the forecast counts progress and
    polls for a cancel there; whatever it raises ends the fit).
    """
    slots = next(iter(counts.values())).shape[1] if counts else 0
    type_index: dict[tuple[int, ...], int] = {}
    type_of_day = np.array([type_index.setdefault(t, len(type_index)) for t in facts.types], dtype=int)
    types = list(type_index)
    total = sum(counts.values()) if counts else np.zeros((len(facts.days), slots))
    profile = _fit_profile(total, type_of_day, types, None)
    base_logits = profile.logits(types, slots)
    models: dict[int, CategoryModel | None] = {}
    for category, y in counts.items():
        events = float(y.sum())
        if events <= 0:
            models[category] = None
            if step is not None:
                step()
            continue
        terms = _choose_day_terms(facts, events, span_days)
        x = _day_matrix(facts, terms)
        daily = y.sum(axis=1)
        from statsmodels.genmod import families

        coef = _quiet_glm(daily, x, family=families.Poisson())
        alpha = nb_alpha(daily, np.exp(x @ coef))
        coef = _quiet_glm(daily, x, family=families.NegativeBinomial(alpha=alpha), start=coef)
        deviation = _fit_profile(y, type_of_day, types, base_logits)
        models[category] = _with_level_shift(
            CategoryModel(tuple(terms), coef, alpha, deviation), daily, facts
        )
        if step is not None:
            step()
    model = PointModel(slots, profile, models, ALPHA_BOUNDS[0])
    predicted = model.predict(facts)
    fitted = sum(predicted.values()) if counts else np.zeros((0, slots))
    alpha = nb_alpha(total, fitted) if counts else ALPHA_BOUNDS[0]
    category_alpha = {c: nb_alpha(y, predicted[c]) for c, y in counts.items() if models[c] is not None}
    return PointModel(slots, profile, models, alpha, category_alpha)
