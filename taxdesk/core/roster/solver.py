"""Solving a roster :class:`~taxdesk.core.roster.model.Problem` as one mixed-integer programme in HiGHS.

The formulation (every rule as in the model's docstring):

- ``x[p,d,s]`` binary: person p works shift s on day d. Only the assignments a person may make at all get a
  variable (skills, days off, ``max_shifts`` of 0, locks), so those rules cost nothing in the search.
- ``y[p,d]`` = Σ_s x[p,d,s] ≤ 1, worked or not; a variable of its own only when several shifts are possible
  that day (else the single x, or the constant 0), so branching can decide "works" before "which shift".
- Run lengths as forbidden patterns on y, the standard strong form: no k+1 working days in a window
  (``max_consecutive_shifts`` k); for every shorter run l < m not touching the horizon's ends, off–l days
  on–off is excluded by −y[d−1] + Σ y[d..d+l−1] − y[d+l] ≤ l − 1 (``min_consecutive_shifts`` m) and the
  mirror image for runs of days off. Windows longer than k+1 get the most days the run rules together
  allow in them (computed by enumerating patterns), which tightens the LP where the rules interact.
- Weekends: w[p,k] ≥ y on each weekend day, Σ_k w ≤ ``max_weekends`` (w continuous: it is pushed to the
  larger of the two y, the convex hull of "either day").
- Successions: per pair of days, the cliques {shifts on d that all forbid a set T on d+1} ∪ T, from
  ``forbidden_next`` and, with clock times, from ``min_rest_minutes``.
- Σ minutes·x within [min, max]; Σ_d x[p,d,s] ≤ ``max_shifts``.
- Windows: per day and window group (:meth:`Problem.window_groups`), Σ over people and the group's shifts
  of x ≤ 1.
- Cover: Σ x + under − over = required, both slacks priced; requests priced on their shifts' x (an
  ``on`` request as its weight minus the weight times Σ x);
  fairness: hi ≥ Σ_d y[p,d] ≥ lo over rotating people, priced ``fairness_weight``·(hi − lo).

Every weight is a whole number, so a bound within 1 of the best roster proves it optimal (``mip_abs_gap``
just under 1). HiGHS runs with a fixed random seed: the same problem and options give the same roster
when the solve ends by optimality (a time limit can stop a search at different points on a busy machine).

:func:`solve` may run on any thread (the GUI runs it in its background helper); ``progress`` and
``cancel`` are called on that same thread, from HiGHS's callbacks.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import product

import highspy
import numpy as np

from taxdesk.core.errors import InvalidInput
from taxdesk.core.roster.model import Person, Problem, Roster, Solution

Progress = Callable[[float, float, float], None]  # objective, bound, seconds


class _QuietHighs(highspy.Highs):
    """highspy enables callbacks in its constructor, and HiGHS prints its banner on stdout when that
    happens with logging on; switch logging off first so ``--json`` output stays clean."""

    def enableCallbacks(self):  # noqa: N802 — overrides highspy's camelCase method
        self.setOptionValue("output_flag", False)
        super().enableCallbacks()


Expr = dict[int, float]  # column → coefficient


@dataclass
class _Lp:
    """Columns and rows collected in Python, handed to HiGHS in one go."""

    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    cost: list[float] = field(default_factory=list)
    integer: list[bool] = field(default_factory=list)
    row_lower: list[float] = field(default_factory=list)
    row_upper: list[float] = field(default_factory=list)
    starts: list[int] = field(default_factory=lambda: [0])
    index: list[int] = field(default_factory=list)
    value: list[float] = field(default_factory=list)
    offset: float = 0.0

    def col(self, lower: float, upper: float, cost: float = 0.0, integer: bool = False) -> int:
        self.lower.append(lower)
        self.upper.append(upper)
        self.cost.append(cost)
        self.integer.append(integer)
        return len(self.lower) - 1

    def row(
        self, terms: Expr, lower: float = -math.inf, upper: float = math.inf, constant: float = 0.0
    ) -> None:
        """lower ≤ Σ terms + constant ≤ upper; a row without variables is left out (checked elsewhere)."""
        terms = {c: v for c, v in terms.items() if v}
        if not terms:
            return
        self.row_lower.append(lower - constant)
        self.row_upper.append(upper - constant)
        self.index.extend(terms)
        self.value.extend(terms.values())
        self.starts.append(len(self.index))

    def highs_lp(self) -> highspy.HighsLp:
        lp = highspy.HighsLp()
        lp.num_col_ = len(self.lower)
        lp.num_row_ = len(self.row_lower)
        lp.col_cost_ = np.array(self.cost, dtype=float)
        lp.col_lower_ = np.array(self.lower, dtype=float)
        lp.col_upper_ = np.array(self.upper, dtype=float)
        lp.row_lower_ = np.array(self.row_lower, dtype=float)
        lp.row_upper_ = np.array(self.row_upper, dtype=float)
        lp.offset_ = self.offset
        lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
        lp.a_matrix_.num_col_ = lp.num_col_
        lp.a_matrix_.num_row_ = lp.num_row_
        lp.a_matrix_.start_ = np.array(self.starts, dtype=np.int32)
        lp.a_matrix_.index_ = np.array(self.index, dtype=np.int32)
        lp.a_matrix_.value_ = np.array(self.value, dtype=float)
        lp.integrality_ = [
            highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous for i in self.integer
        ]
        return lp


def allowed_shifts(problem: Problem, person: Person) -> list[list[str]]:
    """Per day, the shift types ``person`` may work at all: skills, days off, ``max_shifts`` of 0 and
    locks. (A lock that names a shift outside these is a conflict :mod:`explain` reports.)"""
    locks = {lock.day: lock.shift for lock in problem.locks if lock.person == person.id}
    usable = [
        s.id for s in problem.shift_types if s.skills <= person.skills and person.max_shifts.get(s.id, 1) != 0
    ]
    days = []
    for day in range(problem.days):
        if day in person.days_off:
            days.append([])
        elif day in locks:
            days.append([locks[day]] if locks[day] in usable else [])
        else:
            days.append(list(usable))
    return days


def successor_conflicts(problem: Problem, person: Person) -> dict[str, frozenset[str]]:
    """For each shift type, the shift types ``person`` may not work the next day after it."""
    conflicts = {}
    for first in problem.shift_types:
        banned = set(first.forbidden_next)
        for second in problem.shift_types:
            if first.end_min is not None and second.start_min is not None:
                if 1440 + second.start_min - first.end_min < person.min_rest_minutes:
                    banned.add(second.id)
        conflicts[first.id] = frozenset(banned)
    return conflicts


def window_limits(days: int, max_run: int | None, min_run: int, min_off: int) -> dict[int, int]:
    """For window lengths L, the most working days any L consecutive days can hold under the run rules
    (runs cut by the window's ends may continue outside it, so only ``max_run`` binds those). Only the
    lengths whose limit is not already the sum of two shorter windows' limits: those add nothing."""
    if max_run is None or max_run >= days:
        return {}
    most = {length: length for length in range(1, max_run + 1)}
    limits: dict[int, int] = {}
    for length in range(max_run + 1, min(days, 2 * (max_run + max(min_run, min_off))) + 1):
        most[length] = _most_worked(length, max_run, min_run, min_off)
        if all(most[length] < most[a] + most[length - a] for a in range(1, length // 2 + 1)):
            limits[length] = most[length]
    return limits


def _most_worked(length: int, max_run: int, min_run: int, min_off: int) -> int:
    """Brute force over patterns by dynamic programming: the most worked days in ``length`` days."""
    # state: (worked?, run length so far, run touches the window start) → most worked days so far
    states: dict[tuple[bool, int, bool], int] = {(True, 1, True): 1, (False, 1, True): 0}
    for _ in range(length - 1):
        nxt: dict[tuple[bool, int, bool], int] = {}
        for (worked, run, at_start), count in states.items():
            for work in (True, False):
                if work == worked:
                    key = (work, run + 1, at_start)
                    if work and run + 1 > max_run:
                        continue
                else:
                    # the run just ended inside the window: its minimum applies unless it began at the start
                    if not at_start and run < (min_run if worked else min_off):
                        continue
                    key = (work, 1, False)
                value = count + work
                if nxt.get(key, -1) < value:
                    nxt[key] = value
        states = nxt
    return max(states.values())


class _Formulation:
    """The MIP for ``problem`` (or only the hard rules of ``people``, for explaining infeasibility)."""

    def __init__(self, problem: Problem, people: tuple[Person, ...] | None = None, *, soft: bool = True):
        self.problem = problem
        self.lp = _Lp()
        self.x: dict[tuple[str, int, str], int] = {}
        self.y: dict[tuple[str, int], Expr] = {}
        self.totals: dict[str, Expr] = {}
        for person in people if people is not None else problem.people:
            self._person(person)
        self._windows()
        if soft:
            self._soft()

    def _person(self, person: Person) -> None:
        problem, lp, n = self.problem, self.lp, self.problem.days
        allowed = allowed_shifts(problem, person)
        locks = {lock.day: lock.shift for lock in problem.locks if lock.person == person.id}
        pid = person.id
        y: list[Expr] = []
        for day, shifts in enumerate(allowed):
            locked_on = locks.get(day) is not None
            for s in shifts:
                self.x[pid, day, s] = lp.col(1.0 if locked_on else 0.0, 1.0, integer=True)
            if len(shifts) == 1:
                expr = {self.x[pid, day, shifts[0]]: 1.0}
            elif shifts:
                worked = lp.col(0.0, 1.0, integer=True)
                lp.row({worked: 1.0, **{self.x[pid, day, s]: -1.0 for s in shifts}}, 0.0, 0.0)
                expr = {worked: 1.0}
            else:
                expr = {}
            y.append(expr)
            self.y[pid, day] = expr

        def total(days) -> Expr:
            out: Expr = {}
            for d in days:
                for c, v in y[d].items():
                    out[c] = out.get(c, 0.0) + v
            return out

        self.totals[pid] = total(range(n))
        minutes: Expr = {}
        for (p, _day, s), col in self.x.items():
            if p == pid:
                minutes[col] = self.problem.shift(s).minutes
        lp.row(
            minutes,
            person.min_minutes,
            person.max_minutes if person.max_minutes is not None else math.inf,
        )
        for s, limit in person.max_shifts.items():
            cols = {self.x[pid, d, s]: 1.0 for d in range(n) if (pid, d, s) in self.x}
            if limit < len(cols):
                lp.row(cols, upper=limit)

        # Run lengths: the max-run windows (and the longer windows the rules together limit).
        for length, most in window_limits(
            n, person.max_consecutive_shifts, person.min_consecutive_shifts, person.min_consecutive_days_off
        ).items():
            for start in range(n - length + 1):
                lp.row(total(range(start, start + length)), upper=most)
        for run in range(1, person.min_consecutive_shifts):  # no working run of `run` days inside
            for start in range(1, n - run):
                terms = total(range(start, start + run))
                for c, v in y[start - 1].items():
                    terms[c] = terms.get(c, 0.0) - v
                for c, v in y[start + run].items():
                    terms[c] = terms.get(c, 0.0) - v
                lp.row(terms, upper=run - 1)
        for run in range(1, person.min_consecutive_days_off):  # no run of `run` days off inside
            for start in range(1, n - run):
                terms = {c: -v for c, v in total(range(start, start + run)).items()}
                for c, v in [*y[start - 1].items(), *y[start + run].items()]:
                    terms[c] = terms.get(c, 0.0) + v
                lp.row(terms, upper=1)

        weekends = problem.weekends()
        if person.max_weekends is not None and person.max_weekends < len(weekends):
            used: Expr = {}
            for days in weekends:
                live = [d for d in days if y[d]]
                if len(live) == 1:
                    for c, v in y[live[0]].items():
                        used[c] = used.get(c, 0.0) + v
                elif live:
                    w = lp.col(0.0, 1.0)
                    used[w] = 1.0
                    for d in live:
                        lp.row({w: 1.0, **{c: -v for c, v in y[d].items()}}, lower=0.0)
            lp.row(used, upper=person.max_weekends)

        conflicts = successor_conflicts(problem, person)
        for day in range(n - 1):
            today, tomorrow = allowed[day], allowed[day + 1]
            if not today or not tomorrow:
                continue
            seen = set()
            for s in today:
                banned = frozenset(conflicts[s] & set(tomorrow))
                if not banned or banned in seen:
                    continue
                seen.add(banned)
                firsts = [f for f in today if banned <= conflicts[f]]
                lp.row(
                    {
                        **{self.x[pid, day, f]: 1.0 for f in firsts},
                        **{self.x[pid, day + 1, t]: 1.0 for t in banned},
                    },
                    upper=1,
                )

    def _windows(self) -> None:
        columns: dict[tuple[int, str], list[int]] = {}
        for (_pid, day, s), col in self.x.items():
            columns.setdefault((day, s), []).append(col)
        for group, day in product(self.problem.window_groups(), range(self.problem.days)):
            cols = [c for s in group for c in columns.get((day, s), ())]
            if len(cols) > 1:
                self.lp.row(dict.fromkeys(cols, 1.0), upper=1)

    def _soft(self) -> None:
        problem, lp = self.problem, self.lp
        for cover in problem.covers:
            staffed = {
                self.x[p.id, cover.day, s]: 1.0
                for p, s in product(problem.people, cover.shifts)
                if (p.id, cover.day, s) in self.x
            }
            under = lp.col(0.0, cover.required, cover.under_weight)
            over = lp.col(0.0, max(len(staffed) - cover.required, 0), cover.over_weight)
            lp.row({**staffed, under: 1.0, over: -1.0}, cover.required, cover.required)
        for request in problem.requests:  # at most one shift a day: Σ x over the request's shifts is 0 or 1
            cols = [
                self.x[key] for s in request.shifts if (key := (request.person, request.day, s)) in self.x
            ]
            if request.on:
                lp.offset += request.weight
            for col in cols:
                lp.cost[col] += -request.weight if request.on else request.weight
        rotating = [p.id for p in problem.people if p.rotating]
        if problem.fairness_weight and len(rotating) > 1:
            hi = lp.col(0.0, problem.days, problem.fairness_weight)
            lo = lp.col(0.0, problem.days, -problem.fairness_weight)
            for pid in rotating:
                lp.row({hi: 1.0, **{c: -v for c, v in self.totals[pid].items()}}, lower=0.0)
                lp.row({lo: 1.0, **{c: -v for c, v in self.totals[pid].items()}}, upper=0.0)

    def roster(self, values) -> Roster:
        out: Roster = {p.id: [None] * self.problem.days for p in self.problem.people}
        for (pid, day, s), col in self.x.items():
            if values[col] > 0.5:
                out[pid][day] = s
        return out


def highs_for(
    formulation: _Formulation, *, threads: int | None = None, verbose: bool = False
) -> highspy.Highs:
    """A quiet HiGHS instance holding the formulation, with the options every roster solve uses."""
    highs = _QuietHighs()
    highs.setOptionValue("random_seed", 0)
    if threads is not None:
        highs.setOptionValue("threads", int(threads))
    highs.setOptionValue("output_flag", bool(verbose))
    highs.passModel(formulation.lp.highs_lp())
    return highs


def validate(problem: Problem) -> None:
    """Raise InvalidInput when ``problem`` names what it does not define (a programming or data error, not
    an infeasible roster): repeated IDs, a day outside the horizon, an unknown person or shift type."""

    def refuse(reason: str) -> None:
        raise InvalidInput(f"roster problem: {reason}", key="roster_invalid", reason=reason)

    if problem.days < 1:
        refuse(f"the horizon has {problem.days} days")
    shift_ids = [s.id for s in problem.shift_types]
    person_ids = [p.id for p in problem.people]
    for kind, ids in (("shift type", shift_ids), ("person", person_ids)):
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            refuse(f"{kind} {repeated[0]} is defined twice")
    known_shifts, known_people = set(shift_ids), set(person_ids)
    for s in problem.shift_types:
        if s.minutes < 0 or not s.forbidden_next <= known_shifts:
            refuse(f"shift type {s.id} has negative minutes or names an unknown shift type")
    for person in problem.people:
        if not set(person.max_shifts) <= known_shifts:
            refuse(f"{person.id}'s max_shifts names an unknown shift type")
    for what, items in (("lock", problem.locks), ("request", problem.requests)):
        for item in items:
            named = item.shifts if what == "request" else {item.shift} - {None}
            if item.person not in known_people or not 0 <= item.day < problem.days:
                refuse(f"a {what} names person {item.person!r} on day {item.day}, not in the problem")
            for shift in sorted(set(named) - known_shifts):
                refuse(f"a {what} names an unknown shift type {shift!r}")
    for cover in problem.covers:
        if not 0 <= cover.day < problem.days or not cover.shifts <= known_shifts or cover.required < 0:
            refuse(f"cover {cover.label or cover.day} is outside the horizon or names an unknown shift type")


MIN_TIME_LIMIT_S, MAX_TIME_LIMIT_S = 0.1, 3600.0  # an hour: longer only waits on a gap that will not close
WHOLE_SHARE = 0.6  # HiGHS alone on the whole MIP for this share of the time limit, undisturbed
STEP_NODES = 200  # the most branch-and-bound nodes one local-search step may take …
STEP_SECONDS = 2.0  # … and the most seconds
IDLE_STEPS = 30  # this many steps in a row without a better roster: back to the whole MIP
STALL_SHARE, STALL_MIN = 0.05, 3.0  # a whole-MIP rerun gives way after this long without a better roster
STALL_GAP = 0.005  # … while the gap is above this
NO_NODE_LIMIT = 2147483647  # HiGHS's default mip_max_nodes


def solve(
    problem: Problem,
    *,
    time_limit: float = 60.0,
    threads: int | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    mip_rel_gap: float = 0.0,
    verbose: bool = False,
) -> Solution:
    """The best roster for ``problem`` within ``time_limit`` seconds (see the module docstring).

    HiGHS works on the whole MIP alone for the first ``WHOLE_SHARE`` of the time limit: most rosters are
    proven optimal there. If the gap is still open, a local search takes over from the best roster: each
    step frees some people's (or some days') assignments, fixes the rest, and lets HiGHS re-optimise the
    freed part within ``STEP_NODES`` nodes and ``STEP_SECONDS`` seconds, keeping what improves. The freed
    part grows while steps finish and shrinks while they do not; a step that frees everything and finishes
    has solved the whole problem, which proves its roster optimal. After ``IDLE_STEPS`` steps without a
    better roster the whole MIP resumes from the improved one (giving way again when it stalls), and so on
    to the time limit. ``bound`` is the best bound the whole-MIP runs proved.

    ``progress(objective, bound, seconds)`` is called when a better roster is found and now and then while
    the bound moves (the bound is −inf until HiGHS has one); ``cancel()`` is polled as the search goes and,
    once true, stops it: the best roster so far comes back with status ``cancelled``. When the hard rules
    allow no roster the status is ``infeasible`` and ``explanation`` says which rule, whose and which day.
    ``verbose`` lets HiGHS log on stdout. Raises InvalidInput for a problem that names what it does not
    define. May run on any thread."""
    started = time.perf_counter()
    if not MIN_TIME_LIMIT_S <= time_limit <= MAX_TIME_LIMIT_S:  # False for NaN too
        raise InvalidInput(
            f"the time limit must be {MIN_TIME_LIMIT_S:g} to {MAX_TIME_LIMIT_S:g} seconds, not {time_limit}",
            key="roster_time_limit",
            maximum=f"{MAX_TIME_LIMIT_S:g}",
        )
    validate(problem)
    from taxdesk.core.roster import explain  # explain builds on this module's formulation

    def outcome(status, search=None, reasons=()) -> Solution:
        objective = bound = gap = None
        roster: Roster = {}
        if search is not None and search.values is not None:
            roster = search.formulation.roster(search.values)
            objective = float(round(search.objective))  # whole-number weights
            bound = search.bound if math.isfinite(search.bound) else None
            if status == "optimal" and mip_rel_gap == 0:
                bound = objective
        if objective is not None and bound is not None:
            gap = 0.0 if objective - bound < 1e-9 else (objective - bound) / max(abs(objective), 1e-9)
        seconds = round(time.perf_counter() - started, 3)
        return Solution(status, roster, objective, bound, gap, seconds, tuple(reasons))

    reasons = explain.conflicts(problem)
    if reasons:
        return outcome("infeasible", reasons=reasons)
    if cancel is not None and cancel():
        return outcome("cancelled")
    formulation = _Formulation(problem)
    highs = highs_for(formulation, threads=threads, verbose=verbose)
    highs.setOptionValue("mip_rel_gap", float(mip_rel_gap))
    # Whole-number weights: any roster within 1 of the bound is optimal.
    highs.setOptionValue("mip_abs_gap", 1.0 - 1e-6)
    search = _Search(formulation, highs, started, progress, cancel)
    deadline = started + float(time_limit)

    status = search.whole(started + WHOLE_SHARE * float(time_limit))
    stall = max(STALL_MIN, STALL_SHARE * float(time_limit))
    while status == "time_limit" and not search.cancelled and deadline - time.perf_counter() >= 0.2:
        # No roster yet: nothing to search around, the whole MIP goes on.
        if search.values is not None and search.local(deadline):
            status = "optimal"  # a step freed everything and finished: the whole problem is solved
            break
        if deadline - time.perf_counter() < 0.2 or search.cancelled:
            break
        status = search.whole(deadline, stall)
        if status == "stalled":
            status = "time_limit"
        stall *= 2  # each return to the whole MIP gets longer to prove or improve before giving way
    if status == "infeasible":
        return outcome("infeasible", reasons=explain.explain(problem, threads=threads))
    if search.cancelled:
        status = "cancelled"
    return outcome(status, search)


class _Search:
    """One solve's HiGHS runs and what they found: the best roster's column values and cost, the best
    proven bound. Reports progress and polls cancel from HiGHS's callbacks."""

    def __init__(self, formulation: _Formulation, highs, started: float, progress, cancel):
        self.formulation, self.highs = formulation, highs
        self.started, self.progress, self.cancel = started, progress, cancel
        self.values = None
        self.objective = math.inf
        self.bound = -math.inf
        self.cancelled = False
        self.local_phase = False  # a local-search step's bound is not a bound on the whole problem
        self.last_report = (0.0, None)
        self.stall = math.inf  # seconds without a better roster after which a whole-MIP run gives way
        self.improved_at = 0.0
        self.stalled = False
        # Both always: better rosters reset the stall clock, and the interrupt gives way when stalled.
        highs.cbMipImprovingSolution.subscribe(self._improving)
        highs.cbMipInterrupt.subscribe(self._interrupt)

    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def _report(self, objective: float) -> None:
        if self.progress is not None:
            self.progress(float(round(objective, 6)), float(round(self.bound, 6)), self.seconds())

    def _improving(self, event) -> None:
        objective = event.data_out.objective_function_value
        if not self.local_phase:
            self.bound = max(self.bound, event.data_out.mip_dual_bound)
        if objective < self.objective - 0.5:
            self.improved_at = self.seconds()
            self._report(objective)

    def _interrupt(self, event) -> None:
        # HiGHS keeps the flag between runs: set it either way, or the next run stops at once.
        event.interrupt(self._should_stop(event.data_out))

    def _should_stop(self, out) -> bool:
        if self.cancel is not None and self.cancel():
            self.cancelled = True
            return True
        if self.local_phase:
            return False
        now = self.seconds()
        primal, dual = out.mip_primal_bound, out.mip_dual_bound
        if (
            now - self.improved_at > self.stall
            and out.mip_node_count > 0  # past the root, where HiGHS's own heuristics work hardest
            and math.isfinite(primal)
            and primal - dual > STALL_GAP * max(abs(primal), 1.0)
        ):
            self.stalled = True
            return True
        if self.progress is not None and now - self.last_report[0] >= 0.5 and dual != self.last_report[1]:
            self.last_report = (now, dual)
            self.bound = max(self.bound, dual)
            if math.isfinite(primal):
                self._report(min(primal, self.objective))
        return False

    def _run(self, until: float) -> str:
        """One HiGHS run until ``until`` (perf_counter); keeps its roster when it is the best so far."""
        highs = self.highs
        if self.values is not None:
            n = len(self.values)
            highs.setSolution(n, np.arange(n, dtype=np.int32), np.asarray(self.values, dtype=float))
        highs.setOptionValue("time_limit", max(until - time.perf_counter(), 0.01))
        highs.run()
        status, info = highs.getModelStatus(), highs.getInfo()
        if info.primal_solution_status == 2 and info.objective_function_value < self.objective - 1e-6:
            self.objective = info.objective_function_value
            self.values = list(highs.getSolution().col_value)
        if status == highspy.HighsModelStatus.kInfeasible:
            return "infeasible"
        if status == highspy.HighsModelStatus.kOptimal:
            return "optimal"
        if status in (
            highspy.HighsModelStatus.kTimeLimit,
            highspy.HighsModelStatus.kInterrupt,
            highspy.HighsModelStatus.kSolutionLimit,  # the node limit of a local-search step
        ):
            return "time_limit"
        raise RuntimeError(f"HiGHS ended a roster solve with {highs.modelStatusToString(status)}")

    def whole(self, until: float, stall: float = math.inf) -> str:
        """The whole MIP, from the best roster so far; "stalled" when it gave way after ``stall`` seconds
        without a better roster."""
        self.stall, self.stalled, self.improved_at = stall, False, self.seconds()
        status = self._run(until)
        bound = self.highs.getInfo().mip_dual_bound
        if status == "optimal":
            bound = self.objective
        self.bound = max(self.bound, bound)
        if self.stalled and status == "time_limit" and not self.cancelled:
            return "stalled"
        return status

    def local(self, until: float) -> bool:
        """Large-neighbourhood search from the best roster (see :func:`solve`) until ``until``, cancel, or
        ``IDLE_STEPS`` steps in a row without a better roster. True when a step freed every assignment and
        finished: the best roster is then proven optimal."""
        f, highs = self.formulation, self.highs
        cols = np.array(sorted(f.x.values()), dtype=np.int32)
        lower = np.array(f.lp.lower)[cols]
        upper = np.array(f.lp.upper)[cols]
        position = {int(c): i for i, c in enumerate(cols)}
        by_person: dict[str, list[int]] = {}
        by_day: dict[int, list[int]] = {}
        for (pid, day, _s), col in f.x.items():
            by_person.setdefault(pid, []).append(position[col])
            by_day.setdefault(day, []).append(position[col])
        people, days = sorted(by_person), f.problem.days
        rng = random.Random(0)
        # Free columns per step for each kind of neighbourhood, adapted to what HiGHS finishes in a step.
        size = {"people": 150.0, "days": 150.0}
        step, idle, proven = 0, 0, False
        self.local_phase = True
        highs.setOptionValue("mip_max_nodes", STEP_NODES)
        try:
            while not self.cancelled and idle < IDLE_STEPS and until - time.perf_counter() > 0.2:
                kind = "days" if step % 3 == 2 else "people"
                step += 1
                free = np.zeros(len(cols), dtype=bool)
                if size[kind] >= len(cols):
                    free[:] = True
                elif kind == "people":  # a few people over the whole horizon
                    for pid in rng.sample(people, len(people)):
                        free[by_person[pid]] = True
                        if free.sum() >= size[kind]:
                            break
                else:  # everybody over a few consecutive days
                    width = max(1, min(days, round(size[kind] * days / len(cols))))
                    first = rng.randrange(days - width + 1)
                    for day in range(first, first + width):
                        free[by_day.get(day, [])] = True
                fixed = np.round(np.asarray(self.values)[cols])
                low, high = np.where(free, lower, fixed), np.where(free, upper, fixed)
                highs.changeColsBounds(len(cols), cols, low, high)
                before = self.objective
                status = self._run(min(until, time.perf_counter() + STEP_SECONDS))
                idle = 0 if self.objective < before - 0.5 else idle + 1
                if status == "optimal":
                    if free.all() and not self.cancelled:
                        proven = True
                        self.bound = max(self.bound, self.objective)
                        break
                    size[kind] = min(size[kind] * 1.25, float(len(cols)))
                else:
                    size[kind] = max(size[kind] * 0.8, 20.0)
        finally:
            self.local_phase = False
            highs.setOptionValue("mip_max_nodes", NO_NODE_LIMIT)
            highs.changeColsBounds(len(cols), cols, lower, upper)
        return proven
