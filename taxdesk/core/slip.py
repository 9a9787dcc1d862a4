"""What a printed queue ticket says, independent of how it is printed.

Both renderers — Qt (preview, system printer, PNG, PDF; ``taxdesk.gui.printing.ticket_painter``) and ESC/POS
for thermal printers (``taxdesk.core.escpos_ticket``) — draw a :class:`TicketSlip` (or a booking's
:class:`~taxdesk.core.booking_slip.BookingSlip`) and nothing else, so every output says the same thing. The
ticket's text is Chinese whatever the desk's interface language: it is handed to taxpayers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from taxdesk.core import settings
from taxdesk.core.db import Database
from taxdesk.core.tickets import TicketView

CHANNEL_LABELS = {"walk_in": "", "green": "绿色通道", "booking": "预约"}
REPRINT_MARK = "补打 REPRINT"
# Under the QR code: what the code is for. It holds a signed verification payload only (see
# taxdesk.core.signing), which the hall's staff scan to check that a ticket is genuine; a taxpayer's phone
# shows that text and nothing more, so the slip promises no queue view.
QR_CAPTION = "工作人员扫码核验真伪"
PAPER_WIDTH_MM = 80
PRINTABLE_WIDTH_MM = 72


@dataclass(frozen=True)
class TicketSlip:
    bureau: str  # e.g. 国家税务总局云溪县税务局 (may be empty)
    point_name: str  # e.g. 云溪县办税服务厅
    number: str  # A001
    service_name: str  # 代开增值税发票
    category_name: str  # 发票业务
    channel_label: str  # "" | 绿色通道 | 预约
    issued_at: datetime  # aware, local time
    ahead: int
    estimated_wait_min: int
    qr: str  # the exact signed payload encoded in the QR code
    taxpayer: str | None  # masked name and phone, if given
    footer: str
    reprint: bool = False
    ticket_id: int | None = None  # the ticket's database ID, for logging prints; not printed

    # The names printers and files use for any slip (a booking slip has the same three).
    @property
    def label(self) -> str:
        return self.number

    @property
    def document_title(self) -> str:
        return f"排队号 {self.number}"

    @property
    def file_stem(self) -> str:
        return f"{self.issued_at:%Y%m%d-%H%M%S}-{self.number}"

    @property
    def issued_text(self) -> str:
        return self.issued_at.strftime("%Y-%m-%d %H:%M:%S")

    @property
    def issued_line(self) -> str:
        return f"取号时间 {self.issued_text}"

    @property
    def taxpayer_line(self) -> str | None:
        return f"纳税人 {self.taxpayer}" if self.taxpayer else None

    @property
    def ahead_text(self) -> str:
        return f"您前面还有 {self.ahead} 人等候"

    @property
    def wait_text(self) -> str:
        if self.ahead == 0:
            return "预计无需等候"
        return f"预计等候约 {max(1, self.estimated_wait_min)} 分钟"

    @property
    def service_text(self) -> str:
        return f"{self.category_name} · {self.service_name}"


def slip_for(db: Database, ticket: TicketView, *, reprint: bool = False) -> TicketSlip:
    with db.session() as session:
        bureau = settings.get(session, settings.BUREAU_NAME) or ""
        footer = settings.get(session, settings.TICKET_FOOTER) or ""
    taxpayer = " ".join(part for part in (ticket.taxpayer_name, ticket.taxpayer_phone) if part) or None
    return TicketSlip(
        bureau=bureau,
        point_name=ticket.point_name,
        number=ticket.number,
        service_name=ticket.service_name,
        category_name=ticket.category_name,
        channel_label=CHANNEL_LABELS.get(ticket.channel, ""),
        issued_at=ticket.issued_at,
        ahead=ticket.ahead,
        estimated_wait_min=ticket.estimated_wait_min,
        qr=ticket.qr,
        taxpayer=taxpayer,
        footer=footer,
        reprint=reprint,
        ticket_id=ticket.id,
    )
