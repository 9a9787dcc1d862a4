"""Calling tickets to windows: sign in, call next, recall, no-show, start, finish, transfer, pause.

Who is called next is decided by :func:`calling_order` alone:

1. green-channel tickets (绿色通道, called first by national rule);
2. tickets the front desk re-activated after a no-show (once each: they already waited their turn);
3. booked tickets whose slot has started;
4. everyone else, oldest first.

Within a class the oldest issue time goes first; a transferred ticket keeps its original issue time, so it
does not go to the back of the queue. A window calls only tickets of the categories both it and its
officer serve (the officer's skills are ignored when none are recorded), plus tickets transferred to it.

Calling is atomic in the database: on PostgreSQL the candidate row is locked with ``FOR UPDATE SKIP
LOCKED`` (a window racing another takes the next ticket instead of waiting), on SQLite the writing
transaction holds the database's write lock from its first statement. Every change is a ticket or window
event with window, officer and time, and is announced to the other desks (:mod:`taxdesk.core.live`).

Every operation takes the acting person (``actor``) and checks the roles table first
(:mod:`taxdesk.core.roles`, from the actor alone: no query): calling, finishing, transferring, pausing and
signing oneself in need :data:`~taxdesk.core.roles.CALLING` at the point, seating another officer
:data:`~taxdesk.core.roles.ASSIGN_WINDOWS`, re-activating a no-show
:data:`~taxdesk.core.roles.REACTIVATE`. The events name the actor (``staff_id``; the window's officer when
the actor has no staff record); a sign-in event names the officer seated, and who seated them when that
was someone else.

Every function opens its own short session; any thread may call them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import and_, case, or_, select, update
from sqlalchemy.orm import Session

from taxdesk.core import clock, live, settings, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import (
    Category,
    Service,
    ServicePoint,
    Staff,
    StaffCategory,
    Ticket,
    TicketEvent,
    Window,
    WindowCategory,
    WindowEvent,
    format_number,
)
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.network import get_point, get_service
from taxdesk.core.qualification import check_qualified, serves
from taxdesk.core.roles import ASSIGN_WINDOWS, CALLING, REACTIVATE, Actor, require, require_any, require_early
from taxdesk.core.tickets import QueueLine, TicketView, catalogue_names, queue_snapshot, view_of

ACTIVE = ("called", "serving")
PAUSE_REASON_MAX = 200  # a pause reason: "午休", "外出核查 …"


@dataclass(frozen=True)
class WindowView:
    """A window as the console, the board and the supervisor see it."""

    number: int
    name: str
    state: str  # closed | open | paused
    is_tidal: bool
    officer: str | None
    officer_code: str | None
    since: datetime | None
    categories: tuple[str, ...]  # queue prefixes it serves
    ticket: TicketView | None  # the ticket called to it and not yet finished
    # The prefixes it calls now: ``categories`` narrowed to the signed-in officer's qualifications
    # (:func:`taxdesk.core.qualification.serves`); all of ``categories`` while nobody is signed in.
    serves: tuple[str, ...] = ()

    @property
    def serving(self) -> bool:
        return self.ticket is not None

    def open_for(self, prefix: str) -> bool:
        """Whether the window counts as open for the queue ``prefix``: open (not paused, not closed) and
        its officer qualified for it. The one rule the supervisor's queue table and the advisor share."""
        return self.state == "open" and prefix in self.serves

    def to_json(self) -> dict:
        return {
            "number": self.number,
            "name": self.name,
            "state": self.state,
            "busy": self.serving,
            "officer": self.officer,
            "officer_code": self.officer_code,
            "since": clock.iso(self.since) if self.since else None,
            "categories": list(self.categories),
            "serves": list(self.serves),
            "ticket": self.ticket.number if self.ticket else None,
            "ticket_status": self.ticket.status if self.ticket else None,
        }


