"""Who may issue, check in, re-activate, call, seat officers at windows, book, print and see a taxpayer in
full — enforced by the core services, on SQLite and PostgreSQL. Every refusal leaves nothing written."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from taxdesk.core import bookings, calls, clock, tickets
from taxdesk.core.accounts import actor_for
from taxdesk.core.db.models import AuditEntry, Booking, BookingEvent, Ticket, TicketEvent, WindowEvent
from taxdesk.core.errors import NotAllowed, NotSignedIn
from taxdesk.core.roles import SYSTEM, Actor

# Friday 27 November 2026, 09:00 in Zhejiang; the next working days are 30 Nov – 4 Dec.
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=clock.LOCAL_TZ)
MONDAY = date(2026, 11, 30)
PERSON = "11010519491231002X"
OTHER = "440524198001010013"
COMPANY = "91350100M000100Y43"
HALL_ONLY = "QSZX"  # 清税注销: only the hall can finish it
B_SERVICE = "FPLY"  # 发票领用, at the hall and at T01
WINDOW = 4  # the hall's window 4 serves B only

FRONT_DESK, OFFICER, SUPERVISOR, AGENT, OTHER_AGENT = "H03", "H09", "H01", "T01A", "T02A"


@pytest.fixture
def hall(network_db):
    return network_db


def who(db, code: str) -> Actor:
    return actor_for(db, code)


def count(db, table) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(table))


def written(db) -> tuple[int, ...]:
    """Rows of every table a queue operation writes to."""
    return tuple(
        count(db, table) for table in (Ticket, TicketEvent, WindowEvent, Booking, BookingEvent, AuditEntry)
    )


def at(minutes: float) -> datetime:
    return NOW + timedelta(minutes=minutes)


def book(db, actor, *, point="HALL", service=B_SERVICE, slot="09:00", person=PERSON):
    return bookings.create_booking(
        db,
        point,
        service,
        bookings.slot_time(MONDAY, slot),
        name="张小三",
        phone="13812345678",
        id_number=person,
        at=NOW,
        actor=actor,
    )


def refused(db, call, error=NotAllowed) -> str:
    before = written(db)
    with pytest.raises(error) as raised:
        call()
    assert written(db) == before
    return raised.value.message


# ---------------------------------------------------------------------------------------------- tickets


def test_issuing_needs_tickets_at_the_point(hall):
    issued = tickets.issue_ticket(hall, "HALL", B_SERVICE, at=NOW, actor=who(hall, FRONT_DESK))
    with hall.session() as session:
        staff = session.scalar(select(TicketEvent.staff_id).where(TicketEvent.ticket_id == issued.id))
    assert staff == who(hall, FRONT_DESK).staff_id  # the issued event names who issued it
    assert "tickets" in refused(
        hall, lambda: tickets.issue_ticket(hall, "HALL", B_SERVICE, actor=who(hall, OFFICER))
    )
    assert "sign in" in refused(
        hall, lambda: tickets.issue_ticket(hall, "HALL", B_SERVICE, actor=None), NotSignedIn
    )
    assert tickets.issue_ticket(hall, "T01", B_SERVICE, at=NOW, actor=who(hall, AGENT)).point == "T01"
    message = refused(hall, lambda: tickets.issue_ticket(hall, "HALL", B_SERVICE, actor=who(hall, AGENT)))
    assert "only at their own point T01" in message
    refused(hall, lambda: tickets.issue_ticket(hall, "T01", B_SERVICE, actor=who(hall, OTHER_AGENT)))
    refused(hall, lambda: tickets.issue_ticket(hall, "HALL", B_SERVICE, actor=SYSTEM))


def test_a_refusal_comes_before_the_input_is_even_looked_at(hall):
    refused(hall, lambda: tickets.issue_ticket(hall, "NOPE", "NOPE", channel="x", actor=who(hall, OFFICER)))


def test_reactivating_needs_reactivate_and_calling_needs_calling(hall):
    officer, desk = who(hall, OFFICER), who(hall, FRONT_DESK)
    ticket = tickets.issue_ticket(hall, "HALL", B_SERVICE, at=at(0), actor=desk)
    refused(hall, lambda: calls.call_next(hall, "HALL", WINDOW, at=at(1), actor=desk))
    refused(hall, lambda: calls.call_next(hall, "HALL", WINDOW, at=at(1), actor=who(hall, AGENT)))
    assert calls.call_next(hall, "HALL", WINDOW, at=at(1), actor=officer).id == ticket.id
    for action in (calls.recall, calls.no_show, calls.start, calls.finish):
        refused(hall, lambda action=action: action(hall, ticket.id, at=at(2), actor=desk))
    refused(hall, lambda: calls.transfer(hall, ticket.id, window_number=5, at=at(2), actor=desk))
    calls.recall(hall, ticket.id, at=at(2), actor=officer)
    calls.recall(hall, ticket.id, at=at(3), actor=officer)
    assert calls.no_show(hall, ticket.id, at=at(4), actor=officer).status == "no_show"
    refused(hall, lambda: calls.reactivate(hall, ticket.id, at=at(5), actor=officer))
    refused(hall, lambda: calls.reactivate(hall, ticket.id, at=at(5), actor=who(hall, AGENT)))
    assert calls.reactivate(hall, ticket.id, at=at(5), actor=desk).status == "waiting"
    with hall.session() as session:
        trail = session.execute(
            select(TicketEvent.kind, TicketEvent.staff_id)
            .where(TicketEvent.ticket_id == ticket.id)
            .order_by(TicketEvent.id)
        ).all()
    names = {officer.staff_id: "officer", desk.staff_id: "desk"}
    assert [(kind, names[staff]) for kind, staff in trail] == [
        ("issued", "desk"),
        ("called", "officer"),
        ("recalled", "officer"),
        ("recalled", "officer"),
        ("no_show", "officer"),
        ("reactivated", "desk"),
    ]


def test_an_agent_runs_their_own_point_and_a_ticket_action_is_checked_at_the_tickets_point(hall):
    agent = who(hall, AGENT)
    ticket = tickets.issue_ticket(hall, "T01", B_SERVICE, at=at(0), actor=agent)
    # Nothing at the hall: neither its windows nor its tickets.
    hall_ticket = tickets.issue_ticket(hall, "HALL", B_SERVICE, at=at(0), actor=who(hall, FRONT_DESK))
    refused(hall, lambda: calls.sign_in(hall, "HALL", WINDOW, actor=agent, at=at(1)))
    refused(hall, lambda: calls.finish(hall, hall_ticket.id, at=at(1), actor=agent))
    refused(hall, lambda: calls.reactivate(hall, hall_ticket.id, at=at(1), actor=agent))
    # Their own point they run whole: its window, its calls.
    calls.sign_in(hall, "T01", 1, actor=agent, at=at(1))
    assert calls.call_next(hall, "T01", 1, at=at(2), actor=agent).id == ticket.id


# ---------------------------------------------------------------------------------------------- windows


def test_an_officer_signs_only_themselves_in_and_a_supervisor_seats_others(hall):
    officer, supervisor = who(hall, OFFICER), who(hall, SUPERVISOR)
    view = calls.sign_in(hall, "HALL", WINDOW, actor=officer, at=at(0))  # themselves, by default
    assert view.officer_code == OFFICER
    message = refused(hall, lambda: calls.sign_in(hall, "HALL", 5, "H13", actor=officer, at=at(1)))
    assert "assign windows" in message
    refused(hall, lambda: calls.sign_in(hall, "HALL", 5, "H13", actor=who(hall, FRONT_DESK), at=at(1)))
    assert calls.sign_in(hall, "HALL", 5, "H13", actor=supervisor, at=at(1)).officer_code == "H13"
    with hall.session() as session:
        seated = session.execute(
            select(WindowEvent.staff_id, WindowEvent.detail)
            .where(WindowEvent.kind == "sign_in")
            .order_by(WindowEvent.id)
        ).all()
    assert [detail for _staff, detail in seated] == [None, "seated by H01"]
    for call in (
        lambda: calls.pause(hall, "HALL", WINDOW, "午休", actor=who(hall, FRONT_DESK), at=at(2)),
        lambda: calls.resume(hall, "HALL", WINDOW, actor=who(hall, FRONT_DESK), at=at(2)),
        lambda: calls.sign_out(hall, "HALL", WINDOW, actor=who(hall, FRONT_DESK), at=at(2)),
    ):
        refused(hall, call)
    assert calls.pause(hall, "HALL", WINDOW, "午休", actor=officer, at=at(2)).state == "paused"
    assert calls.resume(hall, "HALL", WINDOW, actor=officer, at=at(3)).state == "open"
    assert calls.sign_out(hall, "HALL", WINDOW, actor=officer, at=at(4)).state == "closed"


def test_a_supervisor_without_calling_cannot_sign_themselves_in(hall):
    refused(hall, lambda: calls.sign_in(hall, "HALL", WINDOW, actor=who(hall, SUPERVISOR), at=at(0)))


# --------------------------------------------------------------------------------------------- bookings


def test_booking_needs_bookings_at_the_point_and_the_trail_names_who_booked(hall):
    desk = who(hall, FRONT_DESK)
    booking = book(hall, desk)
    with hall.session() as session:
        assert (
            session.scalar(select(BookingEvent.staff_id).where(BookingEvent.kind == "booked"))
            == desk.staff_id
        )
    refused(hall, lambda: book(hall, who(hall, OFFICER), person=OTHER))
    refused(hall, lambda: book(hall, None, person=OTHER), NotSignedIn)
    moved = bookings.reschedule_booking(
        hall, booking.code, bookings.slot_time(MONDAY, "10:00"), at=NOW, actor=desk
    )
    assert moved.start.hour == 10
    refused(hall, lambda: bookings.cancel_booking(hall, booking.code, at=NOW, actor=who(hall, OFFICER)))
    assert bookings.cancel_booking(hall, booking.code, at=NOW, actor=desk).status == "cancelled"


def test_an_agent_books_at_their_own_point_and_at_the_hall_only_what_only_the_hall_can_finish(hall):
    agent = who(hall, AGENT)
    own = book(hall, agent, point="T01")
    assert own.point == "T01"
    refused(hall, lambda: book(hall, who(hall, OTHER_AGENT), point="T01", person=OTHER))
    hall_only = book(hall, agent, service=HALL_ONLY, person=OTHER)  # at the hall: allowed
    assert hall_only.point == "HALL"
    message = refused(hall, lambda: book(hall, agent, service=B_SERVICE, slot="10:00"))
    assert "only at their own point T01" in message
    # Moving and cancelling follow the booking's point and service (known once it is read).
    bookings.reschedule_booking(
        hall, hall_only.code, bookings.slot_time(MONDAY, "10:00"), at=NOW, actor=agent
    )
    desk_booking = book(hall, who(hall, FRONT_DESK), slot="11:00", person=COMPANY)
    refused(hall, lambda: bookings.cancel_booking(hall, desk_booking.code, at=NOW, actor=agent))
    refused(hall, lambda: bookings.cancel_booking(hall, own.code, at=NOW, actor=who(hall, OTHER_AGENT)))
    assert bookings.cancel_booking(hall, own.code, at=NOW, actor=agent).status == "cancelled"


def test_checking_in_needs_check_in(hall):
    booking = book(hall, who(hall, FRONT_DESK))
    start = bookings.slot_time(MONDAY, "09:00")
    for code in (OFFICER, AGENT, SUPERVISOR):
        refused(
            hall, lambda code=code: bookings.check_in(hall, booking.code, at=start, actor=who(hall, code))
        )
        refused(
            hall,
            lambda code=code: bookings.check_in(
                hall, booking.code, point_code="HALL", at=start, actor=who(hall, code)
            ),
        )
    desk = who(hall, FRONT_DESK)
    ticket = bookings.check_in(hall, booking.code, at=start, actor=desk)
    with hall.session() as session:
        assert (
            session.scalar(select(BookingEvent.staff_id).where(BookingEvent.kind == "checked_in"))
            == desk.staff_id
        )
        issued = session.scalar(select(TicketEvent.staff_id).where(TicketEvent.ticket_id == ticket.id))
    assert issued == desk.staff_id


def test_prints_are_recorded_for_those_who_issue_or_book(hall):
    desk = who(hall, FRONT_DESK)
    ticket = tickets.issue_ticket(hall, "HALL", B_SERVICE, at=NOW, actor=desk)
    booking = book(hall, desk)
    tickets.record_print(hall, ticket.id, "printer:default", actor=desk)
    bookings.record_print(hall, booking.code, "printer:default", actor=desk)
    refused(hall, lambda: tickets.record_print(hall, ticket.id, "printer:default", actor=who(hall, OFFICER)))
    refused(hall, lambda: tickets.record_print(hall, ticket.id, "printer:default", actor=who(hall, AGENT)))
    refused(
        hall, lambda: bookings.record_print(hall, booking.code, "printer:default", actor=who(hall, OFFICER))
    )
    refused(
        hall, lambda: bookings.record_print(hall, booking.code, "printer:default", actor=who(hall, AGENT))
    )


# ------------------------------------------------------------------------------------ personal data in full


def personal_views(db) -> list[tuple[str, str, str, str]]:
    with db.session() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(AuditEntry.actor, AuditEntry.object, AuditEntry.after, AuditEntry.host)
                .where(AuditEntry.kind == "personal.view")
                .order_by(AuditEntry.id)
            )
        ]


def test_views_are_masked_and_revealing_a_booking_is_allowed_to_desks_and_audited(hall):
    desk = who(hall, FRONT_DESK)
    booking = book(hall, desk)
    shown = bookings.get_booking(hall, booking.code, at=NOW)
    assert (shown.taxpayer_name, shown.taxpayer_phone) == ("张*三", "138****5678")
    assert [b.taxpayer_phone for b in bookings.list_bookings(hall, "HALL", MONDAY, at=NOW)] == ["138****5678"]
    refused(hall, lambda: bookings.reveal(hall, booking.code, actor=who(hall, OFFICER)))
    refused(hall, lambda: bookings.reveal(hall, booking.code, actor=who(hall, OTHER_AGENT)))
    refused(hall, lambda: bookings.reveal(hall, booking.code, actor=None), NotSignedIn)
    full = bookings.reveal(hall, booking.qr, actor=desk)
    assert (full.name, full.phone, full.number) == ("张小三", "13812345678", booking.code)
    assert full.id_masked == shown.taxpayer_id and "*" in full.id_masked  # never kept in full
    [(actor, obj, after, host)] = personal_views(hall)
    assert actor == FRONT_DESK and booking.code in obj and host
    assert (
        "张*三" in after and "138****5678" in after and "张小三" not in after and "13812345678" not in after
    )


def test_revealing_a_ticket_is_allowed_to_desks_and_windows_and_audited(hall):
    desk = who(hall, FRONT_DESK)
    ticket = tickets.issue_ticket(
        hall, "HALL", B_SERVICE, taxpayer_name="王小明", taxpayer_phone="13912345678", at=NOW, actor=desk
    )
    assert (ticket.taxpayer_name, ticket.taxpayer_phone) == ("王*明", "139****5678")
    issuing_audited = count(hall, AuditEntry)
    assert issuing_audited == 0  # issuing never writes to the audit trail
    full = tickets.reveal(hall, ticket.id, actor=who(hall, OFFICER))
    assert (full.name, full.phone, full.number) == ("王小明", "13912345678", ticket.number)
    refused(hall, lambda: tickets.reveal(hall, ticket.id, actor=who(hall, SUPERVISOR)))
    refused(hall, lambda: tickets.reveal(hall, ticket.id, actor=who(hall, AGENT)))
    [(actor, obj, after, _host)] = personal_views(hall)
    assert actor == OFFICER and ticket.number in obj and "王*明" in after and "13912345678" not in after
