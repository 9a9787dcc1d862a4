"""Appointments (预约办税): slots and their places, booking, rescheduling, cancelling, no-show blocks, and the
check-in that turns a booking into a booking-priority ticket.

- Slots follow the point's opening hours on working days (holidays and make-up workdays from the
  database's calendar, :func:`taxdesk.core.calendar.for_database`), ``booking_slot_minutes`` long. Each
  slot offers places per queue category (``booking_capacity``; ``booking_default_capacity`` where a point
  has none). Where a published roster covers the slot's week, the places follow it: the windows it
  staffs for the category through the whole slot × ``booking_places_per_window``, never more than the
  configured places (so a half-hour the roster leaves a queue without a window takes no bookings).
- Taking a place is one conditional UPSERT on the slot's counter (``... DO UPDATE ... WHERE booked <
  capacity``) inside the booking's transaction: two agents can never both take the last place, on SQLite or
  PostgreSQL.
- Once per service and day: a taxpayer has at most one open booking for a service on a day. The desk's check
  explains it; a partial unique index over the open bookings makes it hold when two desks book the same
  taxpayer at the same moment (the later one is refused just the same, ``booking_duplicate``).
- The taxpayer's ID number or credit code is checked and then kept only as a keyed hash
  (:func:`taxdesk.core.identity.taxpayer_key`, keyed from the installation secret) and in masked form:
  enough to recognise the taxpayer again, not enough to read the number back.
- A booking may be made for today (at least ``booking_same_day_hours`` ahead) and the next
  ``booking_days_ahead`` working days.
- Check-in is allowed from ``checkin_early_min`` before the slot to ``checkin_late_min`` after its start; a
  booking still open after that is a no-show (derived, not stored). ``noshow_strikes`` no-shows within
  ``noshow_window_days`` block new bookings for ``noshow_block_days``, unless a supervisor overrides the
  block (audited).
- Who: making, moving and cancelling bookings need :data:`~taxdesk.core.roles.BOOKINGS` at the booking's
  point (a township agent also at the hall for a service only the hall can finish), checking in
  :data:`~taxdesk.core.roles.CHECK_IN`; each takes the acting person (``actor``), checked before anything
  is written, and the booking's trail names them. Views mask the taxpayer; :func:`reveal` shows the name
  and phone in full to a person who may book or check in there, and records that in the audit trail.
- The booking slip's QR code is a signed payload (kind ``B``, see :mod:`taxdesk.core.signing`); the
  booking code alone (8 characters, no 0/O/1/I) works too, for a taxpayer who reads it out.

Every function opens its own short session; any thread may call them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from taxdesk.core import audit, calendar, clock, live, settings, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import (
    BOOKING_ONCE_A_DAY,
    Booking,
    BookingBlockOverride,
    BookingCapacity,
    BookingEvent,
    Category,
    Roster,
    RosterAssignment,
    Service,
    ServicePoint,
    ShiftTemplate,
    SlotBooking,
)
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.identity import (
    TAXPAYER_KEY_PURPOSE,
    TaxpayerId,
    clean_name,
    mask_name,
    mask_phone,
    parse_mobile,
    parse_taxpayer_id,
    taxpayer_key,
)
from taxdesk.core.network import get_point, get_service, opening_periods
from taxdesk.core.roles import (
    BLOCK_OVERRIDE,
    BOOKINGS,
    CHECK_IN,
    NETWORK_EDIT,
    Actor,
    allows,
    require,
    require_any,
    require_early,
)
from taxdesk.core.signing import PayloadRejected
from taxdesk.core.tickets import PERSONAL_VIEW, Issuing, Personal, TicketView, signer

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 8
OVERRIDE_REASON_MAX = 200


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime
    capacity: int
    remaining: int
    bookable: bool  # within the booking horizon and not too soon

    def to_json(self) -> dict:
        return {
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
            "capacity": self.capacity,
            "remaining": self.remaining,
            "bookable": self.bookable,
        }


@dataclass(frozen=True)
class BookingView:
    """A booking as desks, slips and the CLI see it (personal data masked)."""

    id: int
    code: str
    qr: str
    point: str
    point_name: str
    service: str
    service_name: str
    category: str
    start: datetime
    end: datetime
    status: str  # booked | checked_in | cancelled
    state: str  # status, or "missed" for a booking whose check-in window has passed
    taxpayer_name: str
    taxpayer_phone: str
    taxpayer_id: str
    id_kind: str
    ticket_id: int | None

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "qr": self.qr,
            "point": self.point,
            "service": self.service,
            "start": clock.iso(self.start),
            "end": clock.iso(self.end),
            "status": self.status,
            "state": self.state,
            "taxpayer_name": self.taxpayer_name,
            "taxpayer_phone": self.taxpayer_phone,
            "taxpayer_id": self.taxpayer_id,
            "ticket_id": self.ticket_id,
        }


@dataclass(frozen=True)
class Block:
    """Whether a taxpayer may book: no-shows counted, and the block they cause."""

    taxpayer_id: str  # masked
    no_shows: list[datetime]  # slot starts of the recent no-shows
    blocked_until: datetime | None  # None: not blocked
    overridden_until: datetime | None  # a supervisor's override in force

    @property
    def blocked(self) -> bool:
        return self.blocked_until is not None and self.overridden_until is None


# --------------------------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Rules:
    slot_minutes: int
    days_ahead: int
    same_day_hours: float
    default_capacity: int
    places_per_window: int
    early_min: int
    late_min: int
    strikes: int
    window_days: int
    block_days: int


def _rules(session: Session) -> _Rules:
    values = settings.all_settings(session)  # one query for all of them

    def number(key: str) -> int:
        return int(values[key])

    return _Rules(
        slot_minutes=number(settings.BOOKING_SLOT_MINUTES),
        days_ahead=number(settings.BOOKING_DAYS_AHEAD),
        same_day_hours=float(values[settings.BOOKING_SAME_DAY_HOURS]),
        default_capacity=number(settings.BOOKING_DEFAULT_CAPACITY),
        places_per_window=number(settings.BOOKING_PLACES_PER_WINDOW),
        early_min=number(settings.CHECKIN_EARLY_MIN),
        late_min=number(settings.CHECKIN_LATE_MIN),
        strikes=number(settings.NOSHOW_STRIKES),
        window_days=number(settings.NOSHOW_WINDOW_DAYS),
        block_days=number(settings.NOSHOW_BLOCK_DAYS),
    )


def _now(at: datetime | None) -> datetime:
    return clock.local(at) if at is not None else clock.now()


def slot_starts(opening_hours: str | None, day: date, minutes: int) -> list[datetime]:
    """The starts of the day's slots: whole slots inside each opening period (local time)."""
    starts = []
    for opens, closes in opening_periods(opening_hours or ""):
        moment = datetime.combine(day, opens, clock.LOCAL_TZ)
        end = datetime.combine(day, closes, clock.LOCAL_TZ)
        while moment + timedelta(minutes=minutes) <= end:
            starts.append(moment)
            moment += timedelta(minutes=minutes)
    return starts


