"""The people of a county: staff records with their roles, home unit, point, qualifications, photo, and
rostering contract (系统管理 → 人员与窗口).

A person is a :class:`StaffRecord`: the staff code (工号, 2–16 characters A–Z and 0–9, upper-cased,
unique, never changed), the name, one or more roles of :data:`~taxdesk.core.db.models.ROLES`, the home
unit (hall, branch or township), the point they belong to, the queue categories they are qualified for,
whether they are active, and the contract the roster engine reads: the minimum and maximum hours per
week at a window (``roster_rules.min_week_minutes``/``max_week_minutes``; blank: the defaults), the ISO
weekdays they work (``12345``: Monday to Friday), whole or half days, and whether they rotate onto the
tidal windows (分局轮值; when never set, branch staff do and others do not). The photo (JPEG or PNG, at
most 2 MB) is set on its own (:func:`set_photo`).

Rules kept here, whichever way a record comes in (GUI, command line, file):

- At least one role; a township agent's home unit is township; a township person belongs to a township
  point (丰收微税厅) or a 银税e站; a hall or branch person may name the hall they work at, or no point.
- Categories and points must exist (a category may be named by its code GEN, its prefix A or its name;
  prefixes may be run together, ``ABCD``).
- Nobody is ever deleted: leaving (:func:`leave`) makes the person inactive and keeps every ticket,
  roster and decision that names them.

Every write takes the acting :class:`~taxdesk.core.roles.Actor` (keyword ``actor``), needs
:data:`~taxdesk.core.roles.PEOPLE` (administrators) and is refused before anything is written otherwise;
each change is recorded in the audit trail in the same transaction (``people.staff``, ``people.leave``,
``people.photo``: only that a photo was set and its size, never the picture), the person's name masked.

Bad input raises :class:`~taxdesk.core.errors.InvalidInput` (key, ``field``, ``value``) and writes
nothing. Threads: every function that takes a ``db`` does database work: call it on a worker thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from taxdesk.core import audit, live, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import ROLES, Category, RosterRules, ServicePoint, Staff, StaffCategory, StaffRole
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.network_edit import clean_code, resolve_category
from taxdesk.core.qualification import works_at
from taxdesk.core.roles import PEOPLE, Actor, require

HOME_UNITS = ("hall", "branch", "township")
HOME_UNIT_ALIASES = {
    **{unit: unit for unit in HOME_UNITS},
    "办税服务厅": "hall",
    "大厅": "hall",
    "分局": "branch",
    "乡镇": "township",
    "丰收微税厅": "township",
}
ROLE_ALIASES = {
    **{role: role for role in ROLES},
    "administrator": "admin",
    "管理员": "admin",
    "值班长": "supervisor",
    "前台": "front_desk",
    "导税": "front_desk",
    "窗口": "window",
    "代办员": "agent",
}
NAME_LIMIT = 40  # staff.name
MAX_WEEK_HOURS = 60.0
MAX_PHOTO_BYTES = 2 * 1024 * 1024
PHOTO_MAGIC = {b"\xff\xd8\xff": "jpeg", b"\x89PNG\r\n\x1a\n": "png"}
LIST_SEPARATORS = re.compile(r"[\s,，;；、/|]+")
WEEKDAY_SEPARATORS = re.compile(r"[\s,，;；、]+")


@dataclass(frozen=True)
class StaffRecord:
    """A person as the editor, the files and the command line see them."""

    code: str
    name: str
    roles: tuple[str, ...]  # in the order of ROLES
    home_unit: str
    point: str | None = None  # the point's code
    categories: tuple[str, ...] = ()  # category codes, in catalogue order
    active: bool = True
    min_week_hours: float | None = None  # None: the roster's default
    max_week_hours: float | None = None
    working_days: str = "12345"  # ISO weekdays, ascending
    half_days: bool = False
    rotating: bool = False
    has_photo: bool = False  # read-only here: set_photo changes it

    def to_json(self) -> dict:
        data = asdict(self)
        data["roles"] = list(self.roles)
        data["categories"] = list(self.categories)
        return data


# ------------------------------------------------------------------------------------------ checking


def _invalid(message: str, key: str, field: str, value, **params) -> InvalidInput:
    return InvalidInput(message, key=key, field=field, value="" if value is None else str(value), **params)


def split_list(value) -> list[str]:
    """A list typed in one cell or option: items separated by spaces, commas (also full-width) or 、."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in LIST_SEPARATORS.split(value.strip()) if part]
    return [str(part).strip() for part in value if str(part).strip()]


