"""What a printed booking slip (预约凭条) says, independent of how it is printed.

The slip is handed to the taxpayer when an agent books a slot for them (at a township 丰收微税厅, the 银税e站
or the hall's front desk). It tells them where and when to come, when to arrive to check in, what to bring,
and carries the booking's signed QR code, which the front desk scans to turn the booking into a
booking-priority ticket. Both renderers — Qt (``taxdesk.gui.printing.ticket_painter``) and ESC/POS
(``taxdesk.core.escpos_ticket``) — draw a :class:`BookingSlip` as they draw a queue ticket's
:class:`~taxdesk.core.slip.TicketSlip`. The text is Chinese whatever the desk's interface language.

Pure Python; :func:`slip_for` opens one short session, any thread may call it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from taxdesk.core import clock, settings
from taxdesk.core.bookings import BookingView
from taxdesk.core.db import Database
from taxdesk.core.db.models import Category, Service, ServicePoint

WEEKDAYS = "一二三四五六日"
TITLE = "预约办税凭条"
# Where the taxpayer checks in: the hall's guidance desk, the counter of a township point or bank station.
CHECKIN_DESKS = {"hall": "导税台"}
OTHER_DESK = "服务台"


@dataclass(frozen=True)
class BookingSlip:
    bureau: str  # e.g. 国家税务总局云溪县税务局 (may be empty)
    point_name: str  # where to come, e.g. 云溪县城东丰收微税厅
    code: str  # the 8-character booking code (also read out or typed at the desk)
    service_name: str
    category_name: str
    start: datetime  # aware, local time
    end: datetime
    arrive_from: datetime  # the check-in window: from …
    arrive_until: datetime  # … to (after that the booking lapses)
    qr: str  # the exact signed payload encoded in the QR code
    taxpayer: str | None  # masked name and phone
    taxpayer_id: str | None  # masked ID number or credit code
    id_kind: str  # person | business
    documents: tuple[str, ...]  # what to bring
    footer: str  # the no-show rule, in words
    made_at: datetime  # when the slip was made (file names, the small print)
    desk: str = CHECKIN_DESKS["hall"]  # where to check in (see checkin_desk)
    reprint: bool = False
    booking_id: int | None = None  # the booking's database ID; not printed

    # The names printers and files use for any slip (see TicketSlip).
    @property
    def label(self) -> str:
        return self.code

    @property
    def document_title(self) -> str:
        return f"{TITLE} {self.code}"

    @property
    def file_stem(self) -> str:
        return f"{self.made_at:%Y%m%d-%H%M%S}-booking-{self.code}"

    # The lines of the slip.
    @property
    def date_text(self) -> str:
        """2026年11月30日 周一"""
        return f"{self.start.year}年{self.start.month}月{self.start.day}日 周{WEEKDAYS[self.start.weekday()]}"

    @property
    def time_text(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    @property
    def code_line(self) -> str:
        return f"预约码 {self.code}"

    @property
    def service_text(self) -> str:
        return f"{self.category_name} · {self.service_name}" if self.category_name else self.service_name

    @property
    def arrival_text(self) -> str:
        return f"请于 {self.arrive_from:%H:%M}–{self.arrive_until:%H:%M} 到达并在{self.desk}扫码签到"

    @property
    def qr_caption(self) -> str:
        return f"到达后请在{self.desk}扫码签到"

    @property
    def taxpayer_line(self) -> str | None:
        return f"纳税人 {self.taxpayer}" if self.taxpayer else None

    @property
    def id_line(self) -> str | None:
        if not self.taxpayer_id:
            return None
        label = "统一社会信用代码" if self.id_kind == "business" else "身份证号"
        return f"{label} {self.taxpayer_id}"

    @property
    def documents_line(self) -> str | None:
        return "请携带：" + "、".join(self.documents) if self.documents else None

    @property
    def made_line(self) -> str:
        return f"出票时间 {self.made_at:%Y-%m-%d %H:%M}"


def slip_for(
    db: Database, booking: BookingView, *, reprint: bool = False, at: datetime | None = None
) -> BookingSlip:
    """The slip for a booking, with the arrival window and the no-show rule from the installation's
    settings."""
    with db.session() as session:
        bureau = settings.get(session, settings.BUREAU_NAME) or ""
        early = int(settings.get(session, settings.CHECKIN_EARLY_MIN))
        late = int(settings.get(session, settings.CHECKIN_LATE_MIN))
        strikes = int(settings.get(session, settings.NOSHOW_STRIKES))
        window_days = int(settings.get(session, settings.NOSHOW_WINDOW_DAYS))
        block_days = int(settings.get(session, settings.NOSHOW_BLOCK_DAYS))
        category_name = session.scalar(select(Category.name).where(Category.code == booking.category)) or ""
        documents = session.scalar(select(Service.documents).where(Service.code == booking.service)) or ""
        kind = session.scalar(select(ServicePoint.kind).where(ServicePoint.code == booking.point))
    taxpayer = " ".join(part for part in (booking.taxpayer_name, booking.taxpayer_phone) if part) or None
    return BookingSlip(
        bureau=bureau,
        point_name=booking.point_name,
        code=booking.code,
        service_name=booking.service_name,
        category_name=category_name,
        start=booking.start,
        end=booking.end,
        arrive_from=booking.start - timedelta(minutes=early),
        arrive_until=booking.start + timedelta(minutes=late),
        qr=booking.qr,
        taxpayer=taxpayer,
        taxpayer_id=booking.taxpayer_id,
        id_kind=booking.id_kind,
        documents=tuple(d for d in documents.split("\n") if d.strip()),
        footer=noshow_notice(strikes, window_days, block_days),
        made_at=clock.local(at) if at is not None else clock.now(),
        desk=checkin_desk(kind),
        reprint=reprint,
        booking_id=booking.id,
    )


def checkin_desk(point_kind: str | None) -> str:
    """Where a taxpayer checks in at a point of this kind: the hall's 导税台, elsewhere the 服务台."""
    return CHECKIN_DESKS.get(point_kind or "", OTHER_DESK)


def noshow_notice(strikes: int, window_days: int, block_days: int) -> str:
    """The no-show rule as the slip states it (nothing when no-shows are not counted)."""
    if strikes <= 0 or block_days <= 0:
        return "如不能按时前来，请提前取消预约"
    return f"如不能按时前来，请提前取消；{window_days} 天内 {strikes} 次预约未到将暂停预约 {block_days} 天"
