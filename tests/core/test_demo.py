"""The demo generator: network shape, repeatable and incremental history, numbering, events, real peaks."""

from __future__ import annotations

import hashlib
import re
import shutil
import statistics
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

import pytest
from signing_in import ANYONE
from sqlalchemy import func, select

from taxdesk.core import calendar, clock, settings, tickets
from taxdesk.core.db import Database
from taxdesk.core.db.models import (
    Category,
    PointService,
    RosterRules,
    Service,
    ServicePoint,
    ShiftTemplate,
    Staff,
    Ticket,
    TicketCounter,
    TicketEvent,
    Window,
    WindowCategory,
)
from taxdesk.core.demo import populate
from taxdesk.core.errors import InvalidInput

CODE = re.compile(r"^[A-Z0-9]+$")
END = date(2025, 11, 20)


def _digest(db: Database) -> tuple[int, str]:
    """Count and hash of every ticket's identity and times (IDs left out: they depend on insert order)."""
    with db.session() as session:
        rows = session.execute(
            select(
                ServicePoint.code,
                Service.code,
                Ticket.service_date,
                Ticket.prefix,
                Ticket.seq,
                Ticket.status,
                Ticket.issued_at,
                Ticket.called_at,
                Ticket.finished_at,
            )
            .join(ServicePoint, ServicePoint.id == Ticket.point_id)
            .join(Service, Service.id == Ticket.service_id)
            .order_by(ServicePoint.code, Ticket.service_date, Ticket.prefix, Ticket.seq)
        ).all()
    digest = hashlib.sha256()
    for row in rows:
        digest.update("|".join(v.isoformat() if hasattr(v, "isoformat") else str(v) for v in row).encode())
        digest.update(b"\n")
    return len(rows), digest.hexdigest()


def _second_sqlite(tmp_path, sqlite_template) -> Database:
    path = tmp_path / "second.sqlite3"
    shutil.copy(sqlite_template, path)
    return Database(f"sqlite:///{path}")


def test_network_shape(db):
    calls = []
    summary = populate(db, history_days=0, progress=lambda done, total: calls.append((done, total)))
    assert summary.network_created and summary.tickets_added == 0 and summary.first_day is None
    assert calls == []
    assert (summary.points, summary.services, summary.windows) == (13, 24, 22)
    with db.session() as session:
        points = {p.code: p for p in session.scalars(select(ServicePoint))}
        assert Counter(p.kind for p in points.values()) == {"hall": 1, "township": 11, "bank_station": 1}
        assert points["HALL"].kind == "hall" and points["YS01"].kind == "bank_station"
        assert all(points[f"T{i:02d}"].name.endswith("丰收微税厅") for i in range(1, 12))
        services = session.scalars(select(Service)).all()
        categories = session.scalars(select(Category)).all()
        staff = session.scalars(select(Staff)).all()
        codes = [
            *points,
            *(s.code for s in services),
            *(c.code for c in categories),
            *(s.code for s in staff),
        ]
        assert all(CODE.match(code) for code in codes), [c for c in codes if not CODE.match(c)]
        prefix = {c.id: c.prefix for c in categories}
        assert sorted(prefix.values()) == list("ABCDEF")  # V and Y stay free for green channel and bookings
        assert all(s.avg_handling_min > 0 and s.documents for s in services)

        offered = defaultdict(set)
        for point_id, service_id in session.execute(select(PointService.point_id, PointService.service_id)):
            offered[point_id].add(service_id)
        assert offered[points["HALL"].id] == {s.id for s in services}
        hall_only = {s.id for s in services if s.hall_only}
        assert hall_only
        for code, point in points.items():
            assert offered[point.id], code
            if code != "HALL":
                assert not offered[point.id] & hall_only, code
                assert len(offered[point.id]) < 24

        windows = defaultdict(list)
        for window in session.scalars(select(Window)):
            windows[window.point_id].append(window)
        hall_windows = sorted(windows[points["HALL"].id], key=lambda w: w.number)
        assert [w.number for w in hall_windows] == list(range(1, 13))
        assert [w.number for w in hall_windows if w.is_tidal] == [11, 12]
        skills = defaultdict(set)
        rows = session.execute(select(WindowCategory.window_id, WindowCategory.category_id))
        for window_id, category_id in rows:
            skills[window_id].add(prefix[category_id])
        assert all(skills[w.id] == set("ABCD") for w in hall_windows if w.is_tidal)
        assert set().union(*(skills[w.id] for w in hall_windows)) == set("ABCDEF")
        without = [code for code, p in points.items() if p.kind == "township" and not windows[p.id]]
        assert len(without) == 2
        assert len(windows[points["YS01"].id]) == 1

        by_unit = Counter((s.home_unit, *s.roles) for s in staff)
        assert by_unit[("hall", "supervisor")] == 2 and by_unit[("hall", "front_desk")] == 2
        assert 36 <= sum(1 for s in staff if s.home_unit in ("hall", "branch")) <= 44
        assert by_unit[("branch", "window")] >= 12
        agents = [s for s in staff if s.roles == {"agent"}]
        assert all(s.home_unit == "township" and s.point_id is not None for s in agents)
        assert {s.point_id for s in agents} == {p.id for c, p in points.items() if c != "HALL"}
        assert settings.get(session, settings.BUREAU_NAME) == "国家税务总局云溪县税务局"

        # The weekly rotation: the hall's shifts, and rules for every window officer, hall or branch.
        shifts = session.scalars(select(ShiftTemplate).where(ShiftTemplate.point_id == points["HALL"].id))
        assert {(t.code, t.tidal, t.end_min - t.start_min - t.break_min) for t in shifts} == {
            ("D", False, 420),
            ("AM", True, 210),
            ("PM", True, 210),
        }
        rules = {r.staff_id: r for r in session.scalars(select(RosterRules))}
        window_staff = [s for s in staff if "window" in s.roles and s.home_unit in ("hall", "branch")]
        assert set(rules) == {s.id for s in window_staff}
        assert all(rules[s.id].rotating == (s.home_unit == "branch") for s in window_staff)
    populate(db, history_days=0)  # again: nothing doubled
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ShiftTemplate)) == 3


