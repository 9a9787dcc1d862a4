"""Importing ticket history from a CSV file: the arrivals and handling times the forecast learns from.

The file is CSV in UTF-8 (with or without BOM) or GB18030/GBK (what Excel on a Chinese Windows saves; see
:mod:`taxdesk.core.files`) whose first row is exactly
``point,service,issued_at,called_at,finished_at,window``. Times are local (Asia/Shanghai)
``YYYY-MM-DD HH:MM:SS``; ``called_at``, ``finished_at`` and ``window`` may be empty for a no-show (a
no-show may still carry the time it was called and the window that called it). Every row is checked: the
point and service exist and the point offers the service, the times parse, are not in the future, lie on
one local day and come in order (called ≥ issued, finished ≥ called, nothing finished that was never
called), and a window number exists at that point. ``window`` may be empty for a finished ticket too
(a point without windows, or an old system that did not record it).

Each row becomes one ticket: ``finished`` when ``finished_at`` is set, else ``no_show``; walk-in channel;
the service's queue prefix and a number continuing, per point, local day and prefix, after the numbers
already used that day, in issue-time order; ``ticket_counters`` are raised to match, so a desk issuing on
an imported day carries on after them. **No ticket events are written**: a million rows would be three
million event rows and triple the import, while everything that reads history (the forecast, handling-time
estimates, the staffing plan) reads the tickets' own time columns. ``taxdesk ticket show`` of an
imported ticket therefore shows an empty trail. Importing the same file twice imports it twice.

The import is all or nothing. Every row is read and checked first, outside any transaction (a desk can
go on issuing meanwhile); the first bad row raises :class:`InvalidInput` with its ``key``, the ``row``
(the file's row number, the header being row 1) and ``column``, and nothing is written. Then one
transaction writes every ticket (PostgreSQL ``COPY``; SQLite bulk inserts in chunks) and the counters.
``cancel()`` is asked every few thousand rows in both phases; returning True raises
:class:`ImportCancelled` and nothing is written.

Threads: reads a file and writes the database for many seconds: call it on a worker thread; ``progress``
and ``cancel`` are called on that thread.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from operator import itemgetter
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from taxdesk.core import clock, files, live, validate
from taxdesk.core.clock import LOCAL_TZ
from taxdesk.core.db import Database
from taxdesk.core.db.models import (
    Category,
    PointService,
    Service,
    ServicePoint,
    Ticket,
    TicketCounter,
    Window,
)
from taxdesk.core.errors import InvalidInput, TaxDeskError
from taxdesk.core.roles import STAFFING_TARGETS, Actor, require

HEADER = ("point", "service", "issued_at", "called_at", "finished_at", "window")
TIME_COLUMNS = ("issued_at", "called_at", "finished_at")
STEP = 5_000  # rows between progress reports and cancel checks
SQLITE_CHUNK = 20_000  # rows per executemany on SQLite
READ_SHARE = 0.15  # reading and checking a row takes about a sixth of the time writing it does
_TICKET_COLUMNS = (
    "point_id",
    "service_id",
    "category_id",
    "service_date",
    "prefix",
    "seq",
    "channel",
    "status",
    "issued_at",
    "called_at",
    "finished_at",
    "window_id",
    "ahead_at_issue",
    "estimated_wait_min",
    "recall_count",
    "reactivated",
)

Progress = Callable[[int, int], None]


class ImportCancelled(TaxDeskError):
    """The import was cancelled before it committed: nothing was written."""

    code = "cancelled"


@dataclass(frozen=True)
class HistoryImport:
    """What an import wrote."""

    tickets: int
    finished: int
    no_shows: int
    points: tuple[str, ...]  # the point codes that got tickets
    first_day: date | None
    last_day: date | None

    def to_json(self) -> dict:
        return {
            "tickets": self.tickets,
            "finished": self.finished,
            "no_shows": self.no_shows,
            "points": list(self.points),
            "first_day": self.first_day.isoformat() if self.first_day else None,
            "last_day": self.last_day.isoformat() if self.last_day else None,
        }


@dataclass(frozen=True)
class _Pair:
    """A (point, service) pair of the file, checked and resolved to IDs."""

    point_id: int
    service_id: int
    category_id: int
    prefix: str
    windows: dict[str, int]  # window number as written -> window ID


@dataclass
class _Network:
    points: dict[str, tuple[int, str]]  # code -> (ID, name)
    services: dict[str, tuple[int, int]]  # code -> (ID, category ID)
    prefixes: dict[int, str]  # category ID -> prefix
    offered: set[tuple[int, int]]
    windows: dict[int, dict[str, int]]  # point ID -> {number: window ID}


class _Work:
    """Progress in rows: reading and checking a row is :data:`READ_SHARE` of its work, writing it the rest,
    so the bar moves about evenly from 0 to ``total``."""

    def __init__(self, progress: Progress | None, cancel: Callable[[], bool] | None, total: int):
        self.progress, self.cancel, self.total = progress, cancel, total
        self.read = self.written = 0

    def step(self) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelled("import cancelled: nothing was written", key="import_cancelled")
        if self.progress is not None:
            self.total = max(self.total, self.read)
            done = int(self.read * READ_SHARE + self.written * (1 - READ_SHARE))
            self.progress(min(self.total, done), self.total)


def import_history(
    db: Database,
    path: str | os.PathLike,
    *,
    actor: Actor,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> HistoryImport:
    """Import the ticket history in the CSV file ``path``, all or nothing (see the module docstring), as
    ``actor`` (who may set the staffing targets: the history is what the forecast learns from).

    ``progress(done_rows, total_rows)`` is called now and then (reading a row counts as :data:`READ_SHARE`
    of it, writing it as the rest); ``cancel()`` returning True aborts with :class:`ImportCancelled`.
    Worker thread.
    """
    require(actor, STAFFING_TARGETS)
    target = Path(path)
    with db.session() as session:
        network = _load_network(session)
    work = _Work(progress, cancel, _count_rows(target))
    work.step()
    rows = _read(target, files.detect_encoding(target), network, work)
    # In issue-time order (stable: file order breaks ties): numbers follow it, and the indexes on the
    # tickets grow at their ends instead of all over, which keeps PostgreSQL's COPY fast.
    rows.sort(key=itemgetter(2))
    work.total = work.read = len(rows)
    work.step()
    written = _write(db, rows, network, work)
    if progress is not None:
        progress(len(rows), len(rows))
    return written


# ------------------------------------------------------------------------------------------ reading


def _load_network(session: Session) -> _Network:
    windows: dict[int, dict[str, int]] = {}
    for window_id, point_id, number in session.execute(select(Window.id, Window.point_id, Window.number)):
        windows.setdefault(point_id, {})[str(number)] = window_id
    return _Network(
        points={
            c: (i, n)
            for i, c, n in session.execute(select(ServicePoint.id, ServicePoint.code, ServicePoint.name))
        },
        services={
            c: (i, k) for i, c, k in session.execute(select(Service.id, Service.code, Service.category_id))
        },
        prefixes={i: p for i, p in session.execute(select(Category.id, Category.prefix))},
        offered={(p, s) for p, s in session.execute(select(PointService.point_id, PointService.service_id))},
        windows=windows,
    )


def _unreadable(target: Path, exc: Exception) -> InvalidInput:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
    return InvalidInput(
        f"cannot read {target}: {reason}", key="import_unreadable", path=str(target), reason=reason
    )


def _count_rows(target: Path) -> int:
    """About how many data rows the file has (its lines less the header), for the progress bar."""
    lines = 0
    try:
        with target.open("rb") as handle:
            while block := handle.read(1 << 20):
                lines += block.count(b"\n")
    except OSError as exc:
        raise _unreadable(target, exc) from None
    return max(0, lines - 1)


def _bad_row(number: int, column: str | None, message: str, *, key: str, **params) -> InvalidInput:
    where = f"row {number}" + (f" ({column})" if column else "")
    return InvalidInput(f"{where}: {message}", key=key, row=number, column=column or "", **params)


def _resolve(network: _Network, point_code: str, service_code: str, number: int) -> _Pair:
    point = network.points.get(point_code.strip())
    if point is None:
        raise _bad_row(
            number, "point", f"unknown service point {point_code!r}", key="unknown_point", point=point_code
        )
    service = network.services.get(service_code.strip())
    if service is None:
        raise _bad_row(
            number,
            "service",
            f"unknown service {service_code!r}",
            key="unknown_service",
            service=service_code,
        )
    if (point[0], service[0]) not in network.offered:
        raise _bad_row(
            number,
            "service",
            f"service {service_code.strip()} is not offered at {point_code.strip()}",
            key="not_offered",
            service=service_code.strip(),
            point=point[1],
        )
    return _Pair(
        point[0], service[0], service[1], network.prefixes[service[1]], network.windows.get(point[0], {})
    )


def _moment(text: str, column: str, number: int) -> datetime | None:
    """A time cell as a naive local datetime (None when empty); the careful path of :func:`_read`."""
    text = text.strip()
    if not text:
        if column == "issued_at":
            raise _bad_row(number, column, "the issue time is missing", key="history_time_missing")
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _bad_row(
            number,
            column,
            f"{text!r} is not a time (YYYY-MM-DD HH:MM:SS)",
            key="history_bad_time",
            value=text,
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(LOCAL_TZ).replace(tzinfo=None)
    return moment


def _window_id(pair: _Pair, text: str, point_code: str, number: int) -> int | None:
    """The window ID of a window number that was not found as written (spaces, leading zeros, junk)."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        window_number = int(cleaned)
    except ValueError:
        raise _bad_row(
            number, "window", f"window {text!r} is not a number", key="history_bad_window", value=text
        ) from None
    window_id = pair.windows.get(str(window_number))
    if window_id is None:
        raise _bad_row(
            number,
            "window",
            f"{point_code.strip()} has no window {window_number}",
            key="unknown_window",
            point=point_code.strip(),
            window=window_number,
        )
    return window_id


