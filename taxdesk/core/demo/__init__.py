"""Demo data: the 云溪县 service network and two years of realistic queue history (``taxdesk init --demo``).

:func:`populate` is repeatable and incremental. On an empty database it writes the catalogue, the network
and the staff, then ``history_days`` of tickets ending yesterday. On a database that already has service
points it leaves the network alone and only adds the days after each point's last day of history, so a
demo made last week is topped up to yesterday; days before the first day already present are never added,
and a network the demo did not make never gets invented history.
Every (point, day) comes from its own seeded generator, so the same day always has the same tickets.

Writes go in chunks of days, one transaction per chunk, with bulk inserts and ticket IDs assigned here, so
two years take seconds rather than minutes and memory stays flat. It can run for a while: call it on a
worker thread (the GUI shows ``progress``), never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from taxdesk.core import clock, settings, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import Service, ServicePoint, Staff, Ticket, TicketCounter, TicketEvent, Window
from taxdesk.core.demo.history import PointModel, SimTicket, at, load_points, midnight_utc, simulate_day
from taxdesk.core.demo.network import add_booking_capacity, add_roster_setup, create_network
from taxdesk.core.errors import InvalidInput

__all__ = ["DemoSummary", "give_accounts", "populate"]

CHUNK_DAYS = 14
MAX_HISTORY_DAYS = 3660  # ten years: more only makes the demo slow to build
INSERT_BATCH = 20_000
# Set in the settings table when the demo writes its network; history is only ever invented for a
# database that carries it, so `init --demo` run against a real bureau's database cannot pollute it.
DEMO_MARKER = "demo_network"


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`populate` left behind.

    ``points``, ``services``, ``windows`` and ``staff`` count the network now in the database;
    ``tickets_added`` and ``events_added`` what this call wrote; ``first_day`` and ``last_day`` the span
    of days this call generated (None when it had nothing to add).
    """

    points: int
    services: int
    windows: int
    staff: int
    tickets_added: int
    first_day: date | None
    last_day: date | None
    events_added: int = 0
    network_created: bool = False


def populate(
    db: Database,
    *,
    history_days: int = 730,
    end: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    points: Iterable[str] | None = None,
) -> DemoSummary:
    """Fill ``db`` (schema already created) with the demo network and history up to ``end``.

    ``end`` defaults to yesterday, local time; ``history_days=0`` writes the network only. ``points``
    limits the history to those point codes (the network is always complete). ``progress(done, total)``
    is called before the first and after each chunk, counted in days, when there is history to make.

    History is only added to a network the demo made itself (:data:`DEMO_MARKER`); asked for history on
    any other network it raises :class:`InvalidInput` and writes nothing.

    Runs on the calling thread: any thread but the GUI's.
    """
    history_days = validate.number(
        history_days, "history days", minimum=0, maximum=MAX_HISTORY_DAYS, integer=True
    )
    end = end or clock.now().date() - timedelta(days=1)
    network_created = False
    with db.transaction() as session:
        if session.scalar(select(func.count()).select_from(ServicePoint)) == 0:
            create_network(session)
            settings.put(session, DEMO_MARKER, clock.iso(clock.now()))
            network_created = True
        demo_network = settings.get(session, DEMO_MARKER) is not None
        if demo_network:
            add_booking_capacity(session)  # also for demo databases made before bookings existed
            add_roster_setup(session)  # … and before rosters
    if history_days and not demo_network:
        raise InvalidInput(
            "this database already has a service network that the demo did not make: "
            "demo history is only added to a demo database",
            field="history_days",
        )

    with db.session() as session:
        models = load_points(session)
        green_prefix = settings.get(session, settings.GREEN_PREFIX)
        starts = _history_starts(session, models, end - timedelta(days=max(history_days, 1) - 1))
    if points is not None:
        wanted = set(points)
        unknown = wanted - {m.code for m in models}
        if unknown:
            raise InvalidInput(f"unknown service points: {', '.join(sorted(unknown))}", field="points")
        models = [m for m in models if m.code in wanted]
    models = [m for m in models if history_days and starts[m.id] <= end]

    tickets_added = events_added = 0
    first_day = min((starts[m.id] for m in models), default=None)
    total = (end - first_day).days + 1 if first_day else 0
    if progress and total:
        progress(0, total)
    day = first_day
    while day is not None and day <= end:
        chunk_end = min(end, day + timedelta(days=CHUNK_DAYS - 1))
        plan = [(m, d) for d in _days(day, chunk_end) for m in models if starts[m.id] <= d]
        simulated = [(m, d, simulate_day(m, d, green_prefix)) for m, d in plan]
        added = _write(db, simulated)
        tickets_added += added[0]
        events_added += added[1]
        if progress:
            progress((chunk_end - first_day).days + 1, total)
        day = chunk_end + timedelta(days=1)

    with db.session() as session:
        counts = [
            session.scalar(select(func.count()).select_from(model))
            for model in (ServicePoint, Service, Window, Staff)
        ]
    return DemoSummary(
        points=counts[0],
        services=counts[1],
        windows=counts[2],
        staff=counts[3],
        tickets_added=tickets_added,
        first_day=first_day,
        last_day=end if first_day else None,
        events_added=events_added,
        network_created=network_created,
    )


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def _history_starts(session: Session, models: list[PointModel], fresh_start: date) -> dict[int, date]:
    """The first day to generate per point: after its last day of tickets; for a point without any, the
    first day of the history already in the database, or ``fresh_start`` on a database without tickets."""
    last = dict(
        session.execute(
            select(Ticket.point_id, func.max(Ticket.service_date)).group_by(Ticket.point_id)
        ).all()
    )
    existing_first = session.scalar(select(func.min(Ticket.service_date)))
    default = existing_first or fresh_start
    return {m.id: last[m.id] + timedelta(days=1) if m.id in last else default for m in models}


