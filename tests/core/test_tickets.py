"""Issuing tickets on SQLite and PostgreSQL: numbering, estimates, personal data, verification, events."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from signing_in import ANYONE
from sqlalchemy import func, select

from taxdesk.core import calls, clock, settings, tickets
from taxdesk.core.db import Database
from taxdesk.core.db.models import (
    Category,
    Service,
    ServicePoint,
    Ticket,
    TicketCounter,
    TicketEvent,
    Window,
)
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.install import init_database
from taxdesk.core.network import list_services

MORNING = datetime(2026, 11, 27, 9, 0, tzinfo=clock.LOCAL_TZ)


def _count(db: Database, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def _two_services_of_one_category(db: Database, point: str = "HALL"):
    with db.session() as session:
        services = list_services(session, point)
    by_category: dict[str, list] = {}
    for service in services:
        by_category.setdefault(service.category, []).append(service)
    return next(members[:2] for members in by_category.values() if len(members) >= 2)


def test_numbers_are_consecutive_per_queue_prefix(network_db):
    first, second = _two_services_of_one_category(network_db)
    numbers = [
        tickets.issue_ticket(network_db, "HALL", code, at=MORNING, actor=ANYONE).number
        for code in (first.code, second.code, first.code)
    ]
    prefix = first.prefix
    assert numbers == [f"{prefix}001", f"{prefix}002", f"{prefix}003"]


def test_numbering_is_separate_per_point_and_per_day(network_db):
    service = _two_services_of_one_category(network_db)[0]
    hall = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    next_day = tickets.issue_ticket(
        network_db, "HALL", service.code, at=MORNING + timedelta(days=1), actor=ANYONE
    )
    with network_db.session() as session:
        township = next(
            p for p in session.scalars(select(ServicePoint).where(ServicePoint.kind == "township"))
        )
        offered = list_services(session, township.code)[0]
    other_point = tickets.issue_ticket(network_db, township.code, offered.code, at=MORNING, actor=ANYONE)
    assert hall.number.endswith("001")
    assert next_day.number.endswith("001")
    assert other_point.number.endswith("001")


def test_business_day_is_local_time_not_utc(network_db):
    """00:30 in Zhejiang is still the previous day in UTC; the ticket belongs to the local day."""
    service = _two_services_of_one_category(network_db)[0]
    late = datetime(2026, 11, 27, 23, 50, tzinfo=clock.LOCAL_TZ)
    early = datetime(2026, 11, 28, 0, 30, tzinfo=clock.LOCAL_TZ)
    a = tickets.issue_ticket(network_db, "HALL", service.code, at=late, actor=ANYONE)
    b = tickets.issue_ticket(network_db, "HALL", service.code, at=early, actor=ANYONE)
    assert a.number.endswith("001") and b.number.endswith("001")
    assert "20261127" in a.qr and "20261128" in b.qr
    assert b.issued_at.utcoffset() == timedelta(hours=8)


def test_green_channel_has_its_own_prefix_and_queues_only_behind_green(network_db):
    service = _two_services_of_one_category(network_db)[0]
    for _ in range(3):
        tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    green = tickets.issue_ticket(network_db, "HALL", service.code, channel="green", at=MORNING, actor=ANYONE)
    green2 = tickets.issue_ticket(network_db, "HALL", service.code, channel="green", at=MORNING, actor=ANYONE)
    with network_db.session() as session:
        green_prefix = settings.get(session, settings.GREEN_PREFIX)
    assert green.number == f"{green_prefix}001" and green2.number == f"{green_prefix}002"
    assert green.ahead == 0 and green2.ahead == 1
    walk_in = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    assert walk_in.ahead == 5  # three walk-ins and two green tickets are waiting in the category


def test_estimate_uses_catalogue_time_when_history_is_thin(network_db):
    service = _two_services_of_one_category(network_db)[0]
    with network_db.session() as session:
        point = session.scalar(select(ServicePoint).where(ServicePoint.code == "HALL"))
        category = session.scalar(select(Category).where(Category.code == service.category))
        minutes = tickets.handling_minutes(session, point.id, category)
        catalogue = session.scalars(
            select(Service.avg_handling_min).where(Service.category_id == category.id)
        ).all()
        from taxdesk.core.network import windows_serving

        windows = max(1, windows_serving(session, point.id, category.id))
    assert minutes == pytest.approx(sum(catalogue) / len(catalogue))
    for _ in range(4):
        ticket = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    assert ticket.ahead == 3
    assert ticket.estimated_wait_min == -(-3 * minutes // windows)  # ceil


def test_estimate_learns_handling_time_from_recent_history(network_db):
    service = _two_services_of_one_category(network_db)[0]
    with network_db.transaction() as session:
        point = session.scalar(select(ServicePoint).where(ServicePoint.code == "HALL"))
        svc = session.scalar(select(Service).where(Service.code == service.code))
        start = MORNING - timedelta(days=1)
        for i in range(40):  # 40 finished tickets yesterday, each 12 minutes at the window
            called = start + timedelta(minutes=15 * i)
            session.add(
                Ticket(
                    point_id=point.id,
                    service_id=svc.id,
                    category_id=svc.category_id,
                    service_date=start.date(),
                    prefix="Z",
                    seq=i + 1,
                    channel="walk_in",
                    status="finished",
                    issued_at=called - timedelta(minutes=5),
                    called_at=called,
                    finished_at=called + timedelta(minutes=12),
                )
            )
    with network_db.session() as session:
        category = session.scalar(select(Category).where(Category.code == service.category))
        assert tickets.handling_minutes(session, point.id, category) == pytest.approx(12.0)


def test_taxpayer_data_is_stored_in_full_but_shown_masked(network_db):
    service = _two_services_of_one_category(network_db)[0]
    ticket = tickets.issue_ticket(
        network_db,
        "HALL",
        service.code,
        taxpayer_name="欧阳小明",
        taxpayer_phone="138 1234 5678",
        at=MORNING,
        actor=ANYONE,
    )
    assert ticket.taxpayer_name == "欧**明"
    assert ticket.taxpayer_phone == "138****5678"
    assert "5678" in ticket.taxpayer_phone and "1234" not in ticket.taxpayer_phone
    with network_db.session() as session:
        stored = session.get(Ticket, ticket.id)
        assert (stored.taxpayer_name, stored.taxpayer_phone) == ("欧阳小明", "13812345678")
    assert tickets.mask_name("张三") == "张*"
    assert tickets.mask_name("李") == "李"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"point_code": "NOPE"}, NotFound),
        ({"service_code": "NOPE"}, NotFound),
        ({"taxpayer_phone": "12345"}, InvalidInput),
        ({"taxpayer_phone": "23812345678"}, InvalidInput),
        ({"taxpayer_name": "名" * 41}, InvalidInput),
        ({"channel": "vip"}, InvalidInput),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(network_db, kwargs, error):
    service = _two_services_of_one_category(network_db)[0]
    call = {"point_code": "HALL", "service_code": service.code, **kwargs}
    before = (_count(network_db, Ticket), _count(network_db, TicketCounter), _count(network_db, TicketEvent))
    with pytest.raises(error) as raised:
        tickets.issue_ticket(
            network_db, call.pop("point_code"), call.pop("service_code"), at=MORNING, **call, actor=ANYONE
        )
    assert raised.value.message
    assert (
        _count(network_db, Ticket),
        _count(network_db, TicketCounter),
        _count(network_db, TicketEvent),
    ) == before


def test_a_service_the_point_does_not_offer_is_refused(network_db):
    with network_db.session() as session:
        township = session.scalars(select(ServicePoint).where(ServicePoint.kind == "township")).first()
        offered = {s.code for s in list_services(session, township.code)}
        hall_only = next(s.code for s in list_services(session, "HALL") if s.code not in offered)
    with pytest.raises(NotFound, match="not offered"):
        tickets.issue_ticket(network_db, township.code, hall_only, at=MORNING, actor=ANYONE)


def test_issue_records_an_event_and_the_promise_made(network_db):
    service = _two_services_of_one_category(network_db)[0]
    tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    ticket = tickets.issue_ticket(
        network_db, "HALL", service.code, channel="walk_in", at=MORNING, actor=ANYONE
    )
    events = tickets.ticket_events(network_db, ticket.id)
    assert [(kind, detail) for kind, _at, detail in events] == [("issued", "walk_in")]
    assert events[0][1] == MORNING
    again = tickets.get_ticket(network_db, ticket.id)
    assert (again.ahead, again.estimated_wait_min, again.qr) == (
        ticket.ahead,
        ticket.estimated_wait_min,
        ticket.qr,
    )


def test_prints_and_failed_prints_are_logged(network_db):
    service = _two_services_of_one_category(network_db)[0]
    ticket = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    tickets.record_print(
        network_db, ticket.id, "escpos:10.0.0.9:9100", ok=False, error="connection refused", actor=ANYONE
    )
    tickets.record_print(network_db, ticket.id, "printer:default", actor=ANYONE)
    kinds = [(kind, detail) for kind, _at, detail in tickets.ticket_events(network_db, ticket.id)]
    assert kinds[1:] == [
        ("print_failed", "escpos:10.0.0.9:9100: connection refused"),
        ("printed", "printer:default"),
    ]
    with pytest.raises(NotFound):
        tickets.record_print(network_db, 999999, "printer:default", actor=ANYONE)


def test_verify_accepts_a_genuine_ticket(network_db):
    service = _two_services_of_one_category(network_db)[0]
    ticket = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    result = tickets.verify_payload(network_db, ticket.qr)
    assert result.valid and result.code == "ok"
    assert result.ticket.id == ticket.id and result.ticket.number == ticket.number
    assert result.to_json()["ticket"]["qr"] == ticket.qr


def test_verify_rejects_altered_unknown_and_foreign_codes(network_db, tmp_path):
    service = _two_services_of_one_category(network_db)[0]
    ticket = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)

    altered = ticket.qr.replace(f":{ticket.number}:", f":{ticket.prefix}999:")
    assert tickets.verify_payload(network_db, altered).code == "bad_signature"

    signer = tickets.signer(network_db)
    unknown = signer.sign("T", ["HALL", "20261127", ticket.number, "987654"])
    result = tickets.verify_payload(network_db, unknown)
    assert (result.valid, result.code) == (False, "unknown_ticket")

    mismatch = signer.sign("T", ["HALL", "20261126", ticket.number, str(ticket.id)])
    assert tickets.verify_payload(network_db, mismatch).code == "mismatch"

    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    init_database(other)
    foreign = tickets.verify_payload(other, ticket.qr)
    assert (foreign.valid, foreign.code) == (False, "other_installation")
    other.dispose()

    assert tickets.verify_payload(network_db, "garbage").code == "malformed"


def _window_for(db: Database, category: str) -> int:
    with db.session() as session:
        hall = select(ServicePoint.id).where(ServicePoint.code == "HALL").scalar_subquery()
        for window in session.scalars(select(Window).where(Window.point_id == hall).order_by(Window.number)):
            if category in {c.code for c in window.categories}:
                return window.number
    raise AssertionError(f"no hall window serves {category}")


def test_verify_a_ticket_of_today_in_the_queue_or_at_a_window_is_usable(network_db):
    service = _two_services_of_one_category(network_db)[0]
    ticket = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    window = _window_for(network_db, service.category)
    checks = [tickets.verify_payload(network_db, ticket.qr, at=MORNING + timedelta(minutes=1))]
    calls.call_next(network_db, "HALL", window, at=MORNING + timedelta(minutes=2), actor=ANYONE)
    checks.append(tickets.verify_payload(network_db, ticket.qr, at=MORNING + timedelta(minutes=3)))
    calls.start(network_db, ticket.id, at=MORNING + timedelta(minutes=4), actor=ANYONE)
    # Late in the evening of the same local day (already the next day in UTC).
    checks.append(tickets.verify_payload(network_db, ticket.qr, at=MORNING.replace(hour=23, minute=59)))
    assert [c.ticket.status for c in checks] == ["waiting", "called", "serving"]
    for check in checks:
        assert (check.valid, check.code, check.usable) == (True, "ok", True)
        assert check.unusable_code is None and check.unusable_reason is None
        shown = check.to_json()
        assert (shown["valid"], shown["usable"], shown["unusable_reason"], shown["unusable_code"]) == (
            True,
            True,
            None,
            None,
        )
        assert shown["code"] == "ok" and shown["reason"]


def test_verify_yesterdays_ticket_is_genuine_but_not_usable(network_db):
    service = _two_services_of_one_category(network_db)[0]
    ticket = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    next_morning = MORNING + timedelta(days=1, minutes=-60)
    result = tickets.verify_payload(network_db, ticket.qr, at=next_morning)
    assert (result.valid, result.code) == (True, "ok")  # the signature and the record are fine …
    assert (result.usable, result.unusable_code) == (False, "other_day")  # … but not for today
    assert "2026-11-27" in result.unusable_reason and "2026-11-28" in result.unusable_reason
    assert ticket.number in result.unusable_reason
    shown = result.to_json()
    assert (shown["valid"], shown["usable"], shown["unusable_code"]) == (True, False, "other_day")
    assert shown["unusable_reason"] == result.unusable_reason
    # A ticket never belongs to a day before it was issued either.
    assert tickets.verify_payload(network_db, ticket.qr, at=MORNING - timedelta(days=1)).unusable_code == (
        "other_day"
    )


def test_verify_a_finished_ticket_is_already_served(network_db):
    service = _two_services_of_one_category(network_db)[0]
    ticket = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    calls.call_next(network_db, "HALL", _window_for(network_db, service.category), at=MORNING, actor=ANYONE)
    calls.finish(network_db, ticket.id, at=MORNING + timedelta(minutes=12), actor=ANYONE)
    for moment in (MORNING + timedelta(minutes=15), MORNING + timedelta(days=1)):
        result = tickets.verify_payload(network_db, ticket.qr, at=moment)
        assert (result.valid, result.usable, result.unusable_code) == (True, False, "finished")
        assert "already served" in result.unusable_reason and "2026-11-27 09:12" in result.unusable_reason
        assert result.finished_at == MORNING + timedelta(minutes=12)
        assert result.finished_at.utcoffset() == timedelta(hours=8)


def test_verify_a_cancelled_ticket_says_so(network_db):
    service = _two_services_of_one_category(network_db)[0]
    ticket = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    with network_db.transaction() as session:
        session.get(Ticket, ticket.id).status = "cancelled"
    result = tickets.verify_payload(network_db, ticket.qr, at=MORNING + timedelta(minutes=5))
    assert (result.valid, result.usable, result.unusable_code) == (True, False, "cancelled")
    assert "cancelled" in result.unusable_reason and result.finished_at is None


def test_verify_a_no_show_may_be_reactivated_once_then_not(network_db):
    service = _two_services_of_one_category(network_db)[0]
    window = _window_for(network_db, service.category)
    ticket = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    with network_db.transaction() as session:
        settings.put(session, settings.NOSHOW_AFTER_RECALLS, "0")

    def minute(n: int) -> datetime:
        return MORNING + timedelta(minutes=n)

    calls.call_next(network_db, "HALL", window, at=minute(1), actor=ANYONE)
    calls.no_show(network_db, ticket.id, at=minute(2), actor=ANYONE)
    missed = tickets.verify_payload(network_db, ticket.qr, at=minute(3))
    assert (missed.valid, missed.usable, missed.unusable_code) == (True, False, "no_show")
    assert "re-activate" in missed.unusable_reason
    # The day after, the front desk may no longer re-activate it: another day's ticket.
    assert tickets.verify_payload(network_db, ticket.qr, at=minute(24 * 60)).unusable_code == "other_day"

    calls.reactivate(network_db, ticket.id, at=minute(4), actor=ANYONE)
    assert tickets.verify_payload(network_db, ticket.qr, at=minute(5)).usable
    calls.call_next(network_db, "HALL", window, at=minute(6), actor=ANYONE)
    calls.no_show(network_db, ticket.id, at=minute(7), actor=ANYONE)
    again = tickets.verify_payload(network_db, ticket.qr, at=minute(8))
    assert (again.valid, again.usable, again.unusable_code) == (True, False, "no_show_again")
    assert "new ticket" in again.unusable_reason


def test_verify_an_invalid_code_is_not_usable_for_the_same_reason(network_db):
    service = _two_services_of_one_category(network_db)[0]
    ticket = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE)
    altered = ticket.qr.replace(f":{ticket.number}:", f":{ticket.prefix}999:")
    for payload in (altered, "garbage"):
        result = tickets.verify_payload(network_db, payload, at=MORNING)
        assert (result.valid, result.usable, result.unusable_code) == (False, False, "invalid")
        assert result.unusable_reason == result.reason
        shown = result.to_json()
        assert (shown["valid"], shown["usable"], shown["unusable_code"]) == (False, False, "invalid")
        assert shown["unusable_reason"] == shown["reason"]


def test_queue_snapshot_counts_waiting_tickets_per_category(network_db):
    first, second = _two_services_of_one_category(network_db)
    tickets.issue_ticket(network_db, "HALL", first.code, at=MORNING, actor=ANYONE)
    tickets.issue_ticket(network_db, "HALL", second.code, at=MORNING + timedelta(minutes=5), actor=ANYONE)
    lines = {
        line.category: line
        for line in tickets.queue_snapshot(network_db, "HALL", at=MORNING + timedelta(minutes=17))
    }
    assert lines[first.category].waiting == 2
    assert lines[first.category].longest_wait_min == 17
    assert sum(line.waiting for line in lines.values()) == 2
    with network_db.session() as session:
        assert len(lines) == session.scalar(select(func.count()).select_from(Category))


def test_recent_tickets_are_newest_first(network_db):
    service = _two_services_of_one_category(network_db)[0]
    tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING - timedelta(days=1), actor=ANYONE)
    issued = [
        tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE).number
        for _ in range(3)
    ]
    recent = tickets.recent_tickets(network_db, "HALL", limit=2, at=MORNING)
    assert [t.number for t in recent] == issued[::-1][:2]
    assert len(tickets.recent_tickets(network_db, "HALL", at=MORNING)) == 3  # yesterday's is not listed


def test_json_shape_is_the_cli_contract(network_db):
    service = _two_services_of_one_category(network_db)[0]
    data = tickets.issue_ticket(network_db, "HALL", service.code, at=MORNING, actor=ANYONE).to_json()
    assert {
        "id",
        "number",
        "prefix",
        "point",
        "service",
        "issued_at",
        "ahead",
        "estimated_wait_min",
        "qr",
    } <= set(data)
    assert data["issued_at"] == "2026-11-27T09:00:00+08:00"
    assert data["point"] == "HALL" and data["service"] == service.code
