"""What the people at and behind the windows read: one window for its console, the whole point for the
supervisor (值班长), the officers who may sign in, and the tidal-window alert thresholds.

:mod:`taxdesk.core.calls` changes tickets and windows; this module only reads them (and writes the two
thresholds). It adds what the console and the supervisor need beyond :class:`~taxdesk.core.calls.WindowView`:
when the active ticket was called and started and how often it was recalled, and since when a window has
had nobody at it (a window's state time alone would say "since sign-in" after a whole morning of work).

It reads windows through :mod:`~taxdesk.core.calls` (``window_views``, ``eligible``), so
that what a window shows and what it would call are decided in one place.

Every function opens its own short session; any thread may call them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select

from taxdesk.core import audit, calls, clock, live, settings
from taxdesk.core.calls import QueueStatus, WindowView
from taxdesk.core.db import Database
from taxdesk.core.db.models import (
    Category,
    StaffCategory,
    Ticket,
    TicketEvent,
    Window,
    WindowCategory,
    WindowEvent,
)
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.network import get_point
from taxdesk.core.qualification import serves
from taxdesk.core.roles import STAFFING_TARGETS, Actor, require
from taxdesk.core.tickets import QueueLine

# Ticket events after which a window has nobody at it.
_LEAVING = ("finished", "no_show", "transferred")
# Sensible bounds for the thresholds: an alert that can never fire, or fires all day, helps nobody.
MAX_WAITING = 999
MAX_WAIT_MIN = 480


@dataclass(frozen=True)
class WindowDetail:
    """A window with the times its console and the supervisor show."""

    view: WindowView
    called_at: datetime | None  # the active ticket's (last) call
    started_at: datetime | None  # when handling of the active ticket started, if it has
    recall_count: int  # how often the active ticket was called again
    free_since: datetime | None  # no ticket at the window since then (None while there is one)
    pause_reason: str | None = None  # why a paused window was paused, if the officer said


@dataclass(frozen=True)
class DeskStatus:
    """One window as its console shows it, with the queues it calls from."""

    at: datetime
    window: WindowDetail
    queues: list[QueueLine]  # the categories this window (and its officer) call, in catalogue order
    transferred_here: int  # tickets transferred to this very window, waiting
    noshow_after_recalls: int  # recalls needed before a no-show (过号) is allowed


@dataclass(frozen=True)
class Thresholds:
    waiting: int  # alert when more than this many wait in a category
    wait_min: int  # … or when the longest wait passes this many minutes


@dataclass(frozen=True)
class Overview:
    """The whole point for the supervisor: queues, windows, alerts and the thresholds behind them."""

    status: QueueStatus
    windows: list[WindowDetail]
    thresholds: Thresholds


# ------------------------------------------------------------------------------------------- windows


def _details(session, point, views: list[WindowView], moment: datetime) -> list[WindowDetail]:
    ids = dict(
        session.execute(
            select(Window.number, Window.id).where(
                Window.point_id == point.id, Window.number.in_([v.number for v in views])
            )
        ).all()
    )
    active = {
        t.window_id: t
        for t in session.scalars(
            select(Ticket).where(Ticket.window_id.in_(ids.values()), Ticket.status.in_(calls.ACTIVE))
        )
    }
    day_start = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    last_left = dict(
        session.execute(
            select(TicketEvent.window_id, func.max(TicketEvent.at))
            .where(
                TicketEvent.window_id.in_(ids.values()),
                TicketEvent.kind.in_(_LEAVING),
                TicketEvent.at >= day_start,
            )
            .group_by(TicketEvent.window_id)
        ).all()
    )
    paused = [ids[v.number] for v in views if v.state == "paused"]
    reasons: dict[int, str | None] = {}
    if paused:
        for window_id, detail in session.execute(
            select(WindowEvent.window_id, WindowEvent.detail)
            .where(WindowEvent.window_id.in_(paused), WindowEvent.kind == "pause")
            .order_by(WindowEvent.at, WindowEvent.id)
        ):
            reasons[window_id] = detail  # the latest pause wins
    details = []
    for view in views:
        window_id = ids[view.number]
        ticket = active.get(window_id)
        if ticket is not None:
            details.append(
                WindowDetail(
                    view,
                    clock.local(ticket.called_at) if ticket.called_at else None,
                    clock.local(ticket.started_at) if ticket.started_at else None,
                    ticket.recall_count,
                    None,
                    reasons.get(window_id),
                )
            )
            continue
        free = [t for t in (view.since, last_left.get(window_id)) if t is not None]
        details.append(
            WindowDetail(
                view, None, None, 0, clock.local(max(free)) if free else None, reasons.get(window_id)
            )
        )
    return details


def desk_status(db: Database, point_code: str, number: int, at: datetime | None = None) -> DeskStatus:
    """Window ``number`` for its console: state, officer, active ticket with its times, its queues.

    The queues count exactly the tickets the window would call (the rule is :mod:`~taxdesk.core.calls`'
    own), one line per category the window and its officer serve, plus any category of a ticket
    transferred to this window.
    """
    moment = clock.local(at) if at is not None else clock.now()
    with db.session() as session:
        point = get_point(session, point_code)
        window = session.scalar(
            select(Window).where(Window.point_id == point.id, Window.number == number, Window.active)
        )
        if window is None:
            raise NotFound(
                f"{point.code} has no window {number}", key="unknown_window", point=point.code, window=number
            )
        view = calls.window_views(db, session, point, [number])[0]
        detail = _details(session, point, [view], moment)[0]
        waiting = {
            category_id: (count, oldest)
            for category_id, count, oldest in session.execute(
                select(Ticket.category_id, func.count(), func.min(Ticket.issued_at))
                .where(
                    Ticket.point_id == point.id,
                    Ticket.service_date == moment.date(),
                    Ticket.status == "waiting",
                    calls.eligible(window),
                )
                .group_by(Ticket.category_id)
            )
        }
        served = set(
            session.scalars(select(WindowCategory.category_id).where(WindowCategory.window_id == window.id))
        )
        if window.staff_id is not None:
            skills = set(
                session.scalars(
                    select(StaffCategory.category_id).where(StaffCategory.staff_id == window.staff_id)
                )
            )
            served = serves(served, skills)
        shown = session.scalars(
            select(Category)
            .where(Category.id.in_(served | set(waiting)))
            .order_by(Category.sort_order, Category.code)
        ).all()
        transferred = session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(
                Ticket.target_window_id == window.id,
                Ticket.status == "waiting",
                Ticket.service_date == moment.date(),
            )
        )
        needed = int(settings.get(session, settings.NOSHOW_AFTER_RECALLS))
    lines = []
    for category in shown:
        count, oldest = waiting.get(category.id, (0, None))
        longest = max(0, int((moment - clock.local(oldest)).total_seconds() // 60)) if oldest else 0
        lines.append(QueueLine(category.code, category.name, category.prefix, count, longest))
    return DeskStatus(
        at=moment,
        window=detail,
        queues=lines,
        transferred_here=transferred or 0,
        noshow_after_recalls=needed,
    )


def overview(db: Database, point_code: str, at: datetime | None = None) -> Overview:
    """Everything the supervisor's view shows, read in one go."""
    moment = clock.local(at) if at is not None else clock.now()
    status = calls.queue_status(db, point_code, at=moment)
    with db.session() as session:
        point = get_point(session, point_code)
        windows = _details(session, point, status.windows, moment)
        limits = _thresholds(session)
    return Overview(status, windows, limits)


