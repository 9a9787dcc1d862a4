"""Booking speed: latency of a booking and of a day's slot availability, at a point with 90 days of
bookings. Prints one flat JSON object.

Each database gets the demo network, then 90 days of bookings at the hall (every working day's slots
filled for the past, about a third for the days still bookable), written in bulk. Then ``--bookings``
bookings are made one by one through :func:`taxdesk.core.bookings.create_booking` (every check included:
calendar, horizon, no-show block, duplicates, the atomic place), and a day's availability is read
``--reads`` times with :func:`taxdesk.core.bookings.slots`.

    python benchmarks/bookings.py [--bookings N] [--reads N] [--pg URL]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, select, text

from taxdesk.core import bookings, calendar, clock, settings
from taxdesk.core.db import Database
from taxdesk.core.db.models import Booking, BookingCapacity, Service, ServicePoint, SlotBooking
from taxdesk.core.demo import populate
from taxdesk.core.identity import ID_CHECK, ID_WEIGHTS, TAXPAYER_KEY_PURPOSE, mask_id, taxpayer_key
from taxdesk.core.install import init_database
from taxdesk.core.roles import Actor
from taxdesk.core.tickets import signer

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
DAYS = 90

# The desk booking (a role, no account: the core checks the actor, not a password).
DESK = Actor(staff_id=None, code="bench", name="压测", roles=frozenset({"front_desk"}))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def resident_ids(seed: int):
    """Endless distinct valid resident ID numbers (Hangzhou, born 1950–2005)."""
    rng = random.Random(seed)
    seen = set()
    while True:
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(20000))
        body = f"330102{born:%Y%m%d}{rng.randrange(1000):03d}"
        value = body + ID_CHECK[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]
        if value not in seen:
            seen.add(value)
            yield value


def fill_history(db: Database, today: date) -> int:
    """90 days of hall bookings, in bulk (the past full, the bookable days a third full)."""
    ids = resident_ids(1)
    key = signer(db).derive_key(TAXPAYER_KEY_PURPOSE)  # stored as create_booking stores it: hashed, masked
    rng = random.Random(2)
    with db.session() as session:
        hall = session.scalar(select(ServicePoint).where(ServicePoint.code == "HALL"))
        services = session.execute(select(Service.id, Service.category_id)).all()
        places = dict(
            session.execute(
                select(BookingCapacity.category_id, BookingCapacity.capacity).where(
                    BookingCapacity.point_id == hall.id
                )
            ).all()
        )
        slot_minutes = int(settings.get(session, settings.BOOKING_SLOT_MINUTES))
    by_category: dict[int, list[int]] = {}
    for service_id, category_id in services:
        by_category.setdefault(category_id, []).append(service_id)
    upcoming = set(bookings.bookable_days(today, 5))
    first = max(upcoming) - timedelta(days=DAYS - 1)
    rows, counters = [], []
    for day in (first + timedelta(days=n) for n in range(DAYS)):
        if not calendar.is_workday(day):
            continue
        for start in bookings.slot_starts(hall.opening_hours, day, slot_minutes):
            for category_id, capacity in places.items():
                taken = capacity if day not in upcoming else capacity // 3
                for i in range(taken):
                    candidates = by_category[category_id]
                    number = next(ids)
                    rows.append(
                        {
                            "code": f"H{len(rows) + 1:07d}",
                            "point_id": hall.id,
                            "service_id": candidates[i % len(candidates)],
                            "category_id": category_id,
                            "service_date": day,
                            "slot_start": start,
                            "slot_end": start + timedelta(minutes=slot_minutes),
                            "status": "checked_in" if day < today else "booked",
                            "taxpayer_name": "历史预约",
                            "taxpayer_phone": "13800000000",
                            "taxpayer_key": taxpayer_key(number, key),
                            "taxpayer_id_masked": mask_id(number),
                            "id_kind": "person",
                            "created_at": start - timedelta(days=rng.randint(1, 5)),
                        }
                    )
                if taken:
                    counters.append(
                        {
                            "point_id": hall.id,
                            "category_id": category_id,
                            "slot_start": start,
                            "booked": taken,
                        }
                    )
    with db.transaction() as session:
        for chunk in range(0, len(rows), 5000):
            session.execute(insert(Booking.__table__), rows[chunk : chunk + 5000])
        session.execute(insert(SlotBooking.__table__), counters)
    return len(rows)


def measure(url: str, count: int, reads: int) -> dict[str, float]:
    db = Database(url)
    init_database(db)
    populate(db, history_days=0)
    now = clock.now()
    history = fill_history(db, now.date())
    days = [d for d in bookings.bookable_days(now.date(), 5) if d != now.date()]
    with db.session() as session:
        offered = [s.code for s in session.scalars(select(Service).order_by(Service.code))]
    ids = resident_ids(3)
    free = [
        (service, slot.start)
        for day in days
        for service in offered
        for slot in bookings.slots(db, "HALL", service, day)
        if slot.bookable and slot.remaining
    ]
    random.Random(4).shuffle(free)
    bookings.create_booking(  # warm up the statement caches
        db, "HALL", free[0][0], free[0][1], name="预热", phone="13800000001", id_number=next(ids), actor=DESK
    )
    latencies, refused = [], 0
    for service, start in free[1 : count + 1]:
        began = time.perf_counter()
        try:
            bookings.create_booking(
                db, "HALL", service, start, name="测试", phone="13800000002", id_number=next(ids), actor=DESK
            )
        except bookings.InvalidInput:
            refused += 1  # the slot filled up meanwhile: still a timed, complete attempt
        latencies.append((time.perf_counter() - began) * 1000)
    reads_ms = []
    for i in range(reads):
        day = days[i % len(days)]
        began = time.perf_counter()
        bookings.slots(db, "HALL", offered[i % len(offered)], day)
        reads_ms.append((time.perf_counter() - began) * 1000)
    db.dispose()
    return {
        "history_bookings": history,
        "booking_p50_ms": round(statistics.median(latencies), 2),
        "booking_p99_ms": round(percentile(latencies, 0.99), 2),
        "bookings_made": len(latencies) - refused,
        "availability_p50_ms": round(statistics.median(reads_ms), 2),
        "availability_p99_ms": round(percentile(reads_ms, 0.99), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookings", type=int, default=300)
    parser.add_argument("--reads", type=int, default=300)
    parser.add_argument("--pg", default=os.environ.get("TAXDESK_BENCH_PG", DEFAULT_PG))
    args = parser.parse_args()
    result: dict[str, object] = {"days_of_bookings": DAYS, "cpu_count": os.cpu_count()}
    with tempfile.TemporaryDirectory() as folder:
        figures = measure(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", args.bookings, args.reads)
        result.update({f"sqlite_{k}": v for k, v in figures.items()})
    schema = f"taxdesk_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = f"{args.pg}{'&' if '?' in args.pg else '?'}options=-csearch_path%3D{schema}"
        figures = measure(url, args.bookings, args.reads)
        result.update({f"postgresql_{k}": v for k, v in figures.items()})
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
