"""Solving a roster :class:`~taxdesk.core.roster.model.Problem` as one mixed-integer programme in HiGHS.

The programme is :mod:`formulation`'s (every rule as in the model's docstring, how each becomes rows).

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

import highspy
import numpy as np

from taxdesk.core.errors import InvalidInput
from taxdesk.core.roster import explain
from taxdesk.core.roster.formulation import Formulation, highs_for
from taxdesk.core.roster.model import Problem, Roster, Solution, parts

Progress = Callable[[float, float, float], None]  # objective, bound, seconds


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
            named = item.shifts if what == "request" else set(parts(item.shift))
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
    formulation = Formulation(problem)
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

    def __init__(self, formulation: Formulation, highs, started: float, progress, cancel):
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