def test_same_end_gives_the_same_tickets(db, tmp_path, sqlite_template):
    other = _second_sqlite(tmp_path, sqlite_template)
    try:
        first = populate(db, history_days=20, end=END)
        second = populate(other, history_days=20, end=END)
        assert first.tickets_added == second.tickets_added > 0
        assert _digest(db) == _digest(other)  # on PostgreSQL: the same rows as on SQLite
    finally:
        other.dispose()


def test_top_up_adds_only_the_missing_days(db, tmp_path, sqlite_template):
    end = date(2025, 10, 20)
    calls = []
    first = populate(db, history_days=30, end=end - timedelta(days=10))
    assert first.first_day == end - timedelta(days=39) and first.last_day == end - timedelta(days=10)
    count_before = _digest(db)[0]
    second = populate(db, history_days=30, end=end, progress=lambda done, total: calls.append((done, total)))
    assert not second.network_created
    assert (second.first_day, second.last_day) == (end - timedelta(days=9), end)
    assert calls[0] == (0, 10) and calls[-1] == (10, 10)
    with db.session() as session:
        days = set(session.scalars(select(Ticket.service_date).distinct()))
        new_days = {d for d in days if d > end - timedelta(days=10)}
        assert new_days == set(calendar.working_days(end - timedelta(days=9), end))
        assert session.scalar(select(func.count()).select_from(Ticket)) == count_before + second.tickets_added
        assert session.scalar(select(func.count(Ticket.id.distinct()))) == count_before + second.tickets_added
    # Topped up in two steps or made in one go: the same tickets.
    other = _second_sqlite(tmp_path, sqlite_template)
    try:
        populate(other, history_days=40, end=end)
        assert _digest(other) == _digest(db)
    finally:
        other.dispose()
    # Nothing left to add, and a longer history is never prepended.
    again = populate(db, history_days=400, end=end)
    assert again.tickets_added == 0 and again.first_day is None
    # The live desks carry on after the demo: IDs and numbers continue without clashing.
    last_day = max(days)
    four_pm = datetime(last_day.year, last_day.month, last_day.day, 16, 0, tzinfo=clock.LOCAL_TZ)
    issued = tickets.issue_ticket(db, "HALL", "DKFP", at=four_pm, actor=ANYONE)
    with db.session() as session:
        before = session.scalar(
            select(func.max(Ticket.seq)).where(
                Ticket.service_date == last_day,
                Ticket.prefix == "B",
                Ticket.id != issued.id,
                Ticket.point_id
                == select(ServicePoint.id).where(ServicePoint.code == "HALL").scalar_subquery(),
            )
        )
    assert issued.number == f"B{before + 1:03d}"


