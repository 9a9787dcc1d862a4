"""A point's week as a roster problem: shifts per template and queue, people with their rules, leave and
wishes, cover from the staffing plan, and a solved roster placed on the windows; the problem built from
hand-made facts without a database, and the facts read in as many queries for 4 windows as for 12."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, event, select, update
from synthetic_history import write_history

from taxdesk.core import calendar
from taxdesk.core.accounts import actor_for
from taxdesk.core.calendar import DayInfo
from taxdesk.core.db.models import (
    Category,
    Duty,
    RosterRules,
    ServicePoint,
    ShiftRequest,
    ShiftTemplate,
    Staff,
    StaffLeave,
    Window,
)
from taxdesk.core.errors import InvalidInput
from taxdesk.core.plan import staffing_plan
from taxdesk.core.roster import check, store
from taxdesk.core.roster.facts import (
    RULE_LIMITS,
    DemandInterval,
    HallFacts,
    StaffFacts,
    TemplateInfo,
    WindowInfo,
)
from taxdesk.core.roster.hall import (
    DEFAULT_RULES,
    FAIRNESS_WEIGHT,
    HALF,
    OVER_WEIGHT,
    UNDER_WEIGHT,
    WHOLE,
    build_hall_week,
    hall_week,
)
from taxdesk.core.roster.solver import solve

WEEK = "2025-W27"  # 30 June – 4 July 2025: five working days, then the weekend


@pytest.fixture
def history_db(network_db):
    """The demo hall without its duties: the week planned by whole days (duties and half-days are
    tests/core/test_roster_duties.py's)."""
    write_history(network_db, date(2025, 4, 21), date(2025, 6, 29), seed=3)
    with network_db.transaction() as session:
        session.execute(update(Duty).values(active=False))
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
    assert whole_day.skills == {"GEN", "regular", WHOLE}
    assert problem.shift("AM:INV:4").skills == {"INV", "tidal", HALF}

    people = {p.id: p for p in problem.people}
    hall, branch = people["H05"], people["B01"]
    assert "regular" in hall.skills and "tidal" not in hall.skills and not hall.rotating
    assert "tidal" in branch.skills and "regular" not in branch.skills and branch.rotating
    assert {HALF, WHOLE} <= hall.skills and HALF in branch.skills and WHOLE not in branch.skills  # half days
    assert hall.days_off == {5, 6} and (hall.min_minutes, hall.max_minutes) == (2 * 420, 5 * 420)
    assert hall.max_consecutive_shifts == 5 and hall.min_rest_minutes == 720 and hall.max_weekends == 1
    assert all(p.id[0] in "HB" for p in problem.people)  # window officers only: no agents, no front desk
    assert "H01" not in people  # a supervisor is not on the window rotation

    # Cover: the plan's windows open at once, per half-hour and queue, worked by the shifts spanning it.
    first = plan.intervals[0]
    monday_0830 = [c for c in problem.covers if c.day == 0 and c.label == "08:30 GEN"]
    assert len(monday_0830) == 1
    cover = monday_0830[0]
    assert cover.required == first.categories["GEN"].capped_windows  # raw_windows, as far as windows allow
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
        n.capped_windows for i in plan.intervals for n in i.categories.values()
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
    publisher = actor_for(history_db, "H01")
    store.set_wish(
        history_db, "HALL", "B02", date(2025, 7, 2), wants=True, template="PM", weight=10, actor=publisher
    )
    store.set_wish(history_db, "HALL", "B02", date(2025, 7, 3), wants=False, weight=10, actor=publisher)
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


# ------------------------------------------------------------------ the pure builder, on hand-made facts

MONDAY = date(2025, 6, 30)


def _days() -> tuple[DayInfo, ...]:
    return tuple(
        DayInfo(
            day=MONDAY + timedelta(days=i),
            workday=i < 5,
            holiday_name=None,
            filing_deadline_of_month=date(2025, 7, 15),
            days_to_deadline=15 - i,
            workdays_to_deadline=10,
            covered=True,
            makeup_workday=False,
            deadline_source="rule",
        )
        for i in range(7)
    )


def _at(day: int, minutes: int) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day), datetime.min.time()) + timedelta(minutes=minutes)