def _check_times(
    issued: datetime, called: datetime | None, finished: datetime | None, now: datetime, number: int
) -> None:
    """The order and the day of a row's times (called only when the fast checks in :func:`_read` fail)."""
    day = issued.date()
    if day < validate.FIRST_DAY:
        raise _bad_row(
            number,
            "issued_at",
            f"{day} is before {validate.FIRST_DAY}: not a date this history can hold",
            key="date_range",
            value=day.isoformat(),
            first=validate.FIRST_DAY.isoformat(),
            last=validate.LAST_DAY.isoformat(),
        )
    for column, moment in (("called_at", called), ("finished_at", finished)):
        if moment is not None and moment.date() != day:
            raise _bad_row(
                number,
                column,
                f"{moment:%Y-%m-%d %H:%M:%S} is not on the day the ticket was issued ({day})",
                key="history_other_day",
                value=f"{moment:%Y-%m-%d %H:%M:%S}",
                day=day.isoformat(),
            )
    if called is not None and called < issued:
        raise _bad_row(
            number,
            "called_at",
            f"called at {called:%H:%M:%S}, before it was issued at {issued:%H:%M:%S}",
            key="history_called_early",
            called=f"{called:%H:%M:%S}",
            issued=f"{issued:%H:%M:%S}",
        )
    if finished is not None and called is None:
        raise _bad_row(
            number, "called_at", "finished but never called: called_at is missing", key="history_not_called"
        )
    if finished is not None and finished < called:
        raise _bad_row(
            number,
            "finished_at",
            f"finished at {finished:%H:%M:%S}, before it was called at {called:%H:%M:%S}",
            key="history_finished_early",
            finished=f"{finished:%H:%M:%S}",
            called=f"{called:%H:%M:%S}",
        )
    latest = finished or called or issued
    if latest > now:
        column = "finished_at" if finished else "called_at" if called else "issued_at"
        raise _bad_row(
            number,
            column,
            f"{latest:%Y-%m-%d %H:%M:%S} is in the future",
            key="history_future",
            value=f"{latest:%Y-%m-%d %H:%M:%S}",
        )


