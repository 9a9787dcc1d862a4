"""The roster engine: every hard rule kept by the solver and caught by the independent checker, locks,
leave, infeasibility in words, determinism, cancel, and the checker's cost equal to the solver's."""

from __future__ import annotations

import math
import time
from dataclasses import replace
from itertools import product

import pytest

from taxdesk.core.errors import InvalidInput
from taxdesk.core.roster import check, solver
from taxdesk.core.roster.formulation import Formulation, highs_for
from taxdesk.core.roster.model import Cover, Lock, Person, Problem, ShiftRequest, ShiftType

D = ShiftType("D", 480)


def covers(days: int, wanted: dict[int, int], shift: str = "D", under: int = 100, over: int = 10):
    """One cover per day for ``shift``: ``wanted`` people on the days named, none on the others."""
    return tuple(Cover(d, frozenset({shift}), wanted.get(d, 0), under, over) for d in range(days))


def every_day(days: int) -> dict[int, int]:
    return dict.fromkeys(range(days), 1)


def one(person: Person, days: int, wanted: dict[int, int], shifts=(D,), **extra) -> Problem:
    cover = covers(days, wanted, shift=shifts[0].id)
    return Problem(days=days, shift_types=shifts, people=(person,), covers=cover, **extra)


E = ShiftType("E", 480, start_min=6 * 60, end_min=14 * 60)
L = ShiftType("L", 480, start_min=14 * 60, end_min=22 * 60)
L_THEN_NOT_E = ShiftType("L", 480, forbidden_next=frozenset({"E"}))
VAT = ShiftType("X", 480, skills=frozenset({"vat"}))
SATURDAYS = {5: 1, 12: 1}
MORNING = ShiftType("M", 240, start_min=8 * 60, end_min=12 * 60, window=1)
MIDDAY = ShiftType("N", 240, start_min=10 * 60, end_min=14 * 60, window=1)
AFTERNOON = ShiftType("P", 240, start_min=12 * 60, end_min=16 * 60, window=1)


TWO = (Person("A"), Person("B"))


def _window_problem(*shifts: ShiftType, people=TWO, **extra) -> Problem:
    cover = tuple(Cover(0, frozenset({s.id}), 1, 100, 10) for s in shifts)
    return Problem(1, shifts, people, cover, **extra)


def _two_shift_cover():
    return (
        Cover(0, frozenset({"L"}), 1, 100, 10),
        Cover(1, frozenset({"E"}), 1, 100, 10),
    )


# (rule, the problem, the same problem without that rule, a roster breaking the rule)
RULES = [
    (
        "day_off",
        one(Person("A", days_off=frozenset({1})), 3, every_day(3)),
        one(Person("A"), 3, every_day(3)),
        {"A": ["D", "D", "D"]},
    ),
    (
        "max_shifts",
        one(Person("A", max_shifts={"D": 2}), 3, every_day(3)),
        one(Person("A"), 3, every_day(3)),
        {"A": ["D", "D", "D"]},
    ),
    (
        "min_minutes",
        one(Person("A", min_minutes=3 * 480), 3, {}),
        one(Person("A"), 3, {}),
        {"A": [None, "D", None]},
    ),
    (
        "max_minutes",
        one(Person("A", max_minutes=480), 3, every_day(3)),
        one(Person("A"), 3, every_day(3)),
        {"A": ["D", "D", None]},
    ),
    (
        "max_consecutive",
        one(Person("A", max_consecutive_shifts=2), 5, every_day(5)),
        one(Person("A"), 5, every_day(5)),
        {"A": ["D", "D", "D", None, "D"]},
    ),
    (
        "min_consecutive",
        one(Person("A", min_consecutive_shifts=3), 5, {2: 1}),
        one(Person("A"), 5, {2: 1}),
        {"A": [None, "D", "D", None, None]},
    ),
    (
        "min_days_off",
        one(Person("A", min_consecutive_days_off=2), 5, {0: 1, 1: 1, 3: 1, 4: 1}),
        one(Person("A"), 5, {0: 1, 1: 1, 3: 1, 4: 1}),
        {"A": ["D", "D", None, "D", "D"]},
    ),
    (
        "max_weekends",
        one(Person("A", max_weekends=1), 14, SATURDAYS),
        one(Person("A"), 14, SATURDAYS),
        {"A": [None] * 6 + ["D"] + [None] * 5 + ["D", None]},  # Sunday of week 1, Saturday of week 2
    ),
    (
        "succession",
        Problem(2, (E, L_THEN_NOT_E), (Person("A"),), _two_shift_cover()),
        Problem(2, (E, L), (Person("A"),), _two_shift_cover()),
        {"A": ["L", "E"]},
    ),
    (
        "min_rest",
        Problem(2, (E, L), (Person("A", min_rest_minutes=11 * 60),), _two_shift_cover()),
        Problem(2, (E, L), (Person("A"),), _two_shift_cover()),
        {"A": ["L", "E"]},
    ),
    (
        "skills",
        one(Person("A"), 1, {0: 1}, shifts=(VAT,)),
        one(Person("A", skills=frozenset({"vat"})), 1, {0: 1}, shifts=(VAT,)),
        {"A": ["X"]},
    ),
    (
        "lock",
        one(Person("A"), 3, every_day(3), locks=(Lock("A", 1, None),)),
        one(Person("A"), 3, every_day(3)),
        {"A": ["D", "D", "D"]},
    ),
    (
        "window",  # a window holds one person at a time: the morning and midday shifts overlap there
        _window_problem(MORNING, MIDDAY),
        _window_problem(replace(MORNING, window=None), replace(MIDDAY, window=None)),
        {"B": ["M"], "A": ["N"]},
    ),
]


