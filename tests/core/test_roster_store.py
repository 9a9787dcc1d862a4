"""Rosters in the database: a draft replaced by each save, publishing by a supervisor only, a published
version kept read-only, a new version after it, refusals that change nothing, and leave."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from signing_in import ANYONE
from sqlalchemy import func, select

from taxdesk.core.accounts import actor_for
from taxdesk.core.db.models import RosterAssignment, StaffLeave
from taxdesk.core.errors import InvalidInput, NotAllowed, NotSignedIn
from taxdesk.core.roles import SYSTEM
from taxdesk.core.roster import store
from taxdesk.core.roster.model import Lock
from taxdesk.core.roster.store import Planned

WEEK = "2026-W49"
MONDAY, TUESDAY = date(2026, 11, 30), date(2026, 12, 1)
SUPERVISOR, OFFICER = "H01", "H05"


def supervisor(db):
    return actor_for(db, SUPERVISOR)


def week_plan(window: int = 2) -> list[Planned]:
    return [
        Planned("H05", MONDAY, "D", "GEN", window, locked=True),
        Planned("H06", MONDAY, "D", "INV", 4),
        Planned("B01", TUESDAY, "AM", "GEN", 11),
    ]


def assignments(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(RosterAssignment))


def test_a_draft_is_replaced_by_each_save_then_published_read_only(network_db):
    db = network_db
    assert store.latest(db, "HALL", WEEK) is None
    first = store.save_draft(
        db, "HALL", WEEK, week_plan(), actor=supervisor(db), objective=120, bound=118, solve_seconds=2.5
    )
    assert (first.version, first.status, first.objective, first.created_by) == (1, "draft", 120, "陈晓燕")
    h05 = first.assignments[0]
    assert (h05.staff, h05.template, h05.category, h05.window, h05.locked) == ("H05", "D", "GEN", 2, True)
    assert (h05.start_min, h05.end_min, h05.tidal) == (510, 1020, False)
    assert [a.staff for a in first.assignments] == ["H05", "H06", "B01"]  # by day, hall staff first
    assert first.locks([MONDAY + (TUESDAY - MONDAY) * i for i in range(7)]) == [Lock("H05", 0, "D:GEN:2")]

    again = store.save_draft(db, "HALL", WEEK, week_plan()[:2], actor=supervisor(db))
    assert (again.id, again.version, len(again.assignments)) == (first.id, 1, 2)  # the same draft, replaced
    assert assignments(db) == 2

    with pytest.raises(NotAllowed) as refused:
        store.publish(db, "HALL", WEEK, actor=actor_for(db, OFFICER))
    assert refused.value.key == "not_allowed"
    published = store.publish(db, "HALL", WEEK, actor=supervisor(db))
    assert published.published and published.published_by == "陈晓燕" and published.published_at is not None
    with pytest.raises(InvalidInput) as refused:
        store.publish(db, "HALL", WEEK, actor=supervisor(db))
    assert refused.value.key == "roster_published_already"

    # Read-only now: an officer cannot change it; a save without saying so does not start a version
    # either; a supervisor starts version 2 explicitly, and version 1 stays.
    with pytest.raises(NotAllowed):
        store.save_draft(db, "HALL", WEEK, week_plan(), actor=actor_for(db, OFFICER), revise=True)
    with pytest.raises(InvalidInput) as refused:
        store.save_draft(db, "HALL", WEEK, week_plan(), actor=supervisor(db))
    assert (refused.value.key, refused.value.params["next"]) == ("roster_published_readonly", 2)
    assert [v.version for v in store.versions(db, "HALL", WEEK)] == [1]
    second = store.save_draft(db, "HALL", WEEK, week_plan(), actor=supervisor(db), revise=True)
    assert (second.version, second.status, len(second.assignments)) == (2, "draft", 3)
    kept = store.versions(db, "HALL", WEEK)
    assert [(v.version, v.status, len(v.assignments)) for v in kept] == [(1, "published", 2), (2, "draft", 3)]
    assert store.latest(db, "HALL", "2026-W50") is None

    # What to print: the published version unless asked for the draft or a number.
    assert store.chosen(db, "HALL", WEEK).version == 1
    assert store.chosen(db, "HALL", WEEK, "published").version == 1
    assert store.chosen(db, "HALL", WEEK, "draft").version == 2
    assert store.chosen(db, "HALL", WEEK, 2).status == "draft"
    for which, key in ((3, "roster_no_version"), ("nope", "roster_version_choice")):
        with pytest.raises(InvalidInput) as refused:
            store.chosen(db, "HALL", WEEK, which)
        assert refused.value.key == key
    store.publish(db, "HALL", WEEK, actor=supervisor(db))
    with pytest.raises(InvalidInput) as refused:
        store.chosen(db, "HALL", WEEK, "draft")
    assert refused.value.key == "roster_no_draft" and store.chosen(db, "HALL", WEEK).version == 2


def test_without_a_published_version_the_draft_is_what_prints(network_db):
    db = network_db
    with pytest.raises(InvalidInput) as refused:
        store.chosen(db, "HALL", WEEK)
    assert refused.value.key == "roster_none"
    store.save_draft(db, "HALL", WEEK, week_plan(), actor=supervisor(db))
    assert store.chosen(db, "HALL", WEEK).status == "draft"
    with pytest.raises(InvalidInput) as refused:
        store.chosen(db, "HALL", WEEK, "published")
    assert refused.value.key == "roster_no_published"


@pytest.mark.parametrize(
    ("planned", "key"),
    [
        (Planned("X99", MONDAY, "D", "GEN", 2), "unknown_officer"),
        (Planned("H07", date(2026, 12, 7), "D", "GEN", 2), "roster_day_outside"),
        (Planned("H05", MONDAY, "D", "INV", 4), "roster_two_shifts"),
        (Planned("H07", MONDAY, "NIGHT", "GEN", 2), "roster_unknown_shift"),
        (Planned("H07", MONDAY, "D", "NOPE", 2), "unknown_category"),
        (Planned("H07", MONDAY, "D", "GEN", 99), "unknown_window"),
        (Planned("H07", MONDAY, "D", "GEN", 4), "roster_window_category"),  # window 4 serves invoices only
    ],
)
def test_a_bad_assignment_is_refused_and_nothing_changes(network_db, planned, key):
    db = network_db
    store.save_draft(db, "HALL", WEEK, week_plan(), actor=supervisor(db))
    with pytest.raises(InvalidInput) as refused:
        store.save_draft(db, "HALL", WEEK, [*week_plan(), planned], actor=supervisor(db))
    assert refused.value.key == key
    assert len(store.latest(db, "HALL", WEEK).assignments) == 3 == assignments(db)


def test_only_a_supervisor_or_administrator_makes_and_publishes_rosters(network_db):
    """Nobody, the system, a window officer and a front-desk officer are refused and change nothing; an
    administrator may (the roles, not a name, decide)."""
    from taxdesk.core import accounts

    db = network_db
    desk = next(code for code in ("H02", "H03", "H04") if "front_desk" in actor_for(db, code).roles)
    for nobody, error in (
        (None, NotSignedIn),
        (SYSTEM, NotAllowed),
        (actor_for(db, OFFICER), NotAllowed),
        (actor_for(db, desk), NotAllowed),
    ):
        with pytest.raises(error):
            store.save_draft(db, "HALL", WEEK, week_plan(), actor=nobody)
        assert store.latest(db, "HALL", WEEK) is None
    store.save_draft(db, "HALL", WEEK, week_plan(), actor=supervisor(db))
    for nobody, error in ((None, NotSignedIn), (SYSTEM, NotAllowed), (actor_for(db, OFFICER), NotAllowed)):
        with pytest.raises(error):
            store.publish(db, "HALL", WEEK, actor=nobody)
        assert not store.latest(db, "HALL", WEEK).published
    admin = accounts.create_administrator(db, "A1", "admin2026pw", name="管理员")
    published = store.publish(db, "HALL", WEEK, actor=admin)
    assert published.published and published.published_by == "管理员"


def test_publishing_nothing_and_bad_weeks_are_refused(network_db):
    with pytest.raises(InvalidInput) as refused:
        store.publish(network_db, "HALL", WEEK, actor=supervisor(network_db))
    assert refused.value.key == "roster_none"
    with pytest.raises(InvalidInput) as refused:
        store.latest(network_db, "HALL", "2026-49")
    assert refused.value.key == "forecast_week"


def test_leave_is_recorded_and_bad_leave_refused(network_db):
    db = network_db
    boss = actor_for(db, SUPERVISOR)
    leave_id = store.add_leave(db, "H05", date(2026, 12, 3), date(2026, 12, 4), reason="年休假", actor=boss)
    with db.session() as session:
        row = session.get(StaffLeave, leave_id)
        assert (row.first_day, row.last_day, row.reason) == (date(2026, 12, 3), date(2026, 12, 4), "年休假")
    with pytest.raises(InvalidInput) as refused:
        store.add_leave(db, "H05", date(2026, 12, 4), date(2026, 12, 3), actor=boss)
    assert refused.value.key == "leave_days"
    with pytest.raises(InvalidInput) as refused:
        store.add_leave(db, "H05", MONDAY, MONDAY, reason="长" * 61, actor=boss)
    assert refused.value.key == "text_too_long"
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(StaffLeave)) == 1

    # taken back by any day it covers
    assert store.remove_leave(db, "H05", date(2026, 12, 4), actor=boss) == 1
    with pytest.raises(InvalidInput) as refused:
        store.remove_leave(db, "H05", date(2026, 12, 4), actor=boss)
    assert refused.value.key == "leave_none"
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(StaffLeave)) == 0


def test_wishes_are_recorded_replaced_listed_and_taken_back(network_db):
    db = network_db
    boss = actor_for(db, SUPERVISOR)
    first = store.set_wish(db, "HALL", "H05", MONDAY, wants=False, weight=7, actor=boss)
    store.set_wish(db, "HALL", "B01", TUESDAY, wants=True, template="AM", actor=boss)
    again = store.set_wish(
        db, "HALL", "H05", MONDAY, wants=False, weight=3, actor=boss
    )  # the same day: replaced
    assert again == first
    listed = store.wishes(db, "HALL", MONDAY, TUESDAY)
    assert [(w.staff, w.day, w.template, w.wants, w.weight) for w in listed] == [
        ("H05", MONDAY, None, False, 3),
        ("B01", TUESDAY, "AM", True, store.DEFAULT_WISH_WEIGHT),
    ]
    assert listed[1].template_name and listed[0].name == "周敏"
    assert store.wishes(db, "HALL", TUESDAY + timedelta(days=1), TUESDAY + timedelta(days=6)) == []

    for bad, key in (
        ({"weight": 0}, "wish_weight"),
        ({"weight": 11}, "wish_weight"),
        ({"template": "NOPE"}, "roster_unknown_shift"),
    ):
        with pytest.raises(InvalidInput) as refused:
            store.set_wish(db, "HALL", "H06", MONDAY, wants=True, **bad, actor=boss)
        assert refused.value.key == key
    with pytest.raises(InvalidInput) as refused:
        store.set_wish(db, "HALL", "NOBODY", MONDAY, wants=True, actor=boss)
    assert len(store.wishes(db, "HALL", MONDAY, TUESDAY)) == 2  # nothing written by the refusals

    am = next(w.id for w in store.wishes(db, "HALL", MONDAY, TUESDAY) if w.template == "AM")
    with pytest.raises(InvalidInput) as refused:
        # the hall's morning shift: not the 银税e站's wish
        store.remove_wish(db, "YS01", am, actor=boss)
    assert refused.value.key == "wish_none"
    store.remove_wish(db, "HALL", first, actor=boss)
    with pytest.raises(InvalidInput) as refused:
        store.remove_wish(db, "HALL", first, actor=boss)
    assert refused.value.key == "wish_none"
    assert [w.staff for w in store.wishes(db, "HALL", MONDAY, TUESDAY)] == ["B01"]


def test_a_published_roster_sets_the_booking_places_of_each_slot(network_db):
    from datetime import datetime

    from taxdesk.core import bookings, clock

    db = network_db
    before = datetime(2026, 11, 27, 9, 0, tzinfo=clock.LOCAL_TZ)  # the Friday before: Monday is bookable

    def places(service: str) -> list[int]:
        return [slot.capacity for slot in bookings.slots(db, "HALL", service, MONDAY, at=before)]

    configured = places("DJBG")  # 综合服务 (A): three places a slot in the demo hall
    assert set(configured) == {3} and set(places("ZZSB")) == {2}
    store.save_draft(db, "HALL", WEEK, week_plan(), actor=supervisor(db))
    assert places("DJBG") == configured  # a draft changes nothing

    store.publish(db, "HALL", WEEK, actor=supervisor(db))
    # Monday: one window on 综合服务 all day, one on invoices, none on 申报纳税.
    assert set(places("DJBG")) == {1} and set(places("FPLY")) == {1} and set(places("ZZSB")) == {0}
    assert not any(slot.bookable for slot in bookings.slots(db, "HALL", "ZZSB", MONDAY, at=before))
    with pytest.raises(InvalidInput) as refused:
        bookings.create_booking(
            db,
            "HALL",
            "ZZSB",
            datetime(2026, 11, 30, 9, 0, tzinfo=clock.LOCAL_TZ),
            name="张三",
            phone="13800138000",
            id_number="11010519491231002X",
            at=before,
            actor=ANYONE,
        )
    assert refused.value.key == "not_bookable"


def test_leave_needs_who_makes_rosters_and_a_wish_is_the_persons_own_or_theirs(network_db):
    db = network_db
    officer, other = actor_for(db, OFFICER), next(c for c in ("H06", "H07") if c != OFFICER)
    with pytest.raises(NotAllowed):
        store.add_leave(db, other, MONDAY, MONDAY, actor=officer)
    with pytest.raises(NotSignedIn):
        store.add_leave(db, other, MONDAY, MONDAY, actor=None)
    leave = store.add_leave(db, other, MONDAY, MONDAY, actor=actor_for(db, SUPERVISOR))
    with db.session() as session:
        assert session.get(StaffLeave, leave).recorded_by == actor_for(db, SUPERVISOR).staff_id
    with pytest.raises(NotAllowed):
        store.remove_leave(db, other, MONDAY, actor=officer)

    own = store.set_wish(db, "HALL", OFFICER, MONDAY, wants=False, actor=officer)  # their own: allowed
    with pytest.raises(NotAllowed):
        store.set_wish(db, "HALL", other, MONDAY, wants=False, actor=officer)
    theirs = store.set_wish(db, "HALL", other, MONDAY, wants=True, actor=actor_for(db, SUPERVISOR))
    with pytest.raises(NotAllowed):
        store.remove_wish(db, "HALL", theirs, actor=officer)
    store.remove_wish(db, "HALL", own, actor=officer)
    assert [w.staff for w in store.wishes(db, "HALL", MONDAY, MONDAY)] == [other]