def clean_roles(value) -> tuple[str, ...]:
    """The roles (names of :data:`ROLES`, or their Chinese names), at least one, in the order of ROLES."""
    roles = set()
    for item in split_list(value):
        role = ROLE_ALIASES.get(item.lower()) or ROLE_ALIASES.get(item)
        if role is None:
            raise _invalid(
                f"role {item!r} must be one of {', '.join(ROLES)}", "role_invalid", "roles", item, role=item
            )
        roles.add(role)
    if not roles:
        raise _invalid("a person needs at least one role", "roles_required", "roles", "")
    return tuple(role for role in ROLES if role in roles)


def clean_home_unit(value: str | None) -> str:
    unit = HOME_UNIT_ALIASES.get((value or "").strip().lower()) or HOME_UNIT_ALIASES.get(
        (value or "").strip()
    )
    if unit is None:
        raise _invalid(
            f"home unit {value!r} must be hall, branch or township", "home_unit_invalid", "home_unit", value
        )
    return unit


def clean_working_days(value) -> str:
    """ISO weekdays as ascending digits (``12345``); accepted: ``1,2,3``, ``1-5``, ``1 2 3``."""
    text = "".join(WEEKDAY_SEPARATORS.split(str(value if value is not None else "").strip()))
    days: set[int] = set()
    for match in re.finditer(r"(\d)-(\d)|(\d)|(.)", text):
        first, last, single, other = match.groups()
        if other is not None or (single is not None and not 1 <= int(single) <= 7):
            days = set()
            break
        if single is not None:
            days.add(int(single))
        elif 1 <= int(first) <= int(last) <= 7:
            days.update(range(int(first), int(last) + 1))
        else:
            days = set()
            break
    if not days:
        raise _invalid(
            f"working days {value!r} must be ISO weekday digits 1 (Monday) to 7 (Sunday), e.g. 12345",
            "working_days_invalid",
            "working_days",
            value,
        )
    return "".join(str(day) for day in sorted(days))