@dataclass(frozen=True)
class Alert:
    category: str
    name: str
    reason: str  # waiting | wait
    waiting: int
    longest_wait_min: int
    threshold: int

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class QueueStatus:
    """The whole point at a glance: queues, windows and the alerts a supervisor acts on."""

    point: str
    at: datetime
    categories: list[QueueLine]
    windows: list[WindowView]
    alerts: list[Alert]

    def windows_for(self, prefix: str) -> tuple[int, int]:
        """(open, all) windows for the queue ``prefix``: open ones by :meth:`WindowView.open_for`, out of
        every window that has the category (whatever its state or officer)."""
        return windows_for(self.windows, prefix)

    def to_json(self) -> dict:
        return {
            "point": self.point,
            "at": clock.iso(self.at),
            "waiting": sum(line.waiting for line in self.categories),
            "categories": [
                {**asdict(line), "open_windows": self.windows_for(line.prefix)[0]} for line in self.categories
            ],
            "windows": [w.to_json() for w in self.windows],
            "alerts": [a.to_json() for a in self.alerts],
        }


def windows_for(views: list[WindowView], prefix: str) -> tuple[int, int]:
    """(open, all) windows among ``views`` for the queue ``prefix`` (see :meth:`QueueStatus.windows_for`)."""
    having = [v for v in views if prefix in v.categories]
    return sum(1 for v in having if v.open_for(prefix)), len(having)


@dataclass(frozen=True)
class Call:
    """One call or recall, as the display board shows and announces it."""

    event_id: int
    kind: str  # called | recalled
    number: str
    window: int
    at: datetime

    @property
    def announcement(self) -> str:
        return f"请{self.number}号到{self.window}号窗口办理"


@dataclass(frozen=True)
class Board:
    """What the hall display shows: current calls per window, the latest calls (newest first), the queues.

    ``recent`` holds more calls than a board shows, so a board that was busy for a moment can still tell
    which calls it has not announced yet (by their ``event_id``).
    """

    windows: list[WindowView]
    recent: list[Call]
    queues: list[QueueLine]


# ------------------------------------------------------------------------------------------- the order


def calling_order(now: datetime) -> list:
    """The ORDER BY that decides who is called next (see the module docstring): class, then age."""
    priority = case(
        (Ticket.channel == "green", 0),
        (Ticket.reactivated, 1),
        (and_(Ticket.channel == "booking", Ticket.slot_start <= now), 2),
        else_=3,
    )
    return [priority, Ticket.issued_at, Ticket.id]


def eligible(window: Window):
    """The tickets a window may call: its categories, narrowed to its officer's qualifications
    (:mod:`taxdesk.core.qualification`), and not transferred to another window; or transferred to this one."""
    served = select(WindowCategory.category_id).where(WindowCategory.window_id == window.id)
    condition = Ticket.category_id.in_(served)
    if window.staff_id is not None:
        skills = select(StaffCategory.category_id).where(StaffCategory.staff_id == window.staff_id)
        condition = and_(condition, Ticket.category_id.in_(skills))
    return or_(and_(condition, Ticket.target_window_id.is_(None)), Ticket.target_window_id == window.id)


# ------------------------------------------------------------------------------------------- helpers


def _now(at: datetime | None) -> datetime:
    return clock.local(at) if at is not None else clock.now()


def _window(session: Session, point: ServicePoint, number: int, *, lock: bool = False) -> Window:
    number = validate.window_number(number)
    query = select(Window).where(Window.point_id == point.id, Window.number == number, Window.active)
    if lock:
        query = query.with_for_update()
    window = session.scalar(query)
    if window is None:
        raise NotFound(
            f"{point.code} has no window {number}", key="unknown_window", point=point.code, window=number
        )
    return window


def _ticket(session: Session, ticket_id: int, *, lock: bool = True) -> Ticket:
    ticket_id = validate.record_id(ticket_id, "ticket ID")
    query = select(Ticket).where(Ticket.id == ticket_id)
    if lock:
        query = query.with_for_update()
    ticket = session.scalar(query)
    if ticket is None:
        raise NotFound(f"no ticket with ID {ticket_id}", key="unknown_ticket", ticket=ticket_id)
    return ticket


