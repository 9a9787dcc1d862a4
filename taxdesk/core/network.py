"""The service network and its catalogue: points, queue categories, services, windows.

Read-only views shaped for the CLI's JSON and the GUI's lists. Editing the network is a later capability.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from taxdesk.core.db import Database
from taxdesk.core.db.models import Category, PointService, Service, ServicePoint, Window, WindowCategory
from taxdesk.core.errors import InvalidInput, NotFound

POINT_KINDS = {"hall": "办税服务厅", "township": "丰收微税厅", "bank_station": "银税e站"}


@dataclass(frozen=True)
class PointInfo:
    code: str
    name: str
    kind: str
    township: str | None
    address: str | None
    opening_hours: str | None
    bank_partner: str | None
    contact: str | None
    windows: int

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ServiceInfo:
    code: str
    name: str
    name_en: str
    category: str
    category_name: str
    category_name_en: str
    prefix: str
    avg_handling_min: float
    hall_only: bool
    documents: list[str]

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class CategoryInfo:
    code: str
    name: str
    name_en: str
    prefix: str


_PERIOD = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


def opening_periods(text: str) -> list[tuple[time, time]]:
    """``"08:30-12:00,13:30-17:00"`` as ordered (opens, closes) pairs; :class:`InvalidInput` if malformed,
    unordered or overlapping. An empty text means no opening hours."""
    periods: list[tuple[time, time]] = []
    for part in (p.strip() for p in (text or "").replace("，", ",").split(",")):
        if not part:
            continue
        match = _PERIOD.match(part.replace("—", "-").replace("–", "-"))
        if match is None:
            raise InvalidInput(
                f"{part!r} is not an opening period like 08:30-12:00", key="hours_format", period=part
            )
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h2 == 24 and m2:
            raise InvalidInput(f"{part!r} ends after midnight", key="hours_format", period=part)
        opens, closes = time(h1, m1), time(23, 59) if h2 == 24 else time(h2, m2)
        if closes <= opens or (periods and opens < periods[-1][1]):
            raise InvalidInput(
                f"{part!r} is empty, out of order or overlaps the period before it",
                key="hours_order",
                period=part,
            )
        periods.append((opens, closes))
    return periods


def get_point(session: Session, code: str) -> ServicePoint:
    point = session.scalar(select(ServicePoint).where(ServicePoint.code == code, ServicePoint.active))
    if point is None:
        raise NotFound(
            f"unknown service point {code!r} (see `taxdesk points`)", key="unknown_point", point=code
        )
    return point


def list_points(session: Session) -> list[PointInfo]:
    window_counts = dict(
        session.execute(
            select(Window.point_id, func.count()).where(Window.active).group_by(Window.point_id)
        ).all()
    )
    kind_order = {"hall": 0, "bank_station": 1, "township": 2}
    points = session.scalars(select(ServicePoint).where(ServicePoint.active)).all()
    points = sorted(points, key=lambda p: (kind_order.get(p.kind, 9), p.code))
    return [
        PointInfo(
            code=p.code,
            name=p.name,
            kind=p.kind,
            township=p.township,
            address=p.address,
            opening_hours=p.opening_hours,
            bank_partner=p.bank_partner,
            contact=p.contact,
            windows=window_counts.get(p.id, 0),
        )
        for p in points
    ]


def list_services(session: Session, point_code: str) -> list[ServiceInfo]:
    """The services a point offers, in catalogue order (category, then service)."""
    point = get_point(session, point_code)
    rows = session.execute(
        select(Service, Category)
        .join(Category, Service.category_id == Category.id)
        .join(PointService, PointService.service_id == Service.id)
        .where(PointService.point_id == point.id)
        .order_by(Category.sort_order, Service.sort_order, Service.code)
    )
    return [
        ServiceInfo(
            code=s.code,
            name=s.name,
            name_en=s.name_en,
            category=c.code,
            category_name=c.name,
            category_name_en=c.name_en,
            prefix=c.prefix,
            avg_handling_min=s.avg_handling_min,
            hall_only=s.hall_only,
            documents=[d for d in (s.documents or "").split("\n") if d],
        )
        for s, c in rows
    ]


def points(db: Database) -> list[PointInfo]:
    """:func:`list_points` in a session of its own (for callers on a worker thread)."""
    with db.session() as session:
        return list_points(session)


def services(db: Database, point_code: str) -> list[ServiceInfo]:
    """:func:`list_services` in a session of its own (for callers on a worker thread)."""
    with db.session() as session:
        return list_services(session, point_code)


def get_service(session: Session, point: ServicePoint, service_code: str) -> Service:
    """The service, provided this point offers it."""
    service = session.scalar(select(Service).where(Service.code == service_code))
    if service is None:
        raise NotFound(
            f"unknown service {service_code!r} (see `taxdesk services --point {point.code}`)",
            key="unknown_service",
            service=service_code,
        )
    offered = session.get(PointService, (point.id, service.id))
    if offered is None:
        raise NotFound(
            f"service {service_code!r} is not offered at {point.code} ({point.name})",
            key="not_offered",
            service=service_code,
            point=point.name,
        )
    return service


def list_categories(session: Session) -> list[CategoryInfo]:
    return [
        CategoryInfo(c.code, c.name, c.name_en, c.prefix)
        for c in session.scalars(select(Category).order_by(Category.sort_order, Category.code))
    ]


def windows_serving(session: Session, point_id: int, category_id: int) -> int:
    """How many active windows at the point serve the category."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Window)
            .join(WindowCategory, WindowCategory.window_id == Window.id)
            .where(Window.point_id == point_id, Window.active, WindowCategory.category_id == category_id)
        )
        or 0
    )