def _write(db: Database, simulated: list[tuple[PointModel, date, list[SimTicket]]]) -> tuple[int, int]:
    """Insert one chunk of simulated days in one transaction; returns (tickets, events) written."""
    count = sum(len(tickets) for _, _, tickets in simulated)
    if count == 0:
        return 0, 0
    with db.transaction() as session:
        postgres = session.get_bind().dialect.name == "postgresql"
        if postgres:
            # Desks may issue tickets meanwhile: hold them off until our IDs are in and the sequence moved.
            session.execute(text("LOCK TABLE tickets IN EXCLUSIVE MODE"))
        next_id = (session.scalar(select(func.max(Ticket.id))) or 0) + 1
        ticket_rows, event_rows, counter_rows = [], [], []
        for point, day, tickets in simulated:
            base = midnight_utc(day)
            last_seq: dict[str, int] = {}
            for t in tickets:
                ticket_id = next_id
                next_id += 1
                issued = at(base, t.issued)
                called = at(base, t.called)
                ended = at(base, t.ended)
                ticket_rows.append(
                    {
                        "id": ticket_id,
                        "point_id": point.id,
                        "service_id": t.service_id,
                        "category_id": t.category_id,
                        "service_date": day,
                        "prefix": t.prefix,
                        "seq": t.seq,
                        "channel": t.channel,
                        "status": "no_show" if t.no_show else "finished",
                        "issued_at": issued,
                        "called_at": called,
                        "finished_at": None if t.no_show else ended,
                        "window_id": t.window_id,
                        "ahead_at_issue": t.ahead,
                        "estimated_wait_min": t.estimate_min,
                    }
                )
                event_rows.append(
                    {
                        "ticket_id": ticket_id,
                        "kind": "issued",
                        "at": issued,
                        "window_id": None,
                        "detail": t.channel,
                    }
                )
                event_rows.append(
                    {
                        "ticket_id": ticket_id,
                        "kind": "called",
                        "at": called,
                        "window_id": t.window_id,
                        "detail": None,
                    }
                )
                event_rows.append(
                    {
                        "ticket_id": ticket_id,
                        "kind": "no_show" if t.no_show else "finished",
                        "at": ended,
                        "window_id": t.window_id,
                        "detail": None,
                    }
                )
                last_seq[t.prefix] = t.seq
            counter_rows += [
                {"point_id": point.id, "service_date": day, "prefix": prefix, "last_number": seq}
                for prefix, seq in last_seq.items()
            ]
        # Core inserts on the tables (one executemany each): the ORM's bulk path would split the events
        # into one statement per row wherever the set of non-NULL columns changes.
        for model, rows in ((Ticket, ticket_rows), (TicketEvent, event_rows), (TicketCounter, counter_rows)):
            for start in range(0, len(rows), INSERT_BATCH):
                session.execute(insert(model.__table__), rows[start : start + INSERT_BATCH])
        if postgres:
            session.execute(
                text("SELECT setval(pg_get_serial_sequence('tickets', 'id'), :last)"), {"last": next_id - 1}
            )
    return len(ticket_rows), len(event_rows)


def give_accounts(db: Database) -> int:
    """Every demo person an account with the demo password, and the administrator ``admin`` (see
    :func:`taxdesk.core.accounts.give_demo_accounts`): for the demo only. How many accounts made."""
    from taxdesk.core import accounts
    from taxdesk.core.demo import network

    return accounts.give_demo_accounts(db, {person.code: person.role for person in network.STAFF})