def _active_ticket(session: Session, window: Window) -> Ticket | None:
    return session.scalar(select(Ticket).where(Ticket.window_id == window.id, Ticket.status.in_(ACTIVE)))


def _require(ticket: Ticket, states: tuple[str, ...], action: str) -> None:
    if ticket.status not in states:
        raise InvalidInput(
            f"cannot {action} {ticket.number}: it is {ticket.status.replace('_', '-')}",
            key="wrong_state",
            action=action,
            ticket=ticket.number,
            status=ticket.status,
        )


def _event(
    session: Session, ticket: Ticket, kind: str, at: datetime, actor: Actor, detail: str | None = None
) -> None:
    session.add(
        TicketEvent(
            ticket_id=ticket.id,
            kind=kind,
            at=at,
            window_id=ticket.window_id,
            staff_id=actor.staff_id if actor.staff_id is not None else ticket.staff_id,
            detail=detail,
        )
    )


def _window_event(
    session: Session,
    window: Window,
    kind: str,
    at: datetime,
    actor: Actor | None,
    detail: str | None = None,
) -> None:
    """A window event naming ``actor`` (None: the window's officer, e.g. the officer seated)."""
    staff_id = actor.staff_id if actor is not None and actor.staff_id is not None else window.staff_id
    session.add(WindowEvent(window_id=window.id, kind=kind, at=at, staff_id=staff_id, detail=detail))


def _at_ticket_point(db: Database, session: Session, ticket: Ticket, actor: Actor, deferred: bool, *perms):
    """The second half of a :func:`~taxdesk.core.roles.require_early` check, once the ticket is read."""
    if deferred:
        require_any(actor, perms, _point_of(db, session, ticket))


def _set_window(window: Window, state: str, at: datetime, staff_id: int | None = -1) -> None:
    window.state = state
    window.state_since = at
    if staff_id != -1:
        window.staff_id = staff_id


def _point_of(db: Database, session: Session, ticket: Ticket) -> str:
    return catalogue_names(db, session, ticket).points[ticket.point_id][0]


def _finish_ticket_view(db: Database, session: Session, ticket: Ticket) -> TicketView:
    session.flush()
    return view_of(db, ticket)


# ------------------------------------------------------------------------------------------- windows


def sign_in(
    db: Database,
    point_code: str,
    number: int,
    staff_code: str | None = None,
    *,
    actor: Actor,
    at: datetime | None = None,
) -> WindowView:
    """The officer ``staff_code`` (default: ``actor``) takes the window, leaving any other window they
    were signed in at. Signing oneself in needs :data:`~taxdesk.core.roles.CALLING` at the point; seating
    another officer :data:`~taxdesk.core.roles.ASSIGN_WINDOWS`. The officer must be qualified for one of
    the window's categories (:func:`~taxdesk.core.qualification.check_qualified`)."""
    if staff_code is None or staff_code == actor.code:
        require(actor, CALLING, point_code)
        staff_code = actor.code
    else:
        require(actor, ASSIGN_WINDOWS, point_code)
    moment = _now(at)
    seated_by = None if staff_code == actor.code else f"seated by {actor.code}"
    with db.transaction() as session:
        point = get_point(session, point_code)
        staff = session.scalar(select(Staff).where(Staff.code == staff_code, Staff.active))
        if staff is None:
            raise NotFound(f"unknown officer {staff_code!r}", key="unknown_officer", staff=staff_code)
        window = _window(session, point, number, lock=True)
        check_qualified(session, staff, window)
        for other in session.scalars(
            select(Window).where(Window.staff_id == staff.id, Window.id != window.id)
        ):
            _window_event(session, other, "sign_out", moment, None, "signed in elsewhere")
            _set_window(other, "closed", moment, None)
        if window.staff_id not in (None, staff.id):
            _window_event(session, window, "sign_out", moment, None, f"replaced by {staff.code}")
        _set_window(window, "open", moment, staff.id)
        _window_event(session, window, "sign_in", moment, None, seated_by)
        live.notify(session, point.code)
    return window_view(db, point_code, number)