def bookable_days(today: date, days_ahead: int, cal: calendar.Calendar | None = None) -> list[date]:
    """Today (if a working day) and the next ``days_ahead`` working days of ``cal`` (pass
    :func:`calendar.for_database`; without it, the package's calendar, blind to imported notices)."""
    cal = cal if cal is not None else calendar.PACKAGE
    days = [today] if cal.is_workday(today) else []
    day = today
    while len(days) < days_ahead + (1 if days and days[0] == today else 0):
        day = cal.next_workday(day + timedelta(days=1))
        days.append(day)
    return days


def _horizon_problem(
    cal: calendar.Calendar, rules: _Rules, start: datetime, now: datetime
) -> tuple[str, str] | None:
    """Why a slot cannot be booked now (key, words), or None."""
    if start.date() not in bookable_days(now.date(), rules.days_ahead, cal):
        if start <= now:
            return "slot_past", "that slot has passed"
        if not cal.is_workday(start.date()):
            return "not_workday", f"{start.date()} is not a working day"
        return "too_far", f"bookings are taken up to {rules.days_ahead} working days ahead"
    if start - now < timedelta(hours=rules.same_day_hours):
        return "too_soon", f"a booking must be made at least {rules.same_day_hours:g} hours before its slot"
    return None


def _capacity(session: Session, rules: _Rules, point_id: int, category_id: int, start: datetime) -> int:
    """Places in the slot starting at ``start`` (see the module docstring)."""
    configured = session.get(BookingCapacity, (point_id, category_id))
    places = configured.capacity if configured is not None else rules.default_capacity
    windows = _rostered_windows(session, point_id, category_id, start, rules.slot_minutes)
    return places if windows is None else min(places, windows * rules.places_per_window)


