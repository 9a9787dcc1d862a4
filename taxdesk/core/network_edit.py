"""Editing the service network and its catalogue: points, services and where each service is offered.

Every change is checked first (:func:`clean_point`, :func:`clean_service` — pure functions the GUI also
calls as the supervisor types) and then written in one short transaction that also tells the other desks
(:func:`taxdesk.core.live.notify`). Bad input raises :class:`~taxdesk.core.errors.InvalidInput` with a
message key, ``field`` (the column name, as in the CSV/XLSX files) and ``value``, and writes nothing.

Rules kept here:

- Codes (of points and services) are 2–16 characters from A–Z and 0–9: they go into the QR codes' alphanumeric
  alphabet. Input is upper-cased, so ``t12`` is accepted as ``T12``. A code never changes once created.
- Opening hours are periods ``HH:MM-HH:MM`` in order and not overlapping, stored in the canonical form
  ``08:30-12:00,13:30-17:00`` (``24:00`` may end the last period of a day).
- Average handling time is 0.5–240 minutes. Documents are a list, stored one per line.
- A hall-only service (须到办税服务厅办结) may still be offered at other points, for intake: that is stored as
  asked.
- Points are never deleted (tickets refer to them): they are deactivated. Services have no active flag;
  withdrawing one means offering it nowhere (:func:`withdraw_service`), and the catalogue keeps it.
- Queue categories are read-only here (they belong to the windows' skills and the ticket prefixes; V and Y
  are reserved for the green channel and bookings).

Threads: every function that takes a ``db`` opens its own session: call it on a worker thread.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from taxdesk.core import audit, live, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import Category, PointService, Service, ServicePoint
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.network import POINT_KINDS, CategoryInfo, list_categories
from taxdesk.core.roles import NETWORK_EDIT, Actor, require
from taxdesk.core.tickets import forget_catalogue

CODE_PATTERN = re.compile(r"[A-Z0-9]{2,16}")
MIN_HANDLING_MIN = 0.5
MAX_HANDLING_MIN = 240.0

# Column sizes in the schema (models.py); longer text is refused, never cut.
POINT_LIMITS = {
    "name": 80,
    "township": 40,
    "address": 160,
    "opening_hours": 80,
    "bank_partner": 80,
    "contact": 80,
}
SERVICE_LIMITS = {"name": 60, "name_en": 80}
DOCUMENT_LIMIT = 200  # one document's description

# The Chinese names are accepted too (a spreadsheet typed by hand says 丰收微税厅, not "township").
KIND_ALIASES = {**{kind: kind for kind in POINT_KINDS}, **{name: kind for kind, name in POINT_KINDS.items()}}


@dataclass(frozen=True)
class PointRecord:
    """A service point as the editor, the files and the CLI see it."""

    code: str
    name: str
    kind: str
    township: str | None = None
    address: str | None = None
    opening_hours: str | None = None
    bank_partner: str | None = None
    contact: str | None = None
    active: bool = True

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ServiceRecord:
    """A catalogue service and the points that offer it (sorted codes)."""

    code: str
    name: str
    name_en: str
    category: str  # the category's code (GEN, INV …)
    avg_handling_min: float
    documents: tuple[str, ...] = ()
    hall_only: bool = False
    offered_at: tuple[str, ...] = ()

    def to_json(self) -> dict:
        data = asdict(self)
        data["documents"] = list(self.documents)
        data["offered_at"] = list(self.offered_at)
        return data


# ------------------------------------------------------------------------------------------ checking


def _invalid(message: str, key: str, field: str, value, **params) -> InvalidInput:
    return InvalidInput(message, key=key, field=field, value="" if value is None else str(value), **params)


def clean_code(value: str | None, field: str = "code", *, kind: str = "point") -> str:
    """The code upper-cased, or InvalidInput (key ``point_code_invalid`` / ``service_code_invalid``)."""
    code = (value or "").strip().upper()
    if not CODE_PATTERN.fullmatch(code):
        raise _invalid(
            f"{kind} code {value!r} must be 2–16 characters A–Z or 0–9 (it goes into QR codes)",
            f"{kind}_code_invalid",
            field,
            value,
        )
    return code


def _text(value: str | None, field: str, limit: int) -> str | None:
    return validate.text(value, field, limit=limit)


def _required(value: str | None, field: str, limit: int, key: str) -> str:
    return validate.text(value, field, limit=limit, required=True, key=key)


_DASHES = re.compile(r"\s*[-–—~～至到]\s*")
_SEPARATORS = re.compile(r"[,，;；、\s]+")
_PERIOD = re.compile(r"(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})")
_TIME = re.compile(r"\d{1,2}:\d{2}")


def clean_opening_hours(value: str | None) -> str | None:
    """Opening hours in the canonical form ``08:30-12:00,13:30-17:00``, or None when empty.

    Accepted on the way in: full-width colons and commas, ``、`` or ``;`` or spaces between periods, ``~``
    or ``至`` for the dash, single-digit hours. Periods must be in order and must not overlap; ``24:00``
    may end a period. Raises InvalidInput with key ``opening_hours_format``, ``opening_hours_time``,
    ``opening_hours_order`` or ``opening_hours_overlap`` (params ``value``, and ``time`` or ``period``).
    The result always parses with :func:`taxdesk.core.network.opening_periods` (bookings' slots).
    """
    text = (value or "").strip()
    if not text:
        return None
    text = text.replace("：", ":")
    text = _DASHES.sub("-", text)
    parts = [part for part in _SEPARATORS.split(text) if part]
    periods: list[tuple[int, int]] = []
    for part in parts:
        match = _PERIOD.fullmatch(part)
        if match is None:
            raise _invalid(
                f"opening hours {value!r}: write periods like 08:30-12:00,13:30-17:00",
                "opening_hours_format",
                "opening_hours",
                value,
            )
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        for hours, minutes, is_end in ((h1, m1, False), (h2, m2, True)):
            if minutes > 59 or hours > 24 or (hours == 24 and (minutes or not is_end)):
                raise _invalid(
                    f"opening hours {value!r}: {hours:02d}:{minutes:02d} is not a time of day",
                    "opening_hours_time",
                    "opening_hours",
                    value,
                    time=f"{hours:02d}:{minutes:02d}",
                )
        start, end = h1 * 60 + m1, h2 * 60 + m2
        period = f"{h1:02d}:{m1:02d}-{h2:02d}:{m2:02d}"
        if end <= start:
            raise _invalid(
                f"opening hours {value!r}: period {period} ends before it starts",
                "opening_hours_order",
                "opening_hours",
                value,
                period=period,
            )
        if periods and start < periods[-1][1]:
            raise _invalid(
                f"opening hours {value!r}: period {period} overlaps or comes before the one before it",
                "opening_hours_overlap",
                "opening_hours",
                value,
                period=period,
            )
        periods.append((start, end))
    canonical = ",".join(f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:{e % 60:02d}" for s, e in periods)
    return _text(canonical, "opening_hours", POINT_LIMITS["opening_hours"])


def clean_kind(value: str | None) -> str:
    kind = KIND_ALIASES.get((value or "").strip().lower()) or KIND_ALIASES.get((value or "").strip())
    if kind is None:
        raise _invalid(
            f"kind {value!r} must be hall, township or bank_station", "point_kind_invalid", "kind", value
        )
    return kind


def clean_point(record: PointRecord) -> PointRecord:
    """The record with every field checked and tidied (stripped, code upper-cased, hours canonical).

    Pure: no database. Raises InvalidInput for the first bad field, in the order of the record's fields.
    """
    return PointRecord(
        code=clean_code(record.code, kind="point"),
        name=_required(record.name, "name", POINT_LIMITS["name"], "point_name_required"),
        kind=clean_kind(record.kind),
        township=_text(record.township, "township", POINT_LIMITS["township"]),
        address=_text(record.address, "address", POINT_LIMITS["address"]),
        opening_hours=clean_opening_hours(record.opening_hours),
        bank_partner=_text(record.bank_partner, "bank_partner", POINT_LIMITS["bank_partner"]),
        contact=_text(record.contact, "contact", POINT_LIMITS["contact"]),
        active=bool(record.active),
    )


def clean_handling_minutes(value) -> float:
    """Average handling time in minutes, 0.5–240 (key ``handling_time_range``)."""
    try:
        minutes = float(str(value).strip()) if value is not None else math.nan
    except ValueError:
        minutes = math.nan
    if not (MIN_HANDLING_MIN <= minutes <= MAX_HANDLING_MIN):  # NaN fails too
        raise _invalid(
            f"average handling time {value!r} must be a number of minutes from {MIN_HANDLING_MIN:g} "
            f"to {MAX_HANDLING_MIN:g}",
            "handling_time_range",
            "avg_handling_min",
            value,
            minimum=f"{MIN_HANDLING_MIN:g}",
            maximum=f"{MAX_HANDLING_MIN:g}",
        )
    return round(minutes, 2)


def clean_documents(documents: Iterable[str]) -> tuple[str, ...]:
    """The documents required, one per item; blank items dropped, items holding newlines split."""
    cleaned = []
    for item in documents:
        for line in str(item).splitlines():
            line = line.strip()
            if line:
                cleaned.append(_text(line, "documents", DOCUMENT_LIMIT))
    return tuple(cleaned)


def clean_service(record: ServiceRecord) -> ServiceRecord:
    """The record checked and tidied, without the database (categories and points are checked on
    saving). Raises InvalidInput for the first bad field."""
    return ServiceRecord(
        code=clean_code(record.code, kind="service"),
        name=_required(record.name, "name", SERVICE_LIMITS["name"], "service_name_required"),
        name_en=_text(record.name_en, "name_en", SERVICE_LIMITS["name_en"]) or "",
        category=(record.category or "").strip().upper(),
        avg_handling_min=clean_handling_minutes(record.avg_handling_min),
        documents=clean_documents(record.documents),
        hall_only=bool(record.hall_only),
        offered_at=tuple(sorted({clean_code(c, "offered_at", kind="point") for c in record.offered_at})),
    )


# ------------------------------------------------------------------------------------------ reading


def _point_record(point: ServicePoint) -> PointRecord:
    return PointRecord(
        code=point.code,
        name=point.name,
        kind=point.kind,
        township=point.township,
        address=point.address,
        opening_hours=point.opening_hours,
        bank_partner=point.bank_partner,
        contact=point.contact,
        active=bool(point.active),
    )


_KIND_ORDER = {"hall": 0, "bank_station": 1, "township": 2}


def list_all_points(session: Session) -> list[PointRecord]:
    """Every point, the deactivated ones too: the hall, the 银税e站, then the townships, by code."""
    points = session.scalars(select(ServicePoint)).all()
    points = sorted(points, key=lambda p: (_KIND_ORDER.get(p.kind, 9), p.code))
    return [_point_record(p) for p in points]


def list_all_services(session: Session) -> list[ServiceRecord]:
    """The whole catalogue in catalogue order (category, then service), with where each is offered."""
    offered: dict[int, list[str]] = {}
    for service_id, point_code in session.execute(
        select(PointService.service_id, ServicePoint.code).join(
            ServicePoint, ServicePoint.id == PointService.point_id
        )
    ):
        offered.setdefault(service_id, []).append(point_code)
    rows = session.execute(
        select(Service, Category.code)
        .join(Category, Service.category_id == Category.id)
        .order_by(Category.sort_order, Service.sort_order, Service.code)
    )
    return [
        ServiceRecord(
            code=s.code,
            name=s.name,
            name_en=s.name_en,
            category=category,
            avg_handling_min=s.avg_handling_min,
            documents=tuple(d for d in (s.documents or "").split("\n") if d),
            hall_only=bool(s.hall_only),
            offered_at=tuple(sorted(offered.get(s.id, ()))),
        )
        for s, category in rows
    ]


def all_points(db: Database) -> list[PointRecord]:
    with db.session() as session:
        return list_all_points(session)


def all_services(db: Database) -> list[ServiceRecord]:
    with db.session() as session:
        return list_all_services(session)


def categories(db: Database) -> list[CategoryInfo]:
    """The queue categories (read-only here), in catalogue order."""
    with db.session() as session:
        return list_categories(session)


# ------------------------------------------------------------------------------------------ writing
# The *_in(session, …) functions do the work inside a transaction the caller owns (the importer writes a
# whole file in one); the public functions wrap one change in a transaction of its own.


def _find_point(session: Session, code: str) -> ServicePoint | None:
    return session.scalar(select(ServicePoint).where(ServicePoint.code == code))


def _find_service(session: Session, code: str) -> Service | None:
    return session.scalar(select(Service).where(Service.code == code))


def save_point_in(session: Session, record: PointRecord, *, actor: Actor, create: bool | None = None) -> str:
    """Create or update the point (``create`` None: whichever applies); returns "created", "updated" or
    "unchanged". ``record`` must be clean; ``actor`` (already allowed) is who the audit trail names."""
    point = _find_point(session, record.code)
    if create is True and point is not None:
        raise _invalid(f"there is already a service point {record.code}", "point_exists", "code", record.code)
    if create is False and point is None:
        raise NotFound(f"unknown service point {record.code!r}", key="unknown_point", point=record.code)
    if point is None:
        session.add(ServicePoint(**asdict(record)))
        live.notify(session, record.code)
        audit.record(session, actor.code, "network.point", record.code, None, asdict(record))
        return "created"
    if _point_record(point) == record:
        return "unchanged"
    audit.record(
        session, actor.code, "network.point", record.code, asdict(_point_record(point)), asdict(record)
    )
    for name, value in asdict(record).items():
        setattr(point, name, value)
    live.notify(session, record.code)
    return "updated"


def resolve_category(session: Session, value: str, field: str = "category") -> Category:
    """A category by its code (GEN), its queue prefix (A) or its Chinese name (综合服务)."""
    text = (value or "").strip()
    category = None
    for condition in (Category.code == text.upper(), Category.prefix == text.upper(), Category.name == text):
        category = session.scalar(select(Category).where(condition))
        if category is not None:
            break
    if category is None:
        raise _invalid(f"unknown category {value!r}", "unknown_category", field, value, category=text)
    return category


def points_by_code(session: Session, codes: Iterable[str]) -> dict[str, ServicePoint]:
    """The points with these codes (deactivated ones too), or InvalidInput (key ``unknown_point``)."""
    codes = set(codes)
    found = {p.code: p for p in session.scalars(select(ServicePoint).where(ServicePoint.code.in_(codes)))}
    missing = sorted(codes - set(found))
    if missing:
        raise _invalid(
            f"unknown service point {missing[0]!r}",
            "unknown_point",
            "offered_at",
            missing[0],
            point=missing[0],
        )
    return found


def save_service_in(
    session: Session,
    record: ServiceRecord,
    *,
    actor: Actor,
    create: bool | None = None,
    set_offered: bool = True,
) -> str:
    """Create or update the service and (``set_offered``) the set of points offering it; returns
    "created", "updated" or "unchanged". ``record`` must be clean; its category and points are checked
    here."""
    service = _find_service(session, record.code)
    if create is True and service is not None:
        raise _invalid(f"there is already a service {record.code}", "service_exists", "code", record.code)
    if create is False and service is None:
        raise NotFound(f"unknown service {record.code!r}", key="unknown_service", service=record.code)
    category = resolve_category(session, record.category)
    points = points_by_code(session, record.offered_at) if set_offered else {}
    fields = {
        "name": record.name,
        "name_en": record.name_en,
        "category_id": category.id,
        "avg_handling_min": record.avg_handling_min,
        "documents": "\n".join(record.documents) or None,
        "hall_only": record.hall_only,
    }
    outcome = "updated"
    if service is None:
        last = session.scalar(select(func.max(Service.sort_order))) or 0
        service = Service(code=record.code, sort_order=last + 1, **fields)
        session.add(service)
        session.flush()
        outcome = "created"
        before: set[str] = set()
        old_fields = None
    else:
        before = set(
            session.scalars(
                select(ServicePoint.code)
                .join(PointService, PointService.point_id == ServicePoint.id)
                .where(PointService.service_id == service.id)
            )
        )
        same_fields = all(getattr(service, name) == value for name, value in fields.items())
        if same_fields and (not set_offered or before == set(points)):
            return "unchanged"
        old_fields = {name: getattr(service, name) for name in fields}
        for name, value in fields.items():
            setattr(service, name, value)
    after = set(points) if set_offered else before
    if set_offered and before != after:
        session.execute(delete(PointService).where(PointService.service_id == service.id))
        session.add_all(PointService(point_id=p.id, service_id=service.id) for p in points.values())
    old = None if old_fields is None else {**old_fields, "offered_at": sorted(before)}
    audit.record(
        session, actor.code, "network.service", record.code, old, {**fields, "offered_at": sorted(after)}
    )
    for code in sorted(before | after) or [""]:
        live.notify(session, code)
    return outcome


@contextmanager
def editing(db: Database) -> Iterator[Session]:
    """A writing transaction that changes the network or the catalogue: once it has committed, this
    process's cached catalogue is dropped, so the next ticket sees the change at once."""
    with db.transaction() as session:
        yield session
    forget_catalogue(db)


def create_point(db: Database, record: PointRecord, *, actor: Actor) -> PointRecord:
    """Add a new point (code not yet used). Returns the point as stored."""
    require(actor, NETWORK_EDIT)
    record = clean_point(record)
    with editing(db) as session:
        save_point_in(session, record, actor=actor, create=True)
    return record


def update_point(db: Database, record: PointRecord, *, actor: Actor) -> PointRecord:
    """Change every field of an existing point (found by code; deactivated points included)."""
    require(actor, NETWORK_EDIT)
    record = clean_point(record)
    with editing(db) as session:
        save_point_in(session, record, actor=actor, create=False)
    return record


def set_point_active(db: Database, code: str, active: bool, *, actor: Actor) -> PointRecord:
    """Deactivate (or reactivate) a point: it leaves (or rejoins) every list and stops issuing tickets.

    Its tickets, windows and services stay as they are.
    """
    require(actor, NETWORK_EDIT)
    code = clean_code(code, kind="point")
    with editing(db) as session:
        point = _find_point(session, code)
        if point is None:
            raise NotFound(f"unknown service point {code!r}", key="unknown_point", point=code)
        if point.active != active:
            point.active = active
            live.notify(session, code)
            audit.record(
                session, actor.code, "network.point", code, {"active": not active}, {"active": active}
            )
        return _point_record(point)


def deactivate_point(db: Database, code: str, *, actor: Actor) -> PointRecord:
    return set_point_active(db, code, False, actor=actor)


def _stored_service(session: Session, code: str) -> ServiceRecord:
    session.flush()
    return next(r for r in list_all_services(session) if r.code == code)


def create_service(db: Database, record: ServiceRecord, *, actor: Actor) -> ServiceRecord:
    """Add a new service to the catalogue, offered at ``record.offered_at``. Returns it as stored."""
    require(actor, NETWORK_EDIT)
    record = clean_service(record)
    with editing(db) as session:
        save_service_in(session, record, actor=actor, create=True)
        return _stored_service(session, record.code)


def update_service(
    db: Database, record: ServiceRecord, *, actor: Actor, set_offered: bool = True
) -> ServiceRecord:
    """Change an existing service; with ``set_offered`` also where it is offered (else left as it is)."""
    require(actor, NETWORK_EDIT)
    record = clean_service(record)
    with editing(db) as session:
        save_service_in(session, record, actor=actor, create=False, set_offered=set_offered)
        return _stored_service(session, record.code)


def set_offered_at(
    db: Database, service_code: str, point_codes: Iterable[str], *, actor: Actor
) -> ServiceRecord:
    """Offer the service at exactly these points (a hall-only service too: intake elsewhere is allowed)."""
    require(actor, NETWORK_EDIT)
    code = clean_code(service_code, kind="service")
    points = tuple(sorted({clean_code(c, "offered_at", kind="point") for c in point_codes}))
    with editing(db) as session:
        current = next((r for r in list_all_services(session) if r.code == code), None)
        if current is None:
            raise NotFound(f"unknown service {code!r}", key="unknown_service", service=code)
        save_service_in(session, replace(current, offered_at=points), actor=actor, create=False)
        return _stored_service(session, code)


def withdraw_service(db: Database, service_code: str, *, actor: Actor) -> ServiceRecord:
    """Offer the service nowhere (停办). It stays in the catalogue, as old tickets refer to it."""
    return set_offered_at(db, service_code, (), actor=actor)
