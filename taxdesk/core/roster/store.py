"""Rosters in the database: drafts, published versions, the leave the solver must respect and the wishes
it weighs.

A point's week has numbered versions. The newest is either a **draft** — what a solve proposed and the
supervisor is editing; a new solve or an edit replaces its assignments, keeping the version number — or
**published**: then it is read-only, and changing the week means a new draft (the next version), which
only a supervisor (值班长) may start, as only a supervisor publishes, and only explicitly (``revise=True``:
a save never turns a published week into a draft by itself). Published versions are never changed or
removed, so what was announced can always be printed again (:func:`chosen`: the published version by
default, or the draft, or a version by number).

Who acts is the signed-in :class:`~taxdesk.core.roles.Actor`; making, changing and publishing a roster
needs :data:`~taxdesk.core.roles.ROSTER_PUBLISH` (hall supervisors and administrators). Publishing and
starting a new version of a published week are written to the audit trail.

An assignment is on a window (``duty`` is ``window``) or on one of the point's non-window duties (its
code: ``back_office`` …; no window, no category). A person may hold several a day (a window in the
morning, a duty in the afternoon) as long as their times do not overlap.

Every write checks what it is given (the staff, shift templates, categories, windows and duties must be
the point's, a person's shifts of a day may not overlap, days inside the week) and refuses with
:class:`InvalidInput` without writing anything. Any thread; each call is one short transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from taxdesk.core import audit, clock, live, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import (
    Category,
    Duty,
    Roster,
    RosterAssignment,
    ServicePoint,
    ShiftRequest,
    ShiftTemplate,
    Staff,
    StaffLeave,
    Window,
    WindowCategory,
)
from taxdesk.core.errors import InvalidInput
from taxdesk.core.forecast import parse_week
from taxdesk.core.network import get_point
from taxdesk.core.roles import ROSTER_PUBLISH, Actor, require, require_current
from taxdesk.core.roster.model import Lock, join_parts

WINDOW_DUTY = "window"  # an assignment's ``duty`` when it is on a window

LEAVE_REASON_MAX = 60


@dataclass(frozen=True)
class Planned:
    """One assignment to store: who (staff code), which day, which shift template (code), for which queue
    category (code) at which window (number, or None when none was free) — or on which duty (the point's
    duty code; then no category or window) — and whether it is locked."""

    staff: str
    day: date
    template: str
    category: str | None = None
    window: int | None = None
    locked: bool = False
    duty: str | None = None


@dataclass(frozen=True)
class Assignment:
    staff: str
    name: str
    home_unit: str
    day: date
    template: str
    template_name: str
    start_min: int
    end_min: int
    tidal: bool
    category: str | None
    window: int | None
    locked: bool
    duty: str = WINDOW_DUTY  # ``window``, or the duty's code (back_office …)
    duty_name: str = ""  # the duty's name (税费集中处理中心), its short name (后台) and their English
    duty_short_name: str = ""
    duty_name_en: str = ""
    duty_short_name_en: str = ""

    @property
    def on_window(self) -> bool:
        return self.duty == WINDOW_DUTY

    @property
    def shift_id(self) -> str:
        """The roster engine's id of the shift (``D:GEN:2``, ``AM:@back_office``)."""
        if not self.on_window:
            return f"{self.template}:@{self.duty}"
        return f"{self.template}:{self.category}:{self.window}"