def clean_hours(value, field: str) -> float | None:
    """Hours per week, 0–60 (None or blank: the default)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    hours = validate.number(value, field, minimum=0, maximum=MAX_WEEK_HOURS, unit="hours", key="hours_range")
    return round(hours, 2)


def clean_staff(record: StaffRecord) -> StaffRecord:
    """The record checked and tidied without the database (points and categories are checked on saving).
    Raises InvalidInput for the first bad field."""
    code = clean_code(record.code, kind="staff")
    name = validate.text(record.name, "name", limit=NAME_LIMIT, required=True, key="staff_name_required")
    roles = clean_roles(record.roles)
    unit = clean_home_unit(record.home_unit)
    point = clean_code(record.point, "point", kind="point") if (record.point or "").strip() else None
    if "agent" in roles and unit != "township":
        raise _invalid(
            "a township agent (代办员) has the home unit township", "agent_not_township", "home_unit", unit
        )
    if unit == "township" and point is None:
        raise _invalid(
            "a township person belongs to a township point: give its code", "point_required", "point", ""
        )
    low = clean_hours(record.min_week_hours, "min_week_hours")
    high = clean_hours(record.max_week_hours, "max_week_hours")
    if low is not None and high is not None and low > high:
        raise _invalid(
            f"the minimum hours per week ({low:g}) are more than the maximum ({high:g})",
            "hours_order",
            "min_week_hours",
            low,
        )
    return StaffRecord(
        code=code,
        name=name,
        roles=roles,
        home_unit=unit,
        point=point,
        categories=tuple(item.strip() for item in split_list(record.categories)),
        active=bool(record.active),
        min_week_hours=low,
        max_week_hours=high,
        working_days=clean_working_days(record.working_days),
        half_days=bool(record.half_days),
        rotating=bool(record.rotating),
        has_photo=record.has_photo,
    )


def resolve_categories(session: Session, items: Iterable[str], field: str = "categories") -> list[Category]:
    """The categories named (code, prefix or name; prefixes may be run together: ``ABCD``), in catalogue
    order, or InvalidInput (key ``unknown_category``)."""
    found: dict[int, Category] = {}
    for item in items:
        try:
            categories = [resolve_category(session, item, field)]
        except InvalidInput:
            if len(item) < 2 or not item.isalpha():
                raise
            by_prefix = {c.prefix: c for c in session.scalars(select(Category))}
            if not all(letter.upper() in by_prefix for letter in item):
                raise
            categories = [by_prefix[letter.upper()] for letter in item]
        for category in categories:
            found[category.id] = category
    return sorted(found.values(), key=lambda c: (c.sort_order, c.code))


def clean_photo(data: bytes | None) -> bytes | None:
    """JPEG or PNG bytes of at most 2 MB (checked by their magic number), or None to remove the photo."""
    if data is None or data == b"":
        return None
    if len(data) > MAX_PHOTO_BYTES:
        raise _invalid(
            f"the photo is {len(data) // 1024} KB; at most {MAX_PHOTO_BYTES // (1024 * 1024)} MB fit",
            "photo_too_large",
            "photo",
            f"{len(data)} bytes",
        )
    if not any(data.startswith(magic) for magic in PHOTO_MAGIC):
        raise _invalid("the photo must be a JPEG or PNG picture", "photo_format", "photo", "")
    return data


# ------------------------------------------------------------------------------------------ reading


def _records(session: Session, staff: list[Staff]) -> list[StaffRecord]:
    ids = [s.id for s in staff]
    roles: dict[int, set[str]] = {}
    for staff_id, role in session.execute(select(StaffRole.staff_id, StaffRole.role)):
        roles.setdefault(staff_id, set()).add(role)
    skills: dict[int, list[Category]] = {}
    for staff_id, category in session.execute(
        select(StaffCategory.staff_id, Category).join(Category, Category.id == StaffCategory.category_id)
    ):
        skills.setdefault(staff_id, []).append(category)
    rules = {r.staff_id: r for r in session.scalars(select(RosterRules).where(RosterRules.staff_id.in_(ids)))}
    points = dict(session.execute(select(ServicePoint.id, ServicePoint.code)).all())
    with_photo = set(session.scalars(select(Staff.id).where(Staff.photo.is_not(None), Staff.id.in_(ids))))
    records = []
    for s in staff:
        rule = rules.get(s.id)
        records.append(
            StaffRecord(
                code=s.code,
                name=s.name,
                roles=tuple(role for role in ROLES if role in roles.get(s.id, ())),
                home_unit=s.home_unit,
                point=points.get(s.point_id),
                categories=tuple(
                    c.code for c in sorted(skills.get(s.id, []), key=lambda c: (c.sort_order, c.code))
                ),
                active=bool(s.active),
                min_week_hours=_hours(rule.min_week_minutes if rule else None),
                max_week_hours=_hours(rule.max_week_minutes if rule else None),
                working_days=s.working_days,
                half_days=bool(s.half_days),
                rotating=bool(rule.rotating) if rule is not None else s.home_unit == "branch",
                has_photo=s.id in with_photo,
            )
        )
    return records


def _hours(minutes: int | None) -> float | None:
    return None if minutes is None else round(minutes / 60, 2)


def _minutes(hours: float | None) -> int | None:
    return None if hours is None else round(hours * 60)


def list_staff_in(
    session: Session, *, point: str | None = None, include_left: bool = True
) -> list[StaffRecord]:
    """Everybody (or the people of one point), by code; with ``include_left`` False only the active.

    A point's people are those who work there (:func:`taxdesk.core.qualification.works_at`): at the hall
    also the hall's and the branches' staff."""
    query = select(Staff).order_by(Staff.code)
    if point is not None:
        code = clean_code(point, "point", kind="point")
        found = session.scalar(select(ServicePoint).where(ServicePoint.code == code))
        if found is None:
            raise NotFound(
                f"unknown service point {code!r} (see `taxdesk points`)", key="unknown_point", point=code
            )
        query = query.where(works_at(found))
    if not include_left:
        query = query.where(Staff.active)
    return _records(session, list(session.scalars(query)))


def list_staff(db: Database, *, point: str | None = None, include_left: bool = True) -> list[StaffRecord]:
    with db.session() as session:
        return list_staff_in(session, point=point, include_left=include_left)


def _find(session: Session, code: str) -> Staff | None:
    return session.scalar(select(Staff).where(Staff.code == code))


def _get(session: Session, code: str) -> Staff:
    person = _find(session, clean_code(code, kind="staff"))
    if person is None:
        raise NotFound(f"unknown staff code {code!r}", key="unknown_staff", staff=str(code))
    return person


def get_staff(db: Database, code: str) -> StaffRecord:
    with db.session() as session:
        return _records(session, [_get(session, code)])[0]


def get_photo(db: Database, code: str) -> bytes | None:
    with db.session() as session:
        return _get(session, code).photo


# ------------------------------------------------------------------------------------------ writing


def audit_values(record: StaffRecord, fields: Iterable[str] | None = None) -> dict:
    """The record's ``fields`` (all but the photo flag when None) for the audit trail, the name under the
    personal key ``person_name`` so the trail masks it (张小三 → 张*三)."""
    data = record.to_json()
    data.pop("has_photo", None)
    if fields is not None:
        data = {name: data[name] for name in fields}
    if "name" in data:
        data["person_name"] = data.pop("name")
    return data


def _changed(before: StaffRecord, after: StaffRecord) -> list[str]:
    old, new = before.to_json(), after.to_json()
    return [name for name in new if name != "has_photo" and old[name] != new[name]]


def save_staff_in(session: Session, record: StaffRecord, *, actor: Actor, create: bool | None = None) -> str:
    """Create or update the person (``create`` None: whichever applies); returns "created", "updated" or
    "unchanged". ``record`` must be clean (:func:`clean_staff`); its point and categories are checked
    here. The photo is left as it is. ``actor`` (already allowed: the callers :func:`require` PEOPLE) is
    who the audit entry (``people.staff``, the changed fields before and after) names."""
    person = _find(session, record.code)
    if create is True and person is not None:
        raise _invalid(
            f"there is already a person with staff code {record.code}", "staff_exists", "code", record.code
        )
    if create is False and person is None:
        raise NotFound(f"unknown staff code {record.code!r}", key="unknown_staff", staff=record.code)
    point = None
    if record.point is not None:
        point = session.scalar(select(ServicePoint).where(ServicePoint.code == record.point))
        if point is None:
            raise _invalid(
                f"unknown service point {record.point!r}",
                "unknown_point",
                "point",
                record.point,
                point=record.point,
            )
        if record.home_unit == "township" and point.kind == "hall":
            raise _invalid(
                f"a township person belongs to a township point or a 银税e站, not {record.point}",
                "township_point",
                "point",
                record.point,
            )
        if record.home_unit != "township" and point.kind != "hall":
            raise _invalid(
                f"hall and branch staff belong to the hall, not {record.point}",
                "hall_point",
                "point",
                record.point,
            )
    categories = resolve_categories(session, record.categories)
    record = replace(record, categories=tuple(c.code for c in categories))
    before = None
    if person is not None:
        before = _records(session, [person])[0]
        if replace(before, has_photo=record.has_photo) == record:
            return "unchanged"
    fields = {
        "name": record.name,
        "home_unit": record.home_unit,
        "point_id": point.id if point is not None else None,
        "active": record.active,
        "working_days": record.working_days,
        "half_days": record.half_days,
    }
    outcome = "updated"
    if person is None:
        person = Staff(code=record.code, **fields)
        session.add(person)
        outcome = "created"
    else:
        for name, value in fields.items():
            setattr(person, name, value)
    person.categories = categories
    person.role_rows = [row for row in person.role_rows if row.role in record.roles] + [
        StaffRole(role=role) for role in record.roles if role not in person.roles
    ]
    session.flush()
    _save_contract(session, person, record)
    live.notify(session, record.point or "")
    if before is None:
        audit.record(session, actor.code, "people.staff", record.code, None, audit_values(record))
    else:
        changed = _changed(before, record)
        audit.record(
            session,
            actor.code,
            "people.staff",
            record.code,
            audit_values(before, changed),
            audit_values(record, changed),
        )
    return outcome


def _save_contract(session: Session, person: Staff, record: StaffRecord) -> None:
    rule = session.get(RosterRules, person.id)
    default_rotating = record.home_unit == "branch"
    if rule is None:
        if (
            record.min_week_hours is None
            and record.max_week_hours is None
            and record.rotating == default_rotating
        ):
            return  # nothing to say beyond the defaults
        rule = RosterRules(staff_id=person.id)
        session.add(rule)
    rule.min_week_minutes = _minutes(record.min_week_hours)
    rule.max_week_minutes = _minutes(record.max_week_hours)
    rule.rotating = record.rotating


@contextmanager
def one_wins(key: str, message: str, **params) -> Iterator[None]:
    """Two desks creating the same thing at once: the database's unique constraint lets one win; the
    other's IntegrityError becomes a refusal (``key``) like the check before it would have given."""
    try:
        yield
    except IntegrityError:
        raise InvalidInput(message, key=key, **params) from None