def sign_out(
    db: Database, point_code: str, number: int, *, actor: Actor, at: datetime | None = None
) -> WindowView:
    """The officer leaves the window (refused while it still serves a ticket)."""
    require(actor, CALLING, point_code)
    moment = _now(at)
    with db.transaction() as session:
        point = get_point(session, point_code)
        window = _window(session, point, number, lock=True)
        active = _active_ticket(session, window)
        if active is not None:
            raise InvalidInput(
                f"window {number} is still serving {active.number}: finish or transfer it first",
                key="window_busy_sign_out",
                window=number,
                ticket=active.number,
            )
        _window_event(session, window, "sign_out", moment, actor)
        _set_window(window, "closed", moment, None)
        live.notify(session, point.code)
    return window_view(db, point_code, number)


def pause(
    db: Database,
    point_code: str,
    number: int,
    reason: str | None = None,
    *,
    actor: Actor,
    at: datetime | None = None,
):
    """Stop calling at this window (a break, a long case elsewhere); the current ticket is unaffected."""
    return _pause_or_resume(db, point_code, number, "paused", reason, actor, at)


def resume(
    db: Database, point_code: str, number: int, *, actor: Actor, at: datetime | None = None
) -> WindowView:
    return _pause_or_resume(db, point_code, number, "open", None, actor, at)


def _pause_or_resume(db, point_code, number, state, reason, actor, at) -> WindowView:
    require(actor, CALLING, point_code)
    reason = validate.text(reason, "reason", limit=PAUSE_REASON_MAX)
    moment = _now(at)
    with db.transaction() as session:
        point = get_point(session, point_code)
        window = _window(session, point, number, lock=True)
        if window.state == state:
            return window_view(db, point_code, number)
        if window.state == "closed":
            raise InvalidInput(
                f"window {number} is closed: sign in first", key="window_closed", window=number
            )
        _set_window(window, state, moment)
        _window_event(session, window, "pause" if state == "paused" else "resume", moment, actor, reason)
        live.notify(session, point.code)
    return window_view(db, point_code, number)


# ------------------------------------------------------------------------------------------- tickets


def call_next(
    db: Database, point_code: str, number: int, *, actor: Actor, at: datetime | None = None
) -> TicketView | None:
    """Call the next ticket to window ``number``; None when nobody is waiting for it.

    A closed window is opened by calling (without an officer); a paused window, or one still serving a
    ticket, refuses with the reason. Four statements: find and lock the window (with the ticket it may
    still be serving), take the next ticket in one ``UPDATE … WHERE id = (SELECT … LIMIT 1) RETURNING``,
    log the event, commit. ``actor`` needs :data:`~taxdesk.core.roles.CALLING` at the point.
    """
    require(actor, CALLING, point_code)
    number = validate.window_number(number)
    moment = _now(at)
    busy = (
        select(Ticket.prefix, Ticket.seq)
        .where(Ticket.window_id == Window.id, Ticket.status.in_(ACTIVE))
        .limit(1)
        .correlate(Window)
    )
    with db.transaction() as session:
        found = session.execute(
            select(
                Window,
                ServicePoint.code,
                busy.with_only_columns(Ticket.prefix).scalar_subquery(),
                busy.with_only_columns(Ticket.seq).scalar_subquery(),
            )
            .join(ServicePoint, ServicePoint.id == Window.point_id)
            .where(
                ServicePoint.code == point_code, ServicePoint.active, Window.number == number, Window.active
            )
            .with_for_update(of=Window)
        ).first()
        if found is None:  # say which of the two is wrong
            _window(session, get_point(session, point_code), number)
        window, point_code, busy_prefix, busy_seq = found
        if window.state == "paused":
            raise InvalidInput(
                f"window {number} is paused: resume it first", key="window_paused", window=number
            )
        if busy_prefix is not None:
            serving = format_number(busy_prefix, busy_seq)
            raise InvalidInput(
                f"window {number} is still serving {serving}: finish it or mark a no-show first",
                key="window_busy",
                window=number,
                ticket=serving,
            )
        if window.state == "closed":
            _set_window(window, "open", moment)
            _window_event(session, window, "sign_in", moment, actor, "opened by calling")
        candidate = (
            select(Ticket.id)
            .where(
                Ticket.point_id == window.point_id,
                Ticket.service_date == moment.date(),
                Ticket.status == "waiting",
                eligible(window),
            )
            .order_by(*calling_order(moment))
            .limit(1)
        )
        if session.get_bind().dialect.name == "postgresql":
            candidate = candidate.with_for_update(skip_locked=True)
        ticket = session.scalars(
            update(Ticket)
            .where(Ticket.id == candidate.scalar_subquery(), Ticket.status == "waiting")
            .values(
                status="called",
                called_at=moment,
                window_id=window.id,
                staff_id=window.staff_id,
                target_window_id=None,
            )
            .returning(Ticket),
            execution_options={"synchronize_session": False},
        ).first()
        if ticket is None:
            return None
        _event(session, ticket, "called", moment, actor)
        live.notify(session, point_code)
        return _finish_ticket_view(db, session, ticket)