@dataclass(frozen=True)
class StoredRoster:
    id: int
    point: str
    week: str
    version: int
    status: str  # draft | published
    created_at: datetime
    created_by: str | None
    published_at: datetime | None
    published_by: str | None  # the supervisor's name
    objective: float | None
    bound: float | None
    solve_seconds: float | None
    assignments: tuple[Assignment, ...]

    @property
    def published(self) -> bool:
        return self.status == "published"

    def locks(self, days: list[date]) -> list[Lock]:
        """The locked assignments as the solver's locks (shift ids ``TEMPLATE:CATEGORY:WINDOW`` or
        ``TEMPLATE:@DUTY``; a person's locked shifts of one day joined ``A+B``)."""
        index = {d: i for i, d in enumerate(days)}
        by_day: dict[tuple[str, int], list[Assignment]] = {}
        for a in self.assignments:
            if a.locked and a.day in index and (not a.on_window or None not in (a.category, a.window)):
                by_day.setdefault((a.staff, index[a.day]), []).append(a)
        return [
            Lock(staff, day, join_parts(a.shift_id for a in held)) for (staff, day), held in by_day.items()
        ]


def _staff(session, code: str | None) -> Staff:
    person = session.scalar(select(Staff).where(Staff.code == (code or "").strip(), Staff.active))
    if person is None:
        raise InvalidInput(f"unknown officer {code!r}", key="unknown_officer", staff=code or "")
    return person


def _author(session, actor: Actor) -> Staff | None:
    """The person row of who makes or publishes a roster, once :func:`require` let them."""
    require(actor, ROSTER_PUBLISH)
    return session.get(Staff, actor.staff_id) if actor.staff_id is not None else None


def _newest(session, point: ServicePoint, week: str) -> Roster | None:
    return session.scalar(
        select(Roster)
        .where(Roster.point_id == point.id, Roster.week == week)
        .order_by(Roster.version.desc())
        .limit(1)
    )


def _view(session, point: ServicePoint, row: Roster) -> StoredRoster:
    names = {s.id: s for s in session.scalars(select(Staff))}
    templates = {
        t.id: t for t in session.scalars(select(ShiftTemplate).where(ShiftTemplate.point_id == point.id))
    }
    categories = {c.id: c.code for c in session.scalars(select(Category))}
    windows = {w.id: w.number for w in session.scalars(select(Window).where(Window.point_id == point.id))}
    duties = {d.id: d for d in session.scalars(select(Duty).where(Duty.point_id == point.id))}
    rows = session.scalars(
        select(RosterAssignment).where(RosterAssignment.roster_id == row.id).order_by(RosterAssignment.day)
    ).all()
    assignments = []
    for a in rows:
        person, template = names[a.staff_id], templates[a.shift_template_id]
        duty = duties.get(a.duty_id)
        assignments.append(
            Assignment(
                staff=person.code,
                name=person.name,
                home_unit=person.home_unit,
                day=a.day,
                template=template.code,
                template_name=template.name,
                start_min=template.start_min,
                end_min=template.end_min,
                tidal=template.tidal,
                category=categories.get(a.category_id),
                window=windows.get(a.window_id),
                locked=a.locked,
                duty=duty.code if duty else WINDOW_DUTY,
                duty_name=duty.name if duty else "",
                duty_short_name=duty.short_name if duty else "",
                duty_name_en=(duty.name_en or "") if duty else "",
                duty_short_name_en=(duty.short_name_en or "") if duty else "",
            )
        )
    assignments.sort(key=lambda a: (a.day, a.home_unit != "hall", a.staff, a.start_min))
    creator = names.get(row.created_by)
    publisher = names.get(row.published_by)
    return StoredRoster(
        id=row.id,
        point=point.code,
        week=row.week,
        version=row.version,
        status=row.status,
        created_at=clock.local(row.created_at),
        created_by=creator.name if creator else None,
        published_at=clock.local(row.published_at) if row.published_at else None,
        published_by=publisher.name if publisher else None,
        objective=row.objective,
        bound=row.bound,
        solve_seconds=row.solve_seconds,
        assignments=tuple(assignments),
    )


def latest(db: Database, point_code: str, week: str) -> StoredRoster | None:
    """The newest version of the point's week (draft or published), or None."""
    parse_week(week)
    with db.session() as session:
        point = get_point(session, point_code)
        row = _newest(session, point, week)
        return _view(session, point, row) if row is not None else None


