"""Duties and split days in the roster engine: several shifts a day without overlap, presence, shift
costs and fairness across weeks — each checked by the independent checker."""

from __future__ import annotations

from dataclasses import replace

from taxdesk.core.roster import check
from taxdesk.core.roster.model import Cover, Lock, Person, Problem, ShiftType, parts
from taxdesk.core.roster.solver import solve

AM, PM = (510, 720), (810, 1020)


def _shift(id_, span, window=None, skills=frozenset()):
    return ShiftType(id_, span[1] - span[0], start_min=span[0], end_min=span[1], window=window, skills=skills)


SHIFTS = (
    _shift("D:1", (510, 1020), 1),
    _shift("AM:1", AM, 1),
    _shift("PM:1", PM, 1),
    _shift("AM:@bo", AM),
    _shift("PM:@bo", PM),
)


def _problem(**fields) -> Problem:
    base = dict(
        days=1,
        shift_types=SHIFTS,
        people=(Person("a", presence=frozenset({(0, 510), (0, 810)})),),
        covers=(
            Cover(0, frozenset({"D:1", "AM:1"}), 1, 100, 1, "morning window"),
            Cover(0, frozenset({"D:1", "PM:1"}), 0, 100, 1, "afternoon window"),
        ),
        split_days=True,
        absence_weight=500,
    )
    base.update(fields)
    return Problem(**base)


def test_a_morning_window_and_an_afternoon_duty_on_one_day():
    problem = _problem()
    solution = solve(problem, time_limit=10)
    assert solution.optimal and solution.objective == 0
    assert solution.roster == {"a": ["AM:1+PM:@bo"]}
    assert check.violations(problem, solution.roster) == []
    assert check.objective(problem, solution.roster) == 0


def test_without_split_days_two_shifts_a_day_break_a_rule_and_presence_is_missed():
    problem = _problem(split_days=False)
    assert [v.rule for v in check.violations(problem, {"a": ["AM:1+PM:@bo"]})] == ["one_shift"]
    solution = solve(problem, time_limit=10)
    assert len(parts(solution.roster["a"][0])) == 1
    assert check.objective(problem, solution.roster) == solution.objective


def test_overlapping_shifts_are_refused_by_the_checker():
    assert [v.rule for v in check.violations(_problem(), {"a": ["D:1+PM:@bo"]})] == ["overlap"]


def test_a_missed_contracted_half_day_costs_the_absence_weight():
    problem = _problem()
    assert check.objective(problem, {"a": ["AM:1"]}) == 500
    assert check.objective(problem, {"a": [None]}) == 1000 + 100


def test_a_lock_on_a_split_day_is_kept_whole():
    problem = _problem(locks=(Lock("a", 0, "AM:@bo+PM:1"),))
    solution = solve(problem, time_limit=10)
    assert solution.roster == {"a": ["AM:@bo+PM:1"]}
    assert check.violations(problem, solution.roster) == []
    assert solution.objective == check.objective(problem, solution.roster) == 100 + 1  # short AM, over PM


def test_branch_staff_come_only_where_needed_and_whoever_served_least_earlier():
    people = (
        Person("hall", presence=frozenset({(0, 510), (0, 810)})),
        Person("b1", rotating=True, shift_cost=30, prior_shifts=6),
        Person("b2", rotating=True, shift_cost=30, prior_shifts=1),
        Person("b3", rotating=True, shift_cost=30, prior_shifts=4),
    )
    shifts = (*SHIFTS, _shift("AM:2", AM, 2), _shift("PM:2", PM, 2))
    covers = (
        Cover(0, frozenset({"D:1", "AM:1", "AM:2"}), 2, 100, 1, "morning windows"),
        Cover(0, frozenset({"D:1", "PM:1", "PM:2"}), 1, 100, 1, "afternoon windows"),
        Cover(0, frozenset({"AM:@bo"}), 0, 300, 0, "morning back office"),
    )
    problem = _problem(people=people, shift_types=shifts, covers=covers, fairness_weight=20)
    solution = solve(problem, time_limit=10)
    assert solution.optimal
    assert check.violations(problem, solution.roster) == []
    assert check.objective(problem, solution.roster) == solution.objective
    branch = {p: r[0] for p, r in solution.roster.items() if p != "hall" and r[0]}
    assert list(branch) == ["b2"] and len(parts(branch["b2"])) == 1  # one half-day, the least-served


def test_a_half_day_contract_works_one_half_a_day_either_one_and_a_miss_is_listed():
    half = Person("h", presence_days=frozenset({0}), max_day_shifts=1)
    problem = _problem(
        people=(half,),
        covers=(Cover(0, frozenset({"D:1", "PM:1"}), 1, 100, 1, "afternoon window"),),
    )
    assert check.objective(problem, {"h": ["AM:@bo"]}) == 100  # present (the morning), the window short
    assert check.objective(problem, {"h": [None]}) == 500 + 100
    assert check.missed_presence(problem, {"h": [None]}) == [("h", 0, None)]
    assert check.missed_presence(problem, {"h": ["AM:@bo"]}) == []
    assert [v.rule for v in check.violations(problem, {"h": ["AM:@bo+PM:1"]})] == ["day_shifts"]
    solution = solve(problem, time_limit=10)
    assert solution.optimal and solution.objective == 0 and solution.roster == {"h": ["PM:1"]}
    # A day the person cannot work (leave) is missed for certain, and listed.
    away = replace(problem, people=(replace(half, days_off=frozenset({0})),))
    solution = solve(away, time_limit=10)
    assert solution.objective == check.objective(away, solution.roster) == 500 + 100
    assert check.missed_presence(away, solution.roster) == [("h", 0, None)]


def test_missed_contracted_half_days_are_listed_by_person_day_and_moment():
    problem = _problem(people=(Person("a", presence=frozenset({(0, 510), (0, 810)})),))
    assert check.missed_presence(problem, {"a": ["AM:1"]}) == [("a", 0, 810)]
    assert check.missed_presence(problem, {"a": [None]}) == [("a", 0, 510), ("a", 0, 810)]
    assert check.missed_presence(problem, {"a": ["AM:1+PM:@bo"]}) == []