def test_numbers_are_consecutive_per_queue_and_day(db):
    populate(db, history_days=14, end=END)
    with db.session() as session:
        seqs = defaultdict(list)
        for point_id, day, prefix, seq in session.execute(
            select(Ticket.point_id, Ticket.service_date, Ticket.prefix, Ticket.seq).order_by(
                Ticket.issued_at, Ticket.id
            )
        ):
            seqs[(point_id, day, prefix)].append(seq)
        counters = {
            (c.point_id, c.service_date, c.prefix): c.last_number
            for c in session.scalars(select(TicketCounter))
        }
        green = settings.get(session, settings.GREEN_PREFIX)
        channels = dict(session.execute(select(Ticket.prefix, Ticket.channel).distinct()).all())
    assert seqs and all(numbers == list(range(1, len(numbers) + 1)) for numbers in seqs.values())
    assert counters == {key: len(numbers) for key, numbers in seqs.items()}
    assert channels[green] == "green" and all(channels[p] == "walk_in" for p in "ABCD")


def test_events_match_the_tickets(db):
    populate(db, history_days=10, end=END)
    with db.session() as session:
        events = defaultdict(dict)
        for ticket_id, kind, at, window_id, detail in session.execute(
            select(
                TicketEvent.ticket_id,
                TicketEvent.kind,
                TicketEvent.at,
                TicketEvent.window_id,
                TicketEvent.detail,
            )
        ):
            events[ticket_id][kind] = (at, window_id, detail)
        skills = defaultdict(set)
        for window_id, category_id in session.execute(
            select(WindowCategory.window_id, WindowCategory.category_id)
        ):
            skills[window_id].add(category_id)
        no_window = set(session.scalars(select(ServicePoint.id).where(~ServicePoint.windows.any())))
        rows = session.scalars(select(Ticket)).all()
        opening = {p.id: p.opening_hours for p in session.scalars(select(ServicePoint))}
    assert len(rows) > 1000
    statuses = Counter(t.status for t in rows)
    assert set(statuses) == {"finished", "no_show"}
    assert 0.01 <= statuses["no_show"] / len(rows) <= 0.05
    for t in rows:
        trail = events[t.id]
        assert trail["issued"] == (t.issued_at, None, t.channel)
        assert trail["called"][:2] == (t.called_at, t.window_id)
        assert t.issued_at <= t.called_at
        if t.status == "finished":
            assert set(trail) == {"issued", "called", "finished"}
            assert trail["finished"][:2] == (t.finished_at, t.window_id) and t.called_at < t.finished_at
        else:
            assert set(trail) == {"issued", "called", "no_show"} and t.finished_at is None
            assert trail["no_show"][0] > t.called_at
        assert clock.service_date(t.issued_at) == t.service_date
        local = clock.local(t.issued_at).strftime("%H:%M")
        spans = opening[t.point_id].split(",")
        assert any(span[:5] <= local < span[6:] for span in spans), (local, t.point_id)
        if t.point_id in no_window:
            assert t.window_id is None
        else:
            assert t.category_id in skills[t.window_id]  # served by a window with that skill
        assert t.ahead_at_issue >= 0 and t.estimated_wait_min >= 0 and t.taxpayer_name is None


def test_bad_arguments_are_refused(sqlite_url):
    db = Database(sqlite_url)
    try:
        with pytest.raises(InvalidInput):
            populate(db, history_days=3, end=END, points=["NOPE"])
        with pytest.raises(InvalidInput):
            populate(db, history_days=-1, end=END)
    finally:
        db.dispose()


def test_no_invented_history_for_a_real_network(sqlite_url):
    db = Database(sqlite_url)
    try:
        with db.transaction() as session:
            session.add(ServicePoint(code="REAL", name="某县办税服务厅", kind="hall", active=True))
        with pytest.raises(InvalidInput):
            populate(db, history_days=30, end=END)
        summary = populate(db, history_days=0)
        assert summary.points == 1 and not summary.network_created and summary.tickets_added == 0
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Service)) == 0
    finally:
        db.dispose()