def versions(db: Database, point_code: str, week: str) -> list[StoredRoster]:
    """Every version of the point's week, oldest first."""
    parse_week(week)
    with db.session() as session:
        point = get_point(session, point_code)
        rows = session.scalars(
            select(Roster).where(Roster.point_id == point.id, Roster.week == week).order_by(Roster.version)
        ).all()
        return [_view(session, point, row) for row in rows]


def chosen(db: Database, point_code: str, week: str, which: str | int | None = None) -> StoredRoster:
    """The version of the week to print or export: ``which`` None — the newest published one when there is
    one, else the draft; ``"published"`` — the newest published one; ``"draft"`` — the draft (the newest
    version, unpublished); a number — that version. Refuses (``roster_none``, ``roster_no_published``,
    ``roster_no_draft``, ``roster_no_version``) when there is no such version."""
    every = versions(db, point_code, week)
    if not every:
        raise InvalidInput(
            f"{point_code} has no roster for {week}", key="roster_none", point=point_code, week=week
        )
    published = [v for v in every if v.published]
    if which is None:
        return published[-1] if published else every[-1]
    if which == "published":
        if not published:
            raise InvalidInput(f"no version of {week} is published yet", key="roster_no_published", week=week)
        return published[-1]
    if which == "draft":
        if every[-1].published:
            raise InvalidInput(
                f"{week} has no draft: every version is published", key="roster_no_draft", week=week
            )
        return every[-1]
    try:
        number = int(which)
    except (TypeError, ValueError):
        raise InvalidInput(
            f"a version is published, draft or a number, not {which!r}",
            key="roster_version_choice",
            which=which,
        ) from None
    found = next((v for v in every if v.version == number), None)
    if found is None:
        raise InvalidInput(
            f"{week} has no version {number} (versions 1 to {every[-1].version})",
            key="roster_no_version",
            week=week,
            version=number,
            last=every[-1].version,
        )
    return found


def save_draft(
    db: Database,
    point_code: str,
    week: str,
    planned: Iterable[Planned],
    *,
    actor: Actor,
    objective: float | None = None,
    bound: float | None = None,
    solve_seconds: float | None = None,
    revise: bool = False,
    at: datetime | None = None,
) -> StoredRoster:
    """Store ``planned`` as the week's draft: the newest draft's assignments are replaced; after a
    published version a new draft (the next version) is started when ``revise`` says so, and refused
    (``roster_published_readonly``) when not. ``actor`` must be allowed to make rosters
    (:data:`~taxdesk.core.roles.ROSTER_PUBLISH`: hall supervisors and administrators)."""
    monday = parse_week(week)
    days = [monday + timedelta(days=i) for i in range(7)]
    planned = list(planned)
    moment = clock.local(at) if at is not None else clock.now()
    with db.transaction() as session:
        point = get_point(session, point_code)
        author = _author(session, actor)
        newest = _newest(session, point, week)
        if newest is not None and newest.status == "published" and not revise:
            raise InvalidInput(
                f"version {newest.version} of {week} is published: start version {newest.version + 1} "
                "to change it",
                key="roster_published_readonly",
                version=newest.version,
                next=newest.version + 1,
                week=week,
            )
        if newest is not None and newest.status == "published":
            audit.record(
                session,
                actor.code,
                "roster.revise",
                f"{point.code} {week}",
                {"version": newest.version},
                {"version": newest.version + 1, "assignments": len(planned)},
            )
        rows = _resolve(session, point, days, planned)
        if newest is None or newest.status == "published":
            newest = Roster(
                point_id=point.id,
                week=week,
                version=(newest.version + 1) if newest is not None else 1,
                status="draft",
                created_at=moment,
            )
            session.add(newest)
            session.flush()
        else:
            session.execute(delete(RosterAssignment).where(RosterAssignment.roster_id == newest.id))
        newest.created_at, newest.created_by = moment, author.id if author else None
        newest.objective, newest.bound, newest.solve_seconds = objective, bound, solve_seconds
        session.add_all(RosterAssignment(roster_id=newest.id, **row) for row in rows)
        live.notify(session, point.code)
        session.flush()
        return _view(session, point, newest)