def small_hall() -> HallFacts:
    """Two windows (1 serves both queues, 2 only 综合服务), a whole-day and a tidal afternoon template;
    two hall officers (H2 on leave on Wednesday) and one branch officer (B1), who wishes for the afternoon
    on Thursday; the plan wants two 综合服务 windows and one 发票 window at 08:30 on Monday, one 综合服务
    window at 14:00."""
    return HallFacts(
        point="SMALL",
        week="2025-W27",
        days=_days(),
        categories={
            "GEN": Category(id=1, code="GEN", name="综合服务", name_en="General", prefix="A"),
            "INV": Category(id=2, code="INV", name="发票业务", name_en="Invoices", prefix="B"),
        },
        windows=(WindowInfo(1, frozenset({"GEN", "INV"}), False), WindowInfo(2, frozenset({"GEN"}), True)),
        templates=(
            TemplateInfo(1, "D", "全天", 510, 1020, 90, False, None),
            TemplateInfo(2, "PM", "下午（潮汐）", 810, 1020, 0, True, None),
        ),
        staff=(
            StaffFacts(
                "H1",
                "周敏",
                "hall",
                frozenset({"GEN", "INV"}),
                limits={"min_week_minutes": 840, "max_week_minutes": 2100},
                rotating=False,
            ),
            StaffFacts(
                "H2", "徐静", "hall", frozenset({"GEN"}), leave=frozenset({MONDAY + timedelta(days=2)})
            ),
            StaffFacts("B1", "陈刚", "branch", frozenset({"GEN"})),  # no rules: a branch officer rotates
        ),
        wishes=(
            store.Wish(1, "B1", "陈刚", MONDAY + timedelta(days=3), "PM", "下午（潮汐）", True, 7),
            store.Wish(2, "X9", "别人", MONDAY, None, None, False, 5),  # not on this roster
        ),
        demand=(
            DemandInterval(_at(0, 510), _at(0, 540), {"GEN": 2, "INV": 1}),
            DemandInterval(_at(0, 840), _at(0, 870), {"GEN": 1, "INV": 0}),
        ),
    )


def test_the_problem_is_built_from_hand_made_facts_without_a_database():
    week = build_hall_week(small_hall())
    problem = week.problem
    assert (week.point, week.week, problem.days, problem.first_weekday) == ("SMALL", "2025-W27", 7, 0)
    assert problem.fairness_weight == FAIRNESS_WEIGHT

    # Shifts: each template at each window, per queue the window serves.
    assert [s.id for s in problem.shift_types] == [
        "D:GEN:1",
        "D:INV:1",
        "D:GEN:2",
        "PM:GEN:1",
        "PM:INV:1",
        "PM:GEN:2",
    ]
    whole_day = problem.shift("D:INV:1")
    assert (whole_day.minutes, whole_day.window, whole_day.name) == (420, 1, "全天 1号窗口 B")
    assert whole_day.skills == {"INV", "regular", WHOLE}
    assert problem.shift("PM:GEN:2").skills == {"GEN", "tidal", HALF}
    assert frozenset({"D:GEN:1", "D:INV:1", "PM:GEN:1", "PM:INV:1"}) in problem.window_groups()

    # People: rules or the defaults, weekends and leave off, the branch officer on the tidal shifts.
    people = {p.id: p for p in problem.people}
    assert list(people) == ["H1", "H2", "B1"] and list(week.people) == ["H1", "H2", "B1"]
    h1, h2, b1 = people["H1"], people["H2"], people["B1"]
    assert h1.skills == {"GEN", "INV", "regular", WHOLE, HALF} and not h1.rotating
    assert (h1.min_minutes, h1.max_minutes, h1.days_off) == (840, 2100, {5, 6})
    assert h2.days_off == {2, 5, 6} and h2.max_minutes == DEFAULT_RULES["max_week_minutes"]
    assert (h2.max_consecutive_shifts, h2.min_rest_minutes) == (5, 660)
    assert b1.rotating and week.people["B1"].rotating and b1.skills == {"GEN", "tidal", WHOLE, HALF}
    assert week.leave == {"H1": frozenset(), "H2": frozenset({2}), "B1": frozenset()}

    # The wish: the afternoon on Thursday at any window; the stranger's wish is not on this roster.
    assert [w.staff for w in week.wishes] == ["B1"]
    (wish,) = problem.requests
    assert (wish.person, wish.day, wish.weight, wish.on) == ("B1", 3, 7, True)
    assert wish.shifts == {"PM:GEN:1", "PM:INV:1", "PM:GEN:2"}

    # Cover: per working day, half-hour and queue; what the plan asks for, else nothing.
    assert week.slots == [(510, 540), (840, 870)]
    # Two windows hold two people: the plan's 2 + 1 at 08:30 is capped at what they allow, shared out.
    assert week.required == {(0, 0, "GEN"): 1, (0, 0, "INV"): 1, (0, 1, "GEN"): 1, (0, 1, "INV"): 0}
    assert len(problem.covers) == 5 * 2 * 2 and {c.day for c in problem.covers} == set(range(5))
    covers = {(c.day, c.label): c for c in problem.covers}
    morning, afternoon = covers[0, "08:30 GEN"], covers[0, "14:00 GEN"]
    assert (morning.required, morning.shifts) == (1, {"D:GEN:1", "D:GEN:2"})
    assert (morning.under_weight, morning.over_weight) == (UNDER_WEIGHT, OVER_WEIGHT)
    assert (afternoon.required, afternoon.shifts) == (1, {"D:GEN:1", "D:GEN:2", "PM:GEN:1", "PM:GEN:2"})
    assert covers[1, "08:30 GEN"].required == 0 and covers[0, "08:30 INV"].shifts == {"D:INV:1"}

    solution = solve(problem, time_limit=20)
    assert solution.status == "optimal" and check.violations(problem, solution.roster) == []
    assert solution.roster["B1"][3].startswith("PM:")  # the wish granted