def _read(target: Path, encoding: str, network: _Network, work: _Work) -> list[tuple]:
    """Every data row, checked, as (point ID, prefix, issued, called, finished, service ID, category ID,
    window ID) with naive local times. This loop is the import's hot path: the common case is a handful
    of plain operations per row, and anything unusual drops to the careful helpers above."""
    parse = datetime.fromisoformat
    now = clock.now().replace(tzinfo=None)
    earliest = datetime.combine(validate.FIRST_DAY, datetime.min.time())
    pairs: dict[tuple[str, str], _Pair] = {}
    rows: list[tuple] = []
    append = rows.append
    number = 1
    try:
        with target.open(encoding=encoding, newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None or tuple(cell.strip().lower() for cell in header) != HEADER:
                expected = ",".join(HEADER)
                raise InvalidInput(
                    f"row 1: the header must be {expected}", key="import_header", row=1, expected=expected
                )
            for row in reader:
                number += 1
                if not number % STEP:
                    work.read = number - 1
                    work.step()
                if len(row) != 6:
                    if not any(cell.strip() for cell in row):
                        continue  # a blank line
                    raise _bad_row(
                        number, None, f"{len(row)} cells, expected 6", key="history_cells", count=len(row)
                    )
                point_code, service_code, issued_text, called_text, finished_text, window_text = row
                pair = pairs.get((point_code, service_code))
                if pair is None:
                    pair = pairs[point_code, service_code] = _resolve(
                        network, point_code, service_code, number
                    )
                try:
                    issued = parse(issued_text)
                    called = parse(called_text) if called_text else None
                    finished = parse(finished_text) if finished_text else None
                    if issued.tzinfo or (called and called.tzinfo) or (finished and finished.tzinfo):
                        raise ValueError("with a time zone: take the careful path")
                except ValueError:
                    issued, called, finished = (
                        _moment(text, column, number)
                        for text, column in zip(
                            (issued_text, called_text, finished_text), TIME_COLUMNS, strict=True
                        )
                    )
                if finished is not None:
                    ordered = issued <= called <= finished if called is not None else False
                    fine = ordered and finished.date() == issued.date() and finished <= now
                else:
                    fine = called is None or (
                        issued <= called and called.date() == issued.date() and called <= now
                    )
                    fine = fine and issued <= now
                if not fine or issued < earliest:
                    _check_times(issued, called, finished, now, number)
                if window_text:
                    window_id = pair.windows.get(window_text)
                    if window_id is None:
                        window_id = _window_id(pair, window_text, point_code, number)
                else:
                    window_id = None
                append(
                    (
                        pair.point_id,
                        pair.prefix,
                        issued,
                        called,
                        finished,
                        pair.service_id,
                        pair.category_id,
                        window_id,
                    )
                )
    except csv.Error as exc:
        raise _unreadable(target, ValueError(f"row {number}: {exc}")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _unreadable(target, exc) from None
    return rows


# ------------------------------------------------------------------------------------------ writing


def _existing_numbers(session: Session, point_ids: list[int], first: date, last: date) -> dict:
    """The last number already used per (point, day, prefix) in the file's span: counters and tickets."""
    existing: dict[tuple[int, date, str], int] = {}
    counters = select(
        TicketCounter.point_id, TicketCounter.service_date, TicketCounter.prefix, TicketCounter.last_number
    ).where(TicketCounter.point_id.in_(point_ids), TicketCounter.service_date.between(first, last))
    tickets = (
        select(Ticket.point_id, Ticket.service_date, Ticket.prefix, func.max(Ticket.seq))
        .where(Ticket.point_id.in_(point_ids), Ticket.service_date.between(first, last))
        .group_by(Ticket.point_id, Ticket.service_date, Ticket.prefix)
    )
    for query in (counters, tickets):
        for point_id, day, prefix, number in session.execute(query):
            key = (point_id, day, prefix)
            existing[key] = max(existing.get(key, 0), number)
    return existing


def _numbered(rows: list[tuple], existing: dict) -> tuple[list[tuple], dict]:
    """Rows (in issue-time order) as ticket column values in ``_TICKET_COLUMNS`` order, naive local times,
    numbered per (point, day, prefix) after ``existing``; and the new last number of each."""
    tickets: list[tuple] = []
    append = tickets.append
    counters: dict[tuple[int, date, str], int] = {}
    for point_id, prefix, issued, called, finished, service_id, category_id, window_id in rows:
        day = issued.date()
        key = (point_id, day, prefix)
        seq = counters[key] = (counters.get(key) or existing.get(key, 0)) + 1
        status = "no_show" if finished is None else "finished"
        append(
            (point_id, service_id, category_id, day, prefix, seq, "walk_in", status)
            + (issued, called, finished, window_id, 0, 0, 0, False)
        )
    return tickets, counters


class _Offsets(dict):
    """The UTC offset of local time per day (Asia/Shanghai has had no summer time since 1991, so one
    offset per day is exact), computed once per day instead of once per time."""

    def __missing__(self, day: date) -> timedelta:
        offset = self[day] = LOCAL_TZ.utcoffset(datetime(day.year, day.month, day.day, 12))
        return offset


def _copy_tickets(session: Session, tickets: list[tuple], work: _Work) -> None:
    """PostgreSQL: one ``COPY`` in the import's transaction, many times faster than INSERTs. Times go as
    text with their offset (``2024-03-01 08:30:00+08:00``)."""
    offsets = _Offsets()
    suffixes: dict[timedelta, str] = {}

    def stamp(moment: datetime | None, day: date) -> str | None:
        if moment is None:
            return None
        offset = offsets[day]
        suffix = suffixes.get(offset)
        if suffix is None:
            suffix = suffixes[offset] = datetime(2000, 1, 1, tzinfo=timezone(offset)).strftime("%z")
        return f"{moment.isoformat(' ')}{suffix}"

    connection = session.connection().connection.driver_connection
    statement = f"COPY tickets ({', '.join(_TICKET_COLUMNS)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        write = copy.write_row
        for start in range(0, len(tickets), STEP):
            for row in tickets[start : start + STEP]:
                day = row[3]
                write(row[:8] + (stamp(row[8], day), stamp(row[9], day), stamp(row[10], day)) + row[11:])
            work.written = start + STEP
            work.step()


def _sqlite_stamp(dialect) -> Callable[[datetime | None, timedelta], str | None]:
    """Naive local time and its offset -> the text SQLAlchemy stores for a UTC time on SQLite, checked
    against SQLAlchemy's own conversion (:class:`~taxdesk.core.db.models.UTCDateTime`) once."""

    def stamp(moment: datetime | None, offset: timedelta) -> str | None:
        return None if moment is None else (moment - offset).isoformat(" ", "microseconds")

    processor = Ticket.__table__.c.issued_at.type.dialect_impl(dialect).bind_processor(dialect)
    sample = datetime(2024, 3, 1, 8, 30, 5)
    expected = processor(sample.replace(tzinfo=LOCAL_TZ))
    if stamp(sample, LOCAL_TZ.utcoffset(sample)) != expected:  # pragma: no cover - a new SQLAlchemy format
        raise RuntimeError(f"unexpected SQLite time format {expected!r}: update history_import")
    return stamp


def _insert_tickets(session: Session, tickets: list[tuple], work: _Work) -> None:
    """SQLite: bulk inserts of plain rows in chunks (one executemany each), with the times and days already
    in the text SQLAlchemy stores, so no per-value type conversion runs."""
    connection = session.connection()
    stamp = _sqlite_stamp(connection.dialect)
    offsets = _Offsets()
    statement = (
        f"INSERT INTO tickets ({', '.join(_TICKET_COLUMNS)}) VALUES ({', '.join('?' * len(_TICKET_COLUMNS))})"
    )
    for start in range(0, len(tickets), SQLITE_CHUNK):
        chunk = []
        for row in tickets[start : start + SQLITE_CHUNK]:
            day = row[3]
            offset = offsets[day]
            chunk.append(
                row[:3]
                + (day.isoformat(),)
                + row[4:8]
                + (stamp(row[8], offset), stamp(row[9], offset), stamp(row[10], offset))
                + row[11:15]
                + (0,)
            )
        connection.exec_driver_sql(statement, chunk)
        work.written = start + len(chunk)
        work.step()


def _write(db: Database, rows: list[tuple], network: _Network, work: _Work) -> HistoryImport:
    if not rows:
        return HistoryImport(0, 0, 0, (), None, None)
    point_ids = sorted({row[0] for row in rows})
    first, last = rows[0][2].date(), rows[-1][2].date()  # rows are in issue-time order
    codes = {i: code for code, (i, _name) in network.points.items()}
    with db.transaction() as session:
        postgres = session.get_bind().dialect.name == "postgresql"
        if postgres and last >= clock.now().date():
            # Desks issue today's numbers meanwhile: make them wait until ours are in (SQLite's write
            # transaction holds the whole file already).
            session.execute(text("LOCK TABLE ticket_counters IN SHARE ROW EXCLUSIVE MODE"))
        tickets, counters = _numbered(rows, _existing_numbers(session, point_ids, first, last))
        (_copy_tickets if postgres else _insert_tickets)(session, tickets, work)
        upsert = (pg_insert if postgres else sqlite_insert)(TicketCounter.__table__)
        upsert = upsert.on_conflict_do_update(
            index_elements=["point_id", "service_date", "prefix"],
            set_={"last_number": upsert.excluded.last_number},
        )
        values = [
            {"point_id": p, "service_date": d, "prefix": x, "last_number": n}
            for (p, d, x), n in counters.items()
        ]
        session.execute(upsert, values)
        for point_id in point_ids:
            live.notify(session, codes[point_id])
        work.written = len(rows)
        work.step()  # the last chance to cancel: after this the import commits
    no_shows = sum(1 for row in rows if row[4] is None)
    return HistoryImport(
        tickets=len(rows),
        finished=len(rows) - no_shows,
        no_shows=no_shows,
        points=tuple(sorted(codes[i] for i in point_ids)),
        first_day=first,
        last_day=last,
    )