def test_holidays_alone_add_nothing(sqlite_url):
    db = Database(sqlite_url)
    try:
        summary = populate(db, history_days=5, end=date(2025, 10, 5))  # 1–5 October 2025: 国庆节
        assert summary.tickets_added == 0
        assert (summary.first_day, summary.last_day) == (date(2025, 10, 1), date(2025, 10, 5))
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def hall_year(tmp_path_factory, sqlite_template):
    """Eight months of hall history (January–August 2025), generated once for the peak tests."""
    path = tmp_path_factory.mktemp("hall") / "hall.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    populate(db, history_days=243, end=date(2025, 8, 31), points=["HALL"])
    with db.session() as session:
        rows = session.execute(
            select(Ticket.service_date, Ticket.issued_at, Service.code)
            .join(Service, Service.id == Ticket.service_id)
            .join(ServicePoint, ServicePoint.id == Ticket.point_id)
            .where(ServicePoint.code == "HALL")
        ).all()
        others = session.scalar(
            select(func.count()).select_from(Ticket).join(ServicePoint).where(ServicePoint.code != "HALL")
        )
    db.dispose()
    assert others == 0
    return rows


def test_daily_volumes_are_realistic(hall_year):
    daily = Counter(day for day, _, _ in hall_year)
    volumes = sorted(daily.values())
    assert 250 <= statistics.median(volumes) <= 400
    assert 550 <= volumes[-1] <= 900


def test_filing_deadline_peak(hall_year):
    daily = Counter(day for day, _, _ in hall_year)
    last_days, after = [], []
    for day, count in daily.items():
        deadline = calendar.filing_deadline(day.year, day.month)
        if day <= deadline and len(list(calendar.working_days(day, deadline))) <= 3:
            last_days.append(count)
        elif day > deadline and 16 <= day.day <= 25:
            after.append(count)
    assert len(last_days) >= 20 and len(after) >= 20
    assert statistics.mean(last_days) > 1.5 * statistics.mean(after)


def test_morning_and_afternoon_peaks(hall_year):
    half_hours = Counter()
    for _, issued, _ in hall_year:
        local = clock.local(issued)
        half_hours[(local.hour, local.minute // 30 * 30)] += 1
    for peak in ((9, 0), (9, 30), (10, 0), (14, 30)):
        assert half_hours[peak] > 2 * half_hours[(11, 30)]
        assert half_hours[peak] > 2 * half_hours[(16, 30)]
    assert not any(key for key in half_hours if key < (8, 30) or (12, 0) <= key < (13, 30) or key >= (17, 0))


def test_closed_on_holidays_open_on_make_up_days(hall_year):
    days = {day for day, _, _ in hall_year}
    holidays = [
        date(2025, 1, 1),
        date(2025, 1, 29),
        date(2025, 4, 4),
        date(2025, 5, 1),
        date(2025, 5, 2),
        date(2025, 6, 2),
    ]
    assert all(calendar.holiday_name(d) for d in holidays)
    assert not days & set(holidays)
    make_up = {date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27)}  # a Sunday, a Saturday, a Sunday
    assert make_up <= days
    assert all(calendar.is_workday(d) for d in days)


def test_seasons(hall_year):
    by_month = defaultdict(Counter)
    open_days = defaultdict(set)
    for day, _, code in hall_year:
        by_month[day.month][code] += 1
        open_days[day.month].add(day)
    per_day = {m: {c: n / len(open_days[m]) for c, n in counts.items()} for m, counts in by_month.items()}
    assert per_day[3]["GSHS"] > 2 * per_day[8]["GSHS"]  # IIT annual reconciliation
    assert per_day[3]["GSHS"] > per_day[5]["GSHS"]  # … strongest in March
    assert per_day[5]["QSHS"] > 2 * per_day[8]["QSHS"]  # corporate income tax settlement to 31 May
    assert per_day[1]["YBJF"] > 2 * per_day[5]["YBJF"]  # resident medical insurance collection
    weekdays = defaultdict(list)
    for day, count in Counter(day for day, _, _ in hall_year).items():
        weekdays[day.weekday()].append(count)
    assert statistics.mean(weekdays[0]) > statistics.mean(weekdays[4])
