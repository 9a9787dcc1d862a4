"""Forecast and staffing-plan speed and accuracy, and the history import that feeds them.

- ``import_*``: importing a CSV of ``--rows`` ticket rows (random but valid: every demo point, services it
  offers, times in its opening hours on working days, 5 % no-shows) with
  :func:`taxdesk.core.history_import.import_history` into a fresh database with the demo network.
- ``forecast_*``: fitting the model and forecasting one week (:func:`taxdesk.core.forecast.forecast_week`,
  no backtest) on ``--history-days`` of the demo hall's history (``populate(points=["HALL"])``, ending
  ``--end``), best and median of three runs; ``forecast_backtest_*`` the same with the backtest (8 more
  fits), ``backtest_*`` the difference; ``plan_*`` the whole staffing plan.
- ``wape``, ``naive_wape``, ``average_wape``, ``category_wape``, ``coverage``: the backtest's figures for
  the week after ``--end``; ``wape_reduction_vs_naive`` = 1 − wape / naive_wape (target ≥ 0.2).
- ``shift_*``: following a change of level. Two years of the synthetic history of the tests
  (``tests/synthetic_history.py``, whose true means are known) at the hall, ``--shift-seeds`` draws, each
  with a change (invoices 40 % down from 13 October 2025, general services 30 % up from 20 October) and
  without; weeks 2025-W45 to W47 (two to six weeks after) forecast from the history before them.
  ``shift_error_ratio`` = Σ|forecast − true mean| / the same for the better of the two baselines, over
  every category's half-hours (target ≤ 0.5 after a change); ``shift_error_ratio_unadjusted`` the same
  with level changes not looked for (the model of before); ``no_shift_error_ratio`` without a change (as
  good as before); ``*_detected``: in how many draws each change was found; ``shift_backtest_*``: the
  backtest (against the tickets) of week 2025-W48 of the first draw, WAPE over the better baseline's.

Each figure is measured on SQLite and, unless ``--no-pg``, on PostgreSQL (a schema of its own, dropped
afterwards). Prints one flat JSON object.

    python benchmarks/forecast.py [--rows N] [--history-days D] [--end YYYY-MM-DD] [--pg URL] [--no-pg]
                                  [--shift-seeds N] [--shift-only]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import create_engine, func, select, text

from taxdesk.core import calendar, forecast_model
from taxdesk.core.db import Database
from taxdesk.core.db.models import PointService, Service, ServicePoint, Ticket
from taxdesk.core.demo import populate
from taxdesk.core.forecast import forecast_week, week_of
from taxdesk.core.history_import import import_history
from taxdesk.core.install import init_database
from taxdesk.core.network import opening_periods
from taxdesk.core.plan import staffing_plan
from taxdesk.core.roles import Actor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from synthetic_history import Shift, truth_errors, write_history  # noqa: E402

IMPORTER = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who imports the history

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
DEFAULT_END = date(2026, 11, 27)
HEADER = ("point", "service", "issued_at", "called_at", "finished_at", "window")
RUNS = 3


def write_random_history(db: Database, path: Path, rows: int, *, seed: int = 20240101) -> None:
    """``rows`` valid random history rows over the working days before yesterday, every demo point."""
    rng = np.random.default_rng(seed)
    with db.session() as session:
        points = session.execute(select(ServicePoint.id, ServicePoint.code, ServicePoint.opening_hours)).all()
        offered = session.execute(
            select(PointService.point_id, Service.code).join(Service, Service.id == PointService.service_id)
        ).all()
    services = {pid: [code for p, code in offered if p == pid] for pid, _, _ in points}
    last = date.today() - timedelta(days=2)
    days = []
    day = last
    per_day = 100  # rows per point and day
    while len(days) * per_day * len(points) < rows:
        if calendar.is_workday(day):
            days.append(day)
        day -= timedelta(days=1)
    written = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        for day in sorted(days):
            for pid, code, hours in points:
                spans = [(a.hour * 60 + a.minute, b.hour * 60 + b.minute) for a, b in opening_periods(hours)]
                count = min(per_day, rows - written)
                if count <= 0 or not services[pid]:
                    continue
                span = rng.integers(len(spans), size=count)
                minute = [rng.uniform(spans[s][0], spans[s][1] - 1) for s in span]
                wait = rng.uniform(0, 20, count)
                handle_min = rng.uniform(1, 15, count)
                no_show = rng.random(count) < 0.05
                service = rng.choice(services[pid], size=count)
                midnight = datetime(day.year, day.month, day.day)
                for k in range(count):
                    issued = midnight + timedelta(minutes=float(minute[k]))
                    called = issued + timedelta(minutes=float(wait[k]))
                    finished = (
                        "" if no_show[k] else f"{called + timedelta(minutes=float(handle_min[k])):%F %T}"
                    )
                    out.writerow((code, service[k], f"{issued:%F %T}", f"{called:%F %T}", finished, ""))
                written += count


def fresh(url: str) -> Database:
    db = Database(url)
    init_database(db)
    return db


def pg_schema(base: str) -> tuple[str, Callable[[], None]]:
    """A fresh schema on the PostgreSQL server: its URL and a function that drops it."""
    schema = f"taxdesk_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{schema}", drop


def import_figures(prefix: str, url: str, csv_path: Path) -> dict:
    db = fresh(url)
    populate(db, history_days=0)
    began = time.perf_counter()
    result = import_history(db, csv_path, actor=IMPORTER)
    seconds = time.perf_counter() - began
    db.dispose()
    return {
        f"{prefix}_s": round(seconds, 2),
        f"{prefix}_rows_per_s": round(result.tickets / seconds),
    }


def timed(function, runs: int = RUNS) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - began)
    return times, result


def forecast_figures(prefix: str, url: str, history_days: int, end: date) -> dict:
    db = fresh(url)
    began = time.perf_counter()
    populate(db, history_days=history_days, end=end, points=["HALL"])
    populate_s = time.perf_counter() - began
    with db.session() as session:
        tickets = session.scalar(select(func.count()).select_from(Ticket))
    week = week_of(end + timedelta(days=7 - end.weekday()))  # the week after the history
    plain, _ = timed(lambda: forecast_week(db, "HALL", week, backtest=False))
    with_backtest, forecast = timed(lambda: forecast_week(db, "HALL", week, backtest=True))
    plan, _ = timed(lambda: staffing_plan(db, "HALL", week))
    db.dispose()
    b = forecast.backtest
    figures = {
        f"{prefix}_history_tickets": tickets,
        f"{prefix}_populate_s": round(populate_s, 1),
        f"{prefix}_forecast_s": round(min(plain), 3),
        f"{prefix}_forecast_median_s": round(statistics.median(plain), 3),
        f"{prefix}_forecast_backtest_s": round(min(with_backtest), 3),
        f"{prefix}_backtest_s": round(min(with_backtest) - min(plain), 3),
        f"{prefix}_plan_s": round(min(plan), 3),
    }
    if prefix == "sqlite":  # the same history and model on both databases: one set of accuracy figures
        figures.update(
            {
                "forecast_week": week,
                "backtest_weeks": f"{b.weeks[0]}..{b.weeks[-1]}",
                "wape": round(b.wape, 4),
                "naive_wape": round(b.naive_wape, 4),
                "average_wape": round(b.average_wape, 4),
                "category_wape": round(b.category_wape, 4),
                "coverage": round(b.coverage, 4),
                "wape_reduction_vs_naive": round(1 - b.wape / b.naive_wape, 4),
                "wape_reduction_vs_average": round(1 - b.wape / b.average_wape, 4),
            }
        )
    return figures


SHIFT_HISTORY = (date(2023, 11, 27), date(2025, 11, 30))
SHIFT_WEEKS = ("2025-W45", "2025-W46", "2025-W47")
SHIFTS = (Shift("INV", date(2025, 10, 13), 0.6), Shift("GEN", date(2025, 10, 20), 1.3))


def shift_figures(folder: Path, seeds: int) -> dict:
    """Error against the true means after a change of level and without one (see the module docstring)."""
    totals = {key: {"model": 0.0, "best": 0.0} for key in ("shift", "unadjusted", "none")}
    detected = {"INV": 0, "GEN": 0, "false": 0}
    backtest = None
    for seed in range(seeds):
        for changed in (True, False):
            db = fresh(f"sqlite:///{folder / f'shift-{seed}-{changed}.sqlite3'}")
            populate(db, history_days=0)
            shifts = SHIFTS if changed else ()
            counts: dict = {}
            write_history(db, *SHIFT_HISTORY, seed=100 + seed, shifts=shifts, counts=counts)
            runs = [("shift" if changed else "none", None)] + ([("unadjusted", math.inf)] if changed else [])
            for key, z in runs:
                saved = forecast_model.SHIFT_Z
                forecast_model.SHIFT_Z = z if z is not None else saved
                try:
                    measured = truth_errors(db, SHIFT_WEEKS, counts, shifts)
                finally:
                    forecast_model.SHIFT_Z = saved
                totals[key]["model"] += measured.model
                totals[key]["best"] += min(measured.naive, measured.average)
                if key != "unadjusted":
                    changes = measured.forecasts[-1].level_changes
                    for code in ("INV", "GEN"):
                        detected[code] += bool(changed and changes.get(code))
                    detected["false"] += sum(
                        1 for code, c in changes.items() if c and (not changed or code not in ("INV", "GEN"))
                    )
            if changed and seed == 0:
                b = forecast_week(db, "HALL", "2025-W48", backtest=True).backtest
                backtest = round(b.wape / min(b.naive_wape, b.average_wape), 4)
            db.dispose()

    def ratio(key: str) -> float:
        return round(totals[key]["model"] / totals[key]["best"], 4)

    return {
        "shift_seeds": seeds,
        "shift_error_ratio": ratio("shift"),
        "shift_error_ratio_unadjusted": ratio("unadjusted"),
        "no_shift_error_ratio": ratio("none"),
        "shift_inv_detected": detected["INV"],
        "shift_gen_detected": detected["GEN"],
        "shift_false_detections": detected["false"],
        "shift_backtest_wape_over_best_baseline": backtest,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="history rows to import (0: skip)")
    parser.add_argument("--history-days", type=int, default=3 * 365)
    parser.add_argument("--end", type=date.fromisoformat, default=DEFAULT_END)
    parser.add_argument("--pg", default=DEFAULT_PG)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--shift-seeds", type=int, default=3, help="draws of the level-change histories")
    parser.add_argument("--shift-only", action="store_true", help="only the level-change figures")
    args = parser.parse_args()
    result: dict = {"history_days": args.history_days, "history_end": args.end.isoformat()}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        if args.shift_seeds:
            result.update(shift_figures(folder, args.shift_seeds))
        if args.shift_only:
            print(json.dumps(result))
            return 0
        if args.rows:
            network = fresh(f"sqlite:///{folder / 'network.sqlite3'}")
            populate(network, history_days=0)
            csv_path = folder / "history.csv"
            began = time.perf_counter()
            write_random_history(network, csv_path, args.rows)
            network.dispose()
            result["import_rows"] = args.rows
            result["import_csv_write_s"] = round(time.perf_counter() - began, 1)
            sqlite_import = f"sqlite:///{folder / 'import.sqlite3'}"
            result.update(import_figures("import_sqlite", sqlite_import, csv_path))
            if not args.no_pg:
                url, drop = pg_schema(args.pg)
                try:
                    result.update(import_figures("import_pg", url, csv_path))
                finally:
                    drop()
        hall = f"sqlite:///{folder / 'hall.sqlite3'}"
        result.update(forecast_figures("sqlite", hall, args.history_days, args.end))
        if not args.no_pg:
            url, drop = pg_schema(args.pg)
            try:
                result.update(forecast_figures("pg", url, args.history_days, args.end))
            finally:
                drop()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
