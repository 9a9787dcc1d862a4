"""A ticket-history CSV file as another queue system would export it, made by the demo's own simulation.

The rows are in the format :func:`taxdesk.core.history_import.import_history` reads
(``point,service,issued_at,called_at,finished_at,window``), so tests and the import benchmark get a
realistic file: the demo's daily and seasonal peaks, holidays and make-up workdays, no-shows (called, never
finished) and the points without windows (empty ``window``). The database must hold the demo network
(``populate(db, history_days=0)``); nothing is written to it.

Runs for a while for big files (a million rows take about half a minute): any thread but the GUI's.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from taxdesk.core import settings
from taxdesk.core.db import Database
from taxdesk.core.demo.history import load_points, simulate_day
from taxdesk.core.history_import import HEADER


def write_history_csv(
    db: Database,
    path: str | os.PathLike,
    *,
    start: date,
    end: date,
    points: Iterable[str] | None = None,
    max_rows: int | None = None,
) -> int:
    """Write the simulated tickets of ``points`` (default: every demo point) from ``start`` to ``end``,
    day by day, to ``path``; stop after ``max_rows`` rows. Returns the number of rows written."""
    with db.session() as session:
        models = load_points(session)
        green_prefix = settings.get(session, settings.GREEN_PREFIX)
    if points is not None:
        wanted = set(points)
        models = [m for m in models if m.code in wanted]
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        day = start
        while day <= end and (max_rows is None or written < max_rows):
            midnight = datetime(day.year, day.month, day.day)
            for model in models:
                services = {s.id: s.code for s in model.services}
                windows = {w.id: str(w.number) for w in model.windows}
                for ticket in simulate_day(model, day, green_prefix):
                    if max_rows is not None and written >= max_rows:
                        break
                    issued = midnight + timedelta(seconds=int(ticket.issued))
                    called = midnight + timedelta(seconds=int(ticket.called))
                    ended = midnight + timedelta(seconds=int(ticket.ended))
                    out.writerow(
                        (
                            model.code,
                            services[ticket.service_id],
                            f"{issued:%Y-%m-%d %H:%M:%S}",
                            f"{called:%Y-%m-%d %H:%M:%S}",
                            "" if ticket.no_show else f"{ended:%Y-%m-%d %H:%M:%S}",
                            windows.get(ticket.window_id, "") if ticket.window_id else "",
                        )
                    )
                    written += 1
            day += timedelta(days=1)
    return written
