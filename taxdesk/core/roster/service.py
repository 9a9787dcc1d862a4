"""Solving a point's week end to end, and what a roster looks like against its requirement.

:func:`propose_week` builds the week (:func:`~taxdesk.core.roster.hall.hall_week`: the staffing plan, the
shift templates, the people, leave and wishes), keeps every locked assignment of the week's newest
version, weighs every other assignment of that version as a soft request to keep
(:func:`~taxdesk.core.roster.hall.keep_requests`: a re-solve changes as little as it must) and solves with
HiGHS — storing nothing: the proposal lists what would change against the previous version
(:class:`Change`), and :func:`accept` stores it as the week's draft when the supervisor agrees.
:func:`solve_week` does both at once (the command line). :func:`deviations` lists the contracted
half-days a roster leaves without a window or a duty. :func:`coverage` counts required against planned
windows per half-hour, and :func:`sheet` turns a stored version into the printed
:class:`~taxdesk.core.roster.sheet.RosterSheet`.

Any thread but the GUI's: a solve takes seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from taxdesk.core import settings
from taxdesk.core.db import Database
from taxdesk.core.errors import InvalidInput
from taxdesk.core.plan import Plan
from taxdesk.core.roles import ROSTER_PUBLISH, Actor, require
from taxdesk.core.roster import check, store
from taxdesk.core.roster.hall import CHANGE_WEIGHT, HallWeek, hall_week, keep_requests
from taxdesk.core.roster.model import Roster, Solution, join_parts
from taxdesk.core.roster.sheet import CellPart, CoverageDay, CoverageSlot, DayCell, RosterSheet, SheetRow
from taxdesk.core.roster.solver import solve
from taxdesk.core.roster.store import Assignment, Planned, StoredRoster

TIME_LIMIT_S = 10.0


@dataclass(frozen=True)
class Change:
    """One person's day that a solve changes against the previous version: ``before`` and ``after`` are
    shift ids (``TEMPLATE:CATEGORY:WINDOW``, see :meth:`HallWeek.shift_of`) or None for a day off."""

    staff: str
    name: str
    day: date
    before: str | None
    after: str | None


AM, PM = "am", "pm"
NOON_MIN = 12 * 60


@dataclass(frozen=True)
class Deviation:
    """A contracted half-day a roster leaves without a window or a duty: whose (``person`` the staff code,
    ``name``), which day (``day`` the index in the week, ``date``) and which half (``half`` ``am`` or
    ``pm``, ``start_min`` its start; both None for a half-day contract's day without either half)."""

    person: str
    name: str
    day: int
    date: date
    half: str | None
    start_min: int | None


def deviations(week: HallWeek, roster: Roster) -> list[Deviation]:
    """The contracted half-days (the hall staff's working days less leave, see
    :mod:`~taxdesk.core.roster.hall`) that ``roster`` puts on neither a window nor a duty, by person then
    day and half; none for a week planned by whole days."""
    found = []
    for person, day, moment in check.missed_presence(week.problem, roster):
        half = None if moment is None else (AM if moment < NOON_MIN else PM)
        found.append(Deviation(person, week.people[person].name, day, week.days[day].day, half, moment))
    return found


@dataclass(frozen=True)
class WeekSolve:
    """A solve of a point's week: the week as solved, the solver's outcome, the draft it stored (None
    while only proposed, and when there was no roster to store: infeasible, or cancelled before the first
    one), the version it was solved against (None for a first solve) and what it changes in it."""

    week: HallWeek
    solution: Solution
    stored: StoredRoster | None
    previous: StoredRoster | None = None
    changes: tuple[Change, ...] = ()

    @property
    def changed(self) -> int:
        """How many assignments differ from the previous version (0 for a first solve)."""
        return len(self.changes)

    @property
    def deviations(self) -> list[Deviation]:
        """The contracted half-days the solve leaves without a window or a duty (:func:`deviations`)."""
        return deviations(self.week, self.solution.roster) if self.solution.roster else []


def planned(week: HallWeek, roster: Roster, locked: set[tuple[str, int]] = frozenset()) -> list[Planned]:
    """A solved roster as assignments to store (``locked``: (person, day) pairs to keep locked)."""
    out = []
    for person, shifts in roster.items():
        for day, entry in enumerate(shifts):
            for part in week.parts_of(entry):
                out.append(
                    Planned(
                        person,
                        week.days[day].day,
                        part.template.code,
                        part.category,
                        part.window,
                        (person, day) in locked,
                        part.duty.code if part.duty is not None else None,
                    )
                )
    return out


def roster_of(week: HallWeek, stored: StoredRoster) -> Roster:
    """A stored version as the solver's roster (person → shift id, several joined, or None per day);
    assignments of people or shifts the week no longer has are left out."""
    index = {d.day: i for i, d in enumerate(week.days)}
    held: dict[tuple[str, int], list[str]] = {}
    ids = {s.id for s in week.problem.shift_types}
    for a in stored.assignments:
        if a.day in index and a.shift_id in ids:
            held.setdefault((a.staff, index[a.day]), []).append(a.shift_id)
    roster: Roster = {p.id: [None] * week.problem.days for p in week.problem.people}
    for (staff, day), shifts in held.items():
        if staff in roster:
            roster[staff][day] = join_parts(shifts, week.problem)
    return roster


def changes(week: HallWeek, before: Roster, after: Roster) -> list[Change]:
    """Every person's day whose assignment differs between two rosters of ``week``, by person then day."""
    found = []
    for person in week.problem.people:
        old = before.get(person.id) or [None] * len(week.days)
        new = after.get(person.id) or [None] * len(week.days)
        for day, info in enumerate(week.days):
            if old[day] != new[day]:
                found.append(Change(person.id, week.people[person.id].name, info.day, old[day], new[day]))
    return found


def change_weight(db: Database) -> int:
    """What a re-solve pays per changed assignment (the setting ``roster_change_weight``; 0: none)."""
    with db.session() as session:
        value = settings.get(session, settings.ROSTER_CHANGE_WEIGHT)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return CHANGE_WEIGHT


def propose_week(
    db: Database,
    point_code: str,
    week: str,
    *,
    actor: Actor,
    time_limit: float = TIME_LIMIT_S,
    plan: Plan | None = None,
    progress: Callable[[float, float, float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    weight: int | None = None,
) -> WeekSolve:
    """Solve the week keeping the newest version's locked assignments and, at ``weight`` a change
    (default: :func:`change_weight`), as much of the rest of it as the facts allow; store nothing (see
    :func:`accept`). ``actor`` must be allowed to make rosters: checked before the solve's seconds."""
    require(actor, ROSTER_PUBLISH)
    built = hall_week(db, point_code, week, plan=plan)
    newest = store.latest(db, point_code, week)
    days = [d.day for d in built.days]
    locks = newest.locks(days) if newest is not None else []
    previous = roster_of(built, newest) if newest is not None else {}
    weight = change_weight(db) if weight is None else weight
    keep = keep_requests(built, previous, weight) if newest is not None else []
    problem = replace(built.problem, locks=tuple(locks), requests=built.problem.requests + tuple(keep))
    solution = solve(problem, time_limit=time_limit, progress=progress, cancel=cancel)
    # The week as shown and stored carries the locks but not the keep requests: they are not wishes.
    built = replace(built, problem=replace(built.problem, locks=tuple(locks)))
    moved = changes(built, previous, solution.roster) if newest is not None and solution.roster else []
    return WeekSolve(built, solution, None, newest, tuple(moved))


def accept(
    db: Database, proposal: WeekSolve, *, actor: Actor, revise: bool = False, at: datetime | None = None
) -> WeekSolve:
    """Store a proposal's roster as the week's draft (``revise``: the week is published and the supervisor
    agreed to start the next version; see :func:`taxdesk.core.roster.store.save_draft`). Refuses a proposal
    without a roster, and one whose week was saved, solved or published elsewhere since it was solved."""
    if not proposal.solution.roster:
        raise InvalidInput("the solve found no roster to keep", key="roster_nothing_to_accept")
    week = proposal.week
    newest = store.latest(db, week.point, week.week)
    if _state(newest) != _state(proposal.previous):
        raise InvalidInput(
            f"{week.point} {week.week} was changed elsewhere during the solve: solve it again",
            key="roster_changed_meanwhile",
            point=week.point,
            week=week.week,
        )
    kept = {(lock.person, lock.day) for lock in week.problem.locks}
    solution = proposal.solution
    stored = store.save_draft(
        db,
        week.point,
        week.week,
        planned(week, solution.roster, kept),
        actor=actor,
        objective=solution.objective,
        bound=solution.bound,
        solve_seconds=solution.seconds,
        revise=revise,
        at=at,
    )
    return replace(proposal, stored=stored)


def _state(stored: StoredRoster | None):
    return None if stored is None else (stored.id, stored.version, stored.status, stored.created_at)


def solve_week(
    db: Database,
    point_code: str,
    week: str,
    *,
    actor: Actor,
    time_limit: float = TIME_LIMIT_S,
    plan: Plan | None = None,
    progress: Callable[[float, float, float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    revise: bool = False,
    at: datetime | None = None,
) -> WeekSolve:
    """:func:`propose_week` and, when it found a roster, :func:`accept` at once."""
    proposal = propose_week(
        db, point_code, week, actor=actor, time_limit=time_limit, plan=plan, progress=progress, cancel=cancel
    )
    if not proposal.solution.roster:
        return proposal
    return accept(db, proposal, actor=actor, revise=revise, at=at)


def coverage(week: HallWeek, roster: Roster) -> list[CoverageDay]:
    """Per working day and half-hour: windows required (all queues) against windows the roster staffs."""
    days = []
    for day, info in enumerate(week.days):
        if not info.workday:
            continue
        slots = []
        for slot, (start, end) in enumerate(week.slots):
            required = sum(n for (d, s, _), n in week.required.items() if d == day and s == slot)
            worked = 0
            for shifts in roster.values():
                for part in week.parts_of(shifts[day]):
                    if part.duty is None:  # windows only: a duty staffs none
                        worked += part.template.start_min <= start and end <= part.template.end_min
            slots.append(CoverageSlot(time(start // 60, start % 60), required, worked))
        days.append(CoverageDay(info.day, tuple(slots)))
    return days


def _cell(held: list[Assignment], on_leave: bool) -> DayCell:
    if held:
        return DayCell.split(
            CellPart(
                a.template_name,
                time(a.start_min // 60, a.start_min % 60),
                time(a.end_min // 60 % 24, a.end_min % 60),
                a.window if a.on_window else None,
                "" if a.on_window else a.duty_short_name or a.duty_name or a.duty,
                "" if a.on_window else a.duty,
            )
            for a in held
        )
    return DayCell.leave() if on_leave else DayCell.off()


def sheet(
    db: Database, week: HallWeek, stored: StoredRoster, *, point_name: str, supervisor: str = ""
) -> RosterSheet:
    """The printed week of a stored version: every hall officer, the branch staff who work in it (apart),
    shifts with their windows or duties (a day of a window and a duty has both, see
    :class:`~taxdesk.core.roster.sheet.DayCell`), leave, and the coverage strip (windows only)."""
    with db.session() as session:
        bureau = settings.get(session, settings.BUREAU_NAME) or ""
    by_person: dict[tuple[str, object], list[Assignment]] = {}
    for a in stored.assignments:
        by_person.setdefault((a.staff, a.day), []).append(a)
    rows = []
    for person in week.problem.people:
        info = week.people[person.id]
        cells = tuple(
            _cell(by_person.get((person.id, d.day), []), i in week.leave.get(person.id, frozenset()))
            for i, d in enumerate(week.days)
        )
        unit = "branch" if info.home_unit == "branch" else "hall"
        if unit == "branch" and not any(c.kind == "work" for c in cells):
            continue  # a branch officer not on this week's rotation
        rows.append(SheetRow(info.name, info.code, unit, cells))
    return RosterSheet(
        bureau=bureau,
        point_name=point_name,
        week=week.week,
        dates=tuple(d.day for d in week.days),
        version=stored.version,
        published_at=stored.published_at,
        rows=tuple(rows),
        coverage=tuple(coverage(week, roster_of(week, stored))),
        supervisor=supervisor,
    )