def _resolve(session, point: ServicePoint, days: list[date], planned: list[Planned]) -> list[dict]:
    staff = {s.code: s for s in session.scalars(select(Staff).where(Staff.active))}
    templates = {
        t.code: t for t in session.scalars(select(ShiftTemplate).where(ShiftTemplate.point_id == point.id))
    }
    categories = {c.code: c for c in session.scalars(select(Category))}
    windows = {w.number: w for w in session.scalars(select(Window).where(Window.point_id == point.id))}
    duties = {d.code: d for d in session.scalars(select(Duty).where(Duty.point_id == point.id))}
    served = {
        (window_id, category_id)
        for window_id, category_id in session.execute(
            select(WindowCategory.window_id, WindowCategory.category_id)
        )
    }
    seen: dict[tuple[str, date], list[ShiftTemplate]] = {}
    rows = []
    for p in planned:
        if p.staff not in staff:
            raise InvalidInput(f"unknown officer {p.staff!r}", key="unknown_officer", staff=p.staff)
        if p.day not in days:
            raise InvalidInput(
                f"{p.day} is not in the roster's week", key="roster_day_outside", day=str(p.day)
            )
        template = templates.get(p.template)
        if template is None:
            raise InvalidInput(
                f"{point.code} has no shift {p.template!r}", key="roster_unknown_shift", shift=p.template
            )
        held = seen.setdefault((p.staff, p.day), [])
        if any(t.start_min < template.end_min and template.start_min < t.end_min for t in held):
            raise InvalidInput(
                f"{staff[p.staff].name} has two shifts at overlapping times on {p.day}",
                key="roster_two_shifts",
                name=staff[p.staff].name,
                day=str(p.day),
            )
        held.append(template)
        duty = None
        if p.duty is not None and p.duty != WINDOW_DUTY:
            duty = duties.get(p.duty)
            if duty is None:
                raise InvalidInput(
                    f"{point.code} has no duty {p.duty!r}", key="roster_unknown_duty", duty=p.duty
                )
            if p.category is not None or p.window is not None:
                raise InvalidInput(
                    f"an assignment on the duty {duty.name} has no window or queue category",
                    key="roster_duty_window",
                    duty=duty.name,
                )
        category = categories.get(p.category) if p.category is not None else None
        if p.category is not None and category is None:
            raise InvalidInput(
                f"unknown category {p.category!r}", key="unknown_category", category=p.category
            )
        window = windows.get(p.window) if p.window is not None else None
        if p.window is not None:
            if window is None:
                raise InvalidInput(
                    f"{point.code} has no window {p.window}",
                    key="unknown_window",
                    point=point.code,
                    window=p.window,
                )
            if category is not None and (window.id, category.id) not in served:
                raise InvalidInput(
                    f"window {p.window} does not serve {category.name}",
                    key="roster_window_category",
                    window=p.window,
                    category=category.name,
                )
        rows.append(
            {
                "staff_id": staff[p.staff].id,
                "day": p.day,
                "shift_template_id": template.id,
                "category_id": category.id if category else None,
                "window_id": window.id if window else None,
                "duty_id": duty.id if duty else None,
                "locked": p.locked,
            }
        )
    return rows


