"""Calling speed and live propagation: prints one flat JSON object.

- ``postgresql_8_windows_call_*``: eight windows (eight processes) calling at once on PostgreSQL, each
  calling, serving briefly and finishing tickets until its queue is empty; latency of call-next alone.
  ``postgresql_8_windows_saturated_*``: the same without serving time, back to back.
- ``*_propagation_*``: from the moment one desk's change is committed until another desk has heard of it
  and re-read what its display shows (``calls.board``) — LISTEN/NOTIFY on PostgreSQL, the
  ``data_version`` poll on SQLite.

    python benchmarks/calls.py [--tickets-per-window N] [--changes N] [--pg URL]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from taxdesk.core import calls
from taxdesk.core.db import Database
from taxdesk.core.demo import populate
from taxdesk.core.install import init_database
from taxdesk.core.live import ChangeFeed
from taxdesk.core.network import list_services
from taxdesk.core.roles import Actor
from taxdesk.core.tickets import issue_ticket

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
WINDOWS = 8
# Paced runs: each window "serves" each taxpayer for a random 100 ms on average before finishing —
# about 60 calls a second from eight windows, where a real hall sees a call every few seconds. The
# saturated run has no pause: eight processes and the server on two cores, measuring throughput.
SERVE_MS = 100

# Who issues and calls (roles, no account: the core checks the actor, not a password).
DESK = Actor(staff_id=None, code="bench", name="压测", roles=frozenset({"front_desk", "window"}))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def prepare(url: str, history_days: int = 30) -> None:
    db = Database(url)
    init_database(db)
    populate(db, history_days=history_days)
    db.dispose()


def fill_queues(url: str, windows: list[int], per_window: int) -> None:
    """Issue ``per_window`` tickets for each window, of a service in its own categories."""
    db = Database(url)
    with db.session() as session:
        services = list_services(session, "HALL")
    for number in windows:
        prefixes = calls.window_view(db, "HALL", number).categories
        mine = [s.code for s in services if s.prefix in prefixes]
        for i in range(per_window):
            issue_ticket(db, "HALL", mine[i % len(mine)], actor=DESK)
    db.dispose()


def window_worker(url: str, number: int, start_at: float, serve_ms: float) -> list[float]:
    """One window: call, serve (a random pause averaging ``serve_ms``; 0: none), finish, until empty."""
    db = Database(url, create=False)
    db.check_connection()
    serving = random.Random(number)
    warm_up = calls.call_next(db, "HALL", number, actor=DESK)  # compile the statements before the clock runs
    calls.finish(db, warm_up.id, actor=DESK)
    time.sleep(max(0.0, start_at - time.time()))
    latencies = []
    while True:
        began = time.perf_counter()
        ticket = calls.call_next(db, "HALL", number, actor=DESK)
        latencies.append((time.perf_counter() - began) * 1000)
        if ticket is None:
            break
        if serve_ms:
            time.sleep(serving.expovariate(1000 / serve_ms))
        calls.finish(db, ticket.id, actor=DESK)
    db.dispose()
    return latencies


def concurrent_calls(url: str, per_window: int, serve_ms: float) -> dict[str, float]:
    windows = list(range(1, WINDOWS + 1))
    fill_queues(url, windows, per_window + 1)  # one more each for the warm-up
    start_at = time.time() + 5.0
    with mp.get_context("spawn").Pool(WINDOWS) as pool:
        jobs = [pool.apply_async(window_worker, (url, number, start_at, serve_ms)) for number in windows]
        latencies = [ms for job in jobs for ms in job.get(timeout=900)]
    return {
        "call_p50_ms": round(statistics.median(latencies), 2),
        "call_p99_ms": round(percentile(latencies, 0.99), 2),
        "calls": len(latencies),
    }


def propagation(url: str, changes: int) -> dict[str, float]:
    """Commit → another desk heard it and re-read its board, ``changes`` times."""
    db = Database(url)
    reader = Database(url)
    heard: list[float] = []
    ready = threading.Event()
    arrived = threading.Event()

    def on_change(_point):
        if not ready.is_set():
            ready.set()
            return
        calls.board(reader, "HALL")
        heard.append(time.perf_counter())
        arrived.set()

    feed = ChangeFeed(reader, on_change)
    listener = threading.Thread(target=feed.run, daemon=True)
    listener.start()
    ready.wait(10)
    with db.session() as session:
        service = list_services(session, "HALL")[0].code
    delays = []
    pause = random.Random(7)
    for _ in range(changes):
        arrived.clear()
        issue_ticket(db, "HALL", service, actor=DESK)
        committed = time.perf_counter()
        if arrived.wait(5):
            delays.append((heard[-1] - committed) * 1000)
        time.sleep(pause.uniform(0.02, 0.08))
    feed.stop()
    listener.join(5)
    db.dispose()
    reader.dispose()
    return {
        "propagation_p50_ms": round(statistics.median(delays), 1),
        "propagation_p99_ms": round(percentile(delays, 0.99), 1),
        "propagation_lost": changes - len(delays),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets-per-window", type=int, default=60)
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--pg", default=os.environ.get("TAXDESK_BENCH_PG", DEFAULT_PG))
    args = parser.parse_args()
    result: dict[str, object] = {"windows": WINDOWS, "cpu_count": os.cpu_count()}

    schema = f"taxdesk_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{args.pg}{'&' if '?' in args.pg else '?'}options=-csearch_path%3D{schema}"
    try:
        prepare(url)
        paced = concurrent_calls(url, args.tickets_per_window, SERVE_MS)
        result.update({f"postgresql_8_windows_{k}": v for k, v in paced.items()})
        saturated = concurrent_calls(url, args.tickets_per_window, 0)
        result.update({f"postgresql_8_windows_saturated_{k}": v for k, v in saturated.items()})
        result.update({f"postgresql_{k}": v for k, v in propagation(url, args.changes).items()})
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        prepare(url)
        result.update({f"sqlite_{k}": v for k, v in propagation(url, args.changes).items()})
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
