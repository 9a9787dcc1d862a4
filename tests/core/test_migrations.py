"""The schema: created and upgraded only by the shipped migrations, which agree with the models."""

from __future__ import annotations

import os
import shutil
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from signing_in import ANYONE
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from taxdesk.core import bookings, clock, settings
from taxdesk.core.db import Database, migrate, sqlite_path
from taxdesk.core.db.models import (
    Base,
    Booking,
    BookingBlockOverride,
    BookingEvent,
    Service,
    ServicePoint,
    Setting,
    SlotBooking,
    Staff,
    StaffRole,
    Ticket,
    TicketEvent,
    UTCDateTime,
    Window,
)
from taxdesk.core.demo import populate
from taxdesk.core.errors import DatabaseNotInitialised, InvalidInput
from taxdesk.core.identity import TAXPAYER_KEY_PURPOSE, taxpayer_key
from taxdesk.core.install import init_database
from taxdesk.core.signing import derive_key
from taxdesk.core.tickets import get_ticket, verify_payload

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures" / "schemas").glob("*.sqlite3"))
SCHEMA_FIXTURES = {p.stem: p for p in FIXTURES}
SCHEMAS_WITH_ID_NUMBERS = ("0003", "0004", "0005")  # bookings.taxpayer_id held the full number


def test_migrations_produce_exactly_the_models(db):
    with db.engine.connect() as conn:
        differences = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert differences == []


def test_database_is_at_the_newest_revision_and_init_is_idempotent(db):
    assert migrate.current_revision(db) == migrate.head_revision()
    result = init_database(db)
    assert result.revision_before == result.revision_after == migrate.head_revision()
    migrate.ensure_current(db)


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_full_sync(sqlite_url):
    db = Database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL: no commit lost to a power cut
    db.dispose()


def test_an_empty_database_is_refused_with_advice(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    with pytest.raises(DatabaseNotInitialised, match="taxdesk init"):
        migrate.ensure_current(db)


def test_a_missing_file_is_not_created_unless_asked(tmp_path):
    path = tmp_path / "missing.sqlite3"
    with pytest.raises(DatabaseNotInitialised, match="taxdesk init"):
        Database(f"sqlite:///{path}", create=False)
    assert not path.exists()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_released_schema_upgrades_with_its_data_and_a_backup(fixture, tmp_path):
    """One fixture database per released schema revision (tests/fixtures/schemas/<revision>.sqlite3)."""
    path = tmp_path / "site.sqlite3"
    shutil.copy(fixture, path)
    db = Database(f"sqlite:///{path}")

    def census():
        with db.session() as session:
            return (
                session.scalar(select(func.count()).select_from(Ticket)),
                session.scalar(select(func.count()).select_from(TicketEvent)),
                session.scalar(select(func.count()).select_from(Ticket).where(Ticket.window_id.is_not(None))),
                session.scalar(select(func.count()).select_from(Window)),
            )

    data_before = census()
    with db.session() as session:
        last_id = session.scalar(select(func.max(Ticket.id)))
    upgraded = migrate.upgrade(db)
    before, after = upgraded
    assert before == fixture.stem
    assert after == migrate.head_revision()
    backup = path.with_name(f"{path.name}.bak-{before}")
    # The backup is made before the upgrade; one that holds full ID numbers is removed after it.
    held_id_numbers = before in SCHEMAS_WITH_ID_NUMBERS
    assert backup.exists() == (before != after and not held_id_numbers)
    assert upgraded.removed_backups == ((backup,) if held_id_numbers else ())
    assert census() == data_before  # nothing cascaded away while SQLite rebuilt the tables
    ticket = get_ticket(db, last_id)
    assert verify_payload(db, ticket.qr).valid  # the installation secret survived
    db.dispose()


def test_the_newest_revision_has_a_fixture():
    assert migrate.head_revision() in {p.stem for p in FIXTURES}, (
        "add tests/fixtures/schemas/<revision>.sqlite3 for the released schema"
    )


# ----------------------------------------------------------------------------- 0006: no full ID numbers

PERSON, OTHER, COMPANY = "11010519491231002X", "440524198001010013", "91350100M000100Y43"
IN_THE_0005_FIXTURE = (PERSON, COMPANY)  # its two bookings
MONDAY = date(2026, 11, 30)
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=clock.LOCAL_TZ)

