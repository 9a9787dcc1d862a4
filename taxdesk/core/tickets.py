"""Queue tickets: issuing, numbering, estimates, signed QR payloads, verification, reprints.

Numbering is per point, per business day and per queue prefix, consecutive from 001. The next number comes
from one UPSERT on ``ticket_counters`` inside the transaction that inserts the ticket, so it is atomic in
the database on SQLite and PostgreSQL alike: concurrent desks never share a number, and a failed issue
rolls its number back instead of leaving a gap.

Every function here opens its own short session; any thread may call them.
"""

from __future__ import annotations

import math
import time
import weakref
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, object_session

from taxdesk.core import audit, clock, live, settings, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import (
    Category,
    PointService,
    Service,
    ServicePoint,
    Ticket,
    TicketCounter,
    TicketEvent,
    format_number,
)
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.identity import clean_name, mask_name, mask_phone, parse_mobile
from taxdesk.core.network import get_point, get_service, windows_serving
from taxdesk.core.roles import CALLING, CHECK_IN, TICKETS, Actor, require, require_any, require_early
from taxdesk.core.signing import PayloadRejected, Signer

CHANNELS = ("walk_in", "green", "booking")
# Handling times learnt from at most this many recent finished tickets of the category …
HISTORY_SAMPLE = 200
# … and only trusted once there are at least this many; otherwise the catalogue's figures are used.
MIN_HISTORY = 20
TRIM_SHARE = 0.1
CONTEXT_TTL_S = 60


@dataclass(frozen=True)
class TicketView:
    """A ticket as desks, print-outs and the CLI see it (personal data masked)."""

    id: int
    number: str
    prefix: str
    point: str
    point_name: str
    service: str
    service_name: str
    category: str
    category_name: str
    channel: str
    status: str
    issued_at: datetime
    ahead: int
    estimated_wait_min: int
    qr: str
    taxpayer_name: str | None
    taxpayer_phone: str | None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "number": self.number,
            "prefix": self.prefix,
            "point": self.point,
            "service": self.service,
            "issued_at": clock.iso(self.issued_at),
            "ahead": self.ahead,
            "estimated_wait_min": self.estimated_wait_min,
            "qr": self.qr,
            "channel": self.channel,
            "status": self.status,
        }


# Why a genuine ticket cannot be used (any more), by :attr:`Verification.unusable_code`.
UNUSABLE_CODES = ("invalid", "finished", "cancelled", "other_day", "no_show", "no_show_again")


@dataclass(frozen=True)
class Verification:
    """What a scanned ticket code is.

    ``valid``, ``code`` and ``reason`` answer "is the code genuine?": the signature checks out and the
    ticket exists as signed. ``usable`` answers "can the taxpayer still be served on it?": genuine, of
    today, and waiting, called or being served. Otherwise ``unusable_code`` (one of
    :data:`UNUSABLE_CODES`) and ``unusable_reason`` (words, for the command line) say why; for a code that
    is not valid they are ``"invalid"`` and the same words as ``reason``. ``finished_at`` is when a
    finished ticket was served (local time), for the desk's message.
    """

    valid: bool
    code: str
    reason: str
    ticket: TicketView | None
    usable: bool = False
    unusable_code: str | None = "invalid"
    unusable_reason: str | None = None
    finished_at: datetime | None = None

    def to_json(self) -> dict:
        return {
            "valid": self.valid,
            "reason": self.reason,
            "code": self.code,
            "usable": self.usable,
            "unusable_code": self.unusable_code,
            "unusable_reason": self.unusable_reason,
            "ticket": self.ticket.to_json() if self.ticket else None,
        }


@dataclass(frozen=True)
class QueueLine:
    """Waiting tickets of one category at a point right now."""

    category: str
    name: str
    prefix: str
    waiting: int
    longest_wait_min: int


# ---------------------------------------------------------------------------------------------- helpers

_signers: weakref.WeakKeyDictionary[Database, Signer] = weakref.WeakKeyDictionary()