def recall(db: Database, ticket_id: int, *, actor: Actor, at: datetime | None = None) -> TicketView:
    """Call the same ticket again (the board shows and says it once more)."""
    deferred = require_early(actor, CALLING)
    moment = _now(at)
    with db.transaction() as session:
        ticket = _ticket(session, ticket_id)
        _at_ticket_point(db, session, ticket, actor, deferred, CALLING)
        _require(ticket, ("called",), "recall")
        ticket.recall_count += 1
        _event(session, ticket, "recalled", moment, actor, str(ticket.recall_count))
        live.notify(session, _point_of(db, session, ticket))
        return _finish_ticket_view(db, session, ticket)


def no_show(db: Database, ticket_id: int, *, actor: Actor, at: datetime | None = None) -> TicketView:
    """The taxpayer did not come (过号): allowed once the ticket was recalled the configured number of
    times."""
    deferred = require_early(actor, CALLING)
    moment = _now(at)
    with db.transaction() as session:
        ticket = _ticket(session, ticket_id)
        _at_ticket_point(db, session, ticket, actor, deferred, CALLING)
        _require(ticket, ("called",), "mark a no-show for")
        needed = int(settings.get(session, settings.NOSHOW_AFTER_RECALLS))
        if ticket.recall_count < needed:
            raise InvalidInput(
                f"recall {ticket.number} first: a no-show needs {needed} recall(s), "
                f"it has {ticket.recall_count}",
                key="needs_recall",
                ticket=ticket.number,
                count=ticket.recall_count,
                needed=needed,
            )
        ticket.status = "no_show"
        _event(session, ticket, "no_show", moment, actor)
        live.notify(session, _point_of(db, session, ticket))
        return _finish_ticket_view(db, session, ticket)


def start(db: Database, ticket_id: int, *, actor: Actor, at: datetime | None = None) -> TicketView:
    """The taxpayer has reached the window: handling starts."""
    deferred = require_early(actor, CALLING)
    moment = _now(at)
    with db.transaction() as session:
        ticket = _ticket(session, ticket_id)
        _at_ticket_point(db, session, ticket, actor, deferred, CALLING)
        _require(ticket, ("called",), "start")
        ticket.status = "serving"
        ticket.started_at = moment
        _event(session, ticket, "started", moment, actor)
        live.notify(session, _point_of(db, session, ticket))
        return _finish_ticket_view(db, session, ticket)


def finish(db: Database, ticket_id: int, *, actor: Actor, at: datetime | None = None) -> TicketView:
    """Done (办结); the window is free to call the next ticket."""
    deferred = require_early(actor, CALLING)
    moment = _now(at)
    with db.transaction() as session:
        ticket = _ticket(session, ticket_id)
        _at_ticket_point(db, session, ticket, actor, deferred, CALLING)
        _require(ticket, ACTIVE, "finish")
        ticket.status = "finished"
        ticket.finished_at = moment
        _event(session, ticket, "finished", moment, actor)
        live.notify(session, _point_of(db, session, ticket))
        return _finish_ticket_view(db, session, ticket)