# The two tables as schema 0005 has them (the models have moved on).
BOOKINGS_0005 = sa.table(
    "bookings",
    *(sa.column(name) for name in ("id", "code", "point_id", "service_id", "category_id", "status")),
    *(sa.column(name) for name in ("taxpayer_name", "taxpayer_phone", "taxpayer_id", "id_kind")),
    sa.column("service_date", sa.Date()),
    *(sa.column(name, UTCDateTime()) for name in ("slot_start", "slot_end", "created_at")),
)
OVERRIDES_0005 = sa.table(
    "booking_block_overrides",
    *(sa.column(name) for name in ("taxpayer_id", "staff_id", "reason")),
    *(sa.column(name, UTCDateTime()) for name in ("until", "at")),
)


def _add_0005_bookings(db) -> dict[str, int]:
    """What the old check-then-insert let through, on a database at schema 0005: PERSON booked three times
    for invoices on Monday by desks racing (RACE0001 first, the other two a second later), once more that
    day and used, and on Tuesday; OTHER once; a supervisor's override for PERSON. Returns booking ids by
    code."""
    with db.transaction() as session:
        hall = session.scalar(select(ServicePoint.id).where(ServicePoint.code == "HALL"))
        service, category = session.execute(
            select(Service.id, Service.category_id).where(Service.code == "FPLY")
        ).one()
        supervisor = session.scalar(select(Staff.id).where(Staff.code == "H01"))
        rows = [
            # code, number, day, slot, status, seconds after the first booking was made
            ("RACE0002", PERSON, MONDAY, "10:00", "booked", 1),
            ("RACE0001", PERSON, MONDAY, "09:00", "booked", 0),
            ("RACE0003", PERSON, MONDAY, "10:30", "booked", 1),
            ("USED0001", PERSON, MONDAY, "08:30", "checked_in", 0),
            ("TUESDAY1", PERSON, date(2026, 12, 1), "09:00", "booked", 1),
            ("OTHER001", OTHER, MONDAY, "10:00", "booked", 2),
        ]
        codes = {row[0] for row in rows}
        for code, who, day, hhmm, status, late in rows:
            start = bookings.slot_time(day, hhmm)
            session.execute(
                sa.insert(BOOKINGS_0005).values(
                    code=code,
                    point_id=hall,
                    service_id=service,
                    category_id=category,
                    status=status,
                    taxpayer_name="张三",
                    taxpayer_phone="13812345678",
                    taxpayer_id=who,
                    id_kind="person",
                    service_date=day,
                    slot_start=start,
                    slot_end=start + timedelta(minutes=30),
                    created_at=NOW - timedelta(days=1) + timedelta(seconds=late),
                )
            )
            taken = session.get(SlotBooking, (hall, category, start))
            if taken is None:
                session.add(SlotBooking(point_id=hall, category_id=category, slot_start=start, booked=1))
            else:
                taken.booked += 1
            session.flush()
        session.execute(
            sa.insert(OVERRIDES_0005).values(
                taxpayer_id=PERSON, staff_id=supervisor, reason="family emergency", until=NOW, at=NOW
            )
        )
        return {
            code: i for code, i in session.execute(sa.text("SELECT code, id FROM bookings")) if code in codes
        }


def _assert_upgraded_0005_bookings(db, ids: dict[str, int]) -> None:
    """Every number became its keyed hash and masked form; of the racing duplicates the first made stays
    booked, the later ones are cancelled with their places given back and the reason in the trail."""
    with db.session() as session:
        secret = session.scalar(select(Setting.value).where(Setting.key == settings.SIGNING_SECRET))
        key = derive_key(bytes.fromhex(secret), TAXPAYER_KEY_PURPOSE)
        stored = {
            code: (taxpayer, masked, status)
            for code, taxpayer, masked, status in session.execute(
                select(Booking.code, Booking.taxpayer_key, Booking.taxpayer_id_masked, Booking.status)
            )
        }
        overrides = session.execute(
            select(BookingBlockOverride.taxpayer_key, BookingBlockOverride.taxpayer_id_masked)
        ).all()
        trail = session.execute(
            select(BookingEvent.booking_id, BookingEvent.kind, BookingEvent.detail).where(
                BookingEvent.booking_id.in_([ids["RACE0002"], ids["RACE0003"]])
            )
        ).all()
        places = dict(session.execute(select(SlotBooking.slot_start, SlotBooking.booked)).all())
    person = (taxpayer_key(PERSON, key), "1101**********002X")
    assert {code: stored[code] for code in ids} == {
        "RACE0001": (*person, "booked"),
        "RACE0002": (*person, "cancelled"),
        "RACE0003": (*person, "cancelled"),
        "USED0001": (*person, "checked_in"),
        "TUESDAY1": (*person, "booked"),
        "OTHER001": (taxpayer_key(OTHER, key), "4405**********0013", "booked"),
    }
    assert [tuple(o) for o in overrides] == [person]
    assert sorted((booking, kind) for booking, kind, _detail in trail) == sorted(
        [(ids["RACE0002"], "cancelled"), (ids["RACE0003"], "cancelled")]
    )
    assert all("duplicate: RACE0001 was booked first" in detail for *_kind, detail in trail)
    monday = {
        clock.local(start).strftime("%H:%M"): n
        for start, n in places.items()
        if clock.local(start).date() == MONDAY
    }
    assert monday == {"08:30": 1, "09:00": 1, "10:00": 1, "10:30": 0}  # 10:00 still OTHER's