def signer(db: Database) -> Signer:
    """The installation's signer (its ID and secret are read once per database object)."""
    cached = _signers.get(db)
    if cached is None:
        with db.session() as session:
            installation_id = settings.get(session, settings.INSTALLATION_ID)
            secret = settings.get(session, settings.SIGNING_SECRET)
        if not installation_id or not secret:
            raise NotFound("this database has no installation secret: run `taxdesk init`")
        cached = _signers[db] = Signer(installation_id, secret)
    return cached


def clean_taxpayer(name: str | None, phone: str | None) -> tuple[str | None, str | None]:
    """Validated optional taxpayer fields, or :class:`InvalidInput` naming the bad one."""
    return clean_name(name), parse_mobile(phone)


def _qr_payload(db: Database, point_code: str, day: date, number: str, ticket_id: int) -> str:
    return signer(db).sign("T", [point_code, day.strftime("%Y%m%d"), number, str(ticket_id)])


def _next_seq(session: Session, point_id: int, day: date, prefix: str) -> int:
    """Atomically take the next number of a queue (one UPSERT; the row stays locked until commit)."""
    dialect = session.get_bind().dialect.name
    insert = sqlite_insert if dialect == "sqlite" else pg_insert
    stmt = (
        insert(TicketCounter)
        .values(point_id=point_id, service_date=day, prefix=prefix, last_number=1)
        .on_conflict_do_update(
            index_elements=["point_id", "service_date", "prefix"],
            set_={"last_number": TicketCounter.last_number + 1},
        )
        .returning(TicketCounter.last_number)
    )
    return session.execute(stmt).scalar_one()


def handling_minutes(session: Session, point_id: int, category: Category) -> float:
    """Expected minutes at the window for the category: a trimmed mean of recent history at this point,
    or the catalogue's average when history is thin."""
    rows = session.execute(
        select(Ticket.called_at, Ticket.finished_at)
        .where(
            Ticket.point_id == point_id,
            Ticket.category_id == category.id,
            Ticket.finished_at.is_not(None),
            Ticket.called_at.is_not(None),
        )
        .order_by(Ticket.finished_at.desc())
        .limit(HISTORY_SAMPLE)
    ).all()
    durations = sorted((f - c).total_seconds() / 60 for c, f in rows if f > c)
    if len(durations) >= MIN_HISTORY:
        cut = int(len(durations) * TRIM_SHARE)
        kept = durations[cut : len(durations) - cut]
        return sum(kept) / len(kept)
    catalogue = session.scalars(
        select(Service.avg_handling_min).where(Service.category_id == category.id)
    ).all()
    return sum(catalogue) / len(catalogue) if catalogue else 5.0


@dataclass(frozen=True)
class _Queueing:
    """Everything issuing needs to know about a (point, service) pair besides the live queue."""

    point_id: int
    point_code: str
    point_name: str
    service_id: int
    service_code: str
    service_name: str
    category_id: int
    category_code: str
    category_name: str
    prefixes: dict[str, str]  # channel -> queue prefix
    green_prefix: str
    minutes: float  # expected minutes per taxpayer at the window
    windows: int  # windows serving the category


_contexts: weakref.WeakKeyDictionary[Database, dict[tuple[str, str], tuple[float, _Queueing]]] = (
    weakref.WeakKeyDictionary()
)


def forget_catalogue(db: Database) -> None:
    """Drop this process's cached catalogue for ``db`` (after the network or catalogue was edited here;
    other processes re-read theirs within ``CONTEXT_TTL_S``)."""
    _contexts.pop(db, None)
    _names_cache.pop(db, None)


def _queueing(db: Database, point_code: str, service_code: str) -> _Queueing:
    """The (point, service) context, read from the database at most once every ``CONTEXT_TTL_S`` seconds
    per process: the catalogue, the prefixes and the handling-time estimate change over hours, not
    between two tickets, and re-reading them for every ticket would double the cost of issuing."""
    cache = _contexts.setdefault(db, {})
    key = (point_code, service_code)
    now = time.monotonic()
    cached = cache.get(key)
    if cached is not None and now - cached[0] <= CONTEXT_TTL_S:
        return cached[1]
    with db.session() as session:
        point = get_point(session, point_code)
        service = get_service(session, point, service_code)
        category = service.category
        configured = settings.all_settings(session)
        context = _Queueing(
            point_id=point.id,
            point_code=point.code,
            point_name=point.name,
            service_id=service.id,
            service_code=service.code,
            service_name=service.name,
            category_id=category.id,
            category_code=category.code,
            category_name=category.name,
            prefixes={
                "walk_in": category.prefix,
                "green": configured[settings.GREEN_PREFIX],
                "booking": configured[settings.BOOKING_PREFIX],
            },
            green_prefix=configured[settings.GREEN_PREFIX],
            minutes=handling_minutes(session, point.id, category),
            windows=max(1, windows_serving(session, point.id, category.id)),
        )
    cache[key] = (now, context)
    return context


