"""People, windows and shift templates: editing with the network's checks (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from taxdesk.core import people
from taxdesk.core import windows_edit as we
from taxdesk.core.db.models import RosterRules, Staff, StaffRole, Window
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.people import StaffRecord
from taxdesk.core.roles import Actor
from taxdesk.core.windows_edit import ShiftRecord, WindowRecord

ADMIN = Actor(None, "A1", "管理员", frozenset({"admin"}))  # who edits the people, windows and shifts

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 40


def snapshot(db):
    return people.list_staff(db), we.list_windows(db, "HALL"), we.list_shifts(db, "HALL")


def test_demo_people_have_their_roles_and_contracts(network_db):
    staff = {s.code: s for s in people.list_staff(network_db)}
    assert staff["H01"].roles == ("supervisor",)
    assert staff["H05"].roles == ("window",) and staff["H05"].categories == ("GEN", "INV", "DEC", "SSF")
    assert staff["B01"].rotating and staff["B01"].max_week_hours == 14
    assert not staff["H05"].rotating and staff["H05"].min_week_hours == 14
    assert staff["T01A"].roles == ("agent",) and staff["T01A"].point == "T01"


def test_add_edit_leave_a_person(network_db):
    db = network_db
    added = people.add_staff(
        db,
        StaffRecord(
            "h90",
            " 新同事 ",
            ("window", "值班长"),
            "大厅",
            None,
            "A、INV",
            max_week_hours="30",
            working_days="1-3",
        ),
        actor=ADMIN,
    )
    assert added.code == "H90" and added.name == "新同事"
    assert added.roles == ("supervisor", "window") and added.home_unit == "hall"
    assert added.categories == ("GEN", "INV") and added.working_days == "123" and added.max_week_hours == 30
    with db.session() as session:
        person = session.scalar(select(Staff).where(Staff.code == "H90"))
        assert set(session.scalars(select(StaffRole.role).where(StaffRole.staff_id == person.id))) == {
            "supervisor",
            "window",
        }
        assert session.get(RosterRules, person.id).max_week_minutes == 1800
    edited = people.edit_staff(
        db, "H90", roles="window", half_days=True, categories="ABCD", rotating=True, actor=ADMIN
    )
    assert edited.roles == ("window",) and edited.half_days and edited.rotating
    assert edited.categories == ("GEN", "INV", "DEC", "SSF") and edited.name == "新同事"
    left = people.leave(db, "H90", actor=ADMIN)
    assert not left.active and people.get_staff(db, "H90") == left  # kept, never deleted
    assert "H90" not in {s.code for s in people.list_staff(db, include_left=False)}


@pytest.mark.parametrize(
    ("record", "key"),
    [
        (StaffRecord("H01", "重复", ("window",), "hall"), "staff_exists"),
        (StaffRecord("h-9", "坏工号", ("window",), "hall"), "staff_code_invalid"),
        (StaffRecord("H91", "", ("window",), "hall"), "staff_name_required"),
        (StaffRecord("H91", "名\x07字", ("window",), "hall"), "text_control"),
        (StaffRecord("H91", "长" * 41, ("window",), "hall"), "text_too_long"),
        (StaffRecord("H91", "无角色", (), "hall"), "roles_required"),
        (StaffRecord("H91", "坏角色", ("boss",), "hall"), "role_invalid"),
        (StaffRecord("H91", "坏单位", ("window",), "moon"), "home_unit_invalid"),
        (StaffRecord("H91", "代办", ("agent",), "hall"), "agent_not_township"),
        (StaffRecord("T91", "无点", ("agent",), "township"), "point_required"),
        (StaffRecord("T91", "大厅代办", ("agent",), "township", "HALL"), "township_point"),
        (StaffRecord("H91", "乡镇点", ("window",), "hall", "T01"), "hall_point"),
        (StaffRecord("T91", "未知点", ("agent",), "township", "ZZ99"), "unknown_point"),
        (StaffRecord("H91", "未知类", ("window",), "hall", None, "ZZZ"), "unknown_category"),
        (StaffRecord("H91", "工时", ("window",), "hall", max_week_hours="nan"), "hours_range"),
        (StaffRecord("H91", "工时", ("window",), "hall", max_week_hours=61), "hours_range"),
        (
            StaffRecord("H91", "工时", ("window",), "hall", min_week_hours=20, max_week_hours=10),
            "hours_order",
        ),
        (StaffRecord("H91", "工作日", ("window",), "hall", working_days="18"), "working_days_invalid"),
        (StaffRecord("H91", "工作日", ("window",), "hall", working_days=""), "working_days_invalid"),
        (StaffRecord("H91", "工作日", ("window",), "hall", working_days="5-1"), "working_days_invalid"),
    ],
)
def test_bad_people_are_refused_and_nothing_changes(network_db, record, key):
    before = snapshot(network_db)
    with pytest.raises(InvalidInput) as refused:
        people.add_staff(network_db, record, actor=ADMIN)
    assert refused.value.key == key
    assert snapshot(network_db) == before


def test_edit_refuses_unknown_people_and_fields(network_db):
    with pytest.raises(NotFound):
        people.edit_staff(network_db, "ZZ99", name="x", actor=ADMIN)
    with pytest.raises(InvalidInput):
        people.edit_staff(network_db, "H01", has_photo=True, actor=ADMIN)
    with pytest.raises(InvalidInput) as refused:
        people.edit_staff(network_db, "T01A", home_unit="hall", actor=ADMIN)  # still an agent
    assert refused.value.key == "agent_not_township"


def test_photo_is_checked_by_magic_number_and_size(network_db):
    assert people.set_photo(network_db, "H05", PNG, actor=ADMIN).has_photo
    assert people.get_photo(network_db, "H05") == PNG
    assert people.set_photo(network_db, "H05", JPEG, actor=ADMIN).has_photo
    for data, key in (
        (b"GIF89a" + b"\x00" * 20, "photo_format"),
        (JPEG + b"\x00" * (2 << 20), "photo_too_large"),
    ):
        with pytest.raises(InvalidInput) as refused:
            people.set_photo(network_db, "H05", data, actor=ADMIN)
        assert refused.value.key == key
    assert people.get_photo(network_db, "H05") == JPEG
    assert not people.set_photo(network_db, "H05", None, actor=ADMIN).has_photo


def test_a_person_at_an_open_window_cannot_leave(network_db):
    db = network_db
    with db.transaction() as session:
        person = session.scalar(select(Staff).where(Staff.code == "H05"))
        session.execute(update(Window).where(Window.number == 2).values(state="open", staff_id=person.id))
    with pytest.raises(InvalidInput) as refused:
        people.leave(db, "H05", actor=ADMIN)
    assert refused.value.key == "staff_at_window"
    assert people.get_staff(db, "H05").active


# ------------------------------------------------------------------------------------------ windows


def test_windows_add_edit_deactivate(network_db):
    db = network_db
    added = we.add_window(db, WindowRecord("hall", "13", " 13号窗口 ", "F E", tidal=True), actor=ADMIN)
    assert added == WindowRecord("HALL", 13, "13号窗口", ("PROP", "EXP"), True, True)
    edited = we.edit_window(db, "HALL", 13, categories="A", active=False, actor=ADMIN)
    assert edited.categories == ("GEN",) and not edited.active and edited.name == "13号窗口"
    assert we.list_windows(db, "HALL")[-1] == edited


@pytest.mark.parametrize(
    ("record", "key"),
    [
        (WindowRecord("HALL", 1, "重复", ("A",)), "window_exists"),
        (WindowRecord("HALL", 0, "零", ("A",)), "window_range"),
        (WindowRecord("HALL", 1000, "千", ("A",)), "window_range"),
        (WindowRecord("HALL", 14, "", ("A",)), "window_name_required"),
        (WindowRecord("HALL", 14, "无类", ()), "window_categories_required"),
        (WindowRecord("HALL", 14, "未知类", ("Q",)), "unknown_category"),
    ],
)
def test_bad_windows_are_refused(network_db, record, key):
    before = snapshot(network_db)
    with pytest.raises(InvalidInput) as refused:
        we.add_window(network_db, record, actor=ADMIN)
    assert refused.value.key == key
    assert snapshot(network_db) == before


def test_an_open_window_cannot_be_deactivated(network_db):
    with network_db.transaction() as session:
        session.execute(update(Window).where(Window.number == 3).values(state="open"))
    with pytest.raises(InvalidInput) as refused:
        we.edit_window(network_db, "HALL", 3, active=False, actor=ADMIN)
    assert refused.value.key == "window_in_use"
    with pytest.raises(NotFound):
        we.edit_window(network_db, "HALL", 77, active=False, actor=ADMIN)


# ------------------------------------------------------------------------------------------ shifts


def test_shift_templates(network_db):
    db = network_db
    saved = we.save_shift(
        db,
        ShiftRecord("HALL", "n1", "晚班", "18:00", "26:30", "Night", "30", "2", forbidden_next="d, am"),
        actor=ADMIN,
    )
    assert saved == ShiftRecord(
        "HALL", "N1", "晚班", "18:00", "26:30", "Night", 30, 2, False, ("AM", "D"), True
    )
    again = we.save_shift(
        db, ShiftRecord("HALL", "N1", "晚班", "18:00", "26:30", "Night", 30, 2, active=False), actor=ADMIN
    )
    assert not again.active and again.forbidden_next == ()
    assert [s.code for s in we.list_shifts(db, "HALL")] == ["AM", "D", "PM", "N1"]


@pytest.mark.parametrize(
    ("record", "key"),
    [
        (ShiftRecord("HALL", "", "空", "08:00", "12:00"), "shift_code_invalid"),
        (ShiftRecord("HALL", "TOOLONGCODE", "长", "08:00", "12:00"), "shift_code_invalid"),
        (ShiftRecord("HALL", "X", "", "08:00", "12:00"), "shift_name_required"),
        (ShiftRecord("HALL", "X", "坏时", "8点", "12:00"), "clock_invalid"),
        (ShiftRecord("HALL", "X", "坏时", "08:61", "12:00"), "clock_invalid"),
        (ShiftRecord("HALL", "X", "坏时", "08:00", "49:00"), "clock_invalid"),
        (ShiftRecord("HALL", "X", "倒", "12:00", "08:00"), "shift_times"),
        (ShiftRecord("HALL", "X", "休", "08:00", "09:00", break_min=60), "number_range"),
        (ShiftRecord("HALL", "X", "窗", "08:00", "12:00", window=99), "unknown_window"),
        (ShiftRecord("HALL", "X", "后", "08:00", "12:00", forbidden_next=("ZZ",)), "unknown_shift"),
    ],
)
def test_bad_shift_templates_are_refused(network_db, record, key):
    before = snapshot(network_db)
    with pytest.raises(InvalidInput) as refused:
        we.save_shift(network_db, record, actor=ADMIN)
    assert refused.value.key == key
    assert snapshot(network_db) == before


def test_desks_adding_the_same_person_or_window_at_once_make_one(network_db):
    """The unique staff code and window number hold under a race (PostgreSQL lets the desks' checks run
    at once): one desk wins each round, the others get the same refusal as the check gives."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    worker = Path(__file__).with_name("people_worker.py")
    rounds, start = 4, time.time() + 2.0
    procs = [
        subprocess.Popen(
            [sys.executable, str(worker), network_db.url, str(start), "0.6", str(rounds), str(desk)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for desk in range(4)
    ]
    outputs = [proc.communicate(timeout=180) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    results = [line.split() for out, _err in outputs for line in out.splitlines()]
    for what, refusal in (("staff", "staff_exists"), ("window", "window_exists")):
        for number in range(rounds):
            outcomes = sorted(o for o, w, n in results if w == what and int(n) == number)
            assert outcomes == sorted(["won"] + [refusal] * 3), (what, number, outcomes)
    staff = {s.code for s in people.list_staff(network_db)}
    assert {f"R{n}" for n in range(rounds)} <= staff
    assert {w.number for w in we.list_windows(network_db, "HALL")} >= {100 + n for n in range(rounds)}


def test_who_works_at_the_hall_and_at_a_township(network_db):
    from taxdesk.core import people as staff

    hall = {r.code for r in staff.list_staff(network_db, point="HALL", include_left=False)}
    assert {"H05", "B01", "H01"} <= hall and not any(code.startswith("T") for code in hall)
    township = staff.list_staff(network_db, point="T01", include_left=False)
    assert [r.code for r in township] == ["T01A", "T01B"]
    assert all(r.roles == ("agent",) for r in township)


def test_a_points_people_and_the_halls_staff_without_a_point(network_db):
    from taxdesk.core import people as staff

    hall = {r.code for r in staff.list_staff(network_db, point="HALL")}
    township = {r.code for r in staff.list_staff(network_db, point="T01")}
    assert {"H01", "H05", "B01"} <= hall and not any(code.startswith("T") for code in hall)
    assert township and all(code.startswith("T01") for code in township)
