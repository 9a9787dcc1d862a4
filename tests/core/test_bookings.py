"""Appointments on SQLite and PostgreSQL: slots and places, the horizon, holidays, strikes, check-in."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from signing_in import ANYONE
from sqlalchemy import select

from taxdesk.core import bookings, calls, clock, settings
from taxdesk.core.accounts import actor_for
from taxdesk.core.db.models import Booking, BookingBlockOverride, BookingEvent, Setting, SlotBooking
from taxdesk.core.errors import InvalidInput, NotAllowed, NotFound, NotSignedIn
from taxdesk.core.install import init_database
from taxdesk.core.roles import SYSTEM
from taxdesk.core.tickets import get_ticket

# Friday 27 November 2026, 09:00 in Zhejiang; the next working days are 30 Nov – 4 Dec.
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=clock.LOCAL_TZ)
MONDAY = date(2026, 11, 30)
PERSON = "11010519491231002X"
OTHER = "440524198001010013"
COMPANY = "91350100M000100Y43"


def at(day: date, hhmm: str) -> datetime:
    return bookings.slot_time(day, hhmm)


def book(db, start, *, who=PERSON, service="FPLY", point="HALL", now=NOW, **kwargs):
    return bookings.create_booking(
        db,
        point,
        service,
        start,
        name="张小三",
        phone="13812345678",
        id_number=who,
        at=now,
        **kwargs,
        actor=ANYONE,
    )


def test_slots_follow_opening_hours_with_places_from_configuration(network_db):
    day = bookings.slots(network_db, "HALL", "FPLY", MONDAY, at=NOW)
    assert [s.start.strftime("%H:%M") for s in day][:3] == ["08:30", "09:00", "09:30"]
    assert "12:00" not in {s.start.strftime("%H:%M") for s in day}  # lunch
    assert all(s.end - s.start == timedelta(minutes=30) and s.bookable for s in day)
    assert {s.capacity for s in day} == {3}  # the demo hall's invoice places
    assert bookings.slots(network_db, "HALL", "FPLY", date(2026, 11, 28), at=NOW) == []  # Saturday


def test_booking_takes_a_place_and_cancelling_gives_it_back(network_db):
    start = at(MONDAY, "09:00")
    booking = book(network_db, start)
    assert booking.code and len(booking.code) == 8 and booking.status == "booked"
    assert booking.taxpayer_id == "1101**********002X" and booking.taxpayer_name == "张*三"
    assert booking.qr.startswith("B1:") and booking.start == start
    assert booking.to_json()["start"] == "2026-11-30T09:00:00+08:00"
    remaining = {s.start: s.remaining for s in bookings.slots(network_db, "HALL", "FPLY", MONDAY, at=NOW)}
    assert remaining[start] == 2
    assert bookings.cancel_booking(network_db, booking.code, at=NOW, actor=ANYONE).status == "cancelled"
    remaining = {s.start: s.remaining for s in bookings.slots(network_db, "HALL", "FPLY", MONDAY, at=NOW)}
    assert remaining[start] == 3
    with pytest.raises(InvalidInput) as again:
        bookings.cancel_booking(network_db, booking.code, at=NOW, actor=ANYONE)
    assert again.value.key == "booking_not_open"


def test_a_full_slot_refuses_and_writes_nothing(network_db):
    start = at(MONDAY, "10:00")
    with network_db.transaction() as session:
        settings.put(session, settings.NOSHOW_STRIKES, "99")
    for who in [PERSON, OTHER, COMPANY]:
        book(network_db, start, who=who)
    with pytest.raises(InvalidInput) as full:
        book(network_db, start, who="330102199003077114")
    assert full.value.key == "slot_full"
    with network_db.session() as session:
        assert len(session.scalars(select(Booking)).all()) == 3
        assert session.scalar(select(SlotBooking.booked)) == 3


@pytest.mark.parametrize(
    ("start", "now", "key"),
    [
        (at(date(2026, 12, 7), "09:00"), NOW, "too_far"),  # the 6th working day ahead
        (at(date(2026, 11, 28), "09:00"), NOW, "not_workday"),  # a Saturday
        (at(date(2026, 11, 27), "11:00"), NOW, "too_soon"),  # today, 2 hours ahead
        (at(date(2026, 11, 26), "09:00"), NOW, "slot_past"),
        (at(MONDAY, "12:30"), NOW, "no_such_slot"),  # lunch
        (at(MONDAY, "09:10"), NOW, "no_such_slot"),
    ],
)
def test_the_booking_horizon_and_calendar(network_db, start, now, key):
    with pytest.raises(InvalidInput) as refused:
        book(network_db, start, now=now)
    assert refused.value.key == key
    with network_db.session() as session:
        assert session.scalars(select(Booking)).all() == []


def test_today_three_hours_ahead_and_the_fifth_working_day_are_bookable(network_db):
    assert book(network_db, at(date(2026, 11, 27), "13:30")).status == "booked"
    assert book(network_db, at(date(2026, 12, 4), "16:30"), who=OTHER).status == "booked"


def test_holidays_and_make_up_workdays_come_from_the_calendar(network_db):
    before_national_day = datetime(2025, 9, 26, 9, 0, tzinfo=clock.LOCAL_TZ)  # a Friday
    with pytest.raises(InvalidInput) as holiday:
        book(network_db, at(date(2025, 10, 1), "09:00"), now=before_national_day)
    assert holiday.value.key == "not_workday"
    make_up_sunday = at(date(2025, 9, 28), "09:00")  # 调休: a Sunday that is a working day
    assert book(network_db, make_up_sunday, now=before_national_day).status == "booked"


def test_invalid_taxpayer_details_are_refused_precisely(network_db):
    start = at(MONDAY, "09:00")
    cases = [
        ({"id_number": "110105194912310021"}, "id_check"),
        ({"id_number": "91350100M000100Y44", "id_kind": "business"}, "credit_check"),
        ({"phone": "12345"}, "phone_invalid"),
        ({"name": "  "}, "name_required"),
        ({"name": "张\x00三"}, "text_control"),
        ({"name": "张\u202e三"}, "text_control"),
        ({"name": "张" * 41}, "name_too_long"),
    ]
    for override, key in cases:
        fields = {"name": "张小三", "phone": "13812345678", "id_number": PERSON, **override}
        with pytest.raises(InvalidInput) as refused:
            bookings.create_booking(network_db, "HALL", "FPLY", start, at=NOW, **fields, actor=ANYONE)
        assert refused.value.key == key
    with network_db.session() as session:
        assert session.scalars(select(Booking)).all() == []


def test_one_open_booking_per_taxpayer_service_and_day(network_db):
    first = book(network_db, at(MONDAY, "09:00"))
    with pytest.raises(InvalidInput) as duplicate:
        book(network_db, at(MONDAY, "14:00"))
    assert duplicate.value.key == "booking_duplicate" and duplicate.value.params["code"] == first.code


def blind_check(monkeypatch) -> None:
    """The desk's check misses the other booking once, as when another desk commits it just after the check:
    what stops the second booking then is the database."""
    real, seen = bookings._open_booking, []

    def blind(*args, **kwargs):
        seen.append(args)
        return None if len(seen) == 1 else real(*args, **kwargs)

    monkeypatch.setattr(bookings, "_open_booking", blind)


def test_the_database_itself_refuses_a_second_open_booking_for_the_service_and_day(network_db, monkeypatch):
    """The loser of a race (two desks, one taxpayer, at the same moment) passes the check, then meets the
    partial unique index: refused like the check would have, naming the booking that won."""
    first = book(network_db, at(MONDAY, "09:00"))
    blind_check(monkeypatch)
    with pytest.raises(InvalidInput) as duplicate:
        book(network_db, at(MONDAY, "14:00"))
    assert duplicate.value.key == "booking_duplicate"
    assert duplicate.value.params["code"] == first.code and first.code in duplicate.value.message
    with network_db.session() as session:
        assert session.scalars(select(Booking.code)).all() == [first.code]
        assert (
            session.scalar(select(SlotBooking.booked).where(SlotBooking.slot_start == at(MONDAY, "14:00")))
            is None
        )
    # Only open bookings count: once this one is used or cancelled, the taxpayer may book the service again.
    bookings.cancel_booking(network_db, first.code, at=NOW, actor=ANYONE)
    assert book(network_db, at(MONDAY, "14:00")).status == "booked"


def test_a_race_lost_to_a_booking_cancelled_meanwhile_is_tried_again(network_db, monkeypatch):
    first = book(network_db, at(MONDAY, "09:00"))
    blind_check(monkeypatch)
    real = bookings._race_winner

    def cancelled_meanwhile(*args):
        bookings.cancel_booking(network_db, first.code, at=NOW, actor=ANYONE)
        return real(*args)

    monkeypatch.setattr(bookings, "_race_winner", cancelled_meanwhile)
    second = book(network_db, at(MONDAY, "14:00"))
    assert second.status == "booked"
    with network_db.session() as session:
        open_ = session.scalars(select(Booking.code).where(Booking.status == "booked")).all()
    assert open_ == [second.code]


def test_the_same_number_typed_differently_is_the_same_taxpayer(network_db):
    first = book(network_db, at(MONDAY, "09:00"), who="110105 19491231002x")
    with pytest.raises(InvalidInput) as duplicate:
        book(network_db, at(MONDAY, "14:00"), who="11010519491231002X")
    assert duplicate.value.params["code"] == first.code
    assert first.taxpayer_id == "1101**********002X"


def test_no_full_id_number_is_stored_only_a_keyed_hash_and_the_masked_form(network_db):
    from taxdesk.core.db.models import Base
    from taxdesk.core.identity import taxpayer_key
    from taxdesk.core.signing import derive_key

    days = [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]
    for day in days:  # three no-shows, then a supervisor lifts the block: every place a number could go
        book(network_db, at(day, "09:00"), now=at(day, "09:00") - timedelta(days=1))
    bookings.override_block(
        network_db, PERSON, actor=actor_for(network_db, "H01"), reason="family emergency", at=NOW
    )
    book(network_db, at(MONDAY, "09:00"))
    book(network_db, at(MONDAY, "09:00"), who=COMPANY, id_kind="business")
    with network_db.session() as session:
        secret = session.scalar(select(Setting.value).where(Setting.key == settings.SIGNING_SECRET))
        stored = [
            str(value)
            for table in Base.metadata.sorted_tables
            for row in session.execute(select(table))
            for value in row
        ]
        keys = session.execute(select(Booking.taxpayer_key, Booking.taxpayer_id_masked)).all()
        overrides = session.execute(
            select(BookingBlockOverride.taxpayer_key, BookingBlockOverride.taxpayer_id_masked)
        ).all()
    assert not [value for value in stored if PERSON in value or COMPANY in value]
    expected = taxpayer_key(PERSON, derive_key(bytes.fromhex(secret), "taxpayer-id"))
    assert len(expected) == 64 and expected != taxpayer_key(PERSON, derive_key(bytes(32), "taxpayer-id"))
    assert sorted(set(keys)) == sorted(
        {
            (expected, "1101**********002X"),
            (taxpayer_key(COMPANY, derive_key(bytes.fromhex(secret), "taxpayer-id")), "9135**********0Y43"),
        }
    )
    assert overrides == [(expected, "1101**********002X")]
    # What the hash is for: the taxpayer typed in again is recognised (repeat no-shows, the lifted block).
    block = bookings.block_status(network_db, PERSON, at=NOW)
    assert len(block.no_shows) == 3 and block.blocked_until is not None and not block.blocked
    assert block.taxpayer_id == "1101**********002X"


def test_reschedule_onto_a_day_already_booked_for_the_service_is_refused(network_db):
    monday = book(network_db, at(MONDAY, "09:00"))
    tuesday = book(network_db, at(date(2026, 12, 1), "09:00"))
    with pytest.raises(InvalidInput) as duplicate:
        bookings.reschedule_booking(network_db, tuesday.code, at(MONDAY, "14:00"), at=NOW, actor=ANYONE)
    assert duplicate.value.key == "booking_duplicate" and duplicate.value.params["code"] == monday.code
    assert bookings.get_booking(network_db, tuesday.code, at=NOW).start == at(date(2026, 12, 1), "09:00")
    places = {s.start: s.remaining for s in bookings.slots(network_db, "HALL", "FPLY", MONDAY, at=NOW)}
    assert places[at(MONDAY, "14:00")] == 3  # nothing taken
    # Within its own day, or to a day that is free, a booking moves as before.
    assert (
        bookings.reschedule_booking(network_db, monday.code, at(MONDAY, "14:00"), at=NOW, actor=ANYONE).code
        == monday.code
    )
    moved = bookings.reschedule_booking(
        network_db, tuesday.code, at(date(2026, 12, 2), "09:00"), at=NOW, actor=ANYONE
    )
    assert moved.start == at(date(2026, 12, 2), "09:00")


def test_reschedule_racing_another_booking_of_the_taxpayer_is_refused_by_the_database(
    network_db, monkeypatch
):
    monday = book(network_db, at(MONDAY, "09:00"))
    tuesday = book(network_db, at(date(2026, 12, 1), "09:00"))
    blind_check(monkeypatch)
    with pytest.raises(InvalidInput) as duplicate:
        bookings.reschedule_booking(network_db, tuesday.code, at(MONDAY, "14:00"), at=NOW, actor=ANYONE)
    assert duplicate.value.key == "booking_duplicate" and duplicate.value.params["code"] == monday.code
    assert bookings.get_booking(network_db, tuesday.code, at=NOW).start == at(date(2026, 12, 1), "09:00")
    places = {s.start: s.remaining for s in bookings.slots(network_db, "HALL", "FPLY", MONDAY, at=NOW)}
    assert places[at(MONDAY, "14:00")] == 3


def test_reschedule_moves_the_place(network_db):
    booking = book(network_db, at(MONDAY, "09:00"))
    moved = bookings.reschedule_booking(
        network_db, booking.code, at(date(2026, 12, 1), "14:00"), at=NOW, actor=ANYONE
    )
    assert moved.start == at(date(2026, 12, 1), "14:00") and moved.code == booking.code
    monday = {s.start: s.remaining for s in bookings.slots(network_db, "HALL", "FPLY", MONDAY, at=NOW)}
    tuesday = {
        s.start: s.remaining for s in bookings.slots(network_db, "HALL", "FPLY", date(2026, 12, 1), at=NOW)
    }
    assert monday[at(MONDAY, "09:00")] == 3 and tuesday[at(date(2026, 12, 1), "14:00")] == 2
    with network_db.session() as session:
        kinds = session.scalars(select(BookingEvent.kind).order_by(BookingEvent.id)).all()
    assert kinds == ["booked", "rescheduled"]


def test_check_in_within_the_arrival_window_issues_a_priority_ticket(network_db):
    start = at(MONDAY, "09:00")
    booking = book(network_db, start)
    walk_in = None
    from taxdesk.core.tickets import issue_ticket

    walk_in = issue_ticket(network_db, "HALL", "FPLY", at=start - timedelta(minutes=30), actor=ANYONE)
    ticket = bookings.check_in(
        network_db, booking.qr, point_code="HALL", at=start - timedelta(minutes=15), actor=ANYONE
    )
    assert ticket.channel == "booking" and ticket.number == "Y001" and ticket.service == "FPLY"
    assert bookings.get_booking(network_db, booking.code, at=start).status == "checked_in"
    window = next(n for n in range(1, 13) if "B" in calls.window_view(network_db, "HALL", n).categories)
    # Before the slot starts the booking waits like anyone; from its start it goes ahead of walk-ins.
    assert (
        calls.call_next(network_db, "HALL", window, at=start + timedelta(minutes=1), actor=ANYONE).id
        == ticket.id
    )
    assert walk_in is not None and get_ticket(network_db, walk_in.id).status == "waiting"


@pytest.mark.parametrize(
    ("minutes", "key"),
    [(-31, "booking_early"), (16, "booking_late")],
)
def test_check_in_outside_the_window_is_refused_with_the_time(network_db, minutes, key):
    start = at(MONDAY, "09:00")
    booking = book(network_db, start)
    with pytest.raises(InvalidInput) as refused:
        bookings.check_in(network_db, booking.code, at=start + timedelta(minutes=minutes), actor=ANYONE)
    assert refused.value.key == key and refused.value.params["time"] in ("08:30", "09:15")
    assert bookings.get_booking(network_db, booking.code, at=start).status == "booked"


def test_cancelled_used_foreign_forged_and_replayed_slips_are_refused(network_db, tmp_path):
    start = at(MONDAY, "09:00")
    used = book(network_db, start)
    bookings.check_in(network_db, used.qr, at=start, actor=ANYONE)
    with pytest.raises(InvalidInput) as replay:
        bookings.check_in(network_db, used.qr, at=start + timedelta(minutes=1), actor=ANYONE)
    assert replay.value.key == "booking_used"

    cancelled = book(network_db, start, who=OTHER)
    bookings.cancel_booking(network_db, cancelled.code, at=NOW, actor=ANYONE)
    with pytest.raises(InvalidInput) as refused:
        bookings.check_in(network_db, cancelled.code, at=start, actor=ANYONE)
    assert refused.value.key == "booking_cancelled"

    elsewhere = book(network_db, start, who=COMPANY)
    with pytest.raises(InvalidInput) as refused:
        bookings.check_in(network_db, elsewhere.qr, point_code="T01", at=start, actor=ANYONE)
    assert refused.value.key == "booking_other_point"

    forged = elsewhere.qr.replace(":HALL:", ":T01:")
    with pytest.raises(InvalidInput) as refused:
        bookings.check_in(network_db, forged, at=start, actor=ANYONE)
    assert refused.value.key == "booking_bad_signature"

    from taxdesk.core.db import Database

    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    init_database(other)
    with pytest.raises(InvalidInput) as refused:
        bookings.check_in(other, elsewhere.qr, at=start, actor=ANYONE)
    assert refused.value.key == "booking_other_installation"
    other.dispose()

    with pytest.raises(NotFound):
        bookings.check_in(network_db, "ZZZZZZZZ", at=start, actor=ANYONE)
    with pytest.raises(InvalidInput) as refused:
        bookings.check_in(network_db, "T1:AAAA:HALL:20261130:A001:1:AAAA", at=start, actor=ANYONE)
    assert refused.value.key == "booking_wrong_kind"


def test_three_no_shows_in_thirty_days_block_booking_until_a_supervisor_lifts_it(network_db):
    days = [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]
    for day in days:  # booked the working day before, then never came
        book(network_db, at(day, "09:00"), now=at(day, "09:00") - timedelta(days=1))
    block = bookings.block_status(network_db, PERSON, at=NOW)
    assert len(block.no_shows) == 3 and block.blocked
    assert block.blocked_until.date() == date(2026, 12, 16)
    with pytest.raises(InvalidInput) as refused:
        book(network_db, at(MONDAY, "09:00"))
    assert refused.value.key == "booking_blocked" and refused.value.params["until"] == "2026-12-16"
    assert book(network_db, at(MONDAY, "09:00"), who=OTHER).status == "booked"  # others are not affected

    with pytest.raises(InvalidInput):
        bookings.override_block(network_db, PERSON, actor=actor_for(network_db, "H01"), reason=" ", at=NOW)
    for nobody, error in (
        (None, NotSignedIn),
        (SYSTEM, NotAllowed),
        (actor_for(network_db, "H03"), NotAllowed),
    ):
        with pytest.raises(error):  # nobody, the system, a front-desk officer
            bookings.override_block(network_db, PERSON, actor=nobody, reason="asked nicely", at=NOW)
    with pytest.raises(NotAllowed) as not_allowed:  # H05 is a window officer, not a supervisor
        bookings.override_block(
            network_db, PERSON, actor=actor_for(network_db, "H05"), reason="asked nicely", at=NOW
        )
    assert not_allowed.value.key == "not_allowed"
    assert bookings.block_status(network_db, PERSON).blocked  # the refusals changed nothing
    lifted = bookings.override_block(
        network_db, PERSON, actor=actor_for(network_db, "H01"), reason="family emergency", at=NOW
    )
    assert not lifted.blocked and lifted.overridden_until.date() == date(2026, 12, 16)
    with network_db.session() as session:
        from taxdesk.core.db.models import BookingBlockOverride, Staff

        record = session.scalar(select(BookingBlockOverride))
        assert record.reason == "family emergency"
        assert session.get(Staff, record.staff_id).code == "H01"
    allowed = book(network_db, at(MONDAY, "09:30"))
    assert allowed.status == "booked"
    bookings.cancel_booking(
        network_db, allowed.code, at=NOW, actor=ANYONE
    )  # (kept, it would be a fourth no-show)
    # The block itself runs its course (the override only let the taxpayer past it) and then ends.
    last_day = bookings.block_status(
        network_db, PERSON, at=datetime(2026, 12, 16, 9, 0, tzinfo=clock.LOCAL_TZ)
    )
    assert last_day.blocked_until is not None and not last_day.blocked
    after = bookings.block_status(network_db, PERSON, at=datetime(2026, 12, 17, 9, 0, tzinfo=clock.LOCAL_TZ))
    assert after.blocked_until is None and not after.blocked


def test_no_shows_further_apart_do_not_block(network_db):
    for day in (date(2026, 10, 12), date(2026, 11, 2), date(2026, 11, 23)):
        book(network_db, at(day, "09:00"), now=at(day, "09:00") - timedelta(days=1))
    block = bookings.block_status(network_db, PERSON, at=NOW)
    assert not block.blocked


def test_places_per_slot_are_configurable(network_db):
    bookings.set_capacity(network_db, "T01", "GEN", 0, actor=ANYONE)
    with pytest.raises(InvalidInput) as refused:
        book(network_db, at(MONDAY, "09:00"), point="T01", service="WSZM")
    assert refused.value.key == "not_bookable"
    assert not any(s.bookable for s in bookings.slots(network_db, "T01", "WSZM", MONDAY, at=NOW))
    bookings.set_capacity(network_db, "T01", "GEN", 2, actor=ANYONE)
    assert {s.capacity for s in bookings.slots(network_db, "T01", "WSZM", MONDAY, at=NOW)} == {2}


def test_a_township_point_without_windows_books_and_checks_in_under_its_own_code(network_db):
    from taxdesk.core.network import points

    bare = next(p.code for p in points(network_db) if p.kind == "township" and p.windows == 0)
    from taxdesk.core.network import services

    service = services(network_db, bare)[0].code
    start = at(MONDAY, "09:00")
    booking = book(network_db, start, point=bare, service=service)
    ticket = bookings.check_in(network_db, booking.code, point_code=bare, at=start, actor=ANYONE)
    assert ticket.point == bare and ticket.number == "Y001"


def test_slip_prints_are_kept_in_the_booking_trail(network_db):
    booking = book(network_db, at(MONDAY, "09:00"))
    bookings.record_print(
        network_db, booking.code, "escpos:10.0.0.9:9100", ok=False, error="refused", actor=ANYONE
    )
    bookings.record_print(network_db, booking.code, "printer:default", actor=ANYONE)
    with network_db.session() as session:
        trail = session.execute(
            select(BookingEvent.kind, BookingEvent.detail).order_by(BookingEvent.id)
        ).all()
    assert [tuple(t) for t in trail] == [
        ("booked", None),
        ("print_failed", "escpos:10.0.0.9:9100: refused"),
        ("printed", "printer:default"),
    ]


def test_listing_shows_missed_bookings(network_db):
    start = at(MONDAY, "09:00")
    booking = book(network_db, start)
    listed = bookings.list_bookings(network_db, "HALL", MONDAY, at=start + timedelta(hours=1))
    assert [(b.code, b.state) for b in listed] == [(booking.code, "missed")]