def _ahead(
    session: Session, point_id: int, day: date, category_id: int, channel: str, green_prefix: str
) -> int:
    """Waiting tickets the calling rule serves before a new one of this category.

    Green-channel tickets are called first, so a green ticket only queues behind other green tickets of
    its category; any other ticket queues behind everyone already waiting in its category.
    """
    query = select(func.count()).where(
        Ticket.point_id == point_id,
        Ticket.service_date == day,
        Ticket.status == "waiting",
        Ticket.category_id == category_id,
    )
    if channel == "green":
        query = query.where(Ticket.prefix == green_prefix)
    return session.scalar(query) or 0


def _session_of(ticket: Ticket) -> Session:
    session = object_session(ticket)
    if session is None:
        raise RuntimeError("a ticket is shown from inside the session that loaded it")
    return session


@dataclass(frozen=True)
class _Names:
    """Codes and names of points, services and categories by database ID."""

    points: dict[int, tuple[str, str]]
    services: dict[int, tuple[str, str]]
    categories: dict[int, tuple[str, str]]


_names_cache: weakref.WeakKeyDictionary[Database, tuple[float, _Names]] = weakref.WeakKeyDictionary()


def catalogue_names(db: Database, session: Session, ticket: Ticket) -> _Names:
    """The catalogue's names, read at most once every ``CONTEXT_TTL_S`` seconds per process (they change
    over months), so showing a ticket costs no lookups; a ticket of a point or service added since is
    looked up at once."""
    now = time.monotonic()
    cached = _names_cache.get(db)
    if (
        cached is None
        or now - cached[0] > CONTEXT_TTL_S
        or ticket.service_id not in cached[1].services
        or ticket.point_id not in cached[1].points
        or ticket.category_id not in cached[1].categories
    ):
        names = _Names(
            points={
                i: (c, n)
                for i, c, n in session.execute(select(ServicePoint.id, ServicePoint.code, ServicePoint.name))
            },
            services={
                i: (c, n) for i, c, n in session.execute(select(Service.id, Service.code, Service.name))
            },
            categories={
                i: (c, n) for i, c, n in session.execute(select(Category.id, Category.code, Category.name))
            },
        )
        cached = _names_cache[db] = (now, names)
    return cached[1]


def view_of(db: Database, ticket: Ticket) -> TicketView:
    names = catalogue_names(db, _session_of(ticket), ticket)
    point_code, point_name = names.points[ticket.point_id]
    service_code, service_name = names.services[ticket.service_id]
    category_code, category_name = names.categories[ticket.category_id]
    return TicketView(
        id=ticket.id,
        number=ticket.number,
        prefix=ticket.prefix,
        point=point_code,
        point_name=point_name,
        service=service_code,
        service_name=service_name,
        category=category_code,
        category_name=category_name,
        channel=ticket.channel,
        status=ticket.status,
        issued_at=clock.local(ticket.issued_at),
        ahead=ticket.ahead_at_issue,
        estimated_wait_min=ticket.estimated_wait_min,
        qr=_qr_payload(db, point_code, ticket.service_date, ticket.number, ticket.id),
        taxpayer_name=mask_name(ticket.taxpayer_name),
        taxpayer_phone=mask_phone(ticket.taxpayer_phone),
    )


# ---------------------------------------------------------------------------------------------- actions