@pytest.mark.parametrize(("rule", "problem", "relaxed", "broken"), RULES, ids=[r[0] for r in RULES])
def test_each_hard_rule_is_kept_by_the_solver_and_caught_by_the_checker(rule, problem, relaxed, broken):
    solution = solver.solve(problem, time_limit=20)
    assert solution.status == "optimal"
    assert check.violations(problem, solution.roster) == []
    assert check.objective(problem, solution.roster) == solution.objective
    # The rule binds: without it the same problem has a cheaper roster …
    free = solver.solve(relaxed, time_limit=20)
    assert free.objective < solution.objective
    assert check.violations(problem, free.roster), "the cheaper roster should break the rule"
    # … and the checker names the rule a hand-made roster breaks (and nothing else).
    found = check.violations(problem, broken)
    assert {v.rule for v in found} == {rule}, found
    assert all(v.person == "A" for v in found)


def test_runs_cut_by_the_horizon_may_be_short():
    person = Person("A", min_consecutive_shifts=3, min_consecutive_days_off=3)
    problem = Problem(6, (D,), (person,))
    assert check.violations(problem, {"A": ["D", None, None, None, "D", "D"]}) == []
    assert check.violations(problem, {"A": [None, "D", "D", "D", None, None]}) == []
    inside = check.violations(problem, {"A": ["D", "D", "D", None, "D", "D"]})
    assert [(v.rule, v.day) for v in inside] == [("min_days_off", 3)]
    # The solver reads the edges the same way: one wanted day at each end, a single worked day there.
    wanted = Problem(6, (D,), (person,), covers(6, {0: 1, 5: 1}))
    solution = solver.solve(wanted, time_limit=20)
    assert solution.roster == {"A": ["D", None, None, None, None, "D"]}
    assert solution.objective == 0


def _small_mixed_problem() -> Problem:
    early = ShiftType("E", 240, start_min=8 * 60, end_min=12 * 60)
    late = ShiftType("L", 240, start_min=13 * 60, end_min=17 * 60 + 30, forbidden_next=frozenset({"E"}))
    people = (
        Person("H1", min_minutes=480, max_consecutive_shifts=2),
        Person("R1", rotating=True, max_weekends=0),
        Person("R2", rotating=True, days_off=frozenset({1}), min_rest_minutes=16 * 60),
    )
    cover = tuple(
        Cover(d, frozenset({"E", "L"}) if d % 2 else frozenset({s}), need, 5, 1, label=f"{s}{d}")
        for d, s, need in ((0, "E", 2), (1, "E", 1), (2, "L", 2), (3, "E", 2), (4, "L", 1))
    )
    requests = (
        ShiftRequest("H1", 0, "E", 3, on=True),
        ShiftRequest("R1", 3, "L", 2, on=False),
        ShiftRequest("R2", 4, "L", 4, on=True),
    )
    return Problem(5, (early, late), people, cover, requests, fairness_weight=2, first_weekday=2)


