"""The booking slip (预约凭条): what it says, made from a real booking, and its ESC/POS byte stream."""

from __future__ import annotations

from datetime import datetime, timedelta

from samples import BOOKING_PAYLOAD, make_booking_slip
from signing_in import ANYONE

from taxdesk.core import bookings, clock, settings
from taxdesk.core.booking_slip import slip_for
from taxdesk.core.escpos_ticket import CHINESE_MODE_OFF, booking_escpos_bytes, escpos_bytes

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=clock.LOCAL_TZ)  # a Friday
MONDAY_0900 = datetime(2026, 11, 30, 9, 0, tzinfo=clock.LOCAL_TZ)
GS_QR_STORE = b"\x1d(k"
CUT = b"\x1dV"


def _book(db, **kwargs):
    return bookings.create_booking(
        db,
        "HALL",
        "FPLY",
        MONDAY_0900,
        name="张小三",
        phone="13812345678",
        id_number="11010519491231002X",
        at=NOW,
        **kwargs,
        actor=ANYONE,
    )


def test_slip_for_a_booking_says_where_when_and_how_to_check_in(network_db):
    view = _book(network_db)
    slip = slip_for(network_db, view, at=NOW)
    assert (slip.code, slip.qr, slip.booking_id) == (view.code, view.qr, view.id)
    assert slip.point_name == "云溪县办税服务厅" and slip.bureau
    assert slip.service_name == view.service_name and slip.category_name == "发票业务"
    assert slip.date_text == "2026年11月30日 周一" and slip.time_text == "09:00–09:30"
    # The default check-in window: from 30 minutes before the slot to 15 minutes after its start.
    assert slip.arrival_text == "请于 08:30–09:15 到达并在导税台扫码签到"
    assert slip.taxpayer == "张*三 138****5678" and slip.id_line == "身份证号 1101**********002X"
    assert "11010519491231002X" not in repr(slip) and "13812345678" not in repr(slip)
    assert slip.documents and slip.documents_line.startswith("请携带：")
    assert slip.footer.endswith("30 天内 3 次预约未到将暂停预约 30 天")
    assert slip.file_stem == f"20261127-090000-booking-{view.code}" and not slip.reprint


def test_at_a_township_point_the_taxpayer_checks_in_at_its_counter(network_db):
    view = bookings.create_booking(
        network_db,
        "T01",
        "SBJF",
        datetime(2026, 11, 30, 9, 0, tzinfo=clock.LOCAL_TZ),
        name="李四",
        phone="13812345678",
        id_number="440524198001010013",
        at=NOW,
        actor=ANYONE,
    )
    slip = slip_for(network_db, view)
    assert slip.point_name == "青山镇丰收微税厅" and slip.desk == "服务台"
    assert slip.arrival_text.endswith("到达并在服务台扫码签到")
    assert slip.qr_caption == "到达后请在服务台扫码签到"


def test_the_arrival_window_and_no_show_rule_follow_the_settings(network_db):
    with network_db.transaction() as session:
        settings.put(session, settings.CHECKIN_EARLY_MIN, "20")
        settings.put(session, settings.CHECKIN_LATE_MIN, "10")
        settings.put(session, settings.NOSHOW_STRIKES, "2")
    slip = slip_for(network_db, _book(network_db), reprint=True)
    assert slip.arrive_from == MONDAY_0900 - timedelta(minutes=20)
    assert slip.arrival_text == "请于 08:40–09:10 到达并在导税台扫码签到"
    assert "2 次预约未到" in slip.footer and slip.reprint


def test_a_business_is_named_by_its_credit_code():
    slip = make_booking_slip(id_kind="business", taxpayer_id="9135**********0Y43")
    assert slip.id_line == "统一社会信用代码 9135**********0Y43"
    assert make_booking_slip(taxpayer_id=None).id_line is None


def test_booking_slip_escpos_carries_the_slip_in_gb18030_and_a_native_qr():
    slip = make_booking_slip()
    data = booking_escpos_bytes(slip)
    assert data == escpos_bytes(slip)  # one entry point for every kind of slip
    assert data.startswith(b"\x1b@")
    for text in (
        "预约码 K7M2QX9D",
        "代开增值税发票",
        "云溪县办税服务厅",
        "2026年11月30日 周一",
        "09:00–09:30",
        "请于 08:30–09:15 到达并在导税台扫码签到",
        "纳税人 张*三 138****5678",
        "身份证号 1101**********002X",
        "到达后请在导税台扫码签到",
    ):
        assert text.encode("gb18030") in data, text
    payload = BOOKING_PAYLOAD.encode("ascii")
    length = len(payload) + 3
    assert GS_QR_STORE + bytes([length % 256, length // 256]) + b"1P0" + payload in data
    assert data.index(payload) > data.index("预约码".encode("gb18030"))
    assert data.rindex(CHINESE_MODE_OFF) > data.index(payload)
    assert data.rstrip(b"\x00\x01").endswith(CUT)
    assert "补打".encode("gb18030") not in data
    assert "补打".encode("gb18030") in booking_escpos_bytes(make_booking_slip(reprint=True))