def issue_ticket(
    db: Database,
    point_code: str,
    service_code: str,
    *,
    actor: Actor,
    channel: str = "walk_in",
    taxpayer_name: str | None = None,
    taxpayer_phone: str | None = None,
    slot_start: datetime | None = None,
    at: datetime | None = None,
) -> TicketView:
    """Issue the next ticket of the service's queue at the point and return it, signed QR included.

    ``slot_start`` is the appointment slot of a booking ticket: it is called with priority once the slot
    has started. ``actor`` must be allowed to issue tickets at the point (:data:`~taxdesk.core.roles.TICKETS`;
    checked from the actor alone, before anything is read) and is named in the ticket's ``issued`` event.

    Bad input (unknown point or service, a service the point does not offer, a malformed phone number)
    raises before anything is written. Lookups and the estimate's inputs are read (and cached, see
    :func:`_queueing`) outside the writing transaction, so the write lock (on SQLite, the whole
    database's) is held only for the number, the count of people ahead and the two inserts.
    """
    require(actor, TICKETS, point_code)
    if channel not in CHANNELS:
        raise InvalidInput(f"unknown channel {channel!r}: use one of {', '.join(CHANNELS)}")
    name, phone = clean_taxpayer(taxpayer_name, taxpayer_phone)
    moment = clock.local(at) if at is not None else clock.now()
    signer(db)  # fail on a database without an installation secret before writing anything
    issuing = Issuing(db, point_code, service_code, channel, moment, name, phone, slot_start, actor.staff_id)
    with db.transaction() as session:
        issuing.insert(session)
    return issuing.view()


class Issuing:
    """One ticket being issued, in two steps: :meth:`insert` inside a writing transaction (the caller's —
    a booking check-in issues its ticket in the transaction that marks the booking used), then
    :meth:`view` once it has committed. ``staff_id``: who issues it (named in the ``issued`` event)."""

    def __init__(
        self, db, point_code, service_code, channel, moment, name, phone, slot_start=None, staff_id=None
    ):
        self.db = db
        self.q = _queueing(db, point_code, service_code)
        self.channel = channel
        self.moment = moment
        self.name = name
        self.phone = phone
        self.slot_start = slot_start
        self.staff_id = staff_id
        self.prefix = self.q.prefixes[channel]

    def insert(self, session: Session) -> int:
        q, day = self.q, self.moment.date()
        self.seq = _next_seq(session, q.point_id, day, self.prefix)
        self.ahead = _ahead(session, q.point_id, day, q.category_id, self.channel, q.green_prefix)
        self.estimate = math.ceil(self.ahead * q.minutes / q.windows)
        self.ticket_id = session.execute(
            insert(Ticket)
            .values(
                point_id=q.point_id,
                service_id=q.service_id,
                category_id=q.category_id,
                service_date=day,
                prefix=self.prefix,
                seq=self.seq,
                channel=self.channel,
                status="waiting",
                issued_at=self.moment,
                ahead_at_issue=self.ahead,
                estimated_wait_min=self.estimate,
                taxpayer_name=self.name,
                taxpayer_phone=self.phone,
                slot_start=self.slot_start,
            )
            .returning(Ticket.id)
        ).scalar_one()
        session.execute(
            insert(TicketEvent).values(
                ticket_id=self.ticket_id,
                kind="issued",
                at=self.moment,
                staff_id=self.staff_id,
                detail=self.channel,
            )
        )
        live.notify(session, q.point_code)
        return self.ticket_id

    def view(self) -> TicketView:
        q = self.q
        number = format_number(self.prefix, self.seq)
        return TicketView(
            id=self.ticket_id,
            number=number,
            prefix=self.prefix,
            point=q.point_code,
            point_name=q.point_name,
            service=q.service_code,
            service_name=q.service_name,
            category=q.category_code,
            category_name=q.category_name,
            channel=self.channel,
            status="waiting",
            issued_at=self.moment,
            ahead=self.ahead,
            estimated_wait_min=self.estimate,
            qr=_qr_payload(self.db, q.point_code, self.moment.date(), number, self.ticket_id),
            taxpayer_name=mask_name(self.name),
            taxpayer_phone=mask_phone(self.phone),
        )


def get_ticket(db: Database, ticket_id: int) -> TicketView:
    ticket_id = validate.record_id(ticket_id, "ticket ID")
    with db.session() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound(f"no ticket with ID {ticket_id}", ticket=ticket_id)
        return view_of(db, ticket)