def transfer(
    db: Database,
    ticket_id: int,
    *,
    service_code: str | None = None,
    window_number: int | None = None,
    actor: Actor,
    at: datetime | None = None,
) -> TicketView:
    """Send the taxpayer to another service and/or a particular window (转办).

    The ticket goes back to waiting with its original issue time and number, so it is called before
    anyone who came later. With a window, only that window may call it.
    """
    deferred = require_early(actor, CALLING)
    if service_code is None and window_number is None:
        raise InvalidInput("transfer to what? give a service, a window or both", key="transfer_nothing")
    moment = _now(at)
    with db.transaction() as session:
        ticket = _ticket(session, ticket_id)
        _at_ticket_point(db, session, ticket, actor, deferred, CALLING)
        _require(ticket, (*ACTIVE, "waiting"), "transfer")
        point = session.get(ServicePoint, ticket.point_id)
        changes = []
        if service_code is not None:
            service = get_service(session, point, service_code)
            if service.id != ticket.service_id:
                old = session.get(Service, ticket.service_id)
                changes.append(f"service {old.code} → {service.code}")
                ticket.service_id = service.id
                ticket.category_id = service.category_id
        if window_number is not None:
            target = _window(session, point, window_number)
            if target.id == ticket.window_id and ticket.status in ACTIVE:
                raise InvalidInput(
                    f"{ticket.number} is already at window {window_number}",
                    key="already_at_window",
                    ticket=ticket.number,
                    window=window_number,
                )
            ticket.target_window_id = target.id
            changes.append(f"window {window_number}")
        detail = ", ".join(changes) or "unchanged"
        _event(session, ticket, "transferred", moment, actor, detail)
        ticket.status = "waiting"
        ticket.window_id = None
        ticket.staff_id = None
        ticket.recall_count = 0
        live.notify(session, point.code)
        return _finish_ticket_view(db, session, ticket)


def reactivate(db: Database, ticket_id: int, *, actor: Actor, at: datetime | None = None) -> TicketView:
    """The front desk puts a no-show back in the queue, to be called next — once per ticket
    (:data:`~taxdesk.core.roles.REACTIVATE`)."""
    deferred = require_early(actor, REACTIVATE)
    moment = _now(at)
    with db.transaction() as session:
        ticket = _ticket(session, ticket_id)
        _at_ticket_point(db, session, ticket, actor, deferred, REACTIVATE)
        _require(ticket, ("no_show",), "re-activate")
        if ticket.reactivated:
            raise InvalidInput(
                f"{ticket.number} was re-activated once already", key="reactivated_once", ticket=ticket.number
            )
        if ticket.service_date != moment.date():
            raise InvalidInput(
                f"{ticket.number} is from {ticket.service_date}: take a new ticket today",
                key="old_ticket",
                ticket=ticket.number,
                day=str(ticket.service_date),
            )
        ticket.status = "waiting"
        ticket.reactivated = True
        ticket.recall_count = 0
        ticket.window_id = None
        ticket.staff_id = None
        _event(session, ticket, "reactivated", moment, actor)
        live.notify(session, _point_of(db, session, ticket))
        return _finish_ticket_view(db, session, ticket)


# ------------------------------------------------------------------------------------------- views


