"""The changes that already recorded who made them, and the other administrative edits, now also write
one audit entry in the same transaction; refused changes write none, and the queue's own operations
(issue, call, finish) write none at all."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from signing_in import ANYONE, auditor
from sqlalchemy import select

from taxdesk.core import advisor, audit, bookings, calendar, calls, clock, network_edit, supervision
from taxdesk.core.accounts import actor_for, create_administrator
from taxdesk.core.db.models import AdvisorSuggestion, AuditEntry, ServicePoint
from taxdesk.core.errors import InvalidInput, NotAllowed
from taxdesk.core.roles import Actor
from taxdesk.core.roster import store
from taxdesk.core.roster.store import Planned
from taxdesk.core.tickets import issue_ticket

TARGETS_SETTER = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who sets the alert thresholds

AUDITOR = auditor()  # reads, verifies and prunes the trail

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=clock.LOCAL_TZ)
PERSON = "11010519491231002X"
WINDOW_OFFICER = Actor(
    None, "W01", "窗口", frozenset({"window"})
)  # roles only, for the databases without people


def _entries(db, kind=None):
    query = select(AuditEntry).order_by(AuditEntry.id)
    if kind:
        query = query.where(AuditEntry.kind == kind)
    with db.session() as session:
        return session.scalars(query).all()


def _data(text):
    return json.loads(text) if text else None


def test_the_demo_and_the_queue_write_no_audit_entries(network_db):
    services = network_edit.all_services(network_db)
    hall = next(s.code for s in services if "HALL" in s.offered_at)
    calls.sign_in(network_db, "HALL", 2, "H05", at=NOW, actor=ANYONE)
    ticket = issue_ticket(network_db, "HALL", hall, taxpayer_name="张小三", at=NOW, actor=ANYONE)
    called = calls.call_next(network_db, "HALL", 2, at=NOW + timedelta(minutes=1), actor=ANYONE)
    if called is not None:
        calls.finish(network_db, called.id, at=NOW + timedelta(minutes=5), actor=ANYONE)
    assert ticket.id and _entries(network_db) == []


def test_a_block_override_is_in_the_trail_with_the_id_masked(network_db):
    day = date(2026, 11, 2)
    for n in range(3):  # three no-shows: booked, never came
        start = bookings.slot_time(day + timedelta(days=7 * n), "09:00")
        bookings.create_booking(
            network_db,
            "HALL",
            "FPLY",
            start,
            name="李四",
            phone="13800000000",
            id_number=PERSON,
            at=start - timedelta(days=1),
            actor=ANYONE,
        )
    officer, supervisor = actor_for(network_db, "H05"), actor_for(network_db, "H01")
    with pytest.raises(NotAllowed):  # H05 is not a supervisor: refused, nothing recorded
        bookings.override_block(network_db, PERSON, actor=officer, reason="asked nicely", at=NOW)
    assert _entries(network_db) == []
    bookings.override_block(network_db, PERSON, actor=supervisor, reason="家中急事 13912345678", at=NOW)
    [entry] = _entries(network_db)
    assert (entry.kind, entry.actor, entry.object) == ("booking.override", "H01", "1101**********002X")
    assert PERSON not in entry.before + entry.after + entry.object
    assert _data(entry.after)["reason"] == "家中急事 139****5678"
    assert _data(entry.before)["blocked_until"].startswith("2026-12-16")
    assert audit.verify(network_db, actor=AUDITOR).ok


def _suggestion(db, at):
    with db.transaction() as session:
        point = session.scalar(select(ServicePoint).where(ServicePoint.code == "HALL"))
        row = AdvisorSuggestion(point_id=point.id, action="open", reason="{}", made_at=at)
        session.add(row)
        session.flush()
        return row.id


def test_advisor_decisions_are_in_the_trail(network_db):
    first, second = _suggestion(network_db, NOW), _suggestion(network_db, NOW)
    supervisor = actor_for(network_db, "H01")
    advisor.decide(network_db, first, accept=True, actor=supervisor, note="请 13812345678 上岗", at=NOW)
    advisor.decide(network_db, second, accept=False, actor=supervisor, at=NOW)
    with pytest.raises(InvalidInput):  # decided already: refused, nothing recorded
        advisor.decide(network_db, first, accept=False, actor=supervisor, at=NOW)
    third = _suggestion(network_db, NOW)
    with pytest.raises(NotAllowed):  # H05 is not a supervisor: refused, nothing recorded
        advisor.decide(network_db, third, accept=True, actor=actor_for(network_db, "H05"), at=NOW)
    accepted, dismissed = _entries(network_db)
    assert (accepted.kind, accepted.actor, accepted.object) == ("advice.accept", "H01", f"suggestion {first}")
    assert _data(accepted.after) == {"status": "accepted", "point": "HALL", "note": "请 138****5678 上岗"}
    assert (dismissed.kind, dismissed.object) == ("advice.dismiss", f"suggestion {second}")
    assert audit.verify(network_db, actor=AUDITOR).checked == 2


WEEK, MONDAY = "2026-W49", date(2026, 11, 30)


def test_publishing_and_revising_a_published_week_are_in_the_trail(network_db):
    officer, supervisor = actor_for(network_db, "H05"), actor_for(network_db, "H01")
    plan = [Planned("H05", MONDAY, "D", "GEN", 2), Planned("H06", MONDAY, "D", "INV", 4)]
    with pytest.raises(NotAllowed):  # not a supervisor: may not even make a draft
        store.save_draft(network_db, "HALL", WEEK, plan, actor=officer)
    store.save_draft(network_db, "HALL", WEEK, plan, actor=supervisor)  # a draft: not audited
    with pytest.raises(NotAllowed):
        store.publish(network_db, "HALL", WEEK, actor=officer)  # not a supervisor
    assert _entries(network_db) == []
    store.publish(network_db, "HALL", WEEK, actor=supervisor)
    # a new version of the published week
    store.save_draft(network_db, "HALL", WEEK, plan[:1], actor=supervisor, revise=True)
    with pytest.raises(NotAllowed):  # publishing needs a supervisor (or an administrator), also the revision
        store.publish(network_db, "HALL", WEEK, actor=officer)
    administrator = create_administrator(network_db, "A001", "admin2026pw")
    store.publish(network_db, "HALL", WEEK, actor=administrator)
    # (making the administrator is in the trail too, as account.administrator)
    published, revised, again = [e for e in _entries(network_db) if e.kind.startswith("roster.")]
    assert (published.kind, published.actor, published.object) == ("roster.publish", "H01", f"HALL {WEEK}")
    assert _data(published.after) == {"status": "published", "version": 1}
    assert (revised.kind, revised.actor, _data(revised.after)) == (
        "roster.revise",
        "H01",
        {"version": 2, "assignments": 1},
    )
    assert (again.kind, again.actor, _data(again.after)["version"]) == ("roster.publish", "A001", 2)


def test_calendar_edits_are_in_the_trail(network_db, tmp_path):
    db, editor = network_db, actor_for(network_db, "H01")
    with pytest.raises(NotAllowed):  # H05 is not a supervisor: refused, nothing recorded
        calendar.set_filing_deadline(db, 2026, 12, date(2026, 12, 16), actor=actor_for(db, "H05"))
    calendar.set_filing_deadline(db, 2026, 12, date(2026, 12, 16), actor=editor)
    calendar.set_filing_deadline(db, 2026, 12, date(2026, 12, 17), actor=editor)
    assert calendar.clear_filing_deadline(db, 2026, 12, actor=editor)
    assert not calendar.clear_filing_deadline(db, 2026, 12, actor=editor)  # nothing there: nothing recorded
    notice = tmp_path / "notice.csv"
    notice.write_text("date,kind,name\n2030-10-01,holiday,国庆节\n2030-10-12,workday,\n", encoding="utf-8")
    calendar.import_notice(db, notice, actor=editor)
    assert calendar.clear_day_overrides(db, date(2030, 10, 1), date(2030, 10, 31), actor=editor) == 2
    first, second, cleared, imported, days = _entries(db)
    assert {entry.actor for entry in (first, second, cleared, imported, days)} == {"H01"}
    assert (first.kind, first.object, _data(first.before), _data(first.after)) == (
        "calendar.deadline",
        "2026-12",
        None,
        {"date": "2026-12-16"},
    )
    assert (_data(second.before), _data(second.after)) == ({"date": "2026-12-16"}, {"date": "2026-12-17"})
    assert cleared.kind == "calendar.clear_deadline"
    assert _data(imported.after) == {"2030-10-01": ["holiday", "国庆节"], "2030-10-12": ["workday", None]}
    assert (days.kind, _data(days.after)) == ("calendar.clear_days", {"removed": 2})
    assert audit.verify(db, actor=AUDITOR).ok


def test_settings_changes_are_in_the_trail(db):
    from dataclasses import replace

    from taxdesk.core.plan import save_targets, targets_from_settings

    administrator = create_administrator(db, "A001", "admin2026pw")
    with pytest.raises(NotAllowed):  # a window officer may not change the staffing targets
        save_targets(db, replace(targets_from_settings(db), target_sl=0.9), actor=WINDOW_OFFICER)
    save_targets(db, replace(targets_from_settings(db), target_sl=0.9), actor=administrator)
    supervision.set_thresholds(db, 15, 25, actor=TARGETS_SETTER)
    with pytest.raises(InvalidInput):
        supervision.set_thresholds(db, 0, 25, actor=TARGETS_SETTER)
    targets, thresholds = _entries(db, "settings.change")
    assert (targets.object, targets.actor) == ("staffing targets", "A001")
    assert _data(targets.before)["staffing_target_sl"] == "0.8"
    assert _data(targets.after)["staffing_target_sl"] == "0.9"
    assert (_data(thresholds.before), _data(thresholds.after)) == (
        {"waiting": 20, "wait_min": 30},
        {"waiting": 15, "wait_min": 25},
    )


def test_booking_places_are_in_the_trail(network_db):
    bookings.set_capacity(network_db, "HALL", "GEN", 4, actor=TARGETS_SETTER)
    bookings.set_capacity(network_db, "HALL", "GEN", 6, actor=TARGETS_SETTER)
    with pytest.raises(NotAllowed):  # booking places are the network's set-up: not a window officer's
        bookings.set_capacity(network_db, "HALL", "GEN", 9, actor=WINDOW_OFFICER)
    first, second = _entries(network_db, "booking.capacity")
    assert first.actor == second.actor == "H01"
    assert (first.object, _data(second.before), _data(second.after)) == (
        "HALL GEN",
        {"capacity": 4},
        {"capacity": 6},
    )


def test_network_and_catalogue_edits_are_in_the_trail(network_db, tmp_path):
    editor = actor_for(network_db, "H01")
    point = network_edit.PointRecord("ZT9", "测试点", "township", contact="0571-88888888")
    with pytest.raises(NotAllowed):  # H05 is not a supervisor: refused, nothing recorded
        network_edit.create_point(network_db, point, actor=actor_for(network_db, "H05"))
    network_edit.create_point(network_db, point, actor=editor)
    network_edit.update_point(network_db, point, actor=editor)  # unchanged: nothing recorded
    network_edit.update_point(
        network_db, network_edit.PointRecord("ZT9", "测试点二", "township"), actor=editor
    )
    network_edit.deactivate_point(network_db, "ZT9", actor=editor)
    service = network_edit.all_services(network_db)[0]
    network_edit.set_offered_at(network_db, service.code, ["HALL", "ZT9"], actor=editor)
    created, renamed, deactivated, offered = _entries(network_db)
    assert {entry.actor for entry in (created, renamed, deactivated, offered)} == {"H01"}
    assert (created.kind, created.object, created.before) == ("network.point", "ZT9", None)
    assert _data(created.after)["contact"] == "0571-88888888"
    assert _data(renamed.before)["name"] == "测试点" and _data(renamed.after)["name"] == "测试点二"
    assert (_data(deactivated.before), _data(deactivated.after)) == ({"active": True}, {"active": False})
    assert (offered.kind, offered.object) == ("network.service", service.code)
    assert _data(offered.before)["offered_at"] == sorted(service.offered_at)
    assert _data(offered.after)["offered_at"] == ["HALL", "ZT9"]
    assert audit.verify(network_db, actor=AUDITOR).checked == 4
