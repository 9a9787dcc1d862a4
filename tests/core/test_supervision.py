"""What the window console and the supervisor read, on SQLite and PostgreSQL: a window's active ticket
with its times, the queues it calls from, idle time, the officers, and the alert thresholds."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from signing_in import ANYONE
from sqlalchemy import select

from taxdesk.core import calls, clock, settings, supervision
from taxdesk.core.db.models import Category, Service, Staff
from taxdesk.core.errors import InvalidInput
from taxdesk.core.roles import Actor  # noqa: E402
from taxdesk.core.tickets import issue_ticket

TARGETS_SETTER = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who sets the alert thresholds

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=clock.LOCAL_TZ)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def service_of(db, prefix: str) -> str:
    with db.session() as session:
        return session.scalar(
            select(Service.code)
            .join(Category, Category.id == Service.category_id)
            .where(Category.prefix == prefix)
            .order_by(Service.sort_order)
        )


def test_a_windows_active_ticket_comes_with_its_times_and_recalls(network_db):
    db = network_db
    calls.sign_in(db, "HALL", 2, "H05", at=at(0), actor=ANYONE)  # window 2 serves A only
    ticket = issue_ticket(db, "HALL", service_of(db, "A"), at=at(1), actor=ANYONE)
    issue_ticket(db, "HALL", service_of(db, "A"), at=at(2), actor=ANYONE)
    issue_ticket(db, "HALL", service_of(db, "B"), at=at(2), actor=ANYONE)

    idle = supervision.desk_status(db, "HALL", 2, at=at(3))
    assert idle.window.view.ticket is None and idle.window.free_since == at(0)
    assert [(q.prefix, q.waiting, q.longest_wait_min) for q in idle.queues] == [("A", 2, 2)]
    assert idle.noshow_after_recalls == 2 and idle.transferred_here == 0

    calls.call_next(db, "HALL", 2, at=at(4), actor=ANYONE)
    calls.recall(db, ticket.id, at=at(5), actor=ANYONE)
    called = supervision.desk_status(db, "HALL", 2, at=at(6))
    assert called.window.view.ticket.id == ticket.id
    assert (called.window.called_at, called.window.started_at, called.window.recall_count) == (at(4), None, 1)
    assert called.window.free_since is None
    assert [(q.prefix, q.waiting) for q in called.queues] == [("A", 1)]

    calls.start(db, ticket.id, at=at(7), actor=ANYONE)
    assert supervision.desk_status(db, "HALL", 2, at=at(8)).window.started_at == at(7)
    calls.finish(db, ticket.id, at=at(12), actor=ANYONE)
    assert supervision.desk_status(db, "HALL", 2, at=at(13)).window.free_since == at(12)


def test_the_console_shows_only_the_queues_the_officer_calls_and_tickets_sent_to_the_window(network_db):
    db = network_db
    with db.transaction() as session:
        officer = session.scalar(select(Staff).where(Staff.code == "H05"))
        officer.categories = [session.scalar(select(Category).where(Category.prefix == "A"))]
    calls.sign_in(db, "HALL", 1, "H05", at=at(0), actor=ANYONE)  # window 1 serves ABCD, the officer only A
    assert [q.prefix for q in supervision.desk_status(db, "HALL", 1, at=at(1)).queues] == ["A"]

    ticket = issue_ticket(db, "HALL", service_of(db, "B"), at=at(1), actor=ANYONE)
    assert [q.prefix for q in supervision.desk_status(db, "HALL", 1, at=at(2)).queues] == ["A"]
    calls.transfer(db, ticket.id, window_number=1, at=at(2), actor=ANYONE)
    status = supervision.desk_status(db, "HALL", 1, at=at(3))
    assert status.transferred_here == 1
    assert [(q.prefix, q.waiting) for q in status.queues] == [("A", 0), ("B", 1)]  # it may call this one
    assert calls.call_next(db, "HALL", 1, at=at(4), actor=ANYONE).id == ticket.id


def test_the_overview_has_every_window_and_the_alerts_with_their_thresholds(network_db):
    db = network_db
    supervision.set_thresholds(db, 2, 10, actor=TARGETS_SETTER)
    for i in range(3):
        issue_ticket(db, "HALL", service_of(db, "A"), at=at(i), actor=ANYONE)
    calls.sign_in(db, "HALL", 4, "H09", at=at(0), actor=ANYONE)
    calls.sign_in(db, "HALL", 5, "H08", at=at(0), actor=ANYONE)
    calls.pause(db, "HALL", 5, "午休", at=at(1), actor=ANYONE)
    view = supervision.overview(db, "HALL", at=at(15))
    assert len(view.windows) == 12 and view.thresholds == supervision.Thresholds(2, 10)
    assert {(a.name, a.reason, a.threshold) for a in view.status.alerts} == {
        ("综合服务", "waiting", 2),
        ("综合服务", "wait", 10),
    }
    four = next(w for w in view.windows if w.view.number == 4)
    assert four.view.state == "open" and four.view.officer_code == "H09" and four.free_since == at(0)
    five = next(w for w in view.windows if w.view.number == 5)
    assert (five.view.state, five.pause_reason, four.pause_reason) == ("paused", "午休", None)


def test_thresholds_are_installation_wide_and_checked(network_db):
    db = network_db
    assert supervision.thresholds(db) == supervision.Thresholds(20, 30)
    supervision.set_thresholds(db, 25, 40, actor=TARGETS_SETTER)
    with db.session() as session:
        assert settings.get(session, settings.ALERT_WAITING) == "25"
        assert settings.get(session, settings.ALERT_WAIT_MIN) == "40"
    for bad in ((0, 30), (20, 0), (1000, 30), (20, 10000)):
        with pytest.raises(InvalidInput):
            supervision.set_thresholds(db, *bad, actor=TARGETS_SETTER)
    assert supervision.thresholds(db) == supervision.Thresholds(25, 40)


def test_the_alert_thresholds_are_a_supervisors_setting(db):
    from taxdesk.core.errors import NotAllowed, NotSignedIn

    before = supervision.thresholds(db)
    officer = Actor(None, "H05", "周敏", frozenset({"window"}))
    with pytest.raises(NotAllowed):
        supervision.set_thresholds(db, 3, 12, actor=officer)
    with pytest.raises(NotSignedIn):
        supervision.set_thresholds(db, 3, 12, actor=None)
    assert supervision.thresholds(db) == before