def test_the_optimum_equals_a_brute_force_search_over_every_roster():
    """3 people × 5 days × {off, E, L}: every roster the checker accepts, priced by the checker."""
    problem = _small_mixed_problem()
    solution = solver.solve(problem, time_limit=20)
    best = None
    rows = [list(row) for row in product([None, "E", "L"], repeat=problem.days)]
    feasible = {
        p.id: [r for r in rows if not check.violations(replace(problem, people=(p,), locks=()), {p.id: r})]
        for p in problem.people
    }
    for h1, r1, r2 in product(feasible["H1"], feasible["R1"], feasible["R2"]):
        cost = check.objective(problem, {"H1": h1, "R1": r1, "R2": r2})
        best = cost if best is None else min(best, cost)
    assert solution.status == "optimal"
    assert check.violations(problem, solution.roster) == []
    assert solution.objective == check.objective(problem, solution.roster) == best


def test_a_local_search_step_that_frees_everything_proves_the_roster():
    """From the first roster HiGHS finds, the first step of the local search on a small problem frees
    every assignment, finishes, and so proves its roster optimal: the optimum of the whole MIP."""
    problem = _small_mixed_problem()
    formulation = Formulation(problem)
    highs = highs_for(formulation)
    highs.setOptionValue("mip_abs_gap", 1.0 - 1e-6)
    search = solver._Search(formulation, highs, time.perf_counter(), None, None)
    highs.setOptionValue("mip_max_improving_sols", 1)
    search._run(time.perf_counter() + 20)  # stops at its first roster (here already the best)
    assert search.values is not None
    highs.setOptionValue("mip_max_improving_sols", 2147483647)
    first = search.objective
    search.bound = -math.inf  # forget what that run proved: only the local search may prove it now
    assert search.local(time.perf_counter() + 20) is True
    assert search.objective <= first
    best = solver.solve(problem, time_limit=20)
    assert search.objective == pytest.approx(best.objective) and search.bound == pytest.approx(best.objective)
    assert check.violations(problem, formulation.roster(search.values)) == []


def test_the_local_search_keeps_the_bound_true_and_the_roster_feasible(monkeypatch):
    """Instance 4 is not proven in 15 s: HiGHS alone for 9 s, then the local search (node-limited steps
    whose bounds are not bounds of the whole problem) — the bound reported never passes the optimum 1716,
    each local phase only ever improves the roster, and the roster keeps every hard rule."""
    from test_roster_nrp import instance

    phases = []
    local = solver._Search.local

    def watched(self, until):
        before = self.objective
        proven = local(self, until)
        phases.append((before, self.objective, proven))
        return proven

    monkeypatch.setattr(solver._Search, "local", watched)
    problem = instance(4)
    seen = []
    solution = solver.solve(problem, time_limit=15, progress=lambda o, b, s: seen.append((o, b)))
    assert phases, "the local search should have run"
    assert all(after <= before for before, after, _ in phases)
    assert solution.roster and check.violations(problem, solution.roster) == []
    assert solution.objective == check.objective(problem, solution.roster) >= 1716
    assert solution.bound is not None and solution.bound <= 1716 + 1e-6
    assert all(bound <= 1716 + 1e-6 for _, bound in seen)


def test_no_roster_by_the_end_of_the_first_phase_lets_the_whole_mip_go_on(monkeypatch):
    """With no time for HiGHS alone, its first run ends without a roster: there is nothing for the local
    search to start from, so the whole MIP goes on, and still proves instance 2's optimum."""
    from test_roster_nrp import instance

    monkeypatch.setattr(solver, "WHOLE_SHARE", 0.0)
    solution = solver.solve(instance(2), time_limit=30)
    assert (solution.status, solution.objective) == ("optimal", 828)