def _record_photo(session: Session, actor: Actor, code: str, had: bool, data: bytes | None) -> None:
    """The audit entry of a photo set or removed: whether there is one, and its size; never the bytes."""
    after = {"photo": data is not None}
    if data is not None:
        after["photo_bytes"] = len(data)
    audit.record(session, actor.code, "people.photo", code, {"photo": had}, after)


def add_staff(db: Database, record: StaffRecord, *, actor: Actor, photo: bytes | None = None) -> StaffRecord:
    """A new person (their staff code not yet used), with a photo if given. Returns them as stored."""
    require(actor, PEOPLE)
    record = clean_staff(record)
    photo = clean_photo(photo)
    exists = f"there is already a person with staff code {record.code}"
    with one_wins("staff_exists", exists, field="code", value=record.code), db.transaction() as session:
        save_staff_in(session, record, actor=actor, create=True)
        session.flush()
        person = _find(session, record.code)
        person.photo = photo
        session.flush()
        if photo is not None:
            _record_photo(session, actor, record.code, False, photo)
        return _records(session, [person])[0]


def edit_staff(
    db: Database, code: str, *, actor: Actor, photo: bytes | None = None, **changes
) -> StaffRecord:
    """Change the fields given (names of :class:`StaffRecord`) of an existing person, left or not, and
    the photo if given (``b""``: remove it), all in one transaction."""
    require(actor, PEOPLE)
    unknown = set(changes) - (set(StaffRecord.__dataclass_fields__) - {"code", "has_photo"})
    if unknown:
        raise InvalidInput(
            f"unknown field {sorted(unknown)[0]!r}", key="unknown_field", field=sorted(unknown)[0]
        )
    with db.transaction() as session:
        person = _get(session, code)
        record = clean_staff(replace(_records(session, [person])[0], **changes))
        new_photo = clean_photo(photo) if photo is not None else person.photo
        save_staff_in(session, record, actor=actor, create=False)
        if photo is not None and new_photo != person.photo:
            had = person.photo is not None
            person.photo = new_photo
            session.flush()
            _record_photo(session, actor, person.code, had, new_photo)
        session.flush()
        return _records(session, [person])[0]


