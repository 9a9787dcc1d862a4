"""Importing ticket history from CSV: every row checked, numbered like the desk numbers, all or nothing."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest
from signing_in import ANYONE
from sqlalchemy import func, select

from taxdesk.cli import main
from taxdesk.core import clock
from taxdesk.core.clock import LOCAL_TZ
from taxdesk.core.db.models import Category, Service, ServicePoint, Ticket, TicketCounter, Window
from taxdesk.core.demo.history_csv import write_history_csv
from taxdesk.core.errors import InvalidInput
from taxdesk.core.history_import import HEADER, ImportCancelled, import_history
from taxdesk.core.roles import Actor
from taxdesk.core.tickets import issue_ticket

IMPORTER = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who imports the history

DAY = date(2025, 3, 3)  # a Monday in the filing period
HEADER_LINE = ",".join(HEADER)


def write_rows(tmp_path, rows, name="history.csv", header=HEADER_LINE):
    path = tmp_path / name
    path.write_text("\n".join([header, *(",".join(row) for row in rows)]) + "\n", encoding="utf-8")
    return path


def at(hhmmss: str, day: date = DAY) -> str:
    return f"{day} {hhmmss}"


def counts(db):
    with db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Ticket)),
            session.scalar(select(func.count()).select_from(TicketCounter)),
        )


def prefix_of(db, service_code: str) -> str:
    with db.session() as session:
        return session.scalar(
            select(Category.prefix)
            .join(Service, Service.category_id == Category.id)
            .where(Service.code == service_code)
        )


def test_a_simulated_history_goes_in_whole(network_db, tmp_path):
    db = network_db
    path = tmp_path / "history.csv"
    rows = write_history_csv(db, path, start=DAY, end=DAY + timedelta(days=2), points=["HALL", "T01"])
    assert rows > 300
    seen = []
    result = import_history(db, path, actor=IMPORTER, progress=lambda done, total: seen.append((done, total)))

    assert result.tickets == rows and result.points == ("HALL", "T01")
    assert (result.first_day, result.last_day) == (DAY, DAY + timedelta(days=2))
    assert result.finished + result.no_shows == rows and result.no_shows > 0
    assert seen[-1] == (rows, rows)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # the bar only moves forward

    with open(path, encoding="utf-8") as handle:
        source = list(csv.DictReader(handle))
    with db.session() as session:
        tickets = session.execute(
            select(Ticket, ServicePoint.code, Service.code, Window.number)
            .join(ServicePoint, ServicePoint.id == Ticket.point_id)
            .join(Service, Service.id == Ticket.service_id)
            .outerjoin(Window, Window.id == Ticket.window_id)
        ).all()
        stored = {
            (p, s, clock.local(t.issued_at).strftime("%Y-%m-%d %H:%M:%S")): (t, str(w or ""))
            for t, p, s, w in tickets
        }
        for row in source:
            ticket, window = stored[row["point"], row["service"], row["issued_at"]]
            assert clock.local(ticket.called_at).strftime("%Y-%m-%d %H:%M:%S") == row["called_at"]
            if row["finished_at"]:
                assert ticket.status == "finished"
                assert clock.local(ticket.finished_at).strftime("%Y-%m-%d %H:%M:%S") == row["finished_at"]
            else:
                assert ticket.status == "no_show" and ticket.finished_at is None
            assert window == row["window"]
            assert ticket.service_date == clock.local(ticket.issued_at).date()
            assert ticket.channel == "walk_in"
        # Numbers: consecutive from 1 per point, day and prefix, in issue-time order; counters match.
        numbers: dict = {}
        for t, *_ in sorted(tickets, key=lambda r: (r[0].issued_at, r[0].id)):
            numbers.setdefault((t.point_id, t.service_date, t.prefix), []).append(t.seq)
        assert all(seqs == list(range(1, len(seqs) + 1)) for seqs in numbers.values())
        counters = {
            (c.point_id, c.service_date, c.prefix): c.last_number
            for c in session.scalars(select(TicketCounter))
        }
        assert counters == {key: len(seqs) for key, seqs in numbers.items()}
        # Stored times compare correctly in SQL too (SQLite compares the stored text).
        morning = datetime(DAY.year, DAY.month, DAY.day, 12, tzinfo=LOCAL_TZ)
        before_noon = session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(Ticket.issued_at < morning, Ticket.service_date == DAY)
        )
        assert before_noon == sum(1 for r in source if r["issued_at"] < f"{DAY} 12:00:00")


def test_numbers_continue_after_the_days_tickets(network_db, tmp_path):
    db = network_db
    issued = issue_ticket(db, "HALL", "FPLY", at=datetime(2025, 3, 3, 8, 40, tzinfo=LOCAL_TZ), actor=ANYONE)
    prefix = issued.prefix
    assert issued.number == f"{prefix}001"
    path = write_rows(
        tmp_path,
        [
            ("HALL", "FPLY", at("10:00:00"), at("10:05:00"), at("10:09:00"), "4"),
            ("HALL", "FPLY", at("09:00:00"), at("09:01:00"), at("09:04:00"), "4"),
            ("HALL", "FPLY", at("09:30:00"), "", "", ""),  # gone before being called
            (
                "HALL",
                "FPLY",
                at("09:00:00", DAY + timedelta(days=1)),
                at("09:02:00", DAY + timedelta(days=1)),
                "",
                "4",
            ),
        ],
    )
    import_history(db, path, actor=IMPORTER)
    with db.session() as session:
        by_time = {
            clock.local(t.issued_at).strftime("%m-%d %H:%M"): (t.seq, t.status)
            for t in session.scalars(select(Ticket).where(Ticket.id != issued.id))
        }
    assert by_time == {
        "03-03 09:00": (2, "finished"),
        "03-03 09:30": (3, "no_show"),
        "03-03 10:00": (4, "finished"),
        "03-04 09:00": (1, "no_show"),  # called, then gone: a no-show with its call time
    }
    later = issue_ticket(db, "HALL", "FPLY", at=datetime(2025, 3, 3, 16, 0, tzinfo=LOCAL_TZ), actor=ANYONE)
    assert later.number == f"{prefix}005"


GOOD = ("HALL", "FPLY", at("09:00:00"), at("09:01:00"), at("09:04:00"), "4")


@pytest.mark.parametrize(
    ("bad", "key", "column"),
    [
        (("XX", "FPLY", at("09:00:00"), "", "", ""), "unknown_point", "point"),
        (("HALL", "NOPE", at("09:00:00"), "", "", ""), "unknown_service", "service"),
        (("T01", "CKTS", at("09:00:00"), "", "", ""), "not_offered", "service"),
        (("HALL", "FPLY", "2025-03-03 9h", "", "", ""), "history_bad_time", "issued_at"),
        (("HALL", "FPLY", "", "", "", ""), "history_time_missing", "issued_at"),
        (("HALL", "FPLY", at("09:00:00"), "yesterday", "", ""), "history_bad_time", "called_at"),
        (
            ("HALL", "FPLY", at("09:00:00"), at("08:59:59"), at("09:04:00"), "4"),
            "history_called_early",
            "called_at",
        ),
        (
            ("HALL", "FPLY", at("09:00:00"), at("09:05:00"), at("09:04:00"), "4"),
            "history_finished_early",
            "finished_at",
        ),
        (("HALL", "FPLY", at("09:00:00"), "", at("09:04:00"), "4"), "history_not_called", "called_at"),
        (
            ("HALL", "FPLY", at("23:50:00"), at("23:59:00"), "2025-03-04 00:10:00", "4"),
            "history_other_day",
            "finished_at",
        ),
        (("HALL", "FPLY", at("09:00:00"), at("09:01:00"), at("09:04:00"), "99"), "unknown_window", "window"),
        (
            ("HALL", "FPLY", at("09:00:00"), at("09:01:00"), at("09:04:00"), "four"),
            "history_bad_window",
            "window",
        ),
        (("HALL", "FPLY", "2099-03-03 09:00:00", "", "", ""), "history_future", "issued_at"),
        (("HALL", "FPLY", at("09:00:00"), at("09:01:00")), "history_cells", ""),
    ],
)
def test_a_bad_row_aborts_with_its_row_and_writes_nothing(network_db, tmp_path, bad, key, column):
    path = write_rows(tmp_path, [GOOD, GOOD, bad, GOOD])
    with pytest.raises(InvalidInput) as refused:
        import_history(network_db, path, actor=IMPORTER)
    assert refused.value.key == key
    assert refused.value.params["row"] == 4
    assert refused.value.params["column"] == column
    assert str(refused.value).startswith("row 4")
    assert counts(network_db) == (0, 0)


def test_the_header_must_be_exact_and_a_bom_is_fine(network_db, tmp_path):
    path = write_rows(tmp_path, [GOOD], header="point,service,issued,called,finished,window")
    with pytest.raises(InvalidInput) as refused:
        import_history(network_db, path, actor=IMPORTER)
    assert (refused.value.key, refused.value.params["row"]) == ("import_header", 1)
    path = write_rows(tmp_path, [GOOD], header="\ufeff" + HEADER_LINE)
    assert import_history(network_db, path, actor=IMPORTER).tickets == 1
    # Spaces around cells, a window written 04, and times with a UTC offset are read as meant.
    path = write_rows(tmp_path, [(" HALL", "FPLY ", "2025-03-03T01:00:00+00:00", "", "", " 04")])
    import_history(network_db, path, actor=IMPORTER)
    with network_db.session() as session:
        last = session.scalar(select(Ticket).order_by(Ticket.id.desc()).limit(1))
        assert clock.local(last.issued_at).strftime("%H:%M") == "09:00" and last.window_id is not None
    with pytest.raises(InvalidInput) as refused:
        import_history(network_db, tmp_path / "missing.csv", actor=IMPORTER)
    assert refused.value.key == "import_unreadable"


def test_an_empty_file_imports_nothing(network_db, tmp_path):
    result = import_history(network_db, write_rows(tmp_path, []), actor=IMPORTER)
    assert result.tickets == 0 and result.first_day is None
    assert counts(network_db) == (0, 0)


def test_cancelling_while_reading_or_writing_leaves_the_database_unchanged(network_db, tmp_path):
    path = tmp_path / "history.csv"
    rows = write_history_csv(network_db, path, start=DAY, end=DAY + timedelta(days=4), points=["HALL"])
    with pytest.raises(ImportCancelled) as cancelled:
        import_history(network_db, path, actor=IMPORTER, cancel=lambda: True)
    assert cancelled.value.key == "import_cancelled"
    assert counts(network_db) == (0, 0)

    # Cancel once the rows are being written, inside the import's transaction.
    progress: list[int] = []
    with pytest.raises(ImportCancelled):
        import_history(
            network_db,
            path,
            actor=IMPORTER,
            progress=lambda done, total: progress.append(done),
            cancel=lambda: bool(progress) and progress[-1] >= rows // 2,
        )
    assert counts(network_db) == (0, 0)


def test_import_history_from_the_command_line(network_db, tmp_path, capsys, monkeypatch):
    from signing_in import sign_in_as

    sign_in_as(monkeypatch, network_db, "H01")  # a supervisor: the history feeds the staffing plan
    path = write_rows(tmp_path, [GOOD, ("HALL", "FPLY", at("09:10:00"), "", "", "")])
    code = main(["--db", network_db.url, "import", "history", str(path)])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert out.count("\n") == 1 and "2 tickets" in out and "1 no-shows" in out
    bad = write_rows(
        tmp_path, [GOOD, ("HALL", "FPLY", at("09:00:00"), at("08:00:00"), "", "")], name="bad.csv"
    )
    code = main(["--db", network_db.url, "import", "history", str(bad)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("taxdesk: row 3 (called_at)") and err.count("\n") == 1
    assert counts(network_db)[0] == 2


def test_init_demo_without_history(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    done = subprocess.run(
        [sys.executable, "-m", "taxdesk", "--db", url, "init", "--demo", "--no-history"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "13 points" in done.stdout and "0 tickets added" in done.stdout
    from taxdesk.core.db import Database

    db = Database(url)
    try:
        assert counts(db) == (0, 0)
    finally:
        db.dispose()


def test_only_who_may_set_the_staffing_targets_imports_history(network_db, tmp_path):
    from taxdesk.core.errors import NotAllowed

    path = write_rows(tmp_path, [])
    with pytest.raises(NotAllowed):
        import_history(network_db, path, actor=Actor(None, "H03", "叶丽娟", frozenset({"front_desk"})))