def test_facts_without_window_staff_are_refused():
    with pytest.raises(InvalidInput) as refused:
        build_hall_week(replace(small_hall(), staff=()))
    assert refused.value.key == "roster_no_staff" and refused.value.params["point"] == "SMALL"
    with pytest.raises(InvalidInput) as refused:
        build_hall_week(replace(small_hall(), templates=()))
    assert refused.value.key == "roster_no_shifts"


def test_the_facts_carry_every_roster_rule_the_builder_defaults():
    assert set(RULE_LIMITS) == set(DEFAULT_RULES)


# ------------------------------------------------------------------------------- reading the facts


def test_the_week_is_read_in_as_many_queries_for_4_windows_as_for_12(history_db, plan):
    """One query per table: the count does not grow with the windows (it did, one per window)."""
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    def selects_of_hall_week():
        calendar.forget(history_db)  # read the calendar every time, not from this process's cache
        statements.clear()
        event.listen(history_db.engine, "before_cursor_execute", count)
        try:
            week = hall_week(history_db, "HALL", WEEK, plan=plan)
        finally:
            event.remove(history_db.engine, "before_cursor_execute", count)
        return week, len([s for s in statements if s.lstrip().upper().startswith("SELECT")])

    twelve, twelve_selects = selects_of_hall_week()
    with history_db.transaction() as session:
        hall = session.scalar(select(ServicePoint.id).where(ServicePoint.code == "HALL"))
        session.execute(update(Window).where(Window.point_id == hall, Window.number > 4).values(active=False))
    four, four_selects = selects_of_hall_week()
    assert (len(twelve.windows), len(four.windows)) == (12, 4)
    assert len(four.problem.shift_types) < len(twelve.problem.shift_types)
    # point, categories, windows and theirs, templates, staff …, duties, earlier weeks' rosters
    assert four_selects == twelve_selects <= 14


def test_the_contract_gives_days_off_outside_the_working_days_and_half_days_only_half_day_shifts():
    facts = small_hall()
    h1, h2, b1 = facts.staff
    facts = replace(
        facts,
        staff=(
            replace(h1, working_days="135"),  # Monday, Wednesday, Friday
            replace(h2, half_days=True),
            replace(b1, working_days="12345", half_days=True),
        ),
    )
    week = build_hall_week(facts)
    people = {p.id: p for p in week.problem.people}
    assert people["H1"].days_off == {1, 3, 5, 6}
    assert people["H1"].min_minutes == 840 * 3 // 5  # the minimum scaled to the days they can work
    assert WHOLE not in people["H2"].skills and HALF in people["H2"].skills
    whole = {s.id for s in week.problem.shift_types if WHOLE in s.skills}
    assert whole == {"D:GEN:1", "D:INV:1", "D:GEN:2"}
    solution = solve(week.problem, time_limit=20)
    assert check.violations(week.problem, solution.roster) == []
    worked = {
        person: {day for day, shift in enumerate(shifts) if shift}
        for person, shifts in solution.roster.items()
    }
    assert worked["H1"] and worked["H1"] <= {0, 2, 4}
    assert worked["H2"] == set()  # half days, not rotating: the only half-day template is tidal
    assert all(shift.startswith("PM:") for shift in solution.roster["B1"] if shift)


def test_the_people_records_contract_reaches_the_roster(history_db, plan):
    from taxdesk.core import people
    from taxdesk.core.roles import Actor

    admin = Actor(None, "A1", "管理员", frozenset({"admin"}))
    people.edit_staff(history_db, "H05", working_days="135", half_days=True, max_week_hours=21, actor=admin)
    week = hall_week(history_db, "HALL", WEEK, plan=plan)
    persons = {p.id: p for p in week.problem.people}
    h05 = persons["H05"]
    assert h05.days_off == {1, 3, 5, 6} and WHOLE not in h05.skills and h05.max_minutes == 21 * 60
    assert WHOLE in persons["H06"].skills and persons["H06"].days_off == {5, 6}
    assert WHOLE not in persons["B01"].skills  # the demo's branch staff rotate on half days
