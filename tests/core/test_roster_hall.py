"""A point's week as a roster problem: shifts per template and queue, people with their rules, leave and
wishes, cover from the staffing plan, and a solved roster placed on the windows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, select
from synthetic_history import write_history

from taxdesk.core.db.models import RosterRules, ShiftRequest, ShiftTemplate, Staff, StaffLeave
from taxdesk.core.errors import InvalidInput
from taxdesk.core.plan import staffing_plan
from taxdesk.core.roster import check, store
from taxdesk.core.roster.hall import OVER_WEIGHT, UNDER_WEIGHT, hall_week
from taxdesk.core.roster.solver import solve

WEEK = "2025-W27"  # 30 June – 4 July 2025: five working days, then the weekend


@pytest.fixture
def history_db(network_db):
    write_history(network_db, date(2025, 4, 21), date(2025, 6, 29), seed=3)
    return network_db


@pytest.fixture
def plan(history_db):
    return staffing_plan(history_db, "HALL", WEEK)


def staff_id(db, code: str) -> int:
    with db.session() as session:
        return session.scalar(select(Staff.id).where(Staff.code == code))


def test_the_week_offers_each_template_per_queue_to_the_right_people(history_db, plan):
    week = hall_week(history_db, "HALL", WEEK, plan=plan)
    problem = week.problem
    assert problem.days == 7 and problem.first_weekday == 0
    ids = {s.id for s in problem.shift_types}
    # Every template at every window, for each queue the window serves (window 2: 综合服务 only).
    assert {"D:GEN:2", "AM:GEN:11", "PM:GEN:11", "D:INV:4", "D:GEN:1", "D:INV:1"} <= ids
    assert not {i for i in ids if i.endswith(":2") and ":GEN:" not in i}
    whole_day = problem.shift("D:GEN:2")
    assert (whole_day.start_min, whole_day.end_min, whole_day.minutes, whole_day.window) == (
        510,
        1020,
        420,
        2,
    )
    assert whole_day.skills == {"GEN", "regular"} and problem.shift("AM:INV:4").skills == {"INV", "tidal"}

    people = {p.id: p for p in problem.people}
    hall, branch = people["H05"], people["B01"]
    assert "regular" in hall.skills and "tidal" not in hall.skills and not hall.rotating
    assert "tidal" in branch.skills and "regular" not in branch.skills and branch.rotating
    assert hall.days_off == {5, 6} and (hall.min_minutes, hall.max_minutes) == (2 * 420, 5 * 420)
    assert hall.max_consecutive_shifts == 5 and hall.min_rest_minutes == 720 and hall.max_weekends == 1
    assert all(p.id[0] in "HB" for p in problem.people)  # window officers only: no agents, no front desk
    assert "H01" not in people  # a supervisor is not on the window rotation

    # Cover: the plan's windows open at once, per half-hour and queue, worked by the shifts spanning it.
    first = plan.intervals[0]
    monday_0830 = [c for c in problem.covers if c.day == 0 and c.label == "08:30 GEN"]
    assert len(monday_0830) == 1
    cover = monday_0830[0]
    assert cover.required == first.categories["GEN"].requirement.raw_windows
    assert (cover.under_weight, cover.over_weight) == (UNDER_WEIGHT, OVER_WEIGHT)
    gen_windows = {w.number for w in week.windows if "GEN" in w.categories}
    assert cover.shifts == {f"{t}:GEN:{n}" for t in ("D", "AM") for n in gen_windows}  # not the afternoon
    afternoon = next(c for c in problem.covers if c.day == 0 and c.label == "14:00 GEN")
    assert afternoon.shifts == {f"{t}:GEN:{n}" for t in ("D", "PM") for n in gen_windows}
    # One person per window at a time: the window rule's groups, e.g. window 1 in the morning.
    assert frozenset(f"{t}:{c}:1" for t in ("D", "AM") for c in ("GEN", "INV", "DEC", "SSF")) in (
        problem.window_groups()
    )
    assert not [c for c in problem.covers if c.day >= 5]  # the weekend is closed
    assert sum(week.required.values()) == sum(
        n.requirement.raw_windows for i in plan.intervals for n in i.categories.values()
    )


def test_leave_and_a_wish_for_a_day_off(history_db, plan):
    h05 = staff_id(history_db, "H05")
    with history_db.transaction() as session:
        session.add(
            StaffLeave(
                staff_id=h05,
                first_day=date(2025, 7, 2),
                last_day=date(2025, 7, 2),
                reason="年休假",
                recorded_at=datetime(2025, 6, 20, tzinfo=UTC),
            )
        )
        session.add(
            ShiftRequest(staff_id=staff_id(history_db, "B01"), day=date(2025, 7, 3), wants=False, weight=7)
        )
        session.execute(delete(RosterRules).where(RosterRules.staff_id == staff_id(history_db, "H06")))
    problem = hall_week(history_db, "HALL", WEEK, plan=plan).problem
    people = {p.id: p for p in problem.people}
    assert people["H05"].days_off == {2, 5, 6}
    assert people["H05"].min_minutes == 2 * 420 * 4 // 5  # four days left to work in, not five
    assert (people["H06"].min_minutes, people["H06"].max_minutes) == (0, 2400)  # the defaults
    (wish,) = [r for r in problem.requests if r.person == "B01"]
    assert (wish.day, wish.weight, wish.on) == (3, 7, False)
    assert wish.shifts == {s.id for s in problem.shift_types}  # the whole day: any shift, any window


def test_wishes_to_work_a_template_or_not_a_day_are_weighed(history_db, plan):
    """B02 wishes to work the afternoon tidal shift on Wednesday and not to work on Thursday: one request
    each, over every window; the roster pays a wish's weight only when it ignores the wish."""
    store.set_wish(history_db, "HALL", "B02", date(2025, 7, 2), wants=True, template="PM", weight=10)
    store.set_wish(history_db, "HALL", "B02", date(2025, 7, 3), wants=False, weight=10)
    week = hall_week(history_db, "HALL", WEEK, plan=plan)
    wanted = next(r for r in week.problem.requests if r.on)
    assert wanted.day == 2 and wanted.shifts == {s.id for s in week.problem.shift_types if s.id[:3] == "PM:"}
    wishes = [(w.staff, w.template, w.wants) for w in week.wishes]
    assert wishes == [("B02", "PM", True), ("B02", None, False)]
    unwanted = next(r for r in week.problem.requests if not r.on)
    assert unwanted.day == 3 and unwanted.shifts == {s.id for s in week.problem.shift_types}
    wishes_only = replace(week.problem, covers=(), fairness_weight=0)
    nobody = {p.id: [None] * 7 for p in week.problem.people}
    granted = {**nobody, "B02": [None, None, "PM:GEN:11", None, None, None, None]}
    assert check.objective(wishes_only, granted) == 0
    assert check.objective(wishes_only, nobody) == 10
    assert (
        check.objective(wishes_only, {**nobody, "B02": [None, None, "PM:GEN:11", "D:GEN:2", *[None] * 3]})
        == 10
    )
    solution = solve(week.problem, time_limit=60)
    assert solution.status == "optimal"
    assert check.objective(week.problem, solution.roster) == solution.objective


