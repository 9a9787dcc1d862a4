"""What a point's printed service list (服务清单) says, independent of how it is drawn.

The counter sheet hangs at a township 丰收微税厅 or lies on its counter: which services the point handles,
grouped by queue category, how long each takes, what to bring, and which ones must be finished at the tax
service hall. The Qt renderer (``taxdesk.gui.network.service_sheet``) draws a :class:`ServiceSheet` and
nothing else. Its text is Chinese whatever the interface language: it is for taxpayers.

Threads: :func:`sheet_for` reads the database: call it on a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from taxdesk.core import clock, settings
from taxdesk.core.db import Database
from taxdesk.core.network import POINT_KINDS, get_point, list_services

TITLE = "服务事项清单"
HALL_ONLY_NOTE = "须到办税服务厅办结"


@dataclass(frozen=True)
class SheetService:
    code: str
    name: str
    avg_handling_min: float
    documents: tuple[str, ...]
    hall_only: bool  # at a point other than the hall: may be started here, finished at the hall

    @property
    def minutes_text(self) -> str:
        return f"约 {self.avg_handling_min:g} 分钟"


@dataclass(frozen=True)
class SheetCategory:
    prefix: str
    name: str
    services: tuple[SheetService, ...]


@dataclass(frozen=True)
class ServiceSheet:
    bureau: str  # 国家税务总局云溪县税务局 (may be empty)
    point_code: str
    point_name: str
    kind_name: str  # 办税服务厅 / 丰收微税厅 / 银税e站
    address: str | None
    opening_hours: str | None  # canonical "08:30-12:00,13:30-17:00"
    contact: str | None
    bank_partner: str | None
    categories: tuple[SheetCategory, ...]
    printed_on: date
    notes: tuple[str, ...] = field(default=())

    @property
    def service_count(self) -> int:
        return sum(len(c.services) for c in self.categories)

    @property
    def hours_text(self) -> str | None:
        """Opening hours as people read them: 08:30–12:00　13:30–17:00."""
        if not self.opening_hours:
            return None
        return "　".join(period.replace("-", "–") for period in self.opening_hours.split(","))

    @property
    def has_hall_only(self) -> bool:
        return any(s.hall_only for c in self.categories for s in c.services)


def sheet_for(db: Database, point_code: str, today: date | None = None) -> ServiceSheet:
    """The service list of an active point, as it would be printed today (local date)."""
    with db.session() as session:
        point = get_point(session, point_code)
        services = list_services(session, point_code)
        bureau = settings.get(session, settings.BUREAU_NAME) or ""
    is_hall = point.kind == "hall"
    groups: dict[str, list] = {}
    heads: dict[str, tuple[str, str]] = {}
    for s in services:
        heads.setdefault(s.category, (s.prefix, s.category_name))
        groups.setdefault(s.category, []).append(
            SheetService(
                code=s.code,
                name=s.name,
                avg_handling_min=s.avg_handling_min,
                documents=tuple(s.documents),
                hall_only=s.hall_only and not is_hall,
            )
        )
    categories = tuple(
        SheetCategory(prefix=heads[code][0], name=heads[code][1], services=tuple(members))
        for code, members in groups.items()
    )
    notes = ["办理时请携带表中所列资料的原件；委托他人办理的，另带授权委托书及经办人身份证件。"]
    if any(s.hall_only for c in categories for s in c.services):
        notes.append(f"标注「{HALL_ONLY_NOTE}」的业务，本点可受理咨询、预审资料，须到办税服务厅办结。")
    return ServiceSheet(
        bureau=bureau,
        point_code=point.code,
        point_name=point.name,
        kind_name=POINT_KINDS.get(point.kind, point.kind),
        address=point.address,
        opening_hours=point.opening_hours,
        contact=point.contact,
        bank_partner=point.bank_partner,
        categories=categories,
        printed_on=today or clock.now().date(),
        notes=tuple(notes),
    )