def test_fairness_spreads_the_rotating_staffs_shifts():
    """Five shifts for three rotating people: fair shares cost one shift of over-cover."""
    people = tuple(Person(f"R{i}", rotating=True) for i in range(3))
    base = Problem(3, (D,), people, covers(3, {0: 2, 1: 2, 2: 1}, under=100, over=1))
    fair = replace(base, fairness_weight=3)
    unfair = solver.solve(base, time_limit=20)
    assert unfair.objective == 0
    solution = solver.solve(fair, time_limit=20)
    counts = [sum(s is not None for s in row) for row in solution.roster.values()]
    assert counts == [2, 2, 2]
    assert solution.objective == check.objective(fair, solution.roster) == 1
    spread = [sum(s is not None for s in row) for row in unfair.roster.values()]
    assert max(spread) > min(spread)  # five shifts cannot be shared evenly between three
    assert check.objective(fair, unfair.roster) == 3 * (max(spread) - min(spread))


def _roster_of(problem: Problem):
    solution = solver.solve(problem, time_limit=20)
    assert solution.status == "optimal"
    return solution


def test_locks_are_kept_on_re_solve():
    problem = _small_mixed_problem()
    first = _roster_of(problem).roster
    worked_day = next(d for d, s in enumerate(first["H1"]) if s is not None)
    swap_day = next(d for d, s in enumerate(first["R1"]) if s is not None)
    swapped = "L" if first["R1"][swap_day] == "E" else "E"
    locks = (
        Lock("H1", worked_day, None),
        Lock("R1", swap_day, swapped),
        *(Lock("R2", d, s) for d, s in enumerate(first["R2"])),
    )
    locked = replace(problem, locks=locks)
    again = _roster_of(locked)
    assert again.roster["H1"][worked_day] is None
    assert again.roster["R1"][swap_day] == swapped
    assert again.roster["R2"] == first["R2"]
    assert check.violations(locked, again.roster) == []
    assert check.objective(locked, again.roster) == again.objective >= _roster_of(problem).objective
    moved = {pid: list(row) for pid, row in again.roster.items()}
    moved["R1"][swap_day] = None
    assert [v.rule for v in check.violations(locked, moved)] == ["lock"]


def test_leave_is_respected_even_when_cover_is_short():
    people = (Person("张三", days_off=frozenset({0, 1, 2})), Person("李四"))
    problem = Problem(3, (D,), people, covers(3, dict.fromkeys(range(3), 2)))
    solution = _roster_of(problem)
    assert solution.roster["张三"] == [None, None, None]
    assert solution.roster["李四"] == ["D", "D", "D"]
    assert solution.objective == 300  # one person short each day: cover is soft


def test_a_lock_on_leave_is_explained_with_person_and_day():
    people = (Person("li", name="李四", days_off=frozenset({1})), Person("zhang", name="张三"))
    early = ShiftType("E", 480, name="early")
    problem = Problem(7, (early,), people, covers(7, every_day(7), shift="E"), locks=(Lock("li", 1, "E"),))
    solution = solver.solve(problem, time_limit=20)
    assert solution.status == "infeasible"
    assert solution.roster == {}
    (reason,) = solution.explanation
    assert reason.key == "roster_lock_day_off"
    assert (reason.person, reason.day) == ("li", 1)
    assert reason.params == {"person": "李四", "day": 2, "weekday": 1, "shift": "early"}
    assert "李四" in reason.text and "Tuesday" in reason.text and "early" in reason.text


def test_unreachable_minimum_minutes_are_explained():
    person = Person("W", name="王五", min_minutes=2400, days_off=frozenset({0, 1, 2, 3}))
    solution = solver.solve(Problem(7, (D,), (person,)), time_limit=20)
    assert solution.status == "infeasible"
    (reason,) = solution.explanation
    assert reason.key == "roster_min_minutes"
    assert reason.params["days"] == 3 and reason.params["minutes"] == 2400
    assert "only 3 day(s)" in reason.text and "王五" in reason.text


def test_run_rules_that_cannot_hold_together_are_named():
    """Six days' work in seven with at most three in a row leaves a single day off inside the week,
    which the two-days-off rule forbids: only the MIP finds it, the deletion filter names the rules."""
    person = Person(
        "Z",
        name="赵六",
        min_minutes=6 * 480,
        max_consecutive_shifts=3,
        min_consecutive_days_off=2,
        max_weekends=2,
        days_off=frozenset({6}),
    )
    other = Person("Q", name="钱七")
    problem = Problem(8, (D,), (other, person), covers(8, every_day(8)))
    solution = solver.solve(problem, time_limit=20)
    assert solution.status == "infeasible"
    keys = [r.key for r in solution.explanation]
    assert keys[0] == "roster_person_infeasible"
    assert set(keys[1:]) == {
        "roster_rule_min_minutes",
        "roster_rule_max_run",
        "roster_rule_min_off",
        "roster_rule_day_off",
    }
    assert all(r.person == "Z" for r in solution.explanation)
    day_off = next(r for r in solution.explanation if r.key == "roster_rule_day_off")
    assert day_off.day == 6 and "Sunday (day 7)" in day_off.text


