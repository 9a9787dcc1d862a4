"""What the database says about a point's week, read once for its roster: :class:`HallFacts`.

:func:`read_hall_facts` is the part of building a week's roster problem that reads the database (besides
the staffing plan, made beforehand), one query per table whatever the number of windows or people: the
point, the queue categories, its active windows and the categories each serves, its active shift
templates, the active window officers of the hall and the branches with their skills, roster rules and
leave, and the week's wishes; and the week's days from the calendar (:func:`~taxdesk.core.plan.week_days`:
its overrides read at most once a minute). The staffing plan's demand is copied in as plain numbers.
:func:`taxdesk.core.roster.hall.build_hall_week` turns the facts into the problem without the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import lazyload

from taxdesk.core.calendar import DayInfo
from taxdesk.core.db import Database
from taxdesk.core.db.models import (
    Category,
    Duty,
    Roster,
    RosterAssignment,
    RosterRules,
    ShiftTemplate,
    Staff,
    StaffCategory,
    StaffLeave,
    StaffRole,
    Window,
    WindowCategory,
)
from taxdesk.core.network import get_point
from taxdesk.core.plan import Plan, week_days
from taxdesk.core.roster.store import Wish, wishes_in

RULE_LIMITS = (  # the roster rules' limits (columns of RosterRules), each None for the default
    "min_week_minutes",
    "max_week_minutes",
    "max_consecutive_days",
    "min_rest_minutes",
    "max_weekends",
)


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    code: str
    name: str
    start_min: int
    end_min: int
    break_min: int
    tidal: bool
    window: int | None  # a template tied to one window
    forbidden_next: frozenset[str] = frozenset()  # template codes that may not follow it the next day


@dataclass(frozen=True)
class DutyInfo:
    """A non-window duty of the point (税费集中处理中心 …): ``min_cover`` people every half-day, or None."""

    code: str
    name: str
    name_en: str = ""
    short_name: str = ""
    short_name_en: str = ""
    min_cover: int | None = None


@dataclass(frozen=True)
class WindowInfo:
    number: int
    categories: frozenset[str]  # category codes
    tidal: bool


@dataclass(frozen=True)
class StaffFacts:
    """A window officer of the hall or a branch, as the database has them."""

    code: str
    name: str
    home_unit: str  # hall | branch
    skills: frozenset[str] = frozenset()  # category codes
    leave: frozenset[date] = frozenset()  # days of leave within the week
    limits: Mapping[str, int] = field(default_factory=dict)  # the roster rules' limits set (RULE_LIMITS)
    rotating: bool | None = None  # the roster rules' word; None: no rules
    working_days: str = "12345"  # the ISO weekdays of their contract (staff.working_days)
    half_days: bool = False  # they work half days only (staff.half_days)
    prior_half_days: int = 0  # tidal half-days worked in the PRIOR_WEEKS before the week (any point)


@dataclass(frozen=True)
class DemandInterval:
    """One interval of the staffing plan: the windows each category needs open at once."""

    start: datetime
    end: datetime
    windows: Mapping[str, int]  # category code → the plan's raw_windows (breaks are the shifts' own)


@dataclass(frozen=True)
class HallFacts:
    """Everything a point's week of roster is built from: no database, no clock needed past this."""

    point: str  # point code
    week: str  # ISO week
    days: tuple[DayInfo, ...]  # the week's seven days, Monday first
    categories: Mapping[str, Category]  # every queue category, by code
    windows: tuple[WindowInfo, ...]  # the point's active windows, by number
    templates: tuple[TemplateInfo, ...]  # active templates by start and code, none tied to a closed window
    staff: tuple[StaffFacts, ...]  # active window officers of the hall, then the branches, by code
    wishes: tuple[Wish, ...] = ()  # the week's wishes concerning the point (anybody's), by day and staff
    demand: tuple[DemandInterval, ...] = ()  # the staffing plan's intervals, in its order
    duties: tuple[DutyInfo, ...] = ()  # the point's active non-window duties, by code


def demand_of(plan: Plan) -> tuple[DemandInterval, ...]:
    """The staffing plan's window requirement per interval and category, as plain numbers."""
    return tuple(
        DemandInterval(
            i.start,
            i.end,
            {category: need.requirement.raw_windows for category, need in i.categories.items()},
        )
        for i in plan.intervals
    )