def _rostered_windows(session: Session, point_id: int, category_id: int, start: datetime, minutes: int):
    """Windows the newest published roster of the slot's week staffs for the category through the whole
    slot; None when the week has no published roster."""
    year, number, _ = start.date().isocalendar()
    roster_id = session.scalar(
        select(Roster.id)
        .where(
            Roster.point_id == point_id, Roster.week == f"{year}-W{number:02d}", Roster.status == "published"
        )
        .order_by(Roster.version.desc())
        .limit(1)
    )
    if roster_id is None:
        return None
    begins = start.hour * 60 + start.minute
    return session.scalar(
        select(func.count())
        .select_from(RosterAssignment)
        .join(ShiftTemplate, ShiftTemplate.id == RosterAssignment.shift_template_id)
        .where(
            RosterAssignment.roster_id == roster_id,
            RosterAssignment.day == start.date(),
            RosterAssignment.category_id == category_id,
            ShiftTemplate.start_min <= begins,
            ShiftTemplate.end_min >= begins + minutes,
        )
    )


# --------------------------------------------------------------------------------------------- reading


def slots(
    db: Database, point_code: str, service_code: str, day: date, at: datetime | None = None
) -> list[Slot]:
    """Every slot of the day for the service's category at the point, with its places left."""
    now = _now(at)
    cal = calendar.for_database(db)
    with db.session() as session:
        point = get_point(session, point_code)
        service = get_service(session, point, service_code)
        rules = _rules(session)
        if not cal.is_workday(day):
            return []
        starts = slot_starts(point.opening_hours, day, rules.slot_minutes)
        if not starts:
            return []
        capacity = {
            start: _capacity(session, rules, point.id, service.category_id, start) for start in starts
        }
        taken = {
            clock.local(start): booked
            for start, booked in session.execute(
                select(SlotBooking.slot_start, SlotBooking.booked).where(
                    SlotBooking.point_id == point.id,
                    SlotBooking.category_id == service.category_id,
                    SlotBooking.slot_start >= starts[0],
                    SlotBooking.slot_start <= starts[-1],
                )
            )
        }
    length = timedelta(minutes=rules.slot_minutes)
    return [
        Slot(
            start=start,
            end=start + length,
            capacity=capacity[start],
            remaining=max(0, capacity[start] - taken.get(start, 0)),
            bookable=capacity[start] > 0 and _horizon_problem(cal, rules, start, now) is None,
        )
        for start in starts
    ]


def _state(booking: Booking, rules: _Rules, now: datetime) -> str:
    if booking.status == "booked" and now > clock.local(booking.slot_start) + timedelta(
        minutes=rules.late_min
    ):
        return "missed"
    return booking.status


def _view(db: Database, session: Session, booking: Booking, rules: _Rules, now: datetime) -> BookingView:
    point = session.get(ServicePoint, booking.point_id)
    service = session.get(Service, booking.service_id)
    category = session.get(Category, booking.category_id)
    start = clock.local(booking.slot_start)
    return BookingView(
        id=booking.id,
        code=booking.code,
        qr=signer(db).sign("B", [point.code, start.strftime("%Y%m%d%H%M"), booking.code, str(booking.id)]),
        point=point.code,
        point_name=point.name,
        service=service.code,
        service_name=service.name,
        category=category.code,
        start=start,
        end=clock.local(booking.slot_end),
        status=booking.status,
        state=_state(booking, rules, now),
        taxpayer_name=mask_name(booking.taxpayer_name),
        taxpayer_phone=mask_phone(booking.taxpayer_phone),
        taxpayer_id=booking.taxpayer_id_masked,
        id_kind=booking.id_kind,
        ticket_id=booking.ticket_id,
    )


def list_bookings(db: Database, point_code: str, day: date, at: datetime | None = None) -> list[BookingView]:
    """The point's bookings for a day, by slot."""
    now = _now(at)
    with db.session() as session:
        point = get_point(session, point_code)
        rules = _rules(session)
        bookings = session.scalars(
            select(Booking)
            .where(Booking.point_id == point.id, Booking.service_date == day)
            .order_by(Booking.slot_start, Booking.id)
        ).all()
        return [_view(db, session, b, rules, now) for b in bookings]


def _find(session: Session, db: Database, code_or_payload: str, *, lock: bool = False) -> Booking:
    """The booking a code or a scanned slip names; forged and foreign slips are refused with the reason."""
    text = (code_or_payload or "").strip().upper()
    if text.startswith("B1:") or ":" in text:
        try:
            fields = signer(db).verify(text, kind="B").fields
        except PayloadRejected as rejected:
            raise InvalidInput(
                f"booking code refused: {rejected.message}", key=f"booking_{rejected.code}"
            ) from None
        query = select(Booking).where(Booking.id == int(fields[3]), Booking.code == fields[2])
    else:
        query = select(Booking).where(Booking.code == text)
    if lock:
        query = query.with_for_update()
    booking = session.scalar(query)
    if booking is None:
        raise NotFound(f"no booking {text[:40]!r}", key="booking_unknown", code=text[:40])
    return booking