# Who may print a ticket (and so have the print recorded): whoever issues tickets or checks bookings in.
PRINTING = (TICKETS, CHECK_IN)


def record_print(
    db: Database, ticket_id: int, target: str, *, actor: Actor, ok: bool = True, error: str | None = None
) -> None:
    """Log a print or reprint attempt (``printed``/``print_failed``) in the ticket's event trail, naming
    ``actor``, who must be allowed to issue tickets or check bookings in at the ticket's point."""
    at_point = require_early(actor, PRINTING)
    ticket_id = validate.record_id(ticket_id, "ticket ID")
    with db.transaction() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound(f"no ticket with ID {ticket_id}", ticket=ticket_id)
        if at_point:
            require_any(actor, PRINTING, catalogue_names(db, session, ticket).points[ticket.point_id][0])
        detail = target if ok else f"{target}: {error}"
        session.add(
            TicketEvent(
                ticket_id=ticket_id,
                kind="printed" if ok else "print_failed",
                at=clock.now(),
                staff_id=actor.staff_id,
                detail=detail,
            )
        )


@dataclass(frozen=True)
class Personal:
    """A taxpayer's personal data in full, as :func:`reveal` (and :func:`taxdesk.core.bookings.reveal`)
    return it: only for the person who asked, and recorded in the audit trail."""

    number: str  # the ticket's number or the booking's code
    name: str | None
    phone: str | None
    id_masked: str | None = None  # a booking's ID number: kept only masked, never in full


# Who may see a ticket's taxpayer in full: the desks that issue tickets and the windows that call them.
REVEALING = (TICKETS, CALLING)
PERSONAL_VIEW = "personal.view"  # the audit trail's kind for a display of unmasked personal data


def reveal(db: Database, ticket_id: int, *, actor: Actor) -> Personal:
    """The ticket's taxpayer name and phone in full, for ``actor`` (allowed to issue tickets or call at
    the ticket's point). Every call is an audit entry (``personal.view``: who, when, from which PC, which
    ticket, the values masked)."""
    at_point = require_early(actor, REVEALING)
    ticket_id = validate.record_id(ticket_id, "ticket ID")
    with db.transaction() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound(f"no ticket with ID {ticket_id}", key="unknown_ticket", ticket=ticket_id)
        point_code = catalogue_names(db, session, ticket).points[ticket.point_id][0]
        if at_point:
            require_any(actor, REVEALING, point_code)
        personal = Personal(ticket.number, ticket.taxpayer_name, ticket.taxpayer_phone)
        audit.record(
            session,
            actor.code,
            PERSONAL_VIEW,
            f"ticket {ticket.number} {point_code} {ticket.service_date} (ID {ticket.id})",
            None,
            {"taxpayer_name": personal.name, "phone": personal.phone},
        )
        return personal


def ticket_events(db: Database, ticket_id: int) -> list[tuple[str, datetime, str | None]]:
    ticket_id = validate.record_id(ticket_id, "ticket ID")
    with db.session() as session:
        rows = session.execute(
            select(TicketEvent.kind, TicketEvent.at, TicketEvent.detail)
            .where(TicketEvent.ticket_id == ticket_id)
            .order_by(TicketEvent.at, TicketEvent.id)
        )
        return [(kind, clock.local(at), detail) for kind, at, detail in rows]


def verify_payload(db: Database, payload: str, *, at: datetime | None = None) -> Verification:
    """Check a scanned ticket code: format, installation, signature, and that the ticket exists as signed
    (``valid``); then whether it can still be used on the day of ``at`` (default: now) (``usable``)."""
    try:
        verified = signer(db).verify(payload, kind="T")
    except PayloadRejected as rejected:
        return _refused(rejected.code, rejected.message, None)
    point_code, day_text, number, id_text = verified.fields
    with db.session() as session:
        ticket = session.get(Ticket, int(id_text))
        if ticket is None:
            return _refused("unknown_ticket", f"ticket {number} (ID {id_text}) is not in this database", None)
        view = view_of(db, ticket)
        signed_day = ticket.service_date.strftime("%Y%m%d")
        if (view.point, signed_day, view.number) != (point_code, day_text, number):
            return _refused("mismatch", "the code does not match the ticket on record", view)
        today = (clock.local(at) if at is not None else clock.now()).date()
        unusable = _why_unusable(ticket, view.number, today)
    reason = f"genuine ticket {number} issued at {view.point_name}"
    if unusable is None:
        return Verification(True, "ok", reason, view, usable=True, unusable_code=None)
    unusable_code, unusable_reason = unusable
    finished_at = ticket.finished_at if unusable_code == "finished" else None
    return Verification(
        True,
        "ok",
        reason,
        view,
        unusable_code=unusable_code,
        unusable_reason=unusable_reason,
        finished_at=clock.local(finished_at) if finished_at is not None else None,
    )


