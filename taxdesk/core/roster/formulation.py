"""A roster :class:`~taxdesk.core.roster.model.Problem` as one mixed-integer programme for HiGHS.

The formulation (every rule as in the model's docstring):

- ``x[p,d,s]`` binary: person p works shift s on day d. Only the assignments a person may make at all get a
  variable (skills, days off, ``max_shifts`` of 0, locks), so those rules cost nothing in the search.
- ``y[p,d]`` = Σ_s x[p,d,s] ≤ 1, worked or not; a variable of its own only when several shifts are possible
  that day (else the single x, or the constant 0), so branching can decide "works" before "which shift".
  With ``split_days`` a person may work several shifts a day whose times do not overlap: for every moment
  a shift starts, Σ x over the shifts spanning it ≤ 1 (the cliques of an interval graph, its exact
  description), and y ≥ each of those sums, y ≤ Σ x; Σ x ≤ ``max_day_shifts``. Presence moments: Σ x
  over the shifts spanning the moment + miss ≥ 1, miss priced ``absence_weight``; a presence day:
  y + miss ≥ 1, priced the same.
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
  fairness: hi ≥ prior + Σ x[p,·,·] ≥ lo over rotating people, priced ``fairness_weight``·(hi − lo);
  ``shift_cost`` on each x of the person.

:class:`Formulation` builds it (or only its hard rules: :mod:`explain` asks whether those admit any
roster); :func:`highs_for` hands it to a quiet HiGHS instance with the options every roster solve uses.
:mod:`solver` runs the search on it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import product

import highspy
import numpy as np

from taxdesk.core.roster.model import Person, Problem, Roster, _spans, join_parts, parts


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
    locks (with ``split_days``, a lock keeps its shifts and leaves the rest of the day free).
    (A lock that names a shift outside these is a conflict :mod:`explain` reports.)"""
    locks = {lock.day: lock.shift for lock in problem.locks if lock.person == person.id}
    usable = [
        s.id for s in problem.shift_types if s.skills <= person.skills and person.max_shifts.get(s.id, 1) != 0
    ]
    days = []
    for day in range(problem.days):
        if day in person.days_off:
            days.append([])
        elif day in locks:
            locked = parts(locks[day])
            if not all(s in usable for s in locked):
                days.append([])
            elif problem.split_days and locked:  # the locked shifts, and others at other times that day
                held = [problem.shift(s) for s in locked]
                free = [
                    s
                    for s in usable
                    if s not in locked and not any(_overlap(problem.shift(s), h) for h in held)
                ]
                days.append([*locked, *free])
            else:
                days.append(list(locked))
        else:
            days.append(list(usable))
    return days


def _overlap(a, b) -> bool:
    if None in (a.start_min, a.end_min, b.start_min, b.end_min):
        return True
    return a.start_min < b.end_min and b.start_min < a.end_min


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