def leave(db: Database, code: str, *, actor: Actor) -> StaffRecord:
    """The person leaves: inactive from now on (no sign-in, rosters or windows), every record that names
    them kept. A person at a window is signed off it first."""
    from taxdesk.core.db.models import Window

    require(actor, PEOPLE)
    with db.transaction() as session:
        person = _get(session, code)
        if person.active:
            person.active = False
            for window in session.scalars(select(Window).where(Window.staff_id == person.id)):
                if window.state != "closed":
                    raise _invalid(
                        f"{person.code} is signed in at window {window.number}: close the window first",
                        "staff_at_window",
                        "code",
                        person.code,
                        window=window.number,
                    )
            session.flush()
            audit.record(
                session, actor.code, "people.leave", person.code, {"active": True}, {"active": False}
            )
        session.flush()
        return _records(session, [person])[0]


def set_photo(db: Database, code: str, data: bytes | None, *, actor: Actor) -> StaffRecord:
    """Set (JPEG or PNG, ≤ 2 MB) or remove (None) the person's photo."""
    require(actor, PEOPLE)
    data = clean_photo(data)
    with db.transaction() as session:
        person = _get(session, code)
        if person.photo != data:
            had = person.photo is not None
            person.photo = data
            session.flush()
            _record_photo(session, actor, person.code, had, data)
        session.flush()
        return _records(session, [person])[0]