def _refused(code: str, reason: str, view: TicketView | None) -> Verification:
    return Verification(False, code, reason, view, unusable_code="invalid", unusable_reason=reason)


def _why_unusable(ticket: Ticket, number: str, today: date) -> tuple[str, str] | None:
    """(unusable code, words) for a genuine ticket that can no longer be used on ``today``, else None.

    A served or cancelled ticket says so whatever its day; any other ticket of another day is refused for
    its day (a no-show can be re-activated only on its own day); a no-show of today may be re-activated by
    the front desk once (:func:`taxdesk.core.calls.reactivate`).
    """
    if ticket.status == "finished":
        when = f" at {clock.local(ticket.finished_at):%Y-%m-%d %H:%M}" if ticket.finished_at else ""
        return "finished", f"{number} was already served (finished{when}): take a new ticket"
    if ticket.status == "cancelled":
        return "cancelled", f"{number} was cancelled: take a new ticket"
    if ticket.service_date != today:
        return (
            "other_day",
            f"{number} was issued for {ticket.service_date.isoformat()}, not today ({today.isoformat()}): "
            "a ticket is good only on its own day, take a new ticket",
        )
    if ticket.status == "no_show":
        if ticket.reactivated:
            return (
                "no_show_again",
                f"{number} was missed again after the front desk re-activated it once: take a new ticket",
            )
        return (
            "no_show",
            f"{number} was called and the taxpayer did not come (no-show): "
            "the front desk may re-activate it once today",
        )
    return None  # waiting, called or serving


def recent_tickets(
    db: Database, point_code: str, limit: int = 20, at: datetime | None = None
) -> list[TicketView]:
    """The point's latest tickets of the day, newest first (for the front desk's reprint list)."""
    day = (clock.local(at) if at is not None else clock.now()).date()
    with db.session() as session:
        point = get_point(session, point_code)
        tickets = session.scalars(
            select(Ticket)
            .where(Ticket.point_id == point.id, Ticket.service_date == day)
            .order_by(Ticket.id.desc())
            .limit(limit)
        ).all()
        return [view_of(db, t) for t in tickets]


def queue_snapshot(db: Database, point_code: str, at: datetime | None = None) -> list[QueueLine]:
    """Waiting count and longest wait per category at the point, for every category it serves."""
    moment = clock.local(at) if at is not None else clock.now()
    with db.session() as session:
        point = get_point(session, point_code)
        stats = {
            category_id: (count, oldest)
            for category_id, count, oldest in session.execute(
                select(Ticket.category_id, func.count(), func.min(Ticket.issued_at))
                .where(
                    Ticket.point_id == point.id,
                    Ticket.service_date == moment.date(),
                    Ticket.status == "waiting",
                )
                .group_by(Ticket.category_id)
            )
        }
        categories = _categories_at(session, point)
    lines = []
    for category in categories:
        count, oldest = stats.get(category.id, (0, None))
        longest = max(0, int((moment - oldest).total_seconds() // 60)) if oldest else 0
        lines.append(QueueLine(category.code, category.name, category.prefix, count, longest))
    return lines


def _categories_at(session: Session, point: ServicePoint) -> list[Category]:
    return list(
        session.scalars(
            select(Category)
            .where(
                Category.id.in_(
                    select(Service.category_id)
                    .join(PointService, PointService.service_id == Service.id)
                    .where(PointService.point_id == point.id)
                )
            )
            .order_by(Category.sort_order, Category.code)
        )
    )