def test_shifts_one_after_another_share_a_window():
    problem = _window_problem(MORNING, AFTERNOON)
    solution = solver.solve(problem, time_limit=20)
    assert solution.status == "optimal" and solution.objective == 0
    assert sorted(solution.roster.values()) == [["M"], ["P"]]
    assert problem.window_groups() == []  # they never overlap: nothing to limit
    assert check.violations(problem, {"A": ["M"], "B": ["P"]}) == []


def test_a_wish_for_any_of_several_shifts_is_met_by_one_of_them():
    """A wishes to work on day 0 at either window (one request over both shifts): granted once, for free;
    wishing against both costs nothing while A stays off."""
    first, second = ShiftType("W1", 240, window=1), ShiftType("W2", 240, window=2)
    wish = ShiftRequest("A", 0, frozenset({"W1", "W2"}), 5, on=True)
    problem = Problem(2, (first, second), (Person("A"),), requests=(wish,))
    solution = solver.solve(problem, time_limit=20)
    assert solution.objective == 0 and solution.roster["A"][0] in ("W1", "W2")
    assert check.objective(problem, {"A": [None, "W1"]}) == 5
    against = replace(problem, requests=(replace(wish, on=False),))
    assert solver.solve(against, time_limit=20).roster["A"][0] is None
    assert check.objective(against, {"A": ["W2", None]}) == 5


def test_two_people_locked_onto_one_window_at_once_is_explained():
    people = (Person("A", name="张三"), Person("B", name="李四"))
    problem = _window_problem(MORNING, MIDDAY, people=people, locks=(Lock("A", 0, "M"), Lock("B", 0, "N")))
    solution = solver.solve(problem, time_limit=20)
    assert solution.status == "infeasible"
    (reason,) = solution.explanation
    assert reason.key == "roster_lock_window"
    assert reason.params["other"] == "张三" and reason.params["person"] == "李四"
    assert reason.params["window"] == 1 and reason.day == 0
    assert "window 1" in reason.text


def test_too_few_windows_for_everybodys_minimum_is_explained():
    """Each person alone can work the minimum; together they need two seats at one window."""
    people = (Person("A", min_minutes=240), Person("B", min_minutes=240))
    solution = solver.solve(_window_problem(MORNING, MIDDAY, people=people), time_limit=20)
    assert solution.status == "infeasible"
    assert [r.key for r in solution.explanation] == ["roster_windows_full"]


def test_a_problem_naming_what_it_does_not_define_is_refused():
    problem = one(Person("A"), 3, {}, locks=(Lock("B", 0, None),))
    with pytest.raises(InvalidInput) as refused:
        solver.solve(problem)
    assert refused.value.key == "roster_invalid"
    assert "'B'" in refused.value.message


def test_cancel_before_and_during_the_search():
    from test_roster_nrp import instance

    problem = instance(5)  # not solved to optimality for a minute or more
    assert solver.solve(problem, cancel=lambda: True).status == "cancelled"
    seen = []
    started = time.perf_counter()
    solution = solver.solve(
        problem,
        time_limit=60,
        progress=lambda objective, bound, seconds: seen.append((objective, bound, seconds)),
        cancel=lambda: time.perf_counter() - started > 3.0,
    )
    assert solution.status == "cancelled"
    assert solution.seconds < 10
    assert seen and all(objective >= bound - 1e-6 for objective, bound, _ in seen)
    # The best roster found so far comes back, and it keeps every hard rule.
    assert solution.roster and check.violations(problem, solution.roster) == []
    assert solution.objective == check.objective(problem, solution.roster) == min(o for o, _, _ in seen)


def test_the_same_problem_gives_the_same_roster():
    from test_roster_nrp import instance

    problem = instance(2)
    first, second = solver.solve(problem), solver.solve(problem)
    assert first.status == second.status == "optimal"
    assert first.roster == second.roster