def get_booking(db: Database, code_or_payload: str, at: datetime | None = None) -> BookingView:
    now = _now(at)
    with db.session() as session:
        booking = _find(session, db, code_or_payload)
        return _view(db, session, booking, _rules(session), now)


def _key(db: Database, taxpayer: TaxpayerId) -> str:
    """The keyed hash that stands for the taxpayer's number in the database."""
    return taxpayer_key(taxpayer.value, signer(db).derive_key(TAXPAYER_KEY_PURPOSE))


def block_status(db: Database, taxpayer_id: str, at: datetime | None = None) -> Block:
    now = _now(at)
    taxpayer = parse_taxpayer_id(taxpayer_id)
    key = _key(db, taxpayer)
    with db.session() as session:
        return _block(session, key, taxpayer.masked, _rules(session), now)


def _block(session: Session, key: str, masked: str, rules: _Rules, now: datetime) -> Block:
    late = timedelta(minutes=rules.late_min)
    since = now - timedelta(days=rules.window_days + rules.block_days)
    missed = sorted(
        clock.local(start)
        for (start,) in session.execute(
            select(Booking.slot_start).where(
                Booking.taxpayer_key == key,
                Booking.status == "booked",
                Booking.slot_start >= since,
            )
        )
        if now > clock.local(start) + late
    )
    blocked_until = None
    window = timedelta(days=rules.window_days)
    for i in range(rules.strikes - 1, len(missed)):
        if rules.strikes > 0 and missed[i] - missed[i - rules.strikes + 1] <= window:
            until = missed[i] + late + timedelta(days=rules.block_days)
            blocked_until = max(blocked_until, until) if blocked_until else until
    if blocked_until is not None and blocked_until <= now:
        blocked_until = None
    override = session.scalar(
        select(func.max(BookingBlockOverride.until)).where(
            BookingBlockOverride.taxpayer_key == key, BookingBlockOverride.until > now
        )
    )
    recent = [m for m in missed if m >= now - window]
    return Block(masked, recent, blocked_until, clock.local(override) if override and blocked_until else None)


# --------------------------------------------------------------------------------------------- writing


def _take_place(session: Session, point_id: int, category_id: int, start: datetime, capacity: int) -> bool:
    """Atomically take one place in the slot; False when it is full."""
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else pg_insert
    statement = (
        insert(SlotBooking)
        .values(point_id=point_id, category_id=category_id, slot_start=start, booked=1)
        .on_conflict_do_update(
            index_elements=["point_id", "category_id", "slot_start"],
            set_={"booked": SlotBooking.booked + 1},
            where=SlotBooking.booked < capacity,
        )
        .returning(SlotBooking.booked)
    )
    return capacity > 0 and session.execute(statement).first() is not None


def _give_back(session: Session, point_id: int, category_id: int, start: datetime) -> None:
    session.execute(
        update(SlotBooking)
        .where(
            SlotBooking.point_id == point_id,
            SlotBooking.category_id == category_id,
            SlotBooking.slot_start == start,
            SlotBooking.booked > 0,
        )
        .values(booked=SlotBooking.booked - 1)
    )


def _slot_at(cal: calendar.Calendar, point: ServicePoint, rules: _Rules, start: datetime) -> datetime:
    """``start`` if it is one of the point's slots that day, else :class:`InvalidInput`."""
    start = clock.local(start).replace(second=0, microsecond=0)
    if not cal.is_workday(start.date()):
        raise InvalidInput(f"{start.date()} is not a working day", key="not_workday", day=str(start.date()))
    if start not in slot_starts(point.opening_hours, start.date(), rules.slot_minutes):
        raise InvalidInput(
            f"{start:%H:%M} is not a slot at {point.name} (opening hours {point.opening_hours or 'not set'})",
            key="no_such_slot",
            time=start.strftime("%H:%M"),
            point=point.name,
        )
    return start


def _open_booking(
    session: Session, key: str, service_id: int, day: date, *, other_than: int | None = None
) -> str | None:
    """The code of the taxpayer's open booking for the service that day (other than booking
    ``other_than``), or None."""
    query = select(Booking.code).where(
        Booking.taxpayer_key == key,
        Booking.service_id == service_id,
        Booking.service_date == day,
        Booking.status == "booked",
    )
    if other_than is not None:
        query = query.where(Booking.id != other_than)
    return session.scalar(query.limit(1))


