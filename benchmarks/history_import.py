"""History import speed: a million ticket rows from CSV into SQLite and into PostgreSQL. Prints one flat
JSON object.

The CSV comes from the demo's own simulation of every demo point, day by day from 1 January 2017, until
``--rows`` rows (:func:`taxdesk.core.demo.history_csv.write_history_csv`); it is kept in ``--csv`` and
reused when it is already there with that many rows. Each database gets the demo network without history,
then :func:`taxdesk.core.history_import.import_history` is timed end to end (reading, checking, numbering,
writing, committing).

    python benchmarks/history_import.py [--rows N] [--csv FILE] [--pg URL]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from taxdesk.core.db import Database
from taxdesk.core.db.models import Ticket
from taxdesk.core.demo import populate
from taxdesk.core.demo.history_csv import write_history_csv
from taxdesk.core.history_import import import_history
from taxdesk.core.install import init_database
from taxdesk.core.roles import Actor

IMPORTER = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who imports the history

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
START, END = date(2017, 1, 1), date(2025, 12, 31)


def data_rows(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle) - 1


def make_csv(path: Path, rows: int) -> float:
    """Write the CSV unless it is already there with ``rows`` rows; the seconds it took (0 if reused)."""
    if path.exists() and data_rows(path) == rows:
        return 0.0
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'network.sqlite3'}")
        init_database(db)
        populate(db, history_days=0)
        began = time.perf_counter()
        written = write_history_csv(db, path, start=START, end=END, max_rows=rows)
        db.dispose()
    if written < rows:
        raise SystemExit(f"the simulation gave only {written} rows up to {END}")
    return time.perf_counter() - began


def measure(url: str, path: Path) -> dict[str, float]:
    db = Database(url)
    init_database(db)
    populate(db, history_days=0)
    began = time.perf_counter()
    result = import_history(db, path, actor=IMPORTER)
    seconds = time.perf_counter() - began
    with db.session() as session:
        stored = session.scalar(select(func.count()).select_from(Ticket))
    db.dispose()
    assert stored == result.tickets, (stored, result.tickets)
    return {"import_s": round(seconds, 1), "rows_per_s": round(result.tickets / seconds)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--csv", type=Path, default=Path(tempfile.gettempdir()) / "taxdesk-history-1m.csv")
    parser.add_argument("--pg", default=os.environ.get("TAXDESK_BENCH_PG", DEFAULT_PG))
    args = parser.parse_args()
    generated = make_csv(args.csv, args.rows)
    result: dict[str, object] = {"rows": args.rows, "cpu_count": os.cpu_count()}
    if generated:
        result["generate_csv_s"] = round(generated, 1)
    with tempfile.TemporaryDirectory() as folder:
        figures = measure(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", args.csv)
        result.update({f"sqlite_{k}": v for k, v in figures.items()})
    schema = f"taxdesk_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = f"{args.pg}{'&' if '?' in args.pg else '?'}options=-csearch_path%3D{schema}"
        figures = measure(url, args.csv)
        result.update({f"postgresql_{k}": v for k, v in figures.items()})
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