def test_a_point_without_shift_templates_is_refused(history_db, plan):
    with history_db.transaction() as session:
        session.execute(delete(ShiftTemplate))
    with pytest.raises(InvalidInput) as refused:
        hall_week(history_db, "HALL", WEEK, plan=plan)
    assert refused.value.key == "roster_no_shifts"


def test_the_solved_week_keeps_every_rule_and_puts_one_person_per_window(history_db, plan):
    week = hall_week(history_db, "HALL", WEEK, plan=plan)
    solution = solve(week.problem, time_limit=60)
    assert solution.status == "optimal" and solution.roster
    assert check.violations(week.problem, solution.roster) == []
    assert check.objective(week.problem, solution.roster) == solution.objective
    people = {p.id: p for p in week.problem.people}
    windows = {w.number: w for w in week.windows}
    for day in range(7):
        seated: dict[int, list[tuple[int, int]]] = {}
        for person, shifts in solution.roster.items():
            if shifts[day] is None:
                continue
            template, category, window = week.shift_of(shifts[day])
            assert day < 5 and category in windows[window].categories
            assert template.tidal == people[person].rotating  # branch staff only on the tidal shifts
            for start, end in seated.get(window, []):
                assert end <= template.start_min or template.end_min <= start  # one person at a time
            seated.setdefault(window, []).append((template.start_min, template.end_min))
    # The synthetic hall has two queues; what it needs, it gets.
    for (day, slot, category), need in week.required.items():
        start, end = week.slots[slot]
        worked = sum(
            1
            for shifts in solution.roster.values()
            if shifts[day] is not None
            and week.shift_of(shifts[day])[1] == category
            and week.shift_of(shifts[day])[0].start_min <= start
            and end <= week.shift_of(shifts[day])[0].end_min
        )
        assert worked >= need, (day, slot, category)


def test_a_templates_forbidden_successor_holds_at_every_window(history_db, plan):
    from sqlalchemy import update

    with history_db.transaction() as session:
        session.execute(update(ShiftTemplate).where(ShiftTemplate.code == "PM").values(forbidden_next="AM"))
    problem = hall_week(history_db, "HALL", WEEK, plan=plan).problem
    afternoon = problem.shift("PM:GEN:11")
    mornings = {s.id for s in problem.shift_types if s.id.startswith("AM:")}
    assert afternoon.forbidden_next == mornings and not problem.shift("D:GEN:2").forbidden_next
    solution = solve(problem, time_limit=60)
    assert check.violations(problem, solution.roster) == []
    for shifts in solution.roster.values():
        for today, tomorrow in zip(shifts, shifts[1:], strict=False):
            assert not (today and today.startswith("PM:") and tomorrow and tomorrow.startswith("AM:"))