def _duplicate(code: str | None) -> InvalidInput:
    """The refusal of a second open booking for the same taxpayer, service and day (naming the open one
    when it is known)."""
    if code is None:
        return InvalidInput(
            "this taxpayer already has a booking for this service that day", key="booking_duplicate"
        )
    return InvalidInput(
        f"this taxpayer already has booking {code} for this service that day",
        key="booking_duplicate",
        code=code,
    )


def _broken_rule(exc: IntegrityError) -> str | None:
    """Which unique rule of the bookings table a failed write broke: ``"code"`` (a booking code drawn
    twice), ``"once_a_day"`` (:data:`BOOKING_ONCE_A_DAY`, a second open booking that only the database
    saw) or None (something else)."""
    constraint = getattr(getattr(exc.orig, "diag", None), "constraint_name", None)  # PostgreSQL names it
    message = str(exc.orig)
    if constraint == "uq_bookings_code" or "bookings.code" in message:
        return "code"
    if constraint == BOOKING_ONCE_A_DAY or "bookings.taxpayer_key, bookings.service_id" in message:
        return "once_a_day"
    return None


def _race_winner(db: Database, key: str, service_id: int, day: date) -> str | None:
    """For the desk that lost a race to another desk booking the same taxpayer: the winner's code, read
    afresh (it committed after this desk's check); None if it is no longer open (cancelled or used in
    the meantime: then the loser may simply try again)."""
    with db.session() as session:
        return _open_booking(session, key, service_id, day)


def _hall_only(point: ServicePoint, service: Service) -> bool:
    """Whether a booking is one a township agent may make away from their point: at the hall, for a
    service only the hall can finish."""
    return point.kind == "hall" and bool(service.hall_only)


def _require_booking_at(session: Session, actor: Actor, booking: Booking) -> None:
    """The second half of a deferred BOOKINGS check (a point-bound actor), once the booking is read."""
    point = session.get(ServicePoint, booking.point_id)
    service = session.get(Service, booking.service_id)
    require(actor, BOOKINGS, point.code, hall_only=_hall_only(point, service))


def create_booking(
    db: Database,
    point_code: str,
    service_code: str,
    start: datetime,
    *,
    name: str,
    phone: str,
    id_number: str,
    id_kind: str | None = None,
    actor: Actor,
    at: datetime | None = None,
) -> BookingView:
    """Book the taxpayer into the slot starting at ``start``; everything is checked before anything is
    written, and the place is taken atomically. ``actor`` needs :data:`~taxdesk.core.roles.BOOKINGS` at
    the point — a township agent's own point, or the hall for a service only the hall can finish (known
    once the service is read) — and is named in the booking's trail."""
    hall_only_check = not allows(actor, BOOKINGS, point_code)
    if hall_only_check and not allows(actor, BOOKINGS, point_code, hall_only=True):
        require(actor, BOOKINGS, point_code)  # refused: nothing read
    now = _now(at)
    name = clean_name(name, required=True)
    phone = parse_mobile(phone, required=True)
    taxpayer = parse_taxpayer_id(id_number, today=now.date(), kind=id_kind)
    key = _key(db, taxpayer)  # without an installation secret there is neither key nor slip: nothing written
    cal = calendar.for_database(db)
    service_id = day = None
    lost_race = False
    for _attempt in range(3):  # a booking code collision (one in a trillion) is simply retried
        try:
            with db.transaction() as session:
                point = get_point(session, point_code)
                service = get_service(session, point, service_code)
                if hall_only_check:
                    require(actor, BOOKINGS, point.code, hall_only=_hall_only(point, service))
                service_id = service.id
                rules = _rules(session)
                slot = _slot_at(cal, point, rules, start)
                day = slot.date()
                problem = _horizon_problem(cal, rules, slot, now)
                if problem:
                    reason, words = problem
                    raise InvalidInput(f"cannot book {slot:%Y-%m-%d %H:%M}: {words}", key=reason)
                block = _block(session, key, taxpayer.masked, rules, now)
                if block.blocked:
                    raise InvalidInput(
                        f"{len(block.no_shows)} missed bookings: booking is blocked until "
                        f"{block.blocked_until:%Y-%m-%d}",
                        key="booking_blocked",
                        count=len(block.no_shows),
                        until=f"{block.blocked_until:%Y-%m-%d}",
                    )
                same = _open_booking(session, key, service.id, day)
                if same is not None:
                    raise _duplicate(same)
                capacity = _capacity(session, rules, point.id, service.category_id, slot)
                if not _take_place(session, point.id, service.category_id, slot, capacity):
                    raise InvalidInput(
                        f"the {slot:%H:%M} slot is full"
                        if capacity
                        else f"{point.name} takes no bookings for this",
                        key="slot_full" if capacity else "not_bookable",
                        time=f"{slot:%H:%M}",
                    )
                booking = Booking(
                    code="".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)),
                    point_id=point.id,
                    service_id=service.id,
                    category_id=service.category_id,
                    service_date=slot.date(),
                    slot_start=slot,
                    slot_end=slot + timedelta(minutes=rules.slot_minutes),
                    status="booked",
                    taxpayer_name=name,
                    taxpayer_phone=phone,
                    taxpayer_key=key,
                    taxpayer_id_masked=taxpayer.masked,
                    id_kind=taxpayer.kind,
                    created_at=now,
                )
                session.add(booking)
                session.flush()  # another desk's booking of this taxpayer, service and day: refused here
                session.add(
                    BookingEvent(booking_id=booking.id, kind="booked", at=now, staff_id=actor.staff_id)
                )
                live.notify(session, point.code)
                return _view(db, session, booking, rules, now)
        except IntegrityError as exc:
            broken = _broken_rule(exc)
            if broken == "once_a_day":
                winner = _race_winner(db, key, service_id, day)
                if winner is not None:
                    raise _duplicate(winner) from None
                lost_race = True  # the winner's booking is gone already: try again
            elif broken != "code":
                raise
    if lost_race:
        raise _duplicate(None)
    raise RuntimeError("could not find a free booking code")  # pragma: no cover - astronomically unlikely


