"""Sample data shared by tests of different rooms (importable because pyproject puts tests/ on the path)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

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