# ------------------------------------------------------------------------------------------- officers


# ------------------------------------------------------------------------------------------- thresholds


def _thresholds(session) -> Thresholds:
    return Thresholds(
        int(settings.get(session, settings.ALERT_WAITING)),
        int(settings.get(session, settings.ALERT_WAIT_MIN)),
    )


def thresholds(db: Database) -> Thresholds:
    with db.session() as session:
        return _thresholds(session)


def set_thresholds(db: Database, waiting: int, wait_min: int, *, actor: Actor) -> Thresholds:
    """Change the installation-wide alert thresholds (every point and desk on this database); ``actor``
    needs STAFFING_TARGETS (a supervisor's setting), recorded in the audit trail."""
    require(actor, STAFFING_TARGETS)
    if not 1 <= waiting <= MAX_WAITING:
        raise InvalidInput(
            f"the waiting threshold must be 1 to {MAX_WAITING} people, not {waiting}",
            key="threshold_waiting",
            maximum=MAX_WAITING,
        )
    if not 1 <= wait_min <= MAX_WAIT_MIN:
        raise InvalidInput(
            f"the wait threshold must be 1 to {MAX_WAIT_MIN} minutes, not {wait_min}",
            key="threshold_wait",
            maximum=MAX_WAIT_MIN,
        )
    with db.transaction() as session:
        old = asdict(_thresholds(session))
        settings.put(session, settings.ALERT_WAITING, str(int(waiting)))
        settings.put(session, settings.ALERT_WAIT_MIN, str(int(wait_min)))
        audit.record(
            session,
            actor.code,
            "settings.change",
            "alert thresholds",
            old,
            {"waiting": int(waiting), "wait_min": int(wait_min)},
        )
        live.notify(session, "")  # every point's alerts may change
    return Thresholds(int(waiting), int(wait_min))