def cancel_booking(db: Database, code: str, *, actor: Actor, at: datetime | None = None):
    """Cancel a booking that has not been used; its place is given back (``actor``: BOOKINGS at the
    booking's point)."""
    deferred = require_early(actor, BOOKINGS)
    now = _now(at)
    with db.transaction() as session:
        booking = _find(session, db, code, lock=True)
        if deferred:
            _require_booking_at(session, actor, booking)
        rules = _rules(session)
        if booking.status != "booked":
            raise InvalidInput(
                f"booking {booking.code} is {booking.status.replace('_', ' ')}: it cannot be cancelled",
                key="booking_not_open",
                code=booking.code,
                status=booking.status,
            )
        booking.status = "cancelled"
        _give_back(session, booking.point_id, booking.category_id, booking.slot_start)
        session.add(BookingEvent(booking_id=booking.id, kind="cancelled", at=now, staff_id=actor.staff_id))
        live.notify(session, session.get(ServicePoint, booking.point_id).code)
        return _view(db, session, booking, rules, now)


def reschedule_booking(
    db: Database, code: str, start: datetime, *, actor: Actor, at: datetime | None = None
) -> BookingView:
    """Move a booking to another slot of the same point and service; the old place is given back only
    if the new one could be taken. A day on which the taxpayer already has a booking for the service is
    refused (``booking_duplicate``). ``actor``: BOOKINGS at the booking's point."""
    deferred = require_early(actor, BOOKINGS)
    now = _now(at)
    cal = calendar.for_database(db)
    for _attempt in range(3):  # a race lost to a booking that is gone again is simply retried
        moving = None  # (taxpayer key, service, new day) once known
        try:
            with db.transaction() as session:
                booking = _find(session, db, code, lock=True)
                if deferred:
                    _require_booking_at(session, actor, booking)
                rules = _rules(session)
                if booking.status != "booked":
                    raise InvalidInput(
                        f"booking {booking.code} is {booking.status.replace('_', ' ')}: it cannot be moved",
                        key="booking_not_open",
                        code=booking.code,
                        status=booking.status,
                    )
                point = session.get(ServicePoint, booking.point_id)
                slot = _slot_at(cal, point, rules, start)
                problem = _horizon_problem(cal, rules, slot, now)
                if problem:
                    key, words = problem
                    raise InvalidInput(f"cannot move to {slot:%Y-%m-%d %H:%M}: {words}", key=key)
                old = clock.local(booking.slot_start)
                if slot == old:
                    return _view(db, session, booking, rules, now)
                moving = (booking.taxpayer_key, booking.service_id, slot.date())
                same = _open_booking(session, *moving, other_than=booking.id)
                if same is not None:
                    raise _duplicate(same)
                capacity = _capacity(session, rules, point.id, booking.category_id, slot)
                if not _take_place(session, point.id, booking.category_id, slot, capacity):
                    raise InvalidInput(
                        f"the {slot:%H:%M} slot is full", key="slot_full", time=f"{slot:%H:%M}"
                    )
                _give_back(session, point.id, booking.category_id, booking.slot_start)
                booking.slot_start = slot
                booking.slot_end = slot + timedelta(minutes=rules.slot_minutes)
                booking.service_date = slot.date()
                session.flush()  # another desk's booking of this taxpayer, service and day: refused here
                session.add(
                    BookingEvent(
                        booking_id=booking.id,
                        kind="rescheduled",
                        at=now,
                        staff_id=actor.staff_id,
                        detail=f"{old:%Y-%m-%d %H:%M} → {slot:%Y-%m-%d %H:%M}",
                    )
                )
                live.notify(session, point.code)
                return _view(db, session, booking, rules, now)
        except IntegrityError as exc:
            if moving is None or _broken_rule(exc) != "once_a_day":
                raise
            winner = _race_winner(db, *moving)
            if winner is not None:
                raise _duplicate(winner) from None
    raise _duplicate(None)


