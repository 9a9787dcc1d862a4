"""Several desks issuing at the same moment, as separate processes: no duplicate numbers, no gaps."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from signing_in import ANYONE
from sqlalchemy import select

from taxdesk.core.db.models import Ticket
from taxdesk.core.network import list_services

WORKER = Path(__file__).with_name("issue_worker.py")
PROCESSES = 4
PER_PROCESS = 26  # even: each process alternates between the two queues


def test_four_processes_issue_without_duplicates_or_gaps(network_db):
    with network_db.session() as session:
        services = list_services(session, "HALL")
    # Two queues at once: every process alternates between a service of category A and one of category B.
    first = services[0]
    second = next(s for s in services if s.prefix != first.prefix)
    start = time.time() + 2.0
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                network_db.url,
                "HALL",
                str(start),
                str(PER_PROCESS),
                first.code,
                second.code,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    outputs = [proc.communicate(timeout=120) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    printed = [line for out, _err in outputs for line in out.split()]
    assert len(printed) == PROCESSES * PER_PROCESS
    assert len(set(printed)) == len(printed), [n for n, c in Counter(printed).items() if c > 1]

    half = PROCESSES * PER_PROCESS // 2
    for prefix in (first.prefix, second.prefix):
        expected = [f"{prefix}{n:03d}" for n in range(1, half + 1)]
        assert sorted(n for n in printed if n.startswith(prefix)) == expected

    with network_db.session() as session:
        stored = session.execute(select(Ticket.prefix, Ticket.seq).order_by(Ticket.prefix, Ticket.seq)).all()
    assert len(stored) == len(printed)
    for prefix in (first.prefix, second.prefix):
        assert [seq for p, seq in stored if p == prefix] == list(range(1, half + 1))


CALLER = Path(__file__).with_name("call_worker.py")


def test_four_windows_calling_at_once_call_every_ticket_exactly_once(network_db):
    from taxdesk.core.calls import window_view
    from taxdesk.core.tickets import issue_ticket

    with network_db.session() as session:
        services = [s for s in list_services(session, "HALL") if s.prefix == "A"]
    windows = [n for n in range(1, 13) if "A" in window_view(network_db, "HALL", n).categories][:PROCESSES]
    assert len(windows) == PROCESSES
    issued = {
        issue_ticket(network_db, "HALL", services[i % len(services)].code, actor=ANYONE).number
        for i in range(80)
    }
    start = time.time() + 2.0
    procs = [
        subprocess.Popen(
            [sys.executable, str(CALLER), network_db.url, "HALL", str(window), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for window in windows
    ]
    outputs = [proc.communicate(timeout=180) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    called = [line for out, _err in outputs for line in out.split()]
    assert sorted(called) == sorted(issued)  # every ticket once: none twice, none left
    assert sum(1 for out, _err in outputs if out.split()) >= 2  # the windows really ran side by side
    with network_db.session() as session:
        statuses = session.scalars(select(Ticket.status)).all()
    assert set(statuses) == {"finished"}


BOOKER = Path(__file__).with_name("book_worker.py")
TAXPAYERS = ["11010519491231002X", "440524198001010013", "330102199003077114", "91350100M000100Y43"]


def test_four_agents_racing_for_the_last_place_exactly_one_wins(network_db):
    from signing_in import ANYONE

    from taxdesk.core.bookings import set_capacity

    set_capacity(network_db, "HALL", "INV", 1, actor=ANYONE)  # one place per slot: each is a "last place"
    # One slot a day (a taxpayer books a service once a day), on the next five working days.
    slots = [f"2026-{day}T09:00" for day in ("11-30", "12-01", "12-02", "12-03", "12-04")]
    start = time.time() + 2.0
    procs = [
        subprocess.Popen(
            [sys.executable, str(BOOKER), network_db.url, "HALL", "FPLY", str(start), who, *slots],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in TAXPAYERS
    ]
    outputs = [proc.communicate(timeout=180) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    results = [line.split() for out, _err in outputs for line in out.splitlines()]
    for wanted in slots:
        assert sorted(r for r, slot in results if slot == wanted) == ["full", "full", "full", "won"], wanted
    from taxdesk.core.db.models import Booking, SlotBooking

    with network_db.session() as session:
        assert len(session.scalars(select(Booking)).all()) == len(slots)
        assert set(session.scalars(select(SlotBooking.booked))) == {1}


DUPLICATOR = Path(__file__).with_name("duplicate_worker.py")


def test_four_agents_booking_one_taxpayer_for_the_same_service_and_day_make_one_booking(network_db):
    """Once per service and day holds under a race: the database refuses the second booking, not only the
    check before it (SQLite's write lock serialises the desks; PostgreSQL does not)."""
    from taxdesk.core.db.models import Booking

    with network_db.session() as session:
        offered = {s.code: s for s in list_services(session, "HALL")}
    services = ["FPLY", next(c for c, s in offered.items() if s.prefix != offered["FPLY"].prefix)]
    days = ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]
    # Every round: the same taxpayer, service and day for all four agents, each in a slot with places left.
    times = ["09:00", "09:30", "10:00", "10:30"]
    rounds = [(service, day) for day in days for service in services]
    start, apart = time.time() + 2.0, 0.6
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(DUPLICATOR),
                network_db.url,
                "HALL",
                TAXPAYERS[0],
                str(start),
                str(apart),
                *(f"{service}@{day}T{times[agent]}" for service, day in rounds),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for agent in range(PROCESSES)
    ]
    outputs = [proc.communicate(timeout=180) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    results = [line.split() for out, _err in outputs for line in out.splitlines()]
    made = {}
    for number, _round in enumerate(rounds):
        made[number] = sorted(outcome for outcome, n in results if int(n) == number)
    assert made == {n: ["booking_duplicate"] * 3 + ["won"] for n in range(len(rounds))}
    with network_db.session() as session:
        stored = session.execute(select(Booking.service_id, Booking.service_date, Booking.status)).all()
    assert len(stored) == len(rounds) and {status for *_key, status in stored} == {"booked"}
    assert len({(service, day) for service, day, _status in stored}) == len(rounds)