def read_hall_facts(db: Database, point_code: str, week: str, plan: Plan) -> HallFacts:
    """The facts of ``point_code``'s ISO ``week`` (see the module docstring), with ``plan``'s demand. Raises
    :class:`~taxdesk.core.errors.NotFound` for an unknown point, ``InvalidInput`` for a malformed week."""
    days = week_days(db, week)
    first, last = days[0].day, days[-1].day
    with db.session() as session:
        point = get_point(session, point_code)
        categories = {c.code: c for c in session.scalars(select(Category))}
        by_id = {c.id: c.code for c in categories.values()}
        open_windows = session.scalars(
            select(Window).where(Window.point_id == point.id, Window.active).order_by(Window.number)
        ).all()
        served: dict[int, set[str]] = {}
        for window_id, category_id in session.execute(
            select(WindowCategory.window_id, WindowCategory.category_id)
            .join(Window, Window.id == WindowCategory.window_id)
            .where(Window.point_id == point.id, Window.active)
        ):
            served.setdefault(window_id, set()).add(by_id[category_id])
        windows = tuple(
            WindowInfo(w.number, frozenset(served.get(w.id, ())), w.is_tidal) for w in open_windows
        )
        numbers = {w.id: w.number for w in open_windows}
        templates = tuple(
            TemplateInfo(
                t.id,
                t.code,
                t.name,
                t.start_min,
                t.end_min,
                t.break_min,
                t.tidal,
                numbers.get(t.window_id),
                frozenset(code.strip() for code in (t.forbidden_next or "").split(",") if code.strip()),
            )
            for t in session.scalars(
                select(ShiftTemplate)
                .where(ShiftTemplate.point_id == point.id, ShiftTemplate.active)
                .order_by(ShiftTemplate.start_min, ShiftTemplate.code)
            )
            if t.window_id is None or t.window_id in numbers  # not tied to a window that was closed down
        )
        staff = session.scalars(
            select(Staff)
            .where(
                Staff.active,
                Staff.role_rows.any(StaffRole.role == "window"),
                Staff.home_unit.in_(("hall", "branch")),
            )
            .order_by(Staff.home_unit.desc(), Staff.code)
            .options(lazyload(Staff.role_rows))  # the roles are in the query: not loaded again
        ).all()
        rules = {r.staff_id: r for r in session.scalars(select(RosterRules))}
        skills: dict[int, set[str]] = {}
        for staff_id, category_id in session.execute(
            select(StaffCategory.staff_id, StaffCategory.category_id)
        ):
            skills.setdefault(staff_id, set()).add(by_id[category_id])
        leave: dict[int, set[date]] = {}
        for row in session.scalars(
            select(StaffLeave).where(StaffLeave.first_day <= last, StaffLeave.last_day >= first)
        ):
            day = max(row.first_day, first)
            while day <= min(row.last_day, last):
                leave.setdefault(row.staff_id, set()).add(day)
                day += timedelta(days=1)
        people = tuple(
            StaffFacts(
                s.code,
                s.name,
                s.home_unit,
                frozenset(skills.get(s.id, ())),
                frozenset(leave.get(s.id, ())),
                _limits(rules.get(s.id)),
                rules[s.id].rotating if s.id in rules else None,
                s.working_days or "12345",
                bool(s.half_days),
            )
            for s in staff
        )
        wishes = tuple(wishes_in(session, point, first, last))
        duties = tuple(
            DutyInfo(d.code, d.name, d.name_en or "", d.short_name, d.short_name_en or "", d.min_cover)
            for d in session.scalars(
                select(Duty).where(Duty.point_id == point.id, Duty.active).order_by(Duty.code)
            )
        )
        prior = _prior_half_days(session, first)
        people = tuple(replace(p, prior_half_days=prior.get(p.code, 0)) for p in people)
    return HallFacts(
        point.code,
        week,
        tuple(days),
        categories,
        windows,
        templates,
        people,
        wishes,
        demand_of(plan),
        duties,
    )


PRIOR_WEEKS = 8  # the tidal rotation is shared fairly over this many weeks before the one rostered


def _prior_half_days(session, monday: date) -> dict[str, int]:
    """Per staff code, the tidal half-days (a tidal shift longer than half a day counts two) in the stored
    rosters of the PRIOR_WEEKS weeks before ``monday``, at every point: of each point's week its newest
    published version, else its newest draft. One query for the versions, one for their assignments."""
    weeks = set()
    for back in range(1, PRIOR_WEEKS + 1):
        year, number, _ = (monday - timedelta(weeks=back)).isocalendar()
        weeks.add(f"{year}-W{number:02d}")
    best: dict[tuple[int, str], Roster] = {}
    for row in session.scalars(select(Roster).where(Roster.week.in_(weeks))):
        key = (row.point_id, row.week)
        have = best.get(key)
        rank = (row.status == "published", row.version)
        if have is None or rank > (have.status == "published", have.version):
            best[key] = row
    if not best:
        return {}
    counts: dict[str, int] = {}
    for code, start, end in session.execute(
        select(Staff.code, ShiftTemplate.start_min, ShiftTemplate.end_min)
        .join(RosterAssignment, RosterAssignment.staff_id == Staff.id)
        .join(ShiftTemplate, ShiftTemplate.id == RosterAssignment.shift_template_id)
        .where(RosterAssignment.roster_id.in_([r.id for r in best.values()]), ShiftTemplate.tidal)
    ):
        counts[code] = counts.get(code, 0) + (1 if end - start <= HALF_DAY_SPAN_MIN else 2)
    return counts


HALF_DAY_SPAN_MIN = 5 * 60  # as the hall's HALF_DAY_MAX_MIN: a template this long at most is half a day


def _limits(row: RosterRules | None) -> dict[str, int]:
    if row is None:
        return {}
    return {key: value for key in RULE_LIMITS if (value := getattr(row, key)) is not None}