def publish(
    db: Database, point_code: str, week: str, *, actor: Actor, at: datetime | None = None
) -> StoredRoster:
    """Publish the week's draft: it becomes read-only, with when and by whom. ``actor`` must be allowed
    to (:data:`~taxdesk.core.roles.ROSTER_PUBLISH`: hall supervisors and administrators)."""
    parse_week(week)
    moment = clock.local(at) if at is not None else clock.now()
    with db.transaction() as session:
        point = get_point(session, point_code)
        supervisor = _author(session, actor)
        newest = _newest(session, point, week)
        if newest is None:
            raise InvalidInput(
                f"{point.code} has no roster for {week} to publish",
                key="roster_none",
                point=point.code,
                week=week,
            )
        if newest.status == "published":
            raise InvalidInput(
                f"version {newest.version} of {week} is published already",
                key="roster_published_already",
                version=newest.version,
                week=week,
            )
        newest.status, newest.published_at = "published", moment
        newest.published_by = supervisor.id if supervisor else None
        audit.record(
            session,
            actor.code,
            "roster.publish",
            f"{point.code} {week}",
            {"status": "draft"},
            {"status": "published", "version": newest.version},
        )
        live.notify(session, point.code)
        session.flush()
        return _view(session, point, newest)


def add_leave(
    db: Database, staff_code: str, first: date, last: date, *, actor: Actor, reason: str = ""
) -> int:
    """Record leave (or another absence) from ``first`` to ``last``, by ``actor`` (who may make rosters);
    returns its id."""
    reason = validate.text(reason, "reason", limit=LEAVE_REASON_MAX) or ""
    validate.day(first, "first day")
    validate.day(last, "last day")
    if last < first:
        raise InvalidInput(
            f"the leave ends ({last}) before it starts ({first})",
            key="leave_days",
            first=str(first),
            last=str(last),
        )
    with db.transaction() as session:
        require_current(session, actor, ROSTER_PUBLISH)
        person = _staff(session, staff_code)
        row = StaffLeave(
            staff_id=person.id,
            first_day=first,
            last_day=last,
            reason=reason,
            recorded_at=clock.now(),
            recorded_by=actor.staff_id,
        )
        session.add(row)
        session.flush()
        return row.id


def remove_leave(db: Database, staff_code: str, day: date, *, actor: Actor) -> int:
    """Take back the leave covering ``day`` (recorded by mistake, or cancelled): every leave record of the
    person that includes that day is removed; returns how many. Refuses a day without leave, and anyone
    who may not make rosters."""
    with db.transaction() as session:
        require_current(session, actor, ROSTER_PUBLISH)
        person = _staff(session, staff_code)
        rows = session.scalars(
            select(StaffLeave).where(
                StaffLeave.staff_id == person.id, StaffLeave.first_day <= day, StaffLeave.last_day >= day
            )
        ).all()
        if not rows:
            raise InvalidInput(
                f"{person.name} has no leave on {day}", key="leave_none", name=person.name, day=str(day)
            )
        for row in rows:
            session.delete(row)
        return len(rows)


# ------------------------------------------------------------------------------------------- wishes

WISH_WEIGHT_MIN, WISH_WEIGHT_MAX = 1, 10  # a window short for half an hour costs 100: wishes give way to it
DEFAULT_WISH_WEIGHT = 5


@dataclass(frozen=True)
class Wish:
    """A person's wish for one day: to work (``wants``) or not to work the shift template ``template``
    (code; None: any shift that day), weighing ``weight`` in the solve (``WISH_WEIGHT_MIN`` …
    ``WISH_WEIGHT_MAX``)."""

    id: int
    staff: str
    name: str
    day: date
    template: str | None
    template_name: str | None
    wants: bool
    weight: int


def wishes(db: Database, point_code: str, first: date, last: date) -> list[Wish]:
    """The wishes from ``first`` to ``last`` that concern ``point_code``: whole-day wishes and wishes for
    its shift templates; by day, then staff code."""
    with db.session() as session:
        return wishes_in(session, get_point(session, point_code), first, last)