def _assert_the_rule_holds_on_the_upgraded_database(db) -> None:
    with pytest.raises(InvalidInput) as duplicate:
        bookings.create_booking(
            db,
            "HALL",
            "FPLY",
            bookings.slot_time(MONDAY, "14:00"),
            name="张三",
            phone="13812345678",
            id_number=PERSON,
            at=NOW,
            actor=ANYONE,
        )
    assert duplicate.value.key == "booking_duplicate" and duplicate.value.params["code"] == "RACE0001"
    with db.session() as session, pytest.raises(IntegrityError):
        session.execute(sa.update(Booking).where(Booking.code == "RACE0002").values(status="booked"))


@pytest.fixture
def pg_empty_url(pg_server_url):
    """An empty PostgreSQL schema of its own (dropped afterwards)."""
    server = pg_server_url
    schema = f"taxdesk_mig_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    yield (
        make_url(server)
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path):
    """An empty database: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'site.sqlite3'}"
    return request.getfixturevalue("pg_empty_url")


def _database_at_0005(url: str):
    """A database at schema 0005 holding the 0005 fixture's rows (the demo network of that release).

    Today's models cannot write an old schema, so the rows are copied table by table from the fixture
    file into a database migrated to 0005 (on SQLite the fixture is simply copied)."""
    path = sqlite_path(url)
    if path is not None:
        shutil.copy(SCHEMA_FIXTURES["0005"], path)
        return _network_only(Database(url))
    db = Database(url)
    migrate.upgrade(db, "0005")
    source = sa.create_engine(f"sqlite:///{SCHEMA_FIXTURES['0005']}")
    try:
        old, new = sa.MetaData(), sa.MetaData()
        old.reflect(source)
        new.reflect(db.engine)
        with source.connect() as reading, db.engine.begin() as writing:
            for table in new.sorted_tables:
                if table.name == "alembic_version" or table.name not in old.tables:
                    continue
                rows = [dict(row._mapping) for row in reading.execute(sa.select(old.tables[table.name]))]
                for row in rows:
                    for column in table.columns:
                        if isinstance(column.type, sa.Boolean) and row.get(column.name) is not None:
                            row[column.name] = bool(row[column.name])
                if rows:
                    writing.execute(table.insert(), rows)
            for table in new.sorted_tables:  # serial columns continue after the copied ids
                if "id" in table.columns and isinstance(table.columns["id"].type, sa.Integer):
                    writing.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                    )
    finally:
        source.dispose()
    return _network_only(db)


# What the demo's history and people's plans wrote in the 0005 fixture: gone, leaving its network.
HISTORY_TABLES = (
    "roster_assignments",
    "rosters",
    "shift_requests",
    "staff_leave",
    "shift_templates",
    "advisor_suggestions",
    "booking_block_overrides",
    "booking_events",
    "slot_bookings",
    "bookings",
    "window_events",
    "ticket_events",
    "tickets",
    "ticket_counters",
)


def _network_only(db: Database) -> Database:
    with db.engine.begin() as conn:
        present = set(sa.inspect(conn).get_table_names())
        for table in HISTORY_TABLES:
            if table in present:
                conn.exec_driver_sql(f"DELETE FROM {table}")
    return db


def test_upgrading_to_0006_hashes_the_numbers_and_resolves_duplicates(empty_url):
    db = _database_at_0005(empty_url)
    try:
        ids = _add_0005_bookings(db)
        upgraded = migrate.upgrade(db)
        assert (upgraded.before, upgraded.after) == ("0005", migrate.head_revision())
        made = sqlite_path(db.url)  # the SQLite backup made first holds the numbers: removed
        assert upgraded.removed_backups == ((made.with_name(f"{made.name}.bak-0005"),) if made else ())
        with db.engine.connect() as conn:
            columns = {
                c["name"]
                for t in ("bookings", "booking_block_overrides")
                for c in sa.inspect(conn).get_columns(t)
            }
        assert "taxpayer_id" not in columns
        _assert_upgraded_0005_bookings(db, ids)
        _assert_the_rule_holds_on_the_upgraded_database(db)
    finally:
        db.dispose()


def test_the_upgraded_sqlite_file_and_its_surroundings_hold_no_full_id_number(tmp_path):
    """The 0005 fixture with the race's leftovers, an older backup with numbers and one without: after the
    upgrade not a byte of any number is left in the file, its WAL or a backup, and the upgrade says which
    backups it removed."""
    path = tmp_path / "site.sqlite3"
    shutil.copy(SCHEMA_FIXTURES["0005"], path)
    older = path.with_name(f"{path.name}.bak-0003")
    shutil.copy(SCHEMA_FIXTURES["0003"], older)
    no_numbers = path.with_name(f"{path.name}.bak-0002")
    shutil.copy(SCHEMA_FIXTURES["0002"], no_numbers)
    db = Database(f"sqlite:///{path}")
    # SQLite's own default, and builds such as python.org's for Windows: deleted content stays in the file
    # until overwritten (Debian's build zeroes it, which would hide what this test is about).
    sa.event.listen(db.engine, "connect", lambda conn, _record: conn.execute("PRAGMA secure_delete = OFF"))
    ids = _add_0005_bookings(db)
    with db.transaction() as session:  # a deleted booking leaves its number in a free page
        session.execute(sa.text("DELETE FROM bookings WHERE code = 'OTHER001'"))
    ids.pop("OTHER001")
    numbers = [n.encode("ascii") for n in (PERSON, OTHER, COMPANY)]
    assert all(n in path.read_bytes() + _wal(path) for n in numbers)  # they are there to be found

    upgraded = migrate.upgrade(db)
    backup = path.with_name(f"{path.name}.bak-0005")
    assert upgraded.removed_backups == (older, backup)
    assert not older.exists() and not backup.exists() and no_numbers.exists()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    found = [n for n in numbers for f in path.parent.iterdir() if n in f.read_bytes()]
    assert found == []
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == len(ids) + len(
            IN_THE_0005_FIXTURE
        )
    # The fixture's own booking is found by its number again (its key made by the migration).
    with db.session() as session:
        secret = session.scalar(select(Setting.value).where(Setting.key == settings.SIGNING_SECRET))
        fixture_booking = session.scalar(select(Booking).where(Booking.id_kind == "business"))
    assert fixture_booking.taxpayer_key == taxpayer_key(
        COMPANY, derive_key(bytes.fromhex(secret), TAXPAYER_KEY_PURPOSE)
    )
    assert fixture_booking.taxpayer_id_masked == "9135**********0Y43"
    db.dispose()


def _wal(path: Path) -> bytes:
    wal = path.with_name(f"{path.name}-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_the_upgraded_postgresql_tables_hold_no_full_id_number_on_disk(pg_empty_url):
    """PostgreSQL keeps a dropped column in every row on disk and the migration's updates leave dead rows:
    the upgrade rewrites both tables. Read the files the server keeps them in (skipped when this test
    cannot: another machine, another user)."""
    db = _database_at_0005(pg_empty_url)
    try:
        _add_0005_bookings(db)
        migrate.upgrade(db)
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("CHECKPOINT")  # what the tables hold, written to their files
            folder = Path(conn.exec_driver_sql("SHOW data_directory").scalar())
            files = [
                folder / conn.execute(sa.text("SELECT pg_relation_filepath(:t)"), {"t": table}).scalar()
                for table in ("bookings", "booking_block_overrides")
            ]
        if not all(os.access(f, os.R_OK) for f in files):
            pytest.skip(f"cannot read the server's files under {folder}")
        on_disk = b"".join(part.read_bytes() for f in files for part in f.parent.glob(f"{f.name}*"))
        assert b"RACE0001" in on_disk  # the right files
        assert [n for n in (PERSON, OTHER) if n.encode("ascii") in on_disk] == []
    finally:
        db.dispose()


# ----------------------------------------------------------------------------- 0007: English shift names


def test_upgrading_to_0007_gives_the_shift_templates_an_empty_english_name(tmp_path, sqlite_url):
    path = tmp_path / "site.sqlite3"
    shutil.copy(SCHEMA_FIXTURES["0006"], path)
    db = Database(f"sqlite:///{path}")
    assert migrate.upgrade(db, "0007").after == "0007"
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name, name_en FROM shift_templates").fetchall()
    assert rows and all(name and name_en == "" for name, name_en in rows)  # shown by their times in English
    db.dispose()

    demo = Database(sqlite_url)  # a demo made now names its shifts in both languages
    populate(demo, history_days=0)
    with demo.engine.connect() as conn:
        names = dict(conn.exec_driver_sql("SELECT name, name_en FROM shift_templates").fetchall())
    assert names == {
        "全天": "Full day",
        "上午（潮汐）": "Morning (tidal)",
        "下午（潮汐）": "Afternoon (tidal)",
    }
    demo.dispose()


# ---------------------------------------------------------------------------- 0009: roles only in staff_roles


def test_upgrading_to_0009_keeps_every_role_and_downgrading_puts_one_back(tmp_path):
    from alembic import command

    path = tmp_path / "site.sqlite3"
    shutil.copy(SCHEMA_FIXTURES["0008"], path)
    db = Database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        old = dict(conn.exec_driver_sql("SELECT code, role FROM staff").all())
    assert old and set(old.values()) == {"supervisor", "front_desk", "window", "agent"}
    assert migrate.upgrade(db, "0009").after == "0009"
    with db.engine.connect() as conn:
        assert "role" not in {c["name"] for c in sa.inspect(conn).get_columns("staff")}
    with db.session() as session:
        assert {s.code: set(s.roles) for s in session.scalars(select(Staff))} == {
            code: {role} for code, role in old.items()
        }
    with db.transaction() as session:  # an administrator who is also a window officer, and one who is not
        staff = {s.code: s for s in session.scalars(select(Staff))}
        staff["H05"].role_rows.append(StaffRole(role="admin"))
        staff["H03"].role_rows = [StaffRole(role="admin")]
    cfg = migrate._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    with db.engine.connect() as conn:
        back = dict(conn.exec_driver_sql("SELECT code, role FROM staff").all())
    assert back == {**old, "H03": "front_desk"}
    db.dispose()


# -------------------------------------------------------------------- 0010: duties, several assignments a day


def test_upgrading_to_0010_adds_duties_and_downgrading_keeps_one_assignment_a_day(tmp_path):
    from alembic import command

    path = tmp_path / "site.sqlite3"
    shutil.copy(SCHEMA_FIXTURES["0010"], path)  # a roster with a morning window and an afternoon duty
    db = Database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT staff_id, day, shift_template_id, window_id, duty_id FROM roster_assignments ORDER BY id"
        ).all()
        duties = conn.exec_driver_sql("SELECT code, short_name, min_cover FROM duties ORDER BY id").all()
    assert [tuple(r) for r in duties] == [("back_office", "后台", 2), ("guidance", "导税", 1)]
    assert [(r[0], r[2], r[3], r[4]) for r in rows[:2]] == [(1, 2, 1, None), (1, 3, None, 1)]
    with pytest.raises(IntegrityError), db.engine.begin() as conn:  # a window and a duty at once: refused
        conn.exec_driver_sql(
            "INSERT INTO roster_assignments (roster_id, staff_id, day, shift_template_id, window_id, duty_id,"
            " locked) VALUES (1, 5, '2026-11-30', 2, 1, 1, 0)"
        )
    cfg = migrate._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    with db.engine.connect() as conn:
        assert "duties" not in sa.inspect(conn).get_table_names()
        kept = conn.exec_driver_sql("SELECT staff_id, shift_template_id FROM roster_assignments").all()
    assert sorted(tuple(r) for r in kept) == [(1, 2), (2, 1)]  # the duties went; one assignment a day left
    assert migrate.upgrade(db).after == migrate.head_revision()
    db.dispose()
