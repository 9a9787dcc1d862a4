"""Calling tickets to windows, on SQLite and PostgreSQL: the order, skills, transfers, no-shows, the trail."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from signing_in import ANYONE
from sqlalchemy import select

from taxdesk.core import calls, clock, settings
from taxdesk.core.db.models import (
    Category,
    Service,
    Staff,
    Ticket,
    TicketEvent,
    Window,
    WindowEvent,
)
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.tickets import issue_ticket, ticket_events

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=clock.LOCAL_TZ)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def services_of(db, prefix: str) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Service.code)
                .join(Category, Category.id == Service.category_id)
                .where(Category.prefix == prefix)
                .order_by(Service.sort_order)
            )
        )


def window_serving(db, prefix: str, *, only: bool = False) -> int:
    """The number of a hall window that serves ``prefix`` (and, with ``only``, nothing else)."""
    with db.session() as session:
        for window in session.scalars(select(Window).where(Window.point_id == 1).order_by(Window.number)):
            prefixes = {c.prefix for c in window.categories}
            if prefix in prefixes and (not only or prefixes == {prefix}):
                return window.number
    raise AssertionError(f"no window serves {prefix}")


@pytest.fixture
def hall(network_db):
    return network_db


def test_green_first_then_reactivated_then_started_bookings_then_oldest(hall):
    a = services_of(hall, "A")[0]
    window = window_serving(hall, "A")
    first = issue_ticket(hall, "HALL", a, at=at(0), actor=ANYONE)
    booked_later = issue_ticket(hall, "HALL", a, channel="booking", slot_start=at(60), at=at(1), actor=ANYONE)
    booked_now = issue_ticket(hall, "HALL", a, channel="booking", slot_start=at(5), at=at(2), actor=ANYONE)
    green = issue_ticket(hall, "HALL", a, channel="green", at=at(3), actor=ANYONE)
    order = []
    for i in range(4):
        ticket = calls.call_next(hall, "HALL", window, at=at(10 + 2 * i), actor=ANYONE)
        calls.finish(hall, ticket.id, at=at(11 + 2 * i), actor=ANYONE)
        order.append(ticket.id)
    assert order == [green.id, booked_now.id, first.id, booked_later.id]
    assert calls.call_next(hall, "HALL", window, at=at(20), actor=ANYONE) is None


def test_a_reactivated_no_show_is_called_next(hall):
    a = services_of(hall, "A")[0]
    window = window_serving(hall, "A")
    missed = issue_ticket(hall, "HALL", a, at=at(0), actor=ANYONE)
    waiting = issue_ticket(hall, "HALL", a, at=at(1), actor=ANYONE)
    called = calls.call_next(hall, "HALL", window, at=at(2), actor=ANYONE)
    assert called.id == missed.id
    with pytest.raises(InvalidInput, match="recall"):
        calls.no_show(hall, missed.id, at=at(3), actor=ANYONE)  # not before the configured recalls
    for i in range(2):
        calls.recall(hall, missed.id, at=at(3 + i), actor=ANYONE)
    assert calls.no_show(hall, missed.id, at=at(5), actor=ANYONE).status == "no_show"
    calls.reactivate(hall, missed.id, at=at(6), actor=ANYONE)
    later = issue_ticket(hall, "HALL", a, at=at(7), actor=ANYONE)
    assert calls.call_next(hall, "HALL", window, at=at(8), actor=ANYONE).id == missed.id
    calls.finish(hall, missed.id, at=at(9), actor=ANYONE)
    assert calls.call_next(hall, "HALL", window, at=at(10), actor=ANYONE).id == waiting.id
    calls.finish(hall, waiting.id, at=at(11), actor=ANYONE)
    assert calls.call_next(hall, "HALL", window, at=at(12), actor=ANYONE).id == later.id


def test_a_no_show_is_reactivated_only_once(hall):
    a = services_of(hall, "A")[0]
    window = window_serving(hall, "A")
    ticket = issue_ticket(hall, "HALL", a, at=at(0), actor=ANYONE)
    with hall.transaction() as session:
        settings.put(session, settings.NOSHOW_AFTER_RECALLS, "0")
    for round_ in range(2):
        calls.call_next(hall, "HALL", window, at=at(1 + round_ * 5), actor=ANYONE)
        calls.no_show(hall, ticket.id, at=at(2 + round_ * 5), actor=ANYONE)
        if round_ == 0:
            calls.reactivate(hall, ticket.id, at=at(3), actor=ANYONE)
    with pytest.raises(InvalidInput, match="once"):
        calls.reactivate(hall, ticket.id, at=at(20), actor=ANYONE)


def test_windows_call_only_what_they_and_their_officer_serve(hall):
    b_only = window_serving(hall, "B", only=True)
    a_ticket = issue_ticket(hall, "HALL", services_of(hall, "A")[0], at=at(0), actor=ANYONE)
    b_ticket = issue_ticket(hall, "HALL", services_of(hall, "B")[0], at=at(1), actor=ANYONE)
    assert calls.call_next(hall, "HALL", b_only, at=at(2), actor=ANYONE).id == b_ticket.id
    calls.finish(hall, b_ticket.id, at=at(3), actor=ANYONE)
    assert calls.call_next(hall, "HALL", b_only, at=at(4), actor=ANYONE) is None  # A is not this window's
    # An officer qualified only for A at a window serving A and C calls A, never C.
    a_and_c = next(
        n for n in range(1, 13) if {"A", "C"} <= set(calls.window_view(hall, "HALL", n).categories)
    )
    with hall.transaction() as session:
        officer = session.scalar(select(Staff).where(Staff.code == "H03"))
        officer.categories = [session.scalar(select(Category).where(Category.prefix == "A"))]
    c_ticket = issue_ticket(
        hall, "HALL", services_of(hall, "C")[0], at=at(-10), actor=ANYONE
    )  # older than the A ticket
    calls.sign_in(hall, "HALL", a_and_c, "H03", at=at(5), actor=ANYONE)
    assert calls.call_next(hall, "HALL", a_and_c, at=at(6), actor=ANYONE).id == a_ticket.id
    calls.finish(hall, a_ticket.id, at=at(7), actor=ANYONE)
    assert calls.call_next(hall, "HALL", a_and_c, at=at(8), actor=ANYONE) is None
    assert calls.window_view(hall, "HALL", a_and_c).officer_code == "H03"
    with hall.session() as session:
        assert session.get(Ticket, c_ticket.id).status == "waiting"


def test_a_transferred_ticket_keeps_its_place_and_can_go_to_one_window(hall):
    a, b = services_of(hall, "A")[0], services_of(hall, "B")[0]
    window_a = window_serving(hall, "A", only=True) if _has_only(hall, "A") else window_serving(hall, "A")
    b_windows = [n for n in range(1, 13) if "B" in calls.window_view(hall, "HALL", n).categories]
    early = issue_ticket(hall, "HALL", a, at=at(0), actor=ANYONE)
    later_b = issue_ticket(hall, "HALL", b, at=at(5), actor=ANYONE)
    called = calls.call_next(hall, "HALL", window_a, at=at(6), actor=ANYONE)
    assert called.id == early.id
    moved = calls.transfer(hall, early.id, service_code=b, at=at(10), actor=ANYONE)
    assert moved.status == "waiting" and moved.service == b and moved.issued_at == early.issued_at
    assert moved.number == early.number
    assert (
        calls.call_next(hall, "HALL", b_windows[0], at=at(11), actor=ANYONE).id == early.id
    )  # before later_b
    calls.transfer(hall, early.id, window_number=b_windows[1], at=at(12), actor=ANYONE)
    assert (
        calls.call_next(hall, "HALL", b_windows[0], at=at(13), actor=ANYONE).id == later_b.id
    )  # not for this window
    calls.finish(hall, later_b.id, at=at(14), actor=ANYONE)
    assert calls.call_next(hall, "HALL", b_windows[0], at=at(15), actor=ANYONE) is None
    assert calls.call_next(hall, "HALL", b_windows[1], at=at(16), actor=ANYONE).id == early.id
    kinds = [(k, d) for k, _a, d in ticket_events(hall, early.id) if k == "transferred"]
    assert kinds == [("transferred", f"service {a} → {b}"), ("transferred", f"window {b_windows[1]}")]


def _has_only(db, prefix):
    try:
        window_serving(db, prefix, only=True)
        return True
    except AssertionError:
        return False


def test_a_window_serves_one_ticket_at_a_time_and_pausing_stops_calls(hall):
    a = services_of(hall, "A")[0]
    window = window_serving(hall, "A")
    first = issue_ticket(hall, "HALL", a, at=at(0), actor=ANYONE)
    issue_ticket(hall, "HALL", a, at=at(1), actor=ANYONE)
    calls.call_next(hall, "HALL", window, at=at(2), actor=ANYONE)
    with pytest.raises(InvalidInput, match=first.number):
        calls.call_next(hall, "HALL", window, at=at(3), actor=ANYONE)
    calls.start(hall, first.id, at=at(3), actor=ANYONE)
    with pytest.raises(InvalidInput, match="still serving"):
        calls.sign_out(hall, "HALL", window, at=at(4), actor=ANYONE)
    calls.finish(hall, first.id, at=at(5), actor=ANYONE)
    calls.pause(hall, "HALL", window, "lunch", at=at(6), actor=ANYONE)
    with pytest.raises(InvalidInput, match="paused"):
        calls.call_next(hall, "HALL", window, at=at(7), actor=ANYONE)
    assert calls.resume(hall, "HALL", window, at=at(8), actor=ANYONE).state == "open"
    assert calls.call_next(hall, "HALL", window, at=at(9), actor=ANYONE) is not None


def test_every_change_is_an_event_with_window_officer_and_time(hall):
    a = services_of(hall, "A")[0]
    window = window_serving(hall, "A")
    calls.sign_in(hall, "HALL", window, "H01", at=at(0), actor=ANYONE)
    ticket = issue_ticket(hall, "HALL", a, at=at(1), actor=ANYONE)
    calls.call_next(hall, "HALL", window, at=at(2), actor=ANYONE)
    calls.recall(hall, ticket.id, at=at(3), actor=ANYONE)
    calls.start(hall, ticket.id, at=at(4), actor=ANYONE)
    calls.finish(hall, ticket.id, at=at(9), actor=ANYONE)
    calls.pause(hall, "HALL", window, at=at(10), actor=ANYONE)
    with hall.session() as session:
        officer = session.scalar(select(Staff.id).where(Staff.code == "H01"))
        window_id = session.scalar(select(Window.id).where(Window.point_id == 1, Window.number == window))
        trail = session.execute(
            select(TicketEvent.kind, TicketEvent.at, TicketEvent.window_id, TicketEvent.staff_id)
            .where(TicketEvent.ticket_id == ticket.id)
            .order_by(TicketEvent.id)
        ).all()
        window_trail = session.execute(
            select(WindowEvent.kind, WindowEvent.staff_id)
            .where(WindowEvent.window_id == window_id)
            .order_by(WindowEvent.id)
        ).all()
        stored = session.get(Ticket, ticket.id)
        waited = stored.called_at - stored.issued_at
        handled = stored.finished_at - stored.called_at
    assert [(k, clock.local(t)) for k, t, _w, _s in trail] == [
        ("issued", at(1)),
        ("called", at(2)),
        ("recalled", at(3)),
        ("started", at(4)),
        ("finished", at(9)),
    ]
    assert all((w, s) == (window_id, officer) for k, _t, w, s in trail if k != "issued")
    assert [tuple(row) for row in window_trail] == [("sign_in", officer), ("pause", officer)]
    assert (waited, handled) == (timedelta(minutes=1), timedelta(minutes=7))


def test_bad_requests_say_why_and_change_nothing(hall):
    a = services_of(hall, "A")[0]
    ticket = issue_ticket(hall, "HALL", a, at=at(0), actor=ANYONE)
    with pytest.raises(NotFound):
        calls.call_next(hall, "HALL", 99, at=at(1), actor=ANYONE)
    with pytest.raises(NotFound):
        calls.sign_in(hall, "HALL", 1, "NOBODY", at=at(1), actor=ANYONE)
    with pytest.raises(InvalidInput, match="cannot finish"):
        calls.finish(hall, ticket.id, at=at(1), actor=ANYONE)
    with pytest.raises(InvalidInput, match="transfer to what"):
        calls.transfer(hall, ticket.id, at=at(1), actor=ANYONE)
    with pytest.raises(NotFound):
        calls.recall(hall, 999999, at=at(1), actor=ANYONE)
    assert [k for k, _a, _d in ticket_events(hall, ticket.id)] == ["issued"]


def test_queue_status_raises_the_tidal_window_alert(hall):
    a = services_of(hall, "A")[0]
    with hall.transaction() as session:
        settings.put(session, settings.ALERT_WAITING, "3")
        settings.put(session, settings.ALERT_WAIT_MIN, "15")
    for i in range(4):
        issue_ticket(hall, "HALL", a, at=at(i), actor=ANYONE)
    status = calls.queue_status(hall, "HALL", at=at(20))
    line = next(c for c in status.categories if c.prefix == "A")
    assert (line.waiting, line.longest_wait_min) == (4, 20)
    assert {(x.category, x.reason) for x in status.alerts} == {
        (line.category, "waiting"),
        (line.category, "wait"),
    }
    data = status.to_json()
    assert data["waiting"] == 4 and len(data["windows"]) == 12
    assert {"number", "state", "officer", "ticket", "since"} <= set(data["windows"][0])


def test_the_board_shows_current_and_recent_calls(hall):
    a = services_of(hall, "A")[0]
    window = window_serving(hall, "A")
    first = issue_ticket(hall, "HALL", a, at=at(0), actor=ANYONE)
    second = issue_ticket(hall, "HALL", a, at=at(1), actor=ANYONE)
    calls.call_next(hall, "HALL", window, at=at(2), actor=ANYONE)
    calls.recall(hall, first.id, at=at(3), actor=ANYONE)
    calls.finish(hall, first.id, at=at(4), actor=ANYONE)
    calls.call_next(hall, "HALL", window, at=at(5), actor=ANYONE)
    board = calls.board(hall, "HALL", at=at(6))
    assert [(c.kind, c.number, c.window) for c in board.recent] == [
        ("called", second.number, window),
        ("recalled", first.number, window),
        ("called", first.number, window),
    ]
    assert board.recent[0].announcement == f"请{second.number}号到{window}号窗口办理"
    current = next(w for w in board.windows if w.number == window)
    assert current.ticket.number == second.number