def wishes_in(session: Session, point: ServicePoint, first: date, last: date) -> list[Wish]:
    """:func:`wishes` in an open session, for a point already read: one query."""
    rows = session.execute(
        select(ShiftRequest, Staff, ShiftTemplate)
        .join(Staff, Staff.id == ShiftRequest.staff_id)
        .outerjoin(ShiftTemplate, ShiftTemplate.id == ShiftRequest.shift_template_id)
        .where(ShiftRequest.day >= first, ShiftRequest.day <= last)
        .where((ShiftRequest.shift_template_id.is_(None)) | (ShiftTemplate.point_id == point.id))
        .order_by(ShiftRequest.day, Staff.code, ShiftRequest.id)
    ).all()
    return [
        Wish(
            row.id,
            staff.code,
            staff.name,
            row.day,
            template.code if template else None,
            template.name if template else None,
            row.wants,
            row.weight,
        )
        for row, staff, template in rows
    ]


def set_wish(
    db: Database,
    point_code: str,
    staff_code: str,
    day: date,
    *,
    wants: bool,
    actor: Actor,
    template: str | None = None,
    weight: int = DEFAULT_WISH_WEIGHT,
) -> int:
    """Record a wish (see :class:`Wish`), replacing the person's wish for the same day and template (or
    whole day) if there is one; returns its id. ``template`` is a shift template code of ``point_code``.
    Recorded by whoever makes rosters, or by the person themselves (:func:`_may_wish`)."""
    validate.day(day)
    if not WISH_WEIGHT_MIN <= weight <= WISH_WEIGHT_MAX:  # False for NaN too
        raise InvalidInput(
            f"a wish weighs {WISH_WEIGHT_MIN} to {WISH_WEIGHT_MAX}, not {weight}",
            key="wish_weight",
            weight=weight,
            least=WISH_WEIGHT_MIN,
            most=WISH_WEIGHT_MAX,
        )
    with db.transaction() as session:
        point = get_point(session, point_code)
        person = _staff(session, staff_code)
        _may_wish(session, actor, person.id)
        template_id = None
        if template is not None:
            row = session.scalars(
                select(ShiftTemplate).where(
                    ShiftTemplate.point_id == point.id, ShiftTemplate.code == template
                )
            ).first()
            if row is None:
                raise InvalidInput(
                    f"{point.code} has no shift template {template}",
                    key="roster_unknown_shift",
                    shift=template,
                )
            template_id = row.id
        same = session.scalars(
            select(ShiftRequest).where(
                ShiftRequest.staff_id == person.id,
                ShiftRequest.day == day,
                ShiftRequest.shift_template_id.is_(None)
                if template_id is None
                else ShiftRequest.shift_template_id == template_id,
            )
        ).first()
        if same is None:
            same = ShiftRequest(staff_id=person.id, day=day, shift_template_id=template_id)
            session.add(same)
        same.wants, same.weight = wants, weight
        live.notify(session, point.code)
        session.flush()
        return same.id


def _may_wish(session: Session, actor: Actor, staff_id: int) -> None:
    """A person's own wishes are theirs to record; anyone else's need the right to make rosters."""
    if actor is not None and actor.staff_id == staff_id and not actor.must_change:
        return
    require_current(session, actor, ROSTER_PUBLISH)


def remove_wish(db: Database, point_code: str, wish_id: int, *, actor: Actor) -> None:
    """Take a wish back (the person's own, or anyone's for who makes rosters); refuses an id that is not
    (or no longer) there."""
    wish_id = validate.record_id(wish_id, "wish ID")
    with db.transaction() as session:
        point = get_point(session, point_code)
        row = session.get(ShiftRequest, wish_id)
        if row is not None:
            _may_wish(session, actor, row.staff_id)
        template_id = row.shift_template_id if row is not None else None
        template = session.get(ShiftTemplate, template_id) if template_id else None
        if row is None or (template is not None and template.point_id != point.id):
            # a wish for another point's shift is not this point's to take back
            raise InvalidInput(f"{point.code} has no wish {wish_id}", key="wish_none", id=wish_id)
        session.delete(row)
        live.notify(session, point.code)
