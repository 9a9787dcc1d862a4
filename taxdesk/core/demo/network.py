"""The demo service network of the fictional 云溪县: the hall, 11 丰收微税厅, one 银税e站, windows and staff.

Shaped on the bureau in domain.md. Every code here goes into QR codes in the alphanumeric alphabet, so
codes use only A–Z and 0–9. :func:`create_network` writes the catalogue and the network into an empty
database; the daily volumes and market days are read by the history generator.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from taxdesk.core import settings
from taxdesk.core.db.models import (
    BookingCapacity,
    Category,
    Duty,
    PointService,
    RosterRules,
    Service,
    ServicePoint,
    ShiftTemplate,
    Staff,
    StaffRole,
    Window,
)
from taxdesk.core.demo.catalogue import (
    BANK_STATION_SERVICES,
    CATEGORIES,
    COUNTER_SERVICES,
    SERVICE_BY_CODE,
    SERVICES,
    TOWNSHIP_SERVICES,
)
from taxdesk.core.queue_categories import ensure_categories

BUREAU_NAME = "国家税务总局云溪县税务局"
COUNTY = "云溪县"
BANK = "云溪农商银行"
HALL_HOURS = "08:30-12:00,13:30-17:00"
TOWNSHIP_HOURS = "08:30-12:00,13:00-16:30"
BANK_STATION_HOURS = "08:30-17:00"


@dataclass(frozen=True)
class WindowDef:
    number: int
    prefixes: str  # the queue prefixes (category skills) it serves, e.g. "ABCD"
    is_tidal: bool = False

    @property
    def name(self) -> str:
        return f"{self.number}号窗口"


@dataclass(frozen=True)
class PointDef:
    code: str
    name: str
    kind: str
    township: str
    address: str
    opening_hours: str
    bank_partner: str | None
    contact: str
    services: tuple[str, ...]
    windows: tuple[WindowDef, ...]
    # Tickets on an ordinary mid-month Wednesday of 2024, before seasons and peaks.
    daily_tickets: float
    # Days of the month ending in these digits are the township's market days (逢一六 …).
    market_digits: tuple[int, ...] = ()


@dataclass(frozen=True)
class StaffDef:
    code: str
    name: str
    home_unit: str
    role: str
    prefixes: str
    point: str | None = None


_HALL_WINDOWS = (
    WindowDef(1, "ABCD"),  # 综合窗口, also the 绿色通道快办专窗: green tickets come here first
    WindowDef(2, "A"),
    WindowDef(3, "AE"),
    WindowDef(4, "B"),
    WindowDef(5, "B"),
    WindowDef(6, "B"),
    WindowDef(7, "C"),
    WindowDef(8, "CF"),
    WindowDef(9, "D"),
    WindowDef(10, "E"),
    WindowDef(11, "ABCD", is_tidal=True),
    WindowDef(12, "ABCD", is_tidal=True),
)

# (code, township, street, size, market digits, has a counter window)
_TOWNSHIPS = (
    ("T01", "青山镇", "青山街88号", 20, (1, 6), True),
    ("T02", "白沙镇", "沙溪路16号", 18, (2, 7), True),
    ("T03", "石门镇", "石门大道52号", 16, (3, 8), True),
    ("T04", "溪口镇", "溪口老街9号", 19, (4, 9), True),
    ("T05", "桃源镇", "桃源路33号", 14, (5, 0), True),
    ("T06", "枫林镇", "枫林中路7号", 12, (1, 6), True),
    ("T07", "龙潭乡", "龙潭村龙兴路2号", 10, (2, 7), True),
    ("T08", "梅岭乡", "梅岭村下街15号", 9, (3, 8), True),
    ("T09", "竹坪乡", "竹坪村村委会旁", 8, (4, 9), True),
    ("T10", "高坪乡", "高坪村中心街4号", 7, (5, 0), False),
    ("T11", "云岭乡", "云岭村丰收驿站", 6, (1, 6), False),
)


def _prefixes_of(services: tuple[str, ...]) -> str:
    by_code = {c.code: c.prefix for c in CATEGORIES}
    wanted = {by_code[SERVICE_BY_CODE[s].category] for s in services}
    return "".join(sorted(wanted))


def _township(
    code: str, town: str, street: str, size: float, market: tuple[int, ...], counter: bool
) -> PointDef:
    services = TOWNSHIP_SERVICES if counter else COUNTER_SERVICES
    branch = f"{BANK}{town[:-1]}支行"
    return PointDef(
        code=code,
        name=f"{town}丰收微税厅",
        kind="township",
        township=town,
        address=f"{COUNTY}{town}{street}（{branch}内）",
        opening_hours=TOWNSHIP_HOURS,
        bank_partner=branch,
        contact=f"0578-65{code[1:]}{'366' if counter else '100'}",
        services=services,
        windows=(WindowDef(1, _prefixes_of(services)),) if counter else (),
        daily_tickets=size,
        market_digits=market,
    )


POINTS: tuple[PointDef, ...] = (
    PointDef(
        code="HALL",
        name=f"{COUNTY}办税服务厅",
        kind="hall",
        township="云城街道",
        address=f"{COUNTY}云城街道行政中心路1号市民服务中心一楼",
        opening_hours=HALL_HOURS,
        bank_partner=None,
        contact="0578-6112366",
        services=tuple(s.code for s in SERVICES),
        windows=_HALL_WINDOWS,
        daily_tickets=265,
    ),
    *(_township(*row) for row in _TOWNSHIPS),
    PointDef(
        code="YS01",
        name=f"{BANK}营业部银税e站",
        kind="bank_station",
        township="云城街道",
        address=f"{COUNTY}云城街道解放街120号（{BANK}营业部一楼）",
        opening_hours=BANK_STATION_HOURS,
        bank_partner=f"{BANK}营业部",
        contact="0578-6128801",
        services=BANK_STATION_SERVICES,
        windows=(WindowDef(1, _prefixes_of(BANK_STATION_SERVICES)),),
        daily_tickets=13,
    ),
)

POINT_BY_CODE = {point.code: point for point in POINTS}


def _staff() -> tuple[StaffDef, ...]:
    hall = [
        ("陈晓燕", "supervisor", "ABCDEF"),
        ("吴建平", "supervisor", "ABCDEF"),
        ("叶丽娟", "front_desk", "A"),
        ("蓝心怡", "front_desk", "AD"),
        ("周敏", "window", "ABCD"),
        ("徐静", "window", "AB"),
        ("潘志强", "window", "AC"),
        ("雷雅琴", "window", "BC"),
        ("刘洋", "window", "B"),
        ("金晓东", "window", "AB"),
        ("钟慧", "window", "CD"),
        ("林佳怡", "window", "CF"),
        ("朱伟", "window", "BC"),
        ("何思远", "window", "AD"),
        ("胡婷婷", "window", "D"),
        ("王卫东", "window", "AE"),
        ("季美华", "window", "CE"),
        ("应国庆", "window", "AE"),
        ("毛文杰", "window", "CF"),
        ("杨帆", "window", "AD"),
        ("郑雪梅", "window", "BD"),
        ("柳晨", "window", "ABC"),
    ]
    # 分局轮值人员: officers of the tax branches who rotate onto the hall's windows at peaks.
    branch = [
        ("张立新", "AB"),
        ("李娜", "CD"),
        ("赵勇", "AC"),
        ("孙丽萍", "BD"),
        ("蒋海波", "ABC"),
        ("沈佳", "AD"),
        ("韩冰", "BC"),
        ("范晓峰", "ABCD"),
        ("邵雯", "AB"),
        ("梁振华", "CD"),
        ("卢晓玲", "AC"),
        ("谢斌", "BD"),
        ("汪洁", "AB"),
        ("方磊", "BC"),
        ("袁静怡", "AD"),
        ("程浩", "ABCD"),
    ]
    agents = iter(
        [
            "吴秀英",
            "陈国华",
            "叶春燕",
            "蓝建军",
            "雷金花",
            "钟永明",
            "周小红",
            "潘玉兰",
            "刘春生",
            "徐美玲",
            "林秀珍",
            "金德明",
            "何桂芳",
            "朱建华",
            "王红梅",
            "郑丽",
            "毛小军",
            "杨秋菊",
            "胡志刚",
        ]
    )
    staff = [
        StaffDef(f"H{i:02d}", name, "hall", role, skills) for i, (name, role, skills) in enumerate(hall, 1)
    ]
    staff += [
        StaffDef(f"B{i:02d}", name, "branch", "window", skills) for i, (name, skills) in enumerate(branch, 1)
    ]
    for point in POINTS:
        if point.kind == "hall":
            continue
        skills = _prefixes_of(point.services)
        count = 2 if point.daily_tickets >= 14 else 1  # the busier points have two 代办员
        for letter in "AB"[:count]:
            code = f"{point.code}{letter}"
            staff.append(StaffDef(code, next(agents), "township", "agent", skills, point.code))
    return tuple(staff)


STAFF: tuple[StaffDef, ...] = _staff()


def create_network(session: Session) -> None:
    """Write the catalogue, the points, their services and windows, and the staff (an empty database)."""
    by_category_code = ensure_categories(session)  # made by `taxdesk init`, or here for older databases
    categories = {c.prefix: c for c in by_category_code.values()}
    services = {}
    for order, s in enumerate(SERVICES, 1):
        services[s.code] = Service(
            code=s.code,
            name=s.name,
            name_en=s.name_en,
            category=by_category_code[s.category],
            avg_handling_min=s.avg_handling_min,
            documents="\n".join(s.documents),
            hall_only=s.hall_only,
            sort_order=order,
        )
    session.add_all(services.values())
    points = {}
    for p in POINTS:
        point = ServicePoint(
            code=p.code,
            name=p.name,
            kind=p.kind,
            township=p.township,
            address=p.address,
            opening_hours=p.opening_hours,
            bank_partner=p.bank_partner,
            contact=p.contact,
            active=True,
        )
        point.windows = [
            Window(
                number=w.number,
                name=w.name,
                is_tidal=w.is_tidal,
                active=True,
                categories=[categories[prefix] for prefix in w.prefixes],
            )
            for w in p.windows
        ]
        points[p.code] = point
    session.add_all(points.values())
    session.flush()
    session.add_all(
        PointService(point_id=points[p.code].id, service_id=services[code].id)
        for p in POINTS
        for code in p.services
    )
    people = [
        Staff(
            code=s.code,
            name=s.name,
            home_unit=s.home_unit,
            role_rows=[StaffRole(role=s.role)],
            # The contract the roster reads: Monday to Friday; the branches' rotation is half days.
            working_days="12345",
            half_days=s.home_unit == "branch",
            point_id=points[s.point].id if s.point else None,
            active=True,
            categories=[categories[prefix] for prefix in s.prefixes],
        )
        for s in STAFF
    ]
    session.add_all(people)
    if not settings.get(session, settings.BUREAU_NAME):
        settings.put(session, settings.BUREAU_NAME, BUREAU_NAME)


# Places per 30-minute booking slot and queue category: the hall keeps most of its windows for walk-ins;
# the township points and the 银税e站 take one booking per slot for what they offer.
HALL_BOOKING_PLACES = {"A": 3, "B": 3, "C": 2, "D": 2, "E": 1, "F": 1}
COUNTER_BOOKING_PLACES = 1


def add_booking_capacity(session: Session) -> None:
    """Give every demo point its booking places per slot (once: points already configured are kept)."""
    configured = set(session.scalars(select(BookingCapacity.point_id).distinct()))
    offered = session.execute(
        select(ServicePoint.id, ServicePoint.kind, Category.id, Category.prefix)
        .join(PointService, PointService.point_id == ServicePoint.id)
        .join(Service, Service.id == PointService.service_id)
        .join(Category, Category.id == Service.category_id)
        .distinct()
    ).all()
    for point_id, kind, category_id, prefix in offered:
        if point_id in configured:
            continue
        places = HALL_BOOKING_PLACES.get(prefix, 1) if kind == "hall" else COUNTER_BOOKING_PLACES
        session.add(BookingCapacity(point_id=point_id, category_id=category_id, capacity=places))


# The hall's shifts for the weekly rotation (minutes after midnight): its own staff work whole days at
# any window their skills fit; the rotating branch staff come for a morning or an afternoon at the peaks.
HALL_SHIFTS = (
    # code, name, English name, start, end, unpaid break, tidal
    ("D", "全天", "Full day", 8 * 60 + 30, 17 * 60, 90, False),
    ("AM", "上午（潮汐）", "Morning (tidal)", 8 * 60 + 30, 12 * 60, 0, True),
    ("PM", "下午（潮汐）", "Afternoon (tidal)", 13 * 60 + 30, 17 * 60, 0, True),
)
# Per week: hall staff two to five whole days at a window (7 h each; the rest of their week is back-office
# work), branch staff at most two days' worth of half-days on the rotation; at most five days in a row;
# twelve hours' rest between shifts.
HALL_RULES = {"min_week_minutes": 2 * 420, "max_week_minutes": 5 * 420, "rotating": False}
BRANCH_RULES = {"min_week_minutes": 0, "max_week_minutes": 2 * 420, "rotating": True}
COMMON_RULES = {"max_consecutive_days": 5, "min_rest_minutes": 12 * 60, "max_weekends": 1}


def _rules(home_unit: str) -> dict:
    return BRANCH_RULES if home_unit == "branch" else HALL_RULES


# The hall's non-window duties (code, name, English name, short name, English short name, people every
# half-day): the 税费集中处理中心 (approvals, refunds, data work) and the 导税台.
HALL_DUTIES = (
    ("back_office", "税费集中处理中心", "Tax processing centre", "后台", "Back office", 2),
    ("guidance", "导税台", "Guidance desk", "导税", "Guidance", 1),
)


def add_duties(session: Session) -> None:
    """The demo hall's duties, once (also for demo databases made before duties existed)."""
    hall = session.scalar(select(ServicePoint).where(ServicePoint.kind == "hall"))
    if hall is None or session.scalar(select(Duty.id).where(Duty.point_id == hall.id).limit(1)):
        return
    session.add_all(
        Duty(
            point_id=hall.id,
            code=code,
            name=name,
            name_en=name_en,
            short_name=short,
            short_name_en=short_en,
            min_cover=cover,
        )
        for code, name, name_en, short, short_en, cover in HALL_DUTIES
    )


def add_roster_setup(session: Session) -> None:
    """The demo hall's shift templates, duties and its window staff's rostering rules, once (also for demo
    databases made before rosters existed)."""
    add_duties(session)
    hall = session.scalar(select(ServicePoint).where(ServicePoint.kind == "hall"))
    if hall is None or session.scalar(
        select(ShiftTemplate.id).where(ShiftTemplate.point_id == hall.id).limit(1)
    ):
        return
    session.add_all(
        ShiftTemplate(
            point_id=hall.id,
            code=code,
            name=name,
            name_en=name_en,
            start_min=start,
            end_min=end,
            break_min=pause,
            tidal=tidal,
        )
        for code, name, name_en, start, end, pause, tidal in HALL_SHIFTS
    )
    window_staff = session.scalars(
        select(Staff).where(
            Staff.role_rows.any(StaffRole.role == "window"), Staff.home_unit.in_(("hall", "branch"))
        )
    ).all()
    have_rules = set(session.scalars(select(RosterRules.staff_id)).all())
    session.add_all(
        RosterRules(
            staff_id=person.id,
            **(BRANCH_RULES if person.home_unit == "branch" else HALL_RULES),
            **COMMON_RULES,
        )
        for person in window_staff
        if person.id not in have_rules
    )
