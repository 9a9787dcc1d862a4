"""Who may staff a window: an active officer qualified for at least one of the window's queue categories,
and then the window calls only the categories both serve.

- :func:`qualified_officers` — the officers a window may be offered to at sign-in (the point's own
  people; at the hall also the hall's and the branches' staff), each with the window's categories they
  can serve; :func:`taxdesk.core.calls.sign_in` refuses anybody else (:func:`check_qualified`).
- :func:`serves` — the categories a staffed window counts for: the window's, narrowed to its officer's
  qualifications. The calling rule (:func:`taxdesk.core.calls.eligible`), the supervisor overview and the
  advisor all count a window for a category only when its officer can serve it; an officer with no
  qualification recorded serves nothing.

Threads: the functions that take a ``db`` do database work.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from taxdesk.core import validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import ROLES, Category, ServicePoint, Staff, StaffCategory, Window, WindowCategory
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.network import get_point


@dataclass(frozen=True)
class QualifiedOfficer:
    code: str
    name: str
    roles: tuple[str, ...]
    categories: tuple[str, ...]  # the window's categories they can serve (codes, catalogue order)
    prefixes: str  # the same as queue prefixes ("AB")

    def to_json(self) -> dict:
        data = asdict(self)
        data["roles"] = list(self.roles)
        data["categories"] = list(self.categories)
        return data


def _window_categories(session: Session, window: Window) -> list[Category]:
    return list(
        session.scalars(
            select(Category)
            .join(WindowCategory, WindowCategory.category_id == Category.id)
            .where(WindowCategory.window_id == window.id)
            .order_by(Category.sort_order, Category.code)
        )
    )


def _skills(session: Session, staff_ids) -> dict[int, set[int]]:
    skills: dict[int, set[int]] = {}
    for staff_id, category_id in session.execute(
        select(StaffCategory.staff_id, StaffCategory.category_id).where(StaffCategory.staff_id.in_(staff_ids))
    ):
        skills.setdefault(staff_id, set()).add(category_id)
    return skills


def works_at(point: ServicePoint):
    """Who works at ``point`` (a SQL condition on Staff): its own people; at the hall also the hall's staff
    and the branches' rotating officers (分局轮值人员), who belong to no point in particular."""
    belongs = Staff.point_id == point.id
    if point.kind == "hall":
        belongs = belongs | Staff.home_unit.in_(("hall", "branch"))
    return belongs


def qualified_officers_in(session: Session, point_code: str, number) -> list[QualifiedOfficer]:
    point = get_point(session, point_code)
    number = validate.window_number(number)
    window = session.scalar(
        select(Window).where(Window.point_id == point.id, Window.number == number, Window.active)
    )
    if window is None:
        raise NotFound(
            f"{point.code} has no window {number}", key="unknown_window", point=point.code, window=number
        )
    served = _window_categories(session, window)
    staff = list(session.scalars(select(Staff).where(Staff.active, works_at(point)).order_by(Staff.code)))
    skills = _skills(session, [s.id for s in staff])
    found = []
    for person in staff:
        can = [c for c in served if c.id in skills.get(person.id, ())]
        if can:
            roles = tuple(r for r in ROLES if r in person.roles)
            found.append(
                QualifiedOfficer(
                    person.code,
                    person.name,
                    roles,
                    tuple(c.code for c in can),
                    "".join(c.prefix for c in can),
                )
            )
    return found


def qualified_officers(db: Database, point_code: str, number) -> list[QualifiedOfficer]:
    """The active officers who may staff the window, by code, each with what they can serve there."""
    with db.session() as session:
        return qualified_officers_in(session, point_code, number)


def check_qualified(session: Session, staff: Staff, window: Window) -> list[Category]:
    """The window's categories the officer can serve, or InvalidInput (key ``not_qualified``) when none."""
    served = _window_categories(session, window)
    skills = _skills(session, [staff.id]).get(staff.id, set())
    can = [c for c in served if c.id in skills]
    if not can:
        window_prefixes = "".join(c.prefix for c in served)
        raise InvalidInput(
            f"{staff.name} ({staff.code}) is not qualified for any queue of window {window.number} "
            f"({window_prefixes}): choose an officer qualified for one of them",
            key="not_qualified",
            staff=staff.code,
            name=staff.name,
            window=window.number,
            categories=window_prefixes,
        )
    return can


def serves(window_categories: set, officer_skills: set | None) -> set:
    """What a window counts for: its categories, narrowed to its officer's qualifications when an officer
    is signed in (``officer_skills`` None: nobody is)."""
    return set(window_categories) if officer_skills is None else set(window_categories) & set(officer_skills)