def check_in(
    db: Database,
    code_or_payload: str,
    *,
    actor: Actor,
    point_code: str | None = None,
    at: datetime | None = None,
) -> TicketView:
    """Turn a valid booking into a booking-priority ticket, at once; refuse early, late, cancelled, used,
    foreign or forged bookings with the reason. ``actor`` needs :data:`~taxdesk.core.roles.CHECK_IN` at
    the booking's point (checked before anything is read, or — for a point-bound role — once the booking
    is found) and is named in the booking's and the ticket's trails."""
    if point_code is not None:
        require(actor, CHECK_IN, point_code)
        deferred = False
    else:
        deferred = require_early(actor, CHECK_IN)
    now = _now(at)
    with db.transaction() as session:
        booking = _find(session, db, code_or_payload, lock=True)
        rules = _rules(session)
        point = session.get(ServicePoint, booking.point_id)
        if deferred:
            require(actor, CHECK_IN, point.code)
        start = clock.local(booking.slot_start)
        refusal = None
        if point_code is not None and point_code != point.code:
            refusal = ("booking_other_point", f"booked at {point.name}, not here", {"point": point.name})
        elif booking.status == "cancelled":
            refusal = ("booking_cancelled", "the booking was cancelled", {})
        elif booking.status == "checked_in":
            refusal = ("booking_used", "the booking has already been used", {})
        elif now < start - timedelta(minutes=rules.early_min):
            opens = start - timedelta(minutes=rules.early_min)
            refusal = (
                "booking_early",
                f"too early: check in from {opens:%H:%M}",
                {"time": f"{opens:%H:%M}", "day": str(start.date())},
            )
        elif now > start + timedelta(minutes=rules.late_min):
            closed = start + timedelta(minutes=rules.late_min)
            refusal = (
                "booking_late",
                f"too late: check-in closed at {closed:%H:%M}",
                {"time": f"{closed:%H:%M}", "day": str(start.date())},
            )
        if refusal is not None:
            key, words, params = refusal
            raise InvalidInput(
                f"booking {booking.code} refused: {words}", key=key, code=booking.code, **params
            )
        service = session.get(Service, booking.service_id)
        issuing = Issuing(
            db,
            point.code,
            service.code,
            "booking",
            now,
            booking.taxpayer_name,
            booking.taxpayer_phone,
            start,
            actor.staff_id,
        )
        booking.ticket_id = issuing.insert(session)
        booking.status = "checked_in"
        session.add(
            BookingEvent(
                booking_id=booking.id,
                kind="checked_in",
                at=now,
                staff_id=actor.staff_id,
                detail=f"ticket {booking.ticket_id}",
            )
        )
        live.notify(session, point.code)
    return issuing.view()


def record_print(
    db: Database, code: str, target: str, *, actor: Actor, ok: bool = True, error: str | None = None
) -> None:
    """Log a slip print or reprint attempt (``printed``/``print_failed``) in the booking's trail, naming
    ``actor``, who must be allowed to make the booking (BOOKINGS at its point)."""
    deferred = require_early(actor, BOOKINGS)
    with db.transaction() as session:
        booking = _find(session, db, code)
        if deferred:
            _require_booking_at(session, actor, booking)
        session.add(
            BookingEvent(
                booking_id=booking.id,
                kind="printed" if ok else "print_failed",
                at=clock.now(),
                staff_id=actor.staff_id,
                detail=target if ok else f"{target}: {error}",
            )
        )