class Formulation:
    """The MIP for ``problem`` (or only the hard rules of ``people``, for explaining infeasibility)."""

    def __init__(self, problem: Problem, people: tuple[Person, ...] | None = None, *, soft: bool = True):
        self.problem = problem
        self.lp = _Lp()
        self.x: dict[tuple[str, int, str], int] = {}
        self.y: dict[tuple[str, int], Expr] = {}
        self.totals: dict[str, Expr] = {}
        self._types = {s.id: s for s in problem.shift_types}
        for person in people if people is not None else problem.people:
            self._person(person)
        self._windows()
        self._shift_of = {col: s for (_p, _d, s), col in self.x.items()}
        if soft:
            self._soft()

    def _person(self, person: Person) -> None:
        problem, lp, n = self.problem, self.lp, self.problem.days
        allowed = allowed_shifts(problem, person)
        locks = {lock.day: lock.shift for lock in problem.locks if lock.person == person.id}
        pid = person.id
        y: list[Expr] = []
        for day, shifts in enumerate(allowed):
            locked_on = set(parts(locks.get(day)))
            for s in shifts:
                self.x[pid, day, s] = lp.col(
                    1.0 if s in locked_on else 0.0, 1.0, float(person.shift_cost), integer=True
                )
            cliques = self._cliques(shifts) if problem.split_days else [shifts]
            most = person.max_day_shifts if problem.split_days else None
            if most is not None and len(shifts) > most:
                lp.row({self.x[pid, day, s]: 1.0 for s in shifts}, upper=most)
            if problem.split_days and len(cliques) > 1:
                worked = lp.col(0.0, 1.0, integer=True)
                for clique in cliques:
                    cols = {self.x[pid, day, s]: 1.0 for s in clique}
                    lp.row(cols, upper=1)
                    lp.row({worked: 1.0, **{c: -v for c, v in cols.items()}}, lower=0.0)
                lp.row({worked: 1.0, **{self.x[pid, day, s]: -1.0 for s in shifts}}, upper=0.0)
                expr = {worked: 1.0}
            elif len(shifts) == 1:
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
        if problem.split_days:  # fairness counts shifts (half-days), not days
            self.totals[pid] = {
                self.x[pid, day, s]: 1.0 for day, shifts in enumerate(allowed) for s in shifts
            }
        if person.presence and problem.absence_weight:
            for day, moment in sorted(person.presence):
                spanning = {
                    self.x[pid, day, s]: 1.0
                    for s in (allowed[day] if 0 <= day < n else ())
                    if _spans(self._types[s], moment)
                }
                # missed for certain when no shift the person may work spans it (leave, a lock)
                miss = lp.col(0.0 if spanning else 1.0, 1.0, float(problem.absence_weight))
                lp.row({**spanning, miss: 1.0}, lower=1.0)
        if person.presence_days and problem.absence_weight:
            for day in sorted(person.presence_days):
                worked_day = dict(y[day]) if 0 <= day < n else {}
                miss = lp.col(0.0 if worked_day else 1.0, 1.0, float(problem.absence_weight))
                lp.row({**worked_day, miss: 1.0}, lower=1.0)
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
            if problem.split_days:  # several shifts a day: each shift against each clique of the next
                for s in today:
                    for clique in self._cliques(tomorrow):
                        banned = [t for t in clique if t in conflicts[s]]
                        if banned:
                            lp.row(
                                {self.x[pid, day, s]: 1.0, **{self.x[pid, day + 1, t]: 1.0 for t in banned}},
                                upper=1,
                            )
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

    def _cliques(self, shifts: list[str]) -> list[list[str]]:
        """The maximal sets of ``shifts`` that overlap in time: the shifts spanning each start moment."""
        types = [self._types[s] for s in shifts]
        found: list[list[str]] = []
        for moment in sorted({t.start_min for t in types if t.start_min is not None}) or [None]:
            clique = [t.id for t in types if _spans(t, moment)]
            if clique and not any(set(clique) <= set(other) for other in found):
                found = [f for f in found if not set(f) < set(clique)] + [clique]
        return found

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
            if problem.split_days and len(self._cliques([self._shift_of[c] for c in cols])) > 1:
                # several of the request's shifts fit in one day: priced once, on "works one of them"
                works = lp.col(0.0, 1.0)
                if request.on:
                    lp.row({works: 1.0, **dict.fromkeys(cols, -1.0)}, upper=0.0)
                    lp.offset += request.weight
                    lp.cost[works] -= request.weight
                else:
                    for col in cols:
                        lp.row({works: 1.0, col: -1.0}, lower=0.0)
                    lp.cost[works] += request.weight
                continue
            if request.on:
                lp.offset += request.weight
            for col in cols:
                lp.cost[col] += -request.weight if request.on else request.weight
        rotating = [p.id for p in problem.people if p.rotating]
        if problem.fairness_weight and len(rotating) > 1:
            prior = {p.id: p.prior_shifts for p in problem.people if p.rotating}
            most = problem.days  # as many shifts as days, or (split days) a few a day, plus earlier weeks
            if problem.split_days or any(prior.values()):
                most = max(prior.values()) + problem.days * 4
            hi = lp.col(0.0, most, problem.fairness_weight)
            lo = lp.col(0.0, most, -problem.fairness_weight)
            for pid in rotating:
                terms = {c: -v for c, v in self.totals[pid].items()}
                lp.row({hi: 1.0, **terms}, lower=0.0, constant=-prior[pid])
                lp.row({lo: 1.0, **terms}, upper=0.0, constant=-prior[pid])

    def roster(self, values) -> Roster:
        worked: dict[tuple[str, int], list[str]] = {}
        for (pid, day, s), col in self.x.items():
            if values[col] > 0.5:
                worked.setdefault((pid, day), []).append(s)
        out: Roster = {p.id: [None] * self.problem.days for p in self.problem.people}
        for (pid, day), shifts in worked.items():
            out[pid][day] = join_parts(shifts, self.problem) if len(shifts) > 1 else shifts[0]
        return out


def highs_for(
    formulation: Formulation, *, threads: int | None = None, verbose: bool = False
) -> highspy.Highs:
    """A quiet HiGHS instance holding the formulation, with the options every roster solve uses."""
    highs = _QuietHighs()
    highs.setOptionValue("random_seed", 0)
    if threads is not None:
        highs.setOptionValue("threads", int(threads))
    highs.setOptionValue("output_flag", bool(verbose))
    highs.passModel(formulation.lp.highs_lp())
    return highs
