"""Sample data shared by tests of different rooms (importable because pyproject puts tests/ on the path)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from taxdesk.core.booking_slip import BookingSlip
from taxdesk.core.slip import TicketSlip

PAYLOAD = "T1:K7F3MZQA:HALL:20261128:A001:1234:MFRGGZDFMZTWQ2LKNNWG23TPOA"


def make_slip(**changes) -> TicketSlip:
    fields = {
        "bureau": "国家税务总局云溪县税务局",
        "point_name": "云溪县办税服务厅",
        "number": "A001",
        "service_name": "代开增值税发票",
        "category_name": "发票业务",
        "channel_label": "",
        "issued_at": datetime(2026, 11, 28, 9, 15, 2, tzinfo=ZoneInfo("Asia/Shanghai")),
        "ahead": 3,
        "estimated_wait_min": 12,
        "qr": PAYLOAD,
        "taxpayer": None,
        "footer": "请留意叫号，过号请重新取号",
    }
    fields.update(changes)
    return TicketSlip(**fields)


BOOKING_PAYLOAD = "B1:K7F3MZQA:HALL:202611300900:K7M2QX9D:42:JBSWY3DPEHPK3PXPJBSWY3DPEH"


def make_booking_slip(**changes) -> BookingSlip:
    shanghai = ZoneInfo("Asia/Shanghai")
    fields = {
        "bureau": "国家税务总局云溪县税务局",
        "point_name": "云溪县办税服务厅",
        "code": "K7M2QX9D",
        "service_name": "代开增值税发票",
        "category_name": "发票业务",
        "start": datetime(2026, 11, 30, 9, 0, tzinfo=shanghai),
        "end": datetime(2026, 11, 30, 9, 30, tzinfo=shanghai),
        "arrive_from": datetime(2026, 11, 30, 8, 30, tzinfo=shanghai),
        "arrive_until": datetime(2026, 11, 30, 9, 15, tzinfo=shanghai),
        "qr": BOOKING_PAYLOAD,
        "taxpayer": "张*三 138****5678",
        "taxpayer_id": "1101**********002X",
        "id_kind": "person",
        "documents": ("身份证件", "发票领用簿"),
        "footer": "如不能按时前来，请提前取消；30 天内 3 次预约未到将暂停预约 30 天",
        "made_at": datetime(2026, 11, 27, 10, 12, 40, tzinfo=shanghai),
    }
    fields.update(changes)
    return BookingSlip(**fields)