# Who may see a booking's taxpayer in full: whoever may make the booking or check it in at its point.
REVEALING = (BOOKINGS, CHECK_IN)


def reveal(db: Database, code_or_payload: str, *, actor: Actor) -> Personal:
    """The booking's taxpayer name and phone in full (the ID number is kept only masked), for ``actor``
    (BOOKINGS or CHECK_IN at the booking's point; a township agent also the hall-only bookings they may
    make at the hall). Every call is an audit entry (``personal.view``: who, when, from which PC, which
    booking, the values masked)."""
    deferred = require_early(actor, REVEALING)
    with db.transaction() as session:
        booking = _find(session, db, code_or_payload)
        point = session.get(ServicePoint, booking.point_id)
        if deferred:
            service = session.get(Service, booking.service_id)
            require_any(actor, REVEALING, point.code, hall_only=_hall_only(point, service))
        personal = Personal(
            booking.code, booking.taxpayer_name, booking.taxpayer_phone, booking.taxpayer_id_masked
        )
        audit.record(
            session,
            actor.code,
            PERSONAL_VIEW,
            f"booking {booking.code} {point.code} {clock.local(booking.slot_start):%Y-%m-%d %H:%M}",
            None,
            {"taxpayer_name": personal.name, "phone": personal.phone, "taxpayer_id": personal.id_masked},
        )
        return personal


def override_block(
    db: Database,
    taxpayer_id: str,
    *,
    actor: Actor,
    reason: str,
    until: datetime | None = None,
    at: datetime | None = None,
) -> Block:
    """A supervisor (值班长) lets a blocked taxpayer book again (until the block would end, or ``until``);
    who, why and when are kept. Anyone else is refused (:data:`~taxdesk.core.roles.BLOCK_OVERRIDE`)."""
    require(actor, BLOCK_OVERRIDE)
    now = _now(at)
    taxpayer = parse_taxpayer_id(taxpayer_id)
    reason = validate.text(
        reason, "reason", limit=OVERRIDE_REASON_MAX, required=True, multiline=True, key="override_reason"
    )
    key = _key(db, taxpayer)
    with db.transaction() as session:
        rules = _rules(session)
        block = _block(session, key, taxpayer.masked, rules, now)
        if block.blocked_until is None:
            raise InvalidInput(
                f"{taxpayer.masked} is not blocked",
                key="not_blocked",
                taxpayer=taxpayer.masked,
            )
        session.add(
            BookingBlockOverride(
                taxpayer_key=key,
                taxpayer_id_masked=taxpayer.masked,
                until=until or block.blocked_until,
                staff_id=actor.staff_id,
                reason=reason,
                at=now,
            )
        )
        before, after = (
            {"blocked_until": block.blocked_until},
            {"until": until or block.blocked_until, "reason": reason},
        )
        audit.record(session, actor.code, "booking.override", taxpayer.masked, before, after)
        session.flush()
        return _block(session, key, taxpayer.masked, rules, now)


def set_capacity(db: Database, point_code: str, category_code: str, capacity: int, *, actor: Actor) -> None:
    """Places per slot for a category at a point (0 closes it for booking): part of the network's set-up,
    so ``actor`` needs NETWORK_EDIT (supervisors, administrators); recorded in the audit trail."""
    require(actor, NETWORK_EDIT)
    if isinstance(capacity, bool) or not isinstance(capacity, int) or not 0 <= capacity <= 99:
        raise InvalidInput("places per slot must be 0 to 99", key="capacity_range")
    with db.transaction() as session:
        point = get_point(session, point_code)
        category = session.scalar(select(Category).where(Category.code == category_code))
        if category is None:
            raise NotFound(
                f"unknown category {category_code!r}", key="unknown_category", category=category_code
            )
        row = session.get(BookingCapacity, (point.id, category.id))
        before = {"capacity": row.capacity} if row is not None else None
        if row is None:
            session.add(BookingCapacity(point_id=point.id, category_id=category.id, capacity=capacity))
        else:
            row.capacity = capacity
        where = f"{point.code} {category.code}"
        audit.record(session, actor.code, "booking.capacity", where, before, {"capacity": capacity})
        live.notify(session, point.code)


def slot_time(day: date, hhmm: str) -> datetime:
    """``YYYY-MM-DD`` and ``HH:MM`` as a local moment (for the command line and the GUI)."""
    try:
        return datetime.combine(day, time.fromisoformat(hhmm), clock.LOCAL_TZ)
    except ValueError:
        raise InvalidInput(f"{hhmm!r} is not a time of day (HH:MM)", key="bad_time", time=hhmm) from None