def window_views(db: Database, session: Session, point: ServicePoint, numbers: list[int] | None = None):
    query = select(Window).where(Window.point_id == point.id, Window.active).order_by(Window.number)
    if numbers is not None:
        query = query.where(Window.number.in_(numbers))
    windows = session.scalars(query).all()
    active = {
        t.window_id: t
        for t in session.scalars(
            select(Ticket).where(Ticket.window_id.in_([w.id for w in windows]), Ticket.status.in_(ACTIVE))
        )
    }
    staff = {
        s.id: s for s in session.scalars(select(Staff).where(Staff.id.in_([w.staff_id for w in windows])))
    }
    prefixes: dict[int, list[str]] = {}
    for window_id, prefix in session.execute(
        select(WindowCategory.window_id, Category.prefix)
        .join(Category, Category.id == WindowCategory.category_id)
        .where(WindowCategory.window_id.in_([w.id for w in windows]))
        .order_by(Category.sort_order)
    ):
        prefixes.setdefault(window_id, []).append(prefix)
    skills: dict[int, set[str]] = {}
    for staff_id, prefix in session.execute(
        select(StaffCategory.staff_id, Category.prefix)
        .join(Category, Category.id == StaffCategory.category_id)
        .where(StaffCategory.staff_id.in_(list(staff)))
    ):
        skills.setdefault(staff_id, set()).add(prefix)
    views = []
    for w in windows:
        officer = staff.get(w.staff_id)
        ticket = active.get(w.id)
        own = prefixes.get(w.id, ())
        calling = serves(set(own), skills.get(w.staff_id, set()) if officer else None)
        views.append(
            WindowView(
                number=w.number,
                name=w.name,
                state=w.state,
                is_tidal=w.is_tidal,
                officer=officer.name if officer else None,
                officer_code=officer.code if officer else None,
                since=clock.local(ticket.called_at)
                if ticket
                else (clock.local(w.state_since) if w.state_since else None),
                categories=tuple(own),
                ticket=view_of(db, ticket) if ticket else None,
                serves=tuple(p for p in own if p in calling),
            )
        )
    return views


def window_view(db: Database, point_code: str, number: int) -> WindowView:
    with db.session() as session:
        point = get_point(session, point_code)
        _window(session, point, number)
        return window_views(db, session, point, [number])[0]


def queue_status(db: Database, point_code: str, at: datetime | None = None) -> QueueStatus:
    """Queues, windows and alerts at the point (``taxdesk queue`` and the supervisor's view)."""
    moment = _now(at)
    lines = queue_snapshot(db, point_code, at=moment)
    with db.session() as session:
        point = get_point(session, point_code)
        windows = window_views(db, session, point)
        max_waiting = int(settings.get(session, settings.ALERT_WAITING))
        max_wait = int(settings.get(session, settings.ALERT_WAIT_MIN))
    alerts = []
    for line in lines:
        if line.waiting > max_waiting:
            alerts.append(
                Alert(line.category, line.name, "waiting", line.waiting, line.longest_wait_min, max_waiting)
            )
        if line.waiting and line.longest_wait_min > max_wait:
            alerts.append(
                Alert(line.category, line.name, "wait", line.waiting, line.longest_wait_min, max_wait)
            )
    return QueueStatus(point_code, moment, lines, windows, alerts)


def _calls(session: Session, point: ServicePoint, day, *, limit: int) -> list[Call]:
    query = (
        select(TicketEvent.id, TicketEvent.kind, Ticket.prefix, Ticket.seq, Window.number, TicketEvent.at)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .join(Window, Window.id == TicketEvent.window_id)
        .where(
            Ticket.point_id == point.id,
            Ticket.service_date == day,
            TicketEvent.kind.in_(("called", "recalled")),
        )
        .order_by(TicketEvent.id.desc())
        .limit(limit)
    )
    return [
        Call(event_id, kind, f"{prefix}{seq:03d}", window, clock.local(at_))
        for event_id, kind, prefix, seq, window, at_ in session.execute(query)
    ]


def board(db: Database, point_code: str, recent: int = 30, at: datetime | None = None) -> Board:
    """Everything the hall display shows, in one read."""
    moment = _now(at)
    lines = queue_snapshot(db, point_code, at=moment)
    with db.session() as session:
        point = get_point(session, point_code)
        windows = window_views(db, session, point)
        calls = _calls(session, point, moment.date(), limit=recent)
    return Board(windows, calls, lines)
